// Development loop: ingest a folder into a throwaway store (the same path as
// `dyad ingest`: pipeline, cross-document resolution and dating), export it
// as `dyad export` does and print score.py's report. Scores reported in
// commits come from this store path, never from a second in-memory export.
//   node --import tsx scripts/dev-score.ts [folder] [gold] [--json out.json]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportJsonFromStore } from '../src/app/export/export-json-from-store.js'
import { ingestPaths } from '../src/app/ingest.js'
import { openStore } from '../src/store/index.js'

const folder = process.argv[2] ?? '../shared/corpus/vietnam-china'
const gold = process.argv[3] ?? '../shared/eval/vietnam-china.gold.json'
const outAt = process.argv.indexOf('--json')
const out = outAt > 0 ? process.argv[outAt + 1] : '/tmp/dyad-dev-export.json'

const dir = mkdtempSync(join(tmpdir(), 'dyad-dev-score-'))
try {
  const store = await openStore(join(dir, 'store.db'))
  try {
    const report = await ingestPaths(store, [folder])
    for (const f of report.failures) process.stderr.write(`${f.source}: ${f.reason}\n`)
    writeFileSync(out, JSON.stringify(await exportJsonFromStore(store.db), null, 1))
  } finally {
    await store.close()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.stdout.write(execFileSync('python3', ['../shared/eval/score.py', '--gold', gold, '--system', out], { encoding: 'utf8' }))
