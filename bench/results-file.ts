// bench/results.json: one object, one key per section. Each mode of
// `npm run bench` rewrites only its own sections, so a long run (--scale)
// and the regular run can be committed together.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const RESULTS_JSON = fileURLToPath(new URL('./results.json', import.meta.url))
export const RESULTS_MD = fileURLToPath(new URL('./results.md', import.meta.url))

export type Results = Record<string, any>

/** The results file as it stands (empty when absent or unreadable). */
export function readResults(): Results {
  if (!existsSync(RESULTS_JSON)) return {}
  try {
    return JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as Results
  } catch {
    return {}
  }
}

/** Merge `sections` into the results file and write it back. */
export function writeResults(sections: Results): Results {
  const merged = { ...readResults(), ...sections }
  writeFileSync(RESULTS_JSON, `${JSON.stringify(merged, null, 2)}\n`)
  return merged
}
