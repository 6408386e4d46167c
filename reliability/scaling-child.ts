// Run by the backtracking tests and by run.ts in a child process, so a hang
// (a synchronous loop no timer can interrupt) is ended by the parent's timeout.
import { timeRegexes, timeStages } from './scaling.js'

const [mode, sizesArg, only] = process.argv.slice(2)
const sizes = JSON.parse(sizesArg) as number[]
if (mode === 'regex') {
  process.stdout.write(JSON.stringify({ timings: timeRegexes(process.cwd(), sizes) }))
} else {
  const { ADVERSARIAL } = await import('./adversarial.js')
  const { newsProse } = await import('./scaling.js')
  const all = [newsProse, ...ADVERSARIAL]
  const inputs = only ? all.filter((a) => only.split(',').includes(a.name)) : all
  process.stdout.write(JSON.stringify(timeStages(sizes, inputs, (name) => process.stderr.write(`${name}\n`))))
}
