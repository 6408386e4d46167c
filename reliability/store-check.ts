import Database from 'better-sqlite3'

/** What a store holds, for comparing two stores. */
export interface StoreSnapshot {
  readonly integrity: string
  /** Rows whose document (or event, or record) is missing. */
  readonly orphans: Record<string, number>
  readonly counts: Record<string, number>
  readonly documents: string[]
  readonly events: string[]
  readonly indicators: string[]
  /** Cross-document resolution: event -> cluster, and conflict ids. */
  readonly clusters: string[]
  readonly conflicts: string[]
  readonly entities: string[]
}

const TABLES = ['documents', 'diagnostics', 'time_mentions', 'entity_mentions', 'doc_entities', 'entity_blocks', 'entity_links', 'entities', 'entity_aliases', 'entity_roles', 'events', 'event_actors', 'indicators', 'conflicts', 'conflict_members', 'search_index']

const ORPHANS: Record<string, string> = {
  diagnostics: 'select count(*) n from diagnostics where doc not in (select id from documents)',
  time_mentions: 'select count(*) n from time_mentions where doc not in (select id from documents)',
  entity_mentions: 'select count(*) n from entity_mentions where doc not in (select id from documents)',
  doc_entities: 'select count(*) n from doc_entities where doc not in (select id from documents)',
  entity_links: 'select count(*) n from entity_links where doc not in (select id from documents)',
  events: 'select count(*) n from events where doc not in (select id from documents)',
  event_actors: 'select count(*) n from event_actors where event not in (select id from events)',
  indicators: 'select count(*) n from indicators where doc not in (select id from documents)',
  conflict_members: 'select count(*) n from conflict_members where record not in (select id from events union select id from indicators)',
  search_index: 'select count(*) n from search_index where doc not in (select id from documents)',
  entity_roles: 'select count(*) n from entity_roles where doc not in (select id from documents)',
}

/** Open read-only and read the integrity check, orphans, counts and ids. */
export function snapshotStore(path: string): StoreSnapshot {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    db.pragma('busy_timeout = 10000')
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ')
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    const col = (sql: string) => (db.prepare(sql).all() as { v: string }[]).map((r) => r.v)
    const orphans = Object.fromEntries(Object.entries(ORPHANS).map(([k, sql]) => [k, one(sql)]))
    const counts = Object.fromEntries(TABLES.map((t) => [t, one(`select count(*) n from ${t}`)]))
    return {
      integrity,
      orphans,
      counts,
      documents: col('select id v from documents order by id'),
      events: col('select id v from events order by id'),
      indicators: col('select id v from indicators order by id'),
      clusters: col("select id || '>' || coalesce(cluster, '-') v from events order by id"),
      conflicts: col('select id v from conflicts order by id'),
      entities: col('select key v from entities order by key'),
    }
  } finally {
    db.close()
  }
}

/** Names of the parts where two snapshots differ (empty when equal). */
export function differences(a: StoreSnapshot, b: StoreSnapshot): string[] {
  const out: string[] = []
  for (const k of ['documents', 'events', 'indicators', 'clusters', 'conflicts', 'entities'] as const) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${k} (${a[k].length} vs ${b[k].length})`)
  }
  for (const t of Object.keys(a.counts)) if (a.counts[t] !== b.counts[t]) out.push(`count ${t} ${a.counts[t]} vs ${b.counts[t]}`)
  return out
}

/** Sum of orphan rows. */
export function orphanTotal(s: StoreSnapshot): number {
  return Object.values(s.orphans).reduce((a, b) => a + b, 0)
}
