import { describe, expect, it } from 'vitest'
import { actor, mentions, read } from './run.js'

const titles = (text: string, key: string) => actor(read(text), key)?.roles.map((r) => [r.title, r.country ?? null])

describe('a counterpart holds the office of the person it is the counterpart of', () => {
  it('gives "his Bangladeshi counterpart X" the foreign secretary title, for Bangladesh', () => {
    const text = 'Indian Foreign Secretary Arjun Mehta held talks with his Bangladeshi counterpart Rafiq Hasan in Dhaka.'
    expect(titles(text, 'person:rafiq hasan')).toEqual([['Foreign Secretary', 'BD']])
  })

  it('takes the office of a subject named in an earlier sentence', () => {
    const text = 'Kenyan Defence Secretary Amina Odhiambo arrived in Kampala on Monday. She met her Ugandan counterpart Peter Okello.'
    expect(titles(text, 'person:peter okello')).toEqual([['Defence Secretary', 'UG']])
  })

  it('reads the name after a comma: "his Ghanaian counterpart, X", "Togo\'s security minister, Y"', () => {
    const text =
      'Nigerien Interior Minister Issa Garba arrived in Cotonou for talks with his Beninese counterpart, Adjoa Hounkpe. ' +
      "He also met Benin's security minister, Kossi Dossou."
    expect(titles(text, 'person:adjoa hounkpe')).toEqual([['Interior Minister', 'BJ']])
    expect(actor(read(text), 'person:kossi dossou')?.roles.map((r) => r.title)).toContain('minister')
  })

  it("does not read the subject after an apposition closed by a title and a comma as that title's holder", () => {
    const text = 'At the invitation of Sipho Dlamini, chairman of the party and South African president, Mensah is on a visit to Pretoria.'
    expect(actor(read(text), 'person:mensah')?.roles.map((r) => r.title) ?? []).not.toContain('president')
  })

  it('gives no office when no titled person was named before', () => {
    const text = 'The talks brought Ghana and Togo together. Kofi Mensah welcomed his Togolese counterpart Yao Agbeko.'
    expect(titles(text, 'person:yao agbeko') ?? []).toEqual([])
  })
})

describe('national services named by a demonym', () => {
  it('reads "the Chinese coast guard" and "the Indonesian air force" as organizations of their countries', () => {
    const ctx = read('A Philippine supply boat was blocked by the Chinese coast guard. Jets of the Indonesian air force flew over the strait.')
    expect(mentions(ctx, 'organization')).toEqual(['Chinese coast guard=org:chinese coast guard', 'Indonesian air force=org:indonesian air force'])
    expect(actor(ctx, 'org:chinese coast guard')?.country).toBe('CN')
  })
})

describe('persons named before an apposed office', () => {
  it('reads "X, acting deputy chief of mission at the ... embassy" and "X, a senior aide to ..." as persons with that office', () => {
    const ctx = read(
      'Seoul summoned Kenji Tanaka, acting deputy chief of mission at the Japanese embassy, on Friday. Piotr Kowalski, a senior aide to the Polish president, criticised Kyiv.',
    )
    expect(mentions(ctx, 'person')).toEqual(['Kenji Tanaka=person:kenji tanaka', 'Piotr Kowalski=person:piotr kowalski'])
    expect(actor(ctx, 'person:kenji tanaka')?.roles.map((r) => r.title)).toEqual(['acting deputy chief of mission at the Japanese embassy'])
  })

  it('reads an adviser named after the title and a comma', () => {
    const ctx = read("Brazil's chief foreign policy adviser, Marcos Amaral, travelled to Beijing on Monday.")
    expect(mentions(ctx, 'person')).toEqual(['Marcos Amaral=person:marcos amaral'])
  })
})

describe('an abbreviated given name', () => {
  it('keeps "Md." with the name it begins', () => {
    const ctx = read(
      'After meeting Foreign Adviser Md. Rafiqul Islam of Bangladesh, the Indian envoy spoke to reporters. Malaysian Minister Mohd. Azlan Hassan also attended.',
    )
    expect(mentions(ctx, 'person')).toEqual(['Md. Rafiqul Islam=person:md rafiqul islam', 'Mohd. Azlan Hassan=person:mohd azlan hassan'])
  })
})

describe('names with two particles', () => {
  it('reads "von der" and "de la" inside a name like a single particle', () => {
    const ctx = read('Commission President Ursula von der Leyen met Minister Ana de la Cruz and envoy Pieter van Dijk in Brussels.')
    expect(mentions(ctx, 'person')).toEqual([
      'Ursula von der Leyen=person:ursula von der leyen',
      'Ana de la Cruz=person:ana de la cruz',
      'Pieter van Dijk=person:pieter van dijk',
    ])
  })
})
