import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open.js'

const ROOT = join(import.meta.dirname, '../..')
const HELPERS = join(import.meta.dirname, 'helpers')

/** The document pipeline itself: its stages, recognizers, gazetteers, NLP model and language detector. */
const PIPELINE_CORE = [
  /\/src\/pipeline\/run\.ts$/,
  /\/src\/text\//,
  /\/src\/(time|entities|events|indicators)\/(stage|index)\.ts$/,
  /\/src\/(time|entities|events|indicators)\/recognizers\//,
  /\/src\/entities\/gazetteer\//,
  /\/node_modules\/(wink-nlp|wink-eng-lite-web-model|franc)\//,
]
/** The pipeline and what only an ingest needs (reading inputs). */
const PIPELINE = [...PIPELINE_CORE, /\/src\/pipeline\//, /\/src\/ingest\//, /\/node_modules\/world-countries\//]
/** What only the server and the workers need. */
const SERVER = [/\/node_modules\/(fastify|pg|pg-boss|linkedom)\//, /\/src\/(api|worker)\//]

let runs = 0

/** Every module URL or file `dyad <commands...>` loads in its main thread, run in one child process. */
function loadedBy(dir: string, ...commands: string[][]): string[] {
  return loads(dir, ...commands).main
}

/** What `dyad <commands...>` loads in its main thread and in each thread it started (loader threads included). */
function loads(dir: string, ...commands: string[][]): { main: string[]; threads: string[][] } {
  const name = `loads-${++runs}-${commands.map((c) => c[0]).join('-')}.txt`
  const file = join(dir, name)
  const args = commands.flatMap((c, i) => (i === 0 ? c : ['--next', ...c]))
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(HELPERS, 'record-loads.mjs'), join(HELPERS, 'run-commands.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DYAD_LOADS_FILE: file },
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(0)
  const lines = (path: string) => [...new Set(readFileSync(path, 'utf8').trim().split('\n'))]
  const threads = readdirSync(dir).filter((f) => f.startsWith(`${name}.thread-`))
  return { main: lines(file), threads: threads.map((f) => lines(join(dir, f))) }
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
    // Kysely's values come from its CommonJS build alone (src/store/kysely.ts): its ES module build would be loaded beside it.
    expect(loaded.filter((m) => /\/node_modules\/kysely\/dist\/esm\//.test(m))).toEqual([])
    // Country names are read in English only: no other of the package's ~80 languages.
    expect(loaded.filter((m) => /\/i18n-iso-countries\/langs\//.test(m) && !m.endsWith('/en.json'))).toEqual([])
  })

  it('should not open the store modules for --help and --version', () => {
    const loaded = loadedBy(dir, ['--help'], ['--version'])
    expect(loaded.some((m) => m.endsWith('/src/cli/main.ts'))).toBe(true)
    // Naming the default store is all they need of it.
    expect(loaded.filter((m) => /\/node_modules\/(kysely|better-sqlite3)\//.test(m) || (/\/src\/store\//.test(m) && !m.endsWith('/src/store/location.ts')))).toEqual([])
  })

  it('should load the pipeline for ingest', () => {
    const loaded = loadedBy(dir, ['ingest', join(ROOT, 'examples'), '--db', join(dir, 'ingest.db'), '--threads', '1'])
    expect(loaded.some((m) => m.endsWith('/src/pipeline/run.ts'))).toBe(true)
    expect(loaded.some((m) => /\/node_modules\/wink-nlp\//.test(m))).toBe(true)
  })

  it('should run the pipeline of an ingest on threads only there, one thread per document at most', () => {
    const one = join(ROOT, 'examples/japan-australia/01-perth-security-declaration.txt')
    const { main, threads } = loads(dir, ['ingest', one, '--db', join(dir, 'threads.db'), '--threads', '4'])
    // The thread that reads and writes stored the document without loading the pipeline, NLP model or language detector.
    expect(main.some((m) => m.endsWith('/src/store/write-document.ts'))).toBe(true)
    expect(main.filter((m) => PIPELINE_CORE.some((p) => p.test(m)))).toEqual([])
    // A plain text file: the HTML and feed parsers stay unloaded.
    expect(main.filter((m) => /\/node_modules\/(linkedom|rss-parser|@mozilla\/readability)\//.test(m))).toEqual([])
    // One document, one extraction thread, and the pipeline ran there.
    const extracting = threads.filter((t) => t.some((m) => m.endsWith('/src/app/extract-thread.ts')))
    expect(extracting).toHaveLength(1)
    expect(extracting[0].some((m) => m.endsWith('/src/pipeline/run.ts'))).toBe(true)
  })

  it('should start one extraction thread for a few short articles, fewer characters than a thread waits for', () => {
    // examples/: four articles, about 12 KB in all (CHARS_PER_THREAD is 64,000).
    const { threads } = loads(dir, ['ingest', join(ROOT, 'examples'), '--db', join(dir, 'few.db'), '--threads', '4'])
    expect(threads.filter((t) => t.some((m) => m.endsWith('/src/app/extract-thread.ts')))).toHaveLength(1)
  })
})
