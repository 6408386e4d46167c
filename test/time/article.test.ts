import { describe, expect, it } from 'vitest'
import { resolveTimeText } from '../../src/time/index.js'

// A made-up report, dense with numbers that are not times.
const REPORT = [
  'LIMA, April 12 (Andina) -- Peru and Chile signed 11 agreements on Tuesday, the foreign ministry said.',
  'Under Article 7 of the 1999 border treaty, the two sides hold a joint commission every year; its 9th session opened in Arica.',
  'Two-way trade reached US$4.6 billion in 2023, up 3.2% on-year, and 1,250 tonnes of fish crossed the border in the first quarter of this year.',
  'President Ana Ruiz will visit Santiago from May 20 to 22, the ministry added, ahead of the 30th anniversary of the G3 forum.',
  'Call +51 1 204 2400 for accreditation; the COVID-19 rules of 2021 no longer apply.',
].join('\n')

describe('time expressions in a report', () => {
  it('finds the times and nothing else', () => {
    const mentions = resolveTimeText(REPORT, '2024-04-12')
    expect(mentions.map((m) => [m.text, m.value?.start, m.value?.end])).toEqual([
      ['April 12', '2024-04-12', '2024-04-12'],
      ['Tuesday', '2024-04-09', '2024-04-09'],
      ['1999', '1999-01-01', '1999-12-31'],
      ['2023', '2023-01-01', '2023-12-31'],
      ['the first quarter of this year', '2024-01-01', '2024-03-31'],
      ['May 20 to 22', '2024-05-20', '2024-05-22'],
      ['2021', '2021-01-01', '2021-12-31'],
    ])
  })
})
