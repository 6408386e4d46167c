import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../reliability/cli.js'
import { documentText } from '../../reliability/corpus.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const doc = join(dir, 'one.txt')
writeFileSync(doc, documentText(7))

/** Seeded bytes, so a failure reproduces. */
function noise(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n)
  let x = seed
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16
  return out
}

// Each case: a one-line error from the CLI naming the store, non-zero exit, no stack trace.
async function expectCleanFailure(db: string): Promise<string> {
  const r = await runCli(['ingest', doc, '--db', db])
  expect(r.code, r.stderr).not.toBe(0)
  expect(r.signal).toBeNull()
  expect(r.stderr).toMatch(/^dyad: \S/)
  expect(r.stderr).not.toMatch(/^\s+at /m)
  expect(r.stderr.trim().split('\n')).toHaveLength(1)
  expect(r.stderr).toContain(`cannot open store ${db}`)
  return r.stderr
}

describe('a store that cannot be used', () => {
  it('under a regular file', async () => {
    writeFileSync(join(dir, 'plain'), 'not a folder')
    await expectCleanFailure(join(dir, 'plain', 'dyad.db'))
  }, 30_000)

  it('a directory', async () => {
    mkdirSync(join(dir, 'folder.db'))
    await expectCleanFailure(join(dir, 'folder.db'))
  }, 30_000)

  it('a file of random bytes, left as it was', async () => {
    const db = join(dir, 'random.db')
    const bytes = noise(16384, 7)
    writeFileSync(db, bytes)
    await expectCleanFailure(db)
    expect(readFileSync(db).equals(bytes)).toBe(true)
  }, 30_000)

  it('a SQLite header followed by random bytes', async () => {
    const db = join(dir, 'header.db')
    writeFileSync(db, Buffer.concat([Buffer.from('SQLite format 3\0'), noise(8192, 11)]))
    await expectCleanFailure(db)
  }, 30_000)
})
