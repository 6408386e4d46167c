import { foldName } from '../util/fold.js'

/**
 * What the words before a person's name say about who they are: a consort
 * of an office holder ("First Lady"), the holder of an office ("President"),
 * and a gender when a courtesy form or title states one. Two mentions of one
 * surname whose words disagree are two persons: "First Lady Grace Banda" is
 * not "President Banda", "Mr Banda" is not "Mrs Banda".
 */
export interface PersonKind {
  readonly consort: boolean
  readonly office: boolean
  readonly gender: 'female' | 'male' | null
}

// Consorts and relatives of an office holder, named by the office holder's surname.
const CONSORT = /\b(?:first lady|first gentleman|wife|husband|spouse|widow|widower)$/
// Courtesy forms and titles that state a gender.
const FEMALE = /\b(?:mrs|ms|miss|madam|madame|dame|lady|queen|princess|sheikha|first lady|chairwoman|spokeswoman|congresswoman|wife|widow)$/
const MALE = /\b(?:mr|sir|lord|king|prince|crown prince|sheikh|shaikh|emir|amir|sultan|first gentleman|chairman|spokesman|congressman|husband|widower)$/
// Courtesy forms alone say nothing of an office.
const COURTESY = /^(?:mr|mrs|ms|miss|madam|madame|dame|lady|sir|lord|dr|prof|professor|his excellency|her excellency|excellency|hon|honourable|honorable)$/

/** The kind a person's titles (as written before the name) state. */
export function personKind(titles: readonly string[]): PersonKind {
  let consort = false
  let office = false
  let gender: PersonKind['gender'] = null
  for (const title of titles) {
    const t = foldName(title).replace(/\./g, '').trim()
    if (!t) continue
    if (CONSORT.test(t)) consort = true
    else if (!COURTESY.test(t)) office = true
    if (FEMALE.test(t)) gender = 'female'
    else if (MALE.test(t)) gender = 'male'
  }
  return { consort, office, gender }
}

/** True when two mentions' titles say they are different persons. */
export function differentPersons(a: PersonKind, b: PersonKind): boolean {
  if (a.gender && b.gender && a.gender !== b.gender) return true
  // An office holder is not the consort named after them ("President X" and "First Lady Y X").
  return (a.consort && !a.office && b.office && !b.consort) || (b.consort && !b.office && a.office && !a.consort)
}
