import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?:(?<verb>exchanged|exchange|exchanges|sent|send|sends|extended|extends|extend|conveyed|conveys|convey|expressed|expresses|offered|offers|delivered|delivers|deliver|addressed)\s+(?:(?:a|an|the|his|her|their|its|special|warm|warmest|deep|deepest|sincere|heartfelt|New Year|congratulatory|condolence|greeting|written|video|keynote|policy)\s+){0,3}(?<noun>congratulations|condolences|messages? of (?:congratulations|condolence|sympathy)|(?:congratulatory|condolence|greeting)\s+(?:messages?|letters?|cables?)|greetings|sympath(?:y|ies)|speech|keynote address)|(?<noun2>congratulatory|condolence|sympathy)\s+(?:messages?|letters?|cables?|notes?|telegrams?)|(?<verb2>congratulated|condoled))\b/dgi

/** Congratulations, condolences, messages and speeches: "exchanged congratulations", "in his congratulatory message sent to Xi". */
export const statement: Recognizer<EventDraft> = {
  name: 'statement',
  pattern: () => PATTERN,
  extract(ctx, match) {
    if (!locate(ctx, match.index)) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const text = match[0].toLowerCase()
    const subtype = /condol|sympath/.test(text) ? 'empathy' : /congrat|greeting/.test(text) ? 'praise' : null
    const verb = match.groups!.verb ? groupSpan(match, 'verb') : trigger
    // A speech at a summit or meeting is part of it: weak, it gives way.
    const speech = /speech|address/.test(text)
    const draft = makeEvent(ctx, {
      type: 'statement',
      subtype,
      ruleId: 'events:statement',
      trigger: match.groups!.verb ? { start: verb.start, end: trigger.end } : trigger,
      roles: 'people',
      weak: speech,
    })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
