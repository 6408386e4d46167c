import type { EventType, TimeInterval } from '../../model/types.js'
import type { EventDraft } from '../draft.js'
import type { PipelineContext } from '../../pipeline/context.js'
import { homeCountry } from '../actors.js'

const ANCHOR =
  /\b(?:during|following|after|at|on the sidelines of|on the margins of|prior to|ahead of|in the course of|before|at the (?:end|close|conclusion|start|opening) of)\s+(?:the|their|his|her|this|that|its|a|an)\s+(?:[\w-]+\s+){0,2}?(visit|trip|tour|talks|meeting|summit|call|conversation)\b/i
const ANCHOR_TYPE: Record<string, EventType[]> = {
  visit: ['visit'],
  trip: ['visit'],
  tour: ['visit'],
  talks: ['talks'],
  meeting: ['meeting'],
  summit: ['summit'],
  call: ['phone_call'],
  conversation: ['phone_call'],
}
const VAGUE = /\b(?:recently|lately|previously|earlier this|in the past|in recent (?:years|months|weeks)|so far|over the years|once)\b/i
const SETTINGS = new Set<EventType>(['visit', 'talks', 'meeting', 'summit', 'phone_call'])
const WINDOW = 6

/** The setting involves the event's parties: a shared actor, or a leader of a country the event names. */
function involves(ctx: PipelineContext, setting: EventDraft, d: EventDraft): boolean {
  if (setting.actors.some((a) => d.actors.includes(a))) return true
  const homes = setting.actors.map((a) => homeCountry(ctx, a))
  return d.actors.some((a) => a.startsWith('country:') && homes.includes(a))
}

/**
 * Where enclosingTime looks, per document: the mains in text order (as
 * event-time.ts hands them) listed by type and by sentence, so each lookup
 * reads the few mains that can answer instead of every main of a long text.
 * The lists hold positions in `all`; a main dated meanwhile is read as
 * dated, since `all[k]` is read at each lookup. Built only when the mains
 * are in text order with their sentences in the same order (null
 * otherwise: every lookup then reads them all, as before).
 */
export interface EnclosingIndex {
  readonly all: readonly EventDraft[]
  readonly byType: ReadonlyMap<EventType, readonly number[]>
  readonly bySentence: ReadonlyMap<number, readonly number[]>
}

export function enclosingIndex(all: readonly EventDraft[]): EnclosingIndex | null {
  const byType = new Map<EventType, number[]>()
  const bySentence = new Map<number, number[]>()
  for (let k = 0; k < all.length; k++) {
    const o = all[k]
    if (k > 0 && (o.span.start < all[k - 1].span.start || o.sentence < all[k - 1].sentence)) return null
    const t = byType.get(o.type)
    if (t) t.push(k)
    else byType.set(o.type, [k])
    const s = bySentence.get(o.sentence)
    if (s) s.push(k)
    else bySentence.set(o.sentence, [k])
  }
  return { all, byType, bySentence }
}

/** The first position in `list` (positions in text order) whose main starts after `offset` (`strict`) or at or after it. */
function firstFrom(all: readonly EventDraft[], list: readonly number[], offset: number, strict: boolean): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const start = all[list[mid]].span.start
    if (strict ? start > offset : start >= offset) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Candidates in text order (every main unless the index narrows them): each lookup keeps its own full test. */
function* forward(all: readonly EventDraft[], lists: readonly (readonly number[])[] | null, from = 0): Generator<EventDraft> {
  if (!lists) {
    for (let k = 0; k < all.length; k++) yield all[k]
    return
  }
  for (const list of lists) for (let n = from; n < list.length; n++) yield all[list[n]]
}

function* backward(all: readonly EventDraft[], lists: readonly (readonly number[])[] | null, below?: number): Generator<EventDraft> {
  if (!lists) {
    for (let k = all.length - 1; k >= 0; k--) yield all[k]
    return
  }
  for (const list of lists) for (let n = (below ?? list.length) - 1; n >= 0; n--) yield all[list[n]]
}

function find(candidates: Iterable<EventDraft>, test: (o: EventDraft) => boolean): EventDraft | undefined {
  for (const o of candidates) if (test(o)) return o
  return undefined
}

/** The lists of sentences `from` to `to` (either order), as the index holds them. */
function sentences(index: EnclosingIndex, from: number, to: number): (readonly number[])[] {
  const out: (readonly number[])[] = []
  const step = from <= to ? 1 : -1
  for (let s = from; s !== to + step; s += step) {
    const list = index.bySentence.get(s)
    if (list) out.push(list)
  }
  return out
}

/**
 * Level 3 of event-time attribution (refiners/event-time.ts): the time of
 * the event this one is part of. "During the visit, ..." -> that visit;
 * otherwise a dated event of the same sentence, or the latest dated visit,
 * talks or meeting a few sentences before. Visits never inherit: an undated
 * visit stays undated, an event reported as done takes no time from one
 * that starts after the article's day, and one still to come none from one
 * that ended before it. `all` holds the main mentions in text
 * order; those dated by an earlier call count as dated. `index`
 * (enclosingIndex of `all`) narrows where each lookup reads; the answer is
 * the same without it.
 */
export function enclosingTime(ctx: PipelineContext, d: EventDraft, all: readonly EventDraft[], index: EnclosingIndex | null = null): TimeInterval | null {
  if (d.type === 'visit') return null
  if (index && index.all !== all) index = null
  // What is reported as done is not part of an event still to come.
  const today = ctx.reference ?? ctx.published?.end ?? null
  // Nor is what is still to come part of an event over before the article's day.
  const from = ctx.reference ?? ctx.published?.start ?? null
  // A main the status of `d` lets it borrow from (undated mains lend nothing anyway).
  const allowed: (o: EventDraft) => boolean =
    d.status === 'occurred' && today
      ? (o) => !o.when || o.when.start <= today
      : d.status === 'planned' && from
        ? (o) => !o.when || o.when.end >= from
        : () => true
  const sentence = ctx.sentences[d.sentence]
  // "Recently, ..." dates the event itself, only vaguely: nothing to inherit.
  if (VAGUE.test(ctx.text.slice(sentence.span.start, d.span.end))) return null
  const head = ctx.text.slice(sentence.span.start, d.span.end)
  // The setting may follow the event's words: "signed deals ... during a
  // visit", up to the end of the sentence (read from the text: a decimal
  // like "33.9" can cut the analysed sentence short).
  const rest = ctx.text.slice(d.span.end, d.span.end + 400)
  const anchor = ANCHOR.exec(head) ?? ANCHOR.exec(rest.slice(0, rest.search(/[.!?](?=\s|$)|\n|$/)))
  const types = anchor ? ANCHOR_TYPE[anchor[1].toLowerCase()] : null
  const earlier = (o: EventDraft) => allowed(o) && o !== d && !!o.when && o.span.start < d.span.start && o.sentence >= d.sentence - WINDOW
  // Mains of one of `types` (one list when the index has it, else all).
  const typed = index && types?.length === 1 ? [index.byType.get(types[0]) ?? []] : null
  let source: EventDraft | undefined
  if (types)
    source = find(
      backward(all, typed, typed ? firstFrom(all, typed[0], d.span.start, false) : undefined),
      (o) => allowed(o) && o !== d && !!o.when && o.span.start < d.span.start && types.includes(o.type),
    )
  // A lead names the setting before the text dates it ("deals signed
  // during a visit by the crown prince", the visit dated further down):
  // the first later one of the same parties.
  if (types)
    source ??= find(
      forward(all, typed, typed ? firstFrom(all, typed[0], d.span.end, true) : 0),
      (o) => allowed(o) && !!o.when && o.span.start > d.span.end && types.includes(o.type) && involves(ctx, o, d),
    )
  // Without an anchor phrase: a dated event of the same sentence, else
  // the latest dated visit, talks or meeting of the same people.
  source ??= find(forward(all, index ? sentences(index, d.sentence, d.sentence) : null), (o) => allowed(o) && o !== d && !!o.when && o.sentence === d.sentence)
  // The sentence right after a dated visit, talks or meeting (or an event
  // of the same kind: "More agreements were signed") continues it.
  source ??= find(
    backward(all, index ? sentences(index, d.sentence - 1, d.sentence - 1) : null),
    (o) => earlier(o) && (SETTINGS.has(o.type) || o.type === d.type) && o.sentence === d.sentence - 1,
  )
  // In text order a main before `d` is in no later sentence than d's.
  source ??= find(
    backward(all, index ? sentences(index, d.sentence, d.sentence - WINDOW) : null),
    (o) => earlier(o) && SETTINGS.has(o.type) && involves(ctx, o, d),
  )
  // Agreements reported as signed in an article that dates the visit of
  // the same parties only further down: that visit.
  if (d.type === 'agreement' && d.status === 'occurred')
    source ??= find(
      forward(all, index ? sentences(index, d.sentence, d.sentence + WINDOW) : null),
      (o) => allowed(o) && !!o.when && o.type === 'visit' && o.span.start > d.span.end && o.sentence <= d.sentence + WINDOW && involves(ctx, o, d),
    )
  return source?.when ?? null
}
