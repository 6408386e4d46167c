import { detectLanguage } from '../ingest/read.js'
import type { Extraction } from '../model/types.js'
import { processDocument, type ProcessInput } from '../pipeline/run.js'
import type { ExtractInput, ExtractResult } from './extract-pool.js'

/**
 * One document: its language check when asked for, then the pipeline. The
 * same on a worker thread (extract-thread.ts) as in this one, so the
 * results do not depend on the number of threads. Failures are returned.
 */
export function extractOne(input: ExtractInput, process: (input: ProcessInput) => Extraction = processDocument): ExtractResult {
  const { language, ...document } = input
  try {
    if (language) {
      const verdict = detectLanguage(document.text, language.supported, language.minChars)
      if (!language.supported.includes(verdict.language)) return { refusedLanguage: verdict.language }
    }
    return process(document)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}
