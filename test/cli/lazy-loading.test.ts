import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open.js'

const ROOT = join(import.meta.dirname, '../..')
const HELPERS = join(import.meta.dirname, 'helpers')

/** Modules of the document pipeline and what only it needs (reading inputs, NLP model, language detector). */
const PIPELINE = [
  /\/src\/pipeline\//,
  /\/src\/text\//,
  /\/src\/ingest\//,
  /\/src\/(time|entities|events|indicators)\/(stage|index)\.ts$/,
  /\/src\/(time|entities|events|indicators)\/recognizers\//,
  /\/src\/entities\/gazetteer\//,
  /\/node_modules\/(wink-nlp|wink-eng-lite-web-model|franc|world-countries)\//,
]
/** What only the server and the workers need. */
const SERVER = [/\/node_modules\/(fastify|pg|pg-boss|linkedom)\//, /\/src\/(api|worker)\//]

/** Every module URL or file `dyad <commands...>` loads, run in one child process. */
function loadedBy(dir: string, ...commands: string[][]): string[] {
  const file = join(dir, `loads-${commands.map((c) => c[0]).join('-')}.txt`)
  const args = commands.flatMap((c, i) => (i === 0 ? c : ['--next', ...c]))
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(HELPERS, 'record-loads.mjs'), join(HELPERS, 'run-commands.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DYAD_LOADS_FILE: file },
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(0)
  return [...new Set(readFileSync(file, 'utf8').trim().split('\n'))]
}

describe('CLI start-up loads only what a command needs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-loads-'))
  const db = join(dir, 'store.db')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('should not load the pipeline, the server or the workers for --help, --version and the read commands', async () => {
    // Read commands refuse a missing store: give them an empty one.
    const store = await openStore(db)
    await store.close()
    const loaded = loadedBy(
      dir,
      ['--help'],
      ['--version'],
      ['events', '--db', db],
      ['figures', '--db', db],
      ['timeline', '--pair', 'VN,CN', '--db', db],
      ['summary', '--db', db],
    )
    // The commands ran against the store: its modules are there.
    expect(loaded.some((m) => m.endsWith('/src/app/query/events.ts'))).toBe(true)
    expect(loaded.filter((m) => PIPELINE.some((p) => p.test(m)))).toEqual([])
    expect(loaded.filter((m) => SERVER.some((p) => p.test(m)))).toEqual([])
  })

  it('should load the pipeline for ingest', () => {
    const loaded = loadedBy(dir, ['ingest', join(ROOT, 'examples'), '--db', join(dir, 'ingest.db')])
    expect(loaded.some((m) => m.endsWith('/src/pipeline/run.ts'))).toBe(true)
    expect(loaded.some((m) => /\/node_modules\/wink-nlp\//.test(m))).toBe(true)
  })
})
