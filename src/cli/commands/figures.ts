import { Command } from 'commander'
import type { Period } from '../../model/types.js'
import type { CliIo } from '../io.js'
import { dbOption, listingOptions } from '../options.js'
import { renderTable, terminalWidth } from '../table.js'
import { scopeLabel } from '../../shared/scope.js'

interface FiguresOptions {
  db?: string
  pair?: string
  actor?: string
  indicator?: string
  from?: string
  to?: string
  limit: number
  json?: boolean
}

/** `dyad figures`: the stored indicators as a table, filtered. */
export function figuresCommand(io: CliIo): Command {
  const command = new Command('figures')
    .description('list stored figures (trade, investment, ranks, aid...), filtered by pair, indicator, party and period')
    .addOption(dbOption())
    .option('--pair <pair>', 'country pair, e.g. VN,CN')
    .option('--actor <name>', 'entity key or any name of the subject or counterpart')
    .option('--indicator <name>', 'indicator, e.g. trade_turnover, exports, fdi_registered')
  return listingOptions(command, 'periods').action(async (o: FiguresOptions) => {
    const { indicatorName, recordFilters } = await import('../../app/params.js')
    const { entityNames, listIndicators } = await import('../../app/query/index.js')
    const { checkOptions, openForReading, whyEmpty } = await import('../read.js')
    const filter = checkOptions({ ...recordFilters, indicator: indicatorName.optional() }, { ...o })
    const store = await openForReading(o.db)
    try {
      const figures = await listIndicators(store.db, { ...filter, pair: filter.pair, limit: o.limit })
      if (o.json) return io.out(`${JSON.stringify(figures, null, 1)}\n`)
      const names = await entityNames(
        store.db,
        figures.flatMap((f) => [f.subject, f.counterpart].filter((k): k is string => Boolean(k))),
      )
      io.out(
        renderTable(
          figures,
          [
            { header: 'indicator', cell: (f) => f.indicator, max: 22 },
            { header: 'period', cell: (f) => periodText(f.period), max: 22 },
            {
              header: 'value',
              cell: (f) => `${f.bound === 'lower' ? '>' : f.bound === 'upper' ? '<' : f.bound === 'approx' ? '~' : ''}${formatValue(f.value)} ${f.unit}`,
              align: 'right',
              max: 24,
            },
            { header: 'subject', cell: (f) => (f.subject ? names.get(f.subject)! : ''), max: 16 },
            { header: 'counterpart', cell: (f) => (f.counterpart ? names.get(f.counterpart)! : ''), max: 16 },
            { header: 'scope', cell: (f) => scopeLabel(f) ?? '', max: 16 },
            { header: 'compared', cell: comparedText, max: 26 },
            { header: 'evidence', cell: (f) => f.evidence },
          ],
          terminalWidth(),
        ),
      )
      io.out(`${figures.length} figure${figures.length === 1 ? '' : 's'}${figures.length === 0 ? `: ${await whyEmpty(store, 'figures', filter.pair)}` : ''}\n`)
    } finally {
      await store.close()
    }
  })
}

/**
 * How the figure stands against other figures of its quantity: only a
 * conflict means the sources cannot all be right; agreement and change over
 * time are said as such.
 */
function comparedText(f: { conflicts: readonly string[]; agreements: readonly string[]; series: readonly string[] }): string {
  return [f.conflicts.length ? 'CONFLICT' : '', f.agreements.length ? 'agrees' : '', f.series.length ? 'change over time' : ''].filter(Boolean).join(', ')
}

function periodText(p: Period | null): string {
  if (!p) return '?'
  if ('as_of' in p) return `as of ${p.as_of}`
  if (p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && p.start.slice(0, 4) === p.end.slice(0, 4)) return p.start.slice(0, 4)
  return `${p.start}..${p.end}`
}

/** 171900000000 -> 171.9 billion; smaller numbers with thousands separators (4,965), as the dashboard writes them. */
export function formatValue(v: number): string {
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ]
  for (const [n, word] of scales) if (Math.abs(v) >= n) return `${Number((v / n).toPrecision(6))} ${word}`
  return Number(v.toPrecision(10)).toLocaleString('en-US', { maximumFractionDigits: 10 })
}
