import { foldName } from '../../util/fold.js'
import { PRIORITY, type Candidate } from '../candidate.js'
import { countryName } from '../gazetteer/countries.js'
import { INITIATIVE_HEADS, MECHANISM_HEADS } from '../gazetteer/lexicon.js'
import type { Element } from '../scan/classes.js'
import { segmentSpan, type DocumentScan } from '../scan/document.js'
import type { Segment } from '../scan/segments.js'
import type { SegmentReader } from './reader.js'
import type { EntityType } from '../../model/types.js'

const POSSESSIVE = /^['’]s?\s/
const EDITIONS = new Set(['summit', 'forum', 'conference', 'expo', 'games', 'olympics', 'cup', 'dialogue', 'congress'])

/**
 * A name ending in an organization head ("Ministry of Industry and Trade",
 * "Communist Party of Vietnam", "Belt and Road Initiative"). A leading
 * possessive or demonym names the country and is moved after the name:
 * "Vietnam's National Assembly" -> "National Assembly of Vietnam".
 */
export const organization: SegmentReader = {
  name: 'organization',
  kind: 'org',
  extract(ctx, seg, scan) {
    const named = nameOf(ctx.text, seg, scan)
    let span = segmentSpan(seg)
    const last = seg.phrase.elements[seg.last]
    // "World Government Summit 2024": the edition year is part of an event's name.
    const year = EDITIONS.has(last.fold) ? /^[ \t]+(?:19|20)\d\d\b/.exec(ctx.text.slice(span.end, span.end + 6)) : null
    if (year) {
      span = { start: span.start, end: span.end + year[0].length }
      named.name += year[0]
      named.base += year[0]
      named.key += year[0]
    }
    const text = ctx.text.slice(span.start, span.end)
    const aliases = [...new Set([text, named.base].filter((a) => a !== named.name))]
    const c: Candidate = {
      span,
      text,
      type: typeOf(seg.phrase.elements.slice(seg.first, seg.last + 1), named.base),
      key: `org:${named.key}`,
      name: named.name,
      country: named.country,
      ruleId: 'entities:organization',
      priority: PRIORITY.org,
      aliases,
      nested: seg.nested,
    }
    return c
  },
}

/** Canonical name, the name as written without a country prefix, and the country. */
export function nameOf(text: string, seg: Segment, scan: DocumentScan): { name: string; base: string; country: string | null; key: string } {
  const els = seg.phrase.elements
  let from = seg.first
  let moved: string | null = null
  const lead = els[from]
  if (lead.cls === 'country' && lead.country && from < seg.last) {
    const next = els[from + 1]
    const possessive = POSSESSIVE.test(scan.words[next.first].gap)
    if (possessive || (lead.country.form !== 'name' && (next.cls === 'org' || next.cls === 'placeHead'))) {
      moved = lead.country.code
      from++
    }
  }
  const base = text.slice(els[from].start, els[seg.last].end)
  const inner = els.slice(from, seg.last + 1).find((e) => e.cls === 'country')
  // A name with two countries ("Vietnam-China Steering Committee") belongs to neither.
  const codes = new Set(
    els
      .slice(from, seg.last + 1)
      .filter((e) => e.country)
      .map((e) => e.country!.code),
  )
  const country = moved ?? (codes.size === 1 ? (inner?.country?.code ?? null) : null)
  let name = moved && !inner ? `${base} of ${countryName(moved)}` : base
  // "(NPC) Standing Committee": a body named after the acronym before it.
  const prev = els[seg.first - 1]
  if (!moved && prev?.cls === 'def' && !inner) name = `${text.slice(prev.start, prev.end)} ${base}`
  // The key spells countries the one way ("Việt Nam" and "Vietnam" are one news agency).
  let key = els
    .slice(from, seg.last + 1)
    .map((e) => (e.cls === 'country' && e.country && e.country.form !== 'demonym' ? foldName(countryName(e.country.code)) : e.fold))
    .join(' ')
  if (moved && !inner) key = `${key} of ${foldName(countryName(moved))}`
  if (!moved && prev?.cls === 'def' && !inner) key = `${prev.fold} ${key}`
  return { name, base, country, key: foldName(key) }
}

function typeOf(els: readonly Element[], base: string): EntityType {
  const heads = els.filter((e) => e.cls === 'org').map((e) => e.fold)
  const last = heads[heads.length - 1] ?? ''
  const folded = foldName(base)
  // A party is named "... Party" or "... Party of <country>", not "Congress of the ... Party".
  const at = els.findIndex((e) => e.cls === 'org' && e.fold === 'party')
  if (at >= 0 && !els.slice(0, at).some((e) => e.cls === 'org') && els.slice(at + 1).every((e) => e.cls === 'conn' || e.cls === 'country')) return 'party'
  for (const m of MECHANISM_HEADS) if (folded.includes(m)) return 'mechanism'
  const countries = els.filter((e) => e.cls === 'country').length
  if (countries >= 2 && /committee|commission|council|mechanism/.test(folded)) return 'mechanism'
  if (INITIATIVE_HEADS.has(last)) return 'initiative'
  return 'organization'
}
