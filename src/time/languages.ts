/**
 * The languages chrono-node parses (ISO 639-1). Kept apart from the parsers
 * so the CLI can offer them as choices without loading chrono-node.
 */
export const CHRONO_LANGUAGE_CODES = ['en', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pt', 'ru', 'sv', 'uk', 'zh'] as const

export type ChronoLanguage = (typeof CHRONO_LANGUAGE_CODES)[number]
