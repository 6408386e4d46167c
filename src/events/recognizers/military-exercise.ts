import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { byAgent, locate, makeEvent } from '../make-event.js'

// "joint naval drills", "military exercises", and exercises named by a code word ("the Balikatan exercises",
// "the Varuna naval exercise"): a capitalized name right before the noun. The name is looked for behind
// the noun once the noun has matched: a lookbehind first in an alternative was tried at every position of
// the text (170 ms on 2 MB of news, 7 ms so; the same matches).
const KIND = String.raw`(?:military|naval|air|army|live-fire|amphibious|maritime|counter-terrorism|combat|missile|artillery|tactical|defensive)`
const NOUN = String.raw`(?:exercises?|drills?|war games|manoeuvres|maneuvers)`
const ALTERNATIVES = [
  String.raw`(?:joint|bilateral|trilateral|combined)\s+(?:${KIND}\s+)?${NOUN}`,
  // The kind may be quoted as the government's word for it ("defensive" exercises).
  String.raw`(?:${KIND}|war)["”’]?\s+(?:exercises?|drills?|games|manoeuvres|maneuvers)`,
  // A code word right before the noun, bare or in quotation marks ("Iron Dawn" exercises).
  String.raw`(?:exercises?|drills?)(?<=\b\p{Lu}[\p{L}-]{1,30}["”’]?\s(?:exercises?|drills?))(?!\s+(?:of|to|in\s+(?:futility|restraint)))`,
  String.raw`(?:naval|military|air)(?<=\b\p{Lu}[\p{L}-]{1,30}\s(?:naval|military|air))\s+(?:exercises?|drills)`,
]
const PATTERN = new RegExp(String.raw`\b(?:${ALTERNATIVES.join('|')})\b`, 'dgu')
const KIND_FIRST = new RegExp(String.raw`^(?:joint|bilateral|trilateral|combined|war|${KIND})\b`, 'i')
const ACTION =
  /\b(?:held|hold|holds|holding|conduct(?:ed|s|ing)?|stag(?:ed|es|e|ing)|launch(?:ed|es|ing)?|began|begin|begins|start(?:ed|s)?|kick(?:ed|s|ing)? off|open(?:ed|s)?|took part in|take part in|participat(?:ed|e|es|ing) in|join(?:ed|s)?|wrapped up|concluded|will)\b/i
// The noun as subject: "the drills between A and B in the Sea of Japan began on Monday".
const PREDICATE =
  /^[^.;]{0,90}?\b(?:began|begin|begins|started|opened|kicked off|got under way|were held|was held|took place|will be held|will take place|is to be held|are to be held|will run|ran|ended|concluded)\b/i
// The noun with its agent: "live-fire drills conducted by China" (whoever else the sentence names).
const BY_AGENT = /^\s+(?:conducted|held|staged|carried out|launched)\s+by\s/i
// Exercised together: the sides are partners, not a show of force against one another.
const TOGETHER = /\b(?:joint|bilateral|trilateral|combined|between|their)\b/i

/** "held joint naval exercises", "launched military drills near ...", "the Varuna naval exercise will be held". */
export const militaryExercise: Recognizer<EventDraft> = {
  name: 'military-exercise',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const head = ctx.text.slice(Math.max(info.sentence.span.start, match.index - 60), match.index)
    const tail = ctx.text.slice(match.index + match[0].length, info.sentence.span.end)
    const conductedBy = BY_AGENT.test(tail)
    if (!ACTION.test(head) && !PREDICATE.test(tail) && !conductedBy) return null
    // A code word ("the Balikatan exercises") names an exercise only in a sentence about forces.
    // In quotation marks, it is a code word whatever the sentence says ("the “Shield of the South” drills").
    const named = !KIND_FIRST.test(match[0])
    const quoted = /["”’]\s$/.test(head)
    if (named && !quoted && !/\b(?:troops|forces|navies|navy|naval|armies|army|soldiers|military|marines|warships|defen[cs]e)\b/i.test(info.text)) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    // Or two countries' forces are its subject ("American and Filipino troops kicked off ..."), in its own clause.
    const before = ctx.text.slice(info.sentence.span.start, match.index)
    let from = info.sentence.span.start
    for (const m of before.matchAll(/[,;]\s|\b(?:which|that|who)\b/g)) from = info.sentence.span.start + m.index + m[0].length
    const subjectCountries = new Set(info.entities.filter((m) => m.type === 'country' && m.span.start >= from && m.span.end <= trigger.start).map((m) => m.key))
    const together =
      TOGETHER.test(match[0]) ||
      TOGETHER.test(head.slice(-25)) ||
      /^\s+between\b/i.test(tail) ||
      (subjectCountries.size >= 2 && /\band\b/.test(ctx.text.slice(from, match.index)))
    const agent = conductedBy ? byAgent(ctx, info, trigger.end, clauseOf(info, trigger).end) : null
    const draft = makeEvent(ctx, {
      type: together ? 'cooperation' : 'military_action',
      subtype: together ? 'military' : 'exercise',
      ruleId: 'events:military-exercise',
      trigger,
      roles: 'parties',
      noun: trigger,
      ...(agent && agent.length > 0 ? { actors: agent } : {}),
    })
    if (!draft) return null
    // "The joint exercise, which opened on Monday, will run until July 31": two sides exercising
    // together whom the sentence does not name are the story's.
    if (draft.actors.length === 0 && together) return { ...draft, inheritActors: true }
    return draft.actors.length > 0 ? draft : null
  },
}
