import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<noun>meetings?)\b/dg
const HOLD = /\b(?:held|hold|holds|holding|had|have|has|participated in|participates in|participating in|took part in|convened|convene|convenes|co-chair(?:ed|s)?|co-chairing|chair(?:ed|s)?|chairing|attend(?:ed|s)?|attending|join(?:ed|s)?|host(?:ed|s)?|hosting|organi[sz]ed)\s+(?:(?:a|an|the|their|his|her|its|online|private|bilateral|closed-door|separate|separately|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|working|formal|informal|brief|trilateral|one-on-one|tete-a-tete|several|many|two|three|four|five)\s+){0,4}$/i
const VIRTUAL = /\b(?:virtual|video)\s+$/i
const ORDINAL_OF = /^\s+of\s+(?:the\s+)?/i

/**
 * Meeting nouns: "held an online meeting", "hold bilateral meetings with
 * A", "the 14th meeting of the Steering Committee", "meetings with A, B
 * and C" (one event per person listed), "14 meetings being held".
 */
export const meetingNoun: Recognizer<EventDraft> = {
  name: 'meeting-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const noun = groupSpan(match, 'noun')
    const token = info.tokens.find((t) => t.span.start === noun.start)
    if (token && token.pos === 'VERB') return null
    const head = ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 60), noun.start)
    if (VIRTUAL.test(head)) return null
    // "X will later join the meeting": a newcomer to a meeting already told, not a new one.
    if (/\bjoin(?:ed|s|ing)?\s+the\s+$/i.test(head)) return null
    const next = info.tokens.find((t) => t.span.start >= noun.end)
    if (next && next.pos === 'NOUN' && /^(?:room|rooms|hall|point|place|venue|minutes|agenda|notes)$/i.test(next.text)) return null
    const tail = ctx.text.slice(noun.end, info.sentence.span.end)
    const clause = clauseOf(info, noun)
    const held = HOLD.test(head)
    const ordinalOf = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|regular|\w+ly)\s+$/i.test(head) && ORDINAL_OF.test(tail)
    const withList = /^\s+with\s/i.test(tail)
    const counted = /^\s+(?:being held|were held|have been held|had been held|held)\b/i.test(tail) || /\b\d+\s+$|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens of)\s+$/i.test(head)
    if (!held && !ordinalOf && !withList && !counted) return null
    const base = { type: 'meeting' as const, ruleId: 'events:meeting-noun', trigger: noun, roles: 'people' as const, noun }
    if (ordinalOf) {
      const body = mentionsIn(ctx, info, { start: noun.end, end: clause.end }).find((m) => m.type !== 'person' && m.type !== 'place')
      const draft = makeEvent(ctx, base)
      if (!draft) return null
      if (body) draft.actors = [...new Set([body.key, ...draft.actors.filter((a) => a.startsWith('person:'))])]
      return draft.actors.length > 0 ? draft : null
    }
    if (withList) {
      const listed = mentionsIn(ctx, info, { start: noun.end, end: clause.end }).filter((m) => m.type === 'person')
      if (listed.length > 1) {
        const host = makeEvent(ctx, { ...base, actors: [] })
        const subject = makeEvent(ctx, base)
        if (!host || !subject) return null
        const others = subject.actors.filter((a) => !listed.some((l) => l.key === a))
        return listed.map((p) => ({ ...host, actors: [...others, p.key], span: { start: p.span.start, end: host.span.end } }))
      }
    }
    const draft = makeEvent(ctx, base)
    if (!draft || draft.actors.length === 0) return null
    // "founded in 2006, with 14 meetings being held": the meetings run from then to now.
    const today = ctx.reference ?? ctx.published?.end
    if (counted && draft.when && today && today > draft.when.end && /^\s+(?:being held|have been held|had been held|held so far|so far|to date)\b/i.test(tail)) {
      draft.when = { start: draft.when.start, end: today, granularity: 'range' }
    }
    return draft
  },
}
