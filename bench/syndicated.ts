// Syndicated copy: the seed articles (real reports of 2–8 KB) copied many
// times, one line changed in each copy, as wire copy arrives from many
// outlets. Every copy is a distinct text (its own content hash), so ingest
// stores and processes each one. Deterministic.
//   node --import tsx bench/syndicated.ts <dir> [copies]   writes <copies> .txt files
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seedTexts, type BenchDoc } from './corpus.js'

const OUTLETS = ['Harbour Wire', 'Northern Ledger', 'Delta Post', 'Coastal Herald', 'Mekong Daily', 'Plateau Times', 'River News', 'Capital Dispatch']

/**
 * Copy `k` of seed `k % seeds`: the same text with one non-empty line
 * changed: a credit naming the outlet appended to it (which line moves
 * with the copy number, so copies of one seed differ in different places).
 */
export function syndicatedCopy(seed: string, k: number): string {
  const lines = seed.split('\n')
  const filled = lines.flatMap((line, i) => (line.trim() ? [i] : []))
  const at = filled[Math.floor(k / 7) % filled.length]
  lines[at] = `${lines[at]} (${OUTLETS[k % OUTLETS.length]}, copy ${k + 1})`
  return lines.join('\n')
}

/** `count` syndicated copies of the seed articles, in order. */
export function syndicated(count: number, seeds: readonly string[] = seedTexts()): BenchDoc[] {
  return Array.from({ length: count }, (_, k) => ({ id: `syn${String(k).padStart(5, '0')}`, text: syndicatedCopy(seeds[k % seeds.length], k) }))
}

/** Write the copies as `<id>.txt` files into `dir` (created); returns the total UTF-8 bytes. */
export function writeSyndicated(dir: string, count: number): number {
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  for (const doc of syndicated(count)) {
    writeFileSync(join(dir, `${doc.id}.txt`), doc.text)
    bytes += Buffer.byteLength(doc.text)
  }
  return bytes
}

if (process.argv[1]?.endsWith('syndicated.ts')) {
  const [dir, count] = process.argv.slice(2)
  if (!dir) throw new Error('usage: syndicated.ts <dir> [copies]')
  const bytes = writeSyndicated(dir, Number(count ?? 200))
  process.stdout.write(`${Number(count ?? 200)} copies, ${(bytes / 1e6).toFixed(2)} MB in ${dir}\n`)
}
