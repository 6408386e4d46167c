import { describe, expect, it } from 'vitest'
import { actor, mentions, read } from './run.js'

// Two names after one plural title: the title reads the first, the second stands after "and" untitled.
describe('the second of two names after a plural title', () => {
  it('is a person like the first', () => {
    const ctx = read('Presidents of Chile and Peru Gabriel Boric and Dina Ercilia Boluarte opened the border crossing on Friday.')
    expect(mentions(ctx, 'person')).toContain('Dina Ercilia Boluarte=person:dina ercilia boluarte')
    const ministers = read('The foreign ministers, Ana Rios Vega and Tomas Lund Berg, met in Lima.')
    expect(mentions(ministers, 'person')).toContain('Tomas Lund Berg=person:tomas lund berg')
  })

  it('needs the plural title and a full name after "and"', () => {
    // Given names with surnames are persons still, but hold no office here.
    expect(actor(read('Gabriel Boric and Dina Ercilia Boluarte opened the border crossing on Friday.'), 'person:dina ercilia boluarte')?.roles ?? []).toEqual(
      [],
    )
    expect(mentions(read('The presidents of Chile and Peru met in Lima and Cusco on Friday.'), 'person')).toEqual([])
  })

  it('holds the office for the second country the title names', () => {
    const ctx = read('Presidents of Chile and Peru Gabriel Boric and Dina Ercilia Boluarte opened the border crossing on Friday.')
    expect(actor(ctx, 'person:dina ercilia boluarte')?.roles.map((r) => [r.title, r.country])).toEqual([['President', 'PE']])
    const heads = read('Heads of state of Ghana and Togo Kofi Mensah Boateng and Yao Kodjo Agbeko met in Lome.')
    expect(actor(heads, 'person:yao kodjo agbeko')?.roles.map((r) => [r.title, r.country])).toEqual([['Head of State', 'TG']])
  })
})
