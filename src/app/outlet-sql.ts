import { sql } from '../store/kysely.js'
import { documentIdentity, type DocumentIdentity } from './document-identity.js'

// Credit lines sit at the very start or end of a text: read only those
// stretches, so listing documents never loads whole texts.
export const OUTLET_EDGE = 600

/** Columns `meta`, `head` and `tail` of `documents`: what documentIdentity reads besides title and url. */
export const outletColumns = [
  sql<string | null>`documents.meta`.as('outlet_meta'),
  sql<string>`substr(documents.text, 1, ${sql.lit(OUTLET_EDGE)})`.as('outlet_head'),
  sql<string>`substr(documents.text, case when length(documents.text) > ${sql.lit(OUTLET_EDGE)} then length(documents.text) - ${sql.lit(OUTLET_EDGE - 1)} else 1 end)`.as(
    'outlet_tail',
  ),
] as const

/** Title, lead and outlet of a row selected with `title`, `url` and outletColumns. */
export function identityOfRow(r: {
  title: string | null
  url: string | null
  outlet_meta: string | null
  outlet_head: string
  outlet_tail: string
}): DocumentIdentity {
  return documentIdentity({ title: r.title, url: r.url, meta: r.outlet_meta, head: r.outlet_head, tail: r.outlet_tail })
}
