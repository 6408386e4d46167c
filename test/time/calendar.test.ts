import { describe, expect, it } from 'vitest'
import { dayNumber, ymdOf } from '../../src/time/calendar.js'

const MS_PER_DAY = 86_400_000

// What calendar.ts computed with a Date before it did the arithmetic itself.
function dateDayNumber(year: number, month: number, day: number): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(0, 0, 0, 0)
  return Math.round(d.getTime() / MS_PER_DAY)
}

function dateYmd(day: number): [number, number, number] {
  const d = new Date(day * MS_PER_DAY)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
}

describe('calendar day numbers', () => {
  it('should give the day number a Date gives, months and days out of range included', () => {
    const wrong: string[] = []
    for (let y = 1500; y <= 2200; y++)
      for (let m = -13; m <= 26; m++)
        for (const d of [-31, 0, 1, 15, 28, 29, 30, 31, 32, 60, 366]) if (dayNumber(y, m, d) !== dateDayNumber(y, m, d)) wrong.push(`${y}-${m}-${d}`)
    expect(wrong).toEqual([])
  })

  it('should give the date a Date gives for a day number', () => {
    const wrong: number[] = []
    for (let day = -200_000; day <= 200_000; day++) if (ymdOf(day).join('-') !== dateYmd(day).join('-')) wrong.push(day)
    expect(wrong).toEqual([])
  })

  it('should answer as a Date does at the edges: fractions, far years, NaN', () => {
    for (const [y, m, d] of [
      [2020.7, 2.5, 3.9],
      [-2020.7, -2.5, -3.9],
      [0, 1, 1],
      [99, 1, 1],
      [275760, 9, 13],
      [275760, 9, 14],
      [-271821, 4, 20],
      [-271821, 4, 19],
      [1e9, 1, 1],
      [NaN, 1, 1],
      [2020, Infinity, 1],
    ])
      expect(dayNumber(y, m, d)).toEqual(dateDayNumber(y, m, d))
    for (const day of [0.5, -0.5, 1.999, -1.0001, 1e8, 1e8 + 1, -1e8, -1e8 - 1, NaN, Infinity]) expect(ymdOf(day)).toEqual(dateYmd(day))
  })
})
