import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { byAgent, makeEvent, verbClause, verbOf } from '../make-event.js'
import type { PipelineContext } from '../../pipeline/context.js'
import { pairOf } from '../groups.js'
import { WORD_SOURCE } from '../../indicators/currency.js'

const PATTERN =
  /\b(?<verb>donat(?:ed|es|e|ing)|gave|give|gives|giving|offer(?:ed|s)?|provid(?:ed|es|e|ing)|hand(?:ed|s|ing)? over|deliver(?:ed|s|ing)?|deposit(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|commit(?:ted|s)?|grant(?:ed|s)?|sent|send|sends|sending|ship(?:ped|s|ping)?|airlift(?:ed|s|ing)?|receiv(?:ed|es|e)|pa(?:y|ys|id|ying)|dispatch(?:ed|es|ing)?|gift(?:ed|s)?|rais(?:ed|es|e)|increas(?:ed|es|e)|boost(?:ed|s)?|doubl(?:ed|es|e)|unveil(?:ed|s)?|approv(?:ed|es|e))\b/dgi
// What is given must be aid: goods of relief, a quantity of goods, arms, money, or the word itself.
const HUMANITARIAN =
  /\b(?:vaccines?|doses|medical|medicines?|drugs|supplies|relief|humanitarian|masks|ventilators|oxygen|food|rice|wheat|maize|corn|flour|sugar|grain|fertili[sz]ers?|fuel|diesel|petrol|blankets|generators|tents|test kits|equipment|ambulances|(?:metric\s+)?(?:tonnes|tons)\s+of)\b/i
// Arms given are military aid (CAMEO 072).
const MILITARY = /\b(?:weapons|arms|ammunition|munitions|missiles|air defen[cs]e systems?|tanks|fighter jets|howitzers|drones)\b/i
const MONEY = new RegExp(String.raw`(?:US\$|\$|USD|CNY|EUR|€|£|¥)\s?\d|\b\d[\d.,]*\s*(?:(?:million|billion|trillion|m|bn)\s+)?(?:${WORD_SOURCE})\b`, 'i')
const ECONOMIC = new RegExp(String.raw`\b(?:aid|assistance|grants?|financing|loans?|donations?|gifts?)\b|${MONEY.source}`, 'i')

/** "China offered a batch of medical supplies to Vietnam", "would give Vietnam 10 million doses", "deposited $5 billion in the central bank". */
export const aid: Recognizer<EventDraft> = {
  name: 'aid',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbOf(ctx, match) ?? participleWithAgent(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    // "blocked a boat from delivering food": prevented, not given.
    if (/ing$/i.test(match.groups!.verb) && /\b(?:from|of)\s+$/i.test(ctx.text.slice(Math.max(0, verb.start - 6), verb.start))) return null
    // What is given follows the verb, or precedes it in the passive ("2 million doses were donated").
    // A participle with its agent after a noun is passive too ("doses gifted by India").
    const passive =
      /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/i.test(ctx.text.slice(Math.max(clause.start, verb.start - 20), verb.start)) ||
      (/ed$/i.test(match.groups!.verb) && /^\s+by\s/i.test(ctx.text.slice(verb.end, clause.end)) && /[a-z]\s+$/.test(ctx.text.slice(clause.start, verb.start)))
    const object = passive ? ctx.text.slice(clause.start, verb.start) : ctx.text.slice(verb.end, Math.min(clause.end, verb.end + 90))
    const military = MILITARY.test(object)
    const humanitarian = !military && HUMANITARIAN.test(object)
    const economic = ECONOMIC.test(object)
    if (!humanitarian && !economic && !military) return null
    // Paying is aid only as money handed to a named party ("will pay France
    // 476 million pounds"), not a price paid for something.
    if (/^pa/i.test(match.groups!.verb) && !(/^\s+(?:the\s+)?\p{Lu}/u.test(object) && MONEY.test(object))) return null
    // "committed" gives only an amount it governs ("committed $2 billion to");
    // "committed to sending ..." is read at "sending".
    if (/^commit/i.test(match.groups!.verb) && (/^\s+to\b/i.test(object) || !MONEY.test(object))) return null
    // Raising a sum is aid only when what grows is aid itself ("raised its flood relief for X to ...").
    if (
      /^(?:rais|increas|boost|doubl)/i.test(match.groups!.verb) &&
      !/^\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w-]+\s+){0,2}(?:aid|relief|assistance|donations?)\b/i.test(object)
    )
      return null
    // "received" needs the word of giving itself ("received a donation", "received a $1 billion deposit from").
    if (/^receiv/i.test(match.groups!.verb) && !/\b(?:donations?|aid|assistance|gifts?|grants?|deposits?|loans?|credit lines?)\b/i.test(object)) return null
    // A pledge or promise of aid is its announcement, not its delivery (CAMEO 033 against 07).
    const promised = /^(?:pledg|promis)/i.test(match.groups!.verb)
    const draft = makeEvent(ctx, {
      type: promised ? 'statement' : 'aid',
      subtype: promised ? 'intent_aid' : military ? 'military' : humanitarian ? 'humanitarian' : 'economic',
      ruleId: 'events:aid',
      trigger: verb,
      roles: 'parties',
      directed: true,
      sides: true,
    })
    if (!draft) return null
    // Passive ("the package to be offered by Berlin"): the giver is the "by" phrase, the subject side is not it.
    if (passive) {
      const giver = byAgent(ctx, info, verb.end, clause.end)
      Object.assign(draft, { source: giver, target: (draft.target ?? []).filter((k) => !giver.includes(k)) })
    }
    // Received aid flows the other way: "Kyiv received a donation from Warsaw".
    if (/^receiv/i.test(match.groups!.verb)) Object.assign(draft, { source: draft.target ?? [], target: draft.source ?? [] })
    // Aid matters even when the sentence names nobody ("2 million doses were
    // donated"): a stated quantity is between the article's two countries.
    if (draft.actors.length === 0 && /\d/.test(object)) draft.actors = pairOf(ctx)
    if (draft.actors.length === 0) return null
    draft.actors = draft.actors.filter((a) => !a.startsWith('person:') || draft.actors.every((b) => b.startsWith('person:')))
    // "received a Canadian donation": one side named, the other is the pair's other country.
    const countries = draft.actors.filter((a) => a.startsWith('country:'))
    const pair = pairOf(ctx)
    if (countries.length === 1 && pair.includes(countries[0])) draft.actors.push(...pair.filter((p) => p !== countries[0]))
    return draft
  },
}

/** "doses gifted by India": a participle the tagger reads as an adjective, with its agent right after it. */
function participleWithAgent(ctx: PipelineContext, match: RegExpExecArray): ReturnType<typeof verbOf> {
  const found = verbClause(ctx, match)
  const i = found ? found.info.tokens.findIndex((t) => t.span.start === found.verb.start) : -1
  if (!found || i < 0) return null
  const token = found.info.tokens[i]
  if (token.pos !== 'ADJ' || !/ed$/i.test(token.text) || !/^by$/i.test(found.info.tokens[i + 1]?.text ?? '')) return null
  return { ...found, token }
}
