import type { Extraction } from '../model/types.js'

/**
 * The document's main pair of countries as stored (`country:CN,country:VN`,
 * keys sorted): the two countries mentioned most, ties broken by first
 * mention. A single country gives just its key; none gives null. This is the
 * block for cross-document clustering and reconciliation.
 */
export function documentPairKey(extraction: Extraction): string | null {
  const counts = new Map<string, { n: number; first: number }>()
  for (const m of extraction.entities) {
    if (m.type !== 'country') continue
    const c = counts.get(m.key) ?? { n: 0, first: m.span.start }
    c.n++
    counts.set(m.key, c)
  }
  const top = [...counts]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, 2)
    .map(([key]) => key)
  return top.length ? top.sort().join(',') : null
}
