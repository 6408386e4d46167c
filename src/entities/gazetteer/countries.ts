import { ISO_COUNTRIES as i18n, worldCountries } from '../../util/country-data.js'
import { foldName } from '../../util/fold.js'

/** One country as the gazetteer knows it. */
export interface CountryInfo {
  /** ISO 3166-1 alpha-2. */
  readonly code: string
  /** English common name ("Vietnam"). */
  readonly name: string
  /** Capital cities, English spelling. */
  readonly capitals: readonly string[]
}

/** What a folded phrase means in the country gazetteer. */
export interface CountryEntry {
  readonly code: string
  readonly form: 'name' | 'demonym' | 'short'
  /** When set, the text must spell the phrase exactly so (all-capital short forms such as "US"). */
  readonly exact?: string
}

interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> }
  cca2: string
  capital?: string[]
  altSpellings?: string[]
  demonyms?: { eng?: { f: string; m: string } }
  currencies?: Record<string, unknown>
  unMember?: boolean
  area?: number
}

// UN members first, so a shared demonym ("American", "Chinese") names the state.
const WORLD: WorldCountry[] = [...worldCountries()].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false))

// Short forms the packages lack or spell only in capitals; general usage in
// English news, not tied to any article.
const SHORT_FORMS: Record<string, readonly string[]> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  GB: ['UK', 'U.K.', 'Britain'],
  CN: ['PRC', 'P.R.C.', 'Mainland China'],
  SA: ['KSA', 'Saudi'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KR: ['ROK', 'Korea'],
  KP: ['DPRK'],
  RU: ['Russian Federation'],
  CD: ['DRC'],
  TR: ['Turkey', 'Türkiye'],
  NL: ['Holland'],
  CZ: ['Czech Republic'],
  VN: ['Viet Nam'],
}

// Demonyms the packages do not list but news uses.
const EXTRA_DEMONYMS: Record<string, readonly string[]> = {
  SA: ['Saudis'],
  AE: ['Emiratis'],
  GB: ['Briton', 'Britons'],
  PH: ['Filipino', 'Filipinos', 'Philippine'],
  NZ: ['New Zealander'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  NP: ['Nepali'],
  AR: ['Argentinian'],
  BA: ['Bosnian'],
  KR: ['South Korean', 'South Koreans'],
  KP: ['North Korean', 'North Koreans'],
}

// Native and alternate spellings that are also English words or given names
// once folded ("Ísland" is "Island", Mauritius's "Maurice" a first name):
// as a country they would turn "Farsi Island" or "Maurice Lévy" into one.
const NOT_A_COUNTRY_NAME: ReadonlySet<string> = new Set(['island', 'maurice', 'moris', 'mann'])

const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u
const ALL_CAPS = /^[A-Z.]+$/

const AREA: ReadonlyMap<string, number> = new Map(WORLD.map((c) => [c.cca2, c.area ?? 0]))
const MEMBER: ReadonlySet<string> = new Set(WORLD.filter((c) => c.unMember).map((c) => c.cca2))

/** Every country, keyed by ISO alpha-2. */
export const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map(WORLD.map((c) => [c.cca2, { code: c.cca2, name: c.name.common, capitals: c.capital ?? [] }]))

/** Folded phrase -> country entry; built once. */
export const COUNTRY_PHRASES: ReadonlyMap<string, CountryEntry> = buildPhrases()

/** ISO 4217 codes, so "USD" or "CNY" are never read as organizations. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(WORLD.flatMap((c) => Object.keys(c.currencies ?? {}).map((k) => k.toLowerCase())))

function buildPhrases(): Map<string, CountryEntry> {
  const out = new Map<string, CountryEntry>()
  const add = (phrase: string, entry: CountryEntry): void => {
    const key = foldName(phrase)
    if (!key || (out.has(key) && out.get(key)!.form !== 'short')) return
    out.set(key, entry)
  }
  const names = i18n.getNames('en', { select: 'all' })
  for (const c of WORLD) {
    const code = c.cca2
    add(c.name.common, { code, form: 'name' })
    add(c.name.official, { code, form: 'name' })
    for (const n of names[code] ?? []) addName(n, code, add)
    for (const alt of c.altSpellings ?? []) if (alt !== code && !NOT_A_COUNTRY_NAME.has(foldName(alt))) addName(alt, code, add)
    for (const native of Object.values(c.name.native ?? {}))
      if (LATIN.test(native.common) && !NOT_A_COUNTRY_NAME.has(foldName(native.common))) add(native.common, { code, form: 'name' })
    const dem = c.demonyms?.eng
    for (const d of new Set([dem?.m, dem?.f].filter(Boolean) as string[])) {
      for (const form of /(?:ese|ss|sh|ch|i|s)$/.test(d) ? [d] : [d, `${d}s`]) {
        // Two member states sharing a demonym ("Dominican": Dominica and the Dominican Republic): the
        // larger holds it, as news means it (the Dominican Republic's ministers, not Dominica's).
        const held = out.get(foldName(form))
        if (held?.form === 'demonym' && c.unMember && larger(code, held.code)) out.set(foldName(form), { code, form: 'demonym' })
        else add(form, { code, form: 'demonym' })
      }
    }
  }
  for (const [code, forms] of Object.entries(SHORT_FORMS)) for (const f of forms) addName(f, code, add)
  for (const [code, forms] of Object.entries(EXTRA_DEMONYMS)) for (const f of forms) add(f, { code, form: 'demonym' })
  return out
}

/** Is `a` a member state larger than member state `b`? */
function larger(a: string, b: string): boolean {
  return MEMBER.has(b) && (AREA.get(a) ?? 0) > (AREA.get(b) ?? 0)
}

function addName(name: string, code: string, add: (p: string, e: CountryEntry) => void): void {
  if (!LATIN.test(name)) return
  const letters = name.replace(/\./g, '')
  if (ALL_CAPS.test(name) && letters.length <= 5) add(name, { code, form: 'short', exact: letters })
  else if (letters.length > 2) add(name, { code, form: 'name' })
}

/** Longest phrase length (in words) in the country gazetteer. */
export const COUNTRY_MAX_WORDS = Math.max(...[...COUNTRY_PHRASES.keys()].map((k) => k.split(' ').length))

/**
 * The English names a country goes by in the reference data (common,
 * official, ISO and usual short forms: "Czechia", "Czech Republic"), those
 * no other country shares ("Congo" names two): an entity is known by them
 * whichever one a text used.
 */
export function countryAliases(code: string): readonly string[] {
  return (ALIASES ??= buildAliases()).get(code) ?? []
}
let ALIASES: Map<string, string[]> | undefined

function buildAliases(): Map<string, string[]> {
  const names = i18n.getNames('en', { select: 'all' })
  const byName = new Map<string, Set<string>>()
  const candidates = new Map<string, string[]>()
  for (const c of WORLD) {
    const list = [c.name.common, c.name.official, ...(names[c.cca2] ?? []), ...(SHORT_FORMS[c.cca2] ?? [])].filter((n) => LATIN.test(n) && !n.includes(','))
    candidates.set(c.cca2, list)
    for (const n of list) byName.set(foldName(n), (byName.get(foldName(n)) ?? new Set()).add(c.cca2))
  }
  const out = new Map<string, string[]>()
  for (const [code, list] of candidates) out.set(code, [...new Set(list.filter((n) => byName.get(foldName(n))!.size === 1))])
  return out
}

/** English name of a country code, or the code itself. */
export function countryName(code: string): string {
  return COUNTRIES.get(code)?.name ?? code
}

/** A capital's names: as the country data spells it, and without its district's initials ("Washington D.C." is "Washington" in the news). */
export function capitalNames(capital: string): string[] {
  const bare = capital.replace(/,? (?:[A-Z]\.){2,4}$/, '')
  return bare === capital ? [capital] : [capital, bare]
}

/** Whether `name` is a capital of the country `code` ("Manila" of PH, "Washington" of US). */
export function isCapitalOf(name: string, code: string): boolean {
  const folded = foldName(name)
  return COUNTRIES.get(code)?.capitals.some((c) => capitalNames(c).some((n) => foldName(n) === folded)) ?? false
}
