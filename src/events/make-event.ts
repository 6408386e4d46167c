import type { EventStatus, EventType, Span, TimeInterval } from '../model/types.js'
import type { PipelineContext } from '../pipeline/context.js'
import { actorOf, homeCountry, namedIn, pronounPerson, type Named } from './actors.js'
import { clauseOf, subjectRegion } from './clause.js'
import { countBefore } from './count.js'
import { docIndex, sentenceInfoAt, type SentenceInfo } from './doc-index.js'
import type { EventDraft } from './draft.js'
import { readModality } from './modality.js'
import { readStatus } from './status.js'
import { pickTime } from './time-pick.js'

/**
 * How participants are read when a recognizer does not name them itself:
 * `people` (talks, meetings, calls: persons on both sides of the trigger),
 * `guest` (visits, summits: the subject), `parties` (agreements, aid,
 * milestones: countries and bodies, persons when no body is named).
 */
export type RoleStrategy = 'people' | 'guest' | 'parties'

export interface EventSpec {
  type: EventType
  subtype?: string | null
  ruleId: string
  trigger: Span
  roles: RoleStrategy
  /** The event noun, for counts ("four phone talks"). */
  noun?: Span | null
  actors?: string[]
  host?: string | null
  place?: string | null
  name?: string | null
  weak?: boolean
  status?: EventStatus
  when?: TimeInterval | null
  /** Where the subject region ends, when not at the trigger (list items). */
  subjectEnd?: number
  /** Count given by the recognizer (lists). */
  count?: number | null
  /** Directed events: read source (subject) and target (object) apart. */
  directed?: boolean
  /**
   * With `directed`, `sides` leaves the actors as the role strategy reads
   * them (persons of a call stay its actors) and only adds source and target.
   */
  sides?: boolean
  /** Where the object region ends, when not at the clause end ("accused X of ..."). */
  objectEnd?: number
  /**
   * A speech act (a pledge, a demand, a threat): a time inside its "to" or
   * "that" complement dates what is pledged or demanded, not the saying.
   */
  speech?: boolean
}

/** The sentence a match sits in, the span of one of its groups and the token that starts there (null for captions). */
export function locateGroup(
  ctx: PipelineContext,
  match: RegExpExecArray,
  group: string,
): { info: SentenceInfo; span: Span; token: SentenceInfo['tokens'][number] | undefined } | null {
  const info = locate(ctx, match.index)
  if (!info) return null
  const span = groupSpan(match, group)
  return { info, span, token: info.tokens.find((t) => t.span.start === span.start) }
}

/** The sentence and clause a match sits in, or null for captions. */
export function locate(ctx: PipelineContext, at: number): SentenceInfo | null {
  const info = sentenceInfoAt(docIndex(ctx), at)
  if (!info || info.caption) return null
  return info
}

function actorsFor(roles: RoleStrategy, subject: Named, object: Named, countryOf: (key: string) => string | null): string[] {
  if (roles === 'guest') return subject.persons.length > 0 ? subject.persons : subject.bodies
  if (roles === 'people') {
    const persons = [...subject.persons, ...object.persons]
    const bodies = [...subject.bodies, ...object.bodies]
    if (persons.length === 0) return bodies
    // "Eustice held talks with Norway": a side named only by its country
    // stays in, beside the persons of the other side.
    const represented = new Set(persons.map(countryOf))
    return [...persons, ...bodies.filter((b) => b.startsWith('country:') && !represented.has(b.slice('country:'.length)))]
  }
  const bodies = [...subject.bodies, ...object.bodies]
  const persons = [...subject.persons, ...object.persons]
  return bodies.length > 0 ? [...bodies, ...persons] : persons
}

/** One side of a directed event: its bodies (countries, organizations) and its persons ("Egypt's minister, X"). */
function sideOf(named: Named): string[] {
  if (named.bodies.length + named.persons.length > 0) return [...named.bodies, ...named.persons]
  // A capital standing for its government ("demanded that Tokyo withdraw").
  return [...new Set(named.places.filter((p) => p.country && CAPITAL.test(p.key)).map((p) => `country:${p.country}`))]
}

/**
 * A side with the country each of its members acts for: who did it to whom
 * is read between states ("the director-general summoned the deputy chief
 * of mission": Seoul summoned Tokyo).
 */
export function withCountries(ctx: PipelineContext, side: readonly string[]): string[] {
  // Only countries the document names, so every key links to an entity of it.
  const named = (k: string | null): k is string => k !== null && ctx.actors.some((a) => a.key === k)
  return [...new Set([...side, ...side.map((k) => homeCountry(ctx, k)).filter(named)])]
}
// Place keys of first-level capitals carry the country code (place:JP-13) or are plain city keys.
const CAPITAL = /^place:/

/** The side named in `span` (bodies first, else persons), with the countries it acts for. */
export function sideIn(ctx: PipelineContext, info: SentenceInfo, span: Span): string[] {
  return withCountries(ctx, sideOf(namedIn(ctx, info, span, false)))
}

/** Only the countries of the side named in `span` (none for an empty span). */
export function countriesIn(ctx: PipelineContext, info: SentenceInfo, span: Span): string[] {
  return span.end > span.start ? sideIn(ctx, info, span).filter((k) => k.startsWith('country:')) : []
}

const RELATIVE_BEFORE = /\b(?:which|who|that)\s+(?:(?:has|have|had|was|were|is|are|then|also|later|quickly|promptly|swiftly|immediately)\s+){0,2}$/i

/** The span of the name a relative pronoun right before `at` stands for, when the name ends right before the pronoun. */
function relativeAntecedent(ctx: PipelineContext, info: SentenceInfo, region: Span, at: number): Span | null {
  const head = ctx.text.slice(Math.max(region.start, at - 60), at)
  const rel = RELATIVE_BEFORE.exec(head)
  if (!rel) return null
  const pronoun = at - head.length + rel.index
  const before = info.entities.filter((m) => m.span.end <= pronoun && m.span.start >= info.sentence.span.start)
  const last = before[before.length - 1]
  const gap = ctx.text.slice(last?.span.end ?? pronoun, pronoun).trim()
  if (!last || (gap !== '' && gap !== ',')) return null
  return last.span
}

// Events whose victim is as likely to report them as their author.
const ACTED_ON_SPEAKS: ReadonlySet<EventType> = new Set(['military_action', 'incident', 'sanction', 'expulsion', 'arrest', 'threat', 'protest'])

// ", Chinese President Xi Jinping told his counterpart", ", the minister said": a
// comma, a short comma-free stretch naming the speaker, a verb of saying.
const SPEAKER_TAIL = /,[”"’']?\s([^,.;]{1,80}?)\s(?:said|says|told|added|announced|stressed|noted|declared|insisted)\b/g

/** The persons who say the clause ending at `end`, named after its last comma. */
function trailingSpeakers(ctx: PipelineContext, info: SentenceInfo, from: number, end: number): string[] {
  const piece = ctx.text.slice(from, end)
  SPEAKER_TAIL.lastIndex = 0
  let last: RegExpExecArray | null = null
  for (let m = SPEAKER_TAIL.exec(piece); m; m = SPEAKER_TAIL.exec(piece)) last = m
  if (!last) return []
  const at = from + last.index + last[0].indexOf(last[1]!)
  return namedIn(ctx, info, { start: at, end: at + last[1]!.length }, false).persons.slice(0, 1)
}

/**
 * The agent of a passive clause, "was expelled by Manila", "were detained by
 * Indian coast guards": the side named after "by" (up to the next comma),
 * with its countries; empty when the clause names no agent.
 */
export function byAgent(ctx: PipelineContext, info: SentenceInfo, after: number, end: number): string[] {
  // The agent belongs to the verb: a "by" after an infinitive or a relative
  // clause belongs to something else ("put on alert to face blockades by X").
  const whole = ctx.text.slice(after, end)
  const stop = whole.search(/\bto\s+[a-z]+\b|\b(?:that|which|who)\b|[;,]/i)
  const tail = stop >= 0 ? whole.slice(0, stop) : whole
  const by = /\bby\s+/i.exec(tail)
  if (!by) return []
  const from = after + by.index + by[0].length
  const comma = ctx.text.slice(from, end).search(/[,;]/)
  const named = namedIn(ctx, info, { start: from, end: comma >= 0 ? from + comma : end }, false)
  return withCountries(ctx, sideOf(named))
}

// "urging him to withdraw", "accused her of": an object pronoun right after the verb.
const OBJECT_PRONOUN = /^\s+(?:him|her)\b(?!\s+(?:own|country|government|counterpart)\b)/i

/** The object side with the person an object pronoun right after the trigger stands for (not one of the subject's). */
function withObjectPronoun(ctx: PipelineContext, after: number, acting: () => readonly string[], object: Named): Named {
  if (object.persons.length > 0) return object
  const m = OBJECT_PRONOUN.exec(ctx.text.slice(after, after + 12))
  if (!m) return object
  const who = pronounPerson(ctx, after + m[0].length - 3)
  return who && !acting().includes(who) ? { ...object, persons: [who] } : object
}

/** Build one event draft around a trigger: clause, actors, time, status, count. */
export function makeEvent(ctx: PipelineContext, spec: EventSpec): EventDraft | null {
  const info = locate(ctx, spec.trigger.start)
  if (!info) return null
  const clause = clauseOf(info, spec.trigger)
  let actors = spec.actors
  const countryOfActor = (key: string) => actorOf(ctx, key)?.country ?? null
  let source: string[] = []
  let target: string[] = []
  if (!actors) {
    let region = subjectRegion(ctx.text, clause, spec.subjectEnd !== undefined ? { start: spec.subjectEnd, end: spec.subjectEnd } : spec.trigger)
    // "... a response from Islamabad, which recalled its ambassador", "a post by Trump that accused
    // Islamabad": a relative pronoun before the verb stands for the name right before it.
    region = relativeAntecedent(ctx, info, region, spec.subjectEnd ?? spec.trigger.start) ?? region
    let subject = namedIn(ctx, info, region)
    // A coordinated verb ("..., and attended the forum") shares the subject
    // of the clause before it.
    if (subject.persons.length + subject.bodies.length === 0 && clause.start > info.sentence.span.start) {
      const before = { start: info.sentence.span.start, end: clause.start }
      region = subjectRegion(ctx.text, before, { start: clause.start, end: clause.start })
      subject = namedIn(ctx, info, region)
      // "X said that the envoy was recalled, and urged Y to ...": a reported
      // clause that names no one leaves the speaker as the one who goes on.
      if (subject.persons.length + subject.bodies.length === 0 && region.start > before.start) {
        region = { start: before.start, end: region.start }
        subject = namedIn(ctx, info, region)
      }
    }
    // The subject proper: who is named before the region's first verb ("Scholz spoke with Putin, urging him": Scholz).
    const firstVerb = info.tokens.find((t) => t.span.start >= region.start && t.span.end <= region.end && t.pos === 'VERB')
    // Read only when needed: by directed events and by an object pronoun.
    let proper: Named | undefined
    const sourceSide = () => (proper ??= firstVerb ? namedIn(ctx, info, { start: region.start, end: firstVerb.span.start }) : subject)
    const object = withObjectPronoun(ctx, spec.trigger.end, () => sourceSide().persons, namedIn(ctx, info, { start: spec.trigger.end, end: clause.end }, false))
    actors = actorsFor(spec.roles, subject, object, countryOfActor)
    const near = spec.objectEnd !== undefined ? namedIn(ctx, info, { start: spec.trigger.end, end: spec.objectEnd }, false) : object
    if (spec.directed) {
      // "X summoned the Y ambassador and demanded ...": the source is the
      // subject before the first verb (sourceSide); what the earlier verb governs is not.
      const side = sourceSide()
      const from = side.persons.length + side.bodies.length > 0 ? side : subject
      source = sideOf(from)
      // What the verb's object names is acted on, not acting: a subject read from an
      // earlier clause ("... help France's protesters, and has accused France") loses it.
      const objectKeys = sideOf(near)
      const sourceOnly = source.filter((k) => !objectKeys.includes(k))
      if (sourceOnly.length > 0) source = sourceOnly
      const nearSide = objectKeys.filter((k) => !source.includes(k))
      target = nearSide.length > 0 ? nearSide : sideOf(object).filter((k) => !source.includes(k))
      // The persons acting and acted on stay actors too ("the irrigation
      // minister, X, called for", "summoned the deputy chief of mission Y").
      if (!spec.sides) actors = [...new Set([...source, ...target, ...from.persons, ...object.persons, ...(firstVerb ? [] : actors)])]
      // "Beijing is ready to deepen ties with Abuja, Xi told Tinubu": the
      // speaker after the clause acts for its subject, not on it.
      const speakers = trailingSpeakers(ctx, info, spec.trigger.end, clause.end).filter((k) => {
        if (source.some((s) => s.startsWith('person:'))) return false
        // A speaker of no known country speaks for the subject of what is said ("Indonesia stands
        // ready to ..., Foreign Minister X said"), but of force used may be the side acted on
        // ("X shelled Y's posts, Prime Minister Z said").
        const home = homeCountry(ctx, k)
        if (home === null) return source.length === 0 || !ACTED_ON_SPEAKS.has(spec.type)
        return source.length === 0 || source.includes(home)
      })
      // "Trudeau told parliament that Canadian agencies were pursuing allegations": who reports an
      // act of speech for his own side acts in it too (as a speaker after the clause does).
      if (spec.speech && region.start > clause.start) {
        const leading = namedIn(ctx, info, { start: clause.start, end: region.start }, false).persons.slice(0, 1)
        const sides = withCountries(ctx, source)
        for (const k of leading) {
          const home = homeCountry(ctx, k)
          // Of no known country, he speaks for the clause's subject (as a trailing speaker does).
          if ((home === null || sides.includes(home)) && sides.length > 0 && !target.includes(k)) speakers.push(k)
        }
      }
      source = [...source, ...speakers]
      target = target.filter((k) => !speakers.includes(k))
      // Actors stay who is named; source and target add the countries they act for.
      source = withCountries(ctx, source)
      target = withCountries(ctx, target).filter((k) => !source.includes(k))
      if (actors.length === 0) actors = [...new Set(actorsFor(spec.roles, subject, object, countryOfActor))]
    }
  }
  // "paid a courtesy visit to President X": the person visited is a participant too.
  if (spec.roles === 'guest' && spec.type === 'visit') actors = [...actors, ...visitedPerson(ctx, info, spec.trigger.end, clause.end)]
  const reading = spec.status ? { status: spec.status, explicit: true } : readStatus(ctx.text, clause, spec.trigger, info.tokens, info.heading)
  // Levels 1 and 2 of event-time attribution; the rest is refiners/event-time.ts.
  const time =
    spec.when !== undefined
      ? spec.when
        ? { when: spec.when, basis: 'stated' as const }
        : null
      : pickTime(ctx, info, clause, spec.trigger, reading.status === 'planned', spec.speech ?? false)
  const count = spec.count !== undefined ? spec.count : spec.noun ? countBefore(ctx.text, spec.noun.start) : null
  return {
    type: spec.type,
    subtype: spec.subtype ?? null,
    actors: [...new Set(actors)],
    source,
    target,
    modality: readModality(ctx.text, clause, spec.trigger),
    host: spec.host ?? null,
    place: spec.place ?? null,
    when: time?.when ?? null,
    ownTime: time !== null,
    ...(time ? { whenBasis: time.basis } : {}),
    status: reading.status,
    explicitStatus: reading.explicit,
    count,
    // Evidence runs from the clause to the end of its sentence: events of
    // one sentence then share `span.end`, which tells resolution they are
    // distinct, while their starts (and so their ids) differ.
    span: { start: clause.start, end: info.sentence.span.end },
    trigger: spec.trigger,
    sentence: info.sentence.index,
    ruleId: spec.ruleId,
    name: spec.name ?? null,
    weak: spec.weak ?? false,
  }
}

// Between "to" and the person visited: titles, nationalities, a possessive; no verb, clause or other phrase.
const TO_PERSON_GAP = /^[ \t]*(?:(?:\p{Lu}[\p{L}.'’-]*|the|his|her|their|its|s)[ \t]+)*$/u

/** The person right after a visit noun's "to" or "on" ("a courtesy call on Nigerian President Bola Tinubu"). */
function visitedPerson(ctx: PipelineContext, info: SentenceInfo, after: number, end: number): string[] {
  const to = /^\s+(?:to|on)\s+/.exec(ctx.text.slice(after, Math.min(end, after + 8)))
  if (!to) return []
  const from = after + to[0].length
  const person = info.entities.find((m) => m.span.start >= from && m.span.start <= from + 50 && m.span.end <= end && m.type === 'person')
  if (!person || !TO_PERSON_GAP.test(ctx.text.slice(from, person.span.start))) return []
  // The gap holds no other entity ("a visit to China's capital, ..."): only the titles of this person.
  if (info.entities.some((m) => m.span.start >= from && m.span.end <= person.span.start && m.type !== 'country')) return []
  return [person.key]
}

/**
 * The sentence of a match and its `verb` group, when that group is tagged
 * as a verb there (a noun reading, "the aid", "the discussion", is no event
 * for a verb recognizer). Null otherwise, or in a caption.
 */
export function verbOf(
  ctx: PipelineContext,
  match: RegExpExecArray,
): { info: SentenceInfo; verb: Span; clause: Span; token: SentenceInfo['tokens'][number] } | null {
  const found = verbClause(ctx, match)
  if (!found) return null
  const token = found.info.tokens.find((t) => t.span.start === found.verb.start)
  if (!token || token.pos !== 'VERB') return null
  return { ...found, token }
}

/**
 * Where most verb recognizers begin: the sentence of a match, the span of its
 * trigger group (`verb` unless named) and the clause around that trigger.
 * Null in a caption.
 */
export function verbClause(ctx: PipelineContext, match: RegExpExecArray, group = 'verb'): { info: SentenceInfo; verb: Span; clause: Span } | null {
  const info = locate(ctx, match.index)
  if (!info) return null
  const verb = groupSpan(match, group)
  return { info, verb, clause: clauseOf(info, verb) }
}

/** The span of capture group `n` of a match made over the whole document. */
export function groupSpan(match: RegExpExecArray, n: number | string): Span {
  const indices = match.indices
  const at = indices ? (typeof n === 'number' ? indices[n] : indices.groups?.[n]) : undefined
  if (at) return { start: at[0], end: at[1] }
  const text = (typeof n === 'number' ? match[n] : match.groups?.[n]) ?? ''
  const offset = match[0].indexOf(text)
  const start = match.index + Math.max(0, offset)
  return { start, end: start + text.length }
}
