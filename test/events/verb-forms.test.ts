import { describe, expect, it } from 'vitest'
import { verbForms } from '../../src/events/lexicon/forms.js'

describe('verb forms of the lexicon', () => {
  it('spells a final l both ways (US "canceled", British "cancelled"), but not after two vowels ("appealed")', () => {
    expect(verbForms('cancel')).toEqual(expect.arrayContaining(['canceled', 'cancelled', 'canceling', 'cancelling']))
    expect(verbForms('fuel')).toEqual(expect.arrayContaining(['fueled', 'fuelled']))
    expect(verbForms('appeal')).toEqual(['appeal', 'appeals', 'appealed', 'appealing'])
    expect(verbForms('expel')).toEqual(['expel', 'expels', 'expelled', 'expelling'])
  })
})
