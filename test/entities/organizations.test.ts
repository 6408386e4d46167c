import { describe, expect, it } from 'vitest'
import { actor, mentions, read } from './run.js'

describe('organizations', () => {
  it('links an acronym to the long form the text defines, and later bare uses to the same entity', () => {
    const ctx = read('The Socialist Union of Freedonia (SUF) held a plenum. Later the SUF praised the result.')
    expect(mentions(ctx)).toEqual([
      'Socialist Union of Freedonia=org:socialist union of freedonia',
      'SUF=org:socialist union of freedonia',
      'SUF=org:socialist union of freedonia',
    ])
    expect(actor(ctx, 'org:socialist union of freedonia')?.aliases).toEqual(['SUF'])
  })

  it('reads a known acronym written as a word ("Mercosur", "Nato") as the organization its capitals name, not short everyday words', () => {
    const ctx = read('Brazil wants MERCOSUR to close the deal. Mercosur ministers meet in June, and Nato envoys will attend. Who attended? Un plan was read.')
    expect(mentions(ctx, 'organization')).toEqual(['MERCOSUR=org:mercosur', 'Mercosur=org:mercosur', 'Nato=org:nato'])
  })

  it("reads a seat of government as its country's organization, but not inside a longer name", () => {
    const ctx = read('Downing Street said talks would go on. The Kremlin and the Élysée declined to comment. The White House Correspondents dinner was held.')
    expect(mentions(ctx, 'organization')).toEqual(['Downing Street=org:downing street', 'Kremlin=org:kremlin', 'Élysée=org:elysee palace'])
    expect([actor(ctx, 'org:downing street')?.country, actor(ctx, 'org:kremlin')?.country, actor(ctx, 'org:elysee palace')?.country]).toEqual([
      'GB',
      'RU',
      'FR',
    ])
  })

  it('reads armed forces named without their country as the country\'s ("the Revolutionary Guards", "the PLA")', () => {
    const ctx = read('The Revolutionary Guards seized a tanker on Friday. PLA fighter jets flew near the island.')
    expect([actor(ctx, 'org:islamic revolutionary guard corps')?.country, actor(ctx, 'org:people liberation army')?.country]).toEqual(['IR', 'CN'])
  })

  it('reads a national body after a demonym with describing words, but no verb inside it ("Russia staged military drills")', () => {
    expect(mentions(read('The Saudi investment ministry said on Monday.'), 'organization')).toEqual(['Saudi investment ministry=org:saudi investment ministry'])
    expect(mentions(read('Russia staged military drills near Ukraine.'), 'organization')).toEqual([])
  })

  it('makes the country named only inside a body\'s name an entity of the document ("the Swedish consulate")', () => {
    const ctx = read('Protesters burned flags outside the Swedish consulate in Istanbul on Friday.')
    expect(mentions(ctx, 'country')).toEqual([])
    expect(actor(ctx, 'country:SE')).toMatchObject({ name: 'Sweden', type: 'country' })
  })

  it('reads humanitarian societies named by a cross or crescent', () => {
    const ctx = read('The envoy thanked volunteers of the Red Crescent and later visited the Red Cross in Lima.')
    expect(mentions(ctx, 'organization')).toEqual(['Red Crescent=org:red crescent', 'Red Cross=org:red cross'])
  })

  it('reads a chamber named by its bare head word, and leaves longer names to the organization reader', () => {
    const ctx = read('The envoy will address the Senate on Friday. Later the Senate Foreign Affairs Committee met.')
    expect(mentions(ctx, 'organization')).toEqual(['Senate=org:senate', 'Senate Foreign Affairs Committee=org:senate foreign affairs committee'])
  })

  it('reads the territory of a named dispute as a place, leaving countries to the gazetteer', () => {
    const ctx = read('The envoy said the Kashmir dispute and the Taiwan question weigh on the talks.')
    expect(mentions(ctx)).toEqual(['Kashmir=place:kashmir', 'Taiwan=country:TW'])
  })

  it('finds long forms whose letters are not all initials', () => {
    const ctx = read('Both joined the Mekong-Lancang Economic Partnership Forum (MLEPF) and the Andean Regional Trade Bloc (ARTB).')
    expect(ctx.actors.map((a) => [a.name, a.aliases])).toEqual([
      ['Mekong-Lancang Economic Partnership Forum', ['MLEPF']],
      ['Andean Regional Trade Bloc', ['ARTB']],
    ])
  })

  it('keeps a list of countries under its acronym name', () => {
    const ctx = read('Leaders of the Laos-Thailand-Cambodia (LTC) group met.')
    const ltc = actor(ctx, 'org:ltc')
    expect(ltc?.aliases).toEqual(['Laos-Thailand-Cambodia'])
    expect(mentions(ctx, 'country')).toEqual(['Laos=country:LA', 'Thailand=country:TH', 'Cambodia=country:KH'])
  })

  it('moves a possessive country after the name and types parties, mechanisms and initiatives', () => {
    const ctx = read("Peru's National Congress met the Workers' Party of Peru, the Peru-Chile Joint Committee on Fisheries and the Pacific Ports Initiative.")
    expect(ctx.actors.filter((a) => a.type !== 'country').map((a) => [a.name, a.type, a.country])).toEqual([
      ['National Congress of Peru', 'organization', 'PE'],
      ["Workers' Party of Peru", 'party', 'PE'],
      ['Peru-Chile Joint Committee on Fisheries', 'mechanism', null],
      ['Pacific Ports Initiative', 'initiative', null],
    ])
  })

  it('names a body after its defined acronym and reads news credits as organizations', () => {
    const ctx = read('The Grand Federal Assembly (GFA) and the GFA Standing Committee met. (With input from Belnews)')
    expect(ctx.actors.map((a) => a.name)).toEqual(['Grand Federal Assembly', 'Grand Federal Assembly Standing Committee', 'Belnews'])
  })

  it("reads a demonym before a lowercase ministry as that country's body and the government as the country", () => {
    const ctx = read('The Kenyan trade ministry said the Kenyan government agreed.')
    expect(mentions(ctx)).toEqual(['Kenyan trade ministry=org:kenyan trade ministry', 'Kenyan government=country:KE'])
  })
})

// One actor per real entity across spellings: a country or a well-known
// organization is known by its usual names, whichever one the text used.
describe('names an entity is known by beyond the text', () => {
  it('gives a country its usual English names ("Czechia" is also "Czech Republic")', () => {
    const ctx = read('Czechia expelled a Slovak diplomat on Monday.')
    expect(actor(ctx, 'country:CZ')?.aliases).toContain('Czech Republic')
    // A name two countries share ("Congo") is given to neither.
    expect(actor(read('The DRC recalled its envoy.'), 'country:CD')?.aliases).not.toContain('Congo')
  })

  it('gives an international organization named by its acronym alone its full name, and the other way round', () => {
    expect(actor(read('The EU imposed sanctions on Belarus.'), 'org:eu')?.aliases).toContain('European Union')
    expect(actor(read('The African Union suspended Niger.'), 'org:african union')?.aliases).toContain('AU')
  })
})

describe('an armed service read as a plain organization', () => {
  it('keeps its country ("the People\'s Liberation Army" is China\'s), and an event it acts in has that country', () => {
    const ctx = read("The People's Liberation Army fired missiles into waters around Taiwan on Thursday.")
    const pla = ctx.actors.find((a) => a.name.startsWith('People'))
    expect(pla?.country).toBe('CN')
  })
})
