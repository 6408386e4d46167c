import { eventColor } from '../lib/palette.js'
import { humanize } from '../lib/format.js'

export function TypeBadge({ type }: { type: string }) {
  return (
    <span class="type-badge">
      <span class={`dot t-${type}`} aria-hidden="true" />
      {humanize(type)}
    </span>
  )
}

export function StatusBadge({ status }: { status: string }) {
  return status === 'planned' ? <span class="badge planned" title="Announced or scheduled, not yet reported as having happened">planned</span> : null
}

export function ConflictBadge({ kind }: { kind: string }) {
  if (kind === 'agreement') return <span class="badge agree">sources agree</span>
  if (kind === 'change_over_time') return <span class="badge change">changed over time</span>
  return <span class="badge conflict">conflict</span>
}

export { eventColor }
