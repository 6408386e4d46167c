import { describe, expect, it } from 'vitest'
import { ADVERSARIAL } from '../../reliability/adversarial.js'
import { runChild } from './child.js'

// Long runs of one character or unit (letters, spaces, digits with commas,
// "A A A", "of the of the", nested parentheses, dots, ...) at n and 8n. Only
// completion is asserted: the child is killed at the limit, so a
// catastrophic backtrack fails the test instead of hanging the run.
describe('no catastrophic backtracking', () => {
  it('every regex literal and every recognizer pattern completes on adversarial input', () => {
    const r = runChild('reliability/scaling-child.ts', ['regex', '[400,3200]'], 50_000)
    expect(r.signal, r.stderr).toBeNull()
    expect(r.status, r.stderr).toBe(0)
    const { timings } = JSON.parse(r.stdout) as { timings: { what: string; input: string; ms: number[] }[] }
    // Hundreds of regexes, each over every adversarial input at both sizes.
    expect(timings.length).toBeGreaterThan(ADVERSARIAL.length * 300)
    expect(timings.every((t) => t.ms.length === 2)).toBe(true)
  }, 60_000)

  it('every stage completes on adversarial documents', () => {
    const r = runChild('reliability/scaling-child.ts', ['stages', '[400,3200]'], 50_000)
    expect(r.signal, r.stderr).toBeNull()
    expect(r.status, r.stderr).toBe(0)
    const { timings } = JSON.parse(r.stdout) as { timings: { what: string; input: string }[] }
    const stages = new Set(timings.map((t) => t.what))
    expect([...stages]).toEqual(['text', 'time', 'entities', 'events', 'indicators'])
    expect(new Set(timings.map((t) => t.input)).size).toBeGreaterThan(ADVERSARIAL.length - 2)
  }, 60_000)
})

describe('static regex scan', () => {
  it('reports no super-linear regex on text of unbounded length in src/', async () => {
    const { literalRegexes } = await import('../../reliability/regexes.js')
    const { polynomialRegexes } = await import('../../reliability/polynomial.js')
    const root = new URL('../..', import.meta.url).pathname
    const found = polynomialRegexes(root, literalRegexes(root, ['src']))
    expect(found.filter((p) => !p.bounded).map((p) => `${p.where}: ${p.reports.join('; ')}`)).toEqual([])
    // The scan does find what it should: the notes it accepts are there.
    expect(found.some((p) => p.where.startsWith('src/entities/recognizers/lowercase-title-person.ts'))).toBe(true)
  })
})
