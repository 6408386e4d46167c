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
 * Level 3 of event-time attribution (refiners/event-time.ts): the time of
 * the event this one is part of. "During the visit, ..." -> that visit;
 * otherwise a dated event of the same sentence, or the latest dated visit,
 * talks or meeting a few sentences before. Visits never inherit: an undated
 * visit stays undated, an event reported as done takes no time from one
 * that starts after the article's day, and one still to come none from one
 * that ended before it. `all` holds the main mentions in text
 * order; those dated by an earlier call count as dated.
 */
export function enclosingTime(ctx: PipelineContext, d: EventDraft, all: readonly EventDraft[]): TimeInterval | null {
  if (d.type === 'visit') return null
  // What is reported as done is not part of an event still to come.
  const today = ctx.reference ?? ctx.published?.end ?? null
  // Nor is what is still to come part of an event over before the article's day.
  const from = ctx.reference ?? ctx.published?.start ?? null
  const ordered =
    d.status === 'occurred' && today
      ? all.filter((o) => !o.when || o.when.start <= today)
      : d.status === 'planned' && from
        ? all.filter((o) => !o.when || o.when.end >= from)
        : all
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
  const earlier = ordered.filter((o) => o !== d && o.when && o.span.start < d.span.start && o.sentence >= d.sentence - WINDOW)
  let source: EventDraft | undefined
  if (types) source = [...ordered].reverse().find((o) => o !== d && o.when && o.span.start < d.span.start && types.includes(o.type))
  // A lead names the setting before the text dates it ("deals signed
  // during a visit by the crown prince", the visit dated further down):
  // the first later one of the same parties.
  if (types) source ??= ordered.find((o) => o.when && o.span.start > d.span.end && types.includes(o.type) && involves(ctx, o, d))
  // Without an anchor phrase: a dated event of the same sentence, else
  // the latest dated visit, talks or meeting of the same people.
  source ??= ordered.find((o) => o !== d && o.when && o.sentence === d.sentence)
  // The sentence right after a dated visit, talks or meeting (or an event
  // of the same kind: "More agreements were signed") continues it.
  source ??= [...earlier].reverse().find((o) => (SETTINGS.has(o.type) || o.type === d.type) && o.sentence === d.sentence - 1)
  source ??= [...earlier].reverse().find((o) => SETTINGS.has(o.type) && involves(ctx, o, d))
  // Agreements reported as signed in an article that dates the visit of
  // the same parties only further down: that visit.
  if (d.type === 'agreement' && d.status === 'occurred')
    source ??= ordered.find((o) => o.when && o.type === 'visit' && o.span.start > d.span.end && o.sentence <= d.sentence + WINDOW && involves(ctx, o, d))
  return source?.when ?? null
}
