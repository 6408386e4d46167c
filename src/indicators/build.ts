import type { IndicatorMention, Period, Sentence, Span, TimeMention } from '../model/types.js'
import { type PipelineContext, sentenceAt } from '../pipeline/context.js'
import type { Figure } from './figure.js'
import { EntityIndex, SpanIndex } from './interpret/entity-index.js'
import { boundOf } from './interpret/bound.js'
import { classify } from './interpret/classify.js'
import { CueIndex } from './interpret/cue-index.js'
import { cuesIn } from './interpret/cues.js'
import { nationalTotals } from './interpret/national.js'
import { pairCountries, type Party, partiesIn } from './interpret/pair.js'
import { choosePeriod, SentencePhrases } from './interpret/choose-period.js'
import { periodPhrases, referenceDay, timePhrases } from './interpret/period.js'
import {
  complete,
  documentParties,
  flowCandidates,
  flowRolesOf,
  type MeetingClues,
  meetingClues,
  meetingRoles,
  otherOf,
  rankRoles,
  type Roles,
} from './interpret/roles.js'
import { scopeOf } from './interpret/scope.js'
import { sourceOf } from './interpret/source.js'
import { figureStretches } from './interpret/stretch.js'

const CONNECTIVE = /^(?:However|But|Meanwhile|By contrast|In contrast|On the other hand|Similarly|Likewise)\b/

const BILATERAL_FLOWS = /^(?:trade_turnover|exports|imports)$/

/** What the previous sentence of the same paragraph leaves to the next. */
const FLOWS = new Set(['trade_turnover', 'exports', 'imports', 'fdi_registered', 'trade_balance'])

// Words that make a country's figure its own total, whatever the sentence before was about.
const NATIONAL_WORDS = /\b(?:total|overall|global|worldwide|world|all (?:its|their) partners|to all)\b/i

// "then" as a pointer to a time told before; not "and then", "since then", "until then", "the then minister".
const THEN = /(?<!\b(?:and|since|until|till|by|from|the|back|just|even)\s)\bthen\b(?![-‑])/i

/** The period of the last time phrase (not a comparison base) of a sentence. */
function lastPeriodIn(ctx: PipelineContext, span: Span, ref: string | null, times: SpanIndex<TimeMention>): Period | null {
  const text = ctx.text.slice(span.start, span.end)
  const own = periodPhrases(text, span.start, ref, ctx.published?.basis !== 'inferred')
  const all = [...own, ...timePhrases(times.within(span), span, ctx.text, own)].filter((p) => !p.base && p.period)
  all.sort((a, b) => a.span.start - b.span.start)
  return all.at(-1)?.period ?? null
}

interface Carry {
  sentence: number
  parties: string[]
  period: Period | null
  /** The last bilateral flow the sentence gave a figure of ("trade went up to $100 billion"), for "This is an increase of 31%". */
  flow?: string | null
}

/**
 * Interpret the figures of a document, sentence by sentence: name the
 * indicator from the words around each figure, then its bound, period,
 * parties, scope and source. Figures that name no indicator are dropped.
 */
export function buildMentions(ctx: PipelineContext, figures: readonly Figure[]): IndicatorMention[] {
  const pair = pairCountries(ctx)
  const ref = referenceDay(ctx)
  const entities = new EntityIndex(ctx.entities)
  const times = new SpanIndex(ctx.times)
  let parties: string[] | null = null
  const docParties = () => (parties ??= documentParties(ctx))
  const bySentence = new Map<number, Figure[]>()
  for (const f of figures) {
    const s = sentenceAt(ctx, f.span.start)
    if (!s) continue
    const list = bySentence.get(s.index)
    if (list) list.push(f)
    else bySentence.set(s.index, [f])
  }
  const out: IndicatorMention[] = []
  let carry: Carry | null = null
  for (const [index, list] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const sentence = ctx.sentences[index]
    const previous = index > 0 ? ctx.sentences[index - 1] : null
    // A paragraph opened by a connective ("However, India's exports ...") goes on from the one before.
    const goesOn = CONNECTIVE.test(ctx.text.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + 24)))
    const sameParagraph = previous !== null && (goesOn || !ctx.text.slice(previous.span.end, sentence.span.start).includes('\n'))
    // The sentence before, in the same paragraph, may name the parties ("Vietnam and
    // China's Yunnan province have ... In the first eight months, two-way trade reached ...").
    const context: Carry | null = !sameParagraph
      ? null
      : carry && carry.sentence === index - 1
        ? carry
        : { sentence: index - 1, parties: [...new Set(partiesIn(ctx, previous!.span, pair, entities).map((p) => p.key))], period: null }
    // "Exports then were $97 billion": "then" points at the last time the sentence before named,
    // whether or not a figure there took it.
    const pointed = context && THEN.test(ctx.text.slice(sentence.span.start, sentence.span.end)) ? lastPeriodIn(ctx, previous!.span, ref, times) : null
    const result = buildSentence(ctx, sentence, list, pair, ref, pointed ? { ...context!, period: pointed } : context, entities, times, docParties)
    out.push(...result.mentions)
    carry = { sentence: index, parties: result.parties, period: result.period, flow: result.flow }
  }
  return out
}

function buildSentence(
  ctx: PipelineContext,
  sentence: Sentence,
  figures: readonly Figure[],
  pair: readonly string[],
  ref: string | null,
  carry: Carry | null,
  entities: EntityIndex,
  times: SpanIndex<TimeMention>,
  docParties: () => string[],
): { mentions: IndicatorMention[]; parties: string[]; period: Period | null; flow: string | null } {
  const span = sentence.span
  const text = ctx.text.slice(span.start, span.end)
  // Everything read from the whole sentence is read here, once: a figure's own work is
  // bounded by its stretch, so a sentence of thousands of figures stays linear.
  const cues = new CueIndex(cuesIn(text, span.start))
  const own = periodPhrases(text, span.start, ref, ctx.published?.basis !== 'inferred')
  const phrases = new SentencePhrases([...own, ...timePhrases(times.within(span), span, ctx.text, own)].sort((a, b) => a.span.start - b.span.start))
  const parties = partiesIn(ctx, span, pair, entities)
  const source = sourceOf(ctx, span, text, entities)
  const isNationalTotal = nationalTotals(text, span.start, parties)
  let candidates: Party[] | null = null
  const flowParties = () => (candidates ??= flowCandidates(parties, pair))
  let clues: MeetingClues | null = null
  const meetingClue = () => (clues ??= meetingClues(span, entities, ctx.text))
  const mentions: IndicatorMention[] = []
  const byStart = new Map<number, IndicatorMention>()
  let earlierBilateral = false
  let previousRank: { indicator: string; roles: Roles; end: number } | null = null
  let previousMoney: string | null = null
  let lastExplicit: Period | null = null
  const contextParties = partiesForContext(parties, carry, pair)
  // The sentence before gave a flow between two countries and this one names one of them with no
  // word of a total ("Trade reached $100 billion. However, India's exports stood at $14 billion"):
  // the flow is still the pair's, not the country's total.
  let carried: boolean | null = null
  const carriedPair = () =>
    (carried ??=
      !!carry?.flow && carry.parties.length >= 2 && parties.length > 0 && parties.every((p) => carry.parties.includes(p.key)) && !NATIONAL_WORDS.test(text))
  const stretches = figureStretches(ctx.text, span, figures)

  figures.forEach((figure, i) => {
    const { left, right, nextStart } = stretches[i]
    const original = figure.convertedFrom ? byStart.get(figure.convertedFrom.start) : undefined
    if (figure.convertedFrom && !original) return

    let indicator =
      original?.indicator ??
      classify(
        figure,
        { left, right, sentence: span, cues, previousRank: previousRank?.indicator ?? null, carriedFlow: carry?.flow ?? null, previousMoney },
        ctx.text,
      )
    if (!indicator) return
    if (figure.kind === 'money') previousMoney = indicator
    let value = figure.value
    if (indicator === 'growth_pct:down' || indicator === 'trade_balance:deficit') {
      indicator = indicator.slice(0, indicator.indexOf(':'))
      value = -value
    }
    const before = ctx.text.slice(Math.max(span.start, figure.span.start - 40), figure.span.start)
    const after = ctx.text.slice(figure.span.end, Math.min(span.end, figure.span.end + 20))
    let bound = figure.approx ? 'approx' : boundOf(before, after)
    if (/_target$|_pledge$/.test(indicator)) bound = 'exact'

    if (!original && isNationalTotal(figure, indicator, earlierBilateral || carriedPair())) return

    let roles: Roles
    if (original) roles = { subject: original.subject, counterpart: original.counterpart }
    else if (figure.kind === 'rank') {
      roles = complete(rankRoles(ctx, figure, parties, previousRank?.end ?? span.start, previousRank?.roles ?? null), pair)
    } else if (indicator === 'mechanism_meetings') {
      const holders = meetingRoles(figure, meetingClue(), docParties)
      // "met five times" counts a mechanism's meetings only; leaders' meetings are events.
      if (!holders && figure.noun === 'times') return
      roles = holders ?? complete(flowRolesOf(ctx, figure, flowParties()), pair)
    } else {
      roles = flowRolesOf(ctx, figure, flowParties())
      if (!roles.counterpart) roles = fill(roles, contextParties, pair)
    }

    const chosen = original
      ? { period: original.period, explicit: false, ...(original.periodBasis ? { window: true as const } : {}) }
      : choosePeriod({ figure, indicator, phrases, nextStart, ref, published: ctx.published, carried: carry?.period ?? null, text: ctx.text })
    // A target's year is the future: never a period for the next sentence's figures.
    if (chosen.explicit && !/_target$|_pledge$/.test(indicator)) lastExplicit = chosen.period

    const scope = figure.kind === 'rank' ? scopeOf(ctx.text.slice(figure.span.start, (figure.tail ?? figure.span).end)) : null
    const evidence: Span = figure.kind === 'rank' && figure.tail ? rankEvidence(ctx, figure) : figure.span
    const mention: IndicatorMention = {
      kind: 'indicator',
      indicator,
      subject: roles.subject,
      counterpart: roles.counterpart,
      scope,
      value,
      unit: figure.unit,
      bound: bound as IndicatorMention['bound'],
      period: chosen.period,
      source,
      span: evidence,
      convertedFrom: figure.convertedFrom ?? null,
      ruleId: figure.ruleId,
      ...(chosen.window ? { periodBasis: 'window' as const } : {}),
    }
    mentions.push(mention)
    if (!byStart.has(mention.span.start)) byStart.set(mention.span.start, mention)
    if (BILATERAL_FLOWS.test(indicator)) earlierBilateral = true
    if (figure.kind === 'rank') previousRank = { indicator, roles, end: (figure.tail ?? figure.span).end }
  })
  const used = new Set<string>()
  for (const m of mentions) for (const k of [m.subject, m.counterpart]) if (k && /^(?:country|place):/.test(k)) used.add(k)
  // A sentence of growth only ("This is an increase of 31 per cent") keeps the flow of the one before.
  const growthOnly = mentions.length > 0 && mentions.every((m) => m.indicator === 'growth_pct')
  const flow = [...mentions].reverse().find((m) => FLOWS.has(m.indicator))?.indicator ?? (growthOnly ? (carry?.flow ?? null) : null)
  return { mentions, parties: used.size >= 2 ? [...used] : contextParties, period: lastExplicit, flow }
}

/** The parties a sentence speaks of, or those carried from the sentence before. */
function partiesForContext(parties: readonly Party[], carry: Carry | null, pair: readonly string[]): string[] {
  const keys = [...new Set(parties.map((p) => p.key))]
  if (keys.length >= 2) return keys
  if (carry && carry.parties.length >= 2 && (keys.length === 0 || carry.parties.includes(keys[0]))) return carry.parties
  return keys.length === 1 ? [keys[0], otherOf(keys[0], pair)].filter((k): k is string => !!k) : [...pair]
}

function fill(roles: Roles, context: readonly string[], pair: readonly string[]): Roles {
  if (!roles.subject) return { subject: context[0] ?? null, counterpart: context[1] ?? null }
  const other = context.find((k) => k !== roles.subject) ?? otherOf(roles.subject, pair)
  return { subject: roles.subject, counterpart: other ?? null }
}

/** A rank's evidence: the ordinal through its noun ("sixth largest trading partner"). */
function rankEvidence(ctx: PipelineContext, figure: Figure): Span {
  const tail = figure.tail!
  const text = ctx.text.slice(tail.start, tail.end)
  const m = /^[\s\w’'-]*?(?:partners?|markets?|destinations?|investors?|sources?(?: of [\w ]+)?|suppliers?|buyers?|customers?)\b/i.exec(text)
  return { start: figure.span.start, end: m ? tail.start + m[0].length : figure.span.end }
}
