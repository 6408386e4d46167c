import { describe, expect, it } from 'vitest'
import { overlapIndex } from '../../src/util/spans.js'

describe('overlapIndex', () => {
  it('finds, in list order, the records a filter on overlap finds, for records of any length in any order', () => {
    let seed = 11
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    const list = Array.from({ length: 300 }, (_, id) => {
      const start = next(1000)
      // Mostly short records, a few long ones, some empty.
      const length = id % 50 === 0 ? 200 + next(300) : next(15)
      return { id, span: { start, end: start + length } }
    })
    const overlapping = overlapIndex(list)
    let hits = 0
    for (let k = 0; k < 500; k++) {
      const start = next(1100) - 50
      const span = { start, end: start + 1 + next(40) }
      const expected = list.filter((r) => r.span.start < span.end && span.start < r.span.end)
      hits += expected.length
      expect(overlapping(span).map((r) => r.id)).toEqual(expected.map((r) => r.id))
    }
    expect(hits).toBeGreaterThan(500)
  })

  it('finds nothing in an empty list', () => {
    expect(overlapIndex([])({ start: 0, end: 10 })).toEqual([])
  })
})
