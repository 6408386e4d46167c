import type { Role } from '../model/types.js'
import { foldName } from '../util/fold.js'
import type { RoleDraft } from './candidate.js'
import { ROLE_QUALIFIERS } from './gazetteer/lexicon.js'
import type { Element } from './scan/classes.js'

const SPLITTERS = new Set(['title', 'country', 'acronym', 'honorific'])
const BEFORE =
  /(?:^|[\s(,])((?:former|ex|late|then|current|incumbent|sitting|incoming|outgoing|newly(?:\s+re-?)?[\s-]*elected|re-?elected|newly\s+appointed)[\s-]*)$/i

/**
 * The titles stated in elements [a, b] before a name, one per "and":
 * "Party General Secretary and State President" gives two roles.
 */
export function rolesFromElements(text: string, els: readonly Element[], a: number, b: number): RoleDraft[] {
  const pieces: [number, number][] = []
  let from = a
  for (let k = a; k <= b; k++) {
    if (els[k].cls === 'conn' && els[k].fold === 'and' && k + 1 <= b && SPLITTERS.has(els[k + 1].cls)) {
      if (k - 1 >= from) pieces.push([from, k - 1])
      from = k + 1
    }
  }
  if (from <= b) pieces.push([from, b])
  const out: RoleDraft[] = []
  for (const [p, q0] of pieces) {
    // "President Sheikh": the honorific is no part of the title.
    let q = q0
    while (q > p && els[q].cls === 'honorific') q--
    let t = p
    while (t <= q && els[t].cls !== 'title') t++
    if (t > q) continue
    const span = { start: els[p].start, end: els[q].end }
    // "Former Polish Prime Minister": the qualifier may open the phrase itself.
    const qualifier = qualifierBefore(text, els[p].start) ?? qualifierIn(text.slice(els[p].start, els[t].start))
    out.push({ title: text.slice(els[t].start, els[q].end), span, qualifier })
  }
  return out
}

function qualifierIn(prefix: string): Role['qualifier'] {
  const m = /\b(former|ex|late|then|current|incumbent|outgoing|incoming)\b/i.exec(prefix)
  return m ? (ROLE_QUALIFIERS.get(m[1].toLowerCase()) ?? (m[1].toLowerCase() === 'outgoing' ? 'current' : null)) : null
}

/** The qualifier written just before a title ("former", "then-", "newly re-elected"). */
export function qualifierBefore(text: string, at: number): Role['qualifier'] {
  const m = BEFORE.exec(text.slice(Math.max(0, at - 30), at))
  if (!m) return null
  return ROLE_QUALIFIERS.get(foldName(m[1]).replace(/^newly /, 'newly ')) ?? ROLE_QUALIFIERS.get(foldName(m[1]).split(' ').pop()!) ?? null
}

/** Titles of an apposition ("general secretary of X and Chinese president"), split on "and" before a title. */
export function rolesFromText(text: string, start: number, end: number, isTitleStart: (at: number) => boolean): RoleDraft[] {
  const out: RoleDraft[] = []
  const piece = text.slice(start, end)
  const qualifier = qualifierBefore(text, start)
  let from = 0
  // (?<!\s): from the start of a run of spaces only (each run read once).
  const AND = /(?<!\s)\s+and\s+/g
  let m: RegExpExecArray | null
  const cuts: number[] = []
  while ((m = AND.exec(piece)) !== null) if (isTitleStart(start + m.index + m[0].length)) cuts.push(m.index, m.index + m[0].length)
  const bounds: [number, number][] = []
  for (let i = 0; i < cuts.length; i += 2) {
    bounds.push([from, cuts[i]])
    from = cuts[i + 1]
  }
  bounds.push([from, piece.length])
  for (const [a, b] of bounds) {
    let s = a
    const lead = /^(?:the|a|an)\s+/i.exec(piece.slice(a, b))
    if (lead) s += lead[0].length
    if (b > s) out.push({ title: piece.slice(s, b).trim(), span: { start: start + s, end: start + b }, qualifier })
  }
  return out
}

/** The singular of a plural title, lowercase: "Foreign Secretaries" -> "foreign secretary", "heads of the states" -> "head of state". */
export function singularTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/secretaries/g, 'secretary')
    .replace(/chairmen/g, 'chairman')
    .replace(/heads of (?:the )?states?/g, 'head of state')
    .replace(/heads/g, 'head')
    .replace(/s\b/g, '')
}
