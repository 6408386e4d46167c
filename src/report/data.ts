import { countryName as isoCountryName } from '../app/pair.js'
import type { Kysely } from 'kysely'
import { getDocument, listDocuments, monthlyBalance } from '../app/read/index.js'
import { allEntityNames, listConflicts, listEvents, listIndicators, readPair, type Pair } from '../app/query/index.js'
import { relationshipSummary, type RelationshipSummary } from '../app/relationship/index.js'
import { sentenceAround } from '../shared/sentence.js'
import type { EventResult, IndicatorResult } from '../app/query/index.js'
import type { DocumentSummary, MonthBalance } from '../app/read/records.js'
import type { Database } from '../app/store.js'

/** A document as the brief cites it: title, outlet, date, where it is. */
export type CitedDocument = Pick<DocumentSummary, 'id' | 'source' | 'url' | 'title' | 'lead' | 'outlet' | 'published'>

export type BriefEvent = EventResult
export type BriefFigure = IndicatorResult

export interface BriefConflict {
  id: string
  kind: string
  about: string
  note: string
  indicators: string[]
  events: string[]
}

/** Everything a brief shows, read from the store for one country pair. */
export interface BriefData {
  /** Stored pair key, `country:CN,country:VN`. */
  pair: string
  /** Display names of the two countries, in the order the user typed them. */
  countries: [string, string]
  documents: CitedDocument[]
  events: BriefEvent[]
  figures: BriefFigure[]
  conflicts: BriefConflict[]
  /** Entity key -> display name. */
  names: Map<string, string>
  /** Where the relationship stands: the summary the dashboard and `dyad summary --pair` show. */
  summary?: RelationshipSummary
  /** Cooperative and conflictual events per month (the read service's monthlyBalance). */
  balance?: MonthBalance[]
  /** When the brief was made (ISO), stamped in the footer. */
  generated: string
}

/**
 * Load a pair's records through the application's queries (the same
 * functions the CLI and API use). The pair is as typed (`VN,CN`,
 * `Vietnam,China`) or read; its order names the countries.
 */
export async function loadBriefData(db: Kysely<Database>, asked: string | Pair, now: Date = new Date()): Promise<BriefData> {
  const given = typeof asked === 'string' ? readPair(asked) : asked
  const pair = given.stored
  const [documents, events, figures, conflicts, names, summary, balance] = await Promise.all([
    listDocuments(db, { pair: given }, undefined, 0, 'source').then((d) => d.items),
    listEvents(db, { pair }),
    listIndicators(db, { pair }),
    listConflicts(db, { pair }),
    allEntityNames(db),
    relationshipSummary(db, given),
    monthlyBalance(db, given),
  ])
  // a figure's span is the number itself; quote the sentence that states it
  const texts = new Map<string, string>()
  for (const d of documents) texts.set(d.id, (await getDocument(db, d.id))?.text ?? '')
  const quoted = figures.map((f) => {
    const text = texts.get(f.doc)
    return text ? { ...f, evidence: sentenceAround(text, f.span.start, f.span.end) || f.evidence } : f
  })
  // the user's order: VN,CN reads "Vietnam – China"
  const countries = given.keys.map((k) => names.get(k) ?? countryName(k)) as [string, string]
  return {
    pair,
    countries,
    documents,
    events,
    figures: quoted,
    conflicts: conflicts.map((c) => ({ id: c.id, kind: c.kind, about: c.about, note: c.note, indicators: [...c.indicators], events: [...c.events] })),
    names,
    summary,
    balance,
    generated: now.toISOString(),
  }
}

/** A country the store has no entity for yet: its common English name from the ISO list. */
function countryName(key: string): string {
  const code = key.replace(/^country:/, '')
  return isoCountryName(code, 'alias') ?? code
}
