import type { Diagnostic } from '../../model/types.js'
import type { ResolvedOptions } from '../options.js'
import type { IngestItem } from '../result.js'

/** Decoded content handed to a format reader. */
export interface FormatInput {
  /** Absolute path or URL the content came from. */
  readonly source: string
  readonly text: string
  /** Diagnostics so far (encoding), to carry into every document. */
  readonly diagnostics: readonly Diagnostic[]
  /** The URL the content was fetched from (after redirects), if any. */
  readonly url: string | null
  readonly options: ResolvedOptions
}

/** Turns decoded content into documents and failures (a feed or JSONL file yields many). */
export type FormatReader = (input: FormatInput) => Promise<IngestItem[]> | IngestItem[]
