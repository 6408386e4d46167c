import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import type { Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'
import { scanDocument } from '../scan/document.js'

const ORGS = new Set(['organization', 'mechanism', 'initiative'])

/**
 * "Steering Committee for Bilateral Cooperation" is the "Steering Committee
 * for Vietnam-China Bilateral Cooperation" of the same article: a body named
 * once with the document's countries and once without them is one entity,
 * when only one such fuller name fits.
 */
export const pairNames: Refiner<Candidate> = {
  name: 'pair-names',
  refine(ctx, results) {
    const codes = scanDocument(ctx).countries
    const names = [...COUNTRY_PHRASES.entries()].filter(([, e]) => codes.has(e.code) && !e.exact).map(([k]) => k)
    if (names.length === 0) return results
    const strip = new RegExp(`\\b(?:${names.sort((a, b) => b.length - a.length).join('|')})\\b`, 'g')
    const reduce = (c: Candidate) => foldName(c.name).replace(strip, ' ').replace(/\s+/g, ' ').trim()
    const fuller = new Map<string, Set<string>>()
    const byKey = new Map<string, Candidate>()
    for (const c of results) {
      if (!ORGS.has(c.type)) continue
      const reduced = reduce(c)
      if (reduced === foldName(c.name) || !reduced.includes(' ')) continue
      fuller.set(reduced, (fuller.get(reduced) ?? new Set()).add(c.key))
      byKey.set(c.key, c)
    }
    // A fuller name renamed above is read as renamed (the candidates read are left as they were).
    const renamed = new Map<Candidate, Candidate>()
    for (const c of results) {
      if (!ORGS.has(c.type)) continue
      const keys = fuller.get(foldName(c.name))
      if (!keys || keys.size !== 1) continue
      const found = byKey.get([...keys][0])!
      const target = renamed.get(found) ?? found
      renamed.set(c, { ...c, aliases: [...new Set([...(c.aliases ?? []), c.name])], key: target.key, name: target.name, type: target.type })
    }
    return results.map((c) => renamed.get(c) ?? c)
  },
}
