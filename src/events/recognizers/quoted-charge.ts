import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { CHARGED_DOING } from '../lexicon/entries.js'
import { groupSpan, locate, makeEvent, sideIn } from '../make-event.js'

// A quotation opening its sentence, then who said it: '"Belgrade is deliberately escalating
// tensions," Kosovo's prime minister said'. bounded: the quotation (200) and the speaker (80).
const PATTERN = /["“](?<quote>[^"“”\n]{5,200}?)[,.]?["”],?[ \t](?<speaker>[^"“”.;\s][^"“”.;\n]{0,79}?)[ \t](?:said|says|told|added|wrote|warned|insisted)\b/dgu
const CHARGE = new RegExp(`^(?<side>${CHARGED_DOING})`, 'du')

/**
 * A charge quoted before its speaker: the side the quotation names as
 * doing what it is charged with is accused (CAMEO 112) by the speaker's
 * side. The reported form ("X said Belgrade was escalating") is the
 * lexicon's.
 */
export const quotedCharge: Recognizer<EventDraft> = {
  name: 'quoted-charge',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    // The quotation opens its sentence: a quoted phrase inside one is someone's label, not the charge.
    if (!info || ctx.text.slice(info.sentence.span.start, match.index).trim() !== '') return null
    const quote = groupSpan(match, 'quote')
    const charge = CHARGE.exec(ctx.text.slice(quote.start, quote.end))
    if (!charge) return null
    const target = sideIn(ctx, info, { start: quote.start, end: quote.start + charge[0].length })
    const source = sideIn(ctx, info, groupSpan(match, 'speaker')).filter((k) => !target.includes(k))
    if (target.length === 0 || source.length === 0) return null
    const draft = makeEvent(ctx, {
      type: 'accusation',
      ruleId: 'events:quoted-charge',
      trigger: { start: quote.start, end: quote.start + charge[0].length },
      roles: 'parties',
      actors: [...source, ...target],
      speech: true,
    })
    return draft ? { ...draft, source, target } : null
  },
}
