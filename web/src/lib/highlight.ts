/** A stretch of text covered by the same set of records. */
export interface Segment<R> {
  start: number
  end: number
  records: R[]
}

/**
 * Cut a text into segments at every record boundary, each segment listing the
 * records that cover it (outermost first), so nested and overlapping spans can
 * all be shown. Spans outside the text are clipped; empty ones dropped.
 * Sweep over sorted boundaries: O((n + m) log n) for n records, plus output.
 */
export function segment<R extends { span: { start: number; end: number } }>(length: number, records: readonly R[]): Segment<R>[] {
  const valid = records
    .map((r) => ({ r, start: Math.max(0, Math.min(length, r.span.start)), end: Math.max(0, Math.min(length, r.span.end)) }))
    .filter((x) => x.end > x.start)
  const cuts = new Set<number>([0, length])
  for (const v of valid) {
    cuts.add(v.start)
    cuts.add(v.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end)
  const open: typeof valid = []
  const out: Segment<R>[] = []
  let next = 0
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    while (next < byStart.length && byStart[next]!.start <= a) open.push(byStart[next++]!)
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= a) open.splice(j, 1)
    const covering = open.filter((o) => o.start <= a && o.end >= b).sort((x, y) => (y.end - y.start) - (x.end - x.start))
    out.push({ start: a, end: b, records: covering.map((c) => c.r) })
  }
  return out
}
