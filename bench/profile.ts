// CPU profile of the pipeline over the benchmark text (node --cpu-prof in
// one child process), summarized: self time per function and per file.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runChild } from './throughput.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface HotFunction {
  readonly function: string
  /** File (relative to the repository, or the package) and 1-based line. */
  readonly where: string
  /** Share of all samples spent in this function itself. */
  readonly selfShare: number
  readonly selfMs: number
}

export interface ProfileSummary {
  readonly megabytes: number
  readonly totalMs: number
  readonly functions: HotFunction[]
  /** Self time per source file or package. */
  readonly files: { readonly file: string; readonly selfShare: number }[]
}

function place(url: string): string {
  const path = url.replace(/^file:\/\//, '')
  if (!path) return '(native)'
  const nm = path.lastIndexOf('node_modules/')
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length)
  return path.startsWith(ROOT) ? relative(ROOT, path) : path
}

/** Self time per function and file of a .cpuprofile. */
export function summarize(profile: CpuProfile, megabytes: number, top = 30): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  // Idle time (waiting for the scheduler or I/O) is not work: left out of the shares.
  for (const [id] of self) if (byId.get(id)!.callFrame.functionName === '(idle)') self.delete(id)
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const fns = new Map<string, { function: string; where: string; us: number }>()
  const files = new Map<string, number>()
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame
    const where = `${place(url)}${url ? `:${lineNumber + 1}` : ''}`
    const name = functionName || '(anonymous)'
    const key = `${name}@${where}`
    const f = fns.get(key) ?? { function: name, where, us: 0 }
    f.us += us
    fns.set(key, f)
    const file = url ? place(url) : name
    files.set(file, (files.get(file) ?? 0) + us)
  }
  return {
    megabytes,
    totalMs: total / 1000,
    functions: [...fns.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ function: f.function, where: f.where, selfShare: f.us / total, selfMs: f.us / 1000 })),
    files: [...files]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([file, us]) => ({ file, selfShare: us / total })),
  }
}

/** Profile the whole pipeline over `megabytes` of the replicated seed text in one process. */
export async function profilePipeline(megabytes: number): Promise<ProfileSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-prof-'))
  try {
    await runChild(['dyad-plain', String(megabytes * 1e6)], ['--cpu-prof', `--cpu-prof-dir=${dir}`])
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
    if (!file) throw new Error('no .cpuprofile written')
    return summarize(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, megabytes)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
