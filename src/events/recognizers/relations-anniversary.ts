import { datedMilestone } from './dated-milestone.js'

const PATTERN =
  /\b\d{1,3}(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:(?:establishment|founding)\s+of\s+)?(?:(?:their|the|bilateral|full)\s+)*(?:diplomatic\s+)?(?:relations|ties|partnership)\b/dgi

/** "the 75th anniversary of bilateral diplomatic relations ... in 2025": dated anniversaries only. */
export const relationsAnniversary = datedMilestone('relations-anniversary', PATTERN, { asOf: true })
