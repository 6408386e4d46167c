// Role titles as shown: one row per distinct title and period. Pure (no Node
// imports): the dashboard's entity page and the CLI use the same rules.

/**
 * A title as stated, repaired where the extraction stopped inside a
 * parenthesis: "General Secretary of the Communist Party of Vietnam (CPV"
 * reads "... (CPV)", never a title cut mid-bracket.
 */
export function roleTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim()
  const open = (t.match(/\(/g) ?? []).length - (t.match(/\)/g) ?? []).length
  return open > 0 ? t + ')'.repeat(open) : t
}

/**
 * What makes two stated titles the same row: case, spacing and a bracketed
 * acronym ("(CPV)") aside, "General Secretary of the Communist Party of
 * Vietnam (CPV) Central Committee" and "general secretary of the Communist
 * Party of Vietnam Central Committee" are one title.
 */
export function roleKey(title: string): string {
  return roleTitle(title)
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

// Words before an office that say whose it is, not which office: "Party
// General Secretary", "State President", "Chinese president" hold the office
// "general secretary" or "president" (a nationality is one word ending so).
const OWNER_WORD = /^(?:party|state|[a-z]+(?:ese|ian|an|ish|i))$/
// Acronyms written for a whole title.
const TITLE_ACRONYMS: Record<string, string> = { pm: 'prime minister' }
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for'])

/** `the Communist Party of China Central Committee` and `the CPC Central Committee` -> `CPCCC`: a name and its acronym alike. */
function initials(tail: string): string {
  return tail
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : /^\p{Lu}/u.test(w) ? w[0] : ` ${w.toLowerCase()} `))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A title's office, what it is of or to, and whether the extraction cut it
 * inside a bracket: `President of China` -> [`president`, `C`, false];
 * `Chinese president` -> [`president`, ``, false].
 */
function office(title: string): [string, string, boolean] {
  const t = roleTitle(title)
  const at = /\s(?:of|to)\s/i.exec(t)
  const words = roleKey(at ? t.slice(0, at.index) : t).split(' ')
  while (words.length > 1 && OWNER_WORD.test(words[0]!)) words.shift()
  const head = words.join(' ')
  return [TITLE_ACRONYMS[head] ?? head, at ? initials(t.slice(at.index + at[0].length)) : '', t !== title.replace(/\s+/g, ' ').trim()]
}

/**
 * One row per office a person holds: the titles of `titles` that name the
 * same office get the same key. "President", "Chinese president" and
 * "President of China" are one office; "General Secretary of the CPC
 * Central Committee" and "... of the Communist Party of China Central
 * Committee" too. A bare title joins the qualified ones only when they all
 * qualify it alike: "Chairman" beside "Chairman of A" and "Chairman of B"
 * stays apart, as it may be either. "Deputy Prime Minister" and "Foreign
 * Minister" are never "Prime Minister" or "Minister".
 */
export function roleOffices(titles: readonly string[]): string[] {
  const offices = titles.map(office)
  const whole = new Map<string, Set<string>>()
  for (const [head, tail, cut] of offices) if (tail && !cut) whole.set(head, (whole.get(head) ?? new Set()).add(tail))
  return offices.map(([head, tail, cut]) => {
    const known = [...(whole.get(head) ?? [])]
    // a title cut inside its bracket ("... of Vietnam (CPV") is the start of the one whole title it begins
    const longer = cut ? known.filter((k) => k.startsWith(tail)) : []
    if (longer.length === 1) return `${head}|${longer[0]}`
    return `${head}|${tail || (known.length === 1 ? known[0] : '')}`
  })
}

/**
 * One title per office, keyed as roleOffices keys it: the one that says most
 * (the longest as stated) for a page with a row each, or the shortest for a
 * table cell listing every office of a person in a few words.
 */
export function officeTitles(titles: readonly string[], pick: 'fullest' | 'shortest' = 'fullest'): Map<string, string> {
  const keys = roleOffices(titles)
  const out = new Map<string, string>()
  // an acronym alone ("PM") is never the title shown while a spelled-out one is there
  const size = (t: string) => (/^\p{Lu}{2,5}$/u.test(t) ? (pick === 'fullest' ? -1 : 1000) : t.length)
  titles.forEach((t, i) => {
    const shown = roleTitle(t)
    const had = out.get(keys[i]!)
    if (!had || (pick === 'fullest' ? size(shown) > size(had) : size(shown) < size(had))) out.set(keys[i]!, shown)
  })
  return out
}
