// bench/results.md from bench/results.json: readable tables.
import type { EntityBenchmark } from './entities.js'
import type { Machine } from './machine.js'
import type { HostileInputs, PipelineAlone } from './hostile-inputs.js'
import type { IngestBenchmark, IngestRun } from './ingest-bench.js'
import type { IngestProfile } from './ingest-profile.js'
import type { ProfileSummary } from './profile.js'
import type { Results } from './results-file.js'
import type { ScaleResult } from './scale-child.js'
import type { Startup } from './startup.js'
import type { Rate, Throughput } from './throughput.js'
import { formatTimeAccuracy, type TimeAccuracy } from './time-accuracy.js'
import type { WorkerBenchmark } from './worker-bench.js'

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

const f = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits))
const pct = (x: number) => `${(100 * x).toFixed(1)}%`
/** Regular expressions name themselves by their source: keep the table readable. */
const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\|/g, '\\|')

function machineLine(m: Machine | undefined): string {
  if (!m) return ''
  const load = m.loadEnd === undefined ? `${f(m.loadStart, 1)}` : `${f(m.loadStart, 1)} → ${f(m.loadEnd, 1)}`
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.date}; 1-minute load average ${load}`
}

function rateRow(name: string, r: Rate): (string | number)[] {
  return [name, f(r.megabytes, 2), r.documents, f(r.mbPerCoreSecond, 3), f(r.docsPerCoreSecond, 1), f(r.mbPerWallSecond, 3), r.processes, f(r.peakRssMb, 0)]
}

function throughputSection(t: Throughput): string {
  const head = ['system', 'MB', 'docs', 'MB/s per core (CPU time)', 'docs/s per core', 'MB/s wall (all processes)', 'processes', 'peak RSS MB']
  const rows = [
    rateRow(`Dyad pipeline (seed articles to ${t.corpusMb} MB)`, t.dyad),
    rateRow('Dyad, long article (~100 KB)', t.long),
    rateRow('Dyad, short articles (2 lines)', t.short),
    ...Object.entries(t.references).map(([name, r]) => rateRow(`${name} (first ${t.referenceMb} MB)`, r)),
  ]
  const stages = table(
    ['stage (timed inside the pipeline)', 'wall s (all processes)', 'share of time in stages', 'MB/s per core alone (pipeline rate / share)'],
    t.stages.map((s) => [s.stage, f(s.wallSeconds, 1), pct(s.share), f(s.mbPerCoreSecond, 3)]),
  )
  return [
    '## Throughput',
    '',
    'Per-core rates divide by the CPU seconds of the measuring process (user + system), so they hold on a shared machine; wall rates depend on what else ran.',
    'compromise: `nlp(text)` then `.people()`, `.places()`, `.organizations()`; wink-nlp: lite English model, `readDoc` + entities; chrono-node: `chrono.parse`.',
    '',
    table(head, rows),
    '',
    stages,
  ].join('\n')
}

function entitySection(e: EntityBenchmark): string {
  return [
    `## Entity accuracy (${e.documents} seed documents, ${e.gold} gold entities; bench/entities.ts)`,
    '',
    table(
      ['system', 'recall', 'found', 'precision', 'reported', 'ms'],
      (
        [
          ['Dyad', e.dyad],
          ['compromise', e.compromise],
          ['wink-nlp', e.wink],
        ] as const
      ).map(([n, s]) => [n, f(s.recall, 3), s.found, f(s.precision, 3), s.reported, s.ms]),
    ),
  ].join('\n')
}

function scaleRows(runs: readonly ScaleResult[]): string {
  return table(
    ['documents', 'peak RSS MB', 'CPU ms/doc', 'wall ms/doc', 'pipeline ms/doc (wall)', 'store ms/doc (wall)', 'resolution ms/doc (wall)', 'failures'],
    runs.map((r) => [r.interrupted ? `${r.documents} (stopped early${'target' in r ? ` of ${(r as { target: number }).target}` : ''})` : r.documents, f(r.peakRssMb, 0), f(r.cpuMsPerDoc, 1), f(r.wallMsPerDoc, 1), f(r.pipelineMsPerDoc, 1), f(r.storeMsPerDoc, 1), f(r.resolveMsPerDoc, 1), r.failures]),
  )
}

function scaleSection(scale: Results | undefined, small: ScaleResult | undefined): string {
  const out = ['## Memory and cost growth (generated documents, fresh SQLite store, ingest service in batches of 250)', '']
  if (small) out.push('From the regular run:', '', scaleRows([small]), '')
  if (scale) {
    const runs = Object.values(scale.runs as Record<string, ScaleResult>).sort((a, b) => a.documents - b.documents)
    out.push(`From \`${scale.command}\` (${machineLine(scale.machine)}):`, '', scaleRows(runs), '')
    for (const g of scale.growth ?? []) out.push(`- ${g.from} → ${g.to} documents: peak RSS ×${f(g.peakRss)}, CPU per document ×${f(g.cpuPerDoc)}, wall per document ×${f(g.wallPerDoc)} (targets: ×1.2 at most)`)
    const largest = runs[runs.length - 1]
    if (largest?.checkpoints?.length) {
      out.push('', `Checkpoints of the ${largest.documents}-document run (per-document figures over each window):`, '')
      out.push(
        table(
          ['stored', 'RSS MB', 'peak MB', 'CPU ms/doc', 'pipeline ms/doc', 'resolution ms/doc', 'wall ms/doc'],
          largest.checkpoints.map((c) => [c.documents, f(c.rssMb, 0), f(c.peakRssMb, 0), f(c.cpuMsPerDoc, 1), f(c.pipelineMsPerDoc, 1), f(c.resolveMsPerDoc, 1), f(c.wallMsPerDoc, 1)]),
        ),
      )
    }
  }
  return out.join('\n')
}

function workerSection(w: WorkerBenchmark): string {
  return [
    `## Scale-out: pg-boss workers on PostgreSQL (${w.documents} generated documents; first job start to last job completion)`,
    '',
    table(
      ['workers', 'seconds', 'docs/s', 'CPU s per worker', 'jobs per worker', 'failed attempts', 'stored', 'distinct', 'missing', 'not completed'],
      w.runs.map((r) => [r.workers, f(r.seconds, 1), f(r.docsPerSecond, 2), r.cpuSeconds.map((c) => f(c, 1)).join(', '), r.jobsDone.join(', '), r.failedAttempts, r.stored, r.distinct, r.missing, r.notCompleted]),
    ),
    '',
    `2 workers against 1 (median documents/s of each): ×${f(w.speedup)} (target ×1.7).`,
  ].join('\n')
}

function profileSection(p: ProfileSummary & { machine?: Machine }): string {
  return [
    `## CPU profile of the pipeline (${p.megabytes} MB, node --cpu-prof, ${f(p.totalMs / 1000, 1)} s of samples, idle excluded)`,
    '',
    table(['function', 'where', 'self share', 'self ms'], p.functions.slice(0, 25).map((x) => [`\`${short(x.function)}\``, x.where, pct(x.selfShare), f(x.selfMs, 0)])),
    '',
    table(['file or package', 'self share'], p.files.slice(0, 20).map((x) => [short(x.file), pct(x.selfShare)])),
  ].join('\n')
}

function startupSection(s: Startup & { machine?: Machine }): string {
  return [
    `## Start-up of the built CLI (${s.runs} runs each, fresh process, wall time; store: the seed articles)`,
    '',
    s.machine ? `${machineLine(s.machine)}` : '',
    '',
    table(['command', 'median s', 'fastest s'], [s.node, ...s.commands, ...(s.oneArticle ?? [])].map((c) => [`\`${c.command}\``, f(c.medianSeconds, 3), f(c.minSeconds, 3)])),
    '',
    'Target: under 0.3 s for `--help`, `--version` and the read commands; one article with the default threads about what it costs with --threads 1 (one thread for one document, the pipeline loaded only there).',
  ].join('\n')
}

function ingestSection(b: IngestBenchmark & { machine?: Machine; command?: string }): string {
  const row = (label: string, r: IngestRun) => [label, r.documents, f(r.megabytes, 2), f(r.wallSeconds, 1), f(r.cpuSeconds, 1), f(r.mbPerCoreSecond, 3), f(r.mbPerWallSecond, 3), f(r.docsPerWallSecond, 1), f(r.peakRssMb, 0)]
  const head = ['run', 'articles', 'MB', 'wall s', 'CPU s', 'MB/s per core (CPU time)', 'MB/s whole machine (wall)', 'docs/s (wall)', 'peak RSS MB']
  return [
    '## `dyad ingest` end to end (built CLI, SQLite store included)',
    '',
    machineLine(b.machine),
    '',
    `${b.copies} syndicated copies (one line changed each) of ${b.articles} real-length articles from ${b.texts}, ${f(b.megabytes, 2)} MB; \`npm run bench -- ${b.command ?? '--ingest'}\`.`,
    '',
    table(head, [...b.runs.map((r, i) => row(`--threads ${r.threads} (run ${i + 1})`, r)), ...b.rss.map((r) => row(`peak RSS: ${r.documents} articles, --threads ${r.threads}`, r))]),
    '',
    `compromise's bare nlp() on the same texts in the same run: ${f(b.compromise.mbPerCoreSecond, 3)} MB/s per core; Dyad (--threads 1, per core) ${f(b.dyadOverCompromise, 2)}x compromise. Whole machine, --threads 2 over 1 (best runs): ${f(b.twoThreadsOverOne, 2)}x.`,
    '',
    ...(b.startup ? [startupSection(b.startup)] : []),
  ].join('\n')
}

function ingestProfileSection(p: IngestProfile): string {
  return [
    `## CPU profile of \`dyad ingest\` (${p.documents} syndicated copies, ${f(p.megabytes)} MB, built CLI with \`--threads 1\` (pipeline and store in one profile), fresh SQLite store; ${f(p.wallSeconds, 1)} s wall, ${f(p.totalMs / 1000, 1)} s of samples)`,
    '',
    table(['cost', 'self share'], p.categories.map((c) => [c.category, pct(c.selfShare)])),
    '',
    table(['function', 'where', 'self share', 'self ms'], p.functions.slice(0, 20).map((x) => [`\`${short(x.function)}\``, x.where, pct(x.selfShare), f(x.selfMs, 0)])),
  ].join('\n')
}

function hostileSection(h: HostileInputs & { machine?: Machine }): string {
  return [
    "## Issue 20's hostile inputs through `dyad ingest` (built CLI, SQLite store)",
    '',
    machineLine(h.machine),
    '',
    `Each input into a fresh store, with the default threads (one per core) and with one; the 2 MB text is made of the articles of ${h.texts} one after another. Limit ${h.limitSeconds} s wall; \`npm run bench -- --hostile\`.`,
    '',
    table(
      ['input', 'MB', 'threads', 'runs', 'wall s best / median', 'CPU s best / median', 'peak RSS MB', `under ${h.limitSeconds} s`, 'dyad says'],
      h.runs.map((r) => [
        r.name,
        f(r.bytes / 1e6, 3),
        r.threads,
        r.repeats?.length ?? 1,
        `${f(r.bestWallSeconds ?? r.wallSeconds, 1)} / ${f(r.medianWallSeconds ?? r.wallSeconds, 1)}`,
        `${f(r.bestCpuSeconds ?? r.cpuSeconds, 1)} / ${f(r.medianCpuSeconds ?? r.cpuSeconds, 1)}`,
        f(r.peakRssMb, 0),
        r.withinLimit ? 'yes' : 'no',
        short(r.summary, 160),
      ]),
    ),
    ...(h.pipeline
      ? [
          '',
          `The pipeline alone over the ${h.pipeline.sections} sections of the 2 MB text, in the bench process (no start-up, no store), ${h.pipeline.cpuSeconds.length} runs: CPU first run ${f(h.pipeline.cpuSeconds[0], 1)} s (what one \`dyad ingest\` pays: V8 compiles the pipeline meanwhile), best ${f(h.pipeline.bestCpuSeconds, 1)} s, median ${f(h.pipeline.medianCpuSeconds, 1)} s${stagesOf(h.pipeline)}.`,
        ]
      : []),
  ].join('\n')
}

/** The pipeline's CPU by stage in its best run over the 2 MB text, as a clause ('' when not measured). */
function stagesOf(p: PipelineAlone): string {
  const stages = Object.entries(p.stageCpuSeconds ?? {})
  return stages.length ? `; by stage in the best run: ${stages.map(([name, sec]) => `${name} ${f(sec, 2)} s`).join(', ')}` : ''
}

/** The whole results file as Markdown. */
export function formatResults(r: Results): string {
  const parts = ['# Dyad benchmarks', '', 'Written by `npm run bench` (bench/run.ts); numbers in bench/results.json.', '']
  if (r.machine) parts.push(`Machine: ${machineLine(r.machine)}${r.quick ? ' (--quick)' : ''}`, '')
  if (r.throughput) parts.push(throughputSection(r.throughput as Throughput), '')
  if (r.startup) parts.push(startupSection(r.startup as Startup), '')
  if (r.timeAccuracy) parts.push('## Time expressions (bench/time-accuracy.ts)', '', '```', formatTimeAccuracy(r.timeAccuracy as TimeAccuracy).trimEnd(), '```', '')
  if (r.entityAccuracy) parts.push(entitySection(r.entityAccuracy as EntityBenchmark), '')
  if (r.scaleSmall || r.scale) parts.push(scaleSection(r.scale, r.scaleSmall as ScaleResult | undefined), '')
  if (r.workers) parts.push(workerSection(r.workers as WorkerBenchmark), '')
  if (r.profile) parts.push(profileSection(r.profile as ProfileSummary), '')
  if (r.ingest) parts.push(ingestSection(r.ingest as IngestBenchmark), '')
  if (r.ingestProfile) parts.push(ingestProfileSection(r.ingestProfile as IngestProfile), '')
  if (r.hostileInputs) parts.push(hostileSection(r.hostileInputs as HostileInputs & { machine?: Machine }), '')
  return `${parts.join('\n').trimEnd()}\n`
}
