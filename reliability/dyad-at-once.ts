// `dyad <args>` from the sources, started only once `count` processes have
// loaded (each writes `<barrier>.<id>` and waits for the others): process
// start-up on a loaded machine varies by seconds, which would keep the
// processes from meeting at the moment under test.
import { existsSync, writeFileSync } from 'node:fs'
import { main } from '../src/cli/main.js'

const [barrier, id, count, ...args] = process.argv.slice(2)
writeFileSync(`${barrier}.${id}`, '')
const ready = () => Array.from({ length: Number(count) }, (_, i) => `${barrier}.${i}`).every((f) => existsSync(f))
while (!ready()) await new Promise((r) => setTimeout(r, 2))
await main([process.argv[0]!, 'dyad', ...args])
