import type { Stage } from '../pipeline/stage.js'

// Placeholder: the events recognizers are composed here.
export const eventStage: Stage = {
  name: 'events',
  run() {},
}
