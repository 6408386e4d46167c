import type { EventStatus, EventType, Span } from '../../model/types.js'
import type { Recognizer } from '../../pipeline/recognizer.js'
import { countryKeyOf } from '../../entities/index.js'
import { clauseOf, subjectRegion } from '../clause.js'
import type { SentenceInfo } from '../doc-index.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent, type RoleStrategy } from '../make-event.js'

/**
 * Events named by a noun rather than a verb: "held a 30-minute bilateral
 * meeting", "the talks lasted three hours", "announced the expulsion of
 * the ambassador", "the incident occurred on Tuesday". A noun is an event
 * only where the sentence says it happens (or will): as the object of a
 * support verb ("held", "paid", "concluded", "ordered") across any
 * modifiers, or as the subject of a predicate of occurrence ("took place",
 * "is scheduled for", "lasted"). A noun in a frame ("during the meeting",
 * "ahead of the visit") names an event told elsewhere and is left alone.
 *
 * The nouns are ordinary English words for the kinds of event CAMEO codes;
 * the participants are read like the verb recognizers read them, and taken
 * from the surrounding story when the sentence names none (see
 * refiners/inherit-actors).
 */
interface NounSense {
  readonly type: EventType
  readonly subtype?: string
  readonly roles: RoleStrategy
  readonly directed?: boolean
  /** Words that must come just before the noun ("phone" for a call). */
  readonly before?: RegExp
  /** Support verbs this noun takes besides the common ones (lemma-like forms). */
  readonly verbs?: RegExp
  /** Only as the subject of a predicate of occurrence (another recognizer reads its verbs). */
  readonly predicateOnly?: boolean
}

const NOUN_SENSES: Record<string, NounSense> = {}
const BY_PHONE = /\b(?:phone|telephone|video|virtual|online)\s+$/i
function senses(nouns: readonly string[], sense: NounSense): void {
  for (const n of nouns) NOUN_SENSES[n] = sense
}
senses(['meeting', 'meetings', 'encounter', 'bilateral', 'tete-a-tete', 'tête-à-tête', 'face-to-face', 'one-on-one', 'audience'], {
  type: 'meeting',
  roles: 'people',
})
senses(['talks', 'discussions', 'consultations', 'dialogue'], { type: 'talks', roles: 'people' })
// A summit of the two sides ("held a summit", "the summit took place"); attending a named multilateral one is summit.ts's.
senses(['summit'], { type: 'summit', roles: 'people' })
senses(['negotiations'], { type: 'talks', subtype: 'negotiation', roles: 'people' })
senses(['call', 'calls', 'conversation', 'conversations', 'talk'], { type: 'phone_call', roles: 'people', before: BY_PHONE })
// "had a brief conversation with X at the ceremony": a conversation not said to be by phone is talks.
const IN_PERSON_CONVERSATION: NounSense = { type: 'talks', roles: 'people' }
// "had a conversation with X by telephone": the phone said after the noun.
const PHONE_CONVERSATION: NounSense = { type: 'phone_call', roles: 'people' }
const BY_PHONE_AFTER = /\b(?:by|over the|on the)\s+(?:phone|telephone|video)\b/i
senses(['visit', 'visits', 'trip', 'tour'], { type: 'visit', roles: 'guest' })
// Signing verbs have their own recognizer (agreement-sign): here only "the agreement was signed", "the deal came into force".
senses(['agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'memorandum', 'memoranda', 'treaty', 'pact'], {
  type: 'agreement',
  roles: 'parties',
  predicateOnly: true,
})
senses(['expulsion', 'expulsions', 'deportation', 'deportations'], {
  type: 'expulsion',
  roles: 'parties',
  directed: true,
  verbs: /^(?:announce|announced|announces|order|ordered|orders|decide|decided|decides|approve|approved)$/i,
})
// Skirmishes and exchanges of fire are read by clash-noun (CAMEO 190); a
// "clash" may be of words or of forces, so it stays an incident here.
senses(['incident', 'incidents', 'collision', 'clash', 'clashes', 'standoff', 'stand-off', 'confrontation'], { type: 'incident', roles: 'parties' })
senses(['accusation', 'accusations', 'allegation', 'allegations'], {
  type: 'accusation',
  roles: 'parties',
  directed: true,
  verbs: /^(?:make|made|makes|level|levelled|leveled|levels|repeat|repeated)$/i,
})

const NOUN = new RegExp(
  String.raw`(?<![\w-])(?<noun>${Object.keys(NOUN_SENSES)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[-]/g, '\\-'))
    .join('|')})(?![\w-])`,
  'dgi',
)

// Support verbs: the noun is what the verb brings about.
const SUPPORT =
  /^(?:hold|holds|held|holding|have|has|had|having|conduct|conducts|conducted|conducting|begin|begins|began|begun|beginning|start|starts|started|starting|open|opens|opened|opening|launch|launched|launches|resume|resumes|resumed|resuming|continue|continues|continued|continuing|pay|pays|paid|paying|make|makes|made|making|undertake|undertook|undertaken|undertakes|lead|led|leads|leading|chair|chaired|chairs|chairing|co-chair|co-chaired|co-chairs|convene|convened|convenes|attend|attended|attends|attending|host|hosted|hosts|hosting|conclude|concluded|concludes|concluding|wrap|wrapped|wraps|wrapping|end|ended|ends|ending|complete|completed|completes|completing|embark|embarked|embarks|kick|kicked|engage|engaged|engages)$/i
// Words that may stand between a support verb and its noun: "held a 30-minute
// bilateral meeting", "paid an official three-day state visit".
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PRON', 'ADV', 'PUNCT', 'CCONJ'])
const MAX_MODIFIERS = 6
// Particles of phrasal support verbs: "wrapped up", "kicked off", "embarked on", "engaged in".
const PARTICLE = /^(?:up|off|on|in|into|out)$/i

// After the noun (and any "between A and B", "with X", "in Rome", titles and all): a predicate of occurrence.
// "Begins"/"started" only without an object ("the visit starts on Monday", not
// "starts a new chapter"); "the visit comes amid tensions" still says it takes place.
const PREDICATE =
  /^(?:[^.;:!?]{0,150}?\s)?(?<pred>(?:is|was|are|were|will be|would be|has been|have been|had been|is to be|are to be)\s+(?:\w+ly\s+)?(?:held|scheduled|expected|set|slated|planned|due|convened|underway|under way|taking place|going on)\b|(?:took|take|takes|will take)\s+place\b|lasted\b|lasts\b|(?:will begin|began|begins|started|starts|ended|ends)(?=\s+(?:on|in|at|with|after|before|today|tomorrow|yesterday|early|late|last|next|this)\b|\s*[,.;]|\s*$)|concluded\b|continued\b|continues\b|resumed\b|resume\b|occurred\b|happened\b|came\b|comes\b|focused\b|focussed\b|centred\b|centered\b|covered\b|produced\b|yielded\b)/i
const PLANNED_PREDICATE = /^(?:will|would|is to|are to)\b|\b(?:scheduled|expected|slated|planned|due|set)\b/i
const PAST_PREDICATE =
  /^(?:was|were|has been|have been|had been|took|lasted|began|started|ended|concluded|continued|resumed|occurred|happened|came|focused|focussed|centred|centered|covered|produced|yielded)\b/i

/** What the predicate says of when: planned, occurred, or nothing (present tense: settled later by time). */
function predicateStatus(pred: string): EventStatus | undefined {
  if (PLANNED_PREDICATE.test(pred)) return 'planned'
  if (PAST_PREDICATE.test(pred)) return 'occurred'
  return undefined
}
// Two names joined by a hyphen or dash, then up to three capitalized words, right before the noun.
const PAIR_NAMED = /\b(?<a>\p{Lu}\p{L}+)[-–](?<b>\p{Lu}\p{L}+)\s+(?:\p{Lu}[\p{L}'’]*\s+){0,3}$/u
const SINCE_EARLIER = /\bsince\s+(?:their|the|his|her|its|our)\s+(?:previous|last|first|earlier|most recent)\s+(?:[\w-]+\s+){0,2}$/i
const FRAME_BEFORE =
  /\b(?:during|at|after|before|ahead of|following|since|until|on the sidelines of|on the margins of|in the run-up to|prior to|throughout|amid|about|over|on|of|for)\s+(?:[\w'’-]+\s+){0,5}$/i

// Moving into the occasion: "went straight into talks", "sat down for a security dialogue", "entered into negotiations".
const INTO =
  /\b(?:go|goes|went|gone|going|enter|enters|entered|entering|head|heads|headed|sit|sits|sat|sitting)\s+(?:(?:straight|directly|down|back)\s+)?(?:(?:on|in)\s+\S+\s+)?(?:into|for|to)\s+(?:\S+\s+){0,6}$/i

// Travelling somewhere for the occasion: "travelled to the French capital for the summit with Macron".
const TRAVEL_FOR =
  /\b(?:travel(?:l?ed|s)?|fl(?:ew|ies|y)|went|goes|arriv(?:ed|es)|came|comes|head(?:ed|s)?)\s+(?:to|in)\s+(?:\S+\s+){1,4}?for\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}$/i

// "During phone conversations in March", "for talks in January": a sitting framed by another
// clause but dated in its own phrase is told here, not elsewhere; its time is its own.
const DEFINITE = /\b(?:the|this|that|these|those|his|her|their|its|our)\s+(?:[\w-]+\s+){0,2}$/i

const DATED = /^\s+(?:(?:in|on|of|held|at)\s+)?$/i
// Between the noun and its time, its place may stand ("agreed at a summit in Victoria Falls in 2012"),
// when the frame places the occasion ("at", "during", "after"), not when it names a topic
// ("negotiations on a trade agreement in London last week": the time is the negotiations').
const PLACED_THEN_DATED = /^\s+(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?(?:(?:in|on|of|held|at)\s+)?$/u
const OCCASION_FRAME = /\b(?:at|during|after|before|following|since|ahead of|on the sidelines of|on the margins of)\s+(?:[\w'’-]+\s+){0,5}$/i

function datedRightAfter(ctx: { text: string }, info: SentenceInfo, noun: Span, clause: Span, placed = false): boolean {
  const gap = placed ? PLACED_THEN_DATED : DATED
  return info.times.some((t) => t.value && t.span.start >= noun.end && t.span.end <= clause.end && gap.test(ctx.text.slice(noun.end, t.span.start)))
}

function supportVerbBefore(info: SentenceInfo, noun: Span, clauseStart: number, sense: NounSense): boolean {
  const before = info.tokens.filter((t) => t.span.end <= noun.start && t.span.start >= clauseStart)
  const lead = before.slice(-12).map((t) => t.text)
  if (INTO.test(`${lead.join(' ')} `)) return true
  if (sense.type !== 'visit' && TRAVEL_FOR.test(`${lead.join(' ')} `)) return true
  let skipped = 0
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]
    // "closed-door", "Chinese-made": a verb inside a hyphenated modifier.
    const hyphened = before[i + 1]?.text === '-' && before[i + 1].span.start === t.span.end
    if (hyphened && ++skipped <= MAX_MODIFIERS) continue
    if (t.pos === 'VERB' || t.pos === 'AUX' || (PARTICLE.test(t.text) && i > 0 && before[i - 1].pos === 'VERB')) {
      const verb = PARTICLE.test(t.text) && t.pos !== 'VERB' ? before[i - 1] : t
      return SUPPORT.test(verb.text) || (sense.verbs?.test(verb.text) ?? false)
    }
    if (t.pos === 'PUNCT') {
      // Quotation marks around a modifier are the speaker's ("held “constructive” talks").
      if (!/^[-–,“”‘’"']$/.test(t.text)) return false
      continue
    }
    if (!MODIFIER_POS.has(t.pos) || ++skipped > MAX_MODIFIERS) return false
  }
  return false
}

/** The noun leads its clause (only modifiers before it) and a predicate of occurrence follows. */
function predicateAfter(ctx: { text: string }, info: SentenceInfo, noun: Span, clause: Span): string | null {
  // The noun's own clause starts after a subordinator or "that" ("... when the incident occurred", "said that the talks were held").
  const own = subjectRegion(ctx.text, clause, noun).start
  const before = info.tokens.filter((t) => t.span.end <= noun.start && t.span.start >= own)
  // Words inside a hyphenated modifier ("face-to-face", "long-awaited") are no verb or preposition of the clause.
  const hyphen = (i: number) => before[i - 1]?.text === '-' || before[i + 1]?.text === '-'
  if (before.some((t, i) => (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'AUX') && !hyphen(i))) return null
  const tail = ctx.text.slice(noun.end, clause.end)
  const m = PREDICATE.exec(tail)
  if (!m?.groups) return null
  // The stretch before the predicate holds no other verb: "the meeting that we held ..." is not it.
  // The predicate ends the match.
  const predStart = noun.end + m[0].length - m.groups.pred.length
  // A verb inside commas is an aside on the noun ("the meeting, postponed twice, finally took place").
  const aside = /,[^,]*,/g
  const asides: Span[] = []
  const stretch = ctx.text.slice(noun.end, predStart)
  for (let a = aside.exec(stretch); a; a = aside.exec(stretch)) asides.push({ start: noun.end + a.index, end: noun.end + a.index + a[0].length })
  const inAside = (t: { span: Span }) => asides.some((a) => t.span.start >= a.start && t.span.end <= a.end)
  const between = info.tokens.filter((t) => t.span.start >= noun.end && t.span.end <= predStart && !inAside(t))
  if (between.some((t) => t.pos === 'VERB' && !/^(?:held|scheduled)$/i.test(t.text))) return null
  return m.groups.pred
}

export const eventNoun: Recognizer<EventDraft> = {
  name: 'event-noun',
  pattern: () => NOUN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const noun = groupSpan(match, 'noun')
    const head = ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 60), noun.start)
    const word = match.groups!.noun.toLowerCase()
    // "phone talks", "a virtual meeting": a call, whatever the noun.
    const remote = BY_PHONE.test(head) && (NOUN_SENSES[word]?.type === 'talks' || NOUN_SENSES[word]?.type === 'meeting')
    const conversation = /^conversations?$/.test(word) && !BY_PHONE.test(head)
    const phoneAfter = conversation && BY_PHONE_AFTER.test(ctx.text.slice(noun.end, Math.min(noun.end + 60, info.sentence.span.end)))
    const sense = remote ? NOUN_SENSES.call : phoneAfter ? PHONE_CONVERSATION : conversation ? IN_PERSON_CONVERSATION : NOUN_SENSES[word]
    if (!sense) return null
    const token = info.tokens.find((t) => t.span.start === noun.start)
    // "the Kenya-Ethiopia Leaders' Meeting": capitalized inside the sentence and named by the two sides, a noun
    // whatever the tagger says (a named meeting of others, "the Annual Meeting of the New Champions", is summit.ts's).
    const titled = /^\p{Lu}/u.test(match.groups!.noun) && noun.start > info.sentence.span.start && PAIR_NAMED.test(head)
    if (token && token.pos === 'VERB' && !titled) return null
    // The noun heads its phrase: in "meeting room" or "bilateral trade" it only modifies.
    const next = info.tokens.find((t) => t.span.start >= noun.end)
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.span.start - noun.end <= 1) return null
    if (sense.before && !sense.before.test(head)) return null
    // "exchange visits", "mutual visits": a practice between the sides, not one trip.
    if (sense.type === 'visit' && /\b(?:exchange|exchanges of|mutual|reciprocal|frequent|regular)\s+$/i.test(head)) return null
    // A named summit ("the G20 Summit") or one attended is summit.ts's: that recognizer reads attendance and lists.
    // A summit named by the two sides ("the 22nd India-Russia Annual Summit") is theirs, and read here.
    const pair = PAIR_NAMED.exec(head)?.groups
    const named = match.groups!.noun !== 'summit' && !pair
    if (sense.type === 'summit' && (named || /\b(?:attend\w*|participat\w*|join\w*|took part|take part|taking part)\b/i.test(head))) return null
    const clause = clauseOf(info, noun)
    let status: EventStatus | undefined
    if (sense.predicateOnly || !supportVerbBefore(info, noun, clause.start, sense)) {
      // "for the first time since their previous encounter ... in October 2019": an earlier
      // sitting named as a time anchor is told only here, with its own time.
      const earlier =
        SINCE_EARLIER.test(head) && info.times.some((t) => t.value && t.span.start >= noun.end && t.span.start - noun.end <= 80 && t.span.end <= clause.end)
      const framed = !earlier && FRAME_BEFORE.test(head)
      if (earlier) status = 'occurred'
      // "During the visit on Monday", "during his trip in March": a definite one is the story's own, told elsewhere.
      else if (framed && (DEFINITE.test(head) || !datedRightAfter(ctx, info, noun, clause, OCCASION_FRAME.test(head)))) return null
      // "This visit starts a new chapter": a demonstrative points back to a visit told before.
      if (/\b(?:this|that|these|those)\s+(?:[\w-]+\s+){0,2}$/i.test(head)) return null
      if (!earlier && !framed) {
        const pred = predicateAfter(ctx, info, noun, clause)
        if (!pred) return null
        status = predicateStatus(pred)
      }
    }
    const draft = makeEvent(ctx, {
      type: sense.type,
      subtype: sense.subtype ?? null,
      ruleId: 'events:event-noun',
      trigger: noun,
      roles: sense.roles,
      noun,
      directed: sense.directed,
      ...(status ? { status } : {}),
    })
    if (!draft) return null
    // "the India-Russia Annual Summit": the two countries of the name are its sides.
    const sides = pair ? [countryKeyOf(pair.a!), countryKeyOf(pair.b!)] : []
    if (sides[0] && sides[1]) draft.actors = [...new Set([...draft.actors, sides[0], sides[1]])]
    // No participant in the sentence: the story around it names them.
    if (draft.actors.length === 0) draft.inheritActors = true
    return draft
  },
}
