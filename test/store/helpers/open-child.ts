// Child process for test/store/concurrent-open.test.ts: once loaded, say so
// in `<barrier>.<id>` and wait until all `count` children have (so they open
// at once), then open the store and report.
import { existsSync, writeFileSync } from 'node:fs'
import { openStore } from '../../../src/store/open.js'

const [location, barrier, id, count] = process.argv.slice(2)
writeFileSync(`${barrier}.${id}`, '')
const ready = () => Array.from({ length: Number(count) }, (_, i) => `${barrier}.${i}`).every((f) => existsSync(f))
while (!ready()) await new Promise((r) => setTimeout(r, 2))
try {
  const store = await openStore(location)
  const { n } = (await store.db.selectFrom('dyad_migration' as never).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()) as { n: number }
  await store.close()
  process.stdout.write(`ok ${n}\n`)
} catch (error) {
  process.stdout.write(`error ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
