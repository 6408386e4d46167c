import { afterAll, describe, expect, it } from 'vitest'
import { ingestItems, resolveIngested } from '../../src/app/ingest.js'
import type { Extraction, ReferenceHint, SourceDocument, WindowFacts } from '../../src/model/types.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import { snapshot } from '../store/helpers/snapshot.js'
import { freshStores, STORE_TARGETS } from '../store/helpers/stores.js'

// Two pairs, each with two reports dated in 2024 and one text that states
// no date: the titles it gives two leaders date it (a window of years), the
// dated facts it recalls are background from long before, and it names a
// day without its year. No companion reports its occasion, so the pair lends
// it a year (2024); a year it reads its dates in only as background, which
// leaves its date as its titles give it.
const TEXTS: Record<string, string> = {
  'ke-tz-undated.txt': [
    'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan spoke about the Namanga border crossing, their offices said.',
    'The crossing was rebuilt in 2009, when engineers finished the new bridge on Sept. 28.',
    'Ruto said the two countries would cut the time lorries wait at the border.',
  ].join('\n\n'),
  'ke-tz-power.txt':
    'NAIROBI, 14 May 2024 — Kenya and Tanzania signed an agreement on cross-border electricity trade, the Kenyan energy ministry said on Tuesday.\n\nThe deal lets Kenya buy up to 200 megawatts from the Tanzanian grid.',
  'ke-tz-customs.txt':
    'DAR ES SALAAM, 2 October 2024 — Tanzania and Kenya agreed on Wednesday to open a joint customs office at the Holili crossing, the Tanzanian foreign ministry said.\n\nTrade between the two countries reached 1.1 billion dollars in 2023.',
  'co-ec-undated.txt': [
    'Colombian President Gustavo Petro and Ecuadorian President Daniel Noboa discussed electricity exports and border security, according to a statement.',
    'Ecuador first bought power from Colombia in 2003, and the line reached full capacity on March 1 that year.',
    'Noboa thanked Petro for the help.',
  ].join('\n\n'),
  'co-ec-patrols.txt':
    'BOGOTA, 20 February 2024 — Colombia and Ecuador agreed to reinforce patrols along their shared border, the Colombian defence ministry said on Tuesday.',
  'co-ec-river.txt':
    'QUITO, 9 July 2024 — Ecuador and Colombia signed a memorandum on river transport on the San Miguel, the Ecuadorian foreign ministry said on Tuesday.',
}
const items = () =>
  Object.entries(TEXTS).map(([source, text]) => ({ ok: true as const, doc: { source, text, meta: {}, diagnostics: [] } satisfies SourceDocument }))

// The real pipeline, once per document and hint; each store below reuses its output.
const cache = new Map<string, Extraction>()
const cachedProcess = (input: ProcessInput) => {
  const key = `${input.docId}|${JSON.stringify(input.meta?.referenceHint ?? null)}`
  if (!cache.has(key)) cache.set(key, processDocument(input))
  return cache.get(key)!
}

const now = () => '2026-01-01T00:00:00.000Z'

/**
 * A table's rows as compared: the documents without their kept facts (the
 * re-run ones kept theirs again, the others' were cleared), the full-text
 * rows without their number (rows written again are numbered anew).
 */
function comparable(table: string, rows: string[]): string[] {
  if (table === 'documents') return rows.map((r) => r.replace(/,\["window_facts",.*\]\]$/, ']'))
  if (table === 'search_index') return rows.map((r) => r.replace(/\["id",\d+\],/, '')).sort()
  return rows
}

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`a year lent that leaves a date as it is (${target.name})`, () => {
    const { fresh, closeAll } = freshStores(target)
    afterAll(closeAll)

    it('runs the pipeline once per document and stores what running it again with the year gives', async () => {
      const runs: string[] = []
      const counted = (input: ProcessInput) => {
        runs.push(input.docId)
        return cachedProcess(input)
      }
      const once = await fresh()
      await ingestItems(once, items(), { process: counted, now })
      expect(runs).toHaveLength(6)
      expect(new Set(runs).size).toBe(6)
      const lent = await once.db
        .selectFrom('documents')
        .select(['source', 'reference_hint', 'window_facts', 'published_start', 'published_end'])
        .where('reference_hint', 'is not', null)
        .orderBy('source')
        .execute()
      expect(lent.map((d) => d.source)).toEqual(['co-ec-undated.txt', 'ke-tz-undated.txt'])
      for (const d of lent) {
        const hint = JSON.parse(d.reference_hint!) as ReferenceHint
        expect(hint.year).toBe(2024)
        expect((JSON.parse(d.window_facts!) as WindowFacts).yearsLentIdle).toContain(2024)
        // The date stays the one the titles give (Petro's term ends in 2026; Ruto's runs past the table's end).
        expect([d.published_start, d.published_end]).toEqual(d.source.startsWith('co') ? ['2023-11-23', '2026-08-07'] : ['2022-09-13', '2026-12-01'])
      }

      // The same ingest as rows written before the fact was kept: the two
      // are processed again with the year, and the store comes out the same.
      const again = await fresh()
      const stored = await ingestItems(again, items(), { process: cachedProcess, resolve: false, now })
      await again.db.updateTable('documents').set({ window_facts: null }).execute()
      const reruns: string[] = []
      await resolveIngested(again, stored.pending!, (input) => {
        reruns.push(input.meta?.referenceHint?.year === 2024 ? input.source : `unexpected ${input.source}`)
        return cachedProcess(input)
      })
      expect(reruns.sort()).toEqual(['co-ec-undated.txt', 'ke-tz-undated.txt'])
      const [a, b] = [await snapshot(once.db), await snapshot(again.db)]
      for (const table of Object.keys(a)) {
        expect(comparable(table, b[table]), table).toEqual(comparable(table, a[table]))
      }
    })
  })
}
