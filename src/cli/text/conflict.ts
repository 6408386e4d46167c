// A comparison of figures (or reports of one event) as a person reads it in a
// terminal: what is compared, then each value with its period, who states it
// and the document it was read from. The stored note is a key for machines
// (raw numbers, document ids, entity keys); --json keeps it.
import type { ConflictRecord } from '../../app/read/records.js'
import { formatValue, humanize } from '../../shared/figure-text.js'
import { documentLabel } from '../../shared/document-label.js'
import { scopeSuffix } from '../../shared/scope.js'
import { formatPeriod, formatPublished, formatWhen } from '../../shared/when-text.js'

type Figure = ConflictRecord['indicators'][number]
type Doc = Figure['document']

import { KIND_LABEL } from './kind.js'

/** `“A visit paid to China…”, outlet not named, 23–30 Oct 2022 (inferred)`: a document cited as every surface cites it. */
export function citeDocument(d: Doc): string {
  return `${documentLabel(d)}, ${d.outlet ?? 'outlet not named'}, ${formatPublished(d.published)}`
}

/** `US$165.8 billion for 2021, per General Department of Vietnam Customs`. */
function figureLine(f: Figure): string {
  const p = f.period && 'as_of' in f.period ? formatPeriod(f.period) : `for ${formatPeriod(f.period)}`
  return `${formatValue(f.value, f.unit, f.bound)} ${p}, ${f.source ? `per ${f.source.name}` : 'no source named'} (${citeDocument(f.document)})`
}

/** `Trade turnover, Vietnam → China, 2021` (the period only where it is what the figures share). */
function title(c: ConflictRecord): string {
  const f = c.indicators[0]
  if (f) {
    const who = [f.subject?.name, f.counterpart?.name].filter(Boolean).join(' → ')
    return [humanize(f.indicator) + scopeSuffix(f), who, c.kind === 'change_over_time' ? '' : formatPeriod(f.period)].filter(Boolean).join(', ')
  }
  const e = c.events[0]
  return e ? `${humanize(e.type)}: ${e.actors.map((a) => a.name).join(', ')}` : c.about
}

/** One comparison: a head line, then one line per figure or report, oldest period first. */
export function conflictText(c: ConflictRecord): string {
  const lines = [`${KIND_LABEL[c.kind] ?? c.kind}  ${title(c)}`]
  const start = (f: Figure) => (f.period ? ('as_of' in f.period ? f.period.as_of : f.period.start) : '')
  for (const f of [...c.indicators].sort((a, b) => start(a).localeCompare(start(b)))) lines.push(`  ${figureLine(f)}`)
  for (const e of c.events)
    lines.push(`  ${humanize(e.type)}, ${formatWhen(e.when)}${e.status === 'planned' ? ' (planned)' : ''}: “${e.evidence}” (${citeDocument(e.document)})`)
  return `${lines.join('\n')}\n`
}
