import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { reportCommand } from '../../src/cli/commands/report.js'
import { CliError, type CliIo } from '../../src/cli/io.js'

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

  it('writes a brief that says there is nothing yet for a pair absent from the store', async () => {
    const out = join(dir, 'empty.html')
    const o = io()
    await reportCommand(o).parseAsync(['--pair', 'NO,CL', '--out', out, '--db', join(dir, 'empty.db')], { from: 'user' })
    expect(o.text).toContain('wrote')
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('<h1>Norway – Chile</h1>')
    expect(html).toContain('No figures were extracted for this pair.')
    expect(html).toContain('No dated events were extracted for this pair.')
  })
})
