/**
 * The read service: what the API's routes, the CLI's read commands and
 * (through the API) the dashboard read from a store; they are adapters over
 * these functions and open no tables themselves. The brief and the summary
 * read through ../query, on the same where-clauses, pair parser and timeline
 * rule (docs/store.md, "Reading the store").
 */
export { listEvents, getEventRow, eventRecords, type EventFilters } from './events.js'
export { getCluster, summarizeClusters, timeline, TIMELINE_MAX_MENTIONS, type TimelineOptions } from './clusters.js'
export { listDocuments, getDocument, documentRecords, type DocumentFilters } from './documents.js'
export { listEntities, getEntity, roleTitles, type EntityFilters } from './entities.js'
export { findIndicators, listConflicts, conflictsOf, type IndicatorFilters } from './indicators.js'
export { buildSeries } from './series.js'
export { stats } from './stats.js'
export { monthlyBalance } from './balance.js'
export { searchText } from './search.js'
export { storeReachable } from './health.js'
export { resolveActor } from '../query/filters.js'
export { listPairs } from '../query/summary.js'
export type { Db } from './db.js'
