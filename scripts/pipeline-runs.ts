// How often an ingest runs the pipeline (issue 17: once per document is the
// aim): ingests files and folders into a throwaway store with a counting
// `process`, as test/app/ingest-corpus.test.ts does, and prints the runs and,
// for each document processed again by cross-document dating, why (the hint
// it was given against how its first run dated it) and what the second run
// changed in its extraction.
//   node --import tsx scripts/pipeline-runs.ts <file|folder>...
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { ingestItems } from '../src/app/ingest.js'
import { readInputs } from '../src/ingest/read.js'
import type { Extraction, ReferenceHint } from '../src/model/types.js'
import { processDocument, type ProcessInput } from '../src/pipeline/run.js'
import { openStore } from '../src/store/index.js'

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(p, f))
    : [p],
)
const first = new Map<string, Extraction>()
let runs = 0
const again: string[] = []
const counted = (input: ProcessInput): Extraction => {
  runs++
  const x = processDocument(input)
  const before = first.get(input.docId)
  if (!before) first.set(input.docId, x)
  else {
    const changed = (Object.keys(x) as (keyof Extraction)[]).filter((k) => JSON.stringify(x[k]) !== JSON.stringify(before[k]))
    again.push(`${basename(input.source)}: ${why(input.meta?.referenceHint ?? null, before)}; changed: ${changed.join(', ') || 'nothing'}`)
  }
  return x
}

/** Why a document was processed again: the hint against the date its first run gave it. */
function why(hint: ReferenceHint | null, before: Extraction): string {
  const own = before.published
  if (hint === null) return 'hint dropped'
  if (hint.year !== undefined) return `a year lent (${hint.year})`
  if (own === null) return `no date of its own (reference ${hint.reference})`
  if (hint.reference !== own.end) return `another reference day (${own.end} -> ${hint.reference})`
  return `same reference day, first day ${own.start} -> ${hint.published.start}`
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-runs-'))
try {
  const store = await openStore(join(dir, 'store.db'))
  const items = []
  for await (const item of readInputs(files)) items.push(item)
  const report = await ingestItems(store, items, { process: counted })
  await store.close()
  console.log(`${report.new} documents stored, ${runs} pipeline runs, ${again.length} processed again`)
  for (const line of again) console.log(`  ${line}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
