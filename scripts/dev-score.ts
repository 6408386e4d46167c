// Development loop without a store: run the pipeline over a folder in memory,
// build the scored export and print score.py's report.
//   node --import tsx scripts/dev-score.ts [folder] [gold] [--json out.json]
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildExport } from '../src/app/export-json.js'
import { processDocument } from '../src/pipeline/run.js'
import { contentHash, documentId } from '../src/util/ids.js'

const folder = process.argv[2] ?? '../shared/corpus/vietnam-china'
const gold = process.argv[3] ?? '../shared/eval/vietnam-china.gold.json'
const outAt = process.argv.indexOf('--json')
const out = outAt > 0 ? process.argv[outAt + 1] : '/tmp/dyad-dev-export.json'

const docs = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(folder, f), 'utf8')
    const id = documentId(contentHash(text))
    const extraction = processDocument({ docId: id, source: join(folder, f), text })
    return { id, source: join(folder, f), url: null, title: null, text, published: extraction.published, extraction }
  })
writeFileSync(out, JSON.stringify(buildExport(docs), null, 1))
const report = execFileSync('python3', ['../shared/eval/score.py', '--gold', gold, '--system', out], { encoding: 'utf8' })
process.stdout.write(report)
