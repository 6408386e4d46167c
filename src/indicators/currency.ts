import { worldCountries } from '../util/country-data.js'
import { foldName } from '../util/fold.js'

/**
 * Currencies: ISO 4217 codes, symbols and names, built once from the
 * world-countries package so every country's currency is known without a
 * hand list of articles' currencies.
 */

interface CurrencyTables {
  /** Every ISO 4217 code in use. */
  codes: Set<string>
  /** Folded qualified names: "egyptian pound" -> EGP, "saudi riyal" -> SAR. */
  qualified: Map<string, string>
  /** Country alpha-2 -> its currency codes. */
  byCountry: Map<string, string[]>
}

// Codes that are also ordinary upper-case words in headlines ("TOP 10").
const CODE_STOPLIST = new Set(['ALL', 'TOP', 'CUP', 'PEN', 'GEL', 'MOP', 'SOS', 'BOB', 'CUC', 'FOK'])

function buildTables(): CurrencyTables {
  const codes = new Set<string>()
  const qualified = new Map<string, string>()
  const byCountry = new Map<string, string[]>()
  for (const c of worldCountries()) {
    const list: string[] = []
    for (const [code, info] of Object.entries(c.currencies ?? {})) {
      list.push(code)
      if (!CODE_STOPLIST.has(code)) codes.add(code)
      const name = foldName(info.name)
      if (name.includes(' ')) qualified.set(name, code)
      // "Egyptian" + "pound": the demonym form news text uses.
      const demonym = c.demonyms?.eng?.m
      const last = name.split(' ').pop()
      if (demonym && last) qualified.set(`${foldName(demonym)} ${last}`, code)
    }
    byCountry.set(c.cca2, list)
  }
  for (const extra of ['RMB', 'CNH']) codes.add(extra)
  qualified.set('us dollar', 'USD')
  qualified.set('u s dollar', 'USD')
  qualified.set('american dollar', 'USD')
  return { codes, qualified, byCountry }
}

const TABLES = buildTables()

/** ISO codes as a regex alternation, longest first. */
export const CODE_SOURCE = [...TABLES.codes].sort().join('|')

/**
 * Bare currency words and the currency they mean when nothing narrows them
 * ("dollars" alone is read as USD unless one of the document's countries
 * uses dollars; see `currencyOfWord`).
 */
const WORD_DEFAULTS: Record<string, string> = {
  dollar: 'USD',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  dong: 'VND',
  rupee: 'INR',
  dirham: 'AED',
  riyal: 'SAR',
  rial: 'IRR',
  euro: 'EUR',
  pound: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  won: 'KRW',
  ringgit: 'MYR',
  baht: 'THB',
  rupiah: 'IDR',
  peso: 'MXN',
  lira: 'TRY',
  manat: 'AZN',
  ruble: 'RUB',
  rouble: 'RUB',
  rand: 'ZAR',
  dinar: 'KWD',
  franc: 'CHF',
  krona: 'SEK',
  krone: 'NOK',
  real: 'BRL',
  reais: 'BRL',
  tenge: 'KZT',
  naira: 'NGN',
  shekel: 'ILS',
  taka: 'BDT',
  kip: 'LAK',
  riel: 'KHR',
  kyat: 'MMK',
  hryvnia: 'UAH',
  zloty: 'PLN',
  forint: 'HUF',
  shilling: 'KES',
  cedi: 'GHS',
  birr: 'ETB',
}

/** Currency words as a regex alternation (singular and plural). */
// A qualifier before the word: a demonym ("Egyptian pounds") or "US"/"U.S." ("US dollars").
export const WORD_SOURCE =
  String.raw`(?:[A-Z][a-z]+\s|U\.?S\.?\s)?(?:` +
  Object.keys(WORD_DEFAULTS)
    .filter((w) => w !== 'real')
    .sort((a, b) => b.length - a.length)
    .map((w) => (w === 'reais' || w === 'rmb' ? w : `${w}s?`))
    .join('|') +
  String.raw`|đồng|USD|RMB)`

/** Symbols written before the amount. */
const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  USD$: 'USD',
  'U.S.$': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  '₹': 'INR',
  '₫': 'VND',
  '₩': 'KRW',
  '₺': 'TRY',
  '₽': 'RUB',
  '₱': 'PHP',
  '₦': 'NGN',
  '₪': 'ILS',
  '฿': 'THB',
  RS: 'INR',
  'RS.': 'INR',
  RM: 'MYR',
  RP: 'IDR',
  'RP.': 'IDR',
  R$: 'BRL',
  S$: 'SGD',
  A$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  HK$: 'HKD',
  NT$: 'TWD',
  NZ$: 'NZD',
  'E£': 'EGP',
  AU$: 'AUD',
  // "R50.8bn": a bare R before a figure is the South African rand.
  R: 'ZAR',
}

export const SYMBOL_SOURCE = String.raw`US\s?\$|USD\s?\$|U\.S\.\s?\$|(?:CA|HK|NT|NZ|AU|[SACR])\$|\$|€|£|¥|₹|₫|₩|₺|₽|₱|₦|₪|฿|E£|Rs\.?|RM|Rp\.?|R(?=\d)`

/** The ISO code of a symbol as written ("US$" -> USD, "Rs." -> INR). */
export function currencyOfSymbol(symbol: string, pair: readonly string[] = []): string {
  const key = symbol.replace(/\s+/g, '').toUpperCase()
  if (key === '$') return dollarOf(pair)
  if (key === '¥') return yenOrYuan(pair)
  return SYMBOLS[key] ?? SYMBOLS[symbol.replace(/\s+/g, '')] ?? 'USD'
}

/** A bare "$": US dollars, the convention of international news. */
function dollarOf(_pair: readonly string[]): string {
  return 'USD'
}

/** "¥" is yen in a text about Japan (and not China), yuan otherwise. */
function yenOrYuan(pair: readonly string[]): string {
  return pair.includes('JP') && !pair.includes('CN') ? 'JPY' : 'CNY'
}

/** The ISO code an upper-case code token stands for ("RMB" -> CNY). */
export function currencyOfCode(code: string): string {
  const c = code.toUpperCase()
  return c === 'RMB' || c === 'CNH' ? 'CNY' : c
}

/**
 * The ISO code of a currency word, optionally qualified ("Egyptian pounds"
 * -> EGP). A bare ambiguous word ("pounds", "dinars") takes the currency of
 * one of the document's countries when one of them uses that name, else the
 * common default.
 */
export function currencyOfWord(text: string, pair: readonly string[] = []): string | null {
  const folded = foldName(text).replace(/s$/, '')
  const direct = TABLES.qualified.get(folded) ?? TABLES.qualified.get(foldName(text))
  if (direct) return direct
  const words = folded.split(' ')
  const word = words[words.length - 1] === 'reai' ? 'reais' : words[words.length - 1]
  if (word === 'usd') return 'USD'
  if (word === 'rmb') return 'CNY'
  if (word === 'dong' || word === 'd ng') return 'VND'
  const fallback = WORD_DEFAULTS[word]
  if (!fallback) return null
  // International news means US dollars by a bare "dollars".
  if (word === 'dollar') return fallback
  // A pair country whose currency carries this name wins over the default.
  for (const country of pair) {
    for (const code of TABLES.byCountry.get(country) ?? []) {
      for (const [name, c] of TABLES.qualified) if (c === code && name.endsWith(` ${word}`)) return code
    }
  }
  return fallback
}

/** Whether `code` is a known ISO 4217 code. */
export function isCurrencyCode(code: string): boolean {
  return TABLES.codes.has(code.toUpperCase())
}
