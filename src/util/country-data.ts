import { createRequire } from 'node:module'
import type { Country } from 'world-countries'

const require = createRequire(import.meta.url)

/**
 * The country packages, loaded here only, so the gazetteer, the figures and
 * the pair parser read the same data the same way.
 */

let world: readonly Country[] | undefined

/**
 * The world-countries list: names, capitals, demonyms, currencies, UN
 * membership (required: its CommonJS export confuses NodeNext typing).
 * Loaded on first use: the read commands parse pairs with the names below
 * and never need it.
 */
export function worldCountries(): readonly Country[] {
  return (world ??= require('world-countries') as Country[])
}

/**
 * i18n-iso-countries with its English names only. Its Node entry registers
 * all of its ~80 languages (a tenth of a second of every start-up); Dyad
 * reads country names in English only.
 */
export const ISO_COUNTRIES = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries')
ISO_COUNTRIES.registerLocale(require('i18n-iso-countries/langs/en.json'))
