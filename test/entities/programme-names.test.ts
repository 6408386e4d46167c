import { describe, expect, it } from 'vitest'
import { mentions, read } from './run.js'

// Programme names without a head word: the leading words of an initiative's
// name standing alone (short-organization-names), and a quoted title-case name
// with a noun naming a programme (quoted-programme). Sentences of our own.
describe('short forms of organization and initiative names', () => {
  it('reads the leading words of an initiative name, written alone later, as that initiative', () => {
    const ctx = read(
      'Nairobi and Tokyo discussed the Blue Harbour Partnership Initiative on Monday. Ministers praised Blue Harbour Partnership projects along the coast.',
    )
    expect(mentions(ctx, 'initiative')).toEqual([
      'Blue Harbour Partnership Initiative=org:blue harbour partnership initiative',
      'Blue Harbour Partnership=org:blue harbour partnership initiative',
    ])
  })

  it('reads the short form written before the full name too', () => {
    const ctx = read('Santiago backed Sun and Copper financing this week. Chile and Australia later signed the Sun and Copper Initiative in Canberra.')
    expect(mentions(ctx, 'initiative')).toEqual(['Sun and Copper=org:sun and copper initiative', 'Sun and Copper Initiative=org:sun and copper initiative'])
  })

  it('takes no short form that names a place inside the project name', () => {
    const ctx = read('Seoul will finance the Greater Accra Light Rail Project. Traffic in Greater Accra has doubled since 2015, Ghanaian officials said.')
    expect(mentions(ctx, 'initiative')).toEqual(['Greater Accra Light Rail Project=org:greater accra light rail project'])
  })

  it('reads the whole name written again where no head word follows it', () => {
    const ctx = read('Mexico and Canada signed the Northern Grid Compact (NGC) on Monday. Under the Northern Grid Compact, both sides share power.')
    expect(mentions(ctx).filter((m) => m.startsWith('Northern'))).toEqual([
      'Northern Grid Compact=org:northern grid compact',
      'Northern Grid Compact=org:northern grid compact',
    ])
  })

  it('takes no short form that runs on into a longer capitalized phrase', () => {
    const ctx = read('Oslo joined the Arctic Shelf Initiative. Delegates met at the Arctic Shelf Hotel in Tromsø.')
    expect(mentions(ctx, 'initiative')).toEqual(['Arctic Shelf Initiative=org:arctic shelf initiative'])
  })
})

describe('quoted programme names', () => {
  it('reads a quoted title-case name before "policy" or "strategy" as an initiative', () => {
    const ctx = read('Bangkok revived its \'Look West\' policy, and Kazakhstan and Georgia promoted the "Middle Corridor" strategy.')
    expect(mentions(ctx, 'initiative')).toEqual(['Look West=org:look west', 'Middle Corridor=org:middle corridor'])
  })

  it('reads a quoted name after "a plan called" and its later quoted mentions without the noun', () => {
    const ctx = read(
      'Peru and Ecuador adopted a plan called "Two Rivers and One Valley" in March. Both sides will align "Two Rivers and One Valley" with regional trade rules.',
    )
    expect(mentions(ctx, 'initiative')).toEqual([
      'Two Rivers and One Valley=org:two rivers and one valley',
      'Two Rivers and One Valley=org:two rivers and one valley',
    ])
  })

  it('leaves a quoted title without a programme noun alone', () => {
    const ctx = read('The minister quoted the song "Rivers of Gold" at the dinner in Lima.')
    expect(mentions(ctx, 'initiative')).toEqual([])
  })
})
