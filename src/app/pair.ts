import type { Pair } from '../model/pair.js'
import { pairParts } from '../shared/pair-text.js'
import { ISO_COUNTRIES as countries } from '../util/country-data.js'

export type { Pair } from '../model/pair.js'

/** The English name of a country's ISO code (`alias`: the short name people use, e.g. `Vietnam`), or undefined. */
export function countryName(code: string, select: 'official' | 'alias' = 'official'): string | undefined {
  return countries.getName(code, 'en', { select })
}

/**
 * Read a country pair as people type it (`VN,CN`, `vn-cn`, `Vietnam,China`,
 * `country:VN,country:CN`): the one parser behind the CLI, the API, the
 * brief and the queries. Throws on a name that is not a country.
 */
export function readPair(text: string): Pair {
  const keys = pairKeys(text)
  return { keys, stored: [...keys].sort().join(',') }
}

/** The stored form of a pair given as text or as a Pair (`country:CN,country:VN`). */
export function parsePair(pair: string | Pair): string {
  return typeof pair === 'string' ? readPair(pair).stored : pair.stored
}

/** A pair as records store it (`country:CN,country:VN`), or null when the record has none. */
export function storedPair(stored: string | null): Pair | null {
  if (!stored) return null
  const [a, b] = stored.split(',')
  return a && b ? { keys: [a, b], stored } : null
}

/**
 * The two country keys of a pair as typed, in the order given. Throws when
 * it is not two countries, names something that is not a country, or names
 * the same country twice.
 */
export function pairKeys(text: string): [string, string] {
  const parts = pairParts(text)
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

/** `country:CN,country:VN` (or a Pair, in its order) -> `["CN", "VN"]`, for display. */
export function pairCodes(pair: string | Pair | null): string[] {
  const keys = !pair ? [] : typeof pair === 'string' ? pair.split(',') : pair.keys
  return keys.map((k) => k.replace(/^country:/, ''))
}
