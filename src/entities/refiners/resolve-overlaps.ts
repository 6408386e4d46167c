import type { Refiner } from '../../pipeline/recognizer.js'
import type { Candidate } from '../candidate.js'

const ORGS = new Set(['organization', 'party', 'mechanism', 'initiative'])

/**
 * One reading per stretch of text: where mentions overlap, the higher
 * priority and then the longer wins; a party may stay nested inside the
 * name of its own body. Output is in text order; the candidates given are
 * not changed.
 */
export const resolveOverlaps: Refiner<Candidate> = {
  name: 'resolve-overlaps',
  refine(_ctx, results) {
    const ranked = [...results].sort(
      (a, b) => b.priority - a.priority || b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
    )
    const kept: Candidate[] = []
    // The kept mention covering each offset (mentions are short, so a check
    // costs the candidate's length). Mentions kept inside another may
    // overlap each other: each offset lists those covering it, so a check
    // reads only the ones it overlaps (reading them all, as there are more
    // in a longer text, was quadratic).
    const end = results.reduce((m, c) => Math.max(m, c.span.end), 0)
    const owner = new Int32Array(end + 1).fill(-1)
    const inner: Candidate[] = []
    const innerAt = new Map<number, Candidate[]>()
    for (const c of ranked) {
      let clash = false
      for (let i = c.span.start; i < c.span.end && !clash; i++) {
        const k = owner[i] >= 0 ? kept[owner[i]] : null
        if (k && (!nestable(k, c) || same(k, c))) {
          clash = true
          // Two readings of one name (a title before it, an apposition after it): keep both roles,
          // on a copy (the candidates handed in stay as they were; only `kept` holds an owner's mention).
          if (same(k, c) && k.type === c.type && c.roles?.length) kept[owner[i]] = { ...k, roles: [...(k.roles ?? []), ...c.roles] }
        }
      }
      if (!clash) clash = c.span.start < c.span.end ? clashesNear(innerAt, c) : inner.some((k) => clashes(k, c))
      if (clash) continue
      let covered = false
      for (let i = c.span.start; i < c.span.end; i++) if (owner[i] >= 0) covered = true
      kept.push(c)
      if (covered) {
        inner.push(c)
        for (let i = c.span.start; i < c.span.end; i++) pushAt(innerAt, i, c)
      } else for (let i = c.span.start; i < c.span.end; i++) owner[i] = kept.length - 1
    }
    return kept.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  },
}

/** A kept mention `c` overlaps and may not nest with. */
function clashes(k: Candidate, c: Candidate): boolean {
  return k.span.start < c.span.end && c.span.start < k.span.end && (!nestable(k, c) || same(k, c))
}

/** An inner mention covering an offset of `c` clashes with it (a non-empty span overlaps exactly those). */
function clashesNear(innerAt: ReadonlyMap<number, readonly Candidate[]>, c: Candidate): boolean {
  for (let i = c.span.start; i < c.span.end; i++) for (const k of innerAt.get(i) ?? []) if (clashes(k, c)) return true
  return false
}

function pushAt(map: Map<number, Candidate[]>, at: number, c: Candidate): void {
  const list = map.get(at)
  if (list) list.push(c)
  else map.set(at, [c])
}

function same(a: Candidate, b: Candidate): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end
}

function nestable(a: Candidate, b: Candidate): boolean {
  if (!ORGS.has(a.type) || !ORGS.has(b.type) || !(a.nested || b.nested)) return false
  const inside = (x: Candidate, y: Candidate) => x.span.start >= y.span.start && x.span.end <= y.span.end
  return inside(a, b) || inside(b, a)
}
