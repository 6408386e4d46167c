import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { reportCommand } from '../../src/cli/commands/report.js'
import { CliError, type CliIo } from '../../src/cli/io.js'
import { openStore } from '../../src/store/index.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-report-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function io(): CliIo & { text: string } {
  const o = { text: '', isTTY: false, exitCode: 0, out: (t: string) => void (o.text += t), err: (t: string) => void (o.text += t) }
  return o
}

describe('dyad report', () => {
  it('refuses a pair that is not two countries, as a usage error', async () => {
    const run = reportCommand(io()).parseAsync(['--pair', 'VN,Atlantis', '--out', join(dir, 'x.html'), '--db', join(dir, 'a.db')], { from: 'user' })
    await expect(run).rejects.toBeInstanceOf(CliError)
    await expect(run).rejects.toMatchObject({ exitCode: 2 })
  })

  it('refuses a brief of a pair absent from the store and writes no file (an empty brief would read as a quiet relationship)', async () => {
    const out = join(dir, 'empty.html')
    const o = io()
    const db = join(dir, 'empty.db')
    await (await openStore(db)).close()
    await expect(reportCommand(o).parseAsync(['--pair', 'NO,CL', '--out', out, '--db', db], { from: 'user' })).rejects.toThrow(/^nothing to report: the store has no documents/)
    expect(existsSync(out)).toBe(false)
  })
})
