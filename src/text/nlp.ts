import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { rememberedByString } from '../util/memo.js'

/**
 * One wink-nlp instance for the process: loading the model is the costly
 * part, reading a document is cheap. Only the pipes we use are enabled.
 */
let instance: ReturnType<typeof winkNLP> | null = null
/** The first id wink gives a word its model's lexicon lacks (read once, before any document adds words). */
let firstUnknownId = 0

export function nlp(): ReturnType<typeof winkNLP> {
  if (!instance) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    instance = winkNLP(model as any, ['sbd', 'pos'])
    firstUnknownId = instance.readDoc('qzxjvq').tokens().out(instance.its.uniqueId)[0] as number
  }
  return instance
}

/**
 * Is `word`, in lower case, a word of the model's English lexicon ("trade",
 * "hope", "will")? Names are mostly not ("trudeau", "justin"): a name made
 * only of such words is as likely a thing ("Free Trade", "Hope Street").
 */
export function isEnglishWord(word: string): boolean {
  return inLexicon(word.toLowerCase())
}

const inLexicon = rememberedByString((lower: string): boolean => {
  const ids = nlp().readDoc(lower).tokens().out(nlp().its.uniqueId) as number[]
  return ids.length === 1 && ids[0] < firstUnknownId
})

/**
 * Is `word` (read as a verb) a past form: "-ed", or an irregular past or
 * participle whose lemma differs ("froze" -> "freeze", "fought" -> "fight",
 * "met" -> "meet"), as wink's lemmatizer knows them? Third-person "-s" and
 * "-ing" forms are not, nor forms equal to their lemma ("hit", "cut").
 */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase()
  if (/ed$/.test(lower)) return true
  if (/(?:s|ing)$/.test(lower)) return false
  return lemmaDiffers(lower)
}

const lemmaDiffers = rememberedByString((lower: string): boolean => {
  // wink types its.lemma as needing model add-ons the lite model supplies at run time.
  const lemma = nlp()
    .readDoc(lower)
    .tokens()
    .out(nlp().its.lemma as never)[0] as string | undefined
  return lemma !== undefined && lemma !== lower
})
