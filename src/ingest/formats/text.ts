import { fail, ok } from '../result.js'
import type { IngestItem } from '../result.js'
import type { FormatInput } from './format.js'
import { BULLET, DATE_MARKER, PAGE_FURNITURE } from '../../shared/document-label.js'

/**
 * Plain text: the text is the document, as it is (spans index it exactly).
 * A first line that reads as a headline is the title.
 */
export function readText(input: FormatInput): IngestItem[] {
  if (input.text.trim() === '') return [fail(input.source, `${input.source}: the file is empty`, 'ingest:empty')]
  const title = headline(input.text)
  return [
    ok({
      source: input.source,
      text: input.text,
      meta: { ...(input.url ? { url: input.url } : {}), ...(title ? { title } : {}) },
      diagnostics: [...input.diagnostics],
    }),
  ]
}

// Page furniture a scrape can keep above the headline: a link or section name
// of one or two words ("Contact Us", "World", "Kenya"). Looked past for at most
// this many lines, so a headline lower down is a headline of the page top only.
const NAVIGATION_LINE = /^\S+(?:\s+\S+)?$/
const MAX_NAVIGATION_LINES = 3

/**
 * The first line when it reads as a headline: followed by a line break,
 * 3 to 20 words, at most 160 characters, not ending as a sentence does
 * (a lede paragraph ends with a full stop; a headline does not). One- and
 * two-word navigation lines and page furniture before it are skipped.
 */
export function headline(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 2 * MAX_NAVIGATION_LINES + 2)
  let skipped = 0
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!.trim().replace(DATE_MARKER, '')
    if (line === '') continue
    const furniture = PAGE_FURNITURE.test(line)
    const title = furniture ? null : headlineLine(line)
    if (title) return title
    if (!(furniture || NAVIGATION_LINE.test(line)) || /[.!?]$/.test(line) || ++skipped > MAX_NAVIGATION_LINES) return null
  }
  return null
}

/** A line that reads as a headline, cleaned of a date marker and a bullet; else null. */
function headlineLine(line: string): string | null {
  // A scraped "date 2023-07-28" marker or a list bullet before it is not part of the headline.
  const first = line.replace(DATE_MARKER, '').replace(BULLET, '')
  if (first.length === 0 || first.length > 160 || /[.;:,]$/.test(first)) return null
  const words = first.split(/\s+/).length
  return words >= 3 && words <= 20 ? first : null
}
