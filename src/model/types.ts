/**
 * The shared vocabulary of Dyad. Every stage reads and writes these shapes;
 * this module imports nothing.
 *
 * Offsets are JavaScript string offsets (UTF-16 code units) into the stored
 * document text, end exclusive. Dates are ISO strings `YYYY-MM-DD`.
 */

/** A half-open range `[start, end)` of the document text. */
export interface Span {
  readonly start: number
  readonly end: number
}

export type Severity = 'info' | 'warning' | 'error'

/** A positioned message about content, in the spirit of vfile messages. */
export interface Diagnostic {
  readonly reason: string
  /** Which rule or stage said it, e.g. `time:dating` or `ingest:empty`. */
  readonly ruleId: string
  readonly severity: Severity
  readonly span?: Span
  /** A fatal diagnostic means the document could not be processed. */
  readonly fatal?: boolean
}

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'range' | 'duration' | 'instant'

/** A closed interval of days, both ends inclusive. */
export interface TimeInterval {
  readonly start: string
  readonly end: string
  readonly granularity: Granularity
}

/** When a document was published: stated in it, or inferred as a window. */
export interface Published {
  readonly start: string
  readonly end: string
  readonly basis: 'stated' | 'inferred'
}

/** Metadata that ingest may know before any text is read. */
export interface DocumentMeta {
  readonly title?: string | null
  readonly url?: string | null
  readonly author?: string | null
  /** The publishing site's own name (HTML og:site_name), for citing the outlet. */
  readonly siteName?: string | null
  /** A date stated by the container (HTML meta, feed item), ISO day. */
  readonly statedDate?: string | null
  /**
   * A date borrowed from another document that reports the same event
   * (cross-document dating, src/resolve/dating.ts): used by the time stage
   * when the text states no date of its own.
   */
  readonly referenceHint?: ReferenceHint | null
}

/** A publication window and reference day worked out from companion documents. */
export interface ReferenceHint {
  readonly reference: string
  readonly published: Published
  readonly reasoning: string
  /**
   * Only a year is lent ("January 23" and "Thursday, Jan. 5" read in it):
   * the window then comes from the content as usual; `published` and
   * `reference` (the whole year, its last day) stand when the content gives none.
   */
  readonly year?: number
}

/** A unit of input after ingest: text plus where it came from. */
export interface SourceDocument {
  /** Path or URL; its base name is what evaluation matches. */
  readonly source: string
  readonly text: string
  readonly meta: DocumentMeta
  /** Problems found while reading the input (encoding, extraction). */
  readonly diagnostics: readonly Diagnostic[]
}

/** A stored, processed document. */
export interface Document {
  /** Stable id derived from the content hash. */
  readonly id: string
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly text: string
  readonly hash: string
  readonly published: Published | null
  readonly language: string | null
  readonly diagnostics: readonly Diagnostic[]
}

export interface Sentence {
  readonly index: number
  readonly span: Span
}

export interface Token {
  readonly span: Span
  readonly text: string
  /** Universal part-of-speech tag from wink-nlp (NOUN, PROPN, VERB, AUX, ...). */
  readonly pos: string
  readonly sentence: number
}

/** A time expression found in the text. */
export interface TimeMention {
  readonly kind: 'time'
  readonly span: Span
  readonly text: string
  /** Null when the expression cannot be anchored (reported, never guessed). */
  readonly value: TimeInterval | null
  /** True for as-of points ("as of October 2024", "by the end of 2023"). */
  readonly asOf?: boolean
  readonly ruleId: string
}

/** The kinds of entity, as stored. */
export const ENTITY_TYPES = ['country', 'person', 'party', 'organization', 'mechanism', 'initiative', 'place', 'group'] as const

export type EntityType = (typeof ENTITY_TYPES)[number]

/**
 * A mention of an actor. `key` identifies the real entity across the
 * document (e.g. `country:VN`, `person:nguyen phu trong`); resolution across
 * documents merges keys.
 */
export interface EntityMention {
  readonly kind: 'entity'
  readonly span: Span
  readonly text: string
  readonly type: EntityType
  readonly key: string
  /** Canonical display name of the entity this mention refers to. */
  readonly name: string
  /** ISO 3166-1 alpha-2 of the country the entity belongs to, when known. */
  readonly country?: string | null
  readonly ruleId: string
}

/** A title held by a person, as the text states it. */
export interface Role {
  readonly title: string
  /** Entity key of the organization or country the title belongs to. */
  readonly org?: string | null
  readonly country?: string | null
  readonly doc: string
  readonly span: Span
  /** The time the text says the role was held, when it says. */
  readonly when?: TimeInterval | null
  readonly qualifier?: 'former' | 'then' | 'current' | 'elect' | null
}

/** A real entity with every name it goes by. */
export interface Entity {
  readonly key: string
  readonly name: string
  readonly type: EntityType
  readonly aliases: readonly string[]
  readonly country?: string | null
  readonly roles: readonly Role[]
}

/** Every event type Dyad reports; codes per type and subtype in src/events/codes.ts. */
export const EVENT_TYPES = [
  'visit',
  'talks',
  'meeting',
  'phone_call',
  'summit',
  'agreement',
  'award',
  'aid',
  'statement',
  'relations_milestone',
  'protest',
  'accusation',
  'sanction',
  'demand',
  'rejection',
  'threat',
  'expulsion',
  'arrest',
  'incident',
  'military_action',
  'cooperation',
  'yield',
  'investigation',
] as const

export type EventType = (typeof EVENT_TYPES)[number]

export type EventStatus = 'occurred' | 'planned'

/**
 * Whether the text asserts the event: `asserted` (it happened or is
 * planned), `reported_intent` ("said it would impose"), or one of the
 * readings that must never be reported as an event: `negated` ("did not
 * sign"), `denied` ("denied sending troops"), `hypothetical` ("would impose
 * sanctions if").
 */
export type EventModality = 'asserted' | 'reported_intent' | 'negated' | 'denied' | 'hypothetical'

/** One mention of an event in one document. */
export interface EventMention {
  readonly kind: 'event'
  readonly type: EventType
  readonly cameo: string
  readonly plover: string
  /** Entity keys of the participants. */
  readonly actors: readonly string[]
  /** For directed events: who acts (accuses, sanctions, gives) and on whom; subsets of `actors`. */
  readonly sourceActors?: readonly string[]
  readonly targetActors?: readonly string[]
  /** Absent means asserted. */
  readonly modality?: EventModality
  readonly host?: string | null
  readonly place?: string | null
  readonly when: TimeInterval | null
  /**
   * How `when` was reached: stated in the event's own clause, read from the
   * clause embedding it (a reporting clause, another clause of the
   * sentence), inherited from an enclosing event, or the article's date.
   */
  readonly whenBasis?: 'stated' | 'embedding' | 'inherited' | 'article'
  readonly status: EventStatus
  readonly count: number | null
  /** The evidence: the clause or sentence that states the event. */
  readonly span: Span
  /** The word or phrase that triggered the recognizer. */
  readonly trigger: Span
  readonly ruleId: string
  /**
   * Set on a restatement of an event already reported in the document (a
   * headline, "this was his seventh visit"): the evidence span of the main
   * mention. Such a record is dated like its main and clusters with it; views
   * that count real events skip it.
   */
  readonly repeatOf?: Span | null
}

export type Bound = 'exact' | 'lower' | 'upper' | 'approx'

/** A year, a range of days, or an as-of point for stocks. */
export type Period = { readonly start: string; readonly end: string } | { readonly as_of: string }

/** One stated figure in one document. */
export interface IndicatorMention {
  readonly kind: 'indicator'
  readonly indicator: string
  /** Entity keys. */
  readonly subject: string | null
  readonly counterpart: string | null
  readonly scope: string | null
  readonly value: number
  /** ISO 4217 code, or percent, count, rank, doses, tonnes, ... */
  readonly unit: string
  readonly bound: Bound
  readonly period: Period | null
  /** Entity key of the source the sentence credits. */
  readonly source: string | null
  readonly span: Span
  /** For a converted amount in parentheses: the span of the original figure. */
  readonly convertedFrom?: Span | null
  readonly ruleId: string
  /**
   * `window`: no phrase dates the figure and its period is read from the
   * document's inferred window (a stock as of it, the value of a deal made
   * in it), so a borrowed window re-dates it (src/app/redate.ts).
   */
  readonly periodBasis?: 'window'
}

/** Everything the pipeline read out of one document. */
export interface Extraction {
  readonly published: Published | null
  readonly language: string | null
  readonly sentences: readonly Sentence[]
  readonly times: readonly TimeMention[]
  readonly entities: readonly EntityMention[]
  /** Entities as known within this document (names, aliases, roles). */
  readonly actors: readonly Entity[]
  readonly events: readonly EventMention[]
  /** Event mentions the text does not assert (negated, denied, hypothetical): kept apart, never counted as events. */
  readonly unassertedEvents?: readonly EventMention[]
  readonly indicators: readonly IndicatorMention[]
  readonly diagnostics: readonly Diagnostic[]
  /** For a document dated by an inferred window: what re-dating it in place needs (null otherwise). */
  readonly windowFacts?: WindowFacts | null
}

/**
 * What a document's records owe to the first day of its inferred window,
 * kept at its run so that a window borrowed later with the same reference
 * day re-dates the stored records in place instead of running the pipeline
 * again (src/app/redate.ts). Events dated by the article (`whenBasis`) and
 * figures dated by the window (`periodBasis`) say so themselves.
 */
export interface WindowFacts {
  /**
   * The first days, as runs [from, to] (ISO, inclusive) among the
   * FIRST_DAYS_CHECKED days before the reference and the reference itself,
   * that give every time mention the value it has.
   */
  readonly firstDays: readonly (readonly [string, string])[]
  /**
   * False when a figure dated by the window and one that is not agree on all
   * but their period: which repeat is dropped then depends on the window.
   */
  readonly figuresApart: boolean
  /**
   * For a text naming dates without their year: the years that, lent by the
   * documents of its pair (a hint with `year`), would leave its date as the
   * text alone gives it (src/time/dating/date-document.ts); among those its
   * window spans, the only ones lent. Such a hint changes no record and is
   * only recorded on the row. Absent when none, and on rows written before.
   */
  readonly yearsLentIdle?: readonly number[]
}

/** A group of indicator claims about one quantity, or event claims. */
export interface Conflict {
  readonly kind: 'conflict' | 'change_over_time' | 'agreement'
  readonly about: string
  readonly note: string
  /** Stored record ids. */
  readonly indicators: readonly string[]
  readonly events: readonly string[]
}
