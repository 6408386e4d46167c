// Record a scale run stopped before its end from its checkpoint log
// (the 100k run here, started before --minutes existed):
//   node --import tsx bench/record-partial.ts <scale-N.jsonl> <N>
import { readFileSync } from 'node:fs'
import { readResults, writeResults } from './results-file.js'
import { growth } from './scale.js'
const [log, target] = process.argv.slice(2)
const points = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const last = points[points.length - 1]
let prev = 0
const w = (k: string) => points.reduce((n, p) => { const d = p.documents - prev; prev = p.documents; return n + p[k] * d }, 0) / last.documents
const avg = (k: string) => { prev = 0; return w(k) }
const run = { documents: last.documents, interrupted: true, target: Number(target), batch: 250, failures: 0, peakRssMb: Math.max(...points.map((p) => p.peakRssMb)), wallSeconds: avg('wallMsPerDoc') * last.documents / 1000, cpuSeconds: avg('cpuMsPerDoc') * last.documents / 1000, cpuMsPerDoc: avg('cpuMsPerDoc'), wallMsPerDoc: avg('wallMsPerDoc'), pipelineMsPerDoc: avg('pipelineMsPerDoc'), storeMsPerDoc: avg('wallMsPerDoc') - avg('pipelineMsPerDoc') - avg('resolveMsPerDoc'), resolveMsPerDoc: avg('resolveMsPerDoc'), checkpoints: points, note: `stopped at ${last.documents} of ${target} documents (deadline); figures from its checkpoint log` }
const scale = readResults().scale
const runs = { ...scale.runs, [`${target}`]: run }
writeResults({ scale: { ...scale, runs, growth: growth(Object.values(runs).filter((r: any) => !r.interrupted) as any) } })
console.log(JSON.stringify(run).slice(0, 400))
