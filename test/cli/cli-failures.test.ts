import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVENT_TYPES } from '../../src/model/types.js'
import { dyad } from './run-cli.js'

const ROOT = join(import.meta.dirname, '../..')
const EXAMPLES = join(ROOT, 'examples')

/** Run the CLI (from source) in a child whose standard output is closed before it writes. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; err: string }> {
  const main = join(ROOT, 'src/cli/main.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `import(${JSON.stringify(main)}).then((m) => m.main(process.argv))`, 'dyad', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // The reader is gone before the first write: every write meets EPIPE, as after `| head -3`.
  child.stdout.destroy()
  let err = ''
  child.stderr.on('data', (d) => (err += d))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, err })))
}

describe('dyad CLI failures a user meets', () => {
  let dir: string
  let db: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-cli-fail-'))
    db = join(dir, 'examples.db')
    const run = await dyad('ingest', EXAMPLES, '--db', db)
    expect(run.code, run.err).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('ends quietly when the reader of its output goes away (| head)', async () => {
    const run = await runWithClosedStdout(['figures', '--json', '--db', db])
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
  })

  it('refuses to read a store that does not exist, naming it, and creates nothing', async () => {
    const missing = join(dir, 'typo.db')
    for (const args of [['events'], ['figures'], ['summary'], ['timeline', '--pair', 'JP,AU'], ['conflicts'], ['entities'], ['documents'], ['export'], ['report', '--pair', 'JP,AU', '--out', join(dir, 'b.html')]]) {
      const run = await dyad(...args, '--db', missing)
      expect(run.code, args[0]).toBe(1)
      expect(run.err, args[0]).toContain(`no store at ${missing}`)
      expect(run.out, args[0]).toBe('')
      expect(existsSync(missing), args[0]).toBe(false)
    }
  })

  it('refuses the dates, pairs and statuses the API refuses, with the same messages', async () => {
    const cases: [string[], RegExp][] = [
      [['events', '--from', '2024-02-30'], /^dyad: --from: from must be a date: YYYY, YYYY-MM or YYYY-MM-DD\n$/],
      [['figures', '--to', 'yesterday'], /^dyad: --to: to must be a date/],
      [['events', '--from', '2024', '--to', '2023'], /^dyad: --to: to must not be before from\n$/],
      [['events', '--pair', 'VN,VN'], /^dyad: --pair: pair: a pair is two different countries/],
      [['figures', '--pair', 'VN'], /^dyad: --pair: pair: a pair is two countries/],
      [['events', '--status', 'maybe'], /^dyad: --status: status must be occurred or planned/],
      [['figures', '--indicator', 'Trade Turnover'], /^dyad: --indicator: indicator must be a name/],
      [['entities', '--type', 'city'], /^dyad: --type: type must be one of country, person/],
    ]
    for (const [args, message] of cases) {
      const run = await dyad(...args, '--db', db)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.err, args.join(' ')).toMatch(message)
    }
  })

  it('answers an unknown --type with the valid types', async () => {
    const run = await dyad('events', '--type', 'visits', '--db', db)
    expect(run.code).toBe(2)
    expect(run.err).toContain('(got "visits")')
    for (const type of EVENT_TYPES) expect(run.err).toContain(type)
  })

  it('says why a list is empty: the pair has no data, and which pairs do', async () => {
    for (const command of ['events', 'figures', 'conflicts', 'documents', 'entities']) {
      const run = await dyad(command, '--pair', 'KE,ET', '--db', db)
      expect(run.code, command).toBe(0)
      expect(run.out, command).toMatch(/^0 \w+: no data for the pair KE-ET; pairs with data: .*AU-JP \(\d+ documents/m)
    }
    const timeline = await dyad('timeline', '--pair', 'KE,ET', '--db', db)
    expect(timeline.out).toMatch(/^0 events: no data for the pair KE-ET/)
    const filtered = await dyad('events', '--pair', 'JP,AU', '--from', '2099', '--db', db)
    expect(filtered.out).toMatch(/^0 events: no events match these filters\n$/m)
  })

  it('fails to write a brief of a pair with no data, and writes no file', async () => {
    const out = join(dir, 'empty-brief.html')
    const run = await dyad('report', '--pair', 'KE,ET', '--out', out, '--db', db)
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/^dyad: nothing to report: no data for the pair KE-ET; pairs with data: AU-JP/)
    expect(existsSync(out)).toBe(false)
  })

  it('lists conflicts, entities and documents', async () => {
    const conflicts = await dyad('conflicts', '--kind', 'all', '--json', '--db', db)
    expect(conflicts.code, conflicts.err).toBe(0)
    const all = JSON.parse(conflicts.out) as { kind: string }[]
    const real = JSON.parse((await dyad('conflicts', '--json', '--db', db)).out) as { kind: string }[]
    expect(real.every((c) => c.kind === 'conflict')).toBe(true)
    expect(real.length).toBe(all.filter((c) => c.kind === 'conflict').length)
    const badKind = await dyad('conflicts', '--kind', 'dispute', '--db', db)
    expect(badKind.code).toBe(2)
    expect(badKind.err).toMatch(/kind must be conflict, agreement, change_over_time or all/)

    const entities = await dyad('entities', '--type', 'country', '--db', db)
    expect(entities.code, entities.err).toBe(0)
    expect(entities.out.split('\n')[0]).toMatch(/^name\s+type\s+country\s+docs\s+roles\s+also called$/)
    expect(entities.out).toMatch(/^Japan\s+country\s+JP/m)
    expect(entities.out).toMatch(/^\d+ entities\n$/m)

    const documents = await dyad('documents', '--db', db)
    expect(documents.code, documents.err).toBe(0)
    expect(documents.out.split('\n')[0]).toMatch(/^id\s+published\s+/)
    expect(documents.out).toMatch(/^4 documents\n$/m)
  })

  it('export --format tsv announces only what it writes: events', async () => {
    const out = join(dir, 'events.tsv')
    const run = await dyad('export', '--format', 'tsv', '--out', out, '--db', db)
    expect(run.code, run.err).toBe(0)
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n').length - 1
    expect(run.err).toBe(`wrote ${out} (${rows} events; figures and documents are in --format json or csv)\n`)
  })
})
