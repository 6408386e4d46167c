import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventType } from '../../model/types.js'
import type { EventDraft } from '../draft.js'
import { homeCountry, namedIn } from '../actors.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

// A sentence opened by the occasion it happened at: "At Friday's summit in
// Paris, ...", "During their talks on Monday, ...". Up to 100 characters of
// the frame, no comma in them, before the comma that closes it.
const PATTERN =
  /\b(?:At|During|On the sidelines of|In the course of)\s+(?:(?:the|their|a|an|his|her|its|this|last|[A-Z][a-z]+day['’]s|this week['’]s|last week['’]s|yesterday['’]s|today['’]s)\s+)?(?:[\w-]+\s+){0,3}?(?<noun>summit|meeting|talks|bilateral talks|consultations)\b[^,.;]{0,100},/dg
const TYPE: Record<string, EventType> = { summit: 'summit', meeting: 'meeting', talks: 'talks', 'bilateral talks': 'talks', consultations: 'talks' }

/**
 * The occasion named by a fronted frame is held by the persons the main
 * clause starts with: "At Friday's summit, Sunak and Macron said ..." is a
 * summit of the two, "During the talks, President X and Prime Minister Y
 * agreed ..." talks of the two. Two persons of two countries, named
 * before the main clause's first verb; other frames are read elsewhere.
 */
export const frontedOccasion: Recognizer<EventDraft> = {
  name: 'fronted-occasion',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    // The frame opens its sentence (after a quote or a dateline dash at most).
    if (!info || /\w/.test(ctx.text.slice(info.sentence.span.start, match.index))) return null
    const noun = groupSpan(match, 'noun')
    const from = match.index + match[0].length
    const verb = info.tokens.find((t) => t.span.start >= from && (t.pos === 'VERB' || t.pos === 'AUX'))
    if (!verb) return null
    const subject = namedIn(ctx, info, { start: from, end: verb.span.start }, false).persons
    const countries = new Set(subject.map((k) => homeCountry(ctx, k)).filter((k) => k !== null))
    if (subject.length < 2 || countries.size < 2) return null
    return makeEvent(ctx, {
      type: TYPE[match.groups!.noun!.toLowerCase()]!,
      ruleId: 'events:fronted-occasion',
      trigger: noun,
      roles: 'people',
      actors: subject,
      noun,
    })
  },
}
