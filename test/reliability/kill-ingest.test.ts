import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestAndKill, runCli } from '../../reliability/cli.js'
import { writeCorpus } from '../../reliability/corpus.js'
import { differences, orphanTotal, snapshotStore } from '../../reliability/store-check.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-kill-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('dyad ingest killed with SIGKILL in the middle of a folder', () => {
  it('leaves a consistent store, and the same ingest again ends equal to a clean run', async () => {
    const corpus = writeCorpus(join(dir, 'corpus'), 120)
    const cleanDb = join(dir, 'clean.db')
    const clean = await runCli(['ingest', corpus, '--db', cleanDb])
    expect(clean.code, clean.stderr).toBe(0)

    const db = join(dir, 'killed.db')
    const kill = await ingestAndKill([corpus], db, (stored) => stored >= 40)
    expect(kill.killed).toBe(true)
    expect(kill.storedAtKill).toBeLessThan(120)
    const mid = snapshotStore(db)
    expect(mid.integrity).toBe('ok')
    expect(mid.orphans).toEqual(Object.fromEntries(Object.keys(mid.orphans).map((k) => [k, 0])))
    expect(mid.counts.documents).toBeGreaterThanOrEqual(40)

    const again = await runCli(['ingest', corpus, '--db', db])
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toContain(`${mid.counts.documents} unchanged`)
    const end = snapshotStore(db)
    expect(end.integrity).toBe('ok')
    expect(orphanTotal(end)).toBe(0)
    expect(differences(snapshotStore(cleanDb), end)).toEqual([])
  }, 120_000)
})
