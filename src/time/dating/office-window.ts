import { isoOf } from '../calendar.js'
import type { OfficeMention } from './office-mentions.js'

/** When the titled people a text names all held their titles together. */
export interface OfficeWindow {
  /** First day they all held them. */
  readonly start: number
  /** Last day (the table's last known day when all are still in office). */
  readonly end: number
  /** The periods themselves, oldest first (a second term, people sharing a name: several). */
  readonly periods: readonly Interval[]
  readonly reason: string
}

export type Interval = readonly [number, number]

/**
 * The period in which every titled person the text names held the title
 * it gives them, read in text order: a person whose terms would leave no
 * day in common with those before is left out (a title given in a
 * retrospective, "President Obama's visit in 2016", in a later story).
 * Several terms of one person, or people sharing a name, give several
 * periods; the window spans them all.
 */
export function officeWindow(mentions: readonly OfficeMention[]): OfficeWindow | null {
  let periods: Interval[] | null = null
  const used: string[] = []
  const skipped: string[] = []
  for (const m of mentions) {
    const own: Interval[] = m.terms.map((t) => [t.start, t.end])
    const next: Interval[] = periods === null ? own : intersect(periods, own)
    if (next.length === 0) {
      if (!skipped.includes(m.text)) skipped.push(m.text)
      continue
    }
    periods = next
    if (!used.includes(m.text)) used.push(m.text)
  }
  if (periods === null) return null
  const [start, end] = hull(periods)
  const names = used.map((n) => `"${n}"`).join(', ')
  const left = skipped.length ? `; left out, their terms do not meet the others': ${skipped.map((n) => `"${n}"`).join(', ')}` : ''
  return {
    start,
    end,
    periods: [...periods].sort((a, b) => a[0] - b[0]),
    reason: `${names} held the titles the text gives them from ${isoOf(start)} to ${isoOf(end)}${left}`,
  }
}

/** The first and last day of a set of periods. */
export function hull(periods: readonly Interval[]): Interval {
  return [Math.min(...periods.map((p) => p[0])), Math.max(...periods.map((p) => p[1]))]
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = []
  for (const [s1, e1] of a)
    for (const [s2, e2] of b) {
      const s = Math.max(s1, s2)
      const e = Math.min(e1, e2)
      if (s <= e) out.push([s, e])
    }
  return out
}
