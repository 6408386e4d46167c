import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { migrationsFor } from '../../src/store/migrations/index.js'
import { sqliteBackend } from '../../src/store/sqlite/index.js'
import { ROOT } from '../reliability/child.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-open-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function openInChild(db: string, id: number, count: number): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/helpers/open-child.ts', db, `${db}.ready`, String(id), String(count)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out: out.trim() })))
}

// Issue 20: two processes creating a new SQLite store at once; one failed
// with `UNIQUE constraint failed: dyad_migration.name` and ingested nothing.
describe('a new SQLite store opened by several processes at once', () => {
  it('is migrated once and every process opens it', async () => {
    const all = Object.keys(migrationsFor(sqliteBackend)).length
    for (let round = 0; round < 2; round++) {
      const db = join(dir, `new-${round}.db`)
      const results = await Promise.all([0, 1, 2, 3].map((id) => openInChild(db, id, 4)))
      expect(results.map((r) => r.out)).toEqual(results.map(() => `ok ${all}`))
      expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0])
    }
  }, 120_000)
})
