import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { postgresTarget } from '../store/helpers/stores.js'
import { dyad } from './run-cli.js'

const EXAMPLES = join(import.meta.dirname, '../../examples')

describe.skipIf(postgresTarget.skip !== null)('the CLI on PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dialects-'))
  let cleanup: (() => Promise<void>) | null = null
  afterAll(async () => {
    await cleanup?.()
    rmSync(dir, { recursive: true, force: true })
  })

  it('ingests and exports the same records as on SQLite', async () => {
    const pg = await postgresTarget.fresh()
    cleanup = pg.cleanup
    const sqlite = join(dir, 'same.db')
    for (const db of [sqlite, pg.url]) {
      const run = await dyad('ingest', EXAMPLES, '--db', db)
      expect(run.code, run.err).toBe(0)
    }
    const [a, b] = await Promise.all([sqlite, pg.url].map(async (db) => JSON.parse((await dyad('export', '--db', db)).out)))
    expect(b.documents.map((d: { id: string }) => d.id)).toEqual(a.documents.map((d: { id: string }) => d.id))
    expect(b.events).toEqual(a.events)
    expect(b.indicators).toEqual(a.indicators)
    expect(b.entities).toEqual(a.entities)
    expect(b.conflicts).toEqual(a.conflicts)
    const summary = await dyad('summary', '--db', pg.url)
    expect(summary.out).toMatch(/\(postgres\)/)
  })
})
