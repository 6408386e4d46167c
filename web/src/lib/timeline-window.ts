// Where the timeline opens and what that leaves out, kept apart from the
// chart so the note under it is tested without a browser.

const DAY = 86_400_000

interface When {
  readonly when: { readonly start: string; readonly end: string } | null
}

/** The focus span padded by a month each side: what "Where the events are" shows. */
export function focusWindow(focus: { from: string; to: string }): { startValue: number; endValue: number } {
  return { startValue: Date.parse(focus.from) - 30 * DAY, endValue: Date.parse(focus.to) + 30 * DAY }
}

/**
 * The dated events that end before a window opens, and the year of the
 * first: the note under the timeline says so, so an event is never hidden
 * without a word.
 */
export function leftBefore(events: readonly When[], startValue: number): { count: number; firstYear: number | null } {
  const ends = events.filter((e) => e.when && Date.parse(e.when.end) < startValue).map((e) => Date.parse(e.when!.start))
  return { count: ends.length, firstYear: ends.length ? new Date(Math.min(...ends)).getUTCFullYear() : null }
}

/** "1 earlier event (from 2021) is not in this view." */
export function earlierNote(left: { count: number; firstYear: number | null }): string | null {
  if (!left.count) return null
  const one = left.count === 1
  return `${left.count} earlier event${one ? '' : 's'} (from ${left.firstYear}) ${one ? 'is' : 'are'} not in this view; ${one ? 'it is' : 'they are'} listed on the Events page.`
}

/** The first month (`YYYY-MM`) the balance chart shows when it opens where the events are: the timeline's window. */
export function focusMonth(focus: { from: string; to: string }): string {
  return new Date(focusWindow(focus).startValue).toISOString().slice(0, 7)
}

/**
 * The months of the balance before `from`, summed: the note under the chart
 * says how many events it leaves out and from when, as the timeline's does.
 */
export function monthsBefore(months: readonly { month: string; cooperation: number; conflict: number }[], from: string): { count: number; firstYear: number | null } {
  const before = months.filter((m) => m.month < from && m.cooperation + m.conflict > 0)
  return { count: before.reduce((n, m) => n + m.cooperation + m.conflict, 0), firstYear: before.length ? Number(before[0]!.month.slice(0, 4)) : null }
}

/** "3 earlier events (from 1950) are not in this chart; Counts per month lists them." */
export function earlierMonthsNote(left: { count: number; firstYear: number | null }): string | null {
  if (!left.count) return null
  const one = left.count === 1
  return `${left.count} earlier event${one ? '' : 's'} (from ${left.firstYear}) ${one ? 'is' : 'are'} not in this chart; Counts per month lists ${one ? 'it' : 'them'}.`
}
