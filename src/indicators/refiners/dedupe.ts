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

/**
 * True when no figure dated by the document's window (`periodBasis`) agrees
 * with one that is not on all but the period: then a borrowed window moves
 * only figures whose repeats move with them, and dropping repeats (below)
 * keeps the same ones.
 */
export function windowFiguresApart(mentions: readonly IndicatorMention[]): boolean {
  const claim = (m: IndicatorMention) => key({ ...m, period: null })
  const dated = new Set(mentions.filter((m) => m.periodBasis === 'window').map(claim))
  return dated.size === 0 || !mentions.some((m) => m.periodBasis !== 'window' && dated.has(claim(m)))
}

function looseKey(m: IndicatorMention): string {
  const parties = [m.subject ?? '', m.counterpart ?? ''].sort().join('+')
  return [m.indicator, m.value, m.unit, parties, m.convertedFrom ? 'c' : ''].join('|')
}

/**
 * Whether an offset lies on a line with no closing punctuation (a headline
 * or a caption). Line breaks are found once per document and each line is
 * judged once, so many figures on one long line cost one pass over it.
 */
function headlineTest(text: string): (at: number) => boolean {
  const breaks: number[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i)
  const judged = new Map<number, boolean>()
  return (at) => {
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (breaks[mid] < at) lo = mid + 1
      else hi = mid
    }
    // On a line break itself the line read is empty (as lastIndexOf/indexOf around it read it).
    if (breaks[lo] === at) return true
    const start = lo > 0 ? breaks[lo - 1] + 1 : 0
    let verdict = judged.get(start)
    if (verdict === undefined) {
      const end = breaks[lo] ?? text.length
      verdict = !/[.!?"”’)]$/.test(text.slice(start, end).trim())
      judged.set(start, verdict)
    }
    return verdict
  }
}

/**
 * The same figure repeated in one document (a headline and its lead, a
 * recap) is one claim: keep the first mention in running text.
 */
export const dedupeMentions: Refiner<IndicatorMention> = {
  name: 'dedupe-mentions',
  refine(ctx, mentions) {
    const inHeadline = headlineTest(ctx.text)
    const groups = new Map<string, IndicatorMention[]>()
    for (const m of mentions) {
      const k = key(m)
      const list = groups.get(k)
      if (list) list.push(m)
      else groups.set(k, [m])
    }
    const keep = new Set<IndicatorMention>()
    for (const list of groups.values()) {
      keep.add(list.find((m) => !inHeadline(m.span.start)) ?? list[0])
    }
    // A headline rounds its figure off ("deals worth $5 bln" over "more than $5 billion"):
    // it repeats the body's claim, whatever its bound.
    const body = new Set([...keep].filter((m) => !inHeadline(m.span.start)).map(looseKey))
    return mentions.filter((m) => keep.has(m) && !(inHeadline(m.span.start) && body.has(looseKey(m))))
  },
}
