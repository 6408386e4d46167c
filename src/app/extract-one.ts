import { detectLanguage } from '../ingest/language.js'
import type { Extraction } from '../model/types.js'
import { CodeError } from '../pipeline/crash.js'
import { processDocument, type ProcessInput } from '../pipeline/run.js'
import type { ExtractInput, ExtractResult } from './extract-pool.js'

/**
 * One document: its language check when asked for, then the pipeline. The
 * same on a worker thread (extract-thread.ts) as in this one, so the
 * results do not depend on the number of threads. Failures are returned:
 * one with a rule of its own (the budget, a rule that threw) as it is,
 * anything else the extraction threw as a code error of the pipeline.
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
    if (error instanceof Error && typeof (error as { ruleId?: unknown }).ruleId === 'string') return error
    return new CodeError(null, null, error instanceof Error ? error.message : String(error))
  }
}
