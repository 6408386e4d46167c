import type { Conflict, Extraction, Published, Span } from '../../model/types.js'

/** The JSON structure that `../shared/eval/score.py` reads (see eval README). */
export interface ScoredExport {
  documents: {
    id: string
    source: string
    url: string | null
    title: string | null
    text: string
    published: Published | null
    diagnostics: Extraction['diagnostics']
    /** Extra fields the store knows (the scorer ignores them). */
    language?: string | null
    pair?: string | null
    version?: number
  }[]
  entities: {
    id: string
    name: string
    type: string
    country: string | null
    aliases: string[]
    roles: { title: string; doc: string; span: Span; org: string | null; when: unknown; qualifier: string | null }[]
  }[]
  events: Record<string, unknown>[]
  /** Negated, denied and hypothetical event mentions, with their modality: never among `events`. */
  unasserted_events?: Record<string, unknown>[]
  indicators: Record<string, unknown>[]
  conflicts: (Conflict & { id?: string })[]
}
