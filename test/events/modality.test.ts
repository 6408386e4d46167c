import { describe, expect, it } from 'vitest'
import { readModality } from '../../src/events/modality.js'

// The clause is the whole sentence; the trigger is the word named.
function modalityOf(text: string, trigger: string) {
  const start = text.indexOf(trigger)
  return readModality(text, { start: 0, end: text.length }, { start, end: start + trigger.length })
}

describe('modality of a clause', () => {
  it('reads a modal verb before the trigger as hypothetical', () => {
    expect(modalityOf('Rwanda may expel the envoy next week.', 'expel')).toBe('hypothetical')
    expect(modalityOf('Officials said Ghana might close the border.', 'close')).toBe('hypothetical')
    expect(modalityOf('Chile could impose tariffs if talks fail.', 'impose')).toBe('hypothetical')
    expect(modalityOf('Peru said the fishermen must be allowed to return home.', 'allowed')).toBe('hypothetical')
    expect(modalityOf('Iran must release the crew at once, London said.', 'release')).toBe('hypothetical')
  })

  it('does not read the month or a surname May as a modal verb', () => {
    expect(modalityOf('Prime Minister Theresa May met Chancellor Olaf Scholz in Berlin.', 'met')).toBe('asserted')
    expect(modalityOf('In May they signed a deal on fisheries.', 'signed')).toBe('asserted')
    expect(modalityOf('Talks held since May have produced a ceasefire.', 'produced')).toBe('asserted')
  })
  it('reads an act named as a purpose as not done', () => {
    expect(modalityOf('The ministers met in order to pave the way for the reopening of embassies.', 'reopening')).toBe('hypothetical')
    expect(modalityOf('Both sides held talks with a view to signing a border treaty.', 'signing')).toBe('hypothetical')
    expect(modalityOf('The envoys met on Monday and reopened the embassies.', 'reopened')).toBe('asserted')
  })
  it('reads a hoped-for act as not done, and one kept from happening as negated', () => {
    expect(modalityOf('Manila hopes to sign a five-year rice deal with Hanoi.', 'sign')).toBe('hypothetical')
    expect(modalityOf('The row has kept the two countries from signing a peace treaty.', 'signing')).toBe('negated')
    expect(modalityOf('The two countries signed a peace treaty.', 'signed')).toBe('asserted')
  })
})
