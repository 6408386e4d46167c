import type { Refiner } from '../../pipeline/recognizer.js'
import type { Candidate } from '../candidate.js'

const ORGS = new Set(['organization', 'party', 'mechanism', 'initiative'])

/**
 * One reading per stretch of text: where mentions overlap, the higher
 * priority and then the longer wins; a party may stay nested inside the
 * name of its own body. Output is in text order.
 */
export const resolveOverlaps: Refiner<Candidate> = {
  name: 'resolve-overlaps',
  refine(_ctx, results) {
    const ranked = [...results].sort(
      (a, b) => b.priority - a.priority || (b.span.end - b.span.start) - (a.span.end - a.span.start) || a.span.start - b.span.start,
    )
    const kept: Candidate[] = []
    for (const c of ranked) {
      const clash = kept.some((k) => overlaps(k, c) && !nestable(k, c))
      if (!clash && !kept.some((k) => k.span.start === c.span.start && k.span.end === c.span.end)) kept.push(c)
    }
    return kept.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  },
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end
}

function nestable(a: Candidate, b: Candidate): boolean {
  if (!ORGS.has(a.type) || !ORGS.has(b.type) || !(a.nested || b.nested)) return false
  const inside = (x: Candidate, y: Candidate) => x.span.start >= y.span.start && x.span.end <= y.span.end
  return inside(a, b) || inside(b, a)
}
