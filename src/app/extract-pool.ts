import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Extraction } from '../model/types.js'
import type { ProcessInput } from '../pipeline/run.js'

/** The language check an ingest on worker threads leaves to the threads (see IngestOptions.deferLanguageCheck). */
export interface LanguageCheck {
  readonly supported: readonly string[]
  readonly minChars: number
}

/** A document for the pipeline, and its language check when still to do. */
export interface ExtractInput extends ProcessInput {
  readonly language?: LanguageCheck
}

/** A document not extracted: its language (the code it was read as) is not one the recognizers read. */
export interface LanguageRefused {
  readonly refusedLanguage: string
}

/** What the pipeline gave for one document: its extraction, the Error it failed with, or a language refusal. */
export type ExtractResult = Extraction | Error | LanguageRefused

/** The pipeline over several documents, results in input order. */
export type Extract = (inputs: readonly ExtractInput[]) => Promise<ExtractResult[]>

export function isRefused(result: ExtractResult): result is LanguageRefused {
  return !(result instanceof Error) && 'refusedLanguage' in result
}

/** Several documents through the pipeline at once, on worker threads. */
export interface ExtractionPool {
  readonly threads: number
  readonly extract: Extract
  close(): Promise<void>
}

/** One thread per core by default. */
export function defaultThreads(): number {
  return availableParallelism()
}

interface Task {
  readonly input: ExtractInput
  readonly done: (result: ExtractResult) => void
}

/**
 * Start `threads` worker threads, each running the whole pipeline (and the
 * language check, when asked) on one document at a time (documents are independent: the pipeline keeps no
 * state between them, so the extractions equal those of one thread).
 * Documents wait in one queue and go to whichever thread is free.
 */
export function createExtractionPool(threads = defaultThreads()): ExtractionPool {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a whole number of at least 1, not ${threads}`)
  // Under the TypeScript sources (tests, tsx) the thread runs through tsx too.
  const source = import.meta.url.endsWith('.ts')
  const script = new URL(source ? './extract-thread.ts' : './extract-thread.js', import.meta.url)
  const queue: Task[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, Map<number, Task>>()
  let next = 0
  let broken: Error | null = null

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const task = queue.shift()!
      const id = next++
      running.get(worker)!.set(id, task)
      worker.postMessage({ task: id, input: task.input })
    }
  }
  const workers: Worker[] = []
  // Threads start with the first document: an ingest with nothing new starts none.
  const start = () => Array.from({ length: threads }, () => {
    const worker = source ? new Worker(viaTsx(script), { eval: true }) : new Worker(script)
    running.set(worker, new Map())
    worker.on('message', (m: { task: number; extraction?: Extraction; error?: string; refusedLanguage?: string }) => {
      const tasks = running.get(worker)!
      const task = tasks.get(m.task)
      tasks.delete(m.task)
      idle.push(worker)
      task?.done(m.error !== undefined ? new Error(m.error) : m.refusedLanguage !== undefined ? { refusedLanguage: m.refusedLanguage } : m.extraction!)
      dispatch()
    })
    // A thread that dies (out of memory, a crash) fails its document and every later one: a broken environment, not content.
    worker.on('error', (error) => {
      broken = new Error(`extraction thread failed: ${error.message}`)
      for (const task of running.get(worker)!.values()) task.done(broken)
      for (const task of queue.splice(0)) task.done(broken)
    })
    idle.push(worker)
    workers.push(worker)
  })

  return {
    threads,
    extract: (inputs) => {
      return Promise.all(
        inputs.map(
          (input) =>
            new Promise<ExtractResult>((done) => {
              if (broken) return done(broken)
              if (workers.length === 0) start()
              queue.push({ input, done })
              dispatch()
            }),
        ),
      )
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}

/** A worker's code that registers tsx on its own thread (hooks are per thread) and then loads `script`. */
function viaTsx(script: URL): string {
  return `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}) })`
}
