import type { Bound } from '../../model/types.js'

// Words just before a figure that make it a bound rather than an exact value.
// "nearly"/"almost" are read as approximate, as the annotation guide does.
const APPROX =
  /(?:\babout|\baround|\bsome|\broughly|\bapproximately|\bapprox\.?|\bnearly|\balmost|\bclose to|\ban estimated|\bestimated at|\bcirca|\bc\.|~)\s*(?:a total of\s+|the\s+)?$/i
const LOWER =
  /(?:\bover|\bmore than|\babove|(?<!\b(?:not|never|n't)\s)\bexceed(?:ed|ing|s)?|\bsurpass(?:ed|ing|es)?|\bat least|\bupwards of|\bin excess of|\btop(?:ped|s|ping)?|\bbeyond|\bgreater than|\bno less than|\bnot less than|\bpassed|\bcrossed)\s+(?:a total of\s+|the\s+)?$/i
// "went up to $100 billion" reached it; "up to $100 billion" caps it. "did not exceed" caps too.
const UPPER =
  /(?:\bunder|\bless than|\bbelow|(?<!\b(?:went|go|goes|gone|going|shot|moved|climbed|jumped|rose|risen|surged|soared|inched|edged|crept|ran)\s)\bup to|\b(?:did not|does not|do not|didn't|doesn't|not|never)\s+exceed(?:ed)?|\bat most|\bno more than|\bfewer than|\bnot exceeding|\ba maximum of|\bshy of)\s+(?:a total of\s+)?$/i
const AFTER_LOWER = /^\s*(?:or more|and more|plus)\b/i
const AFTER_APPROX = /^\s*(?:or so)\b/i

/** The bound the words around a figure give it: exact unless qualified. */
export function boundOf(before: string, after: string): Bound {
  if (APPROX.test(before) || AFTER_APPROX.test(after)) return 'approx'
  if (LOWER.test(before) || AFTER_LOWER.test(after)) return 'lower'
  if (UPPER.test(before)) return 'upper'
  return 'exact'
}
