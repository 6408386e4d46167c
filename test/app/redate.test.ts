import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import { redateInPlace, redatesInPlace, type DatedRow } from '../../src/app/redate.js'
import type { Extraction, ReferenceHint, SourceDocument } from '../../src/model/types.js'
import { windowFiguresApart } from '../../src/indicators/refiners/dedupe.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import type { Store } from '../../src/store/index.js'
import { writeDocument } from '../../src/store/write-document.js'
import { snapshot } from '../store/helpers/snapshot.js'
import { freshStores, STORE_TARGETS } from '../store/helpers/stores.js'

// An undated preview: its window runs from a week before the visit it
// announces to the visit's first day (the reference). It has a strain act
// no clause dates (dated by the article), a future weekday (read from the
// window's first day) and a count of meetings with no period phrase (dated
// by the window).
const TEXT = [
  'Kenya summoned the Ghanaian ambassador over remarks by a minister in Accra.',
  'Ghanaian President John Mahama will visit Nairobi from March 12 to 14, the foreign ministry in Accra said.',
  'Mahama and Kenyan President William Ruto will hold talks on Thursday.',
  'Ghana has not accused Kenya of blocking its exports.',
  'The two countries have held 12 meetings of their joint commission.',
  'Trade between the two countries reached $1.2 billion in 2024, up from 2023.',
].join(' ')

const ID = 'dredatefixture'
const read = (hint: ReferenceHint | null): Extraction =>
  processDocument({ docId: ID, source: 'preview.txt', text: TEXT, meta: hint ? { referenceHint: hint } : {} })

const own = read(null)
const reference = own.published!.end
const hintFrom = (start: string, end: string): ReferenceHint => ({
  reference,
  published: { start, end, basis: 'inferred' },
  reasoning: 'a companion reports the visit (test)',
})

async function stored(store: Store, x: Extraction, hint: ReferenceHint | null): Promise<DatedRow> {
  await store.db.transaction().execute((trx) =>
    writeDocument(trx, {
      document: {
        id: ID,
        source: 'preview.txt',
        url: null,
        title: null,
        text: TEXT,
        hash: 'h',
        published: x.published,
        language: x.language,
        diagnostics: x.diagnostics,
      },
      extraction: x,
      pair: 'country:GH,country:KE',
      ingestedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
      replaces: null,
      referenceHint: hint,
    }),
  )
  return store.db
    .selectFrom('documents')
    .select(['id', 'published_start', 'published_end', 'published_basis', 'reference_hint', 'window_facts'])
    .executeTakeFirstOrThrow()
}

// A dated report of a visit, and an undated preview of it: the preview's own
// window runs from a pact it reports as signed to the visit's first day; the
// report narrows it to the week before the visit, with the same reference day.
const REPORT =
  'NAIROBI, March 10, 2025 - Ghanaian President John Mahama will visit Nairobi from March 12 to 14 for talks with Kenyan President William Ruto, the Kenyan presidency said.'
const PREVIEW = [
  'Ghanaian President John Mahama will visit Nairobi from March 12 to 14 for talks with Kenyan President William Ruto, the foreign ministry in Accra said.',
  'Kenya and Ghana signed a trade pact on February 20 in Accra.',
  'Kenya summoned the Ghanaian ambassador over remarks by a minister.',
  'The two countries have held 12 meetings of their joint commission.',
  'Trade between the two countries reached $1.2 billion in 2024.',
].join(' ')
const pairOfTexts = (): { ok: true; doc: SourceDocument }[] =>
  [REPORT, PREVIEW].map((text, i) => ({ ok: true as const, doc: { source: `visit-${i}.txt`, text, meta: {}, diagnostics: [] } }))

describe('the facts a run keeps about its window', () => {
  it('name the first days that keep every time mention, and which records the window dates', () => {
    expect(own.published).toMatchObject({ basis: 'inferred' })
    const facts = own.windowFacts!
    expect(facts.figuresApart).toBe(true)
    // "on Thursday", still to come, is the first Thursday after the window's first day: only days of the week before it keep it.
    const thursday = own.times.find((t) => t.text === 'Thursday')!
    expect(facts.firstDays).toHaveLength(1)
    const [from, to] = facts.firstDays[0]
    expect(to).toBe(own.published!.start)
    expect(Date.parse(thursday.value!.start) - Date.parse(from)).toBe(7 * 86_400_000)
    expect(own.events.some((e) => e.whenBasis === 'article')).toBe(true)
    expect(own.indicators.filter((i) => i.periodBasis === 'window').map((i) => i.indicator)).toEqual(['mechanism_meetings'])
  })

  it('tell when dropping repeated figures could depend on the window', () => {
    const counted = own.indicators.find((i) => i.periodBasis === 'window')!
    const stated = { ...counted, periodBasis: undefined, period: { as_of: '2025-03-01' }, span: { start: 0, end: 2 } }
    expect(windowFiguresApart([counted])).toBe(true)
    // The same count stated with a day: had the window been that day, only one of the two would be kept.
    expect(windowFiguresApart([counted, stated])).toBe(false)
    expect(windowFiguresApart([counted, { ...stated, value: counted.value + 1 }])).toBe(true)
  })

  it('are none for a stated date', () => {
    const x = processDocument({ docId: 'dstated', source: 's.txt', text: `NAIROBI, March 5, 2025 - ${TEXT}` })
    expect(x.published?.basis).toBe('stated')
    expect(x.windowFacts).toBeNull()
  })
})

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`re-dating a stored document in place (${target.name})`, () => {
    const { fresh, closeAll } = freshStores(target)
    let inPlace: Store
    let again: Store
    beforeAll(async () => {
      inPlace = await fresh()
      again = await fresh()
    })
    afterAll(closeAll)

    it('gives the store a second run with the borrowed window gives', async () => {
      // A first day the facts allow, other than the window's own, and a later last day: the reference stays.
      const first = own.windowFacts!.firstDays[0][0]
      const hint = hintFrom(first, '2025-03-15')
      const borrowed = read(hint)
      // The borrowed window moves records: an event dated by the article, the period of the count of meetings.
      const protest = (x: Extraction) => x.events.find((e) => e.whenBasis === 'article')!.when
      const meetings = (x: Extraction) => x.indicators.find((i) => i.periodBasis === 'window')!.period
      expect(protest(borrowed)).not.toEqual(protest(own))
      expect(meetings(borrowed)).not.toEqual(meetings(own))
      expect(borrowed.times).toEqual(own.times)

      const row = await stored(inPlace, own, null)
      expect(redatesInPlace(row, hint)).toBe(true)
      await inPlace.db.transaction().execute((trx) => redateInPlace(trx, row, hint))
      await stored(again, borrowed, hint)
      const [a, b] = [await snapshot(inPlace.db), await snapshot(again.db)]
      for (const table of Object.keys(b)) expect(a[table], table).toEqual(b[table])
    })

    it('dates a preview by its companion with one run per document, as a second run of the preview would', async () => {
      const runs: string[] = []
      const counted = (input: ProcessInput) => {
        runs.push(input.source)
        return processDocument(input)
      }
      const redated = await fresh()
      await ingestItems(redated, pairOfTexts(), { process: counted, now: () => '2026-01-01T00:00:00.000Z' })
      expect(runs.sort()).toEqual(['visit-0.txt', 'visit-1.txt'])
      const preview = await redated.db.selectFrom('documents').selectAll().where('source', '=', 'visit-1.txt').executeTakeFirstOrThrow()
      expect(preview.reference_hint).not.toBeNull()
      expect([preview.published_start, preview.published_end]).toEqual(['2025-03-05', '2025-03-12'])
      // Without the facts kept, the preview runs again with the borrowed window.
      const rerun = await fresh()
      const forgetful = (input: ProcessInput) => {
        runs.push(input.source)
        const x = processDocument(input)
        return input.meta?.referenceHint ? x : { ...x, windowFacts: null }
      }
      runs.length = 0
      await ingestItems(rerun, pairOfTexts(), { process: forgetful, now: () => '2026-01-01T00:00:00.000Z' })
      expect(runs.sort()).toEqual(['visit-0.txt', 'visit-1.txt', 'visit-1.txt'])
      // The same store (the search index numbers its rows as they are written).
      const numbered = (snap: Record<string, string[]>): Record<string, string[]> => ({
        ...snap,
        search_index: snap.search_index.map((r) => r.replace(/\["id",\d+\],/, '')).sort(),
      })
      const [a, b] = [numbered(await snapshot(redated.db)), numbered(await snapshot(rerun.db))]
      for (const table of Object.keys(b)) expect(a[table], table).toEqual(b[table])
    })

    it('leaves a document to run again when the first day would change a time mention', async () => {
      // From the day of "Thursday" on, the weekday still to come is a week later.
      const thursday = own.times.find((t) => t.text === 'Thursday')!.value!.start
      const hint = hintFrom(thursday, reference)
      expect(read(hint).times).not.toEqual(own.times)
      const store = await fresh()
      expect(redatesInPlace(await stored(store, own, null), hint)).toBe(false)
      // A different reference day, a year lent, or a store written before the facts were kept: the same.
      const row = await store.db
        .selectFrom('documents')
        .select(['id', 'published_start', 'published_end', 'published_basis', 'reference_hint', 'window_facts'])
        .executeTakeFirstOrThrow()
      const allowed = hintFrom(own.windowFacts!.firstDays[0][0], reference)
      expect(redatesInPlace(row, allowed)).toBe(true)
      expect(redatesInPlace(row, { ...allowed, reference: '2025-03-13' })).toBe(false)
      expect(redatesInPlace(row, { ...allowed, year: 2025 })).toBe(false)
      expect(redatesInPlace({ ...row, window_facts: null }, allowed)).toBe(false)
    })
  })
}
