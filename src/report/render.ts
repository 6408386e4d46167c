import type { BriefData } from './data.js'
import { day, esc } from './format.js'
import { isTally } from '../app/relationship/index.js'
import {
  chronologyTable,
  citer,
  conflictsSection,
  figuresTable,
  headlineSentences,
  latestSection,
  sourcesList,
  summarySection,
  talliesLine,
} from './sections.js'
import { chronological, distinctEvents, headlineFigures, latestEvents } from './select.js'
import { BRIEF_CSS } from './style.js'
import { timelineSvg } from './timeline-svg.js'
import { balanceSection } from './balance.js'

const DAY = 86_400_000

// The brief is opened from disk or a mail, where no server sends headers: the
// policy rides in a meta tag. Nothing but the inline style may load or run, so
// a hostile string that slipped past escaping still cannot script the page.
export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/**
 * The brief as one self-contained HTML file: inline CSS, inline SVG, no
 * script, no external resource, so it opens from disk, mails and prints.
 */
export function renderBrief(data: BriefData): string {
  const cite = citer(data)
  const distinct = distinctEvents(data.events)
  const dated = chronological(distinct)
  // counts over a span ("14 meetings since 2006") are listed as counts, not drawn as bars
  const drawn = dated.filter((d) => !isTally(d.best))
  const title = `${data.countries[0]} – ${data.countries[1]}`
  const conflicts = data.conflicts.filter((c) => c.kind === 'conflict').length
  const published = data.documents.flatMap((d) => (d.published ? [d.published.start, d.published.end] : [])).sort()
  const coverage = published.length ? `Sources published ${day(published[0]!)} to ${day(published[published.length - 1]!)}` : 'Publication dates unknown'

  const timeline: string[] = []
  if (drawn.length) {
    // open on where the events are (the focus span), not on a founding date decades before them
    const focus = data.summary?.focus
    const first = Math.min(...drawn.map((d) => Date.parse(d.best.when!.start)))
    const last = Math.max(...drawn.map((d) => Date.parse(d.best.when!.end)))
    const from = focus ? Date.parse(focus.from) : first
    const to = focus ? Date.parse(focus.to) : last
    const long = to - from > 3 * 365 * DAY
    const window = long
      ? [Date.UTC(new Date(from).getUTCFullYear(), 0, 1), Date.UTC(new Date(to).getUTCFullYear() + 1, 0, 1)]
      : [from - 15 * DAY, to + 15 * DAY]
    const outside = drawn.filter((d) => Date.parse(d.best.when!.end) < window[0]!).length
    timeline.push(
      timelineSvg(
        drawn,
        window[0]!,
        window[1]!,
        `Timeline of ${drawn.length} events, ${new Date(window[0]!).getUTCFullYear()} to ${new Date(to).getUTCFullYear()}`,
      ),
    )
    if (outside)
      timeline.push(
        `<p class="muted">${outside} earlier event${outside === 1 ? '' : 's'} (from ${new Date(first).getUTCFullYear()}) ${outside === 1 ? 'is' : 'are'} listed in the chronology.</p>`,
      )
    if (long) {
      const recent = last - 730 * DAY
      timeline.push('<h3>Last two years of the record</h3>', timelineSvg(drawn, recent, last + 15 * DAY, 'Timeline of the last two years of events'))
    }
    timeline.push(talliesLine(data))
  } else {
    timeline.push('<p class="empty">No dated events were extracted for this pair.</p>')
  }

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Dyad">
<title>${esc(title)}: relationship brief</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
<div class="page">
<header class="brief">
<p class="kicker">Dyad relationship brief</p>
<h1>${esc(title)}</h1>
<p class="meta">${esc(coverage)} · ${data.documents.length} document${data.documents.length === 1 ? '' : 's'} · generated ${esc(day(data.generated.slice(0, 10)))}</p>
<ul class="counts">
<li><strong>${distinct.length}</strong>distinct events</li>
<li><strong>${data.events.length}</strong>event reports</li>
<li><strong>${data.figures.length}</strong>figures</li>
<li><strong>${conflicts}</strong>conflict${conflicts === 1 ? '' : 's'} between sources</li>
</ul>
</header>
<main>
<section><h2>Where the relationship stands</h2>
${summarySection(data, cite)}
</section>
<section><h2>Headline figures</h2>
<p class="muted">The newest national figure of each quantity, written out with who states it and, where a comparable earlier period is stated, its trend.</p>
${headlineSentences(data, cite)}
<details><summary>All latest figures with their sentences</summary>
${figuresTable(data, headlineFigures(data.figures), cite)}
</details>
</section>
<section><h2>Conflicts between sources</h2>
${conflictsSection(data, cite)}
</section>
<section><h2>Timeline</h2>
${timeline.join('\n')}
${balanceSection(data.balance)}
</section>
<section><h2>Latest events</h2>
${latestSection(data, latestEvents(distinct, 8), cite)}
</section>
<section><h2>Chronology</h2>
${chronologyTable(data, dated, cite)}
</section>
<section><h2>Sources</h2>
${sourcesList(data)}
</section>
</main>
<footer>Generated by Dyad from ${data.documents.length} stored document${data.documents.length === 1 ? '' : 's'} on ${esc(data.generated.replace('T', ' ').slice(0, 16))} UTC. Every figure and event is quoted from its source; numbers in brackets refer to the Sources list. Extraction is automatic: check the quotes before relying on a figure.</footer>
</div>
</body>
</html>
`
}
