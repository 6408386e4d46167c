import type { Refiner } from '../../pipeline/recognizer.js'
import { docIndex } from '../doc-index.js'
import type { EventDraft } from '../draft.js'
import { shareActor } from './util.js'

/** A headline or section heading that restates an event of the body is not a second report of it. */
export const headingDuplicates: Refiner<EventDraft> = {
  name: 'heading-duplicates',
  refine(ctx, results) {
    const index = docIndex(ctx)
    const heading = (d: EventDraft) => index.sentences[d.sentence]?.heading ?? false
    return results.filter((d) => !heading(d) || !results.some((o) => o !== d && !heading(o) && o.type === d.type && (shareActor(o, d) || !d.actors.some((a) => a.startsWith('person:')))))
  },
}
