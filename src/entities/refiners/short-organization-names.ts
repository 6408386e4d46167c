import type { Refiner } from '../../pipeline/recognizer.js'
import { PRIORITY, type Candidate } from '../candidate.js'
import { scanDocument, type DocumentScan } from '../scan/document.js'
import { wordStartOccurrences } from '../scan/word-occurrences.js'

const ORGS = new Set(['organization', 'party', 'mechanism', 'initiative'])
// Lowercase words that may stand inside a short form ("Belt and Road").
const JOINERS = new Set(['and', '&'])
// A form with a country or a place in it names that place as often as the body ("Metro Manila").
const PLACE_CLASSES = new Set(['country', 'place', 'placeHead'])

/**
 * In-document coreference of organizations and initiatives, as short-names
 * does for persons: a capitalized phrase of two words or more, standing
 * alone, that is the beginning of a longer name the document reads ("Belt
 * and Road cooperation" beside "the Belt and Road Initiative"), or the whole
 * of a name read elsewhere in the document (a programme name quoted once
 * with "plan" and once without), is that entity. Text another rule read as
 * a name running past the form's edges is left; when it begins several names, the one initiative among
 * them, else none. New candidates are added; those handed in stay as they were.
 */
export const shortOrganizationNames: Refiner<Candidate> = {
  name: 'short-organization-names',
  refine(ctx, results) {
    const full = results.filter((c) => ORGS.has(c.type) && !c.tentative && !c.definition && c.text.includes(' '))
    if (full.length === 0) return results
    const scan = scanDocument(ctx)
    // What other rules read: `inside[i]` when a mention runs across the boundary before offset i, and the exact spans.
    // A mention that crosses a form's edges, or is the form, leaves it; one inside it is left to resolve-overlaps
    // ("One Valley" read as a place inside "Two Rivers and One Valley").
    const inside = new Int8Array(ctx.text.length + 1)
    const exact = new Set<string>()
    const mark = (start: number, end: number) => {
      inside.fill(1, start + 1, end)
      exact.add(`${start}:${end}`)
    }
    for (const c of results) if (!c.tentative && !c.definition) mark(c.span.start, c.span.end)
    // Each short form (as written) with the entities whose names it begins.
    const fits = new Map<string, Map<string, Candidate>>()
    for (const c of full)
      for (const form of leadingForms(scan, c)) {
        const byKey = fits.get(form) ?? new Map<string, Candidate>()
        if (!byKey.has(c.key)) byKey.set(c.key, c)
        fits.set(form, byKey)
      }
    const added: Candidate[] = []
    // A form stands for its owner only where a word starts (standsAlone), so only word starts are searched.
    const occurrences = wordStartOccurrences(ctx.text, scan.words)
    // Longer forms first: "Two Corridors and One Economic Circle" before "Two Corridors".
    for (const [form, byKey] of [...fits].sort((a, b) => b[0].length - a[0].length)) {
      let owners = [...byKey.values()]
      if (owners.length > 1) owners = owners.filter((c) => c.type === 'initiative')
      if (owners.length !== 1) continue
      const owner = owners[0]
      for (const at of occurrences(form)) {
        const end = at + form.length
        if (inside[at] === 1 || inside[end] === 1 || exact.has(`${at}:${end}`) || !standsAlone(scan, at, end)) continue
        mark(at, end)
        added.push({
          span: { start: at, end },
          text: form,
          type: owner.type,
          key: owner.key,
          name: owner.name,
          country: owner.country,
          ruleId: 'entities:short-organization-name',
          priority: PRIORITY.org,
        })
      }
    }
    return added.length === 0 ? results : [...results, ...added]
  },
}

/**
 * The forms of a name that may stand for it: each run of its leading words
 * ending in a capitalized word, with at least two capitalized words,
 * lowercase words only "and" or "&", and no country or place; the whole name too.
 */
function leadingForms(scan: DocumentScan, c: Candidate): string[] {
  const first = scan.wordAt.get(c.span.start)
  if (first === undefined) return []
  const forms: string[] = []
  let caps = 0
  let placed = false
  for (let k = first; k < scan.words.length && scan.words[k].end <= c.span.end; k++) {
    const w = scan.words[k]
    if (k > first && w.gap !== ' ') break
    if (!w.cap) {
      if (!JOINERS.has(w.fold)) break
      continue
    }
    if (k === first && w.fold === 'the') break
    // "Metro Manila" of "Metro Manila Subway Project" names the place, not the project; the whole name is the name.
    placed ||= PLACE_CLASSES.has(classOf(scan, k) ?? '')
    caps++
    if (caps >= 2 && (!placed || w.end === c.span.end)) forms.push(c.text.slice(0, w.end - c.span.start))
  }
  return forms
}

/** The class of the scan's element holding word `k`, if it is in a capitalized phrase. */
function classOf(scan: DocumentScan, k: number): string | undefined {
  return scan.phraseOfWord[k]?.elements.find((e) => e.first <= k && k <= e.last)?.cls
}

/** The words from `start` to `end` make a whole capitalized phrase: no capitalized word runs on before or after. */
function standsAlone(scan: DocumentScan, start: number, end: number): boolean {
  const i = scan.wordAt.get(start)
  if (i === undefined) return false
  let j = i
  while (j + 1 < scan.words.length && scan.words[j + 1].start < end) j++
  if (scan.words[j].end !== end) return false
  const before = scan.words[i - 1]
  const after = scan.words[j + 1]
  // "the New Belt and Road" runs on; "The Belt and Road", opening its sentence, does not.
  if (before && before.cap && !before.opener && scan.words[i].gap.trim() === '') return false
  return !(after && after.cap && after.gap.trim() === '')
}
