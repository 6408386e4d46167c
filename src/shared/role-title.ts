// Role titles as shown: one row per distinct title and period. Pure (no Node
// imports): the dashboard's entity page and the CLI use the same rules.

/**
 * A title as stated, repaired where the extraction stopped inside a
 * parenthesis: "General Secretary of the Communist Party of Vietnam (CPV"
 * reads "... (CPV)", never a title cut mid-bracket.
 */
export function roleTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim()
  const open = (t.match(/\(/g) ?? []).length - (t.match(/\)/g) ?? []).length
  return open > 0 ? t + ')'.repeat(open) : t
}

/**
 * What makes two stated titles the same row: case, spacing and a bracketed
 * acronym ("(CPV)") aside, "General Secretary of the Communist Party of
 * Vietnam (CPV) Central Committee" and "general secretary of the Communist
 * Party of Vietnam Central Committee" are one title.
 */
export function roleKey(title: string): string {
  return roleTitle(title).toLowerCase().replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim()
}
