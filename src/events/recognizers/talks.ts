import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<noun>talks|negotiations|discussions|consultations|dialogue)\b/dgi
// Up to five modifiers between the verb and the noun, none a preposition
// ("held a press conference after the talks" is not holding talks).
const HOLD =
  /\b(?:held|hold|holds|holding|had|have|has|conduct(?:ed|s|ing)?|began|begin|begins|started|start|opened|open|engaged in|engage in|engages in|resumed|resume|launched|launch|concluded|wrapped up|continued to hold|continue to hold|enter(?:ed)? into)\s+(?:(?!(?:after|before|during|following|ahead|on|at|in|with|for|to|by|from)\s)(?:[a-z][\w-]*|\d+(?:st|nd|rd|th)?)\s+|rounds? of\s+){0,5}$/i
const ANAPHOR = /\b(?:during|following|after|before|prior to|at|in|ahead of)\s+(?:the|their|these|those|his|her|its)\s+(?:[\w-]+\s+){0,2}$/i
const PHONE = /\b(?:phone|telephone|video|virtual|online)\s+$/i
const STOPPED =
  /\b(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|(?:broke|break|breaks|breaking|broken|call(?:s|ed|ing)?|walk(?:s|ed|ing)?) (?:off|out of)|pull(?:s|ed|ing)? out of|cancel(?:s|led|ed|ling|ing)?|froze|freez(?:e|es|ing)|abandon(?:s|ed|ing)?)\s+(?:(?:the|its|their|all|further|planned|bilateral|peace|trade|border)\s+){0,3}$/i
// Other ways of saying talks took place: "led their delegations for talks",
// "three days of intense talks", "in the latest round of negotiations".
const LED = /\bled\s+(?:[\w-]+\s+){0,2}delegations?\s+(?:for|to|at|in|into)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i
const SPELL = /\b(?:\d+|two|three|four|five|six|seven|several|many)\s+(?:days?|weeks?|hours?)\s+of\s+(?:[\w-]+\s+){0,2}$/i
const EPISODE =
  /\b(?:the|a)\s+(?:latest|fresh|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:round\s+of\s+)?(?:[\w-]+\s+)?$/i

/**
 * "held talks", "during their talks on Monday", "talks with X", "rounds of
 * negotiations". A definite back-reference without a time of its own
 * ("During the talks, ...") is only a time anchor, not a new event.
 */
export const talks: Recognizer<EventDraft> = {
  name: 'talks',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const noun = groupSpan(match, 'noun')
    const head = ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 60), noun.start)
    if (PHONE.test(head)) return null
    // "halted talks with", "broke off negotiations": talks ended are the sanction's (CAMEO 164), not a sitting.
    if (STOPPED.test(head)) return null
    const tail = ctx.text.slice(noun.end, Math.min(info.sentence.span.end, noun.end + 40))
    const held = HOLD.test(head) || /\brounds? of\s+$/i.test(head) || LED.test(head) || SPELL.test(head) || EPISODE.test(head)
    const withWhom = /^\s+(?:with|between)\s+[A-Z]/.test(tail)
    const anaphor = ANAPHOR.test(head)
    const ownTime = info.times.some((t) => t.value && t.span.start >= noun.end && t.span.start <= noun.end + 25)
    if (!held && !withWhom && !(anaphor && ownTime)) return null
    // "Dialogue" alone is mostly the name of a mechanism; only a held round of it is talks.
    if (/^dialogue$/i.test(match.groups!.noun) && !held) return null
    const negotiation = /negotiations/i.test(match[0])
    return makeEvent(ctx, {
      type: 'talks',
      subtype: negotiation ? 'negotiation' : null,
      ruleId: 'events:talks',
      trigger: noun,
      roles: 'people',
      noun,
    })
  },
}
