import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf, subjectRegion } from '../clause.js'
import { LEXICON, type LexiconEntry } from '../lexicon/entries.js'
import { literal, verbForms } from '../lexicon/forms.js'
import { onePairSide, pairOf } from '../groups.js'
import { trieSource } from '../../util/word-trie.js'
import { byAgent, groupSpan, locate, makeEvent, sideIn } from '../make-event.js'

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
// ("decided to expel", "refused to release") or bring it about ("prompting Japan to scramble jets"); after an appeal, a threat or
// a promise ("urged X to withdraw") it is the content of that act.
// Words that bring about the act after them, whose object does it ("prompting Venezuela to recall").
const BRING_ABOUT = 'prompting|prompted|forcing|forced'
const OWN_INFINITIVE = new RegExp(
  String.raw`\b(?:quick|swift|rushed|hastened|scheduled|set|due|expected|slated|poised|going|plans?|planning|planned|intends?|intending|decided|decides|decision|opted|opts|chose|chooses|agreed|agrees|moved|voted|began|begun|begins|started|continue|continued|continues|refused|refuses|declined|declines|failed|fails|tried|tries|sought|seeks|gathered|assembled|marched|rallied|took to the streets|${BRING_ABOUT})\s+(?:[^,.;]{0,60}?\s)?to\s+$`,
  'i',
)
const BE = /^(?:is|are|was|were|be|been|being|got|gets|get)$/i
// bounded: the 60 characters before the verb.
const OBLIGED_BEFORE = /\b(?:must|should|ought\s+to|needs?\s+to|has\s+to)\s+(?:(?:immediately|also|now|first)\s+)?$/i
// Adverbs that stand between an auxiliary and its participle, beside those in -ly.
const AUX_ADVERBS = /^(?:also|later|then|since|subsequently|eventually|already|soon|once|again|not|never)$/i
// bounded: the 60 characters before the verb.
const PROMPTED = new RegExp(String.raw`\b(?:${BRING_ABOUT})\s+(?<who>[^,.;]{1,40}?)\s+to\s+$`, 'di')
// A gerund after a preposition names what a noun is about, not an act:
// "talks on restoring ties", "aimed at expelling", "the idea of sanctioning".
const GERUND_OBJECT = /\b(?:on|at|of|in|for|about|towards?|over|against|without)\s+$/i
const HALTED = /\b(?:stop|stops|stopped|stopping|cease|ceased|halt|halted|end|ended|quit|avoid|avoided|refrain from|refrained from)\s+$/i
// A bare verb right after a dash, colon or opening quote, or opening the sentence: an order, not a report.
const IMPERATIVE_BEFORE = /(?:^|[-–—:;"“‘]\s*)$/
// bounded: read on the 120 characters before the verb.
const SITUATION_SUBJECT =
  /\b(?:hostility|hostilities|tensions?|conflicts?|crisis|crises|disputes?|wars?|violence|instability|fighting|rivalry|escalation|situation)(?:\s+between\s+[^,.;]{1,60}?\s+and\s+[^,.;]{1,40}?)?\s+(?:(?:that|which|has|have|had|could|may|might|would|will|now|also|further|seriously|directly|increasingly)\s+){0,3}$/i
// A conditional future of sanctions is a threat of them (CAMEO 1312): "said it would impose curbs".
const RELATIONS_CODE = /^(?:sanction\.relations|relations_milestone\.restore)$/
const CONDITIONAL = /\b(?:would|could|might|may)\s+(?:\w+\s+)?$/i
// bounded: the 120 characters before the verb.
const ANNOUNCED_WOULD =
  /\b(?:said|says|announced|announces|stated|confirmed|confirms|decided|added|told\s+[\w\s]{1,30}?)\s+(?:(?:that|it|they|he|she|the\s+\w+)\s+){0,2}(?:[^,.;]{0,60}?\s)?would\s+(?:\w+\s+)?$/i
const CONDITION = /\b(?:if|unless|should|otherwise|in case)\b/i

// A third-person form right after a name that the tagger read as a plural
// noun: in a headline ("Algeria cuts ties with Morocco") it is the verb;
// elsewhere ("Algeria breaks off relations with Morocco") only when the
// words after it are what the entry needs ("the Hong Kong protests" stays a noun).
type VerbReading = 'verb' | 'noun-after-name' | null

// The tagger reads some participles as nouns ("an order lifting sanctions"):
// a bare -ing word after a noun or a time is the verb when its object follows.
const NOUN_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PUNCT'])

const AUXILIARY = /^(?:has|have|had|having|is|are|was|were|be|been|being|get|gets|got|getting)$/i
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(['DET', 'ADP', 'SCONJ', 'PART'])
const GERUND_ACT_AFTER = /^(?:by|after|before|upon|while|since|through)$/i
const GERUND_OBJECT_START: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM'])

function readVerb(match: RegExpExecArray, info: ReturnType<typeof locate> & {}): VerbReading {
  if (/\s/.test(match.groups!.verb)) return 'verb'
  const verb = groupSpan(match, 'verb')
  const at = info.tokens.findIndex((t) => t.span.start === verb.start)
  const token = info.tokens[at]
  if (!token) return null
  // A participle right after an article, a preposition or a possessive describes its noun
  // ("paving the way for normalised ties", "the severed relations", "Tokyo's renewed claim"): no act.
  const previous = info.tokens[at - 1]
  // "has since sanctioned": "since" between the auxiliary and the participle is an adverb.
  const adverbSince = previous?.text.toLowerCase() === 'since' && /^(?:has|have|had)$/i.test(info.tokens[at - 2]?.text ?? '')
  if (/(?:ed|en)$/i.test(token.text) && previous && ATTRIBUTIVE_BEFORE.has(previous.pos) && !/^(?:that|which|who)$/i.test(previous.text) && !adverbSince)
    return null
  // So does one between a verb or a number and its noun ("flights carrying deported migrants",
  // "two detained journalists"); an auxiliary before it makes it the verb ("had detained journalists").
  const following = info.tokens[at + 1]
  if (
    /(?:ed|en)$/i.test(token.text) &&
    previous &&
    (previous.pos === 'NUM' || (previous.pos === 'VERB' && !AUXILIARY.test(previous.text))) &&
    following?.pos === 'NOUN'
  )
    return null
  // A gerund with its object after "by", "after", "before" is the verb the tagger read as a noun
  // ("by filing a complaint", "after expelling the envoy"): an act told as the means or the time of another.
  const next = info.tokens[at + 1]
  if (token.pos === 'NOUN' && /ing$/i.test(token.text) && GERUND_ACT_AFTER.test(previous?.text ?? '') && next && GERUND_OBJECT_START.has(next.pos))
    return 'verb'
  // A base form after "to" and before its object is the verb the tagger read as a noun ("continues to
  // scapegoat Kigali", "moved to ban the imports").
  if (token.pos === 'NOUN' && /^to$/i.test(previous?.text ?? '') && next && GERUND_OBJECT_START.has(next.pos)) return 'verb'
  // The tagger reads some participles as adjectives: they are the verb.
  if (token.pos === 'VERB' || (token.pos === 'ADJ' && /(?:ed|en)$/i.test(token.text))) return 'verb'
  if (token.pos === 'NOUN' && /ing$/i.test(token.text) && NOUN_BEFORE_PARTICIPLE.has(info.tokens[at - 1]?.pos ?? '')) return 'noun-after-name'
  if (token.pos !== 'NOUN' || !/s$/i.test(token.text) || info.tokens[at - 1]?.pos !== 'PROPN') return null
  return info.heading ? 'verb' : 'noun-after-name'
}

/**
 * Events read from the CAMEO lexicon (src/events/lexicon/entries.ts): a
 * verb of the lexicon, the words after it deciding the code, source and
 * target read from the subject and the object (swapped in the passive).
 */
const LABEL_RELATIVE = /\bwhat\s+(?:[\w'’-]+\s+){1,2}$/i
// "U.S. sanctions": dotted initials read as one word by the entries' word patterns, and double
// quotation marks as spaces ('pursuing "credible allegations"'); same length, so offsets hold.
const INITIALS = /\b(?:\p{Lu}\.){2,}/gu
const DOUBLE_QUOTES = /["“”]/g
const asWords = (text: string) => text.replace(INITIALS, (m) => m.replace(/\./g, '_')).replace(DOUBLE_QUOTES, ' ')
// A participle right after its noun, with its agent ("soldiers trained by Turkey",
// "intelligence supplied by Morocco"): a passive without "was". A definite
// noun ("the sanctions imposed by") names an act already told.
const BY_AFTER = /^\s+by\s/i
// Or with its own time ("relations severed seven years ago", "diplomats expelled in 2018"): the
// time tells it happened then, as "by" tells who did it.
const TIME_AFTER =
  /^\s+(?:(?:in|on|since)\s+(?:early\s+|late\s+|mid-?)?(?:\d{4}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|(?:last|earlier this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|(?:\w+\s+){1,2}ago\b)/
// So does one framed as the reason or setting of another ("in line with sanctions imposed by").
const DEFINITE_BEFORE =
  /\b(?:the|this|that|these|those|its|their|his|her|in line with|under|despite|amid|against|because of|due to|in response to)\s+(?:[\w'’-]+\s+){0,3}$/i
/** The last words before the verb, shortest first: " soldiers", " Somali soldiers", ... */
function nounEndings(text: string): string[] {
  const out: string[] = []
  for (let i = text.length - 1; i > 0 && out.length < 6; i--) if (/\s/.test(text[i - 1]!) && /\S/.test(text[i]!)) out.push(text.slice(i - 1))
  return out
}
// A person named as the object: up to four words of title or nationality
// (no preposition or clause), then two or more capitalised words
// ("freed basketball star Brittney Griner"); the tagger knows few such names.
// After "the" a name is a thing's ("released the Stena Impero").
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}`
const PERSON_AFTER = new RegExp(
  String.raw`^[ \t]+(?:(?!(?:on|in|at|to|for|with|after|before|by|from|of|and|who|that)\b)[\p{L}'’.-]+[ \t]+){0,4}?(?<!\bthe[ \t]+)(?<name>${NAME_RUN})`,
  'du',
)
const NAME_IN = new RegExp(NAME_RUN, 'gu')
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
    // "China should lift the ban", "Manila must withdraw": what a side ought to do is not done (the saying is the demand).
    if (OBLIGED_BEFORE.test(head)) return null
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
    // "were also called back", "was later expelled": so may "also", "later" and other adverbs.
    const adverb = (t: (typeof before)[number] | undefined) => !!t && (/ly$/i.test(t.text) || (t.pos === 'ADV' && AUX_ADVERBS.test(t.text)))
    const aux = before.length > 1 && adverb(before[before.length - 1]) ? before[before.length - 2] : before[before.length - 1]
    const participle = /(?:ed|en|wn|ld|lt|nt|ot|ck|ut|ght|hit)$/i.test(firstWord)
    const beforeVerb = ctx.text.slice(clause.start, verb.start)
    const reduced =
      participle &&
      !(aux && BE.test(aux.text)) &&
      aux?.pos === 'NOUN' &&
      (BY_AFTER.test(ctx.text.slice(verb.end, verb.end + 5)) || TIME_AFTER.test(ctx.text.slice(verb.end, clause.end))) &&
      !DEFINITE_BEFORE.test(beforeVerb)
    const passive = (aux !== undefined && BE.test(aux.text) && participle) || reduced
    const tail = asWords(ctx.text.slice(verb.end, clause.end))
    const subjectText = asWords(` ${beforeVerb}`)
    // The passive's object is its subject; a reduced one's, the words right before the participle.
    const endings = reduced ? nounEndings(subjectText) : []
    // The passive's subject starts after a fronted adverbial ("On May 13, another official was expelled").
    const passiveSubject = passive && !reduced ? asWords(` ${ctx.text.slice(subjectRegion(ctx.text, clause, verb).start, verb.start)}`) : subjectText
    const passiveObject = (re: RegExp) => (reduced ? endings.some((t) => re.test(t)) : re.test(subjectText) || re.test(passiveSubject))
    // A run of names that no entity claims as a country, body or place is a person's name.
    const personName = (start: number, end: number) => !info.entities.some((m) => m.type !== 'person' && m.span.start < end && m.span.end > start)
    const personObject = () => {
      if (passive) {
        NAME_IN.lastIndex = 0
        for (let m = NAME_IN.exec(beforeVerb); m; m = NAME_IN.exec(beforeVerb)) {
          if (personName(clause.start + m.index, clause.start + m.index + m[0].length)) return true
        }
        return false
      }
      const m = PERSON_AFTER.exec(ctx.text.slice(verb.end, clause.end))
      const at = m?.indices?.groups?.name
      return !!at && personName(verb.end + at[0], verb.end + at[1])
    }
    // "condemned what it called the illegal seizure": a label inside another act, not an act of its own.
    const labelling = LABEL_RELATIVE.test(head)
    const entry = entries.find(
      (e) =>
        !(labelling && e.subtype === 'criticize') &&
        (!e.subject || (!passive && e.subject.test(subjectText))) &&
        !(e.notSubject && e.notSubject.test(subjectText)) &&
        (reading === 'verb'
          ? !e.object || e.object.test(tail) || (passive && passiveObject(e.object)) || (!!e.person && personObject())
          : !!e.object?.test(tail)) &&
        !(e.notObject && e.notObject.test(tail)),
    )
    if (!entry) return null
    // "years of hostility that threatened the stability of the Gulf": a situation threatens, no one threatens anyone.
    if (entry.type === 'threat' && SITUATION_SUBJECT.test(ctx.text.slice(Math.max(info.sentence.span.start, verb.start - 120), verb.start))) return null
    // "said it would recall its ambassador", "announced it would suspend aid": a measure announced, still to
    // come, not a threat; unless a condition is set ("would impose curbs if ...").
    const announced = () =>
      ANNOUNCED_WOULD.test(ctx.text.slice(Math.max(info.sentence.span.start, verb.start - 120), verb.start)) &&
      !CONDITION.test(ctx.text.slice(info.sentence.span.start, info.sentence.span.end))
    const threat = entry.type === 'sanction' && CONDITIONAL.test(head) && !announced()
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
    if (entry.twoSides && draft.actors.length < 2 && !(entry.orPair && onePairSide(ctx, draft.actors))) return null
    if (entry.reversed && !passive) return { ...draft, source: draft.target ?? [], target: draft.source ?? [] }
    // "..., prompting Venezuela to recall its ambassador": the one prompted acts, not the clause's subject.
    const who = PROMPTED.exec(head)?.indices?.groups?.who
    if (who && !passive) {
      const offset = verb.start - head.length
      const source = sideIn(ctx, info, { start: offset + who[0], end: offset + who[1] })
      if (source.length > 0) {
        const target = (draft.target ?? []).filter((k) => !source.includes(k))
        return { ...draft, source, target, actors: [...new Set([...source, ...target, ...draft.actors])] }
      }
    }
    if (!passive) return draft
    // Passive: the subject underwent it; the agent is who "by" names. With
    // no "by", the other names of the clause are places and occasions, not
    // the doer ("were arrested in Manila after the talks with Tokyo"): the
    // source stays unread (refiners/pair-sides may give the pair's other country).
    // A reduced passive's undergoer is named in its noun phrase ("Somali soldiers trained by"), when
    // that names one; else it is the clause's subject ("X and Y swapped prisoners in an exchange brokered by Z").
    // The noun phrase the chosen entry's object matched (the same ending passiveObject found for it).
    const nounPhrase = endings.find((t) => entry.object?.test(t)) ?? ''
    const inPhrase = nounPhrase ? sideIn(ctx, info, { start: verb.start - nounPhrase.length + 1, end: verb.start }) : []
    const target = inPhrase.length > 0 ? inPhrase : (draft.source ?? [])
    const source = byAgent(ctx, info, verb.end, clause.end).filter((k) => !target.includes(k))
    if (inPhrase.length > 0) return { ...draft, actors: [...new Set([...source, ...target])], source, target }
    return { ...draft, source, target }
  },
}
