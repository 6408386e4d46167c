import type { Entity, EntityMention, Span } from '../model/types.js'
import { defineIndex, indexOf, type PipelineContext } from '../pipeline/context.js'
import { invitationSpans } from './clause.js'
import { docIndex, sentenceInfoAt, type SentenceInfo } from './doc-index.js'
import { expandGroupMention, pairOf, personsByTitle, resolveGroupText } from './groups.js'
import { isCapitalOf } from '../entities/index.js'

/** Who is named in a stretch of text, sorted by kind. */
export interface Named {
  persons: string[]
  /** Countries, parties, organizations, mechanisms. */
  bodies: string[]
  places: EntityMention[]
  countries: EntityMention[]
}

const BODY_TYPES = new Set(['country', 'party', 'organization', 'mechanism'])
const GROUP =
  /\b(?:the sides|both (?:the )?(?:sides|countries|nations|leaders|parties|governments|presidents|prime ministers)|the two (?:sides|countries|nations|governments|leaders|parties|states|presidents|prime ministers|premiers|general secretaries|foreign ministers|foreign secretaries|ministers|heads of state|chancellors)|(?:the )?(?:leaders|heads|presidents|prime ministers|general secretaries|foreign ministers|foreign secretaries|ministers|heads of state|chancellors|top leaders) of (?:the )?(?:two|both) (?:sides|countries|nations|parties|legislatures|governments|states)|the heads of (?:the )?(?:two \w+|states)|the (?:two )?leaders|the (?:presidents|prime ministers|premiers|(?:[a-z]+ )?ministers|foreign secretaries|heads of state|chancellors)(?! of)|they|their|we|our)\b/gi
// "the Prime Minister", "the Chinese president": the person who holds it (of that country, when named).
// "Brazil's president", "the Ghanaian leader": a possessive country names the holder's country too; a leader is whoever leads.
const SINGLE_TITLE =
  /\b(?:(?:the|our) (?:(?:top|new|visiting) )?(?:([A-Z][\w-]+(?: [A-Z][\w-]+)?) )?|([A-Z][\w-]+)['’]s )(president|prime minister|premier|general secretary|foreign minister|foreign secretary|chancellor|crown prince|king|emir|leader|ambassador|envoy|high commissioner|defen[cs]e minister|defen[cs]e secretary|trade minister|interior minister)\b(?! of)/gi
const TITLE_OF = /\b((?:[A-Za-z]+\s+)?(?:secretaries|leaders|presidents|ministers|heads|premiers|chairmen|chancellors))\s+of\s+$/i
// A plural title "of" countries, perhaps with a few words and earlier countries between: "foreign ministers of Middle East rivals Iran and".
const TITLE_OF_COUNTRIES =
  /\b((?:foreign\s+|prime\s+|defen[cs]e\s+|trade\s+)?(?:ministers|secretaries|presidents|leaders|premiers|chancellors))\s+of\s+(?:[\p{L}\p{M}'’-]+\s+){0,5}?(?:(?:and|,)\s+)?$/iu
const PRONOUN = /\b(?:he|she|his|her)\b/gi
const COUNTERPART = /\b(?:his|her)\s+(?:[A-Z][\w-]*\s+){0,2}counterpart\b/
const SAYS_NEXT = /^\s+(?:\w+\s+)?(?:said|says|told|tells|added|noted|stressed|stated|wrote|insisted)\b/i

function inside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end)
}

// An outlet credited in a dateline or a credit line, "(Yonhap) --",
// "(AFP) -", "(Reuters):": never a participant.
const CREDIT_BEFORE = /\(\s*$/
const CREDIT_AFTER = /^\s*\)\s*(?:[-–—:]|$)/

function isCredit(ctx: PipelineContext, m: EntityMention): boolean {
  if (m.type !== 'organization') return false
  return CREDIT_BEFORE.test(ctx.text.slice(Math.max(0, m.span.start - 3), m.span.start)) && CREDIT_AFTER.test(ctx.text.slice(m.span.end, m.span.end + 5))
}

/** Entity mentions of `info` inside `span`, minus inviters ("at the invitation of X") and credited outlets. */
export function mentionsIn(ctx: PipelineContext, info: SentenceInfo, span: Span): EntityMention[] {
  const skip = invitationSpans(ctx.text, span)
  return info.entities.filter((m) => m.span.start >= span.start && m.span.end <= span.end && !inside(m.span, skip) && !isCredit(ctx, m))
}

// A pronoun in a fronted phrase points forward to the subject after the
// comma: "During his trip to China, PM Chinh is scheduled to ...".
const SAYING = /\b(?:said|says|told|tells|added|noted|stressed|according to|asked)\b/i
const FRONTED_START = /^(?:during|following|after|before|on|in|at|upon|ahead of|prior to|while|since)\b/i

/**
 * The person a pronoun at `offset` stands for: the subject after the comma
 * when the pronoun sits in a fronted phrase, else the latest person
 * mentioned before it.
 */
export function pronounPerson(ctx: PipelineContext, offset: number): string | null {
  const index = docIndex(ctx)
  const info = sentenceInfoAt(index, offset)
  if (info) {
    const head = ctx.text.slice(info.sentence.span.start, offset)
    const comma = ctx.text.indexOf(',', offset)
    if (FRONTED_START.test(head) && !head.includes(',') && comma > 0 && comma < info.sentence.span.end) {
      const before = info.entities.some((m) => m.type === 'person' && m.span.start < offset)
      const subject = info.entities.find((m) => m.span.start > comma && m.type === 'person')
      const pronounSubject = subject && /\b(?:he|she)\b/i.test(ctx.text.slice(comma, subject.span.start))
      if (!before && subject && !pronounSubject) return subject.key
    }
    // "Putin conferred the Order on Tokayev during his visit": a possessive
    // pronoun refers to the subject of its sentence, unless a verb of saying
    // stands between them (then the speaker's words may mean anyone).
    if (/^(?:his|her)\b/i.test(ctx.text.slice(offset, offset + 4))) {
      const first = info.entities.find((m) => m.type === 'person' && m.span.end <= offset)
      if (first && !SAYING.test(ctx.text.slice(first.span.end, offset))) return first.key
    }
    // "The centrepiece of the trip is the summit, which he will attend alongside Premier Li":
    // a subject pronoun stands for the subject of its sentence, else for the subject of the
    // latest sentence before it that opens with a person, not for the latest name read.
    if (/^(?:he|she)\b/i.test(ctx.text.slice(offset, offset + 4))) {
      const own = subjectOf(ctx, info)
      if (own && own.span.start < offset) return own.key
      // The index's sentences are the document's, in order: a sentence's index is its place.
      const at = info.sentence.index
      for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
        const subject = subjectOf(ctx, index.sentences[i])
        if (subject) return subject.key
        if (index.sentences[i].entities.some((m) => m.type === 'person')) break
      }
    }
  }
  return personBefore(ctx, offset)
}

/** How far into a sentence (past a fronted phrase) its subject may be named. */
const OPENING = 40

/**
 * The person a sentence opens with, taken for its subject: named within its
 * first few words ("Chinese Premier Li Qiang said"), past a fronted phrase
 * ("On Monday, Ruto met"; "After Yoon's move, Ishiba said"), never a possessive.
 */
function subjectOf(ctx: PipelineContext, info: SentenceInfo): EntityMention | null {
  let from = info.sentence.span.start
  if (FRONTED_START.test(info.text)) {
    const comma = info.text.indexOf(',')
    if (comma > 0) from += comma + 1
  }
  const first = info.entities.find((m) => m.type === 'person' && m.span.start >= from && !/^['’]s\b/.test(ctx.text.slice(m.span.end, m.span.end + 3)))
  return first && first.span.start - from <= OPENING ? first : null
}

interface PersonsBefore {
  /** Where each person mention ends, ascending. */
  readonly ends: readonly number[]
  /** For each of them, the person mention latest in document order among those ending there or before. */
  readonly latest: readonly EntityMention[]
}

// Asked for every pronoun: a scan back from the end of the document per
// pronoun was quadratic in a long text. The latest mention in document order
// (the order of docIndex's entities) that ends by an offset is a binary search away.
const PERSONS_BEFORE = defineIndex<PersonsBefore>('event-persons-before', (ctx) => {
  const persons = docIndex(ctx)
    .entities.map((m, at) => ({ m, at }))
    .filter(({ m }) => m.type === 'person')
    .sort((a, b) => a.m.span.end - b.m.span.end || a.at - b.at)
  const ends: number[] = []
  const latest: EntityMention[] = []
  let best = persons[0]
  for (const p of persons) {
    if (p.at > best.at) best = p
    ends.push(p.m.span.end)
    latest.push(best.m)
  }
  return { ends, latest }
})

/** The latest person mentioned before `offset` in the document (latest in the order of docIndex's entities). */
export function personBefore(ctx: PipelineContext, offset: number): string | null {
  const { ends, latest } = indexOf(ctx, PERSONS_BEFORE)
  let lo = 0
  let hi = ends.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ends[mid] <= offset) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? latest[lo - 1].key : null
}

interface HomeIndex {
  /** The first actor of each key. */
  readonly actors: ReadonlyMap<string, Entity>
  /** The country of the first mention of each key that names one. */
  readonly mentionCountry: ReadonlyMap<string, string>
  /** The first mention of each key. */
  readonly firstMention: ReadonlyMap<string, EntityMention>
}

// Looked up for every event's actors: one pass over the final actors and
// mentions instead of a scan of both per lookup (quadratic on long texts).
const HOME = defineIndex<HomeIndex>('event-home-country', (ctx) => {
  const actors = new Map<string, Entity>()
  for (const a of ctx.actors) if (!actors.has(a.key)) actors.set(a.key, a)
  const mentionCountry = new Map<string, string>()
  const firstMention = new Map<string, EntityMention>()
  for (const e of ctx.entities) {
    if (e.country && !mentionCountry.has(e.key)) mentionCountry.set(e.key, e.country)
    if (!firstMention.has(e.key)) firstMention.set(e.key, e)
  }
  return { actors, mentionCountry, firstMention }
})

/** The first actor of the document with this key (an index lookup). */
export function actorOf(ctx: PipelineContext, key: string): Entity | undefined {
  return indexOf(ctx, HOME).actors.get(key)
}

/** The document's first mention of this key (an index lookup). */
export function firstMentionOf(ctx: PipelineContext, key: string): EntityMention | undefined {
  return indexOf(ctx, HOME).firstMention.get(key)
}

/** The country a person (or body) belongs to, from the entity, its mentions or its roles. */
export function homeCountry(ctx: PipelineContext, key: string): string | null {
  if (key.startsWith('country:')) return key
  const { actors, mentionCountry } = indexOf(ctx, HOME)
  const actor = actors.get(key)
  const role = actor?.roles.find((r) => r.country || r.org?.startsWith('country:'))
  const c = actor?.country ?? mentionCountry.get(key) ?? role?.country ?? role?.org?.slice('country:'.length)
  return c ? `country:${c}` : null
}

// Words before a capital that make it the place where something happens, not
// the government acting: "talks in Manila", "flew to Beijing", "visited
// Hanoi", "the Beijing summit"; a list after one of them shares it ("in
// Manila and Beijing").
const WHERE_BEFORE =
  /(?:\b(?:in|at|to|from|into|near|via|outside|inside|across|toward|towards|around|of|through|throughout|within|the|a|an|visit(?:s|ed|ing)?|left|leave|leaves|leaving|reach(?:ed|es|ing)?|tour(?:s|ed|ing)?|land(?:s|ed|ing)?|depart(?:s|ed|ing)?)\s+)(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s*(?:,|\band\b|\bor\b)\s*)*$/iu
// "Moscow-based", "Beijing time": a capital that modifies the next word;
// "Paris/London:", "HANOI, May 2 (VNA) -": a dateline.
const MODIFIER_AFTER = /^(?:[-/]|\s*(?::|\(|,\s*(?:\d|[A-Z][a-z]{2}\.?\s+\d))|\s+(?:time|airport|correspondent|bureau|office)\b)/i

/**
 * The government a capital stands for ("Manila and Beijing held talks",
 * "Tehran insisted that London release the tanker"), the country being an
 * entity of the document (the entities stage adds the country of every
 * national capital it reads); null when the capital is only where something happens.
 */
function capitalGovernment(ctx: PipelineContext, info: SentenceInfo, m: EntityMention): string | null {
  if (!m.country || !isCapitalOf(m.text, m.country)) return null
  const key = `country:${m.country}`
  if (!actorOf(ctx, key)) return null
  const before = ctx.text.slice(Math.max(info.sentence.span.start, m.span.start - 80), m.span.start)
  if (WHERE_BEFORE.test(before) || before.endsWith('/') || MODIFIER_AFTER.test(ctx.text.slice(m.span.end, m.span.end + 16))) return null
  return key
}

function uniq(list: string[]): string[] {
  return [...new Set(list)]
}

/**
 * Who is named in `span`: entity mentions, group phrases ("the two sides",
 * "they"), pronouns ("he", "his" = the latest person before) and bare
 * titles ("the Prime Minister" = the person who holds it).
 */
export function namedIn(ctx: PipelineContext, info: SentenceInfo, span: Span, pronouns = true): Named {
  const mentions = mentionsIn(ctx, info, span)
  const persons: string[] = []
  const bodies: string[] = []
  const places: EntityMention[] = []
  const countries: EntityMention[] = []
  let groups = false
  for (const m of mentions) {
    if (m.type === 'person') persons.push(m.key)
    else if (m.type === 'group') {
      groups = true
      // "the General Secretaries of [the two Parties]": the title decides.
      const title = TITLE_OF.exec(ctx.text.slice(Math.max(info.sentence.span.start, m.span.start - 50), m.span.start))
      const keys = title ? resolveGroupText(ctx, `${title[1]} of ${m.text}`, m.span.start, info.text) : expandGroupMention(ctx, m, info.text)
      for (const k of keys) (k.startsWith('person:') ? persons : bodies).push(k)
    } else if (m.type === 'place') {
      places.push(m)
      const government = capitalGovernment(ctx, info, m)
      if (government) bodies.push(government)
    } else if (BODY_TYPES.has(m.type)) {
      bodies.push(m.key)
      if (m.type === 'country') {
        countries.push(m)
        // "The foreign ministers of (rivals) Iran and Saudi Arabia met": the holders of that title for each country named.
        const title = TITLE_OF_COUNTRIES.exec(ctx.text.slice(Math.max(info.sentence.span.start, m.span.start - 60), m.span.start))
        if (title) {
          const holder = personsByTitle(ctx, title[1], m.span.start).find((k) => homeCountry(ctx, k) === m.key)
          if (holder) persons.push(holder)
        }
      }
    }
  }
  const piece = ctx.text.slice(span.start, span.end)
  if (!groups) {
    GROUP.lastIndex = 0
    let g: RegExpExecArray | null
    while ((g = GROUP.exec(piece)) !== null) {
      if (!pronouns && /^(they|their|we|our)$/i.test(g[0])) continue
      const at = span.start + g.index
      for (const k of resolveGroupText(ctx, g[0], at, info.text)) (k.startsWith('person:') ? persons : bodies).push(k)
    }
  }
  // "the Prime Minister" when no one is named; "Lula met the Chinese president":
  // a title with its country names its holder beside the persons named.
  SINGLE_TITLE.lastIndex = 0
  const t = SINGLE_TITLE.exec(piece)
  if (t && (persons.length === 0 || t[1] || t[2])) {
    const found = personsByTitle(ctx, t[3], span.start + t.index)
    const at = span.start + t.index
    const nation = t[1] || t[2] ? countries.find((c) => c.span.start >= at && c.span.end <= at + t[0].length) : undefined
    const theirs = nation ? found.find((k) => actorOf(ctx, k)?.country === nation.key.slice('country:'.length)) : persons.length === 0 ? found[0] : undefined
    if (theirs) persons.push(theirs)
  }
  // "met his Saudi counterpart": the person of that country holding the title of the one whose counterpart it is.
  const counterpart = COUNTERPART.exec(piece)
  if (counterpart) {
    const at = span.start + counterpart.index
    const nation = countries.find((c) => c.span.start >= at && c.span.end <= at + counterpart[0].length)
    const holder = counterpartOf(ctx, info, at, nation?.key ?? null)
    if (holder && !persons.includes(holder)) persons.push(holder)
  }
  if (pronouns) {
    PRONOUN.lastIndex = 0
    const p = PRONOUN.exec(piece)
    // "which he will attend alongside Premier Li": a subject pronoun before any named person is a participant too.
    const at = span.start + (p?.index ?? 0)
    // "He said, ...": the speaker, not a participant.
    const speaker = p !== null && SAYS_NEXT.test(piece.slice(p.index + p[0].length, p.index + p[0].length + 30))
    const leads = p !== null && /^(?:he|she)$/i.test(p[0]) && !speaker && !mentions.some((m) => m.type === 'person' && m.span.start < at)
    if (p && (persons.length === 0 || leads)) {
      const who = pronounPerson(ctx, span.start + p.index)
      if (who) persons.push(who)
    }
  }
  return { persons: uniq(persons), bodies: uniq(bodies), places, countries }
}

/** Who is "his <country> counterpart" at `at`: the person of `country` holding a title of the person "his" stands for. */
function counterpartOf(ctx: PipelineContext, info: SentenceInfo, at: number, named: string | null): string | null {
  // The owner named by title in the sentence ("The Iranian foreign minister met his Saudi counterpart"), else by name.
  const before = ctx.text.slice(info.sentence.span.start, at)
  SINGLE_TITLE.lastIndex = 0
  const byTitle = SINGLE_TITLE.exec(before)
  const owner = byTitle ? null : pronounPerson(ctx, at)
  const titles = byTitle ? [byTitle[3]!] : owner ? (actorOf(ctx, owner)?.roles ?? []).map((r) => r.title) : []
  // "his counterpart" with no country: the article's other country.
  const pair = pairOf(ctx)
  const titleAt = byTitle ? info.sentence.span.start + byTitle.index : -1
  const titled = byTitle ? info.entities.find((m) => m.type === 'country' && m.span.start >= titleAt && m.span.end <= titleAt + byTitle[0].length) : undefined
  const home = titled?.key ?? (owner ? homeCountry(ctx, owner) : null)
  const country = named ?? (pair.length === 2 && home && pair.includes(home) ? pair.find((k) => k !== home)! : null)
  if (!country) return null
  for (const title of titles) {
    const holder = personsByTitle(ctx, title, at).find((k) => k !== owner && homeCountry(ctx, k) === country)
    if (holder) return holder
  }
  return null
}
