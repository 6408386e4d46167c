import type { IndicatorMention, Period } from '../../model/types.js'
import type { Refiner } from '../../pipeline/recognizer.js'

function periodKey(p: Period | null): string {
  if (!p) return '-'
  return 'as_of' in p ? `@${p.as_of}` : `${p.start}/${p.end}`
}

function key(m: IndicatorMention): string {
  const parties = [m.subject ?? '', m.counterpart ?? ''].sort().join('+')
  return [m.indicator, m.value, m.unit, m.bound, m.scope ?? '', parties, periodKey(m.period), m.convertedFrom ? 'c' : ''].join('|')
}

function looseKey(m: IndicatorMention): string {
  const parties = [m.subject ?? '', m.counterpart ?? ''].sort().join('+')
  return [m.indicator, m.value, m.unit, parties, m.convertedFrom ? 'c' : ''].join('|')
}

/** A line with no closing punctuation: a headline or a caption. */
function inHeadline(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1
  let end = text.indexOf('\n', at)
  if (end < 0) end = text.length
  const line = text.slice(start, end).trim()
  return !/[.!?"”’)]$/.test(line)
}

/**
 * The same figure repeated in one document (a headline and its lead, a
 * recap) is one claim: keep the first mention in running text.
 */
export const dedupeMentions: Refiner<IndicatorMention> = {
  name: 'dedupe-mentions',
  refine(ctx, mentions) {
    const groups = new Map<string, IndicatorMention[]>()
    for (const m of mentions) {
      const k = key(m)
      const list = groups.get(k)
      if (list) list.push(m)
      else groups.set(k, [m])
    }
    const keep = new Set<IndicatorMention>()
    for (const list of groups.values()) {
      keep.add(list.find((m) => !inHeadline(ctx.text, m.span.start)) ?? list[0])
    }
    // A headline rounds its figure off ("deals worth $5 bln" over "more than $5 billion"):
    // it repeats the body's claim, whatever its bound.
    const body = new Set([...keep].filter((m) => !inHeadline(ctx.text, m.span.start)).map(looseKey))
    return mentions.filter((m) => keep.has(m) && !(inHeadline(ctx.text, m.span.start) && body.has(looseKey(m))))
  },
}
