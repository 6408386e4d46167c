import { QUADS, quadLabel } from '../lib/palette.js'

/** The CAMEO quad class of an event as a coloured chip: which side of the relationship it is on. */
export function QuadChip({ quad, weight }: { quad: string | null; weight: number | null }) {
  if (!quad) return null
  const title = `${quadLabel(quad)}${weight === null ? '' : `, Goldstein weight ${weight > 0 ? '+' : ''}${weight}`}`
  return (
    <span class={`quad q-${quad}`} title={title}>
      <span class="sr-only">{title}</span>
    </span>
  )
}

/** What the quad colours mean, shown next to every list or chart that uses them. */
export function QuadLegend() {
  return (
    <p class="quad-legend small" aria-label="Quad class colours">
      {QUADS.map((q) => (
        <span key={q.quad} class="quad-key">
          <span class={`quad q-${q.quad}`} aria-hidden="true" /> {q.label}
        </span>
      ))}
    </p>
  )
}
