import type { Diagnostic, TimeMention } from '../model/types.js'
import type { Anchor, TimeCandidate } from './candidate.js'

/** A candidate resolved under its anchor, as the shared record. */
export function toMention(c: TimeCandidate, anchor: Anchor): TimeMention {
  const value = c.resolve(anchor)
  const mention: TimeMention = { kind: 'time', span: c.span, text: c.text, value, ruleId: c.ruleId }
  return c.asOf ? { ...mention, asOf: true } : mention
}

/**
 * A mention read from the last day of a wide window, stretched to what it
 * names when read from the window's first day too: the two readings' hull
 * (granularity `range`), or the mention as it is when they agree.
 */
export function widened(m: TimeMention, c: TimeCandidate, fromFirstDay: Anchor): TimeMention {
  const other = c.resolve(fromFirstDay)
  if (!m.value || !other || (other.start === m.value.start && other.end === m.value.end)) return m
  const start = other.start < m.value.start ? other.start : m.value.start
  const end = other.end > m.value.end ? other.end : m.value.end
  return { ...m, value: { start, end, granularity: 'range' } }
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
