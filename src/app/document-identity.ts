// What a document is called and who published it, wherever it is cited. The
// title stored at ingest is the first line that looks like a headline; on a
// scraped page that line can be the outlet's masthead ("Fjord Wire, en
// Español"), an agency's credit ("Pacific News Service") or a dateline ("Apia,
// Samoa") or a date ("May 3, 2024"). Those name the publisher or the place, not the story: the
// publisher becomes the outlet and the story's own headline (or lead) the title.
import { BULLET, leadOf } from '../shared/document-label.js'
import { documentOutlet, mastheadName, OUTLET_NAME, type OutletInput } from './outlet.js'
import { countryKey } from './pair.js'

export interface DocumentIdentity {
  readonly title: string | null
  /** The first words of the lead, when there is no title. */
  readonly lead: string | null
  readonly outlet: string | null
}

// A dateline standing as a first line: a place and its country ("Apia, Samoa").
const DATELINE = new RegExp(String.raw`^(${OUTLET_NAME}),\s*(${OUTLET_NAME})$`, 'u')
// A line naming only a place and a day, or a time stamp: "Apia, May 3", "Thursday, March 7th 2024 - 10:05 UTC", "May 3, 2024".
const STAMP =
  /^(?:[\p{Lu}][\p{L} .'’-]{0,40},\s*)?(?:\p{L}+,?\s+)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+)(?:,?\s+\d{4})?(?:(?:\s*[-–—|,]\s*|\s+)\d{1,2}:\d{2}(?:\s*(?:UTC|GMT|[AP]M))?)?$|\b\d{1,2}:\d{2}\s*(?:UTC|GMT)$/u
// Lines read below a masthead for the story's headline.
const LINES_BELOW = 8

/** The outlet a stored title names instead of a story, or the empty string for a dateline or a date; null for a real title. */
export function publisherLine(title: string): string | null {
  const outlet = mastheadName(title)
  if (outlet) return outlet
  const dateline = DATELINE.exec(title)
  if (dateline && isCountry(dateline[2]!) && !isCountry(dateline[1]!)) return ''
  return STAMP.test(title) ? '' : null
}

function isCountry(name: string): boolean {
  try {
    return /^[A-Za-z]{2,3}$/.test(name) ? false : Boolean(countryKey(name))
  } catch {
    return false
  }
}

/**
 * Title, lead and outlet of a document from what ingest stored: a title
 * that is a masthead, a credit or a dateline gives way to the headline
 * below it (time stamps and datelines skipped), or to the lead.
 */
export function documentIdentity(d: OutletInput & { readonly title: string | null }): DocumentIdentity {
  const head = d.head ?? ''
  const publisher = d.title === null ? null : publisherLine(d.title)
  if (publisher === null) return { title: d.title, lead: d.title ? null : leadOf(head), outlet: documentOutlet(d) }
  const below = textBelow(head, d.title!)
  const title = headlineOf(below)
  return {
    title,
    lead: title ? null : leadOf(below),
    outlet: documentOutlet({ ...d, masthead: publisher || null }),
  }
}

/** The opening text after the line holding `title`, time stamps and blank lines dropped. */
function textBelow(head: string, title: string): string {
  const at = head.indexOf(title)
  const rest = at < 0 ? head : head.slice(at + title.length)
  const lines = rest.split(/\r?\n/)
  let i = 0
  for (let read = 0; i < lines.length && read < LINES_BELOW; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    read++
    if (!STAMP.test(line)) break
  }
  return lines.slice(i).join('\n')
}

/**
 * The first line of `text` when it reads as a headline, by the rule ingest
 * titles plain text with (src/ingest/formats/text.ts; not imported, so read
 * commands load no ingest code): 3 to 20 words, at most 160 characters, not
 * ending as a sentence or a clause does, followed by more text.
 */
function headlineOf(text: string): string | null {
  const [first = '', ...rest] = text.trimStart().split(/\r?\n/)
  const line = first.trim().replace(BULLET, '')
  const words = line.split(/\s+/).filter(Boolean).length
  if (rest.length === 0 || line.length > 160 || /[.!?;:,]$/.test(line)) return null
  return words >= 3 && words <= 20 ? line : null
}
