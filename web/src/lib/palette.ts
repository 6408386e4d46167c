/** Event types' colours: the brief's too (src/shared). */
export { EVENT_COLORS, eventColor } from '../../../src/shared/event-colors.js'

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
