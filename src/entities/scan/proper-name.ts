import type { DocumentScan } from './document.js'
import { segmentSpan, unreadStartingAt } from './document.js'

// Particles inside names ("Lula da Silva", "Faisal bin Farhan") the tagger does not call proper nouns.
const NAME_PARTICLE = /^(?:da|de|do|dos|bin|al|van|von|der|la|le)$/

/**
 * The span of an unread name segment starting at `at`, when it has `min` to
 * `max` words and the tagger takes every word for a proper noun (or it is
 * written outside ASCII, or a name particle).
 */
export function properNameAt(scan: DocumentScan, at: number, min: number, max: number): { start: number; end: number } | null {
  const seg = unreadStartingAt(scan, at)
  if (!seg) return null
  const span = segmentSpan(seg)
  const from = scan.wordAt.get(span.start)
  if (from === undefined) return null
  const words = scan.words.slice(from, from + max + 1).filter((w) => w.end <= span.end)
  if (words.length < min || words.length > max) return null
  return words.every((w) => w.pos === 'PROPN' || /[^\x00-\x7f]/.test(w.text) || NAME_PARTICLE.test(w.text)) ? span : null
}
