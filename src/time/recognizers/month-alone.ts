import { fromMatch } from '../candidate.js'
import { referenceYmd, yearFor } from '../anchor-rules.js'
import { monthPart, partOf, relativeYear } from '../parts.js'
import { MONTH_FULL, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "In June", "since March", "late October", "last June", "June last year",
// "between January and March". A bare month needs a word that makes it a
// time (a preposition or a part), so "May" the modal and "June" the name stay out.
const PATTERN = new RegExp(
  `\\b(?:(?<pre>[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|of|[Bb]efore|[Aa]fter|[Tt]hrough|[Tt]hroughout|[Bb]etween|and|to|[Ss]tarting|[Ee]arly|[Ll]ate|on)\\s+)?` +
    `(?<t>(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past|\\s+coming)?)\\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)(?:-|\\s+)(?:of\\s+)?)?(?<m>${MONTH_FULL})(?:\\s+(?<yrel>this|last|next)\\s+year)?)` +
    `(?![\\w-]|\\s*(?:[-–]\\s*)?\\d|,\\s*\\d)`,
  'dg',
)

/** A month named without a year; resolved in the reference year by tense. */
export const monthAlone = timeRecognizer('month-alone', PATTERN, (match) => {
  const g = match.groups!
  if (!g.pre && !g.part && !g.rel && !g.yrel) return null
  if (g.pre === 'on' && !g.part && !g.rel) return null
  const m = monthOf(g.m)
  const part = partOf(g.part)
  const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ')
  const yearOffset = relativeYear(g.yrel)
  return fromMatch(match, 'time:month', rel || yearOffset !== null ? 'reference' : 'year', (anchor) => {
    if (yearOffset !== null || rel) {
      const r = referenceYmd(anchor)
      if (!r) return null
      if (yearOffset !== null) return monthPart(r[0] + yearOffset, m, part)
      // "last June": the latest June before this month; "next June": the first after it.
      if (rel === 'last' || rel === 'this past') return monthPart(m < r[1] ? r[0] : r[0] - 1, m, part)
      if (rel === 'next' || rel === 'this coming') return monthPart(m > r[1] ? r[0] : r[0] + 1, m, part)
      return monthPart(r[0], m, part)
    }
    const y = yearFor(anchor, m)
    return y === null ? null : monthPart(y, m, part)
  })
})
