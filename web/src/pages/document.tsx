import { useEffect, useMemo, useState } from 'preact/hooks'
import { api } from '../api/client.js'
import { docDetailView } from '../api/views.js'
import type { DocDetail, DocRecord } from '../api/types.js'
import { Empty, Status } from '../components/status.js'
import { docLabel, formatPublished } from '../lib/format.js'
import { segment } from '../lib/highlight.js'
import { KINDS } from '../lib/palette.js'
import { href, navigate } from '../lib/router.js'
import { useData } from '../lib/use-data.js'
import { RecordCard } from '../components/record-card.js'

/** The document reader: full text, every record highlighted by kind, diagnostics. */
export function DocumentPage({ id, pair, params }: { id: string; pair: string; params: URLSearchParams }) {
  const state = useData<DocDetail>(async () => docDetailView(await api('/api/documents/{id}', { id })), [id])
  return <Status state={state}>{(d) => <Reader d={d} pair={pair} params={params} />}</Status>
}

function Reader({ d, pair, params }: { d: DocDetail; pair: string; params: URLSearchParams }) {
  const focusId = params.get('focus') ?? ''
  const at = /^(\d+)-(\d+)$/.exec(params.get('at') ?? '')
  const [hidden, setHidden] = useState<Set<string>>(new Set())
  const focused = useMemo(() => {
    const byId = d.records.find((r) => r.id === focusId)
    if (byId) return byId
    if (at) {
      const s = Number(at[1])
      const e = Number(at[2])
      return d.records.find((r) => r.span.start === s && r.span.end === e) ?? { id: 'at', kind: 'span' as const, span: { start: s, end: e }, label: 'linked passage', record: null }
    }
    return null
  }, [d, focusId, params.get('at')])
  const [selected, setSelected] = useState<DocRecord[]>(focused ? [focused] : [])
  // on a phone the side panel is below the text: show a clicked record in a sheet
  const [sheet, setSheet] = useState(false)
  useEffect(() => setSelected(focused ? [focused] : []), [focused])

  const shown = d.records.filter((r) => !hidden.has(r.kind))
  const extra = focused && !d.records.includes(focused) ? [focused] : []
  const segments = useMemo(() => segment(d.text.length, [...shown, ...extra]), [d, hidden, focused])
  const counts = new Map<string, number>()
  for (const r of d.records) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1)
  const kinds = [...KINDS.filter((k) => counts.has(k.kind)), ...[...counts.keys()].filter((k) => !KINDS.some((x) => x.kind === k)).map((k) => ({ kind: k, label: k }))]

  useEffect(() => {
    if (!focused) return
    const el = document.querySelector('.doc-text .focus')
    el?.scrollIntoView({ block: 'center' })
  }, [focused, segments])

  const select = (r: DocRecord) => {
    setSelected([r])
    navigate(href('documents', d.id, { focus: r.id, pair }), true)
  }

  return (
    <>
      <nav class="crumbs" aria-label="Breadcrumb"><a href={href('documents', { pair })}>Documents</a> / <span>{docLabel(d)}</span></nav>
      <div class="page-head">
        <h1 class="doc-title">{docLabel(d)}</h1>
        <p class="lede">
          {d.outlet ? <strong>{d.outlet}</strong> : <span class="muted">outlet not named</span>}
          {' · '}
          {d.published ? `Published ${formatPublished(d.published)}` : 'Publication date unknown'}
          {d.url && /^https?:\/\//i.test(d.url) && <> · <a href={d.url} rel="noreferrer noopener">original</a></>}
          {' · '}<span class="muted">{d.source}</span>
        </p>
      </div>
      <div class="reader">
        <div class="reader-main">
          <fieldset class="legend">
            <legend>Highlight</legend>
            {kinds.map((k) => (
              <label key={k.kind} class={`legend-item k-${k.kind}`}>
                <input
                  type="checkbox"
                  checked={!hidden.has(k.kind)}
                  onChange={() => setHidden((h) => {
                    const n = new Set(h)
                    if (n.has(k.kind)) n.delete(k.kind)
                    else n.add(k.kind)
                    return n
                  })}
                />
                <span class="swatch" aria-hidden="true" />
                {k.label} <span class="muted">({counts.get(k.kind)})</span>
              </label>
            ))}
            {kinds.length === 0 && <span class="muted">No records were extracted from this document.</span>}
          </fieldset>
          <article class="doc-text" aria-label="Document text">
            {segments.map((s) => {
              const text = d.text.slice(s.start, s.end)
              if (!s.records.length) return text
              const kindsHere = [...new Set(s.records.map((r) => r.kind))]
              const isFocus = selected.some((x) => s.records.includes(x))
              return (
                <mark
                  key={s.start}
                  class={`${kindsHere.map((k) => `k-${k}`).join(' ')}${isFocus ? ' focus' : ''}`}
                  title={s.records.map((r) => r.label).join('\n')}
                  onClick={() => {
                    setSelected(s.records)
                    setSheet(true)
                  }}
                >
                  {text}
                </mark>
              )
            })}
          </article>
        </div>
        <aside class="reader-side" aria-label="Records">
          <section class="panel" aria-live="polite">
            <h2>Selected</h2>
            {selected.length ? selected.map((r) => <RecordCard key={r.id} r={r} text={d.text} pair={pair} />) : <p class="muted small">Click highlighted text, or pick a record below.</p>}
          </section>
          <section class="panel">
            <h2>Diagnostics ({d.diagnostics.length})</h2>
            {d.diagnostics.length ? (
              <ul class="diagnostics">
                {d.diagnostics.map((g, i) => (
                  <li key={i} class={`sev-${g.severity}`}>
                    <span class="sev">{g.severity}</span> {g.reason} <code>{g.ruleId}</code>
                    {g.span && <> · <a href={href('documents', d.id, { at: `${g.span.start}-${g.span.end}`, pair })}>show</a></>}
                  </li>
                ))}
              </ul>
            ) : <Empty>No diagnostics.</Empty>}
          </section>
          <section class="panel">
            <h2>Records ({d.records.length})</h2>
            <ul class="record-list">
              {[...shown].sort((a, b) => a.span.start - b.span.start).filter((r) => r.kind === 'event' || r.kind === 'indicator').map((r) => (
                <li key={r.id}>
                  <button type="button" class={`record-btn k-${r.kind}`} aria-pressed={selected.includes(r)} onClick={() => select(r)}>
                    <span class="swatch" aria-hidden="true" />{r.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
      {sheet && selected.length > 0 && (
        <div class="sheet" role="dialog" aria-label="Selected record">
          <button type="button" class="sheet-close" onClick={() => setSheet(false)}>Close</button>
          {selected.map((r) => <RecordCard key={r.id} r={r} text={d.text} pair={pair} />)}
        </div>
      )}
    </>
  )
}
