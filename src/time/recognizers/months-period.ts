import { referenceYmd, yearForPeriod } from '../anchor-rules.js'
import type { TimeInterval } from '../../model/types.js'
import { fromMatch, type TimeCandidate } from '../candidate.js'

/**
 * A period of months of one year (`first` to `last`), built by `build` for
 * its year: the year stated, else the reference's year moved by `offset`
 * ("next year" is 1), else the year the anchor gives such a period.
 */
export function monthsPeriod(
  match: RegExpExecArray,
  ruleId: string,
  months: { readonly first: number; readonly last: number; readonly year: number | null; readonly offset: number | null },
  build: (year: number) => TimeInterval,
): TimeCandidate {
  const { first, last, year, offset } = months
  if (year !== null) {
    const value = build(year)
    return fromMatch(match, ruleId, 'none', () => value, { period: true })
  }
  return fromMatch(
    match,
    ruleId,
    offset === null ? 'year' : 'reference',
    (anchor) => {
      const base = offset === null ? yearForPeriod(anchor, first, last) : (referenceYmd(anchor)?.[0] ?? null)
      return base === null ? null : build(base + (offset ?? 0))
    },
    { period: true },
  )
}
