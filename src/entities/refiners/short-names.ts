import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import type { Candidate } from '../candidate.js'

const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/**
 * In-document coreference of persons: a short form ("Trong", "Xi", "PM
 * Chính", "Peña Nieto") is the one full name it begins or ends, when only
 * one full name fits. A tentative proper name is confirmed by fitting (or
 * equalling) a person the document names with a title (the drop-tentative
 * refiner removes the rest).
 */
export const shortNames: Refiner<Candidate> = {
  name: 'short-names',
  refine(_ctx, results) {
    const full = new Map<string, { name: string; words: string[] }>()
    const titled = new Set(results.filter((c) => c.type === 'person' && !c.tentative).map((c) => c.key))
    for (const c of results) {
      if (c.type !== 'person' || c.tentative) continue
      // "Ferdinand Marcos Jr": a generational suffix is no part of the short form.
      const words = foldName(c.name).split(' ').filter((w, i, all) => i < all.length - 1 || !GENERATIONS.has(w))
      if (words.length >= 2 && !full.has(c.key)) full.set(c.key, { name: c.name, words })
    }
    // A short form shares the first or the last word of every full name it fits.
    const byEdgeWord = new Map<string, string[]>()
    for (const [key, f] of full) {
      for (const w of new Set([f.words[0], f.words[f.words.length - 1]])) {
        const keys = byEdgeWord.get(w)
        if (keys) keys.push(key)
        else byEdgeWord.set(w, [key])
      }
    }
    return results.map((c) => {
      if (c.type !== 'person') return c
      const words = foldName(c.text).split(' ')
      const fits = new Set<string>()
      for (const key of new Set([...(byEdgeWord.get(words[0]) ?? []), ...(byEdgeWord.get(words[words.length - 1]) ?? [])])) {
        const f = full.get(key)!
        if (key === c.key && !c.tentative) continue
        if (sameWords(words, f.words) || (words.length < f.words.length && (isPrefix(words, f.words) || isSuffix(words, f.words)))) fits.add(key)
      }
      // "Mr. Modi ... Modi said": the same single name, titled once.
      if (fits.size === 0 && c.tentative && titled.has(c.key)) return { ...c, tentative: false, priority: Math.max(c.priority, 70) }
      if (fits.size !== 1) return c
      const key = [...fits][0]
      return { ...c, key, name: full.get(key)!.name, tentative: false, priority: Math.max(c.priority, 70) }
    })
  },
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i])
}

function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.every((w, i) => w === b[i])
}

function isSuffix(a: readonly string[], b: readonly string[]): boolean {
  const off = b.length - a.length
  return a.every((w, i) => w === b[off + i])
}
