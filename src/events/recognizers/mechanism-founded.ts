import { datedMilestone } from './dated-milestone.js'

const PATTERN =
  /\b(?:established|set up|launched|founded|created)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,7}?(?:Committee|Commission|Council|Mechanism|Dialogue|committee|commission|council|mechanism)\b(?!s)|\b(?:entry into force|entered into force|enters into force|came into (?:force|effect)|comes into (?:force|effect)|took effect|takes effect)\b/dgi

// A measure taking effect is the measure (a sanction the sanction recognizers read), not a step of the relationship.
const MEASURE = /\b(?:bans?|embargo(?:es)?|tariffs?|sanctions|duties|levies|restrictions|curbs|quotas?)\b/i

/**
 * Dated foundations of joint bodies ("established a Steering Committee for
 * Bilateral Cooperation in November 2006") and agreements entering into
 * force: milestones of the relationship. An as-of date does not date them.
 */
export const mechanismFounded = datedMilestone('mechanism-founded', PATTERN, { asOf: false, notSubject: MEASURE })
