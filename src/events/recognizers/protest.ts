import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { docIndex } from '../doc-index.js'
import { locate, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?:(?:lodged|lodge|lodges|filed|registered|made)\s+(?:a\s+)?(?:(?:strong|formal|diplomatic|official|stern|strongly-worded)\s+){0,3}protests?|summon(?:ed|s)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|charg[eé] d['’]affaires|diplomat)|protested\s+(?:against|over)|(?:staged|held)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies))\s+(?:outside|against|in front of))\b/dgi

/** Diplomatic protests ("lodged a strong protest", "summoned the ambassador") and demonstrations against the other side. */
export const protest: Recognizer<EventDraft> = {
  name: 'protest',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    // "summoned X to lodge a protest": the summons is the protest (read by the lexicon), not a second one.
    if (/^lodge\b/i.test(match[0]) && /\b(?:summon\w*|call(?:ed|s|ing)? in)\b[^.;]*\bto\s+$/i.test(ctx.text.slice(info.sentence.span.start, match.index)))
      return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const street = /staged|held/i.test(match[0])
    const draft = makeEvent(ctx, {
      type: 'protest',
      subtype: street ? 'demonstration' : null,
      ruleId: 'events:protest',
      trigger,
      roles: 'parties',
      directed: true,
    })
    if (!draft || draft.actors.length === 0) return null
    // "summoned the Japanese ambassador": the envoy's country is protested to.
    const inside = docIndex(ctx)
      .entities.filter((m) => m.type === 'country' && m.span.start >= trigger.start && m.span.end <= trigger.end)
      .map((m) => m.key)
    const target = [...new Set([...(draft.target ?? []), ...inside])].filter((k) => !(draft.source ?? []).includes(k))
    return { ...draft, target, actors: [...new Set([...draft.actors, ...target])] }
  },
}
