// Exports before and after a change that must not change what Dyad reads:
// each set is ingested with the built CLI into a fresh SQLite store and
// exported as JSON (`dyad ingest DIR --db X && dyad export --format json`).
//
//   node --import tsx bench/export-equivalence.ts --save DIR     write the exports into DIR
//   node --import tsx bench/export-equivalence.ts --compare DIR  export again, compare byte for byte with DIR
//
// Sets: the seed corpus, the demo's examples, the training batteries (JSON
// Lines), and with --long FILE a long plain text (issue 20's 2 MB input),
// with --extra PATH any other file or folder. --dyad BIN runs another build's
// bin/dyad.js (an older commit's, for its exports). Exit 1 when any export differs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DYAD_BIN, requireBuiltCli } from './ingest-profile.js'

const ROOT = new URL('..', import.meta.url).pathname

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const BIN = flag('dyad') ?? DYAD_BIN

function dyad(args: readonly string[]): void {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
  if (r.status !== 0) throw new Error(`dyad ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-800)}`)
}

function sets(): [string, string[]][] {
  const out: [string, string[]][] = [
    ['seed', [join(ROOT, '../shared/corpus/vietnam-china')]],
    ['examples', [join(ROOT, 'examples')]],
    ['batteries', ['coop', 'strain', 'train2'].map((b) => join(ROOT, `eval/battery/${b}.jsonl`))],
  ]
  const long = flag('long')
  if (long) out.push(['long', [long]])
  const extra = flag('extra')
  if (extra) out.push(['extra', [extra]])
  return out.filter(([, paths]) => paths.every((p) => existsSync(p)))
}

function exportOf(paths: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-equiv-'))
  try {
    const db = join(dir, 'store.db')
    dyad(['ingest', ...paths, '--db', db, '--threads', '1'])
    dyad(['export', '--format', 'json', '--db', db, '--out', join(dir, 'e.json')])
    return readFileSync(join(dir, 'e.json'), 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

requireBuiltCli()
const save = flag('save')
const compare = flag('compare')
if (!save && !compare) throw new Error('--save DIR or --compare DIR')
let differ = 0
for (const [name, paths] of sets()) {
  const t0 = performance.now()
  const text = exportOf(paths)
  const took = ((performance.now() - t0) / 1000).toFixed(1)
  if (save) {
    mkdirSync(save, { recursive: true })
    writeFileSync(join(save, `${name}.json`), text)
    console.log(`${name}: saved (${text.length} characters, ${took} s)`)
  } else {
    const before = join(compare!, `${name}.json`)
    if (!existsSync(before)) {
      console.log(`${name}: no saved export, skipped`)
      continue
    }
    const same = readFileSync(before, 'utf8') === text
    if (!same) {
      differ++
      writeFileSync(join(compare!, `${name}.after.json`), text)
    }
    console.log(`${name}: ${same ? 'identical' : `DIFFERS (written beside it as ${name}.after.json)`} (${took} s)`)
  }
}
process.exit(differ ? 1 : 0)
