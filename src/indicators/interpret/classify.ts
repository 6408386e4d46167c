import type { Span } from '../../model/types.js'
import type { Figure } from '../figure.js'
import type { CueIndex } from './cue-index.js'
import type { CueTag } from './cues.js'
import { ownClause } from './stretch.js'

/** What the build step needs to name one figure. */
export interface Stretch {
  /** The figure's own stretch of the sentence: from the previous figure to the next. */
  readonly left: Span
  readonly right: Span
  readonly sentence: Span
  /** The sentence's cues, indexed: each look-up costs a logarithm, not a scan. */
  readonly cues: CueIndex
  /** Indicator of the previous rank in the sentence, for elliptical ranks. */
  readonly previousRank: string | null
  /** The bilateral flow the sentence before gave a figure of, for a growth told after it. */
  readonly carriedFlow?: string | null
  /** Indicator of the previous money figure of the sentence, for "... from $1.5 billion" and "it fell to". */
  readonly previousMoney?: string | null
}

const MONEY: Partial<Record<CueTag, string>> = {
  trade: 'trade_turnover',
  balance: 'trade_balance',
  exports: 'exports',
  imports: 'imports',
  fdi: 'fdi_registered',
  aid: 'aid_value',
  donated: 'aid_value',
  deal: 'deal_value',
  remittances: 'remittances',
}

const TARGETS: Record<string, string> = {
  trade_turnover: 'trade_target',
  exports: 'export_target',
  fdi_registered: 'investment_target',
}

/** The cue with one of `tags` nearest to the figure inside `span` (left: closest before; right: closest after). */
function nearest(cues: CueIndex, span: Span, tags: readonly CueTag[], side: 'left' | 'right') {
  return cues.inside(span, tags, side)
}

const MONEY_TAGS = Object.keys(MONEY) as CueTag[]

/** The indicator a figure measures, or null when it is not one an analyst tracks. */
export function classify(figure: Figure, s: Stretch, text: string): string | null {
  switch (figure.kind) {
    case 'rank':
      return figure.elliptical ? s.previousRank : (figure.noun ?? null)
    case 'money':
      return classifyMoney(figure, s, text)
    case 'percent':
      return classifyPercent(figure, s, text)
    case 'count':
      return classifyCount(figure, s, text)
  }
}

// "a US$ 107 million deficit": the noun right after the amount names it, before any cue on its left.
const BALANCE_AFTER = /^\s*(?:trade\s+)?(?:deficit|surplus)\b/i

const PAID_TO_BEFORE =
  /\b(?:pay|pays|paid|paying)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:(?:about|around|some|nearly|almost|more than|over|up to|an? (?:additional|extra|further))\s+)?$/u
const AID_AFTER = /^\s*(?:\([^)]{0,30}\)\s*)?in\s+(?:[\w-]+\s+){0,2}?(?:aid|assistance|grants?|loans?|donations?|relief)\b/i

function classifyMoney(figure: Figure, s: Stretch, text: string): string | null {
  const after = text.slice(figure.span.end, s.right.end)
  if (BALANCE_AFTER.test(after)) return balanceOf(after)
  // The figure's own clause first: a cue behind a clause break ("..., and it declined to") names another figure.
  const own = ownClause(text, s.left)
  // "will pay France £480 million": one side paying the other a sum, the money of a deal;
  // "pay Namibia €1.1 billion in development aid" is aid, read from its cue below.
  if (PAID_TO_BEFORE.test(text.slice(own.start, figure.span.start)) && !AID_AFTER.test(after)) return 'deal_value'
  const cue = nearest(s.cues, own, MONEY_TAGS, 'left') ?? nearest(s.cues, s.right, MONEY_TAGS, 'right')
  // "rose to $1.7 billion from $1.5 billion", "..., and it declined to $11 billion": the figure before's measure.
  if (!cue && s.previousMoney) {
    const lead = text.slice(own.start, figure.span.start)
    // The level a target or pledge starts from is today's, not the goal ("to $10 billion from $6 billion").
    if (PAIRED_AFTER.test(lead)) return CURRENT[s.previousMoney] ?? s.previousMoney
    if (SAME_SUBJECT.test(lead)) return s.previousMoney
  }
  const wider = cue ?? nearest(s.cues, s.left, MONEY_TAGS, 'left') ?? nearestAnywhere(s.cues, s.sentence, MONEY_TAGS, figure.span)
  return wider ? moneyIndicator(wider, figure, s, text) : null
}

const CURRENT: Record<string, string> = { ...Object.fromEntries(Object.entries(TARGETS).map(([k, v]) => [v, k])), investment_pledge: 'fdi_registered' }
// The second figure of a change: "from $1.5 billion", "compared with $9 billion", "against $3 billion".
const PAIRED_AFTER = /^[^,;]{0,40}?\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s+$/i
// A clause whose subject is a pronoun for the figure before: "and it declined to", "which then fell to".
const SAME_SUBJECT = /^\s*(?:it|which|this)\s+(?:then\s+|later\s+)?(?:\w+ed|fell|rose|grew|shrank|stood|was|reached)\b[^,;]{0,30}$/i

function moneyIndicator(cue: NonNullable<ReturnType<typeof nearestAnywhere>>, figure: Figure, s: Stretch, text: string): string {
  const name = MONEY[cue.tag]!
  if (name === 'trade_balance') return balanceOf(text.slice(cue.span.start, cue.span.end))
  const target = nearest(s.cues, s.left, ['target'], 'left')
  if (target && TARGETS[name]) return TARGETS[name]
  const future = nearest(s.cues, { start: cue.span.start < figure.span.start ? cue.span.start : s.left.start, end: figure.span.start }, ['future'], 'left')
  if (future && name === 'fdi_registered') return 'investment_pledge'
  if (future && name === 'trade_turnover') return 'trade_target'
  return name
}

/** A deficit is a negative balance of the subject's trade ('trade_balance:deficit' is negated in build.ts). */
function balanceOf(words: string): string {
  return /deficit/i.test(words) ? 'trade_balance:deficit' : 'trade_balance'
}

function nearestAnywhere(cues: CueIndex, span: Span, tags: readonly CueTag[], at: Span) {
  return cues.nearest(span, tags, at)
}

const SHARE_OF = /^\s*of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?<what>exports|imports|trade|turnover|FDI|investment)\b/i
const GROWTH_AFTER = /^\s*(?:[\w-]+\s+)?(?:increase|growth|rise|jump|gain|higher|more|up(?!\s+to\b)|decrease|decline|drop|fall|lower|less|down)\b/i
const GROWTH_BEFORE_WORDS = 6
// A sentence that only says how much the figure before changed: "This is an increase of", "It was 20% down".
const ANAPHORIC_GROWTH = /^\s*(?:this|that|it|which)\b[^.;]{0,60}$/i

function classifyPercent(figure: Figure, s: Stretch, text: string): string | null {
  const after = text.slice(figure.span.end, s.right.end)
  const share = nearest(s.cues, s.left, ['share'], 'left')
  const of = SHARE_OF.exec(after)
  const subject = nearestAnywhere(s.cues, s.sentence, [...FLOW_TAGS, 'macro'], figure.span)
  // "Trade reached $103 billion. This is an increase of 31 per cent": the flow of the sentence before.
  const carried = !subject && Boolean(s.carriedFlow) && ANAPHORIC_GROWTH.test(text.slice(s.sentence.start, figure.span.start))
  if (of || (share && figure.span.start - share.span.end < 30 && subject && subject.tag !== 'macro')) {
    const what = (of?.groups?.what ?? '').toLowerCase()
    if (what === 'exports') return 'export_share'
    if (what === 'imports') return 'import_share'
    if (what === 'fdi' || what === 'investment') return 'fdi_share'
    return 'trade_share'
  }
  // Growth of what: only bilateral flows count, not GDP, inflation or prices.
  if (!carried && (!subject || subject.tag === 'macro')) return null
  const growth = nearest(s.cues, s.left, ['growth_up', 'growth_down'], 'left')
  if (growth) {
    const gap = text.slice(growth.span.end, figure.span.start).trim().split(/\s+/).filter(Boolean).length
    if (gap <= GROWTH_BEFORE_WORDS) return growth.tag === 'growth_down' ? 'growth_pct:down' : 'growth_pct'
  }
  const m = GROWTH_AFTER.exec(after)
  if (m) return /decrease|decline|drop|fall|lower|less|down/i.test(m[0]) ? 'growth_pct:down' : 'growth_pct'
  return null
}

const SIGNED = /\b(?:sign(?:ed|s|ing)?|inked|concluded|sealed|exchanged)\b/i

const FLOW_TAGS: CueTag[] = ['trade', 'exports', 'imports', 'fdi', 'remittances', 'balance']

function classifyCount(figure: Figure, s: Stretch, text: string): string | null {
  const noun = figure.noun ?? ''
  if (noun.startsWith('dose')) {
    const tags: CueTag[] = ['donated', 'aid', 'sold', 'pledged', 'future']
    const cue = nearest(s.cues, s.right, tags, 'right') ?? nearest(s.cues, s.left, tags, 'left') ?? nearestAnywhere(s.cues, s.sentence, tags, figure.span)
    if (!cue) return 'vaccine_doses_supplied'
    if (cue.tag === 'sold') return 'vaccine_doses_sold'
    if (cue.tag === 'pledged' || cue.tag === 'future') return 'vaccine_doses_pledged'
    return 'vaccine_doses_donated'
  }
  if (/^(?:projects?|compan|firms?|enterprises?)/.test(noun)) {
    return s.cues.inside(s.sentence, ['fdi'], 'right') !== null || /investment/.test(noun) ? 'fdi_projects' : null
  }
  if (/^(?:meetings?|workshops?|sessions?|seminars?|dialogues?|times)$/.test(noun)) return 'mechanism_meetings'
  // "signed 15 agreements", "five memoranda of understanding were inked": documents signed, counted.
  if (/^(?:agreements?|memorand|mous?$|accords?|partnerships?)/.test(noun)) {
    const sentence = text.slice(s.sentence.start, s.sentence.end)
    if (!SIGNED.test(sentence)) return null
    // "are expected to sign 20 agreements": signings to come.
    return s.cues.inside(s.sentence, ['future', 'target'], 'right') ? 'agreements_expected' : 'agreements_signed'
  }
  return null
}
