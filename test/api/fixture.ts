// A small, fully known store for the API tests: three articles written for
// these tests (two about one pair, one about another) whose extractions are
// built by hand, so every count and id the tests check is known. The real
// pipeline is swapped out through the ingest service's `process` option.
import { ingestItems } from '../../src/app/ingest.js'
import type { Entity, EntityMention, EventMention, Extraction, IndicatorMention, Span, TimeMention } from '../../src/model/types.js'
import type { ProcessInput } from '../../src/pipeline/run.js'
import { openStore, type Store } from '../../src/store/index.js'

export const TEXT_A =
  'Kenyan President Amina Wanjiru met Tanzanian President Joseph Mrema in Arusha on 3 March 2023. ' +
  'Trade between Kenya and Tanzania reached 1.2 billion US dollars in 2022, the Kenyan trade ministry said.'
export const TEXT_B =
  'The two presidents, Amina Wanjiru and Joseph Mrema, met in Arusha on March 3, 2023. ' +
  'Trade between Kenya and Tanzania stood at 1.5 billion dollars in 2022. ' +
  'Mrema will visit Nairobi in June 2023.'
export const TEXT_C = 'France and Germany held talks in Paris on 12 May 2024, the French foreign ministry said.'

/** The span of the n-th occurrence of `phrase` in `text`. */
export function spanOf(text: string, phrase: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1)
  if (at < 0) throw new Error(`fixture: "${phrase}" not in text`)
  return { start: at, end: at + phrase.length }
}

function mention(text: string, phrase: string, key: string, type: EntityMention['type'], name: string, country: string | null): EntityMention {
  return { kind: 'entity', span: spanOf(text, phrase), text: phrase, type, key, name, country, ruleId: 'test' }
}

function actor(key: string, name: string, type: Entity['type'], country: string | null, aliases: string[], roles: Entity['roles'] = []): Entity {
  return { key, name, type, country, aliases, roles }
}

const day = (d: string) => ({ start: d, end: d, granularity: 'day' as const })
const year = (y: string) => ({ start: `${y}-01-01`, end: `${y}-12-31` })

function extraction(parts: Partial<Extraction>): Extraction {
  return { published: null, language: 'en', sentences: [], times: [], entities: [], actors: [], events: [], indicators: [], diagnostics: [], ...parts }
}

function event(text: string, sentence: string, trigger: string, e: Partial<EventMention>): EventMention {
  return {
    kind: 'event',
    type: 'meeting',
    cameo: '043',
    plover: 'CONSULT',
    actors: [],
    when: null,
    status: 'occurred',
    count: null,
    span: spanOf(text, sentence),
    trigger: spanOf(text, trigger),
    ruleId: 'test',
    ...e,
  }
}

function figure(text: string, sentence: string, i: Partial<IndicatorMention>): IndicatorMention {
  return {
    kind: 'indicator',
    indicator: 'trade_turnover',
    subject: 'country:KE',
    counterpart: 'country:TZ',
    scope: null,
    value: 0,
    unit: 'USD',
    bound: 'exact',
    period: null,
    source: null,
    span: spanOf(text, sentence),
    ruleId: 'test',
    ...i,
  }
}

function time(text: string, phrase: string, value: TimeMention['value']): TimeMention {
  return { kind: 'time', span: spanOf(text, phrase), text: phrase, value, ruleId: 'test' }
}

const KENYA = (t: string, phrase: string) => mention(t, phrase, 'country:KE', 'country', 'Kenya', 'KE')
const TANZANIA = (t: string, phrase: string) => mention(t, phrase, 'country:TZ', 'country', 'Tanzania', 'TZ')

function extractA(t: string): Extraction {
  const role = (title: string, phrase: string) => ({ title, doc: '', span: spanOf(t, phrase), country: null, org: null, when: day('2023-03-03'), qualifier: 'current' as const })
  return extraction({
    published: { start: '2023-03-04', end: '2023-03-04', basis: 'stated' },
    times: [time(t, '3 March 2023', day('2023-03-03')), time(t, '2022', { ...year('2022'), granularity: 'year' })],
    entities: [
      KENYA(t, 'Kenyan'),
      mention(t, 'Amina Wanjiru', 'person:amina wanjiru', 'person', 'Amina Wanjiru', 'KE'),
      TANZANIA(t, 'Tanzanian'),
      mention(t, 'Joseph Mrema', 'person:joseph mrema', 'person', 'Joseph Mrema', 'TZ'),
      mention(t, 'Arusha', 'place:arusha', 'place', 'Arusha', 'TZ'),
      KENYA(t, 'Kenya'),
      TANZANIA(t, 'Tanzania'),
    ],
    actors: [
      actor('country:KE', 'Kenya', 'country', 'KE', ['Kenya', 'Kenyan']),
      actor('country:TZ', 'Tanzania', 'country', 'TZ', ['Tanzania', 'Tanzanian']),
      actor('person:amina wanjiru', 'Amina Wanjiru', 'person', 'KE', ['Amina Wanjiru'], [role('President', 'Kenyan President')]),
      actor('person:joseph mrema', 'Joseph Mrema', 'person', 'TZ', ['Joseph Mrema'], [role('President', 'Tanzanian President')]),
      actor('place:arusha', 'Arusha', 'place', 'TZ', ['Arusha']),
    ],
    events: [
      event(t, 'Kenyan President Amina Wanjiru met Tanzanian President Joseph Mrema in Arusha on 3 March 2023.', 'met', {
        actors: ['person:amina wanjiru', 'person:joseph mrema'],
        place: 'place:arusha',
        when: day('2023-03-03'),
      }),
    ],
    indicators: [figure(t, 'Trade between Kenya and Tanzania reached 1.2 billion US dollars in 2022', { value: 1.2e9, period: year('2022') })],
    diagnostics: [{ reason: 'a test note about the first sentence', ruleId: 'test:note', severity: 'info', span: spanOf(t, 'Kenyan') }],
  })
}

function extractB(t: string): Extraction {
  return extraction({
    published: { start: '2023-03-05', end: '2023-03-12', basis: 'inferred' },
    times: [time(t, 'March 3, 2023', day('2023-03-03')), time(t, 'June 2023', { start: '2023-06-01', end: '2023-06-30', granularity: 'month' })],
    entities: [
      mention(t, 'Amina Wanjiru', 'person:amina wanjiru', 'person', 'Amina Wanjiru', 'KE'),
      mention(t, 'Joseph Mrema', 'person:joseph mrema', 'person', 'Joseph Mrema', 'TZ'),
      mention(t, 'Arusha', 'place:arusha', 'place', 'Arusha', 'TZ'),
      KENYA(t, 'Kenya'),
      TANZANIA(t, 'Tanzania'),
      mention(t, 'Nairobi', 'place:nairobi', 'place', 'Nairobi', 'KE'),
    ],
    actors: [
      actor('country:KE', 'Kenya', 'country', 'KE', ['Kenya']),
      actor('country:TZ', 'Tanzania', 'country', 'TZ', ['Tanzania']),
      actor('person:amina wanjiru', 'Amina Wanjiru', 'person', 'KE', ['Amina Wanjiru']),
      actor('person:joseph mrema', 'Joseph Mrema', 'person', 'TZ', ['Joseph Mrema', 'Mrema']),
      actor('place:arusha', 'Arusha', 'place', 'TZ', ['Arusha']),
      actor('place:nairobi', 'Nairobi', 'place', 'KE', ['Nairobi']),
    ],
    events: [
      event(t, 'The two presidents, Amina Wanjiru and Joseph Mrema, met in Arusha on March 3, 2023.', 'met', {
        actors: ['person:amina wanjiru', 'person:joseph mrema'],
        place: 'place:arusha',
        when: day('2023-03-03'),
      }),
      event(t, 'Mrema will visit Nairobi in June 2023.', 'visit', {
        type: 'visit',
        cameo: '042',
        actors: ['person:joseph mrema'],
        host: 'country:KE',
        place: 'place:nairobi',
        when: { start: '2023-06-01', end: '2023-06-30', granularity: 'month' },
        status: 'planned',
      }),
    ],
    indicators: [figure(t, 'Trade between Kenya and Tanzania stood at 1.5 billion dollars in 2022', { value: 1.5e9, period: year('2022') })],
  })
}

function extractC(t: string): Extraction {
  return extraction({
    published: { start: '2024-05-13', end: '2024-05-13', basis: 'stated' },
    entities: [
      mention(t, 'France', 'country:FR', 'country', 'France', 'FR'),
      mention(t, 'Germany', 'country:DE', 'country', 'Germany', 'DE'),
      mention(t, 'Paris', 'place:paris', 'place', 'Paris', 'FR'),
    ],
    actors: [
      actor('country:FR', 'France', 'country', 'FR', ['France', 'French']),
      actor('country:DE', 'Germany', 'country', 'DE', ['Germany']),
      actor('place:paris', 'Paris', 'place', 'FR', ['Paris']),
    ],
    events: [
      event(t, 'France and Germany held talks in Paris on 12 May 2024', 'talks', {
        type: 'talks',
        cameo: '040',
        actors: ['country:FR', 'country:DE'],
        place: 'place:paris',
        when: day('2024-05-12'),
      }),
    ],
  })
}

const EXTRACT: Record<string, (t: string) => Extraction> = { [TEXT_A]: extractA, [TEXT_B]: extractB, [TEXT_C]: extractC }

/** The hand-made pipeline: known texts get their extraction, others nothing. */
export function fakeProcess(input: ProcessInput): Extraction {
  const x = (EXTRACT[input.text] ?? (() => extraction({})))(input.text)
  // roles name the document they were read from
  return { ...x, actors: x.actors.map((a) => ({ ...a, roles: a.roles.map((r) => ({ ...r, doc: input.docId })) })) }
}

/** Open a store (SQLite in memory unless a URL is given) holding the three articles. */
export async function knownStore(location = ':memory:'): Promise<Store> {
  const store = await openStore(location)
  const docs = [
    { source: 'test/kenya-tanzania-a.txt', text: TEXT_A, meta: { title: 'Presidents meet in Arusha', url: 'https://news.example/a' } },
    { source: 'test/kenya-tanzania-b.txt', text: TEXT_B, meta: { title: 'Talks in Arusha' } },
    { source: 'test/france-germany.txt', text: TEXT_C, meta: {} },
  ]
  await ingestItems(
    store,
    docs.map((doc) => ({ ok: true as const, doc: { ...doc, diagnostics: [] } })),
    { process: fakeProcess, now: () => '2024-06-01T00:00:00.000Z' },
  )
  return store
}
