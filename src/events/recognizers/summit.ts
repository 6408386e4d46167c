import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?<verb>attend(?:ed|s|ing)?|attendance at|participat(?:e|ed|es|ing) in|participation in|(?:took|take|takes|taking) part in|joined|co-chair(?:ed|s|ing)?|chair(?:ed|s|ing)?|address(?:ed|es|ing)?|(?:spoke|speak|speaks|speaking) at|presence at)\s/dgi
// A summit is named by its head word: "the 8th GMS Summit", "the Belt and
// Road Forum", "the 14th Annual Meeting of the New Champions".
const HEAD = /\b(?:Summit|Forum|Conference|Annual Meeting|Summit Meeting|Leaders['’] Meeting|Leaders['’] Retreat|Congress|Assembly|Expo|summit)\b/
// List items start with "the" after a comma or "and": "A, B, and the C".
const ITEM = /,\s*(?:and\s+)?(?=the\b|[A-Z\d])|(?<!\s)\s+and\s+(?=the\b)/g

/**
 * A name that survives short forms: "the 8th Greater Mekong Sub-region
 * (GMS) Summit" and "the 8th GMS Summit" are both "8th gms summit".
 */
export function summitKey(name: string): string {
  const ordinal = /\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.exec(name)?.[1] ?? ''
  const head = HEAD.exec(name)?.[0] ?? ''
  const acronym = /\(([A-Z][A-Za-z0-9&-]{1,9})\)/.exec(name)?.[1] ?? /\b([A-Z]{2}[A-Z0-9]*)\b/.exec(name)?.[1]
  if (acronym) return foldName(`${ordinal} ${acronym} ${head}`)
  return foldName(name.replace(/^\s*(?:the|a|an)\s+/i, ''))
}

/** "attended the World Economic Forum's Annual Meeting in Tianjin", "his attendance at the A Summit, the B Summit and the C Summit". */
export const summit: Recognizer<EventDraft> = {
  name: 'summit',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const verb = groupSpan(match, 'verb')
    // "a keynote address at the Summit", "the chair of the forum": nouns, not attending.
    const token = info.tokens.find((t) => t.span.start === verb.start)
    const nounLike = /\b(?:a|an|the|his|her|their|its|keynote|special|opening|closing|video)\s+$/i.test(
      ctx.text.slice(Math.max(0, verb.start - 12), verb.start),
    )
    if (/^(?:address|chair|co-chair|presence)/i.test(match.groups!.verb) && (token?.pos !== 'VERB' || nounLike)) return null
    const clause = clauseOf(info, verb)
    const from = verb.end
    const segment = ctx.text.slice(from, clause.end)
    const items: { start: number; end: number }[] = []
    let last = 0
    ITEM.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = ITEM.exec(segment)) !== null) {
      items.push({ start: last, end: m.index })
      last = m.index + m[0].length
    }
    items.push({ start: last, end: segment.length })
    const out: EventDraft[] = []
    for (const [i, item] of items.entries()) {
      const text = segment.slice(item.start, item.end)
      const head = HEAD.exec(text)
      if (!head) {
        if (i === 0) return null
        continue
      }
      const nameEnd = head.index + head[0].length
      const span = { start: from + item.start, end: from + item.end }
      const name = summitKey(text.slice(0, nameEnd))
      const place = mentionsIn(ctx, info, { start: from + item.start + nameEnd, end: from + item.end }).find((e) => e.type === 'place' || e.type === 'country')
      const draft = makeEvent(ctx, {
        type: 'summit',
        ruleId: 'events:summit',
        trigger: { start: from + item.start + Math.max(0, text.search(/\S/)), end: from + item.start + nameEnd },
        roles: 'guest',
        subjectEnd: verb.start,
        place: place?.key ?? null,
        host: place ? (place.type === 'country' ? place.key : place.country ? `country:${place.country}` : null) : null,
        name,
      })
      if (!draft || draft.actors.length === 0) continue
      if (out.length > 0) draft.span = { start: span.start, end: draft.span.end }
      out.push(draft)
    }
    return out
  },
}
