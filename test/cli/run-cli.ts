import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Run `dyad <args>` in-process and collect what it wrote. */
export async function dyad(...args: string[]): Promise<CliRun> {
  let out = ''
  let err = ''
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, exitCode: 0 }
  const code = await main(['node', 'dyad', ...args], io)
  return { code, out, err }
}
