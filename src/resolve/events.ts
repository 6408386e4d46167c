import { EVENT_TYPES, type EventMention, type EventType, type Published, type TimeInterval } from '../model/types.js'

export interface StoredEvent {
  readonly id: string
  readonly doc: string
  readonly event: EventMention
}

// Ranges wider than this many years are not indexed by year (a decade of
// relations is no reason to compare against every event in it).
const MAX_BUCKETS = 6

// One sitting of leaders or envoys is a "meeting" in one report, "talks" or a "summit" in another
// (CAMEO codes all three under 04, consult): they cluster as one kind.
const SITTINGS = ['meeting', 'talks', 'summit'] as const
const SITTING_KIND = 'sitting'

/** The kind two mentions must share to report one event: the sitting types as one, else the type. */
export function clusterKind(type: string): string {
  return (SITTINGS as readonly string[]).includes(type) ? SITTING_KIND : type
}

/** The event types of one cluster kind. */
export function typesOfKind(kind: string): string[] {
  return kind === SITTING_KIND ? [...SITTINGS] : [kind]
}

function persons(e: EventMention): string[] {
  return e.actors.filter((a) => a.startsWith('person:'))
}

function others(e: EventMention): string[] {
  return e.actors.filter((a) => !a.startsWith('person:') && !a.startsWith('group:'))
}

function isCountry(key: string): boolean {
  return key.startsWith('country:')
}

function nested(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x)) || b.every((x) => a.includes(x))
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}

function overlaps(a: TimeInterval | null, b: TimeInterval | null): boolean {
  return !!a && !!b && a.start <= b.end && b.start <= a.end
}

// The events stage ends every evidence span at the end of its sentence, so
// mentions of one document that end together come from one sentence.
function oneSentence(a: StoredEvent, b: StoredEvent): boolean {
  return a.doc === b.doc && a.event.span.end === b.event.span.end
}

/** Who a mention names, split as compatibleActors compares it (read once per mention when many pairs are weighed). */
interface Who {
  readonly persons: readonly string[]
  /** Countries and bodies (not persons, not groups). */
  readonly others: readonly string[]
  /** The countries among `others`. */
  readonly countries: readonly string[]
  readonly byBodies: boolean
}

function whoParts(e: EventMention): Who {
  const o = others(e)
  return { persons: persons(e), others: o, countries: o.filter(isCountry), byBodies: BODY_TYPES.has(e.type) && o.length > 0 }
}

/**
 * Can two mentions report the same real event, as far as who is involved?
 * Persons must nest ({Trong} within {Xi, Trong}; {Phuc, Xi} is not {Trong,
 * Xi}); events without persons need the same countries and bodies; visits
 * need the same host; stated counts must agree.
 */
export function compatibleActors(a: EventMention, b: EventMention): boolean {
  return compatibleWho(a, whoParts(a), b, whoParts(b))
}

/** compatibleActors with each mention's parts already read (`wa` of `a`, `wb` of `b`). */
function compatibleWho(a: EventMention, wa: Who, b: EventMention, wb: Who): boolean {
  const pa = wa.persons
  const pb = wb.persons
  if (wa.byBodies && wb.byBodies) {
    // The same countries; the bodies named beside them may be told in one
    // report and not in another ({Egypt, Saudi Arabia} within {Egypt, Saudi
    // Arabia, its investment authority}), so those only need to nest.
    const ca = wa.countries
    const cb = wb.countries
    if (ca.length > 0 ? !sameSet(ca, cb) || !nested(wa.others, wb.others) : !sameSet(wa.others, wb.others)) return false
  } else if (pa.length > 0 || pb.length > 0) {
    if (pa.length === 0 || pb.length === 0) return false
    if (!nested(pa, pb)) return false
  } else if (!sameSet(wa.others, wb.others)) return false
  if (a.type === 'visit' && a.host && b.host && a.host !== b.host) return false
  // Directed events whose sources share no one are different acts ("France
  // accused Italy" is not "Italy accused France", whatever the day).
  const sa = a.sourceActors ?? []
  const sb = b.sourceActors ?? []
  if (sa.length > 0 && sb.length > 0 && !sa.some((k) => sb.includes(k))) return false
  // Stated counts must agree, except between a plan and what came of it
  // (nine agreements expected, fourteen signed).
  if (a.count !== null && b.count !== null && a.count !== b.count && (a.status === b.status || Math.min(a.count, b.count) < 2)) return false
  return true
}

/**
 * Blocking keys: type, year (each year the interval touches) and who (each
 * person; else the set of countries and bodies). Compatible mentions always
 * share a key, since their persons nest or their bodies are equal.
 */
// Agreements, aid and the like are between countries and bodies: when both
// mentions name them, those decide (a person quoted beside them does not).
// Every type is so but the occasions persons attend, awards and statements.
const PERSON_TYPES = new Set<EventType>(['visit', 'talks', 'meeting', 'phone_call', 'summit', 'award', 'statement'])
const BODY_TYPES = new Set(EVENT_TYPES.filter((t) => !PERSON_TYPES.has(t)))

function byBodies(e: EventMention): boolean {
  return BODY_TYPES.has(e.type) && others(e).length > 0
}

function whoOf(e: EventMention): string[] {
  const people = persons(e)
  const countries = others(e).filter(isCountry)
  const bodies = byBodies(e) && countries.length > 0 ? countries : others(e)
  return people.length > 0 && !byBodies(e) ? people : [[...bodies].sort().join('+')]
}

function buckets(e: EventMention): string[] {
  const when = e.when!
  const from = Number(when.start.slice(0, 4))
  const to = Number(when.end.slice(0, 4))
  const years: string[] = []
  if (to - from + 1 > MAX_BUCKETS) years.push('wide')
  else for (let y = from; y <= to; y++) years.push(String(y))
  return years.flatMap((y) => whoOf(e).map((w) => `${clusterKind(e.type)}|${y}|${w}`))
}

/** Mentions at most this long are indexed by month; longer ones by year. */
const NARROW_DAYS = 62

function monthsOf(when: TimeInterval): string[] {
  const out: string[] = []
  let [y, m] = [Number(when.start.slice(0, 4)), Number(when.start.slice(5, 7))]
  const [y1, m1] = [Number(when.end.slice(0, 4)), Number(when.end.slice(5, 7))]
  while ((y < y1 || (y === y1 && m <= m1)) && out.length < 12 * MAX_BUCKETS) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    ;[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
  }
  return out
}

function narrow(when: TimeInterval): boolean {
  return (Date.parse(when.end) - Date.parse(when.start)) / 86_400_000 < NARROW_DAYS
}

/**
 * The keys a stored mention is indexed under, finer than `clusterEvents`'
 * own blocks so that a new mention reads few others: a mention of a few
 * days or weeks under each month it touches, a longer one under each year,
 * a range wider than the blocks under `wide` (type and who in every key).
 * None for an undated mention.
 */
export function eventIndexKeys(e: EventMention): string[] {
  if (!e.when) return []
  const who = whoOf(e)
  const when = narrow(e.when)
    ? monthsOf(e.when).map((m) => `m${m}`)
    : buckets(e)
        .map((b) => b.split('|')[1])
        .map((y) => (y === 'wide' ? y : `y${y}`))
  return [...new Set(when)].flatMap((t) => who.map((w) => `${e.type}|${t}|${w}`))
}

/**
 * The index keys to read for a new mention: every stored mention it could
 * be the same as (same kind, read under each of its types, and who,
 * overlapping in time, so sharing a year) is under one of them. A narrow mention reads its months and the
 * longer mentions of its years; a longer one its years and every month of
 * them.
 */
export function eventLookupKeys(e: EventMention): string[] {
  if (!e.when) return []
  const who = whoOf(e)
  const years = buckets(e).map((b) => b.split('|')[1])
  const types = typesOfKind(clusterKind(e.type))
  if (years[0] === 'wide') return types.flatMap((type) => who.map((w) => `${type}|wide|${w}`))
  const months = narrow(e.when)
    ? monthsOf(e.when)
    : years.flatMap((y) => monthsOf({ start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year' } as TimeInterval))
  const times = [...new Set([...months.map((m) => `m${m}`), ...years.map((y) => `y${y}`)])]
  return types.flatMap((type) => times.flatMap((t) => who.map((w) => `${type}|${t}|${w}`)))
}

/**
 * Group mentions of the same real event across documents: same kind (the type; meetings, talks and summits as one),
 * compatible actors, overlapping time at any granularity (a day inside a
 * month, a month inside a range). Mentions are compared only within blocks
 * of type and year, never all pairs. Linking is single on time (the
 * November mention and the October mention of one Oct 30-Nov 2 visit join
 * through the dated range) but complete on actors: two groups merge only
 * when every pair of their members could be the same event. Two events read
 * from one sentence are never the same. Undated mentions stay alone.
 * Planned and occurred mentions of one visit do join. A repeat (a mention
 * with `repeatOf`) takes no part in these rules: it joins the cluster of its
 * main mention (same document and type, span equal to `repeatOf`) and
 * nothing else, or stays alone without it. Mentions dated only by their
 * article join only as visits, summits, calls, talks and meetings. Returns event id -> cluster id
 * (stable: derived from the smallest member id).
 */
const ARTICLE_DATED_JOIN = new Set(['visit', 'summit', 'phone_call', 'talks', 'meeting'])

export function clusterEvents(events: readonly StoredEvent[], _published?: ReadonlyMap<string, Published | null>): Map<string, string> {
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const parent = sorted.map((_, i) => i)
  const members = sorted.map((_, i) => [i])
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  const blocks = new Map<string, number[]>()
  sorted.forEach((s, i) => {
    if (!s.event.when || s.event.repeatOf) return
    // A time taken from the article's date says only that the event is news
    // of that day: enough to join reports of one visit, summit or call, not
    // to tell one agreement or statement of a busy week from another.
    if (s.event.whenBasis === 'article' && !ARTICLE_DATED_JOIN.has(s.event.type)) return
    for (const b of buckets(s.event)) {
      const list = blocks.get(b)
      if (list) list.push(i)
      else blocks.set(b, [i])
    }
  })
  // Each mention's kind and who it names, once.
  const kinds = sorted.map((s) => clusterKind(s.event.type))
  const who = sorted.map((s) => whoParts(s.event))
  const fits = (x: number, y: number): boolean => {
    const a = sorted[x]
    const b = sorted[y]
    if (oneSentence(a, b)) return false
    if (a.event.type !== b.event.type && !sameSitting(a, b)) return false
    if (coarseActsOfOneReport(a, b)) return false
    return compatibleWho(a.event, who[x], b.event, who[y])
  }
  // Same-type mentions join first, so that a report's own meeting is in its cluster before that
  // report's talks are weighed against it (a sitting is never two types within one report).
  // Within a pass pairs are weighed in the order of their ids (by the smaller, then the
  // other), never in the order blocks happen to be met: a pair's turn then depends only on
  // the two mentions, so the clusters of mentions that can join depend on those mentions
  // alone and not on what else was read with them (one ingest or several give the same).
  // The blocks each mention is in, with its place in each (lists hold ascending positions).
  const blocksOf: { list: number[]; at: number }[][] = sorted.map(() => [])
  for (const list of blocks.values()) list.forEach((x, at) => blocksOf[x].push({ list, at }))
  for (const crossType of [false, true]) {
    for (let x = 0; x < sorted.length; x++) {
      const a = sorted[x].event
      // The later mentions x may join, each once however many blocks they share; a pair the
      // type, kind and time rule out, or already in one cluster, needs no place.
      const later: number[] = []
      for (const { list, at } of blocksOf[x]) {
        for (let j = at + 1; j < list.length; j++) {
          const y = list[j]
          const b = sorted[y].event
          if ((a.type !== b.type) !== crossType || kinds[x] !== kinds[y] || !overlaps(a.when, b.when) || find(x) === find(y)) continue
          later.push(y)
        }
      }
      later.sort((p, q) => p - q)
      for (let i = 0; i < later.length; i++) {
        const y = later[i]
        if (i > 0 && y === later[i - 1]) continue
        const rx = find(x)
        const ry = find(y)
        if (rx === ry) continue
        if (!members[rx].every((m) => members[ry].every((k) => fits(m, k)))) continue
        const [root, child] = rx < ry ? [rx, ry] : [ry, rx]
        parent[child] = root
        members[root].push(...members[child])
        members[child] = []
      }
    }
  }
  joinRepeats(sorted, (x, y) => {
    const [rx, ry] = [find(x), find(y)]
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry)
  })
  const clusters = new Map<string, string>()
  sorted.forEach((s, i) => clusters.set(s.id, `c-${sorted[find(i)].id}`))
  return clusters
}

/** Intervals longer than this (a month) tell one act from another only for occasions. */
const COARSE_DAYS = 31

function coarse(when: TimeInterval | null): boolean {
  return !!when && (Date.parse(when.end) - Date.parse(when.start)) / 86_400_000 >= COARSE_DAYS
}

/**
 * Two acts that recur (accusations, statements, agreements: not visits, summits,
 * calls or sittings) told in two sentences of one report and dated only by a
 * month or a year are two acts: a report that tells one act twice dates it the
 * second time by the first (a repeat), not by the year around it.
 */
function coarseActsOfOneReport(a: StoredEvent, b: StoredEvent): boolean {
  return a.doc === b.doc && !ARTICLE_DATED_JOIN.has(a.event.type) && coarse(a.event.when) && coarse(b.event.when)
}

/**
 * A meeting in one report and talks in another are one sitting only when
 * they name the same two or more persons: within one report, or with a
 * person more or less, they are as often two sittings of one visit (talks
 * with the president, a meeting with the premier).
 */
function sameSitting(a: StoredEvent, b: StoredEvent): boolean {
  const pa = persons(a.event)
  return a.doc !== b.doc && pa.length >= 2 && sameSet(pa, persons(b.event))
}

/** Call `join` for each repeat and its main mention (same document and type, span equal to `repeatOf`). */
function joinRepeats(sorted: readonly StoredEvent[], join: (repeat: number, main: number) => void): void {
  const mains = new Map<string, number>()
  sorted.forEach((s, i) => {
    if (!s.event.repeatOf) mains.set(`${s.doc}|${s.event.type}|${s.event.span.start}|${s.event.span.end}`, i)
  })
  sorted.forEach((s, i) => {
    const of = s.event.repeatOf
    const main = of ? mains.get(`${s.doc}|${s.event.type}|${of.start}|${of.end}`) : undefined
    if (main !== undefined) join(i, main)
  })
}

/** The most precise time among a cluster's mentions: the shortest interval, dated occurred mentions first. */
export function clusterTime(mentions: readonly EventMention[]): TimeInterval | null {
  let best: EventMention | null = null
  const length = (t: TimeInterval) => Date.parse(t.end) - Date.parse(t.start)
  for (const m of mentions) {
    if (!m.when) continue
    if (!best || length(m.when) < length(best.when!) || (length(m.when) === length(best.when!) && m.status === 'occurred' && best.status === 'planned'))
      best = m
  }
  return best?.when ?? null
}
