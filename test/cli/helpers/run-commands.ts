// Run several `dyad` commands in one process (argv: commands separated by
// `--next`), output discarded: what they load is recorded by record-loads.mjs.
import { main } from '../../../src/cli/main.js'

const quiet = { out: () => {}, err: (t: string) => void process.stderr.write(t), isTTY: false, exitCode: 0 }
const args = process.argv.slice(2)
const commands: string[][] = [[]]
for (const a of args) if (a === '--next') commands.push([]); else commands[commands.length - 1].push(a)
for (const command of commands) {
  const code = await main(['node', 'dyad', ...command], { ...quiet })
  if (code !== 0) throw new Error(`dyad ${command.join(' ')} exited with ${code}`)
}
