import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { clauseOf } from '../clause.js'
import { locateGroup, makeEvent } from '../make-event.js'

// "meeting"; "session" of a body; "meet" and "bilateral" used as nouns ("a
// bilateral meet with", "their formal bilateral at Kirribilli House").
const PATTERN = /\b(?<noun>meetings?|sessions?|(?<=\bbilateral\s)meet|bilaterals?(?=\s+(?:with|at|on|in|between)\b|[.,;]))\b/dg
// A meeting told with the indefinite article after "during", "at" or "in" is one that took place ("during a meeting on the sidelines").
const DURING_A = /\b(?<opener>during|at|in|after|following)\s+an?\s+(?:[\w-]+\s+){0,2}$/i
// Quoted words among the modifiers are the speaker's ("held a “great” and “constructive” meeting").
const HOLD =
  /\b(?:held|hold|holds|holding|had|have|has|participated in|participates in|participating in|took part in|convened|convene|convenes|co-chair(?:ed|s)?|co-chairing|chair(?:ed|s)?|chairing|attend(?:ed|s)?|attending|join(?:ed|s)?|host(?:ed|s)?|hosting|organi[sz]ed)\s+(?:(?:a|an|the|their|his|her|its|online|private|bilateral|closed-door|separate|separately|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|working|formal|informal|brief|trilateral|one-on-one|tete-a-tete|several|many|two|three|four|five|[“"‘'][\w-]{1,20}[”"’'](?:,|\s+and)?)\s+){0,4}$/i
// "following a meeting of their delegations", "after a meeting with X": a meeting between sides, not of one body.
const BETWEEN_SIDES =
  /^\s+(?:with|between)\b|^\s+of\s+(?:the\s+|their\s+)?(?:two\s+)?(?:delegations|leaders|ministers|foreign ministers|presidents|sides|heads of state)\b/i
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
    const found = locateGroup(ctx, match, 'noun')
    if (!found) return null
    const { info, span: noun, token } = found
    if (token && token.pos === 'VERB' && !/^meet$/i.test(match.groups!.noun)) return null
    const head = ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 60), noun.start)
    if (VIRTUAL.test(head)) return null
    // "X will later join the meeting": a newcomer to a meeting already told, not a new one.
    if (/\bjoin(?:ed|s|ing)?\s+the\s+$/i.test(head)) return null
    const next = info.tokens.find((t) => t.span.start >= noun.end)
    if (next && next.pos === 'NOUN' && /^(?:room|rooms|hall|point|place|venue|minutes|agenda|notes)$/i.test(next.text)) return null
    const tail = ctx.text.slice(noun.end, info.sentence.span.end)
    const clause = clauseOf(info, noun)
    const word = match.groups!.noun.toLowerCase()
    const session = word.startsWith('session')
    const held =
      HOLD.test(head) ||
      (!session && tookPlace(DURING_A.exec(head)?.groups?.opener, tail)) ||
      (!session && /^(?:meet|bilaterals?)$/.test(word) && /\b(?:a|an|the|their|his|her|formal|first|last)\s+(?:[\w-]+\s+){0,2}$/i.test(head))
    const ordinalOf =
      /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|regular|\w+ly)\s+$/i.test(head) && ORDINAL_OF.test(tail)
    const withList = /^\s+with\s/i.test(tail)
    const counted =
      /^\s+(?:being held|were held|have been held|had been held|held)\b/i.test(tail) ||
      /\b\d+\s+$|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens of)\s+$/i.test(head)
    if (!held && !ordinalOf && !withList && !counted) return null
    // A session is a meeting only when held or numbered ("chaired the first session of the council").
    if (session && !held && !ordinalOf) return null
    // The bare verb ("agreed to ... and hold its first session", "plan to convene a meeting") is a meeting still to come.
    // A headline's present ("A and B hold talks") tells what happened, unless "to" makes it a plan ("A to hold talks").
    const bare =
      held &&
      (!info.heading || /\bto\s+\w+\s+(?:[\w-]+\s+){0,4}$/i.test(head)) &&
      /\b(?:hold|convene|chair|co-chair|host|organi[sz]e|attend)\s+(?:[\w-]+\s+){0,4}$/i.test(head) &&
      !/\b(?:we|they|i|you)\s+\w+\s+(?:[\w-]+\s+){0,4}$/i.test(head)
    const base = {
      type: 'meeting' as const,
      ruleId: 'events:meeting-noun',
      trigger: noun,
      roles: 'people' as const,
      noun,
      ...(bare ? { status: 'planned' as const } : {}),
    }
    if (ordinalOf) {
      const body = mentionsIn(ctx, info, { start: noun.end, end: clause.end }).find((m) => m.type !== 'person' && m.type !== 'place')
      const draft = makeEvent(ctx, base)
      if (!draft) return null
      if (body) draft.actors = [...new Set([body.key, ...draft.actors.filter((a) => a.startsWith('person:'))])]
      return draft.actors.length > 0 ? draft : null
    }
    if (withList) {
      const listed = listAfter(
        ctx.text,
        noun.end,
        mentionsIn(ctx, info, { start: noun.end, end: clause.end }).filter((m) => m.type === 'person'),
      )
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
    if (
      counted &&
      draft.when &&
      today &&
      today > draft.when.end &&
      /^\s+(?:being held|have been held|had been held|held so far|so far|to date)\b/i.test(tail)
    ) {
      draft.when = { start: draft.when.start, end: today, granularity: 'range' }
    }
    return draft
  },
}

// Between two persons of one list: commas, "and", titles; no verb or other clause.
const LIST_GAP = /\b(?:had|has|have|held|hold|holds|met|meet|meets|said|says|also|who|which|while|whereas)\b|[.;:]/i

/** The persons listed right after "meetings with": the first within a title's reach, each next one close behind. */
function listAfter<T extends { span: { start: number; end: number } }>(text: string, from: number, persons: readonly T[]): T[] {
  const out: T[] = []
  let at = from
  for (const p of persons) {
    const gap = text.slice(at, p.span.start)
    if (gap.length > 60 || LIST_GAP.test(gap)) break
    out.push(p)
    at = p.span.end
  }
  return out
}

/** A meeting told after "during/at/in a" took place; after "after/following a" only one between sides ("of their delegations", "with X"). */
function tookPlace(opener: string | undefined, tail: string): boolean {
  if (opener === undefined) return false
  return !/^(?:after|following)$/i.test(opener) || BETWEEN_SIDES.test(tail)
}
