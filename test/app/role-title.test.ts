import { describe, expect, it } from 'vitest'
import { roleKey, roleTitle } from '../../src/shared/role-title.js'

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
