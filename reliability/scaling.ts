import { DEFAULT_STAGES } from '../src/pipeline/config.js'
import { createContext } from '../src/pipeline/context.js'
import { ADVERSARIAL, type Adversarial } from './adversarial.js'
import { literalRegexes, recognizerRegexes, scanAll, type FoundRegex } from './regexes.js'

/** Milliseconds per (input, size) for one regex or one stage. */
export interface Timing {
  readonly what: string
  readonly input: string
  readonly ms: number[]
}

const SENTENCES = [
  'Foreign Minister Ana Souza of Brazil visited Hanoi on March 3, 2024, and held talks with her Vietnamese counterpart.',
  'Two-way trade reached US$12.5 billion in the first nine months of 2024, up 7.3% year on year, the ministry said.',
  'The two sides signed 14 cooperation documents, including a memorandum on agriculture and a plan for 2025-2027.',
  'Prime Minister Lê Minh Châu said Laos was Vietnam’s third-largest trading partner in Southeast Asia.',
  'Both countries agreed to upgrade relations to a comprehensive strategic partnership next year.',
]

/** News-like prose of about n characters, written for this check. */
export const newsProse: Adversarial = {
  name: 'news-prose',
  make(n) {
    const out: string[] = []
    let len = 0
    for (let i = 0; len < n; i++) {
      const s = SENTENCES[i % SENTENCES.length] + (i % 4 === 3 ? '\n\n' : ' ')
      out.push(s)
      len += s.length
    }
    return out.join('')
  },
}

/** Every literal and recognizer regex over every adversarial input at each size. */
export function timeRegexes(root: string, sizes: readonly number[], onSlow?: (t: Timing) => void): Timing[] {
  const ctx = createContext({ docId: 'dscan', source: 'scan.txt', text: newsProse.make(2000), debug: false })
  for (const stage of DEFAULT_STAGES) stage.run(ctx)
  const found: FoundRegex[] = [...literalRegexes(root), ...recognizerRegexes(ctx)]
  const out: Timing[] = []
  for (const input of ADVERSARIAL) {
    const texts = sizes.map((n) => input.make(n))
    for (const f of found) {
      const ms = texts.map((t) => {
        const t0 = performance.now()
        scanAll(f.regex, t)
        return performance.now() - t0
      })
      const timing = { what: f.where, input: input.name, ms }
      out.push(timing)
      if (onSlow && ms[ms.length - 1] > 50) onSlow(timing)
    }
  }
  return out
}

/** Each stage over each input at each size, earlier stages run first (untimed). Inputs that reach a known hang are skipped. */
export function timeStages(sizes: readonly number[], inputs: readonly Adversarial[] = [newsProse, ...ADVERSARIAL], onInput?: (name: string) => void): { timings: Timing[]; skipped: string[] } {
  const timings: Timing[] = []
  const skipped: string[] = []
  for (const input of inputs) {
    onInput?.(input.name)
    const texts = sizes.map((n) => input.make(n))
    const perStage = DEFAULT_STAGES.map(() => [] as number[])
    for (const text of texts) {
      const ctx = createContext({ docId: 'dscan', source: 'scan.txt', text, debug: false })
      DEFAULT_STAGES.forEach((stage, i) => {
        const t0 = performance.now()
        stage.run(ctx)
        perStage[i].push(performance.now() - t0)
      })
    }
    DEFAULT_STAGES.forEach((stage, i) => timings.push({ what: stage.name, input: input.name, ms: perStage[i] }))
  }
  return { timings, skipped }
}
