import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { rememberedByString } from '../util/memo.js'

type Engine = ReturnType<typeof winkNLP>
type WinkModel = Parameters<typeof winkNLP>[0]
/** The part of wink's core model we reach into: the lexeme feature's table. */
interface LexemeTable {
  hash: Record<string, number>
  list: string[]
  intrinsicSize: number
}

/**
 * One wink-nlp instance for the process: loading the model is the costly
 * part (some 130 ms), reading a document is cheap. Only the pipes we use are
 * enabled. wink keeps every new word it reads (a forgotten word keeps its
 * slot); the instance is renewed once it holds this many, so a long ingest
 * does not grow without end (what it reads does not change: see `forgetful`).
 */
const RENEW_AFTER_LEARNED = 100_000
let instance: Engine | null = null
let lexemes: LexemeTable | null = null

export function nlp(): Engine {
  if (!instance || !lexemes || lexemes.list.length - lexemes.intrinsicSize > RENEW_AFTER_LEARNED) {
    const made = forgetful(model as unknown as WinkModel)
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const engine = winkNLP(made.model as any, ['sbd', 'pos'])
    const read = engine.readDoc.bind(engine)
    engine.readDoc = (text: string) => {
      made.forgetLastReading()
      return read(text)
    }
    instance = engine
    lexemes = made.lexemes()
  }
  return instance
}

/**
 * The model, with a lexicon that forgets between readings. wink learns each
 * new word it meets into the table its tokenizer asks: "xO'Neill..." was read
 * as "xO'Neill" "." ".." the first time and as "xO'Neill" "..." once the word
 * was known, so a text split differently after other texts. Here each reading
 * sees the model's own words and those learned in that same reading, as a
 * fresh instance would, without reloading the model.
 */
function forgetful(base: WinkModel): { model: WinkModel; lexemes: () => LexemeTable; forgetLastReading: () => void } {
  let table: LexemeTable | null = null
  // Words from this index on in the table were learned by the last reading.
  let readingStart = 0
  const core = (): unknown => {
    const loaded = (base.core as unknown as () => { features: { lexeme: LexemeTable } })()
    table = loaded.features.lexeme
    readingStart = table.list.length
    return loaded
  }
  return {
    model: { ...base, core } as unknown as WinkModel,
    lexemes: () => table!,
    // The words leave the lookup table; their ids stay valid for the
    // documents that hold them, and a word met again is learned anew.
    forgetLastReading: () => {
      const { hash, list } = table!
      for (let id = readingStart; id < list.length; id++) if (hash[list[id]] === id) delete hash[list[id]]
      readingStart = list.length
    },
  }
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
  // Ids below the model's own lexicon size are its words; learned words come after.
  return ids.length === 1 && ids[0] < lexemes!.intrinsicSize
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
