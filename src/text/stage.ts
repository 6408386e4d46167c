import type { Stage } from '../pipeline/stage.js'
import { analyzeText } from './analyze.js'

export const textStage: Stage = {
  name: 'text',
  run(ctx) {
    const { sentences, tokens } = analyzeText(ctx.text)
    ctx.sentences = sentences
    ctx.tokens = tokens
  },
}
