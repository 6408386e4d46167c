import type { Refiner } from '../../pipeline/recognizer.js'
import type { Candidate } from '../candidate.js'

/** Proper names and definite titles that no refiner tied to a known person are no mentions. */
export const dropTentative: Refiner<Candidate> = {
  name: 'drop-tentative',
  refine(_ctx, results) {
    return results.filter((c) => !c.tentative)
  },
}
