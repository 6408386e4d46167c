// The benchmark text: the seed articles replicated to a target size, in
// document-sized pieces, plus one long and several short articles made
// from them. Deterministic.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SEED_DIR = fileURLToPath(new URL('../../shared/corpus/vietnam-china', import.meta.url))

export interface BenchDoc {
  readonly id: string
  readonly text: string
}

/** The seed articles, in name order. */
export function seedTexts(dir = SEED_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
}

/** Seed articles repeated until their UTF-8 size reaches `bytes`; document i of shard k when i % shards === k. */
export function replicated(bytes: number, shard = 0, shards = 1): BenchDoc[] {
  const seeds = seedTexts()
  const out: BenchDoc[] = []
  let total = 0
  for (let i = 0; total < bytes; i++) {
    const text = seeds[i % seeds.length]
    total += Buffer.byteLength(text)
    if (i % shards === shard) out.push({ id: `r${i}`, text })
  }
  return out
}

/** One long article: every seed article, one after the other, four times (about 100 KB). */
export function longArticle(): BenchDoc {
  return { id: 'long', text: seedTexts().join('\n\n').repeat(4) }
}

/** Short articles: the first two lines of each seed article (a lead and a sentence). */
export function shortArticles(): BenchDoc[] {
  return seedTexts().map((t, i) => ({ id: `short${i}`, text: `${t.split('\n').slice(0, 2).join('\n')}\n` }))
}
