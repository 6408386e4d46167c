import { foldName } from '../util/fold.js'

/** Initials of the capitalized words of a name: "Ministry of External Affairs" -> "mea". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => foldName(w[0]))
    .join('')
}

/** True for a name written as an acronym ("VNA", "MÜSİAD"). */
export function isAcronym(name: string): boolean {
  return /^[\p{Lu}\p{N}&]{2,10}$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name)
}

// "GMS Summit", "CLMV Cooperation Summit", "ASEAN Leaders' Summit": the meeting of a body.
// bounded: entity names, a few words long
const SUMMIT = /[ \t]+(?:(?:Cooperation|Leaders['’]?|Economic)[ \t]+)?Summit$/iu

/** The body a summit's name is the meeting of ("CLMV Cooperation Summit" -> "CLMV"), or null when the name is no summit. */
export function summitBase(name: string): string | null {
  const base = name.replace(SUMMIT, '')
  return base !== name && base.trim() ? base.trim() : null
}
