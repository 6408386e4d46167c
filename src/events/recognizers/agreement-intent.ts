import { agreementPhrase } from './agreement-phrase.js'

const PATTERN =
  /\b(?<verb>(?:committed|commit|commits|pledged|pledge|vowed|vow|aim|aims|aimed|strive|strives|striving|worked|work|working|agreed)\s+to(?:wards?)?\s+(?:soon\s+|quickly\s+|early\s+|swiftly\s+)?(?:reaching|reach|concluding|conclude|finali[sz]ing|finali[sz]e|signing|sign))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?<noun>agreements?|deals?|accords?|treat(?:y|ies)|pacts?)\b/dgi

/** "are committed to soon reaching a cooperation agreement on ...": a planned agreement. */
export const agreementIntent = agreementPhrase('agreement-intent', PATTERN, { status: 'planned' })
