import { francAll } from 'franc'

// franc scores are relative to the best guess (1). English news text full of
// foreign names often scores Scots first with English a hair behind; this
// much of the best score is close enough to count as a tie.
const TIE = 0.9
// Trigram statistics settle long before this; sampling keeps big texts cheap.
const SAMPLE_CHARS = 6000

export interface LanguageVerdict {
  /** ISO 639-3 code of the language the text is read as. */
  readonly language: string
  /** True when the text is too short to tell (read as the first supported language). */
  readonly undetermined: boolean
}

/**
 * Which supported language a text is in, or the unsupported language it is
 * in. Texts shorter than `minChars` are not judged (franc misreads short
 * English as Scots or Spanish) and count as the first supported language.
 */
export function detectLanguage(text: string, supported: readonly string[], minChars: number): LanguageVerdict {
  const fallback = supported[0] ?? 'eng'
  const sample = text.slice(0, SAMPLE_CHARS)
  if (sample.replace(/\s+/g, ' ').trim().length < minChars) return { language: fallback, undetermined: true }
  const ranked = francAll(sample, { minLength: minChars })
  const best = ranked[0]
  if (!best || best[0] === 'und') return { language: fallback, undetermined: true }
  const near = ranked.find(([code, score]) => supported.includes(code) && score >= TIE)
  return { language: near ? near[0] : best[0], undetermined: false }
}

export { languageName } from './language-name.js'
