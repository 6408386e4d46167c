/** How each kind of comparison reads: only `conflict` means the sources cannot all be right. */
export const KIND_LABEL: Record<string, string> = { conflict: 'conflict', agreement: 'agreement', change_over_time: 'change over time' }
