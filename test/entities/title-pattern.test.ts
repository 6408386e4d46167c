import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TITLES } from '../../src/entities/gazetteer/lexicon.js'
import { TITLE_ALTERNATION } from '../../src/entities/recognizers/title-pattern.js'

// The titles are written as a trie: in every pattern that uses them they must
// match what the flat alternation of the titles (longest first) matched.
const BATTERY = join(import.meta.dirname, '../../eval/battery')

const ABBREVIATIONS = new Set(['pm', 'ceo'])
const FLAT = [...TITLES]
  .sort((a, b) => b.length - a.length)
  .map((t) =>
    t
      .split(/[ -]+/)
      .map((w) => (ABBREVIATIONS.has(w) ? w.toUpperCase() : /^[a-z]/.test(w) ? `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}` : w))
      .join('[\\s-]+'),
  )
  .join('|')

function matches(pattern: RegExp, text: string): string[] {
  const out: string[] = []
  let m: RegExpExecArray | null
  while ((m = pattern.exec(text)) !== null) out.push(`${m.index}:${m[0]}`)
  return out
}

describe('TITLE_ALTERNATION', () => {
  it('matches as the flat alternation of the titles did', () => {
    const text = readdirSync(BATTERY)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(BATTERY, f), 'utf8').split('\n'))
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text)
      .join('\n\n')
    const extra = ' PM Modi, CEO Musk, Deputy Prime Minister X, deputy-prime minister Y, Foreign  Minister Z, vice president, Vice-President W.'
    const shapes = [
      (alt: string) => `(?<![\\p{L}-])(?:${alt})\\s+(?=\\p{Lu})`,
      (alt: string) => `(?<![\\p{L}-])(?:${alt})(?:[ \\t]+(?:for|of|on)[ \\t]+(?:[^,.;\\n]|\\.(?=\\S|[ \\t]+\\p{Ll})){1,40}?)?,[ \\t]+(?=\\p{Lu})`,
      (alt: string) => `(?:${alt})\\b`,
    ]
    for (const shape of shapes) {
      const found = matches(new RegExp(shape(FLAT), 'gu'), text + extra)
      expect(found.length).toBeGreaterThan(5)
      expect(matches(new RegExp(shape(TITLE_ALTERNATION), 'gu'), text + extra)).toEqual(found)
    }
  })
})
