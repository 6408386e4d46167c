import type { IndicatorRec } from '../api/types.js'
import { clipWords } from '../../../src/shared/clip.js'
import { scopeSuffix } from '../../../src/shared/scope.js'
import { formatFigure, formatPeriod, humanize } from '../lib/format.js'
import { href } from '../lib/router.js'
import { evidenceHref } from './event-table.js'

/** One headline figure: value, what and when, who says so, link to the sentence. */
export function FigureCard({ r, pair }: { r: IndicatorRec; pair: string }) {
  const who = [r.subject?.name, r.counterpart?.name].filter(Boolean).join(' → ')
  return (
    <article class="figure-card">
      <h3>{humanize(r.indicator)}{scopeSuffix(r)}</h3>
      <p class="figure-value">{formatFigure(r)}</p>
      <p class="figure-meta">{formatPeriod(r.period)}{who ? ` · ${who}` : ''}</p>
      {r.quote && <p class="figure-quote">“{clipWords(r.quote, 170)}”</p>}
      <p class="figure-source">
        Source: {r.source ? <a href={href('entities', r.source.id, { pair })}>{r.source.name}</a> : <span class="muted">not named in the text</span>}
        {r.doc && <> · <a href={evidenceHref(r.doc, r.id, r.span, pair)}>Evidence</a></>}
      </p>
    </article>
  )
}
