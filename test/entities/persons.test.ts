import { describe, expect, it } from 'vitest'
import { actor, mentions, read } from './run.js'

describe('persons', () => {
  it('reads a Vietnamese three-part name after a title and its last part as the short form', () => {
    const ctx = read('Deputy Prime Minister Đặng Quốc Khánh opened the fair. Later, Khánh toured the port.')
    expect(mentions(ctx, 'person')).toEqual(['Đặng Quốc Khánh=person:dang quoc khanh', 'Khánh=person:dang quoc khanh'])
    expect(actor(ctx, 'person:dang quoc khanh')?.aliases).toEqual(['Khánh'])
  })

  it('reads the same name without diacritics as the same person', () => {
    const ctx = read('President Dang Quoc Khanh spoke first. Khanh said the talks went well.')
    expect(mentions(ctx, 'person')).toEqual(['Dang Quoc Khanh=person:dang quoc khanh', 'Khanh=person:dang quoc khanh'])
  })

  it('reads a Chinese family-name-first name whose first part is the short form', () => {
    const ctx = read('Chinese Vice Premier Zhao Lingyun met the delegation. President Zhao later hosted a dinner.')
    expect(mentions(ctx, 'person')).toEqual(['Zhao Lingyun=person:zhao lingyun', 'Zhao=person:zhao lingyun'])
    expect(actor(ctx, 'person:zhao lingyun')?.country).toBe('CN')
  })

  it('reads a name followed by its title in apposition', () => {
    const ctx = read('Zhou Minghua, vice chairman of the Standing Committee, said the two sides agreed.')
    expect(mentions(ctx, 'person')).toEqual(['Zhou Minghua=person:zhou minghua'])
    expect(actor(ctx, 'person:zhou minghua')?.roles.map((r) => r.title)).toEqual(['vice chairman of the Standing Committee'])
  })

  it('reads Arabic names with bin, Al and an honorific, and "Prince" plus the first name as the same person', () => {
    const ctx = read('Sheikh Khalid bin Saeed Al Mansouri welcomed the guests. Crown Prince Faisal bin Omar arrived later, and Prince Faisal spoke.')
    expect(mentions(ctx, 'person')).toEqual([
      'Khalid bin Saeed Al Mansouri=person:khalid bin saeed al mansouri',
      'Faisal bin Omar=person:faisal bin omar',
      'Faisal=person:faisal bin omar',
    ])
  })

  it('reads a South Asian name after an honorific and a Western name after a title', () => {
    const ctx = read('Prime Minister Shri Arvind Kumar Mehta received Chancellor Ingrid Halvorsen in the capital.')
    expect(mentions(ctx, 'person')).toEqual(['Arvind Kumar Mehta=person:arvind kumar mehta', 'Ingrid Halvorsen=person:ingrid halvorsen'])
  })

  it('reads a lowercase title and a speech verb as evidence of a name', () => {
    const ctx = read('The delegation met top legislator Qian Wenbo. Marta Lindqvist said the meeting was useful.')
    expect(mentions(ctx, 'person')).toEqual(['Qian Wenbo=person:qian wenbo', 'Marta Lindqvist=person:marta lindqvist'])
  })

  it('does not make persons of capitalized words without evidence', () => {
    const ctx = read('Tightened Security Measures were announced near the Grand Riverside Hotel.')
    expect(mentions(ctx, 'person')).toEqual([])
  })

  it('reads an inner surname of a long name as its short form, and never a particle alone', () => {
    const ctx = read('President Carlos Eduardo Mendoza Ruiz met the envoy. Later, Mendoza toured the port with Ana María de la Fuente, and De said nothing.')
    expect(mentions(ctx, 'person').filter((m) => m.startsWith('Mendoza'))).toEqual(['Mendoza=person:carlos eduardo mendoza ruiz'])
    const lula = read('Brazilian President Luiz Inácio Lula da Silva landed in Lisbon. Lula said the trip was a success.')
    expect(mentions(lula, 'person')).toEqual(['Luiz Inácio Lula da Silva=person:luiz inacio lula da silva', 'Lula=person:luiz inacio lula da silva'])
  })

  it('reads a two-word name written in the other order as the person first named, and its family name alone as the same', () => {
    const ctx = read(
      'Hungarian Foreign Minister Tamas Kovacs met Korean Foreign Minister Park Jiwon in Seoul. Kovacs Tamas said the talks were useful, and Kovacs thanked his host.',
    )
    expect(mentions(ctx, 'person')).toEqual([
      'Tamas Kovacs=person:tamas kovacs',
      'Park Jiwon=person:park jiwon',
      'Kovacs Tamas=person:tamas kovacs',
      'Kovacs=person:tamas kovacs',
    ])
  })

  it('keeps a title word joined by a hyphen, and an apostrophe before lowercase letters, inside a name', () => {
    const ctx = read("Foreign Minister Hossein Amir-Abdollahian met Principal Secretary Korir Sing'oei in Nairobi. Kenya's minister said so.")
    expect(mentions(ctx, 'person')).toEqual(['Hossein Amir-Abdollahian=person:hossein amir abdollahian', "Korir Sing'oei=person:korir sing oei"])
  })

  it('reads a dateline in capitals as a place, never as an acronym of an organization', () => {
    const ctx = read('WASHINGTON — The Pentagon said on Friday it would send aid to Ukraine.\nKÖLN, March 3 - Germany said the same.')
    expect(mentions(ctx, 'organization')).toEqual(['Pentagon=org:pentagon'])
    expect(mentions(ctx, 'place')).toContain('KÖLN=place:koln')
    expect(mentions(read('NATO, the alliance, met in Brussels.'), 'organization')).toEqual(['NATO=org:nato'])
  })

  it('reads a bare name that visits, meets or signs as a person, and a company that flies as none', () => {
    const ctx = read('Marta Lindqvist will pay a state visit to Kenya in May. Arvid Holm arrived in Nairobi on Monday. Kenya Airways flew the delegation.')
    expect(mentions(ctx, 'person')).toEqual(['Marta Lindqvist=person:marta lindqvist', 'Arvid Holm=person:arvid holm'])
  })

  it('reads both bare names of a pair that acts together, and an expected trip', () => {
    const ctx = read('Ilse Varga and Tomas Rehn are expected to meet in Vienna next week. Nadia Osei is expected in Accra on Friday.')
    expect(mentions(ctx, 'person')).toEqual(['Ilse Varga=person:ilse varga', 'Tomas Rehn=person:tomas rehn', 'Nadia Osei=person:nadia osei'])
  })

  it('reads bare names that issue a joint statement together, and a name whose visit the text tells, but not a firm that issues a report', () => {
    const ctx = read(
      "Ilse Varga and Tomas Rehn issued a joint statement on Friday. Nadia Osei's state visit to Lomé ended on Sunday. Varga Holdings issued a report.",
    )
    expect(mentions(ctx, 'person')).toEqual(['Ilse Varga=person:ilse varga', 'Tomas Rehn=person:tomas rehn', 'Nadia Osei=person:nadia osei'])
  })

  it('reads a bare name acted on or met as a person ("urged Ilse Varga", "talks with Tomas Rehn in Vienna"), but not a body named after a verb', () => {
    const ctx = read(
      'The minister urged Ilse Varga to reconsider. Oslo thanked Nadia Osei for her help. She spoke after talks with Tomas Rehn in Vienna. The court released Varga Holdings assets.',
    )
    expect(mentions(ctx, 'person')).toEqual(['Ilse Varga=person:ilse varga', 'Nadia Osei=person:nadia osei', 'Tomas Rehn=person:tomas rehn'])
  })

  it('reads two bare names that announce together, a particle inside the second ("da"), and a time word before the verb', () => {
    const ctx = read('Ilse Varga and João Pedro da Costa today announced that the border would reopen.')
    expect(mentions(ctx, 'person')).toEqual(['Ilse Varga=person:ilse varga', 'João Pedro da Costa=person:joao pedro da costa'])
  })

  it('cuts a titled name that ran into the next sentence where a full stop was lost, so the short form keeps its own person', () => {
    const ctx = read(
      'President Ana Maria Costa Ruiz arrived in Lima. Ruiz was greeted by Foreign Minister Pablo Soto Ruiz was greeted by Foreign Minister Pablo Soto. Later Ruiz met Foreign Minister Pablo Soto again.',
    )
    const keys = new Set(mentions(ctx, 'person').map((m) => m.split('=')[1]))
    expect(keys).toEqual(new Set(['person:ana maria costa ruiz', 'person:pablo soto']))
  })

  it('reads a bare name that cautions or declares as a speaker', () => {
    expect(mentions(read('Any attack will be answered, Marta Lindqvist cautioned on Friday.'), 'person')).toEqual(['Marta Lindqvist=person:marta lindqvist'])
  })

  it('reads a one-word city before a surname as a given name ("Vladimir Korsak"), but not before a place head', () => {
    const ctx = read('Ana Ruiz and Vladimir Korsak signed the accord. Vladimir Oblast lies east of Moscow.')
    expect(mentions(ctx, 'person')).toEqual(['Ana Ruiz=person:ana ruiz', 'Vladimir Korsak=person:vladimir korsak'])
  })

  it('ends a name at a possessive ("President Ana Ruiz\'s Senior Adviser"), and a count opening a sentence is no part of a name', () => {
    const ctx = read("The talks were led by President Ana Ruiz's Senior Adviser for Trade. Two Royal Navy ships sailed.")
    expect(mentions(ctx, 'person')).toEqual(['Ana Ruiz=person:ana ruiz'])
    expect(mentions(ctx, 'organization')).toEqual(['Royal Navy=org:royal navy'])
    expect(mentions(read('Both sides backed the "Three Rivers Development Plan" on Monday.')).join()).toContain('Three Rivers Development Plan')
  })

  it('leaves an ambiguous short form unresolved', () => {
    const ctx = read('Premier Wang Jianguo and Foreign Minister Wang Lihua arrived. Wang said nothing.')
    expect(mentions(ctx, 'person')).toEqual(['Wang Jianguo=person:wang jianguo', 'Wang Lihua=person:wang lihua'])
  })
})

describe('persons named without a title', () => {
  it('reads "his Chilean counterpart" as naming a person of that country, and a generational suffix as no short form', () => {
    const ctx = read('President Pedro Alvarez Jr. met his Chilean counterpart Ana Ruiz. Alvarez said the talks went well.')
    expect(mentions(ctx, 'person')).toEqual(['Pedro Alvarez Jr=person:pedro alvarez jr', 'Ana Ruiz=person:ana ruiz', 'Alvarez=person:pedro alvarez jr'])
    expect(actor(ctx, 'person:ana ruiz')?.country).toBe('CL')
  })

  it('reads a given name with its surname as a person, with no title or verb of saying', () => {
    expect(mentions(read('NAIROBI — Grace Wanjiru and Peter Mwangi held their first meeting on Tuesday.'), 'person')).toEqual([
      'Grace Wanjiru=person:grace wanjiru',
      'Peter Mwangi=person:peter mwangi',
    ])
    expect(mentions(read('The Peruvian president lashed out at Daniel Okafor on Wednesday over the dam.'), 'person')).toEqual([
      'Daniel Okafor=person:daniel okafor',
    ])
  })

  it('reads no person in a given name that is part of a place, a treaty or an outlet, or run on past a known name', () => {
    const none = [
      'Rebels advanced in North Kivu on Sunday.',
      'Ships collided near Second Thomas Shoal last week.',
      'The talks covered the North American Free Trade Agreement again.',
      'The interview was aired by Al Jazeera on Monday.',
    ]
    for (const text of none) expect(mentions(read(text), 'person')).toEqual([])
    const ctx = read(
      'President Justin Trudeau arrived on Monday. Photo: taken from Justin Trudeau Twitter account. On Twitter, Justin Trudeau thanked his hosts.',
    )
    expect(new Set(mentions(ctx, 'person').map((m) => m.split('=')[1]))).toEqual(new Set(['person:justin trudeau']))
  })
})

describe('more name shapes', () => {
  it('keeps an initial, several hyphens and a Malay honorific with the name', () => {
    const ctx = read('Minister R. Venkataraman met Premier Somchai Kan-o-phet and Datuk Seri Aziz Rahman.')
    expect(mentions(ctx, 'person')).toEqual([
      'R. Venkataraman=person:r venkataraman',
      'Somchai Kan-o-phet=person:somchai kan o phet',
      'Aziz Rahman=person:aziz rahman',
    ])
  })
})
