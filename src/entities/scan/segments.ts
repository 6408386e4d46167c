import type { Element } from './classes.js'
import type { Phrase } from './phrases.js'

/** What a stretch of a phrase names. */
export type SegmentKind = 'person' | 'org' | 'place' | 'country' | 'acronym' | 'unknown'

/** A stretch of elements [first, last] of one phrase. */
export interface Segment {
  readonly kind: SegmentKind
  readonly phrase: Phrase
  readonly first: number
  readonly last: number
  /** For a person: the elements of the titles before the name, [first, last], or null. */
  readonly role?: readonly [number, number] | null
  /** For an org inside a larger one ("Communist Party of X" in "... Central Committee"). */
  readonly nested?: boolean
}

// Title words that, right before an organization head, are part of its name
// ("General Department", "State Bank", "Supreme Court").
const NAME_TITLES = new Set(['general', 'state', 'chief', 'supreme', 'central', 'first', 'deputy', 'vice', 'head', 'leader'])
const REGION = new Set(['name', 'country', 'acronym', 'org', 'portfolio', 'particle', 'place', 'placeHead', 'conn', 'title'])
const TAIL_CONN = new Set(['of', 'for', 'on'])
// Heads too generic to name a body with only a country before them ("Vietnamese Party and State").
const GENERIC_HEADS = new Set(['party', 'parties', 'state', 'states', 'government', 'people', 'forces', 'side'])
// Names made only of these words name no one in particular ("the National Party Congress", "the Central Committee").
const GENERIC_WORDS = new Set([
  'national',
  'central',
  'party',
  'congress',
  'committee',
  'standing',
  'state',
  'people',
  'government',
  'general',
  'annual',
  'joint',
  'supreme',
  'provincial',
  'municipal',
  'local',
  'city',
  'regional',
  'summit',
  'forum',
  'conference',
  'meeting',
  'office',
  'ministry',
  'department',
  'agency',
  'council',
  'commission',
  'plenum',
  'session',
  'extraordinary',
  'th',
  'first',
  'second',
  'third',
])

/** Read one phrase into persons, organizations, places, countries and leftovers. */
export function segmentPhrase(phrase: Phrase): Segment[] {
  const els = phrase.elements
  const taken: boolean[] = els.map(() => false)
  const out: Segment[] = []

  // A gazetteer place right after a title is a name ("President Ho Chi Minh").
  for (let k = 1; k < els.length; k++) {
    const prev = els[k - 1].cls
    if (els[k].cls === 'place' && (prev === 'title' || prev === 'honorific') && els[k + 1]?.cls !== 'placeHead') els[k].cls = 'name'
    // "Foreign Minister Park Jin": a place noun right after a title, with a name after it, is a surname.
    if (els[k].cls === 'placeHead' && (prev === 'title' || prev === 'honorific') && els[k + 1]?.cls === 'name') els[k].cls = 'name'
  }
  // "Vladimir Putin", "Jordan Bardella": a one-word gazetteer place right before a name no one claims is a given name.
  for (let k = 0; k + 1 < els.length; k++) {
    const next = els[k + 2]?.cls
    if (els[k].cls === 'place' && els[k].first === els[k].last && els[k + 1].cls === 'name' && next !== 'placeHead' && next !== 'org') els[k].cls = 'name'
  }
  // Persons: a run of names after a title or an honorific somewhere before it.
  let lastPersonEnd = -1
  for (const [a, b] of nameRuns(els)) {
    const next = els[b + 1]
    if (next && (next.cls === 'org' || next.cls === 'placeHead' || next.cls === 'def')) continue
    let anchor = -1
    for (let k = a - 1; k > lastPersonEnd; k--)
      if (els[k].cls === 'title' || els[k].cls === 'honorific') {
        anchor = k
        break
      }
    if (anchor < 0) continue
    const prev = els[a - 1]
    if (!['title', 'honorific', 'country', 'acronym', 'org', 'placeHead', 'place', 'name', 'portfolio', 'def'].includes(prev.cls)) continue
    // Titles before this name start after the previous person of the phrase
    // ("President A and President B": B's titles are only the second).
    let roleStart = lastPersonEnd + 1
    while (roleStart < a && (els[roleStart].cls === 'conn' || els[roleStart].cls === 'honorific')) roleStart++
    out.push({ kind: 'person', phrase, first: a, last: b, role: roleStart < a ? [roleStart, a - 1] : null })
    lastPersonEnd = b
    for (let k = a; k <= b; k++) taken[k] = true
  }
  for (let k = 0; k < els.length; k++) {
    if (taken[k]) continue
    if (els[k].cls === 'title' && NAME_TITLES.has(els[k].fold) && els[k + 1]?.cls === 'org') els[k].cls = 'name'
  }

  // Organizations and places: around each head, split at paren acronyms.
  for (let h = 0; h < els.length; h++) {
    if (taken[h] || (els[h].cls !== 'org' && els[h].cls !== 'placeHead')) continue
    const a = leftEdge(els, taken, h)
    let b = h
    let end = h
    let tail = false
    while (b + 1 < els.length && !taken[b + 1] && REGION.has(els[b + 1].cls)) {
      b++
      const e = els[b]
      const prev = els[b - 1]
      if (e.cls === 'title' && !(tail && prev.cls === 'conn')) break
      if (e.cls === 'org' || e.cls === 'placeHead') end = b
      // "Bank Indonesia", "Air India": a head then a country.
      else if (e.cls === 'country' && isHead(prev) && prev.cls === 'org' && !tail) end = b
      else if (e.cls === 'conn') {
        if (prev.cls === 'conn') {
          if (!(tail && e.fold === 'the' && TAIL_CONN.has(prev.fold))) break
        } else if (isHead(prev)) {
          // A complement starts right after a head: "Ministry of ...", "Committee for ...".
          tail = TAIL_CONN.has(e.fold)
          if (!tail && !(e.fold === 'and' && andJoins(els, a, b))) break
        } else if (!(tail && (e.fold === 'and' || e.fold === 'of'))) break
        // "... of Trade and Indonesia's Ministry of ...": a second name starts after "and".
        else if (e.fold === 'and' && startsName(els, b + 1)) break
      } else if (tail) end = b
    }
    const body = els.slice(a, end + 1).filter((e) => e.cls !== 'conn')
    const generic =
      body.every((e) => e.cls === 'country' || ((e.cls === 'org' || e.cls === 'placeHead') && GENERIC_HEADS.has(e.fold))) ||
      (els[a - 1]?.cls !== 'def' && body.every((e) => GENERIC_WORDS.has(e.fold)))
    if ((end === a && !multiWord(els[a])) || generic) {
      h = end
      continue
    }
    const kind = els.slice(a, end + 1).some((e) => e.cls === 'org') ? 'org' : 'place'
    out.push({ kind, phrase, first: a, last: end })
    nestedParty(phrase, a, end, out)
    for (let k = a; k <= end; k++) taken[k] = true
    h = end
  }

  // What is left: countries, gazetteer places, acronyms, unknown name runs.
  for (let k = 0; k < els.length; k++) {
    if (taken[k]) continue
    const e = els[k]
    if (e.cls === 'country') out.push({ kind: 'country', phrase, first: k, last: k })
    else if (e.cls === 'place') out.push({ kind: 'place', phrase, first: k, last: k })
    else if (e.cls === 'acronym' || e.cls === 'def') out.push({ kind: 'acronym', phrase, first: k, last: k })
  }
  for (const [a, b] of nameRuns(els)) if (!taken[a]) out.push({ kind: 'unknown', phrase, first: a, last: b })
  // A lone head word may be a surname ("Park said"): left for coreference to confirm.
  if (els.length === 1 && (els[0].cls === 'placeHead' || els[0].cls === 'org') && !taken[0]) out.push({ kind: 'unknown', phrase, first: 0, last: 0 })
  return out
}

// "Trade and Development Bank", "Research and Innovation Agency": "and" after a
// head joins a second head, but never two full names ("... of X and ...").
function andJoins(els: readonly Element[], a: number, at: number): boolean {
  if (els[at - 1].cls !== 'org') return false
  if (els.slice(a, at).some((x) => x.fold === 'of' || x.cls === 'country' || x.cls === 'acronym')) return false
  for (let k = at + 1; k < els.length; k++) {
    if (isHead(els[k])) return true
    if (els[k].cls !== 'name') return false
  }
  return false
}

// "Belt and Road Initiative", "Businessmen's and Industrialists' Association":
// "and" between two names or heads of an organization name (never of a place).
function andBefore(els: readonly Element[], at: number, h: number): boolean {
  const left = els[at - 1]
  const right = els[at + 1]
  if (els[h].cls !== 'org' || !left || !right) return false
  const named = (e: Element) => e.cls === 'name' || e.cls === 'org'
  return named(left) && named(right) && !els.slice(0, at).some((x) => x.fold === 'of')
}

function startsName(els: readonly Element[], from: number): boolean {
  for (let k = from; k < els.length && els[k].cls !== 'conn'; k++) if (els[k].cls === 'org' || els[k].cls === 'title') return true
  return false
}

function isHead(e: Element | undefined): boolean {
  return e !== undefined && (e.cls === 'org' || e.cls === 'placeHead')
}

// Where a name ending in the head at `h` begins: over names, countries and
// acronyms, "of" inside the name, "and" only between two heads ("Trade and Development Bank").
function leftEdge(els: readonly Element[], taken: readonly boolean[], h: number): number {
  let a = h
  while (a > 0 && !taken[a - 1] && REGION.has(els[a - 1].cls) && els[a - 1].cls !== 'title') {
    const e = els[a - 1]
    if (e.cls === 'conn') {
      // "Association of Southeast Asian Nations": "of" inside a name follows a head, never
      // a plain word ("Officials of the ... Ministry").
      const ofOk = (at: number) => isHead(els[at - 1]) || (els[at - 1]?.fold === 'the' && isHead(els[at - 2]))
      const ok =
        (e.fold === 'of' && ofOk(a - 1)) ||
        e.fold === '&' ||
        (e.fold === 'the' && els[a - 2]?.fold === 'of' && ofOk(a - 2)) ||
        (e.fold === 'and' && andBefore(els, a - 1, h))
      if (!ok) break
    }
    a--
  }
  while (a < h && (els[a].cls === 'conn' || els[a].cls === 'particle')) a++
  return a
}

function multiWord(e: Element): boolean {
  return e.last > e.first
}

/** Maximal runs of name elements, particles allowed inside, one or two before a name ("van Dijk", "von der Leyen", "de la Cruz"). */
export function nameRuns(els: readonly Element[]): [number, number][] {
  const particleAt = (i: number) => els[i]?.cls === 'particle' && (els[i + 1]?.cls === 'name' || (els[i + 1]?.cls === 'particle' && els[i + 2]?.cls === 'name'))
  const runs: [number, number][] = []
  let k = 0
  while (k < els.length) {
    if (els[k].cls !== 'name') {
      k++
      continue
    }
    let b = k
    while (b + 1 < els.length && !els[b + 1].afterPossessive && (els[b + 1].cls === 'name' || particleAt(b + 1))) b++
    runs.push([k, b])
    k = b + 1
  }
  return runs
}

// "Communist Party of Vietnam Central Committee", "Congress of the Communist
// Party of China": the party itself is an entity too, nested in the name.
function nestedParty(phrase: Phrase, a: number, end: number, out: Segment[]): void {
  const els = phrase.elements
  for (let h = a; h < end; h++) {
    if (els[h].fold !== 'party' || els[h + 1]?.cls !== 'conn' || els[h + 1].fold !== 'of') continue
    let c = h + 2
    while (c <= end && els[c].cls === 'conn') c++
    if (c > end || els[c].cls !== 'country') continue
    let last = c
    while (last + 1 <= end && els[last + 1].cls === 'country') last++
    let first = h
    while (first > a && ['name', 'country', 'acronym', 'portfolio'].includes(els[first - 1].cls)) first--
    if (first !== a || last !== end) out.push({ kind: 'org', phrase, first, last, nested: true })
  }
}
