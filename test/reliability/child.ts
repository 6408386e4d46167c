import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Run a TypeScript script of this repository in a child node process with a
 * time limit: a hang inside a synchronous regex or loop cannot be stopped by
 * vitest's timeout, but a child can be killed.
 */
export function runChild(script: string, args: readonly string[], timeoutMs: number): { status: number | null; signal: string | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, timeout: timeoutMs, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }
}
