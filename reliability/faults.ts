import Database from 'better-sqlite3'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ingestAndKill, runCli, startCli, type CliResult } from './cli.js'
import { writeCorpus } from './corpus.js'
import { differences, orphanTotal, snapshotStore, type StoreSnapshot } from './store-check.js'

/** One fault scenario's outcome. */
export interface FaultResult {
  readonly name: string
  readonly pass: boolean
  readonly summary: string
  readonly details: Record<string, unknown>
}

const brief = (r: CliResult) => ({ code: r.code, signal: r.signal, seconds: +(r.ms / 1000).toFixed(1), stdout: r.stdout.trim().slice(-400), stderr: r.stderr.trim().split('\n').filter((l) => !l.startsWith('failed:')).slice(-5).join('\n'), failedLines: r.stderr.split('\n').filter((l) => l.startsWith('failed:')).length })
const consistent = (s: StoreSnapshot) => s.integrity === 'ok' && orphanTotal(s) === 0

/** The folders every scenario reads: `count` documents in three overlapping-able parts. */
export function prepareCorpus(dir: string, count: number): { all: string; parts: string[] } {
  const third = Math.floor(count / 3)
  const parts = [0, 1, 2].map((i) => writeCorpus(join(dir, 'corpus', `part-${i}`), i === 2 ? count - 2 * third : third, i * third))
  return { all: join(dir, 'corpus'), parts }
}

/** A clean single ingest: the reference the others are compared with. */
export async function cleanIngest(folder: string, db: string): Promise<{ result: CliResult; snapshot: StoreSnapshot }> {
  const result = await runCli(['ingest', folder, '--db', db])
  return { result, snapshot: snapshotStore(db) }
}

/** SIGKILL once `killAt(stored)` holds, check the store, ingest again, compare with the clean store. */
export async function killScenario(name: string, folder: string, db: string, clean: StoreSnapshot, killAt: (stored: number) => boolean, what: string): Promise<FaultResult> {
  const kill = await ingestAndKill([folder], db, killAt)
  const mid = existsSync(db) ? snapshotStore(db) : null
  const again = await runCli(['ingest', folder, '--db', db])
  const end = again.code === 0 ? snapshotStore(db) : null
  const diff = end ? differences(clean, end) : ['second ingest failed']
  const pass = kill.killed && mid !== null && consistent(mid) && again.code === 0 && end !== null && consistent(end) && diff.length === 0
  return {
    name,
    pass,
    summary: !kill.killed
      ? `not killed: the ingest ended before the ${what}`
      : `killed ${what} with ${kill.storedAtKill} documents stored; store after kill: integrity ${mid?.integrity ?? 'missing'}, ${mid ? orphanTotal(mid) : '?'} orphan rows; second ingest exit ${again.code}; differences from a clean run: ${diff.length === 0 ? 'none' : diff.join(', ')}`,
    details: { storedAtKill: kill.storedAtKill, afterKill: mid && { integrity: mid.integrity, orphans: mid.orphans, counts: mid.counts }, secondIngest: brief(again), end: end && { integrity: end.integrity, orphans: end.orphans, counts: end.counts }, differences: diff },
  }
}

/** Tables in a SQLite file (0 when missing or unreadable). */
function tablesOf(db: string): number {
  if (!existsSync(db)) return 0
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return (d.prepare("select count(*) n from sqlite_master where type = 'table'").get() as { n: number }).n
    } finally {
      d.close()
    }
  } catch {
    return 0
  }
}

/** Kill the first ingest into a new store as soon as its file appears: while the schema is created. */
export async function killDuringMigration(folder: string, db: string): Promise<FaultResult> {
  const { child, done } = startCli(['ingest', folder, '--db', db])
  let ended = false
  void done.then(() => (ended = true))
  // Kill once some tables exist but before the migration is recorded.
  while (!ended && tablesOf(db) < 4) await new Promise((r) => setTimeout(r, 5))
  child.kill('SIGKILL')
  const first = await done
  const again = await runCli(['ingest', join(folder, 'part-0'), '--db', db])
  const pass = again.code === 0
  return {
    name: 'SIGKILL while the new store is being created (migration)',
    pass,
    summary: `first ingest ${first.signal ?? `exit ${first.code}`}; second ingest exit ${again.code}${again.code === 0 ? '' : `: ${again.stderr.trim().split('\n')[0]}`}`,
    details: { first: brief(first), second: brief(again) },
  }
}

/** Two ingests of overlapping folders at once into one SQLite store. */
export async function concurrentIngests(parts: string[], db: string, clean: StoreSnapshot): Promise<FaultResult> {
  const [a, b] = await Promise.all([runCli(['ingest', parts[0], parts[1], '--db', db]), runCli(['ingest', parts[1], parts[2], '--db', db])])
  const end = snapshotStore(db)
  const diff = differences(clean, end)
  const locked = (a.stdout + a.stderr + b.stdout + b.stderr).split('database is locked').length - 1
  const pass = a.code === 0 && b.code === 0 && locked === 0 && consistent(end) && diff.length === 0
  return {
    name: 'two ingests of overlapping folders at once (one SQLite store)',
    pass,
    summary: `exits ${a.code} and ${b.code}; "database is locked" reported ${locked} times; store integrity ${end.integrity}, ${orphanTotal(end)} orphan rows; differences from one ingest: ${diff.length === 0 ? 'none' : diff.join(', ')}`,
    details: { a: brief(a), b: brief(b), end: { counts: end.counts }, differences: diff },
  }
}

/** Store paths that cannot be used: a clear one-line error naming the path, non-zero exit, no stack. */
export async function unusableStores(dir: string, doc: string): Promise<FaultResult[]> {
  mkdirSync(join(dir, 'bad'), { recursive: true })
  writeFileSync(join(dir, 'bad', 'plain'), 'not a folder')
  mkdirSync(join(dir, 'bad', 'folder.db'), { recursive: true })
  const random = Buffer.alloc(16384)
  for (let i = 0, x = 7; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16
  writeFileSync(join(dir, 'bad', 'random.db'), random)
  writeFileSync(join(dir, 'bad', 'header.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), random.subarray(0, 8192)]))
  const cases: [string, string][] = [
    ['store path under a regular file', join(dir, 'bad', 'plain', 'dyad.db')],
    ['store path is a directory', join(dir, 'bad', 'folder.db')],
    ['store file of random bytes', join(dir, 'bad', 'random.db')],
    ['store file with a SQLite header and random bytes', join(dir, 'bad', 'header.db')],
  ]
  const out: FaultResult[] = []
  for (const [name, db] of cases) {
    for (const command of [['ingest', doc], ['export'], ['events']]) {
      const r = await runCli([...command, '--db', db])
      const lines = r.stderr.trim().split('\n')
      const oneLine = lines.length === 1 && lines[0].startsWith('dyad: ')
      const noStack = !/^\s+at /m.test(r.stderr)
      const namesPath = r.stderr.includes(db)
      out.push({
        name: `${name}: dyad ${command[0]}`,
        pass: r.code !== 0 && r.code !== null && oneLine && noStack && namesPath,
        summary: `exit ${r.code}; ${oneLine ? 'one line' : `${lines.length} lines`}; ${noStack ? 'no stack trace' : 'STACK TRACE'}; ${namesPath ? 'names the path' : 'does NOT name the path'}: ${lines[0]}`,
        details: { db, stderr: r.stderr.trim().slice(0, 600) },
      })
    }
  }
  return out
}
