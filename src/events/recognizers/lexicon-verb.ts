import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { LEXICON, type LexiconEntry } from '../lexicon/entries.js'
import { literal, verbForms } from '../lexicon/forms.js'
import { pairOf } from '../groups.js'
import { trieSource } from '../../util/word-trie.js'
import { byAgent, groupSpan, locate, makeEvent } from '../make-event.js'

/** Each inflected form -> the entries that use it, in lexicon order. */
const BY_FORM = new Map<string, LexiconEntry[]>()
for (const entry of LEXICON) {
  for (const lemma of entry.verbs) {
    for (const form of verbForms(lemma)) {
      const key = form.toLowerCase()
      const list = BY_FORM.get(key) ?? []
      if (!list.includes(entry)) list.push(entry)
      BY_FORM.set(key, list)
    }
  }
}
// Longest forms first, so "shot down" wins over "shot"; as a trie of the
// forms (the flat alternation of 1,300 forms was tried form by form at every word).
// Built once: recognize() resets lastIndex before each document.
const PATTERN = new RegExp(
  `\\b(?<verb>${trieSource(
    [...BY_FORM.keys()].sort((a, b) => b.length - a.length),
    literal,
  )})\\b`,
  'dgi',
)

// An infinitive is its own event only after words that plan or refuse it
// ("decided to expel", "refused to release"); after an appeal, a threat or
// a promise ("urged X to withdraw") it is the content of that act.
const OWN_INFINITIVE =
  /\b(?:quick|swift|rushed|hastened|scheduled|set|due|expected|slated|poised|going|plans?|planning|planned|intends?|intending|decided|decides|agreed|agrees|moved|voted|began|begins|started|continued|continues|refused|refuses|declined|declines|failed|fails|tried|tries|sought|seeks|gathered|assembled|marched|rallied|took to the streets)\s+(?:[^,.;]{0,60}?\s)?to\s+$/i
const BE = /^(?:is|are|was|were|be|been|being|got|gets|get)$/i
// A gerund after a preposition names what a noun is about, not an act:
// "talks on restoring ties", "aimed at expelling", "the idea of sanctioning".
const GERUND_OBJECT = /\b(?:on|at|of|in|for|about|towards?|over|against|without)\s+$/i
const HALTED = /\b(?:stop|stops|stopped|stopping|cease|ceased|halt|halted|end|ended|quit|avoid|avoided|refrain from|refrained from)\s+$/i
// A bare verb right after a dash, colon or opening quote, or opening the sentence: an order, not a report.
const IMPERATIVE_BEFORE = /(?:^|[-–—:;"“‘]\s*)$/
// A conditional future of sanctions is a threat of them (CAMEO 1312): "said it would impose curbs".
const RELATIONS_CODE = /^(?:sanction\.relations|relations_milestone\.restore)$/
const CONDITIONAL = /\b(?:would|could|might|may)\s+(?:\w+\s+)?$/i

// A third-person form right after a name that the tagger read as a plural
// noun: in a headline ("Algeria cuts ties with Morocco") it is the verb;
// elsewhere ("Algeria breaks off relations with Morocco") only when the
// words after it are what the entry needs ("the Hong Kong protests" stays a noun).
type VerbReading = 'verb' | 'noun-after-name' | null

function readVerb(match: RegExpExecArray, info: ReturnType<typeof locate> & {}): VerbReading {
  if (/\s/.test(match.groups!.verb)) return 'verb'
  const verb = groupSpan(match, 'verb')
  const at = info.tokens.findIndex((t) => t.span.start === verb.start)
  const token = info.tokens[at]
  if (!token) return null
  if (token.pos === 'VERB' || (token.pos === 'ADJ' && /(?:ed|en)$/i.test(token.text))) return 'verb'
  if (token.pos !== 'NOUN' || !/s$/i.test(token.text) || info.tokens[at - 1]?.pos !== 'PROPN') return null
  return info.heading ? 'verb' : 'noun-after-name'
}

/**
 * Events read from the CAMEO lexicon (src/events/lexicon/entries.ts): a
 * verb of the lexicon, the words after it deciding the code, source and
 * target read from the subject and the object (swapped in the passive).
 */
const LABEL_RELATIVE = /\bwhat\s+(?:[\w'’-]+\s+){1,2}$/i
// Acts done by saying: a time in their complement is the complement's.
const SPEECH: ReadonlySet<string> = new Set(['statement', 'demand', 'threat', 'accusation', 'rejection', 'protest'])

export const lexiconVerb: Recognizer<EventDraft> = {
  name: 'lexicon-verb',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    const reading = info ? readVerb(match, info) : null
    if (!info || !reading) return null
    const verb = groupSpan(match, 'verb')
    const entries = BY_FORM.get(match.groups!.verb.toLowerCase().replace(/\s+/g, ' '))
    if (!entries) return null
    const clause = clauseOf(info, verb)
    const head = ctx.text.slice(Math.max(clause.start, verb.start - 60), verb.start)
    if (/\bto\s+$/i.test(head) && !OWN_INFINITIVE.test(head)) return null
    // The inflected word of a phrasal form ("sent back", "taken into custody").
    const firstWord = match.groups!.verb.split(/\s+/)[0]!
    const gerund = /ing$/i.test(firstWord)
    if (gerund && GERUND_OBJECT.test(head)) return null
    // "to stop deporting them": what is to end is not done; "- send back Kiwis": a bare verb opening a clause is an order.
    if (gerund && HALTED.test(head)) return null
    if (IMPERATIVE_BEFORE.test(ctx.text.slice(info.sentence.span.start, verb.start)) && !/(?:ed|ing|s)$/i.test(firstWord)) return null
    const before = info.tokens.filter((t) => t.span.end <= verb.start)
    // The participle is the first word of a phrasal form ("taken into custody").
    // "was formally arrested": an adverb may stand between the auxiliary and the participle.
    const aux = before.length > 1 && /ly$/i.test(before[before.length - 1]!.text) ? before[before.length - 2] : before[before.length - 1]
    const passive = aux !== undefined && BE.test(aux.text) && /(?:ed|en|wn|ld|lt|nt|ot|ck|ut|ght)$/i.test(firstWord)
    const tail = ctx.text.slice(verb.end, clause.end)
    const subjectText = ` ${ctx.text.slice(clause.start, verb.start)}`
    // "condemned what it called the illegal seizure": a label inside another act, not an act of its own.
    const labelling = LABEL_RELATIVE.test(head)
    const entry = entries.find(
      (e) =>
        !(labelling && e.subtype === 'criticize') &&
        (reading === 'verb' ? !e.object || e.object.test(tail) || (passive && e.object.test(subjectText)) : !!e.object?.test(tail)) &&
        !(e.notObject && e.notObject.test(tail)),
    )
    if (!entry) return null
    const threat = entry.type === 'sanction' && CONDITIONAL.test(head)
    const draft = makeEvent(ctx, {
      type: threat ? 'threat' : entry.type,
      subtype: threat ? 'sanctions' : (entry.subtype ?? null),
      // The threat is made when said, whatever it threatens.
      ...(threat ? { status: 'occurred' as const } : {}),
      ruleId: `events:lexicon:${entry.type}${entry.subtype ? `.${entry.subtype}` : ''}`,
      trigger: verb,
      roles: 'parties',
      directed: true,
      speech: SPEECH.has(threat ? 'threat' : entry.type),
    })
    if (!draft) return null
    // Relations are the pair's: "the former rivals severed ties in 1961"
    // names no one, and can only mean the article's two countries.
    if (draft.actors.length === 0 && RELATIONS_CODE.test(`${entry.type}.${entry.subtype ?? ''}`) && pairOf(ctx).length === 2) draft.actors = pairOf(ctx)
    if (draft.actors.length === 0) return null
    if (entry.twoSides && draft.actors.length < 2) return null
    if (entry.reversed && !passive) return { ...draft, source: draft.target ?? [], target: draft.source ?? [] }
    if (!passive) return draft
    // Passive: the subject underwent it; the agent is who "by" names. With
    // no "by", the other names of the clause are places and occasions, not
    // the doer ("were arrested in Manila after the talks with Tokyo"): the
    // source stays unread (refiners/pair-sides may give the pair's other country).
    const target = draft.source ?? []
    const source = byAgent(ctx, info, verb.end, clause.end).filter((k) => !target.includes(k))
    return { ...draft, source, target }
  },
}
