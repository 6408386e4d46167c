// Part of `npm run build`: Kysely's CommonJS build bundled into one file,
// dist/vendor/kysely.cjs, which src/store/kysely.ts loads when it is there.
// Node reads Kysely's ~260 files one by one on every command's start-up
// (about 0.1 s, a third of `dyad events`); one file of the same code loads
// in about 0.03 s. Nothing of Kysely changes: same build, same exports.
import { build } from 'esbuild'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

await build({
  entryPoints: [require.resolve('kysely')],
  outfile: new URL('../dist/vendor/kysely.cjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
})
