import type { EventModality, Span } from '../model/types.js'

// Negation between the subject and the trigger: "did not sign", "has never
// visited", "refused to meet", "no talks were held". "Not only" and "not
// just" add rather than deny.
const NEGATION =
  /(?:\b(?:not|never|no longer|neither|nor)\b(?!\s+(?:only|just|least|merely|long|the first|for the first|a first|the only|unprecedented|unusual|surprising)\b)|n['’]t\b|\b(?:refused|refuses|refusing|refuse|declined|declines|declining|decline|failed|fails|failing|fail) to\b|\b(?:kept|keeps|keep|keeping|prevented|prevents|prevent|preventing|stopped|barred)\s+(?:[\w'’-]+\s+){0,4}from\s+$|\bno\s+(?:[\w-]+\s+)?$|\bwithout\s+(?:\w+\s+)?$)/i
// Denial of the event itself: "denied sending troops", "rejected reports
// that it had detained", "dismissed claims that", "dismissed as 'fake news' online reports that".
const DENIAL =
  /\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es)?\s+(?:as\s+(?:["“][^"”]{1,30}["”]|\w+)\s+)?(?:[\w-]+\s+)?(?:claims|reports|allegations|accusations|suggestions)|reject(?:ed|s)?\s+(?:claims|reports|allegations|accusations)|refut(?:ed|es))\b/i
// Conditions and mere possibility: "would impose sanctions if", "could
// expel", "might retaliate", "threatened to" is handled by its own code.
const CONDITION = /\b(?:if|unless|in case|in the event that|should it)\b/i
// The event is itself the condition: "If no agreement is reached, ...",
// "unless the ambassador is recalled".
const IN_CONDITION = /\b(?:if|unless|in case|in the event that)\b[^,;]*$/i
// "No agreement was reached": the noun negated, the verb after it.
const NO_NOUN = /\bno\s+(?:[\w-]+\s+){1,2}(?:was|were|is|are|has been|have been|had been|could be|can be)\s+$/i
// Prepositions that open an adjunct phrase of their own (time, cause, circumstance).
const ADJUNCT = /\b(?:after|before|following|during|despite|amid|since|ahead of|because of|due to|in the wake of)\b/i
// Case matters: "May" is a month or a surname ("Theresa May met"), never a modal in news prose.
const MAY = String.raw`[Cc]ould|[Mm]ight|may`
const MAYBE = new RegExp(String.raw`\b(?:${MAY})\s+(?:\w+\s+){0,2}$`)
const POSSIBLE = new RegExp(String.raw`\b(?:${MAY}|[Ww]ould)\s+(?:\w+\s+){0,2}$`)
// What must be done is asked, not reported: "they must be allowed to return home", "Iran must release the crew".
const OBLIGED = /\b(?:must|ought to)\s+(?:\w+\s+){0,2}$/i
// The content of a threat, an appeal or a demand is not an event of its
// own: "threatened to impose sanctions", "urged Manila to withdraw".
// Readiness too: "was ready to sign a deal" offers the signing, it does not report it.
const CONTENT =
  /\b(?:threat\w*|warn\w*|urg\w*|call(?:ed|s|ing)?\s+(?:on|upon)|ask\w*|demand\w*|appeal\w*|press(?:ed|es|ing)|request\w*|implor\w*|(?:is|are|was|were|be|been|stands?|stood|remains?|remained)\s+(?:(?:fully|always|still|also|now)\s+)?(?:ready|willing|prepared))\s+(?:[^,.;]{0,60}?\s)?to\s+(?:\w+\s+)?$/i
// A purpose or a hope is not an act: "met in order to pave the way for the reopening of embassies",
// "talks aimed at restoring ties", "with a view to signing a treaty", "hopes to sign a rice deal".
const PURPOSE =
  /\b(?:in order to|so as to|with a view to|pav(?:e|es|ed|ing) the way (?:for|to)|aim(?:ed|s|ing)? (?:at|to)|hop(?:e|es|ed|ing) to|wish(?:es|ed)? to)\s+(?:[\w'’-]+\s+){0,5}$/i
const REPORTED = /\b(?:said|says|announced|warned|vowed|pledged|insisted|stressed|added|told)\b[^.;]*\b(?:would|will|'ll)\s+(?:\w+\s+){0,2}$/i

/**
 * How the clause frames an event: asserted, negated, denied, hypothetical,
 * or a reported intention. Reads the clause before the trigger (and, for a
 * condition, the whole clause), so a negation in another clause of the
 * sentence does not count.
 */
export function readModality(text: string, clause: Span, trigger: Span): EventModality {
  const before = text.slice(Math.max(clause.start, trigger.start - 60), trigger.start)
  const near = before.split(/[,;:]/).pop() ?? before
  if (DENIAL.test(text.slice(clause.start, trigger.start))) return 'denied'
  if (CONTENT.test(near)) return 'hypothetical'
  if (PURPOSE.test(near)) return 'hypothetical'
  if (IN_CONDITION.test(text.slice(clause.start, trigger.start))) return 'hypothetical'
  // A negation before an adjunct phrase does not reach into it: "failed to reach a deal after three days of talks".
  const governed = near.split(ADJUNCT).pop() ?? near
  if (NEGATION.test(governed) || NO_NOUN.test(governed)) return 'negated'
  if (POSSIBLE.test(near) && CONDITION.test(text.slice(clause.start, clause.end))) return 'hypothetical'
  if (MAYBE.test(near) || OBLIGED.test(near)) return 'hypothetical'
  if (REPORTED.test(text.slice(clause.start, trigger.start))) return 'reported_intent'
  return 'asserted'
}

/** True for the readings that are events of the relationship (planned or occurred). */
export function isAsserted(modality: EventModality | undefined): boolean {
  return modality === undefined || modality === 'asserted' || modality === 'reported_intent'
}
