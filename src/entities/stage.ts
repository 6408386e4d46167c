import type { Stage } from '../pipeline/stage.js'

// Placeholder: the entities recognizers are composed here.
export const entityStage: Stage = {
  name: 'entities',
  run() {},
}
