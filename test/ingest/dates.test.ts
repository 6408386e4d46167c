import { describe, expect, it } from 'vitest'
import { toIsoDay } from '../../src/ingest/formats/dates.js'

describe('stated dates', () => {
  it('keeps the written day of ISO, RFC 822 and written-out dates', () => {
    expect(toIsoDay('2024-03-05T23:30:00+07:00')).toBe('2024-03-05')
    expect(toIsoDay('Tue, 05 Mar 2024 23:00:00 +0700')).toBe('2024-03-05')
    expect(toIsoDay('March 7, 2024')).toBe('2024-03-07')
    expect(toIsoDay('7 September 2023')).toBe('2023-09-07')
    expect(toIsoDay('20240105T0800')).toBe('2024-01-05')
  })

  it('rejects impossible and missing dates', () => {
    expect(toIsoDay('2024-02-30')).toBeNull()
    expect(toIsoDay('yesterday')).toBeNull()
    expect(toIsoDay('')).toBeNull()
    expect(toIsoDay(null)).toBeNull()
  })
})
