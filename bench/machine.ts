// The machine a benchmark ran on, and process measurements shared by the
// benchmark children.
import { readFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'

export interface Machine {
  readonly cpu: string
  readonly cores: number
  readonly memoryGb: number
  readonly node: string
  readonly date: string
  /** 1-minute load average when the run started and ended: other work on the machine skews wall times. */
  readonly loadStart: number
  loadEnd?: number
}

/** CPU model (from /proc/cpuinfo), cores, memory, node version, date, load. */
export function describeMachine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown'
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'))
    if (line) cpu = line.split(':')[1].trim()
  } catch {
    // Not Linux: the os module's model name stands.
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
    loadStart: loadavg()[0],
  }
}

/** User + system CPU seconds of this process so far. */
export function cpuSeconds(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

/** Current resident set size, MB. */
export function rssMb(): number {
  return process.memoryUsage().rss / 2 ** 20
}

/** Peak resident set size of this process (VmHWM), MB. */
export function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m) return Number(m[1]) / 1024
  } catch {
    // Not Linux: fall back to getrusage (kilobytes on Linux and macOS alike in Node).
  }
  return process.resourceUsage().maxRSS / 1024
}
