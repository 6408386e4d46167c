import { describe, expect, it } from 'vitest'
import { isPastForm } from '../../src/text/nlp.js'

describe('past forms of verbs', () => {
  it('reads regular and irregular pasts by their lemma, not by a list', () => {
    for (const word of ['signed', 'froze', 'fought', 'struck', 'sought', 'met', 'held', 'Flew']) expect(isPastForm(word), word).toBe(true)
  })

  it('reads no past in base, third-person or -ing forms, nor in forms equal to their lemma', () => {
    for (const word of ['freeze', 'freezes', 'freezing', 'hold', 'meets', 'hit', 'cut']) expect(isPastForm(word), word).toBe(false)
  })
})
