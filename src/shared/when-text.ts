// Dates as a reader sees them, shared by the brief, the CLI summary and the
// dashboard (web/src/lib/format.ts re-exports it), so no surface shows a
// record at another extent than it holds. Pure: no Node or DOM imports.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** An interval as records carry it; the granularity only names a decade. */
export interface WhenLike {
  readonly start: string
  readonly end: string
  readonly granularity?: string
}

/** `2022-10-31` -> `31 Oct 2022`. */
export function day(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso
}

const month = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`

function isMonthEnd(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.getUTCDate() === 1
}

/**
 * A time interval at its real extent, as coarse as its ends allow and never
 * narrower or wider: `Nov 2022`, `2008`, `2020–2022`, `Jan–Sep 2024`,
 * `30 Oct – 2 Nov 2022`, `1990s`. The ends decide, so a year-grained
 * 2020–2022 is never shown as 2020.
 */
export function formatWhen(w: WhenLike | null | undefined): string {
  if (!w) return 'undated'
  const [y1, y2] = [w.start.slice(0, 4), w.end.slice(0, 4)]
  const wholeYears = w.start.endsWith('-01-01') && w.end.endsWith('-12-31')
  if (wholeYears && w.granularity === 'decade' && y1.endsWith('0') && Number(y2) === Number(y1) + 9) return `${y1}s`
  if (wholeYears) return y1 === y2 ? y1 : `${y1}–${y2}`
  if (w.start === w.end) return day(w.start)
  if (w.start.endsWith('-01') && isMonthEnd(w.end)) {
    if (w.start.slice(0, 7) === w.end.slice(0, 7)) return month(w.start)
    return y1 === y2 ? `${MONTHS[Number(w.start.slice(5, 7)) - 1]}–${month(w.end)}` : `${month(w.start)} – ${month(w.end)}`
  }
  if (y1 === y2) {
    const sameMonth = w.start.slice(0, 7) === w.end.slice(0, 7)
    return sameMonth ? `${Number(w.start.slice(8, 10))}–${day(w.end)}` : `${day(w.start).slice(0, -5)} – ${day(w.end)}`
  }
  return `${day(w.start)} – ${day(w.end)}`
}

/** A figure's period: `as of 31 Oct 2024`, or the interval at its extent. */
export function formatPeriod(p: { start: string; end: string } | { as_of: string } | null | undefined): string {
  if (!p) return 'period not stated'
  return 'as_of' in p ? `as of ${day(p.as_of)}` : formatWhen(p)
}

/** A document's publication date as the store holds it: one day, or the interval it was inferred to lie in. */
export interface PublishedLike {
  readonly start: string
  readonly end: string
  readonly basis?: string
}

/**
 * A publication date at its extent, with how it was reached when it was
 * inferred: `10 Dec 2023`, `23–30 Oct 2022 (inferred)`. Every surface that
 * cites a document uses this, so none shows only the first day of an
 * inferred week.
 */
export function formatPublished(p: PublishedLike | null | undefined): string {
  if (!p) return 'date unknown'
  return `${formatWhen({ start: p.start, end: p.end })}${p.basis === 'inferred' ? ' (inferred)' : ''}`
}
