import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?:(?:impos(?:ed|es|e|ing)|slapp(?:ed|ing)|announc(?:ed|es|ing)|levied|levy|extend(?:ed|s)?|expand(?:ed|s)?|tighten(?:ed|s)?)\s+(?:(?:new|fresh|further|additional|economic|financial|targeted|sweeping|tough|trade)\s+){0,3}(?:sanctions|embargo(?:es)?|export (?:bans?|controls))|sanctioned\s+(?=[A-Z]))\b/dgi

/** "imposed new sanctions on ...", "announced an embargo": who sanctions (the subject) whom (named after the verb). */
export const sanction: Recognizer<EventDraft> = {
  name: 'sanction',
  pattern: () => PATTERN,
  extract(ctx, match) {
    if (!locate(ctx, match.index)) return null
    // "sanctioned Iran": a name follows (the pattern's flag is case-blind); "was sanctioned by X" is the lexicon's passive.
    const end = match.index + match[0].length
    if (/sanctioned\s+$/i.test(match[0]) && !/^\p{Lu}/u.test(ctx.text.slice(end, end + 1))) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const draft = makeEvent(ctx, { type: 'sanction', ruleId: 'events:sanction', trigger, roles: 'parties', directed: true, sides: true })
    return draft && draft.actors.length > 0 ? draft : null
  },
}
