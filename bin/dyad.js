#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import { main } from '../dist/cli/main.js'

main(process.argv).catch((error) => {
  console.error(`dyad: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
