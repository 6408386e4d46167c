import { foldName } from '../../util/fold.js'
import { PRIORITY } from '../candidate.js'
import { rolesFromElements } from '../roles.js'
import { segmentSpan } from '../scan/document.js'
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
    const span = segmentSpan(seg)
    const text = ctx.text.slice(span.start, span.end)
    const roles = seg.role ? rolesFromElements(ctx.text, seg.phrase.elements, seg.role[0], seg.role[1]) : []
    return {
      span,
      text,
      type: 'person',
      key: `person:${foldName(text)}`,
      name: text,
      country: null,
      ruleId: 'entities:person-with-title',
      priority: PRIORITY.person,
      roles,
    }
  },
}
