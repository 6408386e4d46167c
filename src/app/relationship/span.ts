// Which events are counts over a span, and which years a timeline should open
// on. Pure (no Node imports): the dashboard imports it too.

const DAY = 86_400_000

interface Dated {
  readonly when: { readonly start: string; readonly end: string } | null
  readonly count?: number | null
}

/**
 * A count over a span ("14 meetings since 2006", "four phone talks between
 * 2020 and 2022"): several occasions stated only as a number over more than
 * two months. Shown as a count, never as one long event bar.
 */
export function isTally(e: Dated): boolean {
  if (!e.when || (e.count ?? 1) < 2) return false
  return (Date.parse(e.when.end) - Date.parse(e.when.start)) / DAY > 62
}

/** The share of dated events left out at the old end when opening a timeline. */
const TAIL = 0.1

/**
 * The span a timeline opens on: from the first event after the oldest tenth
 * (a founding date in 1950 must not squeeze seventy years of axis onto the
 * last five) to the newest event's end, as ISO days; null without dated events.
 * Counts over a span are left out (they do not mark when things happened).
 */
export function focusSpan(events: readonly Dated[]): { from: string; to: string } | null {
  const dated = events.filter((e) => e.when && !isTally(e)).map((e) => e.when!)
  if (!dated.length) return null
  const starts = dated.map((w) => w.start).sort()
  const from = starts[Math.floor(starts.length * TAIL)]!
  const to = dated.reduce((m, w) => (w.end > m ? w.end : m), dated[0]!.end)
  return { from, to }
}
