import { fail, ok } from '../result.js'
import type { IngestItem } from '../result.js'
import type { FormatInput } from './format.js'
import { DATE_MARKER } from '../../shared/document-label.js'

/**
 * Plain text: the text is the document, as it is (spans index it exactly).
 * A first line that reads as a headline is the title.
 */
export function readText(input: FormatInput): IngestItem[] {
  if (input.text.trim() === '') return [fail(input.source, `${input.source}: the file is empty`, 'ingest:empty')]
  const title = headline(input.text)
  return [ok({ source: input.source, text: input.text, meta: { ...(input.url ? { url: input.url } : {}), ...(title ? { title } : {}) }, diagnostics: [...input.diagnostics] })]
}

/**
 * The first line when it reads as a headline: followed by a line break,
 * 3 to 20 words, at most 160 characters, not ending as a sentence does
 * (a lede paragraph ends with a full stop; a headline does not).
 */
export function headline(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 2)
  if (lines.length < 2) return null
  // A scraped "date 2023-07-28" marker or a list bullet before it is not part of the headline.
  const first = lines[0]!.trim().replace(DATE_MARKER, '').replace(/^[-–•*]\s+/, '')
  if (first.length === 0 || first.length > 160 || /[.;:,]$/.test(first)) return null
  const words = first.split(/\s+/).length
  return words >= 3 && words <= 20 ? first : null
}
