import type { Recognizer } from '../../pipeline/recognizer.js'
import { cardinalOf } from '../../util/number-words.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'
import { pairOf } from '../groups.js'

const PATTERN =
  /\b(?:mark(?:ing|s|ed)?|celebrat(?:ing|es|ed|e)|commemorat(?:ing|es|ed|e)|observ(?:ing|es|ed))\s+(?:the\s+)?(?<n>\d{1,3}|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|hundred)\s+years\s+(?:of|since)\b/dgi

/**
 * "2023 is the year marking 15 years of comprehensive strategic cooperative
 * partnership": the milestone itself, dated to the founding year (2008).
 */
export const relationsYears: Recognizer<EventDraft> = {
  name: 'relations-years',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const raw = match.groups!.n.toLowerCase()
    const n = cardinalOf(raw)
    if (!n) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    // The year that marks it: a year in the sentence, else the reference year.
    const stated = info.times.find((t) => t.value && (t.value.granularity === 'year' || /^\d{4}$/.test(t.text.trim())))
    const anchor = stated?.value?.start.slice(0, 4) ?? (ctx.reference ?? ctx.published?.start ?? '').slice(0, 4)
    if (!/^\d{4}$/.test(anchor)) return null
    const year = String(Number(anchor) - n)
    const draft = makeEvent(ctx, {
      type: 'relations_milestone',
      ruleId: 'events:relations-years',
      trigger,
      roles: 'parties',
      when: { start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' },
      status: 'occurred',
    })
    if (!draft) return null
    draft.actors = draft.actors.filter((a) => a.startsWith('country:'))
    if (draft.actors.length < 2) draft.actors = pairOf(ctx)
    return draft.actors.length > 0 ? draft : null
  },
}
