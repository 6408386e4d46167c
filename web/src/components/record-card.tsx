import type { DocRecord } from '../api/types.js'
import { formatPeriod, formatValue, formatWhen, humanize } from '../lib/format.js'
import { href } from '../lib/router.js'
import { knownNames } from '../api/client.js'
import { event, indicator, prettyKey, when } from '../api/normalize.js'

const names = knownNames

/** The fields of one record, as the reader's side panel shows them. */
export function RecordCard({ r, text, pair }: { r: DocRecord; text: string; pair: string }) {
  const quote = text.slice(r.span.start, r.span.end)
  const rows: [string, string][] = []
  let link: string | null = null
  if (r.kind === 'event') {
    const e = event(r.data, names)
    if (e) {
      rows.push(['Type', humanize(e.type)], ['Status', e.status], ['When', formatWhen(e.when)], ['Actors', e.actors.map((a) => a.name).join(', ') || '—'])
      if (e.host) rows.push(['Host', e.host.name])
      if (e.place) rows.push(['Place', e.place.name])
      if (e.count !== null) rows.push(['Count', String(e.count)])
      link = href('events', e.id, { pair })
    }
  } else if (r.kind === 'indicator') {
    const i = indicator(r.data, names)
    if (i) {
      rows.push(['Indicator', humanize(i.indicator)], ['Value', `${i.bound !== 'exact' ? `${i.bound} ` : ''}${formatValue(i.value, i.unit)}`], ['Period', formatPeriod(i.period)])
      if (i.subject || i.counterpart) rows.push(['Between', [i.subject?.name, i.counterpart?.name].filter(Boolean).join(' → ')])
      if (i.scope) rows.push(['Scope', i.scope])
      rows.push(['Source', i.source?.name ?? 'not named'])
      link = href('indicators', { pair, focus: i.id })
    }
  } else if (r.kind === 'entity') {
    const ent = r.data.entity && typeof r.data.entity === 'object' ? (r.data.entity as Record<string, unknown>) : null
    const key = typeof r.data.key === 'string' ? r.data.key : typeof ent?.id === 'string' ? ent.id : null
    const name = typeof ent?.name === 'string' ? ent.name : typeof r.data.name === 'string' ? r.data.name : key ? names.get(key) ?? prettyKey(key) : ''
    rows.push(['Type', String(r.data.type ?? ent?.type ?? '')], ['Name', name])
    if (key) link = href('entities', key, { pair })
  } else if (r.kind === 'time') {
    const w = when(r.data.when ?? r.data.value)
    rows.push(['Resolved', w ? `${formatWhen(w)} (${w.start} → ${w.end})` : 'not anchored'])
  } else if (r.kind === 'role') {
    const ent = r.data.entity && typeof r.data.entity === 'object' ? (r.data.entity as Record<string, unknown>) : null
    rows.push(['Title', String(r.data.title ?? '')])
    if (typeof ent?.id === 'string') {
      rows.push(['Held by', String(ent.name ?? ent.id)])
      link = href('entities', ent.id, { pair })
    }
  }
  if (typeof r.data.ruleId === 'string' || typeof r.data.rule === 'string') rows.push(['Rule', String(r.data.ruleId ?? r.data.rule)])
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
