import { describe, expect, it } from 'vitest'
import { officeTitles, roleKey, roleOffices, roleTitle } from '../../src/shared/role-title.js'

describe('role rows', () => {
  it('closes a title cut inside its bracket', () => {
    expect(roleTitle('Secretary General of the Andean Labour Party (ALP')).toBe('Secretary General of the Andean Labour Party (ALP)')
    expect(roleTitle('Foreign  Minister')).toBe('Foreign Minister')
  })

  it('gives one key to the same title with or without its acronym, in any case', () => {
    const titles = [
      'Secretary General of the Andean Labour Party (ALP) Central Committee',
      'secretary general of the Andean Labour Party Central Committee',
    ]
    expect(new Set(titles.map(roleKey)).size).toBe(1)
    expect(roleKey('Secretary General')).not.toBe(roleKey(titles[0]!))
  })
})

describe('one row per office', () => {
  const offices = (titles: string[]) => new Set(roleOffices(titles)).size
  it('joins the ways one office is written: owner words, nationality, what it is of, an acronym, a title cut in its bracket', () => {
    const xi = ['President', 'Chinese president', 'President of China', 'General Secretary', 'Party General Secretary', 'general secretary of the CPC Central Committee', 'General Secretary of the Communist Party of China (CPC) Central Committee']
    expect([...officeTitles(xi).values()].sort()).toEqual(['General Secretary of the Communist Party of China (CPC) Central Committee', 'President of China'])
    expect([...officeTitles(xi, 'shortest').values()].sort()).toEqual(['General Secretary', 'President'])
    expect(offices(['General Secretary of the Communist Party of Vietnam (CPV', 'General Secretary of the Communist Party of Vietnam Central Committee', 'General Secretary'])).toBe(1)
    expect(offices(['Prime Minister', 'PM'])).toBe(1)
    expect([...officeTitles(['PM', 'Prime Minister'], 'shortest').values()]).toEqual(['Prime Minister'])
    expect(offices(['Ambassador', 'Ambassador to China'])).toBe(1)
  })

  it('keeps different offices apart', () => {
    expect(offices(['Deputy Prime Minister', 'Prime Minister'])).toBe(2)
    expect(offices(['Foreign Minister', 'Minister', 'Minister of Defence', 'Minister of Foreign Affairs'])).toBe(4)
    expect(offices(['Party General Secretary', 'State President'])).toBe(2)
    // a bare title beside two qualified ones may be either: it stays a row of its own
    expect(offices(['Chairman', 'Chairman of the National Assembly', 'Chairman of the Party'])).toBe(3)
  })
})
