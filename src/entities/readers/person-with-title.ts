import { PRIORITY, personCandidate } from '../candidate.js'
import { rolesFromElements } from '../roles.js'
import { segmentText } from '../scan/document.js'
import type { SegmentReader } from './reader.js'

/**
 * A name after a title or honorific: "Chinese Premier Li Keqiang",
 * "President of China Xi Jinping", "Sheikh Mohamed bin Zayed Al Nahyan",
 * "PM Chính". The titles before it become roles.
 */
export const personWithTitle: SegmentReader = {
  name: 'person-with-title',
  kind: 'person',
  extract(ctx, seg) {
    const { span, text } = segmentText(ctx, seg)
    const els = seg.phrase.elements
    const roles = seg.role ? rolesFromElements(ctx.text, els, seg.role[0], seg.role[1]) : []
    // "President Amara Diallo of Senegal": the country after the name completes the last title.
    const of = els[seg.last + 1]
    const after = els[seg.last + 2]
    if (roles.length && of?.cls === 'conn' && of.fold === 'of' && after?.cls === 'country' && seg.last + 2 === els.length - 1) {
      const last = roles[roles.length - 1]
      roles[roles.length - 1] = {
        ...last,
        title: `${last.title} ${ctx.text.slice(of.start, after.end)}`,
        span: { start: last.span.start, end: after.end },
      }
    }
    return personCandidate(span, text, 'entities:person-with-title', PRIORITY.person, { roles })
  },
}
