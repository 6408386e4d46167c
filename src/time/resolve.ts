import type { Diagnostic, TimeMention } from '../model/types.js'
import type { Anchor, TimeCandidate } from './candidate.js'

/** A candidate resolved under its anchor, as the shared record. */
export function toMention(c: TimeCandidate, anchor: Anchor): TimeMention {
  const value = c.resolve(anchor)
  const mention: TimeMention = { kind: 'time', span: c.span, text: c.text, value, ruleId: c.ruleId }
  return c.asOf ? { ...mention, asOf: true } : mention
}

/** Why a mention has no value, as a diagnostic. */
export function unanchoredDiagnostic(m: TimeMention, c: TimeCandidate): Diagnostic {
  const reason =
    c.relation && c.needs === 'reference'
      ? `"${m.text}" relates to no time named near it`
      : c.needs === 'none'
        ? `"${m.text}" is not a valid date`
        : `"${m.text}" cannot be anchored: the document has no known date`
  return { reason, ruleId: 'time:unanchored', severity: 'info', span: m.span }
}
