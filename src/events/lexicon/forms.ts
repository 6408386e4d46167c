import { escapeRegExp } from '../../util/regex.js'
/**
 * The inflected forms of an English verb lemma, for building trigger
 * patterns from a lexicon of lemmas instead of lists of article wordings.
 * A lemma may carry a particle ("call on" -> "called on") and may give its
 * forms itself, separated by "|", when they are irregular
 * ("send|sends|sent|sending").
 */
export function verbForms(lemma: string): string[] {
  if (lemma.includes('|')) return lemma.split('|')
  const [head, ...rest] = lemma.split(' ')
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : ''
  return inflect(head!).map((form) => form + tail)
}

// Final consonant doubled before -ed/-ing after a single short vowel in a
// stressed last syllable: one-syllable verbs (ban -> banned) and the
// stress-final ones listed (expel -> expelled).
const CVC = /[^aeiou][aeiou][bdgklmnprt]$/
const STRESS_FINAL = new Set([
  'expel',
  'compel',
  'propel',
  'patrol',
  'control',
  'refer',
  'prefer',
  'deter',
  'commit',
  'submit',
  'permit',
  'omit',
  'admit',
  'transmit',
  'occur',
  'regret',
  'rebel',
  'equip',
  'abet',
  'outstrip',
])

function inflect(verb: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return [verb, `${verb}es`, `${verb}ed`, `${verb}ing`]
  if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1)
    return [verb, `${stem}ies`, `${stem}ied`, `${verb}ing`]
  }
  if (/ee$/.test(verb)) return [verb, `${verb}s`, `${verb}d`, `${verb}ing`]
  if (/e$/.test(verb)) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`]
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0
  if (CVC.test(verb) && (syllables === 1 || STRESS_FINAL.has(verb))) {
    const last = verb.slice(-1)
    return [verb, `${verb}s`, `${verb}${last}ed`, `${verb}${last}ing`]
  }
  // British spelling doubles a final l after a single vowel in any syllable ("cancelled", "signalled", "fuelled"); US spelling does not.
  if (/(?:[^aeiou][aeiou]|ue)l$/.test(verb)) return [verb, `${verb}s`, `${verb}ed`, `${verb}ing`, `${verb}led`, `${verb}ling`]
  return [verb, `${verb}s`, `${verb}ed`, `${verb}ing`]
}

/** Escape a literal for a regular expression; spaces match any run of blanks. */
export function literal(text: string): string {
  return escapeRegExp(text).replace(/ /g, '\\s+')
}
