import { PRIORITY, personCandidate } from '../candidate.js'
import { GIVEN_NAMES } from '../gazetteer/given-names.js'
import { isEnglishWord } from '../../text/nlp.js'
import { segmentText, type DocumentScan } from '../scan/document.js'
import type { Segment } from '../scan/segments.js'
import type { SegmentReader } from './reader.js'

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]/u
// Given names of two letters ("Al", "Jo") are as often an article ("Al Jazeera"); a compass word names a region ("North Kivu").
const NOT_GIVEN = /^(?:\w{1,2}|north|south|east|west)$/

/**
 * A given name and one or two surnames, every word a proper noun to the tagger
 * ("Justin Trudeau and Joe Biden held talks", "lashed out at Emmanuel Macron"):
 * a person, though no title or verb of saying comes with it. A lone given name,
 * a longer run or a word the tagger reads otherwise proves nothing.
 */
function givenAndSurname(seg: Segment, scan: DocumentScan): boolean {
  // A tail of a longer run of names is part of another name ("Second Thomas Shoal").
  if (seg.phrase.elements[seg.first - 1]?.cls === 'name') return false
  const els = seg.phrase.elements.slice(seg.first, seg.last + 1)
  // Particles inside make a place as often as a name ("Dar es Salaam"): a title or a verb must tell.
  if (els.some((e) => e.cls === 'particle')) return false
  if (els.length < 2 || els.length > 3 || els[0].cls !== 'name' || !GIVEN_NAMES.has(els[0].fold) || NOT_GIVEN.test(els[0].fold)) return false
  if (!els.every((e) => e.first === e.last && scan.words[e.first].pos === 'PROPN')) return false
  const [given, ...surnames] = els.map((e) => scan.words[e.first].text)
  // Everyday words throughout make a thing ("Free Trade", "Hope Street"); a third
  // name that is an everyday word runs on past the name ("Justin Trudeau Twitter account").
  if (isEnglishWord(given!) && surnames.some(isEnglishWord)) return false
  return !(surnames.length === 2 && isEnglishWord(surnames[1]!))
}

/**
 * Capitalized words nobody has claimed ("Trong", "Xi Jinping" at the start
 * of a sentence). Tentative: a later step keeps them only when they are the
 * short or full form of a person the document names with a title; a given
 * name with its surname is a person as it stands.
 */
export const properName: SegmentReader = {
  name: 'proper-name',
  kind: 'unknown',
  extract(ctx, seg, scan) {
    const els = seg.phrase.elements.slice(seg.first, seg.last + 1)
    if (els.length > 5 || !els.every((e) => e.cls === 'particle' || NAME_WORD.test(scan.words[e.first].text))) return null
    const { span, text } = segmentText(ctx, seg)
    if (givenAndSurname(seg, scan)) return personCandidate(span, text, 'entities:given-name', PRIORITY.person - 5)
    return personCandidate(span, text, 'entities:proper-name', PRIORITY.tentative, { tentative: true })
  },
}
