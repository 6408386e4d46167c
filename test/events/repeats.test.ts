import { describe, expect, it } from 'vitest'
import { EVENT_RECOGNIZERS, EVENT_REFINERS } from '../../src/events/config.js'
import type { EventDraft } from '../../src/events/draft.js'
import { namesDestination, visitRepeats, visitRepeatsWith } from '../../src/events/refiners/visit-repeats.js'
import { recognize, type Refiner } from '../../src/pipeline/recognizer.js'
import { contextFor, eventsOf } from './helpers.js'
import { BR_AR, JP_PH, KE_ET, key } from './fixtures.js'

describe('repeated mentions of one event in a document', () => {
  it('keeps a headline that restates the body as a repeat of it, dated like it', () => {
    const text = 'Ruto arrives in Addis Ababa\n\nNairobi, May 6 - President William Ruto arrived on a state visit to Ethiopia on Monday, State House said.'
    const visits = eventsOf(text, KE_ET, '2024-05-07').filter((e) => e.type === 'visit')
    expect(visits).toHaveLength(2)
    const [headline, body] = visits
    expect(text.slice(headline.span.start, headline.span.end)).toBe('Ruto arrives in Addis Ababa')
    expect(body.repeatOf ?? null).toBeNull()
    expect(headline.repeatOf).toEqual(body.span)
    expect(headline.actors).toEqual([key.ruto, 'country:KE'])
    expect(headline.when).toEqual(body.when)
    expect(headline.status).toBe('occurred')
  })

  it('reads a headline\'s bare "to" as a plan and its present tense as done', () => {
    const body = '\n\nThe two leaders spoke to reporters in Addis Ababa on Tuesday.'
    const status = (headline: string, type: string) =>
      eventsOf(headline + body, KE_ET, '2024-05-08')
        .filter((e) => e.type === type && e.span.start < headline.length)
        .map((e) => e.status)
    expect(status('Ruto to meet Abiy in Addis Ababa', 'meeting')).toEqual(['planned'])
    expect(status('Kenya, Ethiopia to hold talks on border trade', 'talks')).toEqual(['planned'])
    expect(status('Ruto and Abiy hold bilateral meeting in Addis Ababa', 'meeting')).toEqual(['occurred'])
    expect(status('Ruto meets Abiy in Addis Ababa', 'meeting')).toEqual(['occurred'])
  })

  it('gives one repeat for a headline printed twice, at the copy nearest the body', () => {
    const title = 'Kenya, Ethiopia sign 6 agreements worth $2 billion'
    const text = `${title}\n\nKenya and Ethiopia signed six agreements worth $2 billion on Tuesday, officials said.\nPage 2\n\n${title}\n\nThe deals cover roads and power.`
    const deals = eventsOf(text, KE_ET, '2024-05-08').filter((e) => e.type === 'agreement')
    expect(deals).toHaveLength(2)
    const repeat = deals.find((e) => e.repeatOf)!
    expect(repeat.span.start).toBe(text.lastIndexOf(title))
    expect(repeat.repeatOf).toEqual(deals.find((e) => !e.repeatOf)!.span)
    expect(repeat.when?.start).toBe('2024-05-07')
  })

  it('drops a headline that names the event only as the setting of its news', () => {
    const text =
      'Lula and Fernández vow closer ties during talks in Buenos Aires\n\nPresident Lula held talks with President Alberto Fernández in Buenos Aires on Monday, the presidency said.'
    const talks = eventsOf(text, BR_AR, '2023-01-24').filter((e) => e.type === 'talks')
    expect(talks).toHaveLength(1)
    expect(talks[0].repeatOf ?? null).toBeNull()
  })

  it('drops a section heading over several meetings: it restates none of them in particular', () => {
    const heading = 'Kishida meets Manalo, Teodoro'
    const saturday = 'On Saturday, Fumio Kishida met with Foreign Secretary Enrique Manalo in Manila.'
    const sunday = 'On Sunday, Fumio Kishida met with Defence Secretary Gilberto Teodoro in Davao.'
    const meetings = (text: string) => eventsOf(text, JP_PH, '2024-03-11').filter((e) => e.type === 'meeting')
    // Over one meeting, the heading restates it ...
    const one = meetings([heading, '', saturday].join('\n'))
    expect(one.map((m) => Boolean(m.repeatOf))).toEqual([true, false])
    // ... over two, neither in particular.
    const two = meetings([heading, '', saturday, sunday].join('\n'))
    expect(two).toHaveLength(2)
    expect(two.every((m) => !m.repeatOf)).toBe(true)
  })

  it('keeps a later mention of a named summit as a repeat of the first, dated like it', () => {
    const text = 'Fumio Kishida attended the G20 Summit in Osaka on June 28. Later, Kishida attended the G20 Summit dinner.'
    const [main, repeat] = eventsOf(text, JP_PH, '2023-07-01').filter((e) => e.type === 'summit')
    expect(main.repeatOf ?? null).toBeNull()
    expect(repeat.repeatOf).toEqual(main.span)
    expect(repeat.when).toEqual(main.when)
    expect(main.when?.start).toBe('2023-06-28')
  })
})

describe('visit restatements in the body', () => {
  const text = ['Prime Minister Abiy Ahmed will pay a state visit to Kenya on June 3-4.', 'This will be Abiy Ahmed’s third visit to Kenya.'].join(' ')
  const visitsWith = (repeats: Refiner<EventDraft>) => {
    const ctx = contextFor(text, KE_ET, '2024-05-30')
    const refiners = EVENT_REFINERS.map((r) => (r === visitRepeats ? repeats : r))
    return recognize<EventDraft>(ctx, EVENT_RECOGNIZERS, refiners).filter((d) => d.type === 'visit')
  }

  it('are kept as repeats of the dated visit by default, dated and with its status', () => {
    const visits = eventsOf(text, KE_ET, '2024-05-30')
      .filter((e) => e.type === 'visit')
      .sort((a, b) => a.span.start - b.span.start)
    expect(visits).toHaveLength(2)
    expect(visits[0].status).toBe('planned')
    expect(visits[0].when).toMatchObject({ start: '2024-06-03', end: '2024-06-04' })
    expect(visits[1].repeatOf).toEqual(visits[0].span)
    expect(visits[1].when).toEqual(visits[0].when)
  })

  it('are kept as repeats when they name the destination, with namesDestination', () => {
    const visits = visitsWith(visitRepeatsWith(namesDestination)).sort((a, b) => a.span.start - b.span.start)
    expect(visits).toHaveLength(2)
    const [main, third] = visits
    expect(text.slice(third.span.start, third.span.end)).toBe('This will be Abiy Ahmed’s third visit to Kenya.')
    expect(third.repeatOf).toBe(main)
    expect(third.when).toEqual(main.when)
    expect(third.status).toBe('planned')
  })

  it('namesDestination tells "third visit to Kenya" from a bare reference back', () => {
    const named = 'This will be Abiy Ahmed’s third visit to Kenya.'
    const bare = 'Abiy Ahmed’s trip is a reciprocal visit, officials in Kenya said.'
    const draftOf = (t: string, word: string) => {
      const at = t.indexOf(word)
      return { type: 'visit', sentence: 0, host: 'country:KE', trigger: { start: at, end: at + word.length } } as EventDraft
    }
    expect(namesDestination(contextFor(named, KE_ET), draftOf(named, 'visit'))).toBe(true)
    expect(namesDestination(contextFor(bare, KE_ET), draftOf(bare, 'trip'))).toBe(false)
  })
})
