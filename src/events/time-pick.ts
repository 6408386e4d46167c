import type { Span, TimeInterval, TimeMention } from '../model/types.js'
import type { PipelineContext } from '../pipeline/context.js'
import { isoOf, parseIsoDay } from '../time/calendar.js'
import type { SentenceInfo } from './doc-index.js'

// A time after these words is a deadline, a validity period or a starting
// point, not the time of the event ("a plan for 2021-2025", "since 2016").
// "scheduled for 20 March" is the event's own time, though.
const SCHEDULED = String.raw`(?:scheduled|set|slated|planned|due|fixed|expected)`
const NOT_EVENT_TIME = new RegExp(
  String.raw`\b(?:(?<!\b${SCHEDULED}\s)for|by|until|till|since|as of|before|through|within|of|ahead of)\s+(?:the\s+)?(?:period\s+)?$`,
  'i',
)
const AFTER_SCHEDULED = new RegExp(String.raw`\b${SCHEDULED}\s+$`, 'i')
// Between the trigger and a time: a relative clause, a participle phrase or
// a "since" phrase ("met for the first time since their encounter in 2019")
// dates something else.
const SUBORDINATE = /,\s+(?:which|who|whose|whom|where|replacing|following|after|before|[a-z]+ing\s+(?:the|a|an|their|its)\b)|\bsince\b/i
// A speech act's complement opens with an infinitive or "that".
const COMPLEMENT = /\bto\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]+\b|\bthat\b/i
const JOIN = /^\s*(?:and|to|-|–|until|through|till)\s*$/i
// A reporting clause after the event's ("..., Cuba said on Tuesday") or
// before its that-clause ("said on Tuesday that ..."): its time is the report's.
const REPORT_VERB = String.raw`(?:said|says|told|announced|reported|stated|added|confirmed|noted|declared)`
const REPORT_AFTER = new RegExp(String.raw`,[^,;]*\b${REPORT_VERB}\b[^,;]*$`, 'i')
const REPORT_BEFORE = new RegExp(String.raw`\b${REPORT_VERB}$`, 'i')
// An apposition or parenthesis opens with one of these: "Lee, the president elected in 2022, ..."
const ASIDE_OPEN = /^(?:the|a|an|his|her|its|their|who|which|whose|then|now|once|formerly)\b/i
// An aside that describes a noun by a participle or a relative: ", postponed twice last year,", ", which began in May,".
const PARTICIPLE_ASIDE = /^(?:(?:first|already|twice|once|long|originally|initially)\s+)?(?:\w+ed|held|begun|which|that|originally|first)\b/i

// A repeated or lasting event told in the perfect over a stretch up to now
// ("have held talks since 2021", "has met him twice over the past year",
// "discussions over the past several weeks") spans that stretch: "since"
// and "the past N" are its own time, not a starting point of something else.
const PERFECT = /\b(?:have|has|'ve)\s+(?:\w+\s+){0,3}$/i
const STRETCH_OPEN = /^(?:since\s|(?:over|in|during|for|throughout)\s+the\s+(?:past|last)\s)/i
const FIRST_SINCE = /\bfirst\b/i

/** How an event's clause dates it: its own clause, or the clause it is embedded in. */
export interface ClauseTime {
  readonly when: TimeInterval
  readonly basis: 'stated' | 'embedding'
}

function usable(ctx: PipelineContext, t: TimeMention): boolean {
  if (!t.value || t.asOf) return false
  if (t.value.granularity === 'duration') return false
  if (/^(?:since|by|until|till|through|before|as of)\b/i.test(t.text)) return false
  if (/^for\b/i.test(t.text) && !AFTER_SCHEDULED.test(ctx.text.slice(Math.max(0, t.span.start - 12), t.span.start))) return false
  const before = ctx.text.slice(Math.max(0, t.span.start - 24), t.span.start)
  return !NOT_EVENT_TIME.test(before)
}

/** Joins "between 2020 and 2022" read as two mentions into one range. */
function joined(ctx: PipelineContext, list: TimeMention[]): { span: Span; value: TimeInterval }[] {
  const out: { span: Span; value: TimeInterval }[] = []
  for (let i = 0; i < list.length; i++) {
    const a = list[i]
    const b = list[i + 1]
    if (b && JOIN.test(ctx.text.slice(a.span.end, b.span.start)) && a.value!.start <= b.value!.start) {
      out.push({ span: { start: a.span.start, end: b.span.end }, value: { start: a.value!.start, end: b.value!.end, granularity: 'range' } })
      i++
    } else out.push({ span: a.span, value: a.value! })
  }
  return out
}

/**
 * True when the time sits in a parenthesis or apposition that the trigger is
 * not in, and that holds more than the time itself ("Friday (March 7)" and
 * "in Johannesburg (2023)" date their phrase; "(elected in 2022)" does not).
 */
function inAside(text: string, sentence: Span, t: Span, trigger: Span): boolean {
  const open = text.lastIndexOf('(', t.start)
  if (open >= sentence.start) {
    const close = text.indexOf(')', open)
    if (close >= t.end && !(open < trigger.start && trigger.end <= close)) {
      const rest = text.slice(open + 1, t.start) + text.slice(t.end, close)
      if (/[A-Za-z]{3,}/.test(rest)) return true
    }
  }
  if (t.start < trigger.start) {
    // An apposition between the subject and the trigger: ", the envoy appointed in May,".
    const comma = text.lastIndexOf(',', t.start)
    const next = text.indexOf(',', t.end)
    if (comma >= sentence.start && next >= 0 && next < trigger.start && ASIDE_OPEN.test(text.slice(comma + 1).trimStart())) return true
  } else if (t.start >= trigger.end) {
    // An aside right after a noun trigger, closed before its predicate: "the meeting, postponed twice last year, took place".
    const comma = text.indexOf(',', trigger.end)
    const next = text.indexOf(',', t.end)
    if (
      comma >= 0 &&
      comma < t.start &&
      text.slice(trigger.end, comma).trim() === '' &&
      next >= 0 &&
      next < sentence.end &&
      PARTICIPLE_ASIDE.test(text.slice(comma + 1).trimStart())
    )
      return true
  }
  return false
}

/** True when the time dates a reporting clause around the event's ("..., X said on Tuesday"). */
function reportTime(text: string, clause: Span, t: Span, trigger: Span): boolean {
  if (t.start >= trigger.end) return REPORT_AFTER.test(text.slice(trigger.end, t.start))
  // At most 40 characters, trimmed: "said on" -> "said".
  const head = text
    .slice(Math.max(clause.start, t.start - 40), t.start)
    .trimEnd()
    .replace(/\b(?:on|in|late|early)$/i, '')
    .trimEnd()
  return REPORT_BEFORE.test(head) && /\bthat\b/i.test(text.slice(t.end, trigger.start))
}

/**
 * A report's day dates what it reports as done only from above: the event
 * happened that day or the day before (like the article's date, level 4).
 */
function reportWindow(when: TimeInterval): TimeInterval {
  const start = parseIsoDay(when.start)
  if (when.granularity !== 'day' || when.start !== when.end || start === null) return when
  return { start: isoOf(start - 1), end: when.end, granularity: 'day' }
}

/**
 * Levels 1 and 2 of event-time attribution (refiners/event-time.ts). Level 1
 * (`stated`): a time of the event's own clause, not one behind a relative
 * clause, a participle or "since" phrase, an apposition or a parenthesis
 * about something else, nor a reporting clause's: the nearest one after the
 * trigger (one introduced by "in", "on", ... first), else the nearest
 * before it. Level 2 (`embedding`): the time of the clause that embeds the
 * event's: a reporting clause ("..., X said on Tuesday": that day or the day
 * before, for what is reported as done), else the time of an earlier
 * clause of the sentence, which scopes over the later ones (a later
 * clause's time belongs to its own event). Null when none applies.
 */
export function pickTime(ctx: PipelineContext, info: SentenceInfo, clause: Span, trigger: Span, planned = false, speech = false): ClauseTime | null {
  const sentence = info.sentence.span
  const stretch = planned ? null : stretchTime(ctx, info, clause, trigger)
  if (stretch) return { when: stretch, basis: 'stated' }
  const own = (t: { span: Span }) => {
    const from = Math.min(t.span.end, trigger.end)
    const to = Math.max(t.span.start, trigger.start)
    return (
      !SUBORDINATE.test(ctx.text.slice(from, to)) &&
      !inAside(ctx.text, sentence, t.span, trigger) &&
      !afterReducedRelative(info, t.span, trigger) &&
      !attributiveYear(ctx.text, info, t.span, trigger)
    )
  }
  const all = joined(
    ctx,
    info.times.filter((t) => usable(ctx, t)),
  ).filter(own)
  if (all.length === 0) return null
  const reports = all.filter((t) => t.span.start >= clause.start && t.span.end <= clause.end && reportTime(ctx.text, clause, t.span, trigger))
  const inClause = all.filter((t) => t.span.start >= clause.start && t.span.end <= clause.end && !reports.includes(t))
  const stated = (when: TimeInterval): ClauseTime => ({ when, basis: 'stated' })
  // "pledged to hold talks next month", "urged X to withdraw by Friday": the complement's time is the act's said.
  const after = inClause.filter((t) => t.span.start >= trigger.end && !(speech && COMPLEMENT.test(ctx.text.slice(trigger.end, t.span.start))))
  // A time introduced by a preposition, or one that opens with its own deictic word ("met this week with ...").
  const introduced = after.find(
    (t) =>
      /\b(?:in|on|from|between|during|at|of|this|last|next)\s+$/i.test(ctx.text.slice(Math.max(0, t.span.start - 9), t.span.start)) ||
      /^(?:this|last|next|earlier|later)\s/i.test(ctx.text.slice(t.span.start, t.span.end)),
  )
  if (introduced) return stated(introduced.value)
  if (after.length > 0) return stated(after[0].value)
  const before = inClause.filter((t) => t.span.end <= trigger.start)
  if (before.length > 0) return stated(before[before.length - 1].value)
  const inside = inClause.find((t) => t.span.start < trigger.end && trigger.start < t.span.end)
  if (inside) return stated(inside.value)
  if (reports.length > 0) return { when: planned ? reports[0].value : reportWindow(reports[0].value), basis: 'embedding' }
  // A time of an earlier clause scopes over the ones after it ("In May, X
  // signed ..., and Y held talks"); a later clause's time is its own event's.
  const earlier = all.filter((t) => t.span.end <= clause.start)
  return earlier.length > 0 ? { when: earlier[earlier.length - 1].value, basis: 'embedding' } : null
}

// What carries the event itself: "praised X in an article published on
// Monday", "according to a statement issued on Thursday" date the event.
const VEHICLE =
  /^(?:statements?|articles?|reports?|communiqu[eé]s?|releases?|readouts?|interviews?|messages?|letters?|posts?|tweets?|speech(?:es)?|address(?:es)?|broadcasts?|declarations?|notes?|documents?)$/i

/**
 * True when a participle phrase on another noun stands between the trigger
 * and the time ("announced the deal to restore relations severed nine years
 * ago"): the time dates that phrase. On the trigger's own noun ("the deal
 * signed on Monday") it dates the event.
 */
function afterReducedRelative(info: SentenceInfo, t: Span, trigger: Span): boolean {
  if (t.start < trigger.end) return false
  const toks = info.tokens.filter((k) => k.span.start >= trigger.end && k.span.end <= t.start)
  if (toks.some((k) => k.pos === 'PUNCT')) return false
  let i = toks.length - 1
  if (i >= 0 && toks[i].pos === 'ADP') i--
  const verb = toks[i]
  const noun = toks[i - 1]
  return verb !== undefined && noun !== undefined && verb.pos === 'VERB' && /ed$/i.test(verb.text) && noun.pos === 'NOUN' && !VEHICLE.test(noun.text)
}

/**
 * The stretch up to now that a perfect-aspect or nominal event spans: a
 * "since ..." or "over the past ..." right after the trigger, in its clause
 * ("met for the first time since 2019" dates the earlier encounter instead).
 */
function stretchTime(ctx: PipelineContext, info: SentenceInfo, clause: Span, trigger: Span): TimeInterval | null {
  for (const t of info.times) {
    if (!t.value || t.span.start < trigger.end || t.span.end > clause.end) continue
    const between = ctx.text.slice(trigger.end, t.span.start)
    if (between.length > 40 || /[,;(]/.test(between) || SUBORDINATE.test(between)) continue
    const since = /^since\b/i.test(t.text)
    // "since" is part of the time's text; "over the past" puts its preposition before it.
    const opener = since ? t.text : `${between.match(/\b\w{1,30}\s+$/)?.[0] ?? ''}${t.text}`
    if (!STRETCH_OPEN.test(opener) || FIRST_SINCE.test(ctx.text.slice(clause.start, t.span.start))) continue
    // "since" makes a stretch only in the perfect ("have held talks since 2019").
    if (since && !PERFECT.test(ctx.text.slice(Math.max(clause.start, trigger.start - 60), trigger.start))) continue
    return { start: t.value.start, end: t.value.end, granularity: 'range' }
  }
  return null
}

/** The smallest interval covering every usable time of a sentence. */
export function sentenceCover(ctx: PipelineContext, info: SentenceInfo): TimeInterval | null {
  const list = info.times.filter((t) => usable(ctx, t))
  if (list.length === 0) return null
  let start = list[0].value!.start
  let end = list[0].value!.end
  for (const t of list) {
    if (t.value!.start < start) start = t.value!.start
    if (t.value!.end > end) end = t.value!.end
  }
  return { start, end, granularity: list.length === 1 ? list[0].value!.granularity : 'range' }
}

/**
 * A bare year used as an adjective of another noun ("Malaysia's own 1979
 * map", "under its 2015 budget") dates that noun, not the event; on the
 * trigger's own noun ("the 2019 treaty was signed") it is the event's time.
 */
function attributiveYear(text: string, info: SentenceInfo, t: Span, trigger: Span): boolean {
  if (!/^\d{4}$/.test(text.slice(t.start, t.end))) return false
  // "met at the 2023 BRICS summit", "during the 2022 visit": the occasion the event took place at.
  // bounded: the 30 characters before the year
  if (
    /\b(?:at|during|on|of|after|before|since|for|ahead of|sidelines of)\s+(?:the\s+|its\s+|their\s+|this\s+|last\s+)?$/i.test(
      text.slice(Math.max(0, t.start - 30), t.start),
    )
  )
    return false
  const next = info.tokens.find((k) => k.span.start > t.end)
  if (!next || next.pos !== 'NOUN' || !/^[a-z]/.test(next.text)) return false
  // The year before the trigger's noun phrase ("the 2019 border treaty"): the event's own.
  return !(next.span.start <= trigger.start + 1 && trigger.start - t.end <= 30)
}
