// The brief and the dashboard widen a figure's evidence to its sentence the same way.
export { sentenceAround } from '../../../src/shared/sentence.js'
