// On absolute dates in the usual news formats, Dyad (chrono-node underneath,
// its own rules on top) gives the interval bare chrono-node gives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveTimeText } from '../../src/time/index.js'
import { chronoReadings } from './news/score.js'
import { n } from './news/row.js'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const pad = (x: number) => String(x).padStart(2, '0')
const ordinal = (d: number) => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th')

/** The ways news writes one day (month 0-11). */
const FORMATS: ((y: number, m: number, d: number) => string)[] = [
  (y, m, d) => `${MONTHS[m]} ${d}, ${y}`,
  (y, m, d) => `${AP[m]} ${d}, ${y}`,
  (y, m, d) => `${d} ${MONTHS[m]} ${y}`,
  (y, m, d) => `${d} ${SHORT[m]} ${y}`,
  (y, m, d) => `${WEEKDAYS[new Date(Date.UTC(y, m, d)).getUTCDay()]}, ${MONTHS[m]} ${d}, ${y}`,
  (y, m, d) => `${WEEKDAYS[new Date(Date.UTC(y, m, d)).getUTCDay()]} ${d} ${MONTHS[m]} ${y}`,
  (y, m, d) => `${y}-${pad(m + 1)}-${pad(d)}`,
  (y, m, d) => `${MONTHS[m]} ${d}${ordinal(d)}, ${y}`,
  (y, m, d) => `the ${d}${ordinal(d)} of ${MONTHS[m]} ${y}`,
  (y, m) => `${MONTHS[m]} ${y}`,
]
const FRAMES = [
  (x: string) => `The two ministers met on ${x} in Hanoi.`,
  (x: string) => `The accord, signed ${x}, took effect later.`,
  (x: string) => `On ${x}, the envoy presented his credentials.`,
  (x: string) => `Talks will resume on ${x}, officials said.`,
  (x: string) => `Relations were established in ${x}.`,
]

describe('absolute news dates: Dyad agrees with chrono-node', () => {
  it('gives the same interval on generated sentences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: FORMATS.length - 1 }),
        fc.integer({ min: 0, max: FRAMES.length - 1 }),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (y, m, d, f, frame, ref) => {
          const date = FORMATS[f](y, m, d)
          const text = FRAMES[frame](date)
          const reference = ref.toISOString().slice(0, 10)
          const at = text.indexOf(date)
          const chrono = chronoReadings(n(text, reference, null, null)).filter((r) => r.start < at + date.length && r.end > at)
          const dyad = resolveTimeText(text, reference).filter((x) => x.span.start < at + date.length && x.span.end > at)
          expect(chrono).toHaveLength(1)
          expect(dyad, text).toHaveLength(1)
          expect([dyad[0].value?.start, dyad[0].value?.end], text).toEqual([chrono[0].value?.start, chrono[0].value?.end])
        },
      ),
      { numRuns: 400 },
    )
  })
})
