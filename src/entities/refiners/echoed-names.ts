import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import type { Candidate } from '../candidate.js'
import { SPEECH_VERBS } from '../gazetteer/lexicon.js'

// What a person does in a news sentence, beside speaking: "Macron called", "Meloni met".
const ACTS = [
  'met',
  'meets',
  'called',
  'calls',
  'visited',
  'visits',
  'arrived',
  'arrives',
  'spoke',
  'speaks',
  'signed',
  'signs',
  'received',
  'receives',
  'hosted',
  'hosts',
  'travelled',
  'traveled',
  'flew',
  'left',
  'promised',
  'pledged',
  'vowed',
  'accused',
  'criticised',
  'criticized',
  'denied',
  'rejected',
  'agreed',
  'discussed',
  'asked',
]
const PERSON_AFTER = new RegExp(
  `^(?:['’]s?)?[ \\t]+(?:also[ \\t]+|has[ \\t]+|had[ \\t]+|have[ \\t]+|will[ \\t]+|would[ \\t]+|later[ \\t]+|then[ \\t]+)?(?:${[...SPEECH_VERBS, ...ACTS].join('|')})\\b`,
  'i',
)
const HONORIFIC_BEFORE = /\b(?:Mr|Ms|Mrs|Dr|Mme|Mister|Madam|Madame)\.?[ \t]+$/
// Verbs whose object is a person: "called Giorgia Meloni", "met with Josefina Vidal".
const PERSON_OBJECT_BEFORE =
  /\b(?:called|phoned|met|meets|meet|told|thanked|urged|congratulated|welcomed|received|hosted|accompanied|succeeded|replaced)[ \t]+(?:with[ \t]+)?$/i

/**
 * News names a person in full once and by family name after ("Giorgia
 * Meloni ... Meloni said"). An untitled full name of two or three words on
 * one line is a person when its last word also stands alone, as a name
 * nobody else claims, and one of these mentions reads as a person's: after
 * Mr or Ms, before a verb of speech or of a visit ("Macron called"), or
 * joined by "and" to a known person ("between Mario Draghi and Macron").
 * Both are then confirmed (the short-names refiner ties the short one to
 * the full one).
 *
 * The echo alone would take "Nagorno Karabakh ... Karabakh" or a headline's
 * capitals for a person; the echo with a person's context is a convention
 * every news style keeps, so it holds for names no list could cover.
 */
export const echoedNames: Refiner<Candidate> = {
  name: 'echoed-names',
  refine(ctx, results) {
    const singles = new Map<string, Candidate[]>()
    // Family names alone, untitled ("Meloni said") or titled ("Mr Wrobel", already a person).
    for (const c of results) {
      if (c.type !== 'person') continue
      const words = foldName(c.text).split(' ')
      if (words.length !== 1) continue
      const list = singles.get(words[0])
      if (list) list.push(c)
      else singles.set(words[0], [c])
    }
    if (singles.size === 0) return results
    const known = new KnownPersons(ctx.text)
    for (const c of results) if (c.type === 'person' && !c.tentative) known.add(c)
    const reads = (m: Candidate) =>
      !m.tentative ||
      HONORIFIC_BEFORE.test(ctx.text.slice(Math.max(0, m.span.start - 12), m.span.start)) ||
      PERSON_OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, m.span.start - 24), m.span.start)) ||
      PERSON_AFTER.test(ctx.text.slice(m.span.end, m.span.end + 40)) ||
      known.conjoinedWith(m)
    const echoed = new Map<Candidate, Candidate[]>()
    // A confirmed person's full name with one more word after it ran on past the name ("from Justin Trudeau Twitter account").
    const fullNames = new Set(results.filter((c) => c.type === 'person' && !c.tentative).map((c) => foldName(c.text)))
    for (const c of results) {
      if (c.type !== 'person' || !c.tentative || /\n/.test(c.text)) continue
      const words = foldName(c.text).split(' ')
      if (words.length < 2 || words.length > 3 || words[words.length - 1].length < 3) continue
      if (words.length === 3 && fullNames.has(words.slice(0, 2).join(' '))) continue
      const echoes = (singles.get(words[words.length - 1]) ?? []).filter((s) => s.span.start >= c.span.end || s.span.end <= c.span.start)
      if (echoes.length > 0) echoed.set(c, echoes)
    }
    // A name joined to one confirmed here is read as a person next round ("Giorgia Meloni and Emmanuel Macron").
    const confirmed = new Set<Candidate>()
    for (let grew = true; grew;) {
      grew = false
      for (const [c, echoes] of echoed) {
        if (confirmed.has(c) || ![c, ...echoes].some(reads)) continue
        for (const m of [c, ...echoes]) confirmed.add(m)
        for (const m of [c, ...echoes]) known.add(m)
        grew = true
      }
    }
    if (confirmed.size === 0) return results
    return results.map((c) =>
      confirmed.has(c) && foldName(c.text).includes(' ') ? { ...c, tentative: false, ruleId: 'entities:echoed-name', priority: Math.max(c.priority, 60) } : c,
    )
  },
}

/**
 * Known persons by where they start and end, so "joined by and to a known
 * person" looks at the two places such a person could be (one scan of the
 * known list per mention was quadratic, and cubic over the rounds, on long
 * texts). The same test as CONJOINED on the text between the two mentions.
 */
class KnownPersons {
  private readonly ends = new Set<number>()
  private readonly starts = new Set<number>()
  constructor(private readonly text: string) {}

  add(c: Candidate): void {
    this.ends.add(c.span.end)
    this.starts.add(c.span.start)
  }

  /** A known person right before or after `m`, with only "and", "&" or a comma (and blanks) between. */
  conjoinedWith(m: Candidate): boolean {
    const before = this.joinStart(m.span.start)
    if (before !== null && this.ends.has(before)) return true
    const after = this.joinEnd(m.span.end)
    return after !== null && this.starts.has(after)
  }

  /** Where a joiner ending at `at` (blanks, and|&|comma, blanks) starts, or null. */
  private joinStart(at: number): number | null {
    let i = at
    while (i > 0 && isBlank(this.text[i - 1])) i--
    const word = this.text.endsWith('and', i) ? 3 : this.text[i - 1] === '&' || this.text[i - 1] === ',' ? 1 : 0
    if (word === 0) return null
    i -= word
    while (i > 0 && isBlank(this.text[i - 1])) i--
    return i
  }

  /** Where a joiner starting at `at` ends, or null. */
  private joinEnd(at: number): number | null {
    let i = at
    while (i < this.text.length && isBlank(this.text[i])) i++
    const word = this.text.startsWith('and', i) ? 3 : this.text[i] === '&' || this.text[i] === ',' ? 1 : 0
    if (word === 0) return null
    i += word
    while (i < this.text.length && isBlank(this.text[i])) i++
    return i
  }
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t'
}
