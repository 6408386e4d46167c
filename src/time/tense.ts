import type { Sentence, Span, Token } from '../model/types.js'
import type { Tense } from './candidate.js'
import { isPastForm } from '../text/nlp.js'

// Markers of a clause about the future: modals, "be + scheduled/expected/set
// to", plans, and prepositions that look forward ("ahead of", "upcoming").
const FUTURE =
  /\b(?:will|shall|won['’]t|(?:is|are|was|were|be|been|being|am)\s+(?:scheduled|expected|set|slated|due|going|poised|planned|likely|believed|about|supposed|tipped|projected|forecast|targeted|hoped|anticipated)\s+to(?!\s+have\b)|(?:scheduled|slated|set|planned)\s+(?:for|to)|(?:is|are)\s+(?:also\s+)?(?:expected|due)\s+(?:in|at|back)\b|(?:is|are)\s+to(?=\s+[a-z]+\b)(?!\s+(?:be\s+)?(?:blame|thank))|plans?\s+to|planning\s+to|intends?\s+to|expects?\s+to(?!\s+(?:have|be)\b)|upcoming|forthcoming|ahead\s+of|heading\s+(?:to|toward|towards)|in\s+the\s+run-up\s+to|to\s+be\s+(?:held|made|paid|signed|launched))\b|['’]ll\b/gi

// A past decision about the future: "agreed to meet again in March" (March is
// to come), but "in July, they agreed to meet" (July is past).
const DECIDED_TO =
  /\b(?:agreed|decided|pledged|promised|vowed|resolved|undertook|planned|arranged|invited\s+\w+(?:\s+\w+)?)\s+to\s+(?!(?:have|the|a|an|his|her|its|their|this|that|these|those)\b)[a-z]+/gi

// "Would" is the future of reported speech ("he said the president would visit on Friday"): a
// future marker after a reporting verb, never in a conditional of its own ("it would be wise") or
// before "have" (a past that did not happen).
const WOULD = /\bwould(?!\s+(?:not\s+)?have\b|n['’]t\s+have\b)/gi
const REPORTED =
  /\b(?:said|says|told|announced|stated|added|noted|reported|confirmed|indicated|revealed|disclosed|informed|promised|pledged|assured|expected|hoped|believed)\b/i

// Markers of a clause about the past: past forms of common irregular verbs,
// auxiliaries of the past and perfect, and "-ed" verbs.
const PAST =
  /\b(?:was|were|had|has|have|did|said|told|announced|stated|added|noted|reported|met|held|paid|began|begun|took|taken|made|gave|given|saw|seen|came|went|gone|became|won|sent|brought|told|spoke|spoken|led|left|got|grew|grown|rose|risen|fell|fallen|hit|set|put|cut|beat|chose|chosen|wrote|written|thought|built|bought|sold|sought|caught|taught|drew|drawn|flew|kept|felt|found|lost|meant|stood|understood|ran|ago)\b|\b[a-z]{2,}(?:ed)\b/gi

// "-ed" words that are not past verbs when no part of speech says so.
const NOT_PAST = new Set([
  'united',
  'need',
  'speed',
  'seed',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'feed',
  'bed',
  'hundred',
  'red',
  'shed',
  'related',
  'based',
  'limited',
  'advanced',
  'detailed',
  'dedicated',
  'interested',
  'concerned',
  'committed',
  'balanced',
  'qualified',
  'skilled',
  'experienced',
  'sophisticated',
  'talented',
  'embed',
  'breed',
  'greed',
  'weed',
  'expected',
  'scheduled',
  'planned',
  'so-called',
  'called',
  'named',
  'titled',
  'entitled',
  'sacred',
  'kindred',
])

const PASSIVE = /\b(?:is|are|am|be|being)\s+$/i

// The present progressive of an occasion with a weekday is an arrangement: "are meeting in Paris
// on Friday" is the coming Friday. It says nothing of other dates in the clause ("following the
// accord of May, they are hosting a conference": May is past), so it counts for weekdays only.
const ARRANGED = /\b(?:is|are)\s+(?:meeting|visiting|travell?ing|flying|heading|hosting|attending)\b/gi
const WEEKDAY_SPAN = /^(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i

interface Marker {
  start: number
  end: number
  tense: 'past' | 'future' | 'boundary'
  /** The tense for expressions before the marker, when it differs ("In July they agreed to meet": July is past). */
  before?: 'past'
  /** Characters added to the distance: a reporting verb governs the attribution, not the event reported. */
  penalty?: number
  /** Counts for a weekday only ("are meeting ... on Friday"). */
  weekdayOnly?: boolean
}

// "..., the ministry said on Saturday": the date next to a reporting verb is
// when it was said; anything further away belongs to what was said.
const REPORTING = /^(?:said|told|announced|stated|added|noted|reported)$/
const REPORTING_PENALTY = 40

// Clause boundaries: a marker past one of these governs another clause.
// "held talks in January and is expected to return in May": "and" before an auxiliary opens a predicate of its own.
const BOUNDARY = /;|\s[–—]\s|—|,\s+(?:while|but|whereas|although|though)\b|\sand\s+(?=(?:is|are|was|were|will|has|have|had)\s)/g

/**
 * Tense of the clause around each span, from the nearest marker in its
 * sentence (so "said on Monday that he will visit on Friday" reads Monday as
 * past and Friday as future). Part-of-speech tags, when given, keep "-ed"
 * adjectives ("the related agreement") from counting as past verbs.
 */
export function tensesOf(text: string, sentences: readonly Sentence[], tokens: readonly Token[], spans: readonly Span[]): Tense[] {
  const cache = new Map<number, Marker[]>()
  let s = 0
  return spans.map((span) => {
    while (s < sentences.length - 1 && span.start >= sentences[s].span.end) s++
    const sentence = sentences.length ? sentences[s] : { index: -1, span: { start: 0, end: text.length } }
    const within = span.start >= sentence.span.start && span.end <= sentence.span.end ? sentence.span : { start: 0, end: text.length }
    let markers = cache.get(within.start)
    if (!markers) {
      markers = markersIn(text, within, posIn(tokens, within))
      cache.set(within.start, markers)
    }
    return nearest(markers, span, text)
  })
}

/** Tense for one span in a text with no sentence or token analysis. */
export function tenseOf(text: string, span: Span): Tense {
  return nearest(markersIn(text, { start: 0, end: text.length }, new Map()), span, text)
}

/** Parts of speech of the tokens inside a span, by start offset (binary search: tokens are in text order). */
function posIn(tokens: readonly Token[], span: Span): Map<number, string> {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].span.start < span.start) lo = mid + 1
    else hi = mid
  }
  const out = new Map<number, string>()
  for (let i = lo; i < tokens.length && tokens[i].span.start < span.end; i++) out.set(tokens[i].span.start, tokens[i].pos)
  return out
}

function markersIn(text: string, within: Span, posAt: Map<number, string>): Marker[] {
  const piece = text.slice(within.start, within.end)
  const out: Marker[] = []
  const taken = new TakenSpans(within)
  // Where the first reporting verb of the piece ends: a "would" after it is reported speech. Found
  // once, where testing the text before each "would" read a whole document again for each of them
  // (the piece is the whole text when a span crosses its sentence).
  const reported = REPORTED.exec(piece)
  const reportedEnd = reported ? reported.index + reported[0].length : Infinity
  FUTURE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = FUTURE.exec(piece)) !== null) {
    const span = { start: within.start + m.index, end: within.start + m.index + m[0].length }
    out.push({ ...span, tense: 'future' })
    taken.add(span.start, span.end)
  }
  WOULD.lastIndex = 0
  while ((m = WOULD.exec(piece)) !== null) {
    if (reportedEnd > m.index) continue
    const span = { start: within.start + m.index, end: within.start + m.index + m[0].length }
    // What comes before "would" is the reporting clause ("in July, China announced that it would ...").
    out.push({ ...span, tense: 'future', before: 'past' })
    taken.add(span.start, span.end)
  }
  DECIDED_TO.lastIndex = 0
  while ((m = DECIDED_TO.exec(piece)) !== null) {
    const span = { start: within.start + m.index, end: within.start + m.index + m[0].length }
    if (taken.overlaps(span.start, span.end)) continue
    out.push({ ...span, tense: 'future', before: 'past' })
    taken.add(span.start, span.end)
  }
  ARRANGED.lastIndex = 0
  while ((m = ARRANGED.exec(piece)) !== null) {
    const span = { start: within.start + m.index, end: within.start + m.index + m[0].length }
    out.push({ ...span, tense: 'future', weekdayOnly: true })
    taken.add(span.start, span.end)
  }
  BOUNDARY.lastIndex = 0
  while ((m = BOUNDARY.exec(piece)) !== null) {
    out.push({ start: within.start + m.index, end: within.start + m.index + m[0].length, tense: 'boundary' })
  }
  PAST.lastIndex = 0
  while ((m = PAST.exec(piece)) !== null) {
    const start = within.start + m.index
    const end = start + m[0].length
    if (taken.overlaps(start, end)) continue
    const word = m[0].toLowerCase()
    // A participle after "is/are/be" is a passive present ("the sessions are made"), not a past.
    if (PASSIVE.test(piece.slice(Math.max(0, m.index - 12), m.index))) continue
    if (word.endsWith('ed')) {
      if (NOT_PAST.has(word)) continue
      const pos = posAt.get(start)
      if (pos !== undefined && pos !== 'VERB' && pos !== 'AUX') continue
    }
    out.push({ start, end, tense: 'past', penalty: REPORTING.test(word) ? REPORTING_PENALTY : 0 })
    taken.add(start, end)
  }
  // Irregular past forms the list above lacks ("froze", "fought", "struck"), for words the tagger reads as verbs.
  for (const [start, pos] of posAt) {
    if (pos !== 'VERB') continue
    const word = /^[a-z]+/i.exec(text.slice(start, start + 20))?.[0] ?? ''
    const end = start + word.length
    if (!word || taken.overlaps(start, end)) continue
    if (PASSIVE.test(text.slice(Math.max(within.start, start - 12), start))) continue
    if (isPastForm(word)) out.push({ start, end, tense: 'past', penalty: 0 })
  }
  return out
}

/**
 * The characters of a piece that markers already cover. Checking a match
 * costs its own length, where a list of the spans taken was read in full for
 * each match: quadratic when the piece is a whole document.
 */
export class TakenSpans {
  private readonly covered: Uint8Array
  constructor(private readonly within: Span) {
    this.covered = new Uint8Array(within.end - within.start)
  }

  add(start: number, end: number): void {
    this.covered.fill(1, Math.max(0, start - this.within.start), Math.max(0, end - this.within.start))
  }

  /** Whether [start, end) shares a character with a span added (none outside the piece). */
  overlaps(start: number, end: number): boolean {
    const last = Math.min(end, this.within.end) - this.within.start
    for (let i = Math.max(0, start - this.within.start); i < last; i++) if (this.covered[i] === 1) return true
    return false
  }
}

// A date is most often governed by the verb before it ("came into force in 2023 and which will
// be updated": 2023 is past); a marker after the date counts as this much further away.
const FOLLOWING_PENALTY = 6

function nearest(markers: readonly Marker[], span: Span, text: string): Tense {
  // A marker for weekdays only counts when the span is a bare weekday.
  const weekday = WEEKDAY_SPAN.test(text.slice(span.start, span.end))
  const counts = (m: Marker) => weekday || !m.weekdayOnly
  // The clause of the span: between the nearest boundaries either side.
  let lo = -Infinity
  let hi = Infinity
  for (const m of markers) {
    if (m.tense !== 'boundary') continue
    if (m.end <= span.start && m.end > lo) lo = m.end
    if (m.start >= span.end && m.start < hi) hi = m.start
  }
  const inClause = pick(markers, span, (m) => counts(m) && m.start >= lo && m.end <= hi)
  return inClause ?? pick(markers, span, counts)
}

function pick(markers: readonly Marker[], span: Span, keep: (m: Marker) => boolean): Tense {
  let best: Tense = null
  let bestDistance = Infinity
  for (const m of markers) {
    if (m.tense === 'boundary' || !keep(m)) continue
    if (m.start < span.end && m.end > span.start) continue // inside the expression ("five years ago")
    const gap = m.end <= span.start ? span.start - m.end : m.start - span.end + FOLLOWING_PENALTY
    const distance = gap + (m.penalty && gap > 6 ? m.penalty : 0)
    if (distance < bestDistance) {
      bestDistance = distance
      best = m.end <= span.start || !m.before ? m.tense : m.before
    }
  }
  return best
}
