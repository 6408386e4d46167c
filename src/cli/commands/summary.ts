import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { dbOption } from '../options.js'

/** `dyad summary`: what the store holds; with --pair, where that relationship stands. */
export function summaryCommand(io: CliIo): Command {
  return new Command('summary')
    .description("count what the store holds per kind and country pair; with --pair, write where that relationship stands (the brief's summary)")
    .addOption(dbOption())
    .option('--pair <pair>', 'country pair, e.g. VN,CN: print its written summary and headline figures with sources')
    .option('--json', 'print JSON')
    .action(async (o: { db?: string; pair?: string; json?: boolean }) => {
      const { listPairs, pairCodes, storeSummary } = await import('../../app/query/index.js')
      const { openForReading } = await import('../read.js')
      if (o.pair !== undefined) return pairSummary(io, o)
      const store = await openForReading(o.db)
      try {
        const counts = await storeSummary(store.db)
        const pairs = await listPairs(store.db)
        if (o.json) return io.out(`${JSON.stringify({ store: store.location, counts, pairs }, null, 1)}\n`)
        io.out(`store ${store.location} (${store.backend.name})\n`)
        for (const [kind, n] of Object.entries(counts)) io.out(`  ${kind.replace(/_/g, ' ').padEnd(16)} ${String(n).padStart(7)}\n`)
        for (const p of pairs)
          io.out(`  pair ${pairCodes(p.pair).join('-').padEnd(11)} ${p.documents} documents, ${p.events} events, ${p.indicators} figures\n`)
      } finally {
        await store.close()
      }
    })
}

/** The relationship summary of one pair: the same function the brief and /api/summary use. */
async function pairSummary(io: CliIo, o: { db?: string; pair?: string; json?: boolean }): Promise<void> {
  const { pair } = await import('../../app/params.js')
  const { listPairs } = await import('../../app/query/index.js')
  const { relationshipSummary } = await import('../../app/relationship/index.js')
  const { formatPublished } = await import('../../shared/when-text.js')
  const { documentLabel } = await import('../../shared/document-label.js')
  const { checkOptions, openForReading, whyEmpty } = await import('../read.js')
  const checked = checkOptions({ pair }, { pair: o.pair })
  const asked = checked.pair
  const store = await openForReading(o.db)
  try {
    if (!(await listPairs(store.db)).some((p) => p.pair === asked.stored)) {
      io.err(`dyad: ${await whyEmpty(store, 'records', asked)}\n`)
      io.exitCode = 1
      return
    }
    const s = await relationshipSummary(store.db, asked)
    if (o.json) return io.out(`${JSON.stringify(s, null, 1)}\n`)
    // citations number the sources in the order listed below
    const n = new Map(s.sources.map((d, i) => [d.id, i + 1]))
    const cite = (docs: readonly string[]) =>
      docs
        .map((d) => n.get(d) ?? 0)
        .sort((a, b) => a - b)
        .map((i) => `[${i}]`)
        .join('')
    io.out(`${s.countries.join(' – ')}\n\n`)
    for (const st of s.statements) io.out(`${st.text}${st.docs.length ? ` ${cite(st.docs)}` : ''}\n`)
    if (s.headline.length) io.out(`\nHeadline figures\n`)
    for (const h of s.headline) io.out(`  ${h.sentence} ${cite([h.doc])}\n`)
    io.out(`\nSources\n`)
    s.sources.forEach((d, i) => {
      const pub = formatPublished(d.published)
      io.out(`  [${i + 1}] ${documentLabel(d)}. ${d.outlet ?? 'outlet not named'}, ${pub}. ${d.url ?? d.source}\n`)
    })
  } finally {
    await store.close()
  }
}
