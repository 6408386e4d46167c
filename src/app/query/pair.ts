import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// The package's Node entry registers all of its ~80 languages (a tenth of a
// second of every read command's start-up); a pair is read in English only.
const countries = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries')
countries.registerLocale(require('i18n-iso-countries/langs/en.json'))

/**
 * Parse a country pair as people type it (`VN,CN`, `vn-cn`, `Vietnam,China`,
 * `country:VN,country:CN`) into the stored form: keys sorted, comma-joined
 * (`country:CN,country:VN`). Throws on a name that is not a country.
 */
export function parsePair(text: string): string {
  return [...pairKeys(text)].sort().join(',')
}

/**
 * The two country keys of a pair as typed, in the order given. Throws when
 * it is not two countries, names something that is not a country, or names
 * the same country twice.
 */
export function pairKeys(text: string): [string, string] {
  const parts = text.split(/[,/]|(?<=^[A-Za-z]{2})-(?=[A-Za-z]{2}$)/).map((p) => p.trim()).filter(Boolean)
  if (parts.length !== 2) throw new Error(`a pair is two countries, e.g. VN,CN (got "${text}")`)
  const keys = parts.map(countryKey) as [string, string]
  if (keys[0] === keys[1]) throw new Error(`a pair is two different countries (got "${text}")`)
  return keys
}

/** `VN`, `vn`, `Vietnam`, `VNM` or `country:VN` -> `country:VN`. */
export function countryKey(text: string): string {
  const raw = text.replace(/^country:/i, '').trim()
  const code =
    (/^[A-Za-z]{2}$/.test(raw) && countries.isValid(raw.toUpperCase()) ? raw.toUpperCase() : undefined) ??
    (/^[A-Za-z]{3}$/.test(raw) ? countries.alpha3ToAlpha2(raw.toUpperCase()) : undefined) ??
    countries.getAlpha2Code(raw, 'en')
  if (!code) throw new Error(`not a country: "${text}"`)
  return `country:${code}`
}

/** `country:CN,country:VN` -> `["CN", "VN"]` (for display). */
export function pairCodes(pair: string | null): string[] {
  return pair ? pair.split(',').map((k) => k.replace(/^country:/, '')) : []
}
