// The time module: time expressions -> intervals, and the document's own date.
export { resolveTimeText, type ResolveOptions } from './resolve-text.js'
export { timeStage } from './stage.js'
export { TIME_RECOGNIZERS, TIME_REFINERS } from './config.js'
export type { Anchor, Tense, TimeCandidate } from './candidate.js'
export { CHRONO_LANGUAGES } from './chrono-reading.js'
