export { scoreExport, type ScoreReport } from './score.js'
export { formatReport } from './format.js'
