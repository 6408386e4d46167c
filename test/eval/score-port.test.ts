import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportJsonFromStore } from '../../src/app/export/export-json-from-store.js'
import { ingestPaths } from '../../src/app/ingest.js'
import { formatReport, scoreExport } from '../../src/eval/index.js'
import { openStore } from '../../src/store/index.js'
import { goldVariant } from './gold-variant.js'

const SHARED = join(import.meta.dirname, '../../../shared')
const SCORE_PY = join(SHARED, 'eval/score.py')
const GOLD_FILE = join(SHARED, 'eval/vietnam-china.gold.json')
const CORPUS = join(SHARED, 'corpus/vietnam-china')
const python = spawnSync('python3', ['--version']).status === 0
if (!python) console.warn('score.py comparison skipped: python3 is not installed')

describe.skipIf(!python)('the TypeScript scorer prints what score.py prints', () => {
  let dir: string
  const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8'))
  const compare = (name: string, data: unknown) => {
    const file = join(dir, `${name}.json`)
    writeFileSync(file, JSON.stringify(data))
    const expected = execFileSync('python3', [SCORE_PY, '--gold', GOLD_FILE, '--system', file], { encoding: 'utf8' })
    const actual = `${formatReport(scoreExport(gold, JSON.parse(readFileSync(file, 'utf8')))).join('\n')}\n`
    expect(actual).toBe(expected)
    return actual
  }
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('on the export of the seed corpus, ingested into a store', async () => {
    const store = await openStore(join(dir, 'seed.db'))
    await ingestPaths(store, [CORPUS])
    const exported = await exportJsonFromStore(store.db)
    await store.close()
    const out = compare('pipeline', exported)
    expect(out).toMatch(/^documents {2}found 5\/5/)
  })

  it('on a perturbed copy of the gold that exercises every matching rule', () => {
    const out = compare('variant', goldVariant(gold, CORPUS))
    // The perturbations leave some records right and some wrong: a useful comparison.
    expect(out).toMatch(/events {5}recall 0\.[1-9]/)
    expect(out).toMatch(/indicators recall 0\.[1-9]/)
    expect(out).toMatch(/wrong merges [1-9]/)
  })

  it('on an empty export', () => {
    compare('empty', { documents: [], entities: [], events: [], indicators: [], conflicts: [] })
  })
})
