import type { SourceDocument } from '../model/types.js'

/** Why one input could not be read; the rest of the work goes on. */
export interface IngestFailure {
  /** The file path or URL (and, inside it, the line or item) that failed. */
  readonly source: string
  readonly reason: string
  /** Stable rule id, e.g. `ingest:empty`, `ingest:language`, `ingest:timeout`. */
  readonly ruleId: string
}

export type IngestItem = { readonly ok: true; readonly doc: SourceDocument } | { readonly ok: false; readonly failure: IngestFailure }

/** Rule id of the item a URL yields when the server answered 304 Not Modified. */
export const UNCHANGED_RULE = 'ingest:unchanged'

/** A failure item. */
export function fail(source: string, reason: string, ruleId: string): IngestItem {
  return { ok: false, failure: { source, reason, ruleId } }
}

/** A document item. */
export function ok(doc: SourceDocument): IngestItem {
  return { ok: true, doc }
}

/**
 * True for the item a URL yields when it has not changed since the last
 * fetch (HTTP 304): not an error, just nothing new to read.
 */
export function isUnchanged(item: IngestItem): boolean {
  return !item.ok && item.failure.ruleId === UNCHANGED_RULE
}
