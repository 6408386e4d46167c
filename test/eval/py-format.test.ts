import { describe, expect, it } from 'vitest'
import { interval, overlaps } from '../../src/eval/interval.js'
import { pyDict, pyFloat, pyRound } from '../../src/eval/py-format.js'
import { quoteWindows } from '../../src/eval/windows.js'

describe('Python compatibility of the scorer port', () => {
  it('rounds like Python: exact ties to even, everything else to nearest', () => {
    expect(pyRound(0.0625, 3)).toBe(0.062)
    expect(pyRound(0.1875, 3)).toBe(0.188)
    expect(pyRound(2 / 3, 3)).toBe(0.667)
    expect(pyRound(2.5, 0)).toBe(2)
    expect(pyRound(0.8375, 3)).toBe(0.838)
  })

  it('prints floats and dicts as Python does', () => {
    expect(pyFloat(1)).toBe('1.0')
    expect(pyFloat(0)).toBe('0.0')
    expect(pyFloat(0.438)).toBe('0.438')
    expect(pyDict({ visit: '3/4', aid: '0/1' })).toBe("{'visit': '3/4', 'aid': '0/1'}")
    expect(pyDict({})).toBe('{}')
  })

  it('reads years, months, days, ranges and as-of points as day intervals', () => {
    const feb = interval('2024-02')!
    expect(feb[1] - feb[0]).toBe(28)
    expect(overlaps(interval('2023'), interval({ start: '2023-12-31', end: '2024-01-05' }))).toBe(true)
    expect(overlaps(interval({ as_of: '2024-10' }), interval('2024-09'))).toBe(false)
    expect(interval(null)).toBeNull()
    expect(interval('')).toBeNull()
  })

  it('counts quote windows in code points, as Python strings do', () => {
    const text = 'An emoji 😀 first. Then the ministers met in Perth. More text.'
    const [w] = quoteWindows(text, 'ministers met')
    // The sentence starts after ". " that follows the emoji; the emoji is one code point.
    expect(w[0]).toBe([...text.slice(0, text.indexOf('Then'))].length - 1)
    expect(quoteWindows(text, 'absent words')).toEqual([])
  })
})
