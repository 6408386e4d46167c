import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface CliResult {
  readonly code: number | null
  readonly signal: string | null
  readonly stdout: string
  readonly stderr: string
  readonly ms: number
}

/** Start `dyad <args>` from the sources in a child process. */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  return startScript('reliability/dyad.ts', args, env)
}

/** Start a TypeScript script of this repository in a child process. */
export function startScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const t0 = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => (stdout += d))
  child.stderr!.on('data', (d) => (stderr += d))
  const done = new Promise<CliResult>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 })))
  return { child, done }
}

/** Run `dyad <args>` to the end. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, env).done
}

/** Documents stored so far (0 while the store is missing or not yet migrated). */
export function storedDocuments(db: string): number {
  if (!existsSync(db)) return 0
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return (d.prepare('select count(*) n from documents').get() as { n: number }).n
    } finally {
      d.close()
    }
  } catch {
    return 0
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Ingest `dirs` into `db` and SIGKILL the process once `when(stored)` says
 * so (checked every 50 ms), or when it ends by itself. Returns how many
 * documents were stored at the kill and whether it was killed.
 */
export async function ingestAndKill(dirs: readonly string[], db: string, when: (stored: number) => boolean): Promise<{ killed: boolean; storedAtKill: number; result: CliResult }> {
  const { child, done } = startCli(['ingest', ...dirs, '--db', db])
  let finished = false
  void done.then(() => (finished = true))
  let stored = 0
  while (!finished) {
    await sleep(50)
    stored = storedDocuments(db)
    if (when(stored)) {
      child.kill('SIGKILL')
      break
    }
  }
  const result = await done
  return { killed: result.signal === 'SIGKILL', storedAtKill: stored, result }
}
