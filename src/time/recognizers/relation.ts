import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// "shortly after", "soon after", "immediately before": anchored by a refiner
// to the time named nearby in the same sentence.
const PATTERN = /\b(?<t>(?:shortly|soon|immediately|right|just)\s+(?<rel>after|before))\b/dgi

/** Relations to another time; unresolved until a refiner finds what they relate to. */
export const relation = timeRecognizer('relation', PATTERN, (match) =>
  fromMatch(match, 'time:relation', 'reference', () => null, {
    relation: match.groups!.rel.toLowerCase() === 'after' ? 'after' : 'before',
  }),
)
