import { cardinalOf } from '../util/number-words.js'

// A cardinal right before the event noun, up to two modifiers between:
// "four phone talks", "14 investment agreements", "a total of nine agreements",
// also at the start of a quotation (“Fourteen agreements ...).
const BEFORE_NOUN =
  /(?:^|[\s("“‘'])(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen)\s+(?:[A-Za-z-]+\s+){0,2}$/i

/** The number of events a plural noun counts, or null ("three phone talks" -> 3). */
export function countBefore(text: string, nounStart: number): number | null {
  const head = text.slice(Math.max(0, nounStart - 40), nounStart)
  const m = BEFORE_NOUN.exec(head)
  if (!m) return null
  const between = head.slice(m.index + m[0].indexOf(m[1]) + m[1].length)
  // "the two leaders' talks", "2022 talks": not counts.
  if (/['’]/.test(between)) return null
  const raw = m[1].toLowerCase()
  const n = cardinalOf(raw)
  if (n === undefined || n < 2 || n > 500) return null
  if (/^\d{4}$/.test(raw)) return null
  return n
}
