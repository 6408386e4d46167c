import type { PipelineContext } from '../../pipeline/context.js'
import type { TimeInterval } from '../../model/types.js'
import { parseIsoDay } from '../../time/calendar.js'
import { articleWindow } from '../article-window.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { locate } from '../make-event.js'

// Background the article recounts, not its news: such an event keeps no time
// rather than the article's ("their last meeting", "since").
const BACKGROUND =
  /\b(?:previous(?:ly)?|last|earlier|former(?:ly)?|in the past|ago|once|ever|history|historic(?:al)?|since|used to|over the (?:years|decades))\b/i
// "is the first visit since 2017", "met for the first time since", "the first-ever summit": the news
// itself, told as the first of its kind in a while (what "since" starts is not the event).
const FIRST_SINCE = /\bfirst(?:\s+|-)(?:[\w-]+\s+){0,4}?(?:since|ever)\b|\bfirst-ever\b/gi
// A past perfect ("had visited") puts its own clause before the news, not the
// other clauses of the sentence ("X had been in touch with A, and Y was in contact with B").
const PAST_PERFECT = /\bhad\s+(?:\w+\s+)?(?:been|met|visited|signed|held|spoken|agreed)\b/i
// "Former" before a title or a name is who someone was ("the former Ecuadorian
// vice president"), not when the event was (case-sensitive: a capital starts a name).
const FORMER_ROLE =
  /\b[Ff]ormer\s+(?=[A-Z]|(?:vice|deputy|prime|foreign|president|minister|premier|chancellor|leader|ambassador|envoy|official|head|chief|secretary|senator|governor|mayor|lawmaker|general|commander)\b)/g
// Bounded, so a text of unclosed quotation marks stays linear.
const QUOTED = /“[^”\n]{0,600}”|"[^"\n]{0,600}"/g

/**
 * Level 4 of event-time attribution (refiners/event-time.ts): an event that
 * neither its own clause, nor the clause around it, nor an enclosing event
 * dates, in an article whose date is known, is news of that article: a
 * report happened on the article's day or the day before, a plan lies in the
 * two weeks after it. Recounted background stays undated.
 */
export function articleDate(ctx: PipelineContext, d: EventDraft): TimeInterval | null {
  const start = parseIsoDay(ctx.published?.start)
  const end = parseIsoDay(ctx.published?.end)
  if (start === null || end === null) return null
  const sentence = ctx.sentences[d.sentence]
  if (!sentence) return null
  // Words inside a quotation are the speaker's, not the report's framing of the event.
  const framing = ctx.text.slice(sentence.span.start, sentence.span.end).replace(QUOTED, ' ').replace(FORMER_ROLE, ' ').replace(FIRST_SINCE, ' ')
  if (BACKGROUND.test(framing)) return null
  const info = locate(ctx, d.trigger.start)
  const clause = info ? clauseOf(info, d.trigger) : sentence.span
  if (PAST_PERFECT.test(ctx.text.slice(clause.start, clause.end).replace(QUOTED, ' '))) return null
  return articleWindow(start, end, d.status === 'planned')
}
