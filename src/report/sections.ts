import type { BriefConflict, BriefData, BriefEvent, BriefFigure } from './data.js'
import { documentLabel } from '../shared/document-label.js'
import { scopeLabel, scopeSuffix } from '../shared/scope.js'
import { baseName, clip, esc, formatPeriod, formatPublished, formatValue, formatWhen, humanize } from './format.js'
import type { DistinctEvent } from './select.js'
import { eventColor } from '../shared/event-colors.js'

/** Numbered citations: document ids -> [n] in the Sources list; several in ascending order, each once. */
export type Cite = (docs: string | readonly string[]) => string

export function citer(data: BriefData): Cite {
  const order = new Map(data.documents.map((d, i) => [d.id, i + 1]))
  return (docs) => {
    const ns = [...new Set((typeof docs === 'string' ? [docs] : docs).map((d) => order.get(d)).filter((n): n is number => n !== undefined))]
    return ns
      .sort((a, b) => a - b)
      .map((n) => `<a class="ref" href="#src-${n}">[${n}]</a>`)
      .join('')
  }
}

const name = (data: BriefData, key: string | null | undefined) => (key ? (data.names.get(key) ?? key.replace(/^[a-z]+:/, '')) : '')
const between = (data: BriefData, f: BriefFigure) => [name(data, f.subject), name(data, f.counterpart)].filter(Boolean).join(' → ')

export function figuresTable(data: BriefData, figures: readonly BriefFigure[], cite: Cite): string {
  if (!figures.length) return '<p class="empty">No figures were extracted for this pair.</p>'
  const rows = figures.map(
    (f) => `<tr>
<td>${esc(humanize(f.indicator))}${scopeLabel(f) ? ` <span class="muted">(${esc(scopeLabel(f)!)})</span>` : ''}</td>
<td class="num">${esc(formatValue(f.value, f.unit, f.bound))}</td>
<td class="when">${esc(formatPeriod(f.period))}</td>
<td>${esc(between(data, f))}</td>
<td>${f.source ? esc(name(data, f.source)) : '<span class="muted">not named</span>'}</td>
<td class="q">“${esc(clip(f.evidence, 160))}”${cite(f.doc)}</td>
</tr>`,
  )
  return `<table><thead><tr><th>Indicator</th><th>Value</th><th>Period</th><th>Between</th><th>Source</th><th>Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

const KIND_BADGE: Record<string, string> = {
  conflict: '<span class="badge conflict">conflict</span>',
  change_over_time: '<span class="badge change">change over time</span>',
  agreement: '<span class="badge agree">sources agree</span>',
}

/** A readable title from the first figure or event of a group (the stored `about` is a key). */
function groupTitle(data: BriefData, c: BriefConflict, byId: Map<string, BriefFigure>, evById: Map<string, BriefEvent>): string {
  const f = c.indicators.map((id) => byId.get(id)).find(Boolean)
  if (f) return [humanize(f.indicator) + scopeSuffix(f), between(data, f), c.kind === 'conflict' ? formatPeriod(f.period) : ''].filter(Boolean).join(', ')
  const e = c.events.map((id) => evById.get(id)).find(Boolean)
  if (e) return `${humanize(e.type)}: ${e.actors.map((a) => name(data, a)).join(', ')}`
  return c.about
}

const EXPLAIN: Record<string, string> = {
  conflict: 'These statements are about the same thing and cannot all be true; compare the sources before citing one.',
  change_over_time: 'The value moved between periods: a change over time, not a disagreement.',
}

/** Conflicts in full with their evidence; changes over time as compact lists. Agreements are only counted. */
export function conflictsSection(data: BriefData, cite: Cite): string {
  const byId = new Map(data.figures.map((f) => [f.id, f]))
  const evById = new Map(data.events.map((e) => [e.id, e]))
  const conflicts = data.conflicts.filter((c) => c.kind === 'conflict')
  const changes = data.conflicts.filter((c) => c.kind === 'change_over_time')
  const agreements = data.conflicts.filter((c) => c.kind === 'agreement').length
  const parts: string[] = []
  parts.push(
    conflicts.length
      ? groups(data, conflicts, byId, evById, cite, true)
      : '<p class="empty">No conflicting figures or reports were detected among the sources.</p>',
  )
  if (changes.length) parts.push('<h3>Changes over time</h3>', groups(data, changes, byId, evById, cite, false))
  if (agreements) parts.push(`<p class="muted">${agreements} figure${agreements === 1 ? ' is' : 's are'} stated identically by more than one document.</p>`)
  return parts.join('\n')
}

function groups(data: BriefData, shown: BriefConflict[], byId: Map<string, BriefFigure>, evById: Map<string, BriefEvent>, cite: Cite, quotes: boolean): string {
  return shown
    .map((c) => {
      const claims = [
        ...c.indicators
          .map((id) => byId.get(id))
          .filter((f): f is BriefFigure => Boolean(f))
          .sort((a, b) => periodKey(a).localeCompare(periodKey(b)))
          .map(
            (f) =>
              `<li><strong>${esc(formatValue(f.value, f.unit, f.bound))}</strong> ${esc(forPeriod(f))}, according to ${f.source ? esc(name(data, f.source)) : 'an unnamed source'}${quotes ? `: <span class="q">“${esc(clip(f.evidence, 200))}”</span>` : ''}${cite(f.doc)}</li>`,
          ),
        ...c.events
          .map((id) => evById.get(id))
          .filter((e): e is BriefEvent => Boolean(e))
          .map((e) => `<li>${esc(humanize(e.type))}, ${esc(formatWhen(e.when))}: <span class="q">“${esc(clip(e.evidence, 200))}”</span>${cite(e.doc)}</li>`),
      ]
      return `<div class="conflict ${esc(c.kind)}"><p>${KIND_BADGE[c.kind] ?? esc(c.kind)} <strong>${esc(groupTitle(data, c, byId, evById))}</strong></p>${quotes && EXPLAIN[c.kind] ? `<p>${EXPLAIN[c.kind]}</p>` : ''}<ul>${claims.join('')}</ul></div>`
    })
    .join('')
}

function typeLabel(e: BriefEvent): string {
  return `<span class="dot" style="background:${eventColor(e.type)}"></span>${esc(humanize(e.type))}${e.status === 'planned' ? ' <span class="badge planned">planned</span>' : ''}`
}

function actorsLine(data: BriefData, e: BriefEvent): string {
  const who = e.actors
    .map((a) => name(data, a))
    .filter(Boolean)
    .join(', ')
  const where = [e.host ? `hosted by ${name(data, e.host)}` : '', e.place ? `in ${name(data, e.place)}` : ''].filter(Boolean).join(', ')
  return esc([who, where].filter(Boolean).join(' · '))
}

/** The latest events, each with the evidence of every document that reports it. */
export function latestSection(data: BriefData, events: readonly DistinctEvent[], cite: Cite): string {
  if (!events.length) return '<p class="empty">No dated events that occurred were extracted for this pair.</p>'
  // one quote per distinct wording, across the list too: a sentence stating a
  // visit and the summit on it is quoted once, the second event points up to it
  const quoted = new Set<string>()
  return events
    .map((d) => {
      const seen = new Set<string>()
      const distinct = d.mentions.filter((m) => (seen.has(`${m.doc}|${m.evidence}`) ? false : (seen.add(`${m.doc}|${m.evidence}`), true)))
      const fresh = distinct.filter((m) => !quoted.has(`${m.doc}|${m.evidence}`))
      for (const m of distinct) quoted.add(`${m.doc}|${m.evidence}`)
      const quotes = fresh.length
        ? fresh
            .slice(0, 4)
            .map((m) => `<blockquote>“${esc(clip(m.evidence, 300))}”${cite(m.doc)}</blockquote>`)
            .join('')
        : `<p class="muted">Stated in the same sentence as an event above.${cite(distinct.map((m) => m.doc))}</p>`
      const more = fresh.length > 4 ? `<p class="muted">and ${fresh.length - 4} more reports</p>` : ''
      return `<div class="event"><div class="event-head"><span class="when">${esc(formatWhen(d.best.when))}</span><span>${typeLabel(d.best)}</span><span class="muted">${actorsLine(data, d.best)}</span></div>${quotes}${more}</div>`
    })
    .join('')
}

/** Every dated distinct event, oldest first. */
export function chronologyTable(data: BriefData, events: readonly DistinctEvent[], cite: Cite): string {
  if (!events.length) return '<p class="empty">No dated events.</p>'
  const rows = events.map(
    (d) =>
      `<tr><td class="when">${esc(formatWhen(d.best.when))}</td><td>${typeLabel(d.best)}</td><td>${actorsLine(data, d.best)}</td><td class="q">“${esc(clip(d.best.evidence, 140))}”${cite(d.mentions.map((m) => m.doc))}</td></tr>`,
  )
  return `<table><thead><tr><th>When</th><th>Event</th><th>Who</th><th>Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

export function sourcesList(data: BriefData): string {
  if (!data.documents.length) return '<p class="empty">No documents for this pair.</p>'
  const items = data.documents.map((d, i) => {
    const pub = formatPublished(d.published)
    const label = `${esc(documentLabel(d))} <span class="muted">(${esc(baseName(d.source))})</span>`
    const outlet = d.outlet ? `<strong>${esc(d.outlet)}</strong>` : '<span class="muted">outlet not named</span>'
    return `<li id="src-${i + 1}">${d.url && /^https?:\/\//i.test(d.url) ? `<a href="${esc(d.url)}">${label}</a>` : label}. ${outlet}, published ${esc(pub)}</li>`
  })
  return `<ol class="sources">${items.join('')}</ol>`
}

const periodKey = (f: BriefFigure) => (f.period ? ('as_of' in f.period ? f.period.as_of : f.period.start) : '')

/** `for 2021`, `for Jan–Aug 2022`, `as of 31 Oct 2024`. */
function forPeriod(f: BriefFigure): string {
  const p = formatPeriod(f.period)
  return p.startsWith('as of') ? p : `for ${p}`
}

/** The written summary: one paragraph per topic, each with the sources it rests on. */
export function summarySection(data: BriefData, cite: Cite): string {
  const s = data.summary
  if (!s) return ''
  return `<div class="summary">${s.statements.map((st) => `<p class="st-${esc(st.topic)}">${esc(st.text)}${cite(st.docs)}</p>`).join('')}</div>`
}

/** National headline figures as sentences, each citing its document. */
export function headlineSentences(data: BriefData, cite: Cite): string {
  const h = data.summary?.headline ?? []
  if (!h.length) return '<p class="empty">No national figures were extracted for this pair.</p>'
  return `<ul class="headline">${h.map((x) => `<li>${x.trend ? `<span class="trend ${x.trend}" aria-hidden="true">${x.trend === 'up' ? '▲' : x.trend === 'down' ? '▼' : '='}</span> ` : ''}${esc(x.sentence)}${cite(x.doc)}</li>`).join('')}</ul>`
}

/** Events counted over a span, listed as counts (never drawn as one long bar). */
export function talliesLine(data: BriefData): string {
  const t = data.summary?.tallies ?? []
  return t.length ? `<p class="muted tallies">Counted over a span, not drawn: ${t.map((x) => esc(x.text)).join('; ')}.</p>` : ''
}
