// Synthetic diplomatic news for the scale benchmarks: documents built from
// our own templates (never the corpus's wording), with country pairs from
// the gazetteer, invented people, dates, figures and visits. Deterministic:
// document i is the same on every run and machine.
//
// The collection grows the way an archive does: later documents are about
// later years (about 2,000 documents a year over 60 pairs: 100,000 documents
// span 1975 to 2025), and the outlets
// that report a pair's trade for a year mostly repeat one official figure
// (one in five gives another source's). So a (pair, year) block holds about
// as many figures and events at 100,000 documents as at 10,000, which is
// what blocking by pair, type and time relies on; a store where every new
// document is about the same ten years would make every block grow with the
// store whatever the blocking.
import { COUNTRIES, type CountryInfo } from '../src/entities/gazetteer/countries.js'

/** One generated document (a source for the ingest service). */
export interface GeneratedDoc {
  readonly source: string
  readonly text: string
}

/** Mulberry32: a small, fast, seedable generator (no global state). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const GIVEN = ['Anna', 'Marek', 'Sofia', 'Tomas', 'Leila', 'Karim', 'Ines', 'Pavel', 'Mei', 'Arjun', 'Olga', 'Rafael', 'Nadia', 'Viktor', 'Amara', 'Jonas', 'Selin', 'Dmitri', 'Yara', 'Lukas', 'Farida', 'Kenji', 'Elena', 'Omar']
const FAMILY = ['Novak', 'Haddad', 'Lindqvist', 'Moreno', 'Tanaka', 'Okafor', 'Petrov', 'Castillo', 'Rahman', 'Keller', 'Costa', 'Yilmaz', 'Nakamura', 'Dubois', 'Mensah', 'Kowalski', 'Ferreira', 'Suzuki', 'Andersen', 'Bakr', 'Ivanova', 'Romero', 'Sato', 'Weber']
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Deputy Prime Minister', 'Minister of Trade', 'Minister of Defence', 'Speaker of the National Assembly']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const FIELDS = ['trade', 'energy', 'education', 'agriculture', 'digital transformation', 'infrastructure', 'health care', 'tourism', 'climate change', 'security']

/** Countries that have a capital, in a stable order (the gazetteer's). */
const POOL: readonly CountryInfo[] = [...COUNTRIES.values()].filter((c) => c.capitals.length > 0 && /^[A-Za-z ]+$/.test(c.name)).slice(0, 120)

/** The country pairs documents are about: `pairs` fixed pairs drawn from the pool. */
export function pairPool(pairs: number, seed = 7): [CountryInfo, CountryInfo][] {
  const rnd = random(seed)
  const out: [CountryInfo, CountryInfo][] = []
  const seen = new Set<string>()
  while (out.length < pairs) {
    const a = POOL[Math.floor(rnd() * POOL.length)]
    const b = POOL[Math.floor(rnd() * POOL.length)]
    const id = [a.code, b.code].sort().join('-')
    if (a.code === b.code || seen.has(id)) continue
    seen.add(id)
    out.push([a, b])
  }
  return out
}

const pairCache = new Map<number, [CountryInfo, CountryInfo][]>()

function cachedPairs(pairs: number): [CountryInfo, CountryInfo][] {
  let list = pairCache.get(pairs)
  if (!list) pairCache.set(pairs, (list = pairPool(pairs)))
  return list
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'
  return `${n}${suffix}`
}

function person(rnd: () => number): string {
  return `${pick(rnd, GIVEN)} ${pick(rnd, FAMILY)}`
}

const FIRST_YEAR = 1975
const DOCS_PER_YEAR = 2000

/** The figures a pair's official statistics give for a year (trade turnover in billion USD, growth in percent). */
function officialFigures(pair: number, year: number): [string, string] {
  const rnd = random(7919 * (pair + 1) + year)
  return [(1 + rnd() * 90).toFixed(1), (1 + rnd() * 30).toFixed(1)]
}

/** Document `i` of a generated collection over `pairs` country pairs. */
export function generateDoc(i: number, pairs = 60): GeneratedDoc {
  const rnd = random(1000003 * (i + 1))
  const [a, b] = cachedPairs(pairs)[i % pairs]
  const [host, guest] = rnd() < 0.5 ? [a, b] : [b, a]
  const year = FIRST_YEAR + Math.floor(i / DOCS_PER_YEAR) + Math.floor(rnd() * 3)
  const month = Math.floor(rnd() * 12)
  const day = 1 + Math.floor(rnd() * 26)
  const guestLeader = person(rnd)
  const hostLeader = person(rnd)
  const minister = person(rnd)
  const guestTitle = pick(rnd, TITLES)
  const hostTitle = pick(rnd, TITLES)
  const field = pick(rnd, FIELDS)
  const other = FIELDS[(FIELDS.indexOf(field) + 1 + Math.floor(rnd() * (FIELDS.length - 1))) % FIELDS.length]
  const official = officialFigures(i % pairs, year - 1)
  const [turnover, growth] = rnd() < 0.8 ? official : [(Number(official[0]) * (0.9 + rnd() * 0.2)).toFixed(1), (Number(official[1]) + 1).toFixed(1)]
  const fdi = Math.floor(50 + rnd() * 900)
  const capital = host.capitals[0]
  const published = `${MONTHS[month]} ${day + 2}, ${year}`
  const paragraphs = [
    `${capital}, ${published} - ${guestTitle} of ${guest.name} ${guestLeader} held talks with ${hostTitle} of ${host.name} ${hostLeader} in ${capital} on ${MONTHS[month]} ${day}, during an official visit to ${host.name} from ${MONTHS[month]} ${day} to ${day + 2}.`,
    `The two leaders agreed to deepen cooperation in ${field} and ${other}, and signed a memorandum of understanding on ${field}.`,
    `According to ${host.name}'s customs office, two-way trade between ${host.name} and ${guest.name} reached ${turnover} billion USD in ${year - 1}, up ${growth} percent year on year.`,
    `${guest.name} is currently the ${ordinal(2 + Math.floor(rnd() * 15))} largest investor in ${host.name}, with ${fdi} projects worth ${(rnd() * 20).toFixed(2)} billion USD.`,
  ]
  if (rnd() < 0.5) paragraphs.push(`Earlier, on ${MONTHS[(month + 11) % 12]} ${1 + Math.floor(rnd() * 27)}, Foreign Minister ${minister} of ${guest.name} held a phone call with his ${host.name} counterpart to prepare the visit.`)
  if (rnd() < 0.4) paragraphs.push(`${hostLeader} accepted an invitation to visit ${guest.name} in ${year + 1}.`)
  if (rnd() < 0.3) paragraphs.push(`${host.name} will provide ${Math.floor(1 + rnd() * 50)} million USD in aid to ${guest.name} for ${other} projects over the next ${2 + Math.floor(rnd() * 4)} years.`)
  return { source: `gen/${String(i).padStart(6, '0')}.txt`, text: `${paragraphs.join('\n\n')}\n` }
}

/** Documents `from` (inclusive) to `to` (exclusive), lazily. */
export function* generateDocs(from: number, to: number, pairs = 60): Generator<GeneratedDoc> {
  for (let i = from; i < to; i++) yield generateDoc(i, pairs)
}
