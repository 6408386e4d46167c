import type { Stage } from '../pipeline/stage.js'

// Placeholder: the time recognizers are composed here.
export const timeStage: Stage = {
  name: 'time',
  run() {},
}
