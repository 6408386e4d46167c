import { createRequire } from 'node:module'
import { foldName } from '../../util/fold.js'
import { COUNTRIES, COUNTRY_PHRASES, capitalNames } from './countries.js'

/** A first-level subdivision, a capital city or a large city. */
export interface PlaceEntry {
  readonly key: string
  readonly name: string
  /** ISO 3166-1 alpha-2 of the country it lies in. */
  readonly country: string
  readonly kind: 'subdivision' | 'capital' | 'city'
}

interface CityRecord {
  city: string
  city_ascii: string
  pop: number
  iso2: string
}

interface IsoData {
  data: Record<string, { name: string; sub: Record<string, { type: string; name: string }> }>
}

const require = createRequire(import.meta.url)
const ISO: IsoData = require('iso-3166-2')

// Cities from city-timezones (GeoNames-derived, about 7,300 entries); only
// those of at least this population, where a name in a news text is most
// likely the city. Like every gazetteer place, a city is read only in a
// document that names its country (see placeOk in scan/phrases.ts).
const CITY_MIN_POPULATION = 100_000
const CITIES: readonly CityRecord[] = require('city-timezones').cityMapping

// Subdivision names that are ordinary words in English text ("Central",
// "Capital"): they only count with a place noun after them.
const GENERIC = new Set([
  'central',
  'capital',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'centre',
  'center',
  'delta',
  'coast',
  'islands',
  'lakes',
  'upper',
  'lower',
  'middle',
  'interior',
  'national',
  'federal',
  'city',
  'border',
  'mountain',
  'valley',
  'plateau',
  'river',
  'lake',
  'sea',
  'highlands',
  'western area',
])

/** Folded name -> places of that name (several countries may share one). */
export const PLACE_PHRASES: ReadonlyMap<string, readonly PlaceEntry[]> = buildPlaces()

/** Longest place phrase, in words. */
export const PLACE_MAX_WORDS = Math.max(...[...PLACE_PHRASES.keys()].map((k) => k.split(' ').length))

function buildPlaces(): Map<string, PlaceEntry[]> {
  const out = new Map<string, PlaceEntry[]>()
  const bySquashed = new Map<string, PlaceEntry>()
  // The lists holding each entry key, so a capital replaces its subdivision's entries without reading every list.
  const listsOf = new Map<string, PlaceEntry[][]>()
  const add = (phrase: string, entry: PlaceEntry): void => {
    const key = foldName(phrase)
    if (!key || GENERIC.has(key) || key.length < 4 || COUNTRY_PHRASES.has(key)) return
    const list = out.get(key) ?? []
    if (!list.some((e) => e.key === entry.key)) {
      list.push(entry)
      const lists = listsOf.get(entry.key)
      if (lists) lists.push(list)
      else listsOf.set(entry.key, [list])
    }
    out.set(key, list)
  }
  for (const [cc, country] of Object.entries(ISO.data)) {
    for (const [code, sub] of Object.entries(country.sub)) {
      const entry: PlaceEntry = { key: `place:${code}`, name: sub.name, country: cc, kind: 'subdivision' }
      add(sub.name, entry)
      bySquashed.set(`${cc}|${foldName(sub.name).replace(/ /g, '')}`, entry)
    }
  }
  for (const c of COUNTRIES.values()) {
    for (const capital of c.capitals) {
      // A capital that is also a subdivision ("Hanoi" = VN-HN "Ha Noi") takes its code.
      const same = bySquashed.get(`${c.code}|${foldName(capital).replace(/ /g, '')}`)
      const entry: PlaceEntry = same
        ? { key: same.key, name: capital, country: c.code, kind: 'capital' }
        : { key: `place:${foldName(capital)}`, name: capital, country: c.code, kind: 'capital' }
      if (same) for (const list of listsOf.get(same.key) ?? []) for (let i = 0; i < list.length; i++) if (list[i].key === same.key) list[i] = entry
      for (const name of capitalNames(capital)) add(name, entry)
    }
  }
  // Large cities last: a subdivision or capital of the same name keeps its entry.
  for (const c of CITIES) {
    if (c.pop < CITY_MIN_POPULATION || !/^[A-Z]{2}$/.test(c.iso2)) continue
    for (const name of new Set([c.city, c.city_ascii])) {
      const list = out.get(foldName(name))
      if (list?.some((e) => e.country === c.iso2)) continue
      add(name, { key: `place:${foldName(c.city_ascii)}`, name: c.city, country: c.iso2, kind: 'city' })
    }
  }
  return out
}
