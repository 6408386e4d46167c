import type { Stage } from '../pipeline/stage.js'
import { recognize } from '../pipeline/recognizer.js'
import { TIME_RECOGNIZERS, TIME_REFINERS } from './config.js'
import { dateDocument } from './dating/date-document.js'
import { firstDaysKeeping, watchEarliest } from './first-days.js'
import { parseIsoDay } from './calendar.js'
import { toMention, unanchoredDiagnostic, widened } from './resolve.js'
import { tensesOf } from './tense.js'

/**
 * The time stage: recognize time expressions, read the tense of their
 * clauses, date the document (stated, or inferred from what it reports as
 * done and as still to come), then resolve every expression against that
 * date. Expressions that cannot be anchored keep a null value and a
 * diagnostic.
 */
export const timeStage: Stage = {
  name: 'time',
  run(ctx) {
    const candidates = recognize(ctx, TIME_RECOGNIZERS, TIME_REFINERS)
    const tenses = tensesOf(
      ctx.text,
      ctx.sentences,
      ctx.tokens,
      candidates.map((c) => c.span),
    )
    const dating = dateDocument({
      text: ctx.text,
      statedDate: ctx.meta.statedDate,
      sentences: ctx.sentences,
      candidates,
      tenses,
      hint: ctx.meta.referenceHint,
    })
    ctx.published = dating.published
    ctx.reference = dating.reference
    ctx.diagnostics.push(...dating.diagnostics)
    const earliest = dating.published?.basis === 'inferred' ? dating.published.start : null
    const wide = earliest !== null && wideWindow(earliest, dating.published!.end)
    // Under an inferred window, the expressions that read its first day are noted, to know which first days keep their values.
    const reading: Parameters<typeof firstDaysKeeping>[0][number][] = []
    ctx.times = candidates.map((c, i) => {
      const anchor = { reference: dating.reference, year: null, tense: tenses[i], earliest }
      let read = false
      const read1 = toMention(c, earliest === null ? anchor : watchEarliest(anchor, () => (read = true)))
      // Under a window of months or years, "on Monday" is a Monday somewhere in it, not the one before its last day.
      const mention = wide && c.needs !== 'none' ? widened(read1, c, { ...anchor, reference: earliest, earliest: null }) : read1
      if (read) reading.push({ candidate: c, anchor, value: mention.value })
      if (mention.value === null) ctx.diagnostics.push(unanchoredDiagnostic(mention, c))
      return mention
    })
    ctx.firstDays = earliest !== null && dating.reference !== null ? firstDaysKeeping(reading, dating.reference) : null
    ctx.yearsLentIdle = dating.yearsLentIdle
    ctx.debug(() => `time: ${ctx.times.length} mentions; published ${JSON.stringify(ctx.published)}`)
  },
}

/** Days beyond which an inferred window is too wide to read relative expressions from its last day alone. */
const WIDE_WINDOW_DAYS = 31

function wideWindow(start: string, end: string): boolean {
  return parseIsoDay(end)! - parseIsoDay(start)! > WIDE_WINDOW_DAYS
}
