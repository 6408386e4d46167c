import type { Kysely, Migration, MigrationProvider } from 'kysely'
import type { Backend } from '../backend.js'
import * as records from './001-records.js'
import * as documentMeta from './003-document-meta.js'
import * as lookupIndexes from './004-lookup-indexes.js'
import * as resolutionIndexes from './005-resolution-indexes.js'
import * as eventRepeats from './006-event-repeats.js'
import * as seriesOrder from './007-series-order.js'
import * as directedEvents from './008-directed-events.js'
import * as windowFacts from './009-window-facts.js'
import { eventBucketsAcrossPairs } from './010-event-buckets-across-pairs.js'

/**
 * The migrations, provided in code (no file scanning, so they work from
 * `dist/` and from `tsx` alike). Backend-specific steps (full-text search)
 * come from the backend.
 */
export function migrationsFor(backend: Backend): Record<string, Migration> {
  return {
    '001-records': records,
    '002-search': {
      up: (db: Kysely<any>) => backend.createSearchIndex(db),
      down: (db: Kysely<any>) => backend.dropSearchIndex(db),
    },
    '003-document-meta': documentMeta,
    '004-lookup-indexes': lookupIndexes,
    '005-resolution-indexes': resolutionIndexes,
    '006-event-repeats': eventRepeats,
    '007-series-order': seriesOrder,
    '008-directed-events': directedEvents,
    '009-window-facts': windowFacts,
    '010-event-buckets-across-pairs': eventBucketsAcrossPairs(backend),
  }
}

export function migrationProvider(backend: Backend): MigrationProvider {
  return { getMigrations: async () => migrationsFor(backend) }
}
