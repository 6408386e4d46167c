import type { Kysely } from 'kysely'
import { articleWindow } from '../events/article-window.js'
import { datedByDocument } from '../indicators/interpret/choose-period.js'
import type { Published, ReferenceHint, TimeInterval, WindowFacts } from '../model/types.js'
import type { Database } from '../store/schema.js'
import { parseIsoDay } from '../time/calendar.js'
import { borrowedDating } from '../time/dating/date-document.js'

/** The columns of a stored document that say how it was dated. */
export interface DatedRow {
  readonly id: string
  readonly published_start: string | null
  readonly published_end: string | null
  readonly published_basis: string | null
  readonly reference_hint: string | null
  readonly window_facts: string | null
}

/**
 * True when a borrowed window re-dates a document's stored records in place,
 * giving what running the pipeline again with it would give. The document
 * was read without a hint (or with a lent year it did not take), from a
 * window it inferred, and the hint keeps the day its relative expressions
 * were read from (the window's last day).
 * With the reference day fixed, the stages read the window in four places
 * only: the time stage's `earliest` (future year-less dates, `relative-day`,
 * `weekday`, `weekend`, `vague-ahead`), events dated by the article
 * (`whenBasis: 'article'`), figures whose period is the window
 * (`periodBasis`), and whether the date is inferred (both are). So the
 * window's new first day must be one that keeps every time mention's value
 * (the run kept those days as `WindowFacts`), and no figure it dates may be
 * told apart from a repeat by its period alone.
 */
export function redatesInPlace(row: DatedRow, hint: ReferenceHint): boolean {
  if (!readWithoutHint(row) || row.published_basis !== 'inferred' || !row.published_start || !row.published_end) return false
  if (hint.year !== undefined || hint.reference !== row.published_end) return false
  if (hint.published.start === row.published_start && hint.published.end === row.published_end) return true
  const facts = factsOf(row)
  if (facts === null) return false
  const first = hint.published.start
  return facts.figuresApart && facts.firstDays.some(([from, to]) => from <= first && first <= to)
}

/**
 * True when running the pipeline again with `hint` (null: none) would give
 * the records stored, so only the hint on the row changes: the records were
 * read without a hint or with a lent year their run found idle, and `hint`
 * is none or a lent year its run found idle (`WindowFacts.yearsLentIdle`).
 * Only the time stage reads a hint, and a lent year it does not take leaves
 * the dating, and all that follows it, as the text alone gives it.
 */
export function hintChangesNothing(row: DatedRow, hint: ReferenceHint | null): boolean {
  return readWithoutHint(row) && (hint === null || idleYear(row, hint))
}

/** Record a hint that changes nothing (`hintChangesNothing`) on its row: the records stay, and the row says it was lent. */
export async function recordIdleHint(trx: Kysely<Database>, row: DatedRow, hint: ReferenceHint | null): Promise<void> {
  await trx
    .updateTable('documents')
    .set({ reference_hint: hint ? JSON.stringify(hint) : null })
    .where('id', '=', row.id)
    .execute()
}

/** The records stored are those of a run without a hint: none was given, or a lent year its run found idle. */
function readWithoutHint(row: DatedRow): boolean {
  return row.reference_hint === null || idleYear(row, JSON.parse(row.reference_hint) as ReferenceHint)
}

/** A lent year the document's run found would not change its date. */
function idleYear(row: DatedRow, hint: ReferenceHint): boolean {
  return hint.year !== undefined && (factsOf(row)?.yearsLentIdle ?? []).includes(hint.year)
}

function factsOf(row: DatedRow): WindowFacts | null {
  return row.window_facts === null ? null : (JSON.parse(row.window_facts) as WindowFacts)
}

/**
 * Re-date one document in place under a borrowed window (`redatesInPlace`
 * holds): its date and hint, its dating diagnostic (naming the companion),
 * the times of events dated by the article and the periods of figures dated
 * by the window. Time mentions, entities and every other record stay.
 */
export async function redateInPlace(trx: Kysely<Database>, row: DatedRow, hint: ReferenceHint): Promise<void> {
  const own = { start: row.published_start!, end: row.published_end! }
  const published: Published = { start: hint.published.start, end: hint.published.end, basis: 'inferred' }
  await trx
    .updateTable('documents')
    .set({ reference_hint: JSON.stringify(hint), published_start: published.start, published_end: published.end })
    .where('id', '=', row.id)
    .execute()
  await trx
    .updateTable('diagnostics')
    .set({ reason: borrowedDating(hint, own).reason })
    .where('doc', '=', row.id)
    .where('rule', '=', 'time:dating')
    .execute()
  if (published.start === own.start && published.end === own.end) return
  for (const table of ['events', 'unasserted_events'] as const) {
    const dated = await trx.selectFrom(table).select(['id', 'when_start', 'when_end']).where('doc', '=', row.id).where('when_basis', '=', 'article').execute()
    for (const e of dated) {
      const when = movedArticleTime({ start: e.when_start!, end: e.when_end! }, own, published, row.id)
      await trx.updateTable(table).set({ when_start: when.start, when_end: when.end, when_granularity: when.granularity }).where('id', '=', e.id).execute()
    }
  }
  const figures = await trx.selectFrom('indicators').select(['id', 'indicator']).where('doc', '=', row.id).where('period_basis', '=', 'window').execute()
  for (const f of figures) {
    const period = datedByDocument(f.indicator, published, hint.reference)!
    await trx
      .updateTable('indicators')
      .set({
        period_start: 'start' in period ? period.start : null,
        period_end: 'end' in period ? period.end : null,
        period_as_of: 'as_of' in period ? period.as_of : null,
      })
      .where('id', '=', f.id)
      .execute()
  }
}

/**
 * An article-dated time under the new window, in the form it had under the
 * old one (a plan's or a report's: article-time.ts). The form is read from
 * the time itself, as a repeat takes its main's time whatever its own status.
 */
function movedArticleTime(when: { start: string; end: string }, from: { start: string; end: string }, to: Published, doc: string): TimeInterval {
  const [s0, e0, s1, e1] = [from.start, from.end, to.start, to.end].map((d) => parseIsoDay(d)!)
  for (const planned of [true, false]) {
    const old = articleWindow(s0, e0, planned)
    if (old.start === when.start && old.end === when.end) return articleWindow(s1, e1, planned)
  }
  throw new Error(`re-dating ${doc}: an event dated by the article has ${when.start} to ${when.end}, neither form of its window ${from.start} to ${from.end}`)
}
