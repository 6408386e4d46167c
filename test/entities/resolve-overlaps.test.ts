import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../src/entities/candidate.js'
import { resolveOverlaps } from '../../src/entities/refiners/resolve-overlaps.js'
import { createContext } from '../../src/pipeline/context.js'

// resolve-overlaps looks up the mentions kept inside another by the offsets
// they cover; it must keep what reading every such mention kept (the rule as
// it was, below), on many overlapping organizations, parties and persons.
const ORGS = new Set(['organization', 'party', 'mechanism', 'initiative'])

function reference(results: Candidate[]): Candidate[] {
  const same = (a: Candidate, b: Candidate) => a.span.start === b.span.start && a.span.end === b.span.end
  const nestable = (a: Candidate, b: Candidate) => {
    if (!ORGS.has(a.type) || !ORGS.has(b.type) || !(a.nested || b.nested)) return false
    const inside = (x: Candidate, y: Candidate) => x.span.start >= y.span.start && x.span.end <= y.span.end
    return inside(a, b) || inside(b, a)
  }
  const ranked = [...results].sort((a, b) => b.priority - a.priority || b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start)
  const kept: Candidate[] = []
  const end = results.reduce((m, c) => Math.max(m, c.span.end), 0)
  const owner = new Int32Array(end + 1).fill(-1)
  const inner: Candidate[] = []
  for (const c of ranked) {
    let clash = false
    for (let i = c.span.start; i < c.span.end && !clash; i++) {
      const k = owner[i] >= 0 ? kept[owner[i]] : null
      if (k && (!nestable(k, c) || same(k, c))) {
        clash = true
        if (same(k, c) && k.type === c.type && c.roles?.length) k.roles = [...(k.roles ?? []), ...c.roles]
      }
    }
    for (const k of inner) if (!clash && k.span.start < c.span.end && c.span.start < k.span.end && (!nestable(k, c) || same(k, c))) clash = true
    if (clash) continue
    let covered = false
    for (let i = c.span.start; i < c.span.end; i++) if (owner[i] >= 0) covered = true
    kept.push(c)
    if (covered) inner.push(c)
    else for (let i = c.span.start; i < c.span.end; i++) owner[i] = kept.length - 1
  }
  return kept.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
}

/** A seeded generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function candidates(seed: number, count: number, length: number): Candidate[] {
  const next = random(seed)
  const types = ['organization', 'party', 'mechanism', 'person', 'country', 'place'] as const
  return Array.from({ length: count }, (_, n) => {
    const start = Math.floor(next() * length)
    const end = Math.min(length, start + 1 + Math.floor(next() * 30))
    const type = types[Math.floor(next() * types.length)]
    return {
      span: { start, end },
      text: `c${n}`,
      type,
      key: `${type}:${n % 7}`,
      name: `c${n}`,
      country: null,
      ruleId: 'test',
      priority: [40, 50, 60, 70, 80][Math.floor(next() * 5)],
      nested: next() < 0.6,
      ...(next() < 0.3 ? { roles: [{ title: `t${n}`, span: { start, end }, qualifier: null }] } : {}),
    }
  })
}

describe('resolve-overlaps', () => {
  it('keeps what a scan of every kept mention keeps, nested mentions included', () => {
    const ctx = createContext({ docId: 'd', source: 'd', text: '' })
    for (let seed = 1; seed <= 40; seed++) {
      const cands = candidates(seed, 400, 2000)
      const copy = () => cands.map((c) => ({ ...c, ...(c.roles ? { roles: [...c.roles] } : {}) }))
      expect(resolveOverlaps.refine(ctx, copy())).toEqual(reference(copy()))
    }
  })

  it('keeps both roles of two readings of one name on a copy, leaving the candidates given unchanged', () => {
    const text = 'Foreign Minister Ana Ruiz, the party chair, arrived.'
    const span = { start: text.indexOf('Ana'), end: text.indexOf(',') }
    const reading = (title: string, at: number): Candidate => ({
      span,
      text: 'Ana Ruiz',
      type: 'person',
      key: 'person:ana ruiz',
      name: 'Ana Ruiz',
      country: null,
      ruleId: 'test',
      priority: 80,
      roles: [{ title, span: { start: at, end: at + title.length }, qualifier: null }],
    })
    const given = [reading('Foreign Minister', 0), reading('party chair', text.indexOf('party'))]
    const before = structuredClone(given)
    // Frozen, as a draft another refiner still holds: a change made in place throws.
    for (const c of given) Object.freeze(c)
    const out = resolveOverlaps.refine(createContext({ docId: 'd', source: 'd', text }), given)
    expect(out.map((c) => c.roles?.map((r) => r.title))).toEqual([['Foreign Minister', 'party chair']])
    expect(given).toEqual(before)
  })
})
