import { describe, expect, it } from 'vitest'
import { figures } from './helpers.js'

describe('numbers that are not indicators', () => {
  it.each([
    'In 2019 Peru and Chile marked the 75th anniversary of their relations.',
    'The talks took place on 12 March 2023 in Lima.',
    'Article 14 of the 2006 treaty governs fishing rights between Peru and Chile.',
    'The 63-year-old minister from Chile, aged 63, met his Peruvian counterpart.',
    'For details call +51 1 204 2400 or 204-2400 at the embassy of Peru.',
    'Delegates from Chile attended the 20th Congress of the party in Lima.',
    'The 14th meeting of the Peru-Chile joint committee was held in Santiago.',
    'The president of Chile attended the third Belt and Road Forum in Beijing.',
    'Peru and Chile signed 14 documents during the visit, the third in two years.',
    'Over the past 74 years, Peru and Chile have kept close ties.',
    'The leaders of Peru and Chile held a 30 minute bilateral meeting.',
    'Peru and Chile met on the sidelines of the Group of 20 meeting.',
  ])('%s', (text) => {
    expect(figures(text, { reference: '2023-06-01' })).toEqual([])
  })
})
