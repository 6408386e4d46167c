import type { Span } from '../../model/types.js'

/** Nouns that make an ordinal a rank, with the indicator they name. */
const NOUNS: readonly [RegExp, string][] = [
  [/^(?:trad(?:e|ing)|commercial|economic and trade) partners?$/i, 'trade_partner_rank'],
  [/^export (?:markets?|destinations?|partners?)$|^(?:buyers?|customers?)$|^markets? for [\w'’ ]*exports$/i, 'export_market_rank'],
  [/^import (?:markets?|sources?|partners?)$|^sources? of imports$|^suppliers?$/i, 'import_source_rank'],
  [/^(?:foreign )?investors?$|^sources? of (?:foreign direct investment|fdi|foreign investment|investment|investments)$/i, 'investor_rank'],
]

const NOUN_AFTER = new RegExp(
  String.raw`^[\s-]+(?:(?!and\b|in\b|among\b|of\b)[\w’'-]+\s+){0,3}?(?<noun>(?:trad(?:e|ing)|commercial) partners?|export (?:markets?|destinations?|partners?)|import (?:markets?|sources?|partners?)|sources? of (?:imports|foreign direct investment|FDI|foreign investment|investments?)|markets? for [\w'’ ]{0,20}?exports|(?:foreign )?investors?|suppliers?|buyers?|customers?)\b`,
  'i',
)
const INVESTING = /\b(?:investing|invested|investors?)\s+in\b/i

const NOUN_ANYWHERE = new RegExp(NOUN_AFTER.source.replace(String.raw`^[\s-]+(?:(?!and\b|in\b|among\b|of\b)[\w’'-]+\s+){0,3}?`, String.raw`\b`), 'i')

/**
 * The indicator a rank's tail names: its noun, or "... investing in X".
 * After a ranking verb the noun may come later ("ranked first in ASEAN
 * among Japan's trading partners").
 */
export function rankNoun(tail: string, loose = false): string | null {
  const m = NOUN_AFTER.exec(tail) ?? (loose ? NOUN_ANYWHERE.exec(tail) : null)
  if (m) {
    const noun = m.groups!.noun.replace(/\s+/g, ' ')
    for (const [re, name] of NOUNS) if (re.test(noun)) return name
  }
  if (INVESTING.test(tail)) return 'investor_rank'
  return null
}

const BREAK =
  /[,;:.()\n]|\s(?:while|but|whereas|which)\s|\sand\s+(?=the\s|[A-Z]|\d|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|largest|biggest|leading|top)\b)/
const MAX_TAIL = 140

/** Where the rank's own phrase ends: the next clause break. */
export function rankTail(text: string, from: number): Span {
  const slice = text.slice(from, from + MAX_TAIL)
  const m = BREAK.exec(slice)
  return { start: from, end: from + (m ? m.index : slice.length) }
}
