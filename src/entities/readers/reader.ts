import type { PipelineContext } from '../../pipeline/context.js'
import { asRule } from '../../pipeline/crash.js'
import type { Candidate } from '../candidate.js'
import type { DocumentScan } from '../scan/document.js'
import type { Segment, SegmentKind } from '../scan/segments.js'

/**
 * A recognizer over the shared phrase reading instead of the raw text: it
 * selects one kind of segment and extracts a candidate, or null to reject.
 * Pure, like a `Recognizer`.
 */
export interface SegmentReader {
  readonly name: string
  readonly kind: SegmentKind
  extract(ctx: PipelineContext, segment: Segment, scan: DocumentScan): Candidate | readonly Candidate[] | null
}

/** Run every reader over the segments of its kind, in list order. */
export function readSegments(ctx: PipelineContext, scan: DocumentScan, readers: readonly SegmentReader[]): Candidate[] {
  const out: Candidate[] = []
  for (const reader of readers) {
    for (const seg of scan.segments) {
      if (seg.kind !== reader.kind) continue
      // A reader that throws is a bug named by its rule, as a recognizer is.
      const got = asRule(reader.name, () => reader.extract(ctx, seg, scan))
      if (got === null) continue
      if (Array.isArray(got)) out.push(...(got as Candidate[]))
      else out.push(got as Candidate)
    }
  }
  return out
}
