import { fail, ok } from '../result.js'
import type { IngestItem } from '../result.js'
import type { FormatInput } from './format.js'

/** Plain text: the text is the document, as it is (spans index it exactly). */
export function readText(input: FormatInput): IngestItem[] {
  if (input.text.trim() === '') return [fail(input.source, `${input.source}: the file is empty`, 'ingest:empty')]
  return [ok({ source: input.source, text: input.text, meta: input.url ? { url: input.url } : {}, diagnostics: [...input.diagnostics] })]
}
