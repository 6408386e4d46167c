// A document without a title is named by the first words of its lead, its
// dateline left out; never by a hashed file name when the text has words.
import { describe, expect, it } from 'vitest'
import { documentLabel, leadOf } from '../../src/shared/document-label.js'

describe('leadOf', () => {
  it('leaves out a dateline of places in capitals, a date and an agency', () => {
    expect(leadOf('NAIROBI — Kenya and Tanzania agreed on Tuesday to reopen the border post.\nMore text.')).toBe('Kenya and Tanzania agreed on Tuesday to reopen the border post.')
    expect(leadOf('SANTIAGO, CHILE, March 3 - Chile and Norway signed a salmon trade accord.')).toBe('Chile and Norway signed a salmon trade accord.')
    expect(leadOf('SEOUL (Yonhap) -- South Korea and Japan held talks.')).toBe('South Korea and Japan held talks.')
    expect(leadOf(' date 2024-05-01 ACCRA, GHANA, May 1 - Ghana and Togo met.')).toBe('Ghana and Togo met.')
  })

  it('keeps the first sentence, clipped to twelve words with an ellipsis', () => {
    const lead = leadOf('The foreign ministers of Peru and Ecuador met in Lima on Friday to review the border agreement and trade. Second sentence.')
    expect(lead).toBe('The foreign ministers of Peru and Ecuador met in Lima on Friday…')
  })

  it('looks past a short section line and a list bullet', () => {
    expect(leadOf('Bolivia\nBolivia and Chile resumed gas talks in La Paz.\nMore.')).toBe('Bolivia and Chile resumed gas talks in La Paz.')
    expect(leadOf('Skip to content\n\n\nBolivia and Chile resumed gas talks.')).toBe('Bolivia and Chile resumed gas talks.')
    expect(leadOf('- For the first time, Nepal sold India more power than it bought.')).toBe('For the first time, Nepal sold India more power than it bought.')
  })

  it('names nothing from a text too short to read as a lead', () => {
    expect(leadOf('')).toBeNull()
    expect(leadOf('Photo: AFP')).toBeNull()
  })
})

describe('documentLabel', () => {
  it('prefers the title, then the lead in quotes, then the file name', () => {
    expect(documentLabel({ id: 'd1', title: 'Peru and Ecuador review border pact', lead: 'x y z', source: 'a/b.txt' })).toBe('Peru and Ecuador review border pact')
    expect(documentLabel({ id: 'd1', title: null, lead: 'Ghana and Togo met.', source: 'a/b.txt' })).toBe('“Ghana and Togo met.”')
    expect(documentLabel({ id: 'd1', title: null, lead: null, source: 'feeds/b.txt' })).toBe('b.txt')
  })
})
