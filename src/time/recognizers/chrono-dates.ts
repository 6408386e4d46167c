import type * as chrono from 'chrono-node'
import type { Recognizer } from '../../pipeline/recognizer.js'
import type { Anchor, TimeCandidate } from '../candidate.js'
import { CHRONO_DAY_FIRST, CHRONO_LANGUAGES, chronoInterval, chronoReference, statesYearAndMonth } from '../chrono-reading.js'

// Recognition runs before the document is dated: chrono reads the text
// against a fixed day, and what depends on the reference is read again
// from the expression's own words once the anchor is known.
const FIXED_REFERENCE = new Date(2000, 0, 1, 12)
const OTHER_REFERENCE = new Date(1990, 6, 15, 12)
// Prepositions chrono keeps in its span; Dyad's spans start at the time words.
const LEADING = /^(?:(?:on|in|at|from|during|by|of|since)\s+)+/i
// A time of day chrono joins to the date ("23:21, 01-Nov-2022", "7 Nov 2024 18:03 GMT"): Dyad's
// mentions are days, and their spans the date's words.
const TIME_BEFORE = /^\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:\([A-Z]{2,5}\)|[A-Z]{2,5}\b)?[,\s]*/i
const TIME_OF_DAY = /T?\d{1,2}(?::\d\d){1,2}|\b\d{1,2}\s?[ap]\.?m\b|\b(?:noon|midnight|morning|afternoon|evening|night)\b/i
const SEPARATOR = /[,\s-]/
const LAST_WORD = /\s(?:at|in|the)$/i
const DAY_WORDS = /^casualReference\/(?:now|today|tonight|tomorrow|yesterday)$/

/** The date's words before a time of day chrono joined to them (a loop, not a backtracking pattern). */
function cutTimeOfDay(text: string): string {
  const at = text.search(TIME_OF_DAY)
  if (at <= 0) return text
  let end = at
  while (end > 0 && SEPARATOR.test(text[end - 1])) end--
  let out = text.slice(0, end)
  for (let i = 0; i < 2 && LAST_WORD.test(out); i++) out = out.slice(0, out.lastIndexOf(' ')).trimEnd()
  return out
}
// The one chrono-node pass over the whole text: the pattern matches once, at the start.
const WHOLE_TEXT = /^[\s\S]/dg

/** chrono marks the year of "in 10 days" or "yesterday" certain: it counted it from the reference. */
function isRelative(r: chrono.ParsedResult): boolean {
  return [...r.tags()].some((t) => t.startsWith('result/relative') || DAY_WORDS.test(t))
}

/**
 * In another language chrono reads everything; what it counts from the
 * reference (its locales tag that unevenly) reads differently against another day.
 */
function acceptedInOtherLanguage(parser: chrono.Chrono, r: chrono.ParsedResult): 'none' | 'reference' {
  if (isRelative(r) || !r.start.isCertain('year')) return 'reference'
  const fixed = chronoInterval(r)
  const other = read(parser, r.text, OTHER_REFERENCE, false)
  return fixed && other && fixed.start === other.start && fixed.end === other.end ? 'none' : 'reference'
}

/** chrono's readings Dyad takes in English, where its own rules read nothing as long. */
function acceptedInEnglish(r: chrono.ParsedResult): 'none' | 'reference' | null {
  const relative = isRelative(r)
  // A date that states its year and month ("Mar. 3 , 1987", "2021/sep/15", "05/16/99", "october of 2001").
  if (!relative && statesYearAndMonth(r.start) && (!r.end || statesYearAndMonth(r.end))) return 'none'
  // Days from now ("in 10 days").
  if (relative && !r.end && /^(?:in|within)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?$/i.test(r.text)) return 'reference'
  return null
}

function read(parser: chrono.Chrono, text: string, reference: Date, forward: boolean) {
  const r = parser.parse(text, reference, { forwardDate: forward })[0]
  return r && r.index === 0 ? chronoInterval(r) : null
}

/**
 * chrono-node as a time recognizer: one pass over the text; a result becomes
 * a candidate when `accept` takes it (English: what Dyad's own rules do not
 * read; other languages: everything). `lang` picks chrono's parser.
 */
export function chronoDates(lang = 'en'): Recognizer<TimeCandidate> {
  const parser = (CHRONO_LANGUAGES as Readonly<Record<string, (typeof CHRONO_LANGUAGES)['en'] | undefined>>)[lang]
  if (!parser) throw new Error(`chrono-node has no parser for language \`${lang}\``)
  return {
    name: `chrono-${lang}`,
    pattern: () => WHOLE_TEXT,
    extract(_ctx, match) {
      const out: TimeCandidate[] = []
      for (const r of parser.parse(match.input, FIXED_REFERENCE)) {
        const needs = lang === 'en' ? acceptedInEnglish(r) : acceptedInOtherLanguage(parser, r)
        if (!needs) continue
        // "in 10 days" keeps its "in": without it the words are a duration.
        let lead = needs === 'none' ? (LEADING.exec(r.text)?.[0].length ?? 0) : 0
        let text = r.text.slice(lead)
        if (r.start.isCertain('hour')) {
          const before = TIME_BEFORE.exec(text)?.[0].length ?? 0
          lead += before
          text = cutTimeOfDay(text.slice(before))
        }
        const start = r.index + lead
        const fixed = chronoInterval(r)
        const resolve = (anchor: Anchor) => {
          const dayFirst = anchor.dayFirst && lang === 'en'
          if (needs === 'none' && !dayFirst) return fixed
          if (needs === 'none') return read(CHRONO_DAY_FIRST, text, FIXED_REFERENCE, false)
          if (!anchor.reference) return null
          return read(parser, text, chronoReference(anchor.reference), anchor.tense === 'future')
        }
        out.push({ span: { start, end: start + text.length }, text, ruleId: `time:chrono`, needs, resolve })
      }
      return out
    },
  }
}
