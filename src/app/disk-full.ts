/** Rule id of a document (or resolution) not stored because the store's disk is full. */
export const DISK_FULL_RULE = 'ingest:disk-full'

/** Rule id of a resolution left undone (the documents are stored; the next ingest resolves them). */
export const RESOLVE_RULE = 'ingest:resolve'

/** SQLite's SQLITE_FULL, the file system's ENOSPC, PostgreSQL's disk_full (53100). */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return (
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    code === '53100' ||
    (error instanceof Error && /database or disk is full|no space left on device/i.test(error.message))
  )
}

/** The failure of a document not stored for lack of room; `detail` says what happened ("not tried after X", the error). */
export function diskFullFailure(source: string, detail: string): { source: string; reason: string; ruleId: string } {
  return { source, reason: `${source}: not stored: the store's disk is full (${detail})`, ruleId: DISK_FULL_RULE }
}
