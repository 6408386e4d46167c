// An entity's roles as rows: one per office, dated by when the texts place
// it, at the extent each record holds. Kept apart from the page so it is
// tested without a browser.
import type { Role } from '../api/types.js'
import { officeTitles, roleOffices } from '../../../src/shared/role-title.js'
import { formatPublished, formatWhen } from '../../../src/shared/when-text.js'

export interface RoleRow {
  /** The fullest statement of the office (its title, organization and where it is stated). */
  role: Role
  /** When it is held, as the texts date it: `2015 to 30 Oct – 2 Nov 2022`, `reported 5 Nov 2024 (inferred)`. */
  when: string
  count: number
  first: string
}

type Interval = { start: string; end: string; basis?: string }

/** The earliest and the latest interval of a list, each at its own extent: no end is shown narrower or wider than its record. */
function span(xs: Interval[], show: (x: Interval) => string): string {
  const first = [...xs].sort((a, b) => a.start.localeCompare(b.start))[0]!
  const last = [...xs].sort((a, b) => b.end.localeCompare(a.end))[0]!
  return show(first) === show(last) ? show(first) : `${show(first)} to ${show(last)}`
}

/**
 * One row per office (src/shared/role-title.ts: "President", "Chinese
 * president" and "President of China" are one) and qualifier ("former",
 * "acting"), named by its fullest title, dated by the times the texts state
 * it was held, else by when the documents stating it appeared; oldest first.
 */
export function roleRows(roles: readonly Role[]): RoleRow[] {
  const offices = roleOffices(roles.map((r) => r.title))
  const shown = officeTitles(roles.map((r) => r.title))
  const groups = new Map<string, Role[]>()
  roles.forEach((r, i) => {
    const key = `${offices[i]}|${r.qualifier ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), r])
  })
  return [...groups.entries()]
    .map(([key, rs]) => {
      const title = shown.get(key.slice(0, key.lastIndexOf('|')))!
      const best = rs.find((r) => r.title.replace(/\s+/g, ' ').trim() === title && r.org) ?? rs.find((r) => r.org) ?? rs[0]!
      const stated = rs.flatMap((r) => (r.when ? [r.when] : []))
      const reported = rs.flatMap((r) => (r.reported ? [r.reported] : []))
      const when = stated.length ? span(stated, formatWhen) : reported.length ? `reported ${span(reported, formatPublished)}` : (best.qualifier ?? 'as stated')
      const first = [...stated, ...reported].map((x) => x.start).sort()[0] ?? '9999'
      return { role: { ...best, title }, when, count: rs.length, first }
    })
    .sort((a, b) => a.first.localeCompare(b.first))
}
