import { entityStage } from '../entities/stage.js'
import { eventStage } from '../events/stage.js'
import { indicatorStage } from '../indicators/stage.js'
import { textStage } from '../text/stage.js'
import { timeStage } from '../time/stage.js'
import type { Stage } from './stage.js'

/**
 * The document pipeline, in order. A stage is added in one line here;
 * cross-document resolution runs afterwards, over the store (src/resolve).
 */
export const DEFAULT_STAGES: readonly Stage[] = [textStage, timeStage, entityStage, eventStage, indicatorStage]
