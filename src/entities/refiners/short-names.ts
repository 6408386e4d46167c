import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import type { Candidate } from '../candidate.js'
import { NAME_PARTICLES } from '../gazetteer/lexicon.js'
import { differentPersons, personKind, type PersonKind } from '../person-kind.js'

const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
// Courtesy forms and consort titles right before a name (not roles, so read here): "First Lady Grace Banda", "Mrs. Banda".
const WORDS_BEFORE = /(?:^|[^\p{L}])(first lady|first gentleman|mrs|mr|ms|miss|madam|madame|dame|lady|sir|lord)\.?[ \t]+$/iu

/**
 * In-document coreference of persons: a short form ("Trong", "Xi", "PM
 * Chính", "Peña Nieto") is the one full name it begins or ends, when only
 * one full name fits. A tentative proper name is confirmed by fitting (or
 * equalling) a person the document names with a title (the drop-tentative
 * refiner removes the rest). A short form is never linked to a full name
 * whose titles say it is someone else (person-kind.ts). Where no full name
 * begins or ends with it, a short form may be inner words of one full name
 * of three words or more: the paternal surname of an Iberian name ("López"
 * of "Andrés Manuel López Obrador"), a name in the middle ("Lula" of "Luiz
 * Inácio Lula da Silva"), never particles alone. A two-word name in the
 * other order ("Iwaya Takeshi" after "Takeshi Iwaya") is the person first
 * named.
 */
export const shortNames: Refiner<Candidate> = {
  name: 'short-names',
  refine(ctx, results) {
    // Read once per mention: a full name's mentions are read again as short forms below.
    const kinds = new Map<Candidate, PersonKind>()
    const kindOf = (c: Candidate): PersonKind => {
      let kind = kinds.get(c)
      if (kind === undefined) {
        const before = WORDS_BEFORE.exec(ctx.text.slice(Math.max(0, c.span.start - 24), c.span.start))?.[1]
        kinds.set(c, (kind = personKind([...(before ? [before] : []), ...(c.roles ?? []).map((r) => r.title)])))
      }
      return kind
    }
    const full = new Map<string, { name: string; words: string[]; kinds: PersonKind[]; first: number }>()
    const titled = new Set(results.filter((c) => c.type === 'person' && !c.tentative).map((c) => c.key))
    for (const c of results) {
      if (c.type !== 'person' || c.tentative) continue
      // "Ferdinand Marcos Jr": a generational suffix is no part of the short form.
      const words = foldName(c.name)
        .split(' ')
        .filter((w, i, all) => i < all.length - 1 || !GENERATIONS.has(w))
      if (words.length < 2) continue
      const known = full.get(c.key)
      // Each kind once: a name mentioned a thousand times has a few kinds, and every short form reads them.
      if (!known) full.set(c.key, { name: c.name, words, kinds: [kindOf(c)], first: c.span.start })
      else {
        known.first = Math.min(known.first, c.span.start)
        const kind = kindOf(c)
        if (!known.kinds.some((k) => sameKind(k, kind))) known.kinds.push(kind)
      }
    }
    // "Iwaya Takeshi" after "Takeshi Iwaya": a two-word name written in the other order (family
    // name first, as Japanese, Chinese, Korean, Vietnamese and Hungarian names often are) is the
    // person first named the other way.
    const reordered = new Map<string, string>()
    const byWords = new Map<string, string>()
    for (const [key, f] of [...full].sort((a, b) => a[1].first - b[1].first)) {
      if (f.words.length !== 2) continue
      const earlier = byWords.get(`${f.words[1]} ${f.words[0]}`)
      if (earlier && !f.kinds.some((k) => full.get(earlier)!.kinds.some((j) => differentPersons(k, j)))) reordered.set(key, earlier)
      else byWords.set(f.words.join(' '), key)
    }
    // A short form shares the first or the last word of every full name it fits.
    const byEdgeWord = new Map<string, string[]>()
    const byInnerWord = new Map<string, string[]>()
    const add = (map: Map<string, string[]>, w: string, key: string) => {
      const keys = map.get(w)
      if (keys) keys.push(key)
      else map.set(w, [key])
    }
    for (const [key, f] of full) {
      if (reordered.has(key)) continue
      for (const w of new Set([f.words[0], f.words[f.words.length - 1]])) add(byEdgeWord, w, key)
      for (const w of new Set(f.words.slice(1, -1))) if (!NAME_PARTICLES.has(w)) add(byInnerWord, w, key)
    }
    return results.map((c) => {
      if (c.type !== 'person') return c
      const same = reordered.get(c.key)
      if (same) return { ...c, key: same, name: full.get(same)!.name, tentative: false, priority: Math.max(c.priority, 70) }
      const words = foldName(c.text).split(' ')
      const kind = kindOf(c)
      const fits = new Set<string>()
      for (const key of new Set([...(byEdgeWord.get(words[0]) ?? []), ...(byEdgeWord.get(words[words.length - 1]) ?? [])])) {
        const f = full.get(key)!
        if (key === c.key && !c.tentative) continue
        // "President Banda" is not "First Lady Grace Banda": titles that say another person.
        if (f.kinds.some((k) => differentPersons(kind, k))) continue
        if (sameWords(words, f.words) || (words.length < f.words.length && (isPrefix(words, f.words) || isSuffix(words, f.words)))) fits.add(key)
      }
      if (fits.size === 0 && words.some((w) => !NAME_PARTICLES.has(w))) {
        for (const key of new Set(byInnerWord.get(words[0]) ?? [])) {
          const f = full.get(key)!
          if (key === c.key || f.words.length < 3 || words.length >= f.words.length - 1) continue
          if (f.kinds.some((k) => differentPersons(kind, k))) continue
          if (isInner(words, f.words)) fits.add(key)
        }
      }
      // "Mr. Modi ... Modi said": the same single name, titled once.
      if (fits.size === 0 && c.tentative && titled.has(c.key)) return { ...c, tentative: false, priority: Math.max(c.priority, 70) }
      if (fits.size !== 1) return c
      const key = [...fits][0]
      return { ...c, key, name: full.get(key)!.name, tentative: false, priority: Math.max(c.priority, 70) }
    })
  },
}

function sameKind(a: PersonKind, b: PersonKind): boolean {
  return a.consort === b.consort && a.office === b.office && a.gender === b.gender
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i])
}

function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.every((w, i) => w === b[i])
}

/** The words run inside the full name, touching neither end ("Lula" in "Luiz Inácio Lula da Silva"). */
function isInner(a: readonly string[], b: readonly string[]): boolean {
  for (let off = 1; off + a.length < b.length; off++) if (a.every((w, i) => w === b[off + i])) return true
  return false
}

function isSuffix(a: readonly string[], b: readonly string[]): boolean {
  const off = b.length - a.length
  return a.every((w, i) => w === b[off + i])
}
