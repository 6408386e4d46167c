import { describe, expect, it } from 'vitest'
import type { Entity } from '../../src/model/types.js'
import { resolveEntities } from '../../src/resolve/entities.js'
import { entityBlocks } from '../../src/store/entity-blocks.js'

const org = (key: string, name: string, aliases: string[] = [], type: Entity['type'] = 'organization'): Entity => ({ key, name, type, aliases, country: null, roles: [] })

describe('a summit and the body it is the meeting of', () => {
  it('lists "Andes Summit", "Andes Cooperation Summit" and "Andes" as one entity, keeping each spelling', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [org('org:andes', 'Andes', ['Andean Partnership Group'])] },
      { doc: 'b', actors: [org('org:andes cooperation summit', 'Andes Cooperation Summit', ['Cooperation Summit'])] },
      { doc: 'c', actors: [org('org:andes summit', 'Andes Summit')] },
      { doc: 'd', actors: [org('org:lagoon economic strategy summit', 'Lagoon Economic Strategy Summit', ['LES Summit']), org('org:les', 'Lagoon Economic Strategy', ['LES'], 'initiative')] },
    ])
    expect(r.canonical('b', 'org:andes cooperation summit')).toBe('org:andes')
    expect(r.canonical('c', 'org:andes summit')).toBe('org:andes')
    expect(r.canonical('d', 'org:lagoon economic strategy summit')).toBe('org:les')
    expect(r.entities.find((e) => e.key === 'org:andes')!.aliases).toContain('Andes Summit')
    expect(r.entities).toHaveLength(2)
  })

  it('leaves a summit alone when two bodies could be meant, and never merges a place', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [org('org:delta group', 'Delta Group', ['Delta']), org('org:delta council', 'Delta Council', ['Delta'])] },
      { doc: 'b', actors: [org('org:delta summit', 'Delta Summit'), { ...org('place:delta summit', 'Delta Summit'), type: 'place' }] },
    ])
    expect(r.canonical('b', 'org:delta summit')).toBe('org:delta summit')
    expect(r.canonical('b', 'place:delta summit')).toBe('place:delta summit')
  })

  it('shares a blocking key, so incremental resolution compares them', () => {
    expect(entityBlocks(org('org:andes summit', 'Andes Summit'))).toContain('name:andes')
    expect(entityBlocks(org('org:andes', 'Andes'))).toContain('name:andes')
  })
})

describe('an acronym and its expansion', () => {
  it('are merged even when a possessive description spells the same initials', () => {
    const r = resolveEntities([
      { doc: 'a', actors: [org('org:andes news agency', 'Andes News Agency'), org('org:national assembly of andes', 'National Assembly of Andes', ["Andes's National Assembly"])] },
      { doc: 'b', actors: [org('org:ana', 'ANA')] },
    ])
    expect(r.canonical('b', 'org:ana')).toBe('org:andes news agency')
  })
})
