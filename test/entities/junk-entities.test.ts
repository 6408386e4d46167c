// Page furniture, time zones, name fragments and honorifics are no entities;
// one news agency is one entity however it is spelled. Sentences of our own.
import { describe, expect, it } from 'vitest'
import { actor, mentions, read } from './run.js'

describe('junk entities', () => {
  it('reads no organization in section labels and page words written in capitals', () => {
    const ctx = read(
      'TRENDING ARTICLE - Chile Presses Peru on Fisheries\n\nAndes Wire Agency EUROPE\nPublished May 2, 2024\n\nForeign Minister Ana Ruiz met her Peruvian counterpart in Lima, the OAS said.',
    )
    const orgs = mentions(ctx, 'organization')
    expect(orgs.filter((m) => /^(TRENDING|ARTICLE|EUROPE)=/.test(m))).toEqual([])
    // a real acronym beside them is still read
    expect(orgs).toContain('OAS=org:oas')
  })

  it('reads no name in a common word that opens a sentence or a heading, before a name or a country', () => {
    const ctx = read(
      'Flourishing Kenya-Ghana Trade\n\nStrengthened checks at the port began in May. Renewed Ghana Talks were held in Accra, and Efforts by Kenya Airways continued.',
    )
    const names = [...mentions(ctx, 'person'), ...mentions(ctx, 'organization'), ...mentions(ctx, 'place')]
    expect(names.filter((m) => /^(Flourishing|Strengthened|Renewed|Efforts)\b/.test(m))).toEqual([])
    expect(mentions(ctx, 'organization')).toContain('Kenya Airways=org:kenya airways')
  })

  it('reads a time zone after a clock time as no organization', () => {
    const ctx = read('Updated 09:15 CLT, March 3, 2024. The ministers met at 14:00 EAT in Nairobi, and the AU welcomed it.')
    const orgs = mentions(ctx, 'organization')
    expect(orgs.filter((m) => /^(CLT|EAT)=/.test(m))).toEqual([])
    expect(orgs).toContain('AU=org:au')
  })

  it('keeps a place name with lowercase particles whole', () => {
    const ctx = read('A trade fair of firms from both countries in Dar es Salaam opened in May, and a second one in Rio de Janeiro.')
    const places = mentions(ctx, 'place')
    expect(places).toContain('Dar es Salaam=place:dar es salaam')
    expect(places).toContain('Rio de Janeiro=place:rio de janeiro')
    expect(places.some((p) => p.startsWith('Dar='))).toBe(false)
  })

  it("leaves an honorific out of a person's name, and reads no person in the honorific alone", () => {
    const ctx = read(
      'President Banda and the First Lady, Her Excellency Grace Chirwa, will host a dinner for Her Excellency at the palace. Grace Chirwa greeted the guests.',
    )
    const people = mentions(ctx, 'person')
    expect(people.some((p) => /Excellency/.test(p))).toBe(false)
    expect(people).toContain('Grace Chirwa=person:grace chirwa')
  })

  it('names a news agency one way: no "<Place>-based" prefix, its distinctive word an alias', () => {
    const ctx = read('The envoy left on Friday, the Kuala Lumpur-based Bernama News Agency reported, and the Warsaw-based Polish Press Agency confirmed it.')
    expect(mentions(ctx, 'organization')).toEqual(['Bernama News Agency=org:bernama news agency', 'Polish Press Agency=org:polish press agency'])
    expect(actor(ctx, 'org:bernama news agency')?.aliases).toContain('Bernama')
    // a demonym names no agency by itself
    expect(actor(ctx, 'org:polish press agency')?.aliases ?? []).not.toContain('Polish')
  })
})
