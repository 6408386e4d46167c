import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import type { Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'

// "Seoul-based Yonhap News": where a body sits is said about it, not part of its name.
const BASED = /^\p{Lu}[\p{L}\p{M}.'’ ]*?-based[ \t]+(?=\p{Lu})/u
// "Yonhap News Agency", "Anadolu Agency", "Bernama News": one distinctive word, then the kind of outlet.
const AGENCY = /^(\p{Lu}[\p{L}\p{M}-]+)[ \t]+(?:News(?:[ \t]+Agency|[ \t]+Service)?|Agency|Press Agency)$/u

/**
 * News agencies go by several spellings ("Yonhap News Agency", "Yonhap
 * News", "Seoul-based Yonhap News", "(Yonhap)"): a "<Place>-based" prefix is
 * left out of an organization's name, and an agency's distinctive word is
 * one of its aliases, so resolution across documents joins the spellings.
 * A country or demonym is no distinctive word ("Polish Press Agency").
 */
export const agencyNames: Refiner<Candidate> = {
  name: 'agency-names',
  refine(_ctx, results) {
    return results.map((c) => {
      if (c.type !== 'organization') return c
      let out = c
      const based = BASED.exec(c.text)
      if (based) {
        const text = c.text.slice(based[0].length)
        const name = c.name.startsWith(based[0]) ? c.name.slice(based[0].length) : text
        out = {
          ...c,
          span: { start: c.span.start + based[0].length, end: c.span.end },
          text,
          name,
          key: `org:${foldName(name)}`,
          aliases: (c.aliases ?? []).filter((a) => !BASED.test(a)),
        }
      }
      const word = AGENCY.exec(out.name)?.[1]
      if (word && !COUNTRY_PHRASES.has(foldName(word))) out = { ...out, aliases: [...new Set([...(out.aliases ?? []), word])] }
      return out
    })
  },
}
