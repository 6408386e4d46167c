import { francAll } from 'franc'
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'
import { clean } from 'trigram-utils'

// franc scores are relative to the best guess (1). English news text full of
// foreign names often scores Scots first with English a hair behind; this
// much of the best score is close enough to count as a tie.
const TIE = 0.9
// Trigram statistics settle long before this; sampling keeps big texts cheap.
const SAMPLE_CHARS = 6000
// franc's own constants (franc/index.js): it reads this much of a text, and
// a trigram a language lacks costs this much distance.
const FRANC_MAX_LENGTH = 2048
const FRANC_MAX_DIFFERENCE = 300

export interface LanguageVerdict {
  /** ISO 639-3 code of the language the text is read as. */
  readonly language: string
  /** True when the text is too short to tell (read as the first supported language). */
  readonly undetermined: boolean
}

/**
 * Which supported language a text is in, or the unsupported language it is
 * in. Texts shorter than `minChars` are not judged (franc misreads short
 * English as Scots or Spanish) and count as the first supported language.
 */
export function detectLanguage(text: string, supported: readonly string[], minChars: number): LanguageVerdict {
  const fallback = supported[0] ?? 'eng'
  const sample = text.slice(0, SAMPLE_CHARS)
  if (sample.replace(/\s+/g, ' ').trim().length < minChars) return { language: fallback, undetermined: true }
  const ranked = rankLanguages(sample, minChars)
  const best = ranked[0]
  if (!best || best[0] === 'und') return { language: fallback, undetermined: true }
  const near = ranked.find(([code, score]) => supported.includes(code) && score >= TIE)
  return { language: near ? near[0] : best[0], undetermined: false }
}

/**
 * francAll's ranking of a sample: [language, score] from the best, the
 * same list francAll gives (test/ingest/language.test.ts compares them).
 * francAll looks up each trigram of the text in each language's model in
 * turn (16% of an ingest's CPU); here each trigram is looked up once in an
 * index of the languages that have it, and every other language adds
 * franc's fixed cost for a missing trigram. Distances are sums of whole
 * numbers, so the order of the sums does not change them.
 */
export function rankLanguages(sample: string, minLength: number): [string, number][] {
  if (sample.length < minLength) return francAll(sample, { minLength })
  const value = sample.slice(0, FRANC_MAX_LENGTH)
  const script = topScript(value)
  const index = script === undefined ? undefined : indexOf(script)
  // A script franc keeps no trigrams for (one language, or none): francAll decides without distances.
  if (!index) return francAll(sample, { minLength })
  const trigrams = trigramCounts(value)
  const distances = new Array<number>(index.codes.length).fill(trigrams.size * FRANC_MAX_DIFFERENCE)
  for (const [trigram, count] of trigrams) {
    const postings = index.postings.get(trigram)
    if (!postings) continue
    for (let n = 0; n < postings.length; n += 2) distances[postings[n]] += Math.abs(count - postings[n + 1] - 1) - FRANC_MAX_DIFFERENCE
  }
  // franc's stable sort by distance, then its normalization (1 for the best).
  const ranked = index.codes.map((code, n): [string, number] => [code, distances[n]]).sort((a, b) => a[1] - b[1])
  const min = ranked[0][1]
  const max = value.length * FRANC_MAX_DIFFERENCE - min
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0
  return ranked
}

/**
 * Each trigram of the text and how often it occurs, as trigram-utils'
 * asTuples counts them (cleaned, padded with a space), without its array of
 * every trigram and its sort by count: the distances are sums, in any order.
 */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${clean(value)} `
  const counts = new Map<string, number>()
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}

/** The script most of the text is written in (franc's getTopScript). */
function topScript(value: string): string | undefined {
  let top: string | undefined
  let topCount = -1
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0
    if (count > topCount) {
      topCount = count
      top = script
    }
  }
  return top
}

/** A script's languages (franc's order) and, per trigram, the languages having it: pairs of language index and weight. */
interface TrigramIndex {
  readonly codes: readonly string[]
  readonly postings: ReadonlyMap<string, readonly number[]>
}

const INDEXES = new Map<string, TrigramIndex>()

/** The index of a script's trigram models, built on first use with franc's weights. */
function indexOf(script: string): TrigramIndex | undefined {
  const languages = (data as Record<string, Record<string, string>>)[script]
  if (!languages) return undefined
  let index = INDEXES.get(script)
  if (!index) {
    const codes = Object.keys(languages)
    const postings = new Map<string, number[]>()
    codes.forEach((code, n) => {
      const trigrams = languages[code].split('|')
      // franc assigns weights from the end, so a repeated trigram keeps its first place.
      const weights = new Map<string, number>()
      for (let weight = trigrams.length - 1; weight >= 0; weight--) weights.set(trigrams[weight], weight)
      for (const [trigram, weight] of weights) {
        const list = postings.get(trigram)
        if (list) list.push(n, weight)
        else postings.set(trigram, [n, weight])
      }
    })
    index = { codes, postings }
    INDEXES.set(script, index)
  }
  return index
}

export { languageName } from './language-name.js'
