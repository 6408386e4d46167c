import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import type { Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'
import { scanDocument } from '../scan/document.js'

const ORGS = new Set(['organization', 'mechanism', 'initiative'])

/**
 * Each country's names that may stand inside a body's name (not the exact
 * ones), with their place in COUNTRY_PHRASES: built once, not by walking
 * every country's names for every document (most of this refiner's time).
 */
const NAMES_BY_CODE: ReadonlyMap<string, readonly { name: string; order: number }[]> = (() => {
  const out = new Map<string, { name: string; order: number }[]>()
  let order = 0
  for (const [name, e] of COUNTRY_PHRASES) {
    order++
    if (e.exact) continue
    const list = out.get(e.code)
    if (list) list.push({ name, order })
    else out.set(e.code, [{ name, order }])
  }
  return out
})()

/**
 * "Steering Committee for Bilateral Cooperation" is the "Steering Committee
 * for Vietnam-China Bilateral Cooperation" of the same article: a body named
 * once with the document's countries and once without them is one entity,
 * when only one such fuller name fits.
 */
export const pairNames: Refiner<Candidate> = {
  name: 'pair-names',
  refine(ctx, results) {
    if (!results.some((c) => ORGS.has(c.type))) return results
    const names = [...scanDocument(ctx).countries].flatMap((code) => NAMES_BY_CODE.get(code) ?? [])
    if (names.length === 0) return results
    // Longest first; among names of one length, in COUNTRY_PHRASES' order.
    names.sort((a, b) => b.name.length - a.name.length || a.order - b.order)
    const strip = new RegExp(`\\b(?:${names.map((n) => n.name).join('|')})\\b`, 'g')
    // Per name, not per mention: a body is named again and again, and the pattern holds every name of every country read.
    const reducedNames = new Map<string, string>()
    const reduce = (c: Candidate) => {
      let reduced = reducedNames.get(c.name)
      if (reduced === undefined) reducedNames.set(c.name, (reduced = foldName(c.name).replace(strip, ' ').replace(/\s+/g, ' ').trim()))
      return reduced
    }
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
