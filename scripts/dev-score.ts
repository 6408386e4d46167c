// Development loop without a store: run the pipeline over a folder in memory,
// date undated documents from companions that report the same occasion
// (src/resolve/dating.ts: process all, cross-date, process those again with
// the borrowed reference, as the store does), build the scored export and
// print score.py's report.
//   node --import tsx scripts/dev-score.ts [folder] [gold] [--json out.json]
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildExport, type ExportInput } from '../src/app/export-json.js'
import { processDocument } from '../src/pipeline/run.js'
import { crossDate, type DatingDocument } from '../src/resolve/dating.js'
import { resolveEntities } from '../src/resolve/entities.js'
import { contentHash, documentId } from '../src/util/ids.js'

const folder = process.argv[2] ?? '../shared/corpus/vietnam-china'
const gold = process.argv[3] ?? '../shared/eval/vietnam-china.gold.json'
const outAt = process.argv.indexOf('--json')
const out = outAt > 0 ? process.argv[outAt + 1] : '/tmp/dyad-dev-export.json'

const docs: ExportInput[] = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(folder, f), 'utf8')
    const id = documentId(contentHash(text))
    const extraction = processDocument({ docId: id, source: join(folder, f), text })
    return { id, source: join(folder, f), url: null, title: null, text, published: extraction.published, extraction }
  })

/** Event actors, hosts and places under the keys entity resolution gives across documents. */
function datingInputs(list: readonly ExportInput[]): DatingDocument[] {
  const resolution = resolveEntities(list.map((d) => ({ doc: d.id, actors: d.extraction.actors })))
  const ref = (doc: string, key: string | null | undefined) => (key ? resolution.canonical(doc, key) : null)
  return list.map((d) => ({
    id: d.id,
    published: d.extraction.published,
    times: d.extraction.times,
    diagnostics: d.extraction.diagnostics,
    events: d.extraction.events.map((e) => ({ ...e, actors: e.actors.map((a) => ref(d.id, a)!), host: ref(d.id, e.host), place: ref(d.id, e.place) })),
  }))
}

const hints = crossDate(datingInputs(docs))
const final = docs.map((d) => {
  const hint = hints.get(d.id)
  if (!hint) return d
  const { companion: _, ...referenceHint } = hint
  const extraction = processDocument({ docId: d.id, source: d.source, text: d.text, meta: { referenceHint } })
  return { ...d, published: extraction.published, extraction }
})
writeFileSync(out, JSON.stringify(buildExport(final), null, 1))
const report = execFileSync('python3', ['../shared/eval/score.py', '--gold', gold, '--system', out], { encoding: 'utf8' })
process.stdout.write(report)
