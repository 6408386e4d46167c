import { describe, expect, it } from 'vitest'
import type { Entity } from '../../src/model/types.js'
import { resolveEntities } from '../../src/resolve/entities.js'

const person = (key: string, name: string, country: string | null = null, aliases: string[] = []): Entity => ({
  key, name, type: 'person', aliases, country, roles: [],
})
const org = (key: string, name: string, aliases: string[] = [], country: string | null = null): Entity => ({
  key, name, type: 'organization', aliases, country, roles: [],
})

describe('resolveEntities', () => {
  it('merges equal keys and keeps every spelling', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [person('person:le van an', 'Lê Văn An', 'VN')] },
      { doc: 'b', actors: [person('person:le van an', 'Le Van An', 'VN', ['An'])] },
    ])
    expect(r.entities).toHaveLength(1)
    expect(r.entities[0].aliases).toEqual(['An', 'Le Van An'])
  })

  it('joins a partial name to the one full name it begins or ends', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [person('person:pena garza', 'Peña Garza'), person('person:tan', 'Tan')] },
      { doc: 'b', actors: [person('person:luis pena garza', 'Luis Peña Garza', 'MX'), person('person:tan wei', 'Tan Wei', 'SG')] },
    ])
    expect(r.canonical('a', 'person:pena garza')).toBe('person:luis pena garza')
    expect(r.canonical('a', 'person:tan')).toBe('person:tan wei')
    expect(r.entities.map((e) => e.key).sort()).toEqual(['person:luis pena garza', 'person:tan wei'])
  })

  it('does not join a short name that fits two people or a person of another country', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [person('person:li', 'Li'), person('person:kim', 'Kim', 'KR')] },
      { doc: 'b', actors: [person('person:li ming', 'Li Ming'), person('person:li hua', 'Li Hua'), person('person:kim jong', 'Kim Jong', 'KP')] },
    ])
    expect(r.canonical('a', 'person:li')).toBe('person:li')
    expect(r.canonical('a', 'person:kim')).toBe('person:kim')
  })

  it('joins a bare acronym to the organization that another article defines it for', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [org('org:ena', 'ENA')] },
      { doc: 'b', actors: [org('org:east news agency', 'East News Agency', ['ENA'])] },
    ])
    expect(r.canonical('a', 'org:ena')).toBe('org:east news agency')
    expect(r.entities).toHaveLength(1)
    expect(r.entities[0].aliases).toEqual(['ENA'])
  })
})

describe('resolveEntities: initials', () => {
  it('joins a bare acronym to the one organization whose initials it spells', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [org('org:nsb', 'NSB')] },
      { doc: 'b', actors: [org('org:national statistics bureau', 'National Statistics Bureau')] },
    ])
    expect(r.canonical('a', 'org:nsb')).toBe('org:national statistics bureau')
  })

  it('leaves it alone when two organizations spell it', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [org('org:nsb', 'NSB')] },
      { doc: 'b', actors: [org('org:national statistics bureau', 'National Statistics Bureau'), org('org:national security board', 'National Security Board')] },
    ])
    expect(r.canonical('a', 'org:nsb')).toBe('org:nsb')
  })
})
