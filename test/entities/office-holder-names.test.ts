import { describe, expect, it } from 'vitest'
import { mentions, read } from './run.js'

// The office-holder-names refiner: a full name the office table knows is one person, however the readers cut it.
describe('names of office-holders the table knows', () => {
  it('keeps the initials that open a name', () => {
    const ctx = read("Nepal's Prime Minister KP Sharma Oli flew to Beijing on Monday.")
    expect(mentions(ctx, 'person')).toEqual(['KP Sharma Oli=person:kp sharma oli'])
  })

  it('joins a name cut at a word that is also a title', () => {
    const ctx = read("Somalia's President Hassan Sheikh Mohamud rejected the port deal.")
    expect(mentions(ctx, 'person')).toEqual(['Hassan Sheikh Mohamud=person:hassan sheikh mohamud'])
  })

  it('leaves the possessive outside the name', () => {
    const ctx = read('Prime Minister Anthony Albanese’s visit to Jakarta ended on Friday.')
    expect(mentions(ctx, 'person')).toEqual(['Anthony Albanese=person:anthony albanese'])
  })

  it('leaves names the table does not know to the readers', () => {
    const ctx = read('Foreign Minister Ingrid Solvang met Ambassador Tomas Redel in Oslo.')
    expect(mentions(ctx, 'person')).toEqual(['Ingrid Solvang=person:ingrid solvang', 'Tomas Redel=person:tomas redel'])
  })
})
