import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import type { Candidate } from '../candidate.js'

/**
 * A titled name that ran on into the next sentence's first word, where the
 * page lost a full stop ("Foreign Minister Santiago Cafiero Lula was
 * welcomed"): the name without its last word is a person the document names
 * elsewhere, and that word belongs to another person's name ("Luiz Inácio
 * Lula da Silva"). The mention is cut back to the shorter name, so the short
 * form keeps its own person.
 */
export const runOnNames: Refiner<Candidate> = {
  name: 'run-on-names',
  refine(_ctx, results) {
    const persons = results.filter((c) => c.type === 'person' && !c.tentative)
    if (persons.length < 3) return results
    const byName = new Map(persons.map((c) => [foldName(c.name), c]))
    return results.map((c) => {
      if (c.type !== 'person') return c
      const words = foldName(c.name).split(' ')
      if (words.length < 3) return c
      const last = words[words.length - 1]!
      const shorter = byName.get(words.slice(0, -1).join(' '))
      if (!shorter || shorter.key === c.key) return c
      const owner = persons.some((p) => p.key !== c.key && p.key !== shorter.key && foldName(p.name).split(' ').includes(last))
      if (!owner) return c
      // The cut ends where the shorter name's last word ends in this mention's text.
      const cut = c.text.lastIndexOf(' ')
      if (cut <= 0) return c
      const text = c.text.slice(0, cut).trimEnd()
      return { ...c, text, name: shorter.name, key: shorter.key, span: { start: c.span.start, end: c.span.start + text.length } }
    })
  },
}
