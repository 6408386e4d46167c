import type { DocRecord } from '../api/types.js'
import { formatPeriod, formatValue, formatWhen, humanize } from '../lib/format.js'
import { href } from '../lib/router.js'

/** The fields of one record, as the reader's side panel shows them. */
export function RecordCard({ r, text, pair }: { r: DocRecord; text: string; pair: string }) {
  const quote = text.slice(r.span.start, r.span.end)
  const rows: [string, string][] = []
  let link: string | null = null
  const x = r.record
  if (x?.kind === 'event') {
    rows.push(['Type', humanize(x.type)], ['Status', x.status], ['When', formatWhen(x.when)], ['Actors', x.actors.map((a) => a.name).join(', ') || '—'])
    link = href('events', x.id, { pair })
  } else if (x?.kind === 'indicator') {
    rows.push(['Indicator', humanize(x.indicator)], ['Value', formatValue(x.value, x.unit, x.bound)], ['Period', formatPeriod(x.period)])
    if (x.subject || x.counterpart) rows.push(['Between', [x.subject?.name, x.counterpart?.name].filter(Boolean).join(' → ')])
    link = href('indicators', { pair, focus: x.id })
  } else if (x?.kind === 'entity') {
    rows.push(['Type', x.type], ['Name', x.entity.name])
    link = href('entities', x.entity.id, { pair })
  } else if (x?.kind === 'time') {
    rows.push(['Resolved', x.when ? `${formatWhen(x.when)} (${x.when.start} → ${x.when.end})` : 'not anchored'])
  } else if (x?.kind === 'role') {
    rows.push(['Title', x.title], ['Held by', x.entity.name])
    link = href('entities', x.entity.id, { pair })
  }
  return (
    <div class={`record-card k-${r.kind}`}>
      <p class="record-kind"><span class="swatch" aria-hidden="true" />{r.kind}</p>
      <blockquote>{quote}</blockquote>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
        ))}
      </dl>
      <p class="small muted">Characters {r.span.start}–{r.span.end}</p>
      {link && <a href={link}>Open {r.kind === 'indicator' ? 'indicator chart' : r.kind}</a>}
    </div>
  )
}
