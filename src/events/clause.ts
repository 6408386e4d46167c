import type { Span } from '../model/types.js'
import type { SentenceInfo } from './doc-index.js'

// Where one clause of a sentence ends and the next begins. ", and" (also ',” and' after a quotation) only
// separates clauses when a verb follows before the next comma; otherwise it
// joins list items ("the 8th Summit, the 10th Summit, and the 11th Summit").
// (?<!\s): a cut starts where a run of spaces starts, so each run is read once.
const CUT = /;|(?<!\s)\s+[-–—]\s+(?=[A-Z])|,?(?<!\s)\s+(?:while|whereas)\s+|,[”"’]?\s+but\s+|,[”"’]?\s+and\s+|,\s+(?=(?:meanwhile|however)\b)/g

/** The clause of `info` that contains `trigger`: between the cuts around it (clauseCuts). */
export function clauseOf(info: SentenceInfo, trigger: Span): Span {
  let start = info.sentence.span.start
  let end = info.sentence.span.end
  for (const cut of info.cuts) {
    if (cut.end <= trigger.start) start = cut.end
    else if (cut.start >= trigger.end) {
      end = cut.start
      break
    }
  }
  return { start, end }
}

/**
 * Where the clauses of a sentence meet, in text order (document offsets):
 * the cuts clauseOf reads. A pure function of the sentence, read once per
 * sentence (SentenceInfo.cuts) for the many triggers of its clauses.
 */
export function clauseCuts(info: SentenceInfo): Span[] {
  const base = info.sentence.span.start
  const cuts: Span[] = []
  CUT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CUT.exec(info.text)) !== null) {
    const cut = { start: base + m.index, end: base + m.index + m[0].length }
    if (/^,[”"’]?\s+and/.test(m[0]) && !verbBeforeComma(info, cut.end)) continue
    cuts.push(cut)
  }
  return cuts
}

// Words of a noun phrase: a subject may carry an apposition in commas
// (", and the environment secretary, George Eustice, was in contact").
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PART'])

function verbBeforeComma(info: SentenceInfo, from: number): boolean {
  let commas = 0
  let nominal = true
  for (const t of info.tokens) {
    if (t.span.start < from) continue
    if (t.text === ',' && nominal && commas < 2) {
      commas++
      continue
    }
    if (t.text === ',' || t.text === '.' || t.text === ';') return false
    // One comma passed and not closed is a list's last item before the main clause
    // ("on farming, energy, and car industries, Marcos also had"), not an apposition.
    if (t.pos === 'VERB' || t.pos === 'AUX') return commas !== 1
    if (!NOMINAL.has(t.pos)) nominal = false
  }
  return false
}

// A fronted adverbial ("In June,", "At the invitation of X, ...,") names no
// subject; the subject starts after it.
const FRONTED =
  /^(?:in|on|at|during|following|after|before|between|from|since|despite|over|through|amid|under|with|as|last|this|earlier|later|recently|meanwhile|also|particularly|notably|separately|today|yesterday|[a-z]+ (?:years?|months?|weeks?|days?) (?:ago|later|earlier))\b/i
const THAT = /\bthat\s+(?=[A-Z]|he\b|she\b|they\b|the\b)/g
// "... signed a compact, under which Washington will provide": a relative after a preposition opens a clause too.
const SUBORDINATE = /\b(?:when|because|although|though|whereas|unless|where|(?:under|by|through|in|with|for|from|during)\s+which)\s+/gi
const INVITATION = /\bat the invitation of\b[^,.;]*/gi

/**
 * The subject region of a clause: from after a fronted adverbial (when a
 * comma closes it before the trigger) to the trigger.
 */
export function subjectRegion(text: string, clause: Span, trigger: Span): Span {
  const head = text.slice(clause.start, trigger.start)
  // "agreed that Albanese will visit": the subject of the reported clause.
  let that = -1
  THAT.lastIndex = 0
  for (let m = THAT.exec(head); m; m = THAT.exec(head)) that = m.index + m[0].length
  if (that > 0) return { start: clause.start + that, end: trigger.start }
  // "relations severed when protesters in Iran attacked ...": the subject of
  // a subordinate clause is named after its conjunction.
  let sub = -1
  SUBORDINATE.lastIndex = 0
  for (let m = SUBORDINATE.exec(head); m; m = SUBORDINATE.exec(head)) sub = m.index + m[0].length
  if (sub > 0 && /\w/.test(head.slice(sub))) return { start: clause.start + sub, end: trigger.start }
  if (FRONTED.test(head)) {
    const commas: number[] = []
    for (let i = head.indexOf(','); i >= 0; i = head.indexOf(',', i + 1)) commas.push(i)
    if (commas.length > 0) {
      // "At the invitation of X, general secretary of Y, Trong is on": take
      // the last comma-free stretch that still holds a word.
      const last = commas[commas.length - 1]
      const first = commas[0]
      const cut = /^at the invitation\b/i.test(head) ? last : first
      return { start: clause.start + cut + 1, end: trigger.start }
    }
  }
  return { start: clause.start, end: trigger.start }
}

/** Spans inside `region` that name an inviter rather than a participant. */
export function invitationSpans(text: string, region: Span): Span[] {
  const out: Span[] = []
  const piece = text.slice(region.start, region.end)
  INVITATION.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = INVITATION.exec(piece)) !== null) out.push({ start: region.start + m.index, end: region.start + m.index + m[0].length })
  return out
}
