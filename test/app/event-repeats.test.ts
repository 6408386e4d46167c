import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportJsonFromStore } from '../../src/app/export/export-json-from-store.js'
import { ingestPaths } from '../../src/app/ingest.js'
import { timeline } from '../../src/app/read/index.js'
import { openStore } from '../../src/store/index.js'
import { contentHash, documentId } from '../../src/util/ids.js'

// Two reports of one visit; the first restates it in its headline.
const HEADLINED = [
  'Ruto arrives in Addis Ababa for state visit',
  '',
  'Addis Ababa, 6 May 2024. Kenyan President William Ruto arrived in Ethiopia on Monday for a two-day state visit, his office said.',
  'Ruto and Ethiopian Prime Minister Abiy Ahmed are expected to discuss trade and security along the border.',
  '',
].join('\n')
const LATER = 'Nairobi, 9 May 2024. Kenyan President William Ruto paid a state visit to Ethiopia on May 6-7, the foreign ministry said on Thursday.\n'

describe('a repeated mention of an event, through ingest and export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-repeats-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const folder = join(dir, 'docs')
  mkdirSync(folder)
  writeFileSync(join(folder, 'a-headlined.txt'), HEADLINED)
  writeFileSync(join(folder, 'b-later.txt'), LATER)

  it('stores the headline and the body as two records, the headline marked, both in the cluster of the visit', async () => {
    const store = await openStore(join(dir, 'store.db'))
    await ingestPaths(store, [folder])
    const visits = await store.db.selectFrom('events').selectAll().where('type', '=', 'visit').orderBy('span_start').execute()
    const docA = documentId(contentHash(HEADLINED))
    const [headline, body] = visits.filter((v) => v.doc === docA)
    expect(visits.filter((v) => v.doc === docA)).toHaveLength(2)
    expect(HEADLINED.slice(headline.span_start, headline.span_end)).toBe('Ruto arrives in Addis Ababa for state visit')
    expect([headline.repeat_start, headline.repeat_end]).toEqual([body.span_start, body.span_end])
    expect([body.repeat_start, body.repeat_end]).toEqual([null, null])
    expect(headline.when_start).toBe(body.when_start)
    // One real event: the headline, the body and the other report share a cluster.
    expect(visits).toHaveLength(3)
    expect(new Set(visits.map((v) => v.cluster)).size).toBe(1)
    expect(visits[0].cluster).not.toBeNull()

    // The timeline shows the visit once, told by a main mention.
    const { items: entries } = await timeline(store.db, { type: 'visit' })
    expect(entries).toHaveLength(1)
    expect(entries[0].mentions).toBe(3)
    expect(entries[0].evidence).not.toContain('arrives in Addis Ababa')

    // The export carries the repeat mark and the shared cluster as stored.
    const stored = await exportJsonFromStore(store.db)
    await store.close()
    const exported = stored.events.filter((e) => e.type === 'visit')
    expect(exported).toHaveLength(3)
    expect(new Set(exported.map((e) => e.cluster))).toEqual(new Set([visits[0].cluster]))
    const repeats = stored.events.filter((e) => e.repeat_of)
    expect(repeats).toHaveLength(1)
    expect(repeats[0].repeat_of).toEqual({ start: body.span_start, end: body.span_end })
    expect(repeats[0].span).toEqual({ start: headline.span_start, end: headline.span_end })
  })
})
