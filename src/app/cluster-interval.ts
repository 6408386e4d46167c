/** An interval as records carry it (the model's TimeInterval, or the API's with a plain string granularity). */
interface Interval {
  readonly start: string
  readonly end: string
  readonly granularity: string
}

const DAY = 86_400_000

const days = (w: Interval) => (Date.parse(w.end) - Date.parse(w.start)) / DAY

/** Stated to the day: a day, or a run of days short enough to be one occasion (`30 Oct - 2 Nov`), not a month or a year range. */
function dayPrecise(w: Interval): boolean {
  return w.granularity === 'day' || w.granularity === 'instant' || (w.granularity === 'range' && days(w) <= 31)
}

/**
 * The interval of one real event from the intervals its mentions give. Each
 * mention may state only part of it ("on an official visit" dated the day of
 * the article; "from October 30 to November 2"): the event spans all the
 * day-precise mentions together, so a four-day visit does not shrink to the
 * one day a report was written. Without day-precise mentions it is the
 * narrowest interval given (`November 2022` over `2022`). Times stated in
 * a mention's own clause count before inherited ones. Null when no mention
 * is dated.
 */
export function clusterInterval<W extends Interval>(mentions: readonly { when: W | null; whenBasis?: string | null }[]): W | null {
  const dated = mentions.filter((m) => !!m.when)
  if (!dated.length) return null
  const whens = dated.map((m) => m.when!)
  // A time stated in the mention's own clause outranks one inherited from an enclosing event ("expected to discuss" during the visit).
  const stated = dated.filter((m) => dayPrecise(m.when!) && (m.whenBasis ?? 'stated') === 'stated').map((m) => m.when!)
  const precise = stated.length ? stated : whens.filter(dayPrecise)
  if (!precise.length) return [...whens].sort((a, b) => days(a) - days(b) || a.start.localeCompare(b.start))[0]!
  const start = precise.reduce((m, w) => (w.start < m ? w.start : m), precise[0]!.start)
  const end = precise.reduce((m, w) => (w.end > m ? w.end : m), precise[0]!.end)
  // Day-precise mentions far apart are not one occasion (a clustering slip): keep the narrowest.
  if ((Date.parse(end) - Date.parse(start)) / DAY > 31) return [...precise].sort((a, b) => days(a) - days(b) || a.start.localeCompare(b.start))[0]!
  return { ...precise[0]!, start, end, granularity: start === end ? 'day' : 'range' }
}
