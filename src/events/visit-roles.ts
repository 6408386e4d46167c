import type { EntityMention, Span, TimeInterval } from '../model/types.js'
import type { PipelineContext } from '../pipeline/context.js'
import { actorOf, firstMentionOf, mentionsIn, pronounPerson } from './actors.js'
import type { SentenceInfo } from './doc-index.js'
import { pairOf } from './groups.js'

const LEAD = /(?:^|\s)(?:to|in|for|at|into)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$/

export interface Destination {
  host: string | null
  place: string | null
}

/** The host and place an event spec takes from a destination; both null when none was read. */
export function hostAndPlace(dest: Destination | null): Destination {
  return { host: dest?.host ?? null, place: dest?.place ?? null }
}

function hostOf(m: EntityMention): string | null {
  if (m.type === 'country') return m.key
  return m.country ? `country:${m.country}` : null
}

/**
 * Where a visit goes: the first country or place named after `from` in the
 * clause ("visit to China", "arrived in Azerbaijan's capital Baku"). A city
 * gives its country as host.
 */
export function destinationAfter(ctx: PipelineContext, info: SentenceInfo, from: number, end: number, direct = false): Destination | null {
  const list = mentionsIn(ctx, info, { start: from, end }).filter((m) => m.type === 'country' || m.type === 'place')
  // The destination follows "to", "in", "for" or "at" ("visit to the UAE",
  // "activities in Yunnan province"); a country elsewhere in the clause
  // ("aims to affirm Vietnam's policy") is not where the visit goes.
  const first = list.find(
    (m) =>
      LEAD.test(ctx.text.slice(Math.max(from, m.span.start - 40), m.span.start)) || (direct && /^\s+(?:the\s+)?$/.test(ctx.text.slice(from, m.span.start))),
  )
  if (!first) return null
  const host = hostOf(first)
  let place: string | null = first.type === 'place' ? first.key : null
  if (!place) {
    const next = list.find((m) => m.type === 'place' && m.span.start < first.span.end + 40 && hostOf(m) === host)
    place = next?.key ?? null
  }
  return { host, place }
}

/** The country named right before the event noun ("the China visit"). */
export function destinationBefore(ctx: PipelineContext, info: SentenceInfo, noun: Span): Destination | null {
  const m = [...info.entities].reverse().find((e) => e.span.end <= noun.start && e.span.end >= noun.start - 2)
  if (!m || (m.type !== 'country' && m.type !== 'place')) return null
  return { host: hostOf(m), place: m.type === 'place' ? m.key : null }
}

/** A guest whose country is one of the pair visits the other one. */
export function pairHost(ctx: PipelineContext, guests: readonly string[]): string | null {
  const pair = pairOf(ctx)
  if (pair.length !== 2) return null
  for (const g of guests) {
    const c = actorOf(ctx, g)?.country ?? firstMentionOf(ctx, g)?.country
    const home = c ? `country:${c}` : g.startsWith('country:') ? g : null
    if (home === pair[0]) return pair[1]
    if (home === pair[1]) return pair[0]
  }
  return null
}

const POSSESSIVE = /['’]s\s+(?:[\w-]+\s+){0,4}$/
const MODIFIERS =
  /^(?:(?:a|an|the|his|her|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|previous|next|planned|upcoming|forthcoming|historic|landmark|official|state|working|recent|[a-z]+-day|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|day|maiden|first-ever|much-anticipated|surprise|brief|reciprocal|return)\s+)*$/i

/** "Trong's visit", "his first visit": the possessor before the noun. */
export function possessor(ctx: PipelineContext, info: SentenceInfo, noun: Span): string | null {
  const head = ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 60), noun.start)
  const pron = /\b(?:his|her)\s+((?:[\w-]+\s+){0,4})$/i.exec(head)
  if (pron && MODIFIERS.test(pron[1])) return pronounPerson(ctx, noun.start - head.length + pron.index)
  if (!POSSESSIVE.test(head)) return null
  const m = [...info.entities].reverse().find((e) => e.span.end <= noun.start && e.span.end >= noun.start - 50)
  if (!m || m.type !== 'person') return null
  const between = ctx.text.slice(m.span.end, noun.start)
  return /^['’]s\s/.test(between) && MODIFIERS.test(between.replace(/^['’]s\s+/, '')) ? m.key : null
}

const DAYS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }

/** "began a two-day visit on Monday": the visit lasts from that day for N days. */
export function spanDays(phrase: string, when: TimeInterval | null): TimeInterval | null {
  const m = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\b/i.exec(phrase)
  if (!m || !when || when.granularity !== 'day' || when.start !== when.end) return when
  const n = DAYS[m[1].toLowerCase()] ?? Number(m[1])
  if (!n || n < 2) return when
  const end = new Date(`${when.start}T00:00:00Z`)
  end.setUTCDate(end.getUTCDate() + n - 1)
  return { start: when.start, end: end.toISOString().slice(0, 10), granularity: 'day' }
}

/** Persons named right after `from` behind "by" or "of" ("visits by A and B"). */
export function byPersons(ctx: PipelineContext, info: SentenceInfo, from: number, end: number): EntityMention[] {
  const after = ctx.text.slice(from, end)
  const m = /^(?:\s+(?:paid|made|undertaken|conducted))?(?:\s+(?:to|in)\s+(?=\S)[^,;]{1,40}?)?\s+(?:by|of)\s/i.exec(after)
  if (!m) return []
  const start = from + m.index + m[0].length
  const out: EntityMention[] = []
  for (const e of mentionsIn(ctx, info, { start, end })) {
    if (e.type !== 'person') continue
    const gap = ctx.text.slice(out.length > 0 ? out[out.length - 1].span.end : start, e.span.start)
    // Persons joined by titles, commas, "and" and parenthesized dates stay in the list.
    if (out.length > 0 && /[;]|\b(?:to|in|at|who|which|that)\b/i.test(gap)) break
    // The first guest follows "by" itself, not a later clause ("the first visit by a minister to Seoul since X visited").
    if (out.length === 0 && (gap.length > 80 || /[;]|\b(?:since|when|after|before|while|who|which|that)\b/i.test(gap))) break
    out.push(e)
  }
  return out
}
