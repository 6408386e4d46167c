import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/**
 * One wink-nlp instance for the process: loading the model is the costly
 * part, reading a document is cheap. Only the pipes we use are enabled.
 */
let instance: ReturnType<typeof winkNLP> | null = null

export function nlp(): ReturnType<typeof winkNLP> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  instance ??= winkNLP(model as any, ['sbd', 'pos'])
  return instance
}
