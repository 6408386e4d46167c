import { copyFileSync, cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportJsonFromStore } from '../../../src/app/export/export-json-from-store.js'
import { ingestPaths, type IngestOptions } from '../../../src/app/ingest.js'
import { openStore } from '../../../src/store/index.js'
import { snapshot } from './snapshot.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures/equivalence')

/**
 * Build a store from the equivalence fixtures as a user would: ingest the
 * articles folder (new documents, a copy of one, a French text refused, a
 * long digest), then ingest it again with one article revised (replaced).
 * Returns every table and the JSON export, as text with the temporary
 * folder written `<in>` (identical stores give identical text).
 */
export async function fixtureStoreText(options: Omit<IngestOptions, 'now'> = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-equivalence-'))
  const input = join(dir, 'in')
  cpSync(join(FIXTURES, 'articles'), input, { recursive: true })
  const store = await openStore(join(dir, 'store.db'))
  try {
    const now = () => '2026-01-01T00:00:00.000Z'
    const first = await ingestPaths(store, [input], { ...options, now })
    copyFileSync(join(FIXTURES, 'revised/03-chile-peru.txt'), join(input, '03-chile-peru.txt'))
    const second = await ingestPaths(store, [input], { ...options, now })
    const reports = [first, second].map((r) => ({ new: r.new, replaced: r.replaced, unchanged: r.unchanged, failed: r.failures.map((f) => f.ruleId), records: r.records }))
    const text = JSON.stringify({ reports, tables: await snapshot(store.db), export: await exportJsonFromStore(store.db) }, null, 1)
    return text.split(input).join('<in>')
  } finally {
    await store.close()
  }
}
