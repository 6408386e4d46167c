import type { Recognizer } from '../../pipeline/recognizer.js'
import { dayInterval, monthsInterval, yearsInterval } from '../../time/calendar.js'
import { cardinalOf } from '../../util/number-words.js'
import type { TimeInterval, TimeMention } from '../../model/types.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'
import { pairOf } from '../groups.js'

const YEARS = String.raw`(?<n>\d{1,3}|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|hundred)\s+years\s+(?:of|since)\b`
// "marking 15 years of ...", and a second count joined to it when it states its start
// ("... and 12 years of strategic partnership since 2011").
const PATTERN = new RegExp(
  String.raw`\b(?:(?:mark(?:ing|s|ed)?|celebrat(?:ing|es|ed|e)|commemorat(?:ing|es|ed|e)|observ(?:ing|es|ed))\s+(?:the\s+)?|and\s+(?=\w+\s+years\s+of\s+[^,.;]{0,80}?\bsince\b))${YEARS}`,
  'dgi',
)
// "67 years of normalized relations since July 23, 1956": the start stated after "since" (the
// time stage reads "since X" as the stretch from X to the reference day; its start is the milestone).
const NO_BREAK = /^[^,.;]{0,100}$/
const SINCE = /^since\s+/i

/** The start of a "since" stretch, at the granularity its words give ("since 2011": the year). */
function sinceStart(t: TimeMention): TimeInterval | null {
  if (!t.value || !SINCE.test(t.text)) return null
  const words = t.text.replace(SINCE, '').trim()
  const [year, month, day] = t.value.start.split('-').map(Number) as [number, number, number]
  if (/^\d{4}$/.test(words)) return yearsInterval(year)
  if (/\b\d{1,2}(?:st|nd|rd|th)?\b/.test(words.replace(/\b\d{4}\b/, ''))) return dayInterval(year, month, day)
  return monthsInterval(year, month)
}

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
    // The start stated after "since", else counted back from the year that marks it: a year in the
    // sentence, else the reference year.
    const after = info.times.find((t) => t.span.start >= trigger.end && NO_BREAK.test(ctx.text.slice(trigger.end, t.span.start)))
    const since = after ? sinceStart(after) : null
    const stated = info.times.find((t) => t.value && (t.value.granularity === 'year' || /^\d{4}$/.test(t.text.trim())))
    const anchor = stated?.value?.start.slice(0, 4) ?? (ctx.reference ?? ctx.published?.start ?? '').slice(0, 4)
    if (!since && !/^\d{4}$/.test(anchor)) return null
    const year = String(Number(anchor) - n)
    const draft = makeEvent(ctx, {
      type: 'relations_milestone',
      ruleId: 'events:relations-years',
      trigger,
      roles: 'parties',
      when: since ?? { start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' },
      status: 'occurred',
    })
    if (!draft) return null
    draft.actors = draft.actors.filter((a) => a.startsWith('country:'))
    if (draft.actors.length < 2) draft.actors = pairOf(ctx)
    return draft.actors.length > 0 ? draft : null
  },
}
