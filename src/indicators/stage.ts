import type { Stage } from '../pipeline/stage.js'

// Placeholder: the indicators recognizers are composed here.
export const indicatorStage: Stage = {
  name: 'indicators',
  run() {},
}
