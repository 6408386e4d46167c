import { describe, expect, it } from 'vitest'
import { createContext } from '../../src/pipeline/context.js'
import { textStage } from '../../src/text/stage.js'
import { scanDocument } from '../../src/entities/scan/document.js'
import { wordStartOccurrences } from '../../src/entities/scan/word-occurrences.js'

/** Every occurrence of `form` (overlapping ones too) that begins a word, by searching the whole text. */
function searched(text: string, wordStarts: ReadonlySet<number>, form: string): number[] {
  const out: number[] = []
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (wordStarts.has(at)) out.push(at)
  return out
}

describe('wordStartOccurrences', () => {
  it('finds where each form begins a word, in text order, as a search of the whole text does', () => {
    const text =
      'The Belt and Road Initiative met the Belt and Road forum. Belt and Roads, BeltandRoad and "Belt and Road" again.\n' +
      'Two Rivers and One Valley; One Valley; Valley One. The Mekong-Lancang Cooperation and Mekong-Lancang talks. AB AB AB.\n' +
      "U.S. Trade Representative met the U.S. Trade team; Kenya’s Foreign Ministry, Kenya’sForeign Ministry and O'Brien Trust. US$ Fund and US Fund."
    const ctx = createContext({ docId: 'd', source: 'd', text })
    textStage.run(ctx)
    const { words } = scanDocument(ctx)
    const starts = new Set(words.map((w) => w.start))
    const occurrences = wordStartOccurrences(text, words)
    const forms = [
      'Belt and Road',
      'Belt and',
      'Belt',
      'One Valley',
      'Two Rivers and One Valley',
      'Mekong-Lancang',
      'Lancang',
      'AB AB',
      'AB',
      'Road Initiative met',
      'Nowhere',
      'elt and',
      'U.S. Trade',
      'S. Trade',
      'Kenya’s Foreign Ministry',
      'Kenya',
      "O'Brien Trust",
      'Brien Trust',
      'US Fund',
      'US$ Fund',
    ]
    for (const form of forms) expect(occurrences(form), form).toEqual(searched(text, starts, form))
    expect(occurrences('Belt and Road')).toHaveLength(4)
    expect(occurrences('AB AB')).toHaveLength(2)
    expect(occurrences('U.S. Trade')).toHaveLength(2)
    expect(occurrences("O'Brien Trust")).toHaveLength(1)
    // Inside a word: never a place a form can stand alone.
    expect(occurrences('elt and')).toEqual([])
  })
})
