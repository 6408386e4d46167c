/**
 * Where a relationship stands, in a few sentences with their sources: the
 * one read of a pair that the dashboard (through the API), the brief and
 * `dyad summary --pair` all show, so they never tell it differently.
 */
import { countryName as isoCountryName } from '../pair.js'
import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import { formatValue, humanize } from '../../shared/figure-text.js'
import type { Published } from '../../model/types.js'
import { allEntityNames, listConflicts, listEvents, listIndicators, readPair, type IndicatorResult, type Pair } from '../query/index.js'
import { listDocuments } from '../read/documents.js'
import { formatPeriod, formatWhen } from '../../shared/when-text.js'
import { clipWords } from '../../shared/clip.js'
import { distinctEvents, type DistinctEvent } from './distinct.js'
import { balance, balanceText, contactsText, highLevelContacts, latestAgreements, tallies, tallyText, type Balance } from './events.js'
import { figureSentence, nationalHeadline, type HeadlineFigure } from './figures.js'
import { focusSpan } from './span.js'

export { distinctEvents, chronological, latestEvents, type DistinctEvent } from './distinct.js'
export { isTally, focusSpan } from './span.js'

/** One sentence of the summary and the documents it rests on. */
export interface Statement {
  readonly topic: 'contacts' | 'planned' | 'agreements' | 'figures' | 'conflicts' | 'balance' | 'counts'
  readonly text: string
  /** Ids of the documents that state it. */
  readonly docs: string[]
}

/** A cited document: what it is called, who published it and when. */
export interface SourceRef {
  readonly id: string
  readonly title: string | null
  /** The first words of its lead, when it has no title. */
  readonly lead: string | null
  readonly outlet: string | null
  readonly source: string
  readonly url: string | null
  readonly published: Published | null
}

export interface RelationshipSummary {
  /** Stored pair key, `country:CN,country:VN`. */
  readonly pair: string
  /** The two countries' names, in the order given. */
  readonly countries: [string, string]
  readonly statements: Statement[]
  /** National headline figures, each as a sentence with its source. */
  readonly headline: { readonly id: string; readonly doc: string; readonly sentence: string; readonly trend: HeadlineFigure['trend'] }[]
  /** Distinct events counted over a span (cluster or record ids), to show as counts rather than bars. */
  readonly tallies: { readonly id: string; readonly text: string; readonly doc: string }[]
  readonly balance: Balance
  /** Where the pair's events are: the span a timeline opens on. */
  readonly focus: { readonly from: string; readonly to: string } | null
  readonly sources: SourceRef[]
}

/** Read a pair's records and write where the relationship stands; the countries are named in the pair's order (`VN,CN`: Vietnam – China). */
export async function relationshipSummary(db: Kysely<Database>, asked: string | Pair): Promise<RelationshipSummary> {
  const given = typeof asked === 'string' ? readPair(asked) : asked
  const pair = given.stored
  const [documents, events, figures, conflicts, names] = await Promise.all([
    listDocuments(db, { pair: given }, undefined, 0, 'source').then((d) => d.items),
    listEvents(db, { pair }),
    listIndicators(db, { pair }),
    listConflicts(db, { pair, kind: 'conflict' }),
    allEntityNames(db),
  ])
  const name = (key: string | null | undefined) => (key ? (names.get(key) ?? countryName(key)) : '')
  const keys = pair.split(',')
  const countries = given.keys.map(name) as [string, string]
  const docs = new Map(documents.map((d) => [d.id, d]))
  // who states a figure: the body the text credits, else the outlet, else the article by its title
  const credit = (f: IndicatorResult) => {
    const d = docs.get(f.doc)
    return f.source ? name(f.source) : (d?.outlet ?? (d?.title ? `“${clip(d.title, 60)}”` : 'source not named'))
  }

  const distinct = distinctEvents(events).filter((d) => d.mentions.some((m) => !m.repeatOf))
  const statements: Statement[] = []
  // citations in the order of the sources list, each once: [1][2], never [2][1] or [1][1]
  const order = new Map(documents.map((d, i) => [d.id, i]))
  const cited = (ids: readonly string[]) => [...new Set(ids)].sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || a.localeCompare(b))
  const docsOf = (ds: readonly DistinctEvent[]) => cited(ds.flatMap((d) => d.mentions.map((m) => m.doc)))

  const contacts = highLevelContacts(distinct)
  const texts = (ds: readonly DistinctEvent[]) => contactsText(ds, name)
  if (contacts.occurred.length)
    statements.push({ topic: 'contacts', text: `Most recent high-level contacts: ${texts(contacts.occurred)}.`, docs: docsOf(contacts.occurred) })
  else statements.push({ topic: 'contacts', text: 'No high-level contact between named leaders is recorded.', docs: [] })
  if (contacts.planned.length) statements.push({ topic: 'planned', text: `Planned: ${texts(contacts.planned)}.`, docs: docsOf(contacts.planned) })

  const agreements = latestAgreements(distinct)
  const allAgreements = distinct.filter((d) => d.best.type === 'agreement' && d.best.status === 'occurred').length
  if (agreements.length) {
    const when = agreements.map((d) => `${formatWhen(d.best.when)}, “${clip(d.best.evidence, 90)}”`).join('; ')
    statements.push({
      topic: 'agreements',
      text: `${allAgreements} agreement${allAgreements === 1 ? '' : 's'} recorded; the latest: ${when}.`,
      docs: docsOf(agreements),
    })
  }

  const heads = nationalHeadline(figures, keys)
  const headline = heads.map((h) => ({ id: h.figure.id, doc: h.figure.doc, sentence: figureSentence(h, name, credit(h.figure)), trend: h.trend }))
  // the summary leads with the two first whole-country figures (a rank within a region reads as a detail)
  const lead = headline.filter((_, i) => !heads[i]!.figure.scope).slice(0, 2)
  if (lead.length) statements.push({ topic: 'figures', text: lead.map((h) => h.sentence).join(' '), docs: [...new Set(lead.map((h) => h.doc))] })

  const byId = new Map(figures.map((f) => [f.id, f]))
  if (conflicts.length) {
    for (const c of conflicts) {
      const members = c.indicators.map((id) => byId.get(id)).filter((f): f is IndicatorResult => !!f)
      const f = members[0]
      const text = f
        ? `Sources disagree on ${humanize(f.indicator).toLowerCase()} ${formatPeriod(f.period).startsWith('as of') ? formatPeriod(f.period) : `for ${formatPeriod(f.period)}`}: ${members.map((m) => `${formatValue(m.value, m.unit, m.bound)} per ${credit(m)}`).join(' against ')}.`
        : `Sources disagree: ${c.note}`
      statements.push({ topic: 'conflicts', text, docs: [...new Set(members.map((m) => m.doc))] })
    }
  } else statements.push({ topic: 'conflicts', text: 'No open conflicts between sources.', docs: [] })

  const counted = tallies(distinct)
  if (counted.length)
    statements.push({ topic: 'counts', text: `Counted over a span: ${counted.map((d) => tallyText(d, name)).join('; ')}.`, docs: docsOf(counted) })

  const weighed = balance(distinct)
  const strainTypes = [...new Set(distinct.filter((d) => /^(09|1\d|20)/.test(d.best.cameo ?? '')).map((d) => d.best.type))]
  statements.push({ topic: 'balance', text: balanceText(weighed, strainTypes), docs: [] })

  return {
    pair,
    countries,
    statements: statements.map((st) => ({ ...st, docs: cited(st.docs) })),
    headline,
    tallies: counted.map((d) => ({ id: d.best.cluster ?? d.best.id, text: tallyText(d, name), doc: d.best.doc })),
    balance: weighed,
    focus: focusSpan(distinct.map((d) => d.best)),
    sources: documents.map((d) => ({ id: d.id, title: d.title, lead: d.lead, outlet: d.outlet, source: d.source, url: d.url, published: d.published })),
  }
}

const clip = clipWords

/** A country the store has no entity for: its common English name. */
function countryName(key: string): string {
  const code = key.replace(/^country:/, '')
  return key.startsWith('country:') ? (isoCountryName(code, 'alias') ?? code) : code
}
