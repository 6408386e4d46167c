// Where a figure is counted, as every surface shows it.

/**
 * A rank is among some set: the one the text states ("ASEAN"), else all of a
 * country's partners. The unstated set is named too ("overall"), so rank 1 in
 * ASEAN beside rank 6 overall reads as two rankings, not as two sources that
 * disagree. Figures other than ranks have no scope.
 */
export function scopeLabel(f: { unit: string; scope: string | null }): string | null {
  return f.scope ?? (f.unit === 'rank' ? 'overall' : null)
}

/** `" (ASEAN)"`, `" (overall)"` or `""`, to follow a figure's name. */
export function scopeSuffix(f: { unit: string; scope: string | null }): string {
  const s = scopeLabel(f)
  return s ? ` (${s})` : ''
}
