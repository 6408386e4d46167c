import { describe, expect, it } from 'vitest'
import { timeCommand } from '../../src/cli/commands/time.js'
import type { CliIo } from '../../src/cli/io.js'

function bufferIo(): CliIo & { text: () => string } {
  let out = ''
  return { out: (t) => void (out += t), err: () => undefined, isTTY: false, exitCode: 0, text: () => out }
}

describe('dyad time', () => {
  it('prints JSON rows with spans into the given text', async () => {
    const io = bufferIo()
    const text = 'The envoy will arrive on Friday; trade rose 4% in the first half of 2021.'
    await timeCommand(io).parseAsync(['node', 'time', text, '--ref', '2021-08-02', '--json'])
    const rows = JSON.parse(io.text())
    expect(rows).toEqual([
      { text: 'Friday', start: 25, end: 31, value: { start: '2021-08-06', end: '2021-08-06', granularity: 'day' } },
      { text: 'the first half of 2021', start: 50, end: 72, value: { start: '2021-01-01', end: '2021-06-30', granularity: 'half' } },
    ])
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.text)
  })

  it('prints a table, and unresolved expressions without a reference', async () => {
    const io = bufferIo()
    await timeCommand(io).parseAsync(['node', 'time', 'They met last week, in March 2020.'])
    expect(io.text()).toMatch(/last week\s+\d+-\d+\s+-\s+-\s+unresolved/)
    expect(io.text()).toMatch(/March 2020\s+\d+-\d+\s+2020-03-01\s+2020-03-31\s+month/)
  })

  it('reads another language with chrono-node, in the same output shape', async () => {
    const io = bufferIo()
    const text = 'Die Minister trafen sich am 3. März 2024 und wieder gestern.'
    await timeCommand(io).parseAsync(['node', 'time', text, '--ref', '2024-11-06', '--lang', 'de', '--json'])
    const rows = JSON.parse(io.text())
    expect(rows.map((r: { value: unknown }) => r.value)).toEqual([
      { start: '2024-03-03', end: '2024-03-03', granularity: 'day' },
      { start: '2024-11-05', end: '2024-11-05', granularity: 'day' },
    ])
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.text)
  })

  it('rejects a language chrono-node does not parse', async () => {
    const command = timeCommand(bufferIo()).exitOverride()
    await expect(command.parseAsync(['node', 'time', 'x', '--lang', 'xx'])).rejects.toThrow(/--lang/)
  })

  it('rejects a malformed reference', async () => {
    const command = timeCommand(bufferIo())
    await expect(command.parseAsync(['node', 'time', 'today', '--ref', '5/11/2024'])).rejects.toThrow(/YYYY-MM-DD/)
  })
})
