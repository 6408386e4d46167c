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
    const span = segmentSpan(seg)
    const text = ctx.text.slice(span.start, span.end)
    const aliases = [...new Set([text, named.base].filter((a) => a !== named.name))]
    const c: Candidate = {
      span,
      text,
      type: typeOf(seg.phrase.elements.slice(seg.first, seg.last + 1), named.base),
      key: `org:${foldName(named.name)}`,
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
export function nameOf(text: string, seg: Segment, scan: DocumentScan): { name: string; base: string; country: string | null } {
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
  const country = moved ?? inner?.country?.code ?? null
  let name = moved && !inner ? `${base} of ${countryName(moved)}` : base
  // "(NPC) Standing Committee": a body named after the acronym before it.
  const prev = els[seg.first - 1]
  if (!moved && prev?.cls === 'def' && !inner) name = `${text.slice(prev.start, prev.end)} ${base}`
  return { name, base, country }
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
