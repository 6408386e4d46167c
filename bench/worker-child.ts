// One worker process for the worker benchmark: process ingest jobs until the
// queue is empty, then print {done, failed, cpuSeconds} as one JSON line.
//   node --import tsx bench/worker-child.ts <postgres-url>
import { pendingJobs, startWorker } from '../src/worker/index.js'
import { cpuSeconds, peakRssMb } from './machine.js'

const url = process.argv[2]
let done = 0
let failed = 0
const worker = await startWorker(url, { pollSeconds: 0.5, onJob: (e) => (e.error ? failed++ : done++) })
const c0 = cpuSeconds()
// The queue is full before workers start: once it reads empty, this worker is done.
while ((await pendingJobs(worker.boss)) > 0) await new Promise((r) => setTimeout(r, 500))
const cpu = cpuSeconds() - c0
await worker.stop()
process.stdout.write(`${JSON.stringify({ done, failed, cpuSeconds: cpu, peakRssMb: peakRssMb() })}\n`)
