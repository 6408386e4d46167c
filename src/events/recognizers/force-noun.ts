import type { Span } from '../../model/types.js'
import type { Recognizer } from '../../pipeline/recognizer.js'
import { byAgent, locateGroup, makeEvent, withCountries } from '../make-event.js'
import type { SentenceInfo } from '../doc-index.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'

// Force named by a noun: "the Russian shelling of the square", "Friday
// night's raid on the embassy", "this week's cross-border strikes by X",
// "Indian missile strikes hit nine sites". Verbs ("launched strikes",
// "shelled") are the lexicon's; this reads the noun where the sentence tells
// the act as done: dated by a possessive time ("Monday's"), reacted to
// ("condemned the shelling of", "in retaliation for the strikes"), or the
// subject of what it did ("the strikes killed five"). A noun of threat or
// fear ("the risk of strikes", "warned of an invasion") is no act.
const PATTERN =
  /\b(?<mods>(?:(?:air|missile|drone|rocket|artillery|cross-border|military|retaliatory|precision|aerial|naval|punitive|deadly|fresh|new|further)\s+){0,2})(?<noun>air ?strikes?|strikes?|shelling|bombardments?|bombings?|raids?|invasion|offensive|(?:troop |military )?build-?up|(?:troops|forces|soldiers)\s+(?:massed|amassed)(?=\s+(?:near|along|on|at|in)\b))(?![\w-])/dgi

const AERIAL = /\b(?:air|missile|drone|rocket|aerial)\b/i
// A strike without a word of arms may be a walkout ("rail strikes"): only with one.
const ARMED_STRIKE = /\b(?:air|missile|drone|rocket|artillery|cross-border|military|retaliatory|precision|aerial|naval|punitive)\b/i
const ARMED =
  /\b(?:troops|forces|army|armies|military|soldiers|missiles?|rockets?|drones?|jets?|warplanes|artillery|killed|wounded|injured|border|targets?|positions)\b/i
// What a raid hit decides whether it is force between states or a raid on a mission.
const MISSION =
  /^\s+(?:on|of|at)\s+(?:(?:the|its|their|his|her|a|an|[\p{Lu}][\p{L}'’-]*)\s+){0,3}(?:embassy|consulate|mission|chancery|high commission|residence)\b/iu

// Told as done: possessive time right before the noun phrase ("Friday night's", "this week's").
const DATED_BY =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|(?:this|last)\s+(?:week|month|weekend|year)|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?)(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+$/i
// Reacted to, or the ground of an accusation: the act is told as having happened.
const REACTED_TO =
  /\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies|ying)|protest(?:ed|s|ing)?(?:\s+(?:against|over))?|slam\w*|criticiz\w*|criticis\w*|retaliat\w*\s+(?:for|against)|in\s+(?:response|retaliation|reply)\s+(?:to|for)|respond\w*\s+to|call(?:ed|ing|s)?|accus\w*\s+(?:[\p{L}'’-]+\s+){1,4}?of|blam\w*\s+(?:[\p{L}'’-]+\s+){1,4}?for|over)\s+(?:(?:the|a|an|its|their|his|her|what|recent|latest|last|this|these)\s+)*(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}$/iu
// The noun phrase as subject of what the act did.
const DID =
  /^(?:\s+(?:by|on|against|in|of|near|along|across|at|into)(?:\s+[^\s,.;]+){1,5}?)?(?:\s+(?:widely\s+)?(?:attributed|blamed)\s+(?:on|to)(?:\s+[^\s,.;]+){1,3}?)?\s+(?:hit|hits|killed|kill|struck|destroyed|damaged|targeted|wounded|injured|left|flattened|began|started|continued|resumed|intensified|caused)\b/i
// A threat, a fear or a denial of force names no force used.
const UNREAL =
  /\b(?:threat(?:en\w*)?|risk|fears?|warn\w*|danger|avoid\w*|prevent\w*|possible|potential|possibility|any|no|would|could|might|plans?|prepar\w*)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}$/i

const POSSESSED = /^\s+(?:on|of|at|against)\s+(?:its|their)\b/i

type Code = { type: EventDraft['type']; subtype: string }

function codeOf(noun: string, mods: string, tail: string): Code {
  const n = noun.toLowerCase()
  if (/^raids?$/.test(n)) return MISSION.test(tail) ? { type: 'incident', subtype: 'seize' } : { type: 'military_action', subtype: 'force' }
  if (/build-?up$|massed$/.test(n)) return { type: 'military_action', subtype: 'mobilize' }
  if (/^(?:shelling|bombardments?)$/.test(n)) return { type: 'military_action', subtype: 'artillery' }
  if (/^(?:air ?strikes?|bombings?)$/.test(n) || (/strikes?$/.test(n) && AERIAL.test(mods))) return { type: 'military_action', subtype: 'air' }
  if (/^strikes?$/.test(n) && /\bartillery\b/i.test(mods)) return { type: 'military_action', subtype: 'artillery' }
  return { type: 'military_action', subtype: 'force' }
}

/** The countries named right before the noun ("Indian missile strikes", "Israel's raid"): the side that acted. */
function agentBefore(info: SentenceInfo, from: number, noun: Span): string[] {
  return info.entities.filter((m) => m.type === 'country' && m.span.start >= from && m.span.end <= noun.start).map((m) => m.key)
}

const ATTRIBUTED = /^\s+(?:widely\s+)?(?:attributed|blamed)\s+(?:on|to)\s+/i

/** "an airstrike widely attributed to Israel": the side it is laid at. */
function attributedTo(ctx: { text: string }, info: SentenceInfo, after: number, end: number): string[] {
  const m = ATTRIBUTED.exec(ctx.text.slice(after, end))
  if (!m) return []
  const from = after + m[0].length
  const first = info.entities.find((e) => e.span.start >= from && e.span.start <= from + 30 && e.type === 'country')
  return first ? [first.key] : []
}

/** The noun phrase's own extent after the noun: up to a comma, a verb or a clause word. */
function phraseEnd(ctx: { text: string }, noun: Span, clauseEnd: number): number {
  const rest = ctx.text.slice(noun.end, Math.min(clauseEnd, noun.end + 100))
  const stop = rest.search(/[,;:]|\s(?:which|that|who|and|but|as|after|when|while|hit|hits|killed|struck|destroyed|damaged|targeted|left|began|started)\b/i)
  return noun.end + (stop >= 0 ? stop : rest.length)
}

export const forceNoun: Recognizer<EventDraft> = {
  name: 'force-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = locateGroup(ctx, match, 'noun')
    if (!found) return null
    const { info, span: noun, token } = found
    const g = match.groups!
    // "the Russian shelling": a gerund after a determiner or modifier is the noun.
    const gerund =
      /ing$/i.test(g.noun!) && /\b(?:the|a|an|its|their|his|her|\p{Lu}[\p{L}'’-]*)\s+$/u.test(ctx.text.slice(Math.max(0, noun.start - 30), noun.start))
    if (token && (token.pos === 'VERB' || token.pos === 'AUX') && !gerund) return null
    const clause = clauseOf(info, noun)
    const start = match.index
    const head = ctx.text.slice(Math.max(clause.start, start - 80), start)
    // Country words between the determiner and the noun: "the Russian shelling", "Israel's".
    // bounded: head is at most 80 characters
    const lead = /(?:(?:[\p{Lu}][\p{L}'’-]*|the|a|an)\s+){0,3}$/u.exec(head)
    const agentFrom = start - (lead?.[0].length ?? 0)
    const before = ctx.text.slice(Math.max(clause.start, agentFrom - 60), agentFrom)
    if (UNREAL.test(before)) return null
    const tail = ctx.text.slice(noun.end, clause.end)
    const code = codeOf(g.noun!, g.mods ?? '', tail)
    if (/^strikes?$/i.test(g.noun!) && !ARMED_STRIKE.test(g.mods ?? '') && !ARMED.test(info.text)) return null
    const told = /massed$/i.test(g.noun!) || DATED_BY.test(head) || REACTED_TO.test(before) || DID.test(tail)
    if (!told) return null
    const end = phraseEnd(ctx, noun, clause.end)
    const agent = [...agentBefore(info, agentFrom, noun), ...byAgent(ctx, info, noun.end, end), ...attributedTo(ctx, info, noun.end, clause.end)]
    const after = info.entities.filter((m) => m.span.start >= noun.end && m.span.end <= end && m.type !== 'person')
    let acted = after.map((m) => (m.type === 'country' ? m.key : m.country ? `country:${m.country}` : null)).filter((k): k is string => k !== null)
    // "the raid on its embassy": the mission is the subject's (the first country named before
    // it), the raid the other side's. (A place after it says where the mission is, not whose it is.)
    const owner = agent.length === 0 && POSSESSED.test(tail) ? info.entities.find((m) => m.type === 'country' && m.span.end <= start)?.key : undefined
    if (owner) {
      acted = [owner]
      agent.push(...info.entities.filter((m) => m.type === 'country' && m.key !== owner).map((m) => m.key))
    }
    const source = withCountries(ctx, [...new Set(agent)])
    const target = withCountries(ctx, [...new Set(acted)]).filter((k) => !source.includes(k))
    const trigger = { start: start + (g.mods?.length ?? 0), end: noun.end }
    const draft = makeEvent(ctx, {
      type: code.type,
      subtype: code.subtype,
      ruleId: 'events:force-noun',
      trigger,
      roles: 'parties',
      status: 'occurred',
      noun: trigger,
      ...(source.length + target.length > 0 ? { actors: [...source, ...target] } : {}),
    })
    if (!draft) return null
    if (source.length + target.length > 0) {
      draft.source = source
      draft.target = target
    }
    return draft.actors.length > 0 ? draft : null
  },
}
