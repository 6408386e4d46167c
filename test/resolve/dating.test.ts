import { describe, expect, it } from 'vitest'
import type { EventMention, EventType, Published, TimeInterval, TimeMention } from '../../src/model/types.js'
import { processDocument } from '../../src/pipeline/run.js'
import { canLend, crossDate, isCrossDated, needsDating, sameOccasion, type DatingDocument } from '../../src/resolve/dating.js'
import { resolveEntities } from '../../src/resolve/entities.js'

let n = 0
function ev(type: EventType, actors: string[], when: TimeInterval | null, more: Partial<EventMention> = {}): EventMention {
  n++
  const start = n * 100
  return {
    kind: 'event',
    type,
    cameo: '042',
    plover: 'CONSULT',
    actors,
    host: null,
    place: null,
    when,
    status: 'occurred',
    count: null,
    span: { start, end: start + 80 },
    trigger: { start, end: start + 5 },
    ruleId: 'test',
    ...more,
  }
}
const day = (d: string): TimeInterval => ({ start: d, end: d, granularity: 'day' })
const stated = (d: string): Published => ({ start: d, end: d, basis: 'stated' })
const time = (text: string, start: number, value: TimeInterval | null, ruleId = 'time:weekday'): TimeMention => ({
  kind: 'time',
  span: { start, end: start + text.length },
  text,
  value,
  ruleId,
})
const doc = (id: string, published: Published | null, events: EventMention[], times: TimeMention[] = []): DatingDocument => ({ id, published, events, times })

describe('crossDate: which documents borrow and lend', () => {
  it('lets undated and year-less documents borrow, and stated or narrow year-dated ones lend', () => {
    expect(needsDating(doc('a', null, []))).toBe(true)
    expect(needsDating(doc('a', stated('2021-05-04'), []))).toBe(false)
    const coarse = doc(
      'a',
      { start: '2021-01-01', end: '2021-01-07', basis: 'inferred' },
      [],
      [time('2020', 5, { start: '2020-01-01', end: '2020-12-31', granularity: 'year' }, 'time:year')],
    )
    expect(needsDating(coarse)).toBe(true)
    expect(canLend(coarse)).toBe(false)
    const fine = doc('b', { start: '2021-03-04', end: '2021-03-10', basis: 'inferred' }, [], [time('4 March 2021', 5, day('2021-03-04'), 'time:day-month')])
    expect(needsDating(fine)).toBe(false)
    expect(canLend(fine)).toBe(true)
    expect(canLend({ ...fine, borrowed: true })).toBe(false)
  })

  it('treats shared persons, or one person at the same host, as the same occasion, and a lone shared person as not', () => {
    expect(
      sameOccasion(ev('talks', ['person:ana lopez', 'person:ben okoro'], null), ev('talks', ['person:ben okoro', 'person:ana lopez'], day('2021-05-04'))),
    ).toBe(true)
    expect(
      sameOccasion(
        ev('visit', ['person:ana lopez'], null, { host: 'country:KE' }),
        ev('visit', ['person:ana lopez'], day('2021-05-04'), { host: 'country:KE' }),
      ),
    ).toBe(true)
    expect(
      sameOccasion(
        ev('visit', ['person:ana lopez'], null, { host: 'country:KE' }),
        ev('visit', ['person:ana lopez'], day('2021-05-04'), { host: 'country:TZ' }),
      ),
    ).toBe(false)
    expect(
      sameOccasion(ev('meeting', ['person:ana lopez', 'person:carl berg'], null), ev('meeting', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'))),
    ).toBe(false)
    // Talks in one report, a meeting in another: one sitting (a visit is another kind of occasion).
    expect(
      sameOccasion(ev('talks', ['person:ana lopez', 'person:ben okoro'], null), ev('meeting', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'))),
    ).toBe(true)
    expect(
      sameOccasion(ev('visit', ['person:ana lopez', 'person:ben okoro'], null), ev('meeting', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'))),
    ).toBe(false)
    expect(
      sameOccasion(
        ev('meeting', ['person:ana lopez', 'person:ben okoro'], null, { place: 'place:nairobi' }),
        ev('meeting', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'), { place: 'place:arusha' }),
      ),
    ).toBe(false)
    expect(sameOccasion(ev('agreement', ['country:KE', 'country:TZ'], null), ev('agreement', ['country:KE', 'country:TZ'], day('2021-05-04')))).toBe(false)
  })
})

describe('crossDate: the borrowed window', () => {
  it('puts a preview of a dated meeting in the week before it', () => {
    const preview = doc('a', null, [ev('meeting', ['person:ana lopez', 'person:ben okoro'], null, { status: 'planned' })])
    const report = doc('b', stated('2021-05-05'), [ev('meeting', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'))])
    const hint = crossDate([report, preview]).get('a')
    expect(hint).toMatchObject({ companion: 'b', reference: '2021-05-04', published: { start: '2021-04-27', end: '2021-05-04', basis: 'inferred' } })
    expect(hint!.reasoning).toContain('announced here')
    expect(crossDate([report, preview]).has('b')).toBe(false)
  })

  it('lends the date a plan was made (not its own) to another report of the plan only, never to a report of the sitting', () => {
    const plan = () => ev('meeting', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'), { status: 'planned', whenBasis: 'embedding' })
    const announcer = doc('b', stated('2021-05-04'), [plan()])
    const sitting = doc('a', null, [ev('meeting', ['person:ana lopez', 'person:ben okoro'], null)])
    expect(crossDate([announcer, sitting]).has('a')).toBe(false)
    const otherReport = doc('c', null, [ev('meeting', ['person:ana lopez', 'person:ben okoro'], null, { status: 'planned' })])
    expect(crossDate([announcer, otherReport]).get('c')).toMatchObject({ companion: 'b' })
  })

  it('puts a report that names a weekday after that weekday next to the companion date', () => {
    const visit = ev('visit', ['person:ana lopez'], null, { host: 'country:KE' })
    // 2021-05-03 is a Monday; the companion dates the visit to Tuesday 2021-05-04.
    const report = doc('a', null, [visit], [time('Monday evening', visit.span.start + 10, null)])
    const other = doc('b', stated('2021-05-04'), [ev('visit', ['person:ana lopez'], day('2021-05-04'), { host: 'country:KE' })])
    expect(crossDate([report, other]).get('a')).toMatchObject({ reference: '2021-05-09', published: { start: '2021-05-03', end: '2021-05-09' } })
  })

  it('borrows nothing when the weekday named cannot fall on the companion dates', () => {
    const visit = ev('visit', ['person:ana lopez'], null, { host: 'country:KE' })
    const report = doc('a', null, [visit], [time('Friday', visit.span.start + 10, null)])
    const other = doc('b', stated('2021-05-04'), [ev('visit', ['person:ana lopez'], day('2021-05-04'), { host: 'country:KE' })])
    expect(crossDate([report, other]).size).toBe(0)
  })

  it('never borrows from a document whose own date was borrowed, nor from one with a vague event date', () => {
    const talks = () => ev('talks', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'))
    const a = doc('a', null, [ev('talks', ['person:ana lopez', 'person:ben okoro'], null, { status: 'planned' })])
    const borrowed: DatingDocument = { ...doc('b', { start: '2021-05-04', end: '2021-05-10', basis: 'inferred' }, [talks()]), borrowed: true }
    expect(isCrossDated(borrowed)).toBe(true)
    expect(crossDate([a, borrowed]).size).toBe(0)
    const vague = doc('c', stated('2021-06-01'), [
      ev('talks', ['person:ana lopez', 'person:ben okoro'], { start: '2021-05-01', end: '2021-05-31', granularity: 'month' }),
    ])
    expect(crossDate([a, vague]).size).toBe(0)
  })

  it('borrows nothing when two companions put the occasion months apart, and is independent of input order', () => {
    const a = doc('a', null, [ev('talks', ['person:ana lopez', 'person:ben okoro'], null)])
    const b = doc('b', stated('2021-05-04'), [ev('talks', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'))])
    const c = doc('c', stated('2021-09-14'), [ev('talks', ['person:ana lopez', 'person:ben okoro'], day('2021-09-14'))])
    expect(crossDate([a, b, c]).size).toBe(0)
    const d = doc('d', stated('2021-05-05'), [ev('talks', ['person:ana lopez', 'person:ben okoro'], day('2021-05-05'))])
    expect(crossDate([d, a, b]).get('a')).toEqual(crossDate([a, b, d]).get('a'))
  })

  it('keeps a companion date that would end before what the document itself reports as done', () => {
    const a = doc('a', { start: '2023-01-01', end: '2023-01-07', basis: 'inferred' }, [ev('talks', ['person:ana lopez', 'person:ben okoro'], null)])
    const b = doc('b', stated('2021-05-04'), [ev('talks', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'))])
    expect(crossDate([a, b]).size).toBe(0)
  })
})

describe('crossDate: acts of strain', () => {
  const summons = (when: TimeInterval | null, from = 'country:KE', to = 'country:TZ') =>
    ev('protest', [from, to], when, { cameo: '111', sourceActors: [from], targetActors: [to] })

  it('dates an undated report of a summons from another report of the same summons, read from the day after', () => {
    const a = doc('a', null, [summons(null)])
    const b = doc('b', stated('2022-03-09'), [summons(day('2022-03-09'))])
    expect(crossDate([a, b]).get('a')).toMatchObject({
      companion: 'b',
      reference: '2022-03-10',
      published: { start: '2022-03-09', end: '2022-03-15', basis: 'inferred' },
    })
  })

  it('borrows nothing when the text names a day and month far from the companion date', () => {
    const own = summons(null)
    const b = doc('b', stated('2022-08-07'), [summons(day('2022-08-07'))])
    // "on December 10" elsewhere in the text: it was not written in August.
    expect(crossDate([doc('a', null, [own], [time('December 10', 5000, null, 'time:day-month')]), b]).size).toBe(0)
    // A month named in the event's own words must be the companion's.
    expect(crossDate([doc('a', null, [own], [time('December 9', own.span.start + 20, null, 'time:day-month')]), b]).size).toBe(0)
    // A bare month may be last year's ("in October"): it does not stop the borrowing.
    expect(crossDate([doc('a', null, [own], [time('October', 5000, null, 'time:month')]), b]).size).toBe(1)
  })

  it('reads a day without its year across a window of titles as a day without its year', () => {
    const own = summons(null)
    const b = doc('b', stated('2022-08-07'), [summons(day('2022-08-07'))])
    // Dated only by the titles it gives people (2021-01 to 2025-01): "December 10" spans those years, and still rules out August.
    const titles: Published = { start: '2021-01-20', end: '2025-01-20', basis: 'inferred' }
    const december = time('December 10', 5000, { start: '2021-12-10', end: '2024-12-10', granularity: 'range' }, 'time:day-month')
    expect(crossDate([doc('a', titles, [own], [december]), b]).size).toBe(0)
    expect(crossDate([doc('a', titles, [own]), b]).get('a')?.published.start).toBe('2022-08-07')
  })

  it('matches only the same act in the same direction, and lends nothing to a text with a date of its own', () => {
    const b = doc('b', stated('2022-03-09'), [summons(day('2022-03-09'))])
    expect(crossDate([doc('a', null, [summons(null, 'country:TZ', 'country:KE')]), b]).size).toBe(0)
    const expelled = ev('expulsion', ['country:KE', 'country:TZ'], null, { cameo: '174', sourceActors: ['country:KE'], targetActors: ['country:TZ'] })
    expect(crossDate([doc('a', null, [expelled]), b]).size).toBe(0)
    const windowed = doc('a', { start: '2022-01-01', end: '2022-12-31', basis: 'inferred' }, [summons(null)])
    expect(crossDate([windowed, b]).size).toBe(0)
  })
})

describe('crossDate through the pipeline', () => {
  const preview = [
    'Kenyan President William Ruto will arrive in Dar es Salaam on Thursday for a two-day state visit.',
    'Ruto and Tanzanian President Samia Suluhu Hassan will hold talks on trade and energy.',
    'Officials said on Tuesday that several agreements were being prepared.',
  ].join('\n')
  const report = [
    'Dar es Salaam, 12 March 2026',
    'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks in Dar es Salaam on 12 March 2026.',
    'The two leaders discussed trade and energy.',
  ].join('\n')

  it('dates a preview from the report of the same talks and re-reads its weekdays', () => {
    const first = [
      { id: 'a', extraction: processDocument({ docId: 'a', source: 'a.txt', text: preview }) },
      { id: 'b', extraction: processDocument({ docId: 'b', source: 'b.txt', text: report }) },
    ]
    // No date of its own: only the presidents' terms bound it.
    expect(first[0].extraction.published).toMatchObject({ start: '2022-09-13', end: '2026-12-01', basis: 'inferred' })
    const resolution = resolveEntities(first.map((d) => ({ doc: d.id, actors: d.extraction.actors })))
    const hints = crossDate(
      first.map((d) => ({
        id: d.id,
        published: d.extraction.published,
        times: d.extraction.times,
        events: d.extraction.events.map((e) => ({ ...e, actors: e.actors.map((k) => resolution.canonical(d.id, k)) })),
      })),
    )
    const hint = hints.get('a')
    expect(hint?.published).toEqual({ start: '2026-03-05', end: '2026-03-12', basis: 'inferred' })
    const again = processDocument({ docId: 'a', source: 'a.txt', text: preview, meta: { referenceHint: hint } })
    expect(again.published).toEqual(hint!.published)
    // 2026-03-12 is a Thursday: the announced Thursday is the day of the talks, the reported Tuesday the one before.
    expect(again.times.find((t) => t.text === 'Thursday')?.value).toMatchObject({ start: '2026-03-12' })
    expect(again.times.find((t) => t.text === 'Tuesday')?.value).toMatchObject({ start: '2026-03-10' })
    const dating = again.diagnostics.find((d) => d.ruleId === 'time:dating')
    expect(dating?.reason).toMatch(/^cross-document:/)
  })
})

describe('crossDate run again', () => {
  it('gives a re-dated document the same hint, since its borrowed date is not its own evidence', () => {
    const first = doc('a', null, [ev('talks', ['person:ana lopez', 'person:ben okoro'], null, { status: 'planned' })])
    const other = doc('b', stated('2021-05-05'), [ev('talks', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'))])
    const hint = crossDate([first, other]).get('a')!
    const again: DatingDocument = {
      ...doc('a', hint.published, [ev('talks', ['person:ana lopez', 'person:ben okoro'], day('2021-05-04'), { status: 'planned' })]),
      borrowed: true,
    }
    expect(crossDate([again, other]).get('a')).toEqual(hint)
  })
})

describe('crossDate: a year lent by the documents of the pair', () => {
  const yearless =
    'Kenyan President William Ruto returned to Nairobi on Jan. 5 from a three-day state visit to Tanzania.\nThe two sides signed four agreements.'
  const dated = 'Nairobi, 7 August 2023\nKenya and Tanzania reopened the Namanga border post on Monday.'
  const run = (id: string, text: string, hint?: ReturnType<typeof crossDate> extends Map<string, infer H> ? H : never) =>
    processDocument({ docId: id, source: `${id}.txt`, text, meta: hint ? { referenceHint: hint } : undefined })
  const dating = (id: string, text: string, pair: string | null) => {
    const x = run(id, text)
    return { id, published: x.published, times: x.times, events: x.events, pair }
  }

  it("reads an undated text's dates without a year in the year all the dated documents of its pair were written", () => {
    const docs = [dating('a', yearless, 'country:KE,country:TZ'), dating('b', dated, 'country:KE,country:TZ')]
    // The text states no year; its president's title puts it in his term, no finer.
    expect(docs[0].published).toMatchObject({ start: '2022-09-13', basis: 'inferred' })
    const hint = crossDate(docs).get('a')
    expect(hint?.year).toBe(2023)
    const again = run('a', yearless, hint)
    // Read in 2023, the text reports January 5 as done: it was written after it.
    expect(again.published).toMatchObject({ start: '2023-01-05', basis: 'inferred' })
    expect(again.times.find((t) => t.text.includes('Jan. 5'))?.value).toMatchObject({ start: '2023-01-05' })
    expect(again.diagnostics.find((d) => d.ruleId === 'time:dating')?.reason).toContain('written in 2023')
  })

  it('lends no year the titles of the text rule out', () => {
    // President Ruto took office in September 2022: documents of the pair all written in 2019 lend no year to him.
    const older = dating('c', 'Nairobi, 7 August 2019\nKenya and Tanzania signed a trade pact on Monday.', 'country:KE,country:TZ')
    expect(crossDate([dating('a', yearless, 'country:KE,country:TZ'), older]).has('a')).toBe(false)
  })

  it('lends nothing across pairs, from documents of several years, or to a text with no date of its own', () => {
    expect(crossDate([dating('a', yearless, 'country:KE,country:TZ'), dating('b', dated, 'country:KE,country:UG')]).has('a')).toBe(false)
    const older = dating('c', 'Nairobi, 7 August 2019\nKenya and Tanzania signed a trade pact on Monday.', 'country:KE,country:TZ')
    expect(crossDate([dating('a', yearless, 'country:KE,country:TZ'), dating('b', dated, 'country:KE,country:TZ'), older]).has('a')).toBe(false)
    // Several years, but the documents that name its person agree on one.
    const withRuto = dating(
      'e',
      'Nairobi, 9 January 2023\nKenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Sunday.',
      'country:KE,country:TZ',
    )
    expect(crossDate([dating('a', yearless, 'country:KE,country:TZ'), withRuto, older]).get('a')?.year).toBe(2023)
    const weekdaysOnly = dating('d', 'Ruto returned to Nairobi on Thursday from Tanzania.', 'country:KE,country:TZ')
    expect(crossDate([weekdaysOnly, dating('b', dated, 'country:KE,country:TZ')]).has('d')).toBe(false)
  })
})
