import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redateInPlace, redatesInPlace, type DatedRow } from '../../src/app/redate.js'
import type { Extraction, ReferenceHint } from '../../src/model/types.js'
import { processDocument } from '../../src/pipeline/run.js'
import { openStore, type Store } from '../../src/store/index.js'
import { writeDocument } from '../../src/store/write-document.js'
import { snapshot } from '../store/helpers/snapshot.js'
import { STORE_TARGETS } from '../store/helpers/stores.js'

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

  it('are none for a stated date', () => {
    const x = processDocument({ docId: 'dstated', source: 's.txt', text: `NAIROBI, March 5, 2025 - ${TEXT}` })
    expect(x.published?.basis).toBe('stated')
    expect(x.windowFacts).toBeNull()
  })
})

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`re-dating a stored document in place (${target.name})`, () => {
    const cleanups: (() => Promise<void>)[] = []
    const fresh = async () => {
      const where = await target.fresh()
      const store = await openStore(where.url)
      cleanups.push(async () => {
        await store.close()
        await where.cleanup()
      })
      return store
    }
    let inPlace: Store
    let again: Store
    beforeAll(async () => {
      inPlace = await fresh()
      again = await fresh()
    })
    afterAll(async () => {
      for (const c of cleanups) await c()
    })

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
