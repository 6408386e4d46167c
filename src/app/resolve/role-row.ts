import type { Role } from '../../model/types.js'

/** The stored row of one role of a resolved entity. */
export function roleRow(id: string, entity: string, r: Role) {
  return {
    id,
    entity,
    title: r.title,
    org: r.org ?? null,
    country: r.country ?? null,
    doc: r.doc,
    span_start: r.span.start,
    span_end: r.span.end,
    when_start: r.when?.start ?? null,
    when_end: r.when?.end ?? null,
    when_granularity: r.when?.granularity ?? null,
    qualifier: r.qualifier ?? null,
  }
}
