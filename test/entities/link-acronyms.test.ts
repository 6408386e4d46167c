import { describe, expect, it } from 'vitest'
import { PRIORITY, type Candidate } from '../../src/entities/candidate.js'
import { linkAcronyms } from '../../src/entities/refiners/link-acronyms.js'
import { createContext } from '../../src/pipeline/context.js'

// Drafts as the recognizers hand them over, frozen so that any change made in place throws.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

const org = (text: string, start: number, extra: Partial<Candidate> = {}): Candidate => ({
  span: { start, end: start + text.length },
  text,
  type: 'organization',
  key: `org:${text.toLowerCase()}`,
  name: text,
  country: null,
  ruleId: 'test',
  priority: PRIORITY.org,
  ...extra,
})

describe('link-acronyms', () => {
  const text = 'The Andean Trade Council (ATC) met in Quito. The ATC Secretariat and the ATC said the MFT would follow; the Ministry of Foreign Trade agreed.'
  const long = org('Andean Trade Council', 4)
  const definition = org('ATC', 26, { type: 'organization', acronym: 'ATC', priority: PRIORITY.acronym, definition: { acronym: 'ATC', long: long.span } })
  const body = org('ATC Secretariat', text.indexOf('ATC Secretariat'))
  const bare = org('ATC', text.indexOf('ATC said'), { acronym: 'ATC', key: 'org:atc', priority: PRIORITY.acronym })
  const undefinedAcronym = org('MFT', text.indexOf('MFT'), { acronym: 'MFT', key: 'org:mft', priority: PRIORITY.acronym })
  const ministry = org('Ministry of Foreign Trade', text.indexOf('Ministry'))
  const drafts = deepFreeze([long, definition, body, bare, undefinedAcronym, ministry])

  it('returns relinked copies and leaves the drafts it was given unchanged', () => {
    const before = JSON.stringify(drafts)
    const out = linkAcronyms.refine(createContext({ docId: 'd', source: 'd.txt', text }), drafts)
    expect(JSON.stringify(drafts)).toBe(before)
    expect(out.map((c) => `${c.text}=${c.key}`)).toEqual([
      'Andean Trade Council=org:andean trade council',
      'ATC Secretariat=org:andean trade council secretariat',
      'ATC=org:andean trade council',
      'MFT=org:ministry of foreign trade',
      'Ministry of Foreign Trade=org:ministry of foreign trade',
    ])
    expect(out.find((c) => c.text === 'Andean Trade Council')?.aliases).toEqual(['ATC'])
    expect(out.find((c) => c.text === 'Ministry of Foreign Trade')?.aliases).toEqual(['MFT'])
    for (const c of out) expect(drafts).not.toContain(c)
  })
})
