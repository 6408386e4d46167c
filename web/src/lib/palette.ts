/** Colours chosen for contrast on white (WCAG AA for text at 4.5:1 where used as text). */
export const EVENT_COLORS: Record<string, string> = {
  visit: '#1f5fa8',
  talks: '#0f7a6c',
  meeting: '#2f8132',
  phone_call: '#6b4fb3',
  summit: '#b3261e',
  agreement: '#9a5b00',
  award: '#8a3f8f',
  aid: '#00708a',
  statement: '#5c6770',
  relations_milestone: '#1b1f24',
  protest: '#a8321e',
  accusation: '#a83254',
  sanction: '#7a2e2e',
  demand: '#8c3b12',
  rejection: '#8f2d56',
  threat: '#9b1c1c',
  expulsion: '#6d2a2a',
  arrest: '#5b2333',
  incident: '#005f87',
  military_action: '#4b5320',
  cooperation: '#2b6f3a',
  yield: '#3d6b8f',
  investigation: '#5a4e7c',
}

export const eventColor = (type: string): string => EVENT_COLORS[type] ?? '#44505c'

// no red: red marks conflicts in the indicator charts
export const SERIES_COLORS = ['#1f5fa8', '#0f7a6c', '#9a5b00', '#6b4fb3', '#2f8132', '#00708a', '#8a3f8f', '#5c6770']

/** Record kinds in the document reader, with the legend's wording. */
export const KINDS: { kind: string; label: string }[] = [
  { kind: 'event', label: 'Event evidence' },
  { kind: 'indicator', label: 'Figure' },
  { kind: 'entity', label: 'Actor / place' },
  { kind: 'time', label: 'Time expression' },
  { kind: 'role', label: 'Title / role' },
]

/**
 * CAMEO quad classes (src/shared/cameo-scale.ts): blues and greens for
 * cooperation, oranges and reds for conflict, the darker shade for material
 * acts, so the two sides read apart at a glance.
 */
export const QUADS: { quad: string; label: string; color: string; side: 'cooperation' | 'conflict' }[] = [
  { quad: 'verbal_cooperation', label: 'Verbal cooperation', color: '#2b7bb9', side: 'cooperation' },
  { quad: 'material_cooperation', label: 'Material cooperation', color: '#1d6b3a', side: 'cooperation' },
  { quad: 'verbal_conflict', label: 'Verbal conflict', color: '#c25a00', side: 'conflict' },
  { quad: 'material_conflict', label: 'Material conflict', color: '#a51d24', side: 'conflict' },
]

const UNCODED = '#8a949e'
export const quadColor = (quad: string | null): string => QUADS.find((q) => q.quad === quad)?.color ?? UNCODED
export const quadLabel = (quad: string | null): string => QUADS.find((q) => q.quad === quad)?.label ?? 'Not coded'
/** 'cooperation', 'conflict', or null for a record without a CAMEO quad class. */
export const quadSide = (quad: string | null): string | null => QUADS.find((q) => q.quad === quad)?.side ?? null
