import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?:(?:joint\s+)?(?:military|naval|air|army|live-fire|amphibious|war)\s+(?:exercises?|drills?|games|manoeuvres|maneuvers)|joint\s+(?:exercises?|drills?))\b/dgi
const ACTION =
  /\b(?:held|hold|holds|holding|conduct(?:ed|s|ing)?|stag(?:ed|es|e|ing)|launch(?:ed|es|ing)?|began|begin|begins|start(?:ed|s)?|kick(?:ed)? off|took part in|take part in|participat(?:ed|e|es|ing) in|join(?:ed|s)?|wrapped up|concluded|will)\b/i

/** "held joint naval exercises", "launched military drills near ...". */
export const militaryExercise: Recognizer<EventDraft> = {
  name: 'military-exercise',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const head = ctx.text.slice(Math.max(info.sentence.span.start, match.index - 60), match.index)
    const tail = ctx.text.slice(match.index + match[0].length, Math.min(info.sentence.span.end, match.index + match[0].length + 40))
    if (!ACTION.test(head) && !/^\s+(?:began|begin|started|were held|was held|took place|will be held)\b/i.test(tail)) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const draft = makeEvent(ctx, { type: 'military_action', subtype: 'exercise', ruleId: 'events:military-exercise', trigger, roles: 'parties', noun: trigger })
    return draft && draft.actors.length > 0 ? draft : null
  },
}
