// CPU profile of `dyad ingest` as a user runs it (the built CLI, bin/dyad.js,
// store included) over syndicated copies of the seed articles: self time
// per function and file, and the shares of the costs the issue names
// (SQLite, statement preparation, language detection, GC, module loading).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { summarize, type ProfileSummary } from './profile.js'
import { writeSyndicated } from './syndicated.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const DYAD_BIN = join(ROOT, 'bin/dyad.js')

/** The built CLI must be there (`npm run build`): the bench measures what `dyad` runs. */
export function requireBuiltCli(): void {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/cli/main.js missing: run `npm run build` first (the bench runs the built CLI)')
}

/**
 * Which cost a profiled function belongs to, by `function where` (Kysely is
 * bundled into dist/vendor/kysely.cjs by `npm run build`: its sqlite
 * driver's executeQuery runs the statements, the rest builds queries).
 */
const CATEGORIES: readonly [string, RegExp][] = [
  ['SQLite statement execution', /^executeQuery (?:dist\/vendor\/kysely\.cjs|kysely\/dist\/esm\/dialect\/sqlite)|^\S+ better-sqlite3\/lib\/methods\/(?!wrappers)/],
  ['preparing statements', /^\S+ better-sqlite3\/lib\/methods\/wrappers\.js/],
  ['language detection (franc)', /^\S+ (?:franc\/|trigram-utils\/|n-gram\/|dist\/ingest\/language\.js)/],
  ['garbage collection', /^\(garbage collector\) /],
  ['loading modules and the NLP model', /^\S+ (?:node:internal\/modules|wink-eng-lite-web-model)|^(?:compileSourceTextModule|wrapSafe) /],
  ['Kysely query building', /^\S+ (?:dist\/vendor\/kysely\.cjs|kysely\/)/],
]

export interface IngestProfile extends ProfileSummary {
  readonly documents: number
  readonly wallSeconds: number
  readonly categories: { readonly category: string; readonly selfShare: number }[]
}

/**
 * Profile one `dyad ingest` of `copies` syndicated copies into a fresh
 * SQLite store: with `--threads 1` unless `args` say otherwise, so that the
 * one profile written (this thread's; extraction threads write their own)
 * holds the pipeline beside the store.
 */
export function profileIngest(copies: number, args: readonly string[] = ['--threads', '1']): IngestProfile {
  requireBuiltCli()
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-prof-'))
  try {
    const bytes = writeSyndicated(join(dir, 'in'), copies)
    const t0 = performance.now()
    const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'prof')}`, DYAD_BIN, 'ingest', '--db', join(dir, 'store.db'), ...args, join(dir, 'in')], { encoding: 'utf8' })
    const wallSeconds = (performance.now() - t0) / 1000
    if (run.status !== 0) throw new Error(`dyad ingest exited with ${run.status}: ${run.stderr}`)
    const file = readdirSync(join(dir, 'prof')).find((f) => f.endsWith('.cpuprofile'))
    if (!file) throw new Error('no .cpuprofile written')
    const summary = summarize(JSON.parse(readFileSync(join(dir, 'prof', file), 'utf8')), bytes / 1e6, 400)
    const shares = new Map<string, number>()
    for (const x of summary.functions) {
      const category = CATEGORIES.find(([, re]) => re.test(`${x.function || '(anonymous)'} ${x.where}`))?.[0]
      if (category) shares.set(category, (shares.get(category) ?? 0) + x.selfShare)
    }
    return {
      ...summary,
      functions: summary.functions.slice(0, 30),
      files: summary.files.slice(0, 30),
      documents: copies,
      wallSeconds,
      categories: CATEGORIES.map(([category]) => ({ category, selfShare: shares.get(category) ?? 0 })),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
