/** The shape of a phrase row and the shorthands the tables use. */
export interface Phrase {
  readonly text: string
  readonly ref: string | null
  readonly expect: string | readonly [string, string] | null | 'unanchored'
  readonly tense?: 'past' | 'future'
  readonly asOf?: boolean
  /** The expression's text, when the phrase holds more words. */
  readonly find?: string
}

type Opts = Pick<Phrase, 'tense' | 'asOf' | 'find'>

export const p = (text: string, ref: string | null, expect: Phrase['expect'], opts: Opts = {}): Phrase => ({ text, ref, expect, ...opts })
export const R1 = '2023-12-10' // a Sunday
export const R2 = '2022-11-01' // a Tuesday
export const R3 = '2024-11-04' // a Monday
export const R4 = '2022-10-28' // a Friday

