import { NAME_ABBREVIATIONS, NON_NAMES } from '../gazetteer/lexicon.js'
import {
  COUNTRY_TABLE,
  HONORIFIC_TABLE,
  ORG_HEAD_TABLE,
  PLACE_HEAD_TABLE,
  PLACE_TABLE,
  TITLE_TABLE,
  acronymLike,
  connectorOf,
  portfolioWord,
  type Element,
  type ElementClass,
} from './classes.js'
import { longestMatch, tight, type PhraseTable } from './lookup.js'
import type { Word } from './words.js'
import type { PlaceEntry } from '../gazetteer/places.js'

/** A run of capitalized words (with their joiners) read as elements. */
export interface Phrase {
  readonly elements: Element[]
  readonly firstWord: number
  readonly lastWord: number
}

const POSSESSIVE = /^['’]s?[ \t]+$/
const OPEN_PAREN = /^[ \t]*\([ \t]*$/
const CLOSE_PAREN = /^[ \t]*\)/
const AFTER_DEF = /^[ \t]*\)(?:['’]s)?[ \t]+$/
const ABBREV_DOT = /^\.[ \t]+$/
const LIST_COMMA = /^,[ \t]+$/
const INITIAL = /^\p{Lu}$/u
const NON_ASCII = /[^\x00-\x7f]/

const FIRST_WORDS: ReadonlySet<string> = new Set(
  [TITLE_TABLE, HONORIFIC_TABLE, ORG_HEAD_TABLE, PLACE_HEAD_TABLE, COUNTRY_TABLE, PLACE_TABLE].flatMap((t) =>
    [...(t.map as Map<string, unknown>).keys()].map((k) => k.split(' ')[0]),
  ),
)

/** The first of the words a fold may make ("u s" -> "u"). */
function headWord(fold: string): string {
  const space = fold.indexOf(' ')
  return space < 0 ? fold : fold.slice(0, space)
}

/** True when the word is a paren acronym: "Communist Party (CP)". */
export function isDefinition(words: readonly Word[], i: number): boolean {
  const w = words[i]
  const next = words[i + 1]
  return w.caps && OPEN_PAREN.test(w.gap) && next !== undefined && CLOSE_PAREN.test(next.gap) ? true : w.caps && OPEN_PAREN.test(w.gap) && next === undefined
}

// A count opening a sentence ("Two Royal Navy ships") is no part of a name; a quoted name may open with one ("the “Two Rivers” plan").
const QUOTE_OPEN = /[“"‘«(][ \t]*$/
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|several)$/i

function capital(words: readonly Word[], w: Word): boolean {
  if (!w.cap) return false
  if (w.caps) return acronymLike(w) || FIRST_WORDS.has(w.fold)
  if (NON_NAMES.has(w.text.toLowerCase())) return false
  if (w.opener && COUNT_WORDS.test(w.text) && !QUOTE_OPEN.test(w.gap)) return false
  // The first word of a sentence is capitalized anyway: keep it only when the
  // tagger calls it a proper noun, a lexicon knows it, or it is not English.
  if (w.opener) return w.pos === 'PROPN' || FIRST_WORDS.has(w.fold) || NON_ASCII.test(w.text) || titleCased(words, w)
  return true
}

// A quoted or headline name in title case: "Two Corridors ...".
function titleCased(words: readonly Word[], w: Word): boolean {
  const next = words[w.index + 1]
  return next !== undefined && tight(next.gap) && next.cap && !NON_NAMES.has(next.text.toLowerCase())
}

function joins(words: readonly Word[], prev: Word, w: Word): boolean {
  if (tight(w.gap)) return true
  if (POSSESSIVE.test(w.gap)) return capital(words, w) || (connectorOf(w) === 'conn' && words[w.index + 1]?.cap === true)
  // "Mr. Modi", "S. Jaishankar", "Md. Rafiqul Islam": an abbreviation or an initial stays with the name.
  if (ABBREV_DOT.test(w.gap))
    return HONORIFIC_TABLE.map.has(prev.fold) || TITLE_TABLE.map.has(prev.fold) || ((INITIAL.test(prev.text) || NAME_ABBREVIATIONS.has(prev.fold)) && w.cap)
  if (OPEN_PAREN.test(w.gap)) return isDefinition(words, w.index)
  // "Ministry of Trade, Industry and Energy": a comma inside a list of portfolios.
  if (LIST_COMMA.test(w.gap)) return w.cap && portfolioWord(prev) && portfolioWord(w)
  if (AFTER_DEF.test(w.gap)) return isDefinition(words, prev.index) && capital(words, w)
  return false
}

/** Can word `i` continue a phrase (a connector only when capitals follow)? */
function member(words: readonly Word[], i: number, depth = 0): boolean {
  const w = words[i]
  if (capital(words, w)) return true
  // "Sub-region", "High-level": a lowercase part hyphened to a capitalized one.
  if (w.gap === '-' && i > 0 && (words[i - 1].cap || words[i - 1].gap === '-')) return true
  if (depth > 1 || connectorOf(w) === null) return false
  const next = words[i + 1]
  return next !== undefined && tight(next.gap) && member(words, i + 1, depth + 1)
}

/**
 * Group the words into capitalized phrases, one pass, and read each phrase
 * as elements by longest match in the lexicons and gazetteers. `placeOk`
 * says whether a subdivision or capital of that country may be read here.
 */
const CONTINENT_PART = /^(?:latin|south|north|central)$/

/**
 * A national capital whose name no place of another country shares ("Beijing",
 * "Nairobi") is read even where the text never names its country: news names
 * a capital for its government or as a destination ("is expected in
 * Beijing"). Shared names ("Santiago", "Victoria") wait for the country.
 */
function soleCapital(list: readonly PlaceEntry[], p: PlaceEntry): boolean {
  return p.kind === 'capital' && list.every((q) => q.country === p.country)
}

export function buildPhrases(words: readonly Word[], placeOk: (country: string) => boolean): Phrase[] {
  const phrases: Phrase[] = []
  let i = 0
  while (i < words.length) {
    if (!capital(words, words[i]) || isDefinition(words, i)) {
      i++
      continue
    }
    let j = i
    while (j + 1 < words.length && joins(words, words[j], words[j + 1]) && member(words, j + 1)) j++
    // Never end on a connector (a lowercase part after a hyphen stays: "Chang-yong").
    while (j > i && !capital(words, words[j]) && words[j].gap !== '-') j--
    phrases.push({ elements: readElements(words, i, j, placeOk), firstWord: i, lastWord: j })
    i = j + 1
  }
  return phrases
}

function readElements(words: readonly Word[], from: number, to: number, placeOk: (c: string) => boolean): Element[] {
  const out: Element[] = []
  const allCap = (a: number, b: number): boolean => {
    for (let k = a; k <= b; k++) if (!words[k].cap && connectorOf(words[k]) === null && !(k > a && words[k].gap === '-')) return false
    return words[a].cap
  }
  let k = from
  while (k <= to) {
    const w = words[k]
    const make = (cls: ElementClass, last: number, extra: Partial<Element> = {}): Element => ({
      cls,
      first: k,
      last,
      start: w.start,
      end: words[last].end,
      fold: words
        .slice(k, last + 1)
        .map((x) => x.fold)
        .join(' '),
      ...(k > from && POSSESSIVE.test(w.gap) ? { afterPossessive: true } : {}),
      ...extra,
    })
    let el: Element | null
    if (isDefinition(words, k)) el = make('def', k)
    else if (!w.cap && connectorOf(w)) el = make(connectorOf(w)!, k)
    else {
      const limit = to + 1
      // Every phrase of the six tables starts with a word of FIRST_WORDS: a
      // word outside it (most names) starts none, read without six lookups.
      const lexical = FIRST_WORDS.has(headWord(w.fold))
      const match = <V>(table: PhraseTable<V>, accept: (value: V, first: number, last: number) => boolean) =>
        lexical ? longestMatch(words, k, limit, table, accept) : null
      const country = match(COUNTRY_TABLE, (e, a, b) => {
        if (!allCap(a, b)) return false
        // "Latin America", "South America": a continent's part, not the United States.
        if (words[a].fold === 'america' && a > 0 && CONTINENT_PART.test(words[a - 1].fold)) return false
        return (
          !e.exact ||
          words
            .slice(a, b + 1)
            .map((x) => x.text)
            .join('')
            .replace(/\./g, '') === e.exact
        )
      })
      // A capital read without its country must be the whole phrase: "Denzel Washington", "Sofia Coppola" are names.
      const readable = (list: readonly PlaceEntry[], whole: boolean) => (p: PlaceEntry) => placeOk(p.country) || (whole && soleCapital(list, p))
      const place = match(PLACE_TABLE, (list, a, b) => allCap(a, b) && list.some(readable(list, a === from && b === to)))
      // "Amir-Abdollahian": a title word joined by a hyphen to the next capitalized word is part of a name.
      const joinedOn = (b: number) => words[b + 1]?.gap === '-' && words[b + 1].cap
      const title = match(TITLE_TABLE, (_v, a, b) => allCap(a, b) && (words[a].fold !== 'pm' || words[a].caps) && !joinedOn(b))
      const hon = match(HONORIFIC_TABLE, (_v, a, b) => allCap(a, b))
      const org = match(ORG_HEAD_TABLE, (_v, a, b) => allCap(a, b))
      const ph = match(PLACE_HEAD_TABLE, (_v, a, b) => allCap(a, b))
      const options: [ElementClass, [number, unknown] | null][] = [
        ['country', country],
        ['title', title],
        ['honorific', hon],
        ['org', org],
        ['placeHead', ph],
        ['place', place],
      ]
      let best: [ElementClass, number] | null = null
      for (const [cls, m] of options) if (m && (!best || m[0] > best[1])) best = [cls, m[0]]
      if (best) {
        const [cls, last] = best
        el = make(cls, last, {
          country: cls === 'country' ? country![1] : undefined,
          places: cls === 'place' ? place![1].filter(readable(place![1], k === from && last === to)) : undefined,
        })
      } else if (w.cap && connectorOf(w) === 'particle' && k > from && k < to) el = make('particle', k)
      else if (w.caps && acronymLike(w)) el = make('acronym', k)
      else if (
        portfolioWord(w) &&
        out.some((e) => e.cls === 'title' || e.cls === 'org') &&
        out.length > 0 &&
        ['conn', 'portfolio'].includes(out[out.length - 1].cls)
      )
        el = make('portfolio', k)
      else el = make('name', k)
    }
    out.push(el)
    k = el.last + 1
  }
  return out
}
