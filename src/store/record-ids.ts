import type { Span } from '../model/types.js'
import { recordId } from '../util/ids.js'

/**
 * Stable record ids for one document (src/util/ids.ts recordId), made
 * unique by a counter suffix when two records share kind, span and extra
 * (two events of one type read from one sentence). Call in record order:
 * the same extraction always gets the same ids.
 */
export function uniqueRecordIds(doc: string): (kind: string, span: Span, extra: string) => string {
  const seen = new Set<string>()
  return (kind, span, extra) => {
    let id = recordId(doc, kind, span, extra)
    for (let n = 2; seen.has(id); n++) id = recordId(doc, kind, span, `${extra}#${n}`)
    seen.add(id)
    return id
  }
}
