import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { Extraction } from '../model/types.js'
import { BudgetExceeded } from '../pipeline/budget.js'
import type { ProcessInput } from '../pipeline/run.js'
import { startThread } from '../util/thread.js'

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
  /**
   * Keep at most `max` threads from now on: idle ones above it are ended
   * now, busy ones when they finish. Each thread holds its own copy of the
   * pipeline's resources; an ingest shrinks its pool to none before
   * cross-document resolution, which runs in the calling thread and needs a
   * thread only for the few documents it re-dates. With `max` 0 no thread
   * is kept idle, and one starts again when a document comes.
   */
  shrink(max: number): Promise<void>
  close(): Promise<void>
}

/**
 * Text waiting to be extracted before another thread starts (every thread
 * after the first). A thread loads its own copy of the pipeline's resources
 * (gazetteers, NLP model, compiled patterns: about a second of CPU) before
 * its first document, about what the pipeline takes to read 100 KB of news;
 * for less waiting text the threads already running finish first, and a
 * thread more would only add its loading to the CPU (and its memory).
 */
export const CHARS_PER_THREAD = 64_000

/** One thread per core by default. */
export function defaultThreads(): number {
  return availableParallelism()
}

interface Task {
  readonly input: ExtractInput
  readonly done: (result: ExtractResult) => void
}

/**
 * A thread still busy this long after its document's budget ran out is
 * stuck where the budget is not checked (inside one recognizer): it is
 * ended and replaced, and its document fails with the budget's rule.
 */
export function hardStopMs(budgetMs: number): number {
  return 2 * budgetMs + 10_000
}

/**
 * Up to `threads` worker threads (the second and later ones once
 * `charsPerThread` of text waits), each running the whole pipeline (and the
 * language check, when asked) on one document at a time (documents are independent: the pipeline keeps no
 * state between them, so the extractions equal those of one thread).
 * Documents wait in one queue and go to whichever thread is free. With
 * `budgetMs`, a thread that overruns a document's budget past hardStopMs
 * is ended and replaced.
 */
export function createExtractionPool(threads = defaultThreads(), budgetMs?: number, charsPerThread = CHARS_PER_THREAD): ExtractionPool {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a whole number of at least 1, not ${threads}`)
  const queue: Task[] = []
  // Characters of the documents in the queue.
  let waiting = 0
  const idle: Worker[] = []
  const running = new Map<Worker, { id: number; task: Task; timer: NodeJS.Timeout | null }>()
  let next = 0
  let broken: Error | null = null
  let workers: Worker[] = []
  // Threads to keep (shrink lowers it).
  let keep = threads
  const ending: Promise<number>[] = []

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const task = queue.shift()!
      waiting -= task.input.text.length
      const id = next++
      const limit = task.input.budgetMs ?? budgetMs
      const timer = limit === undefined ? null : setTimeout(() => stop(worker, limit), hardStopMs(limit))
      running.set(worker, { id, task, timer })
      worker.postMessage({ task: id, input: task.input })
    }
  }
  const finish = (worker: Worker, result: ExtractResult) => {
    const run = running.get(worker)
    running.delete(worker)
    if (run?.timer) clearTimeout(run.timer)
    run?.task.done(result)
  }
  // A thread stuck past its document's budget: ended, replaced, its document failed.
  const stop = (worker: Worker, limit: number) => {
    const run = running.get(worker)
    workers = workers.filter((w) => w !== worker)
    void worker.terminate()
    const where = `a thread ended after ${hardStopMs(limit)} ms`
    finish(worker, new BudgetExceeded(run?.task.input.source ?? 'a document', limit, where))
    spawn()
    dispatch()
  }
  const spawn = () => {
    const worker = startThread(import.meta.url, 'extract-thread')
    worker.on('message', (m: { task: number; extraction?: Extraction; error?: string; ruleId?: string; refusedLanguage?: string }) => {
      if (running.get(worker)?.id !== m.task) return
      const error = m.error !== undefined ? Object.assign(new Error(m.error), m.ruleId ? { ruleId: m.ruleId } : {}) : null
      finish(worker, error ?? (m.refusedLanguage !== undefined ? { refusedLanguage: m.refusedLanguage } : m.extraction!))
      if (workers.length > Math.max(keep, 1) && queue.length === 0) {
        workers = workers.filter((w) => w !== worker)
        ending.push(worker.terminate())
        return
      }
      idle.push(worker)
      dispatch()
    })
    // A thread that dies (out of memory, a crash) fails its document and every later one: a broken environment, not content.
    worker.on('error', (error) => {
      broken = new Error(`extraction thread failed: ${error.message}`)
      finish(worker, broken)
      for (const task of queue.splice(0)) task.done(broken)
      waiting = 0
    })
    idle.push(worker)
    workers.push(worker)
  }

  return {
    threads,
    extract: (inputs) => {
      return Promise.all(
        inputs.map(
          (input) =>
            new Promise<ExtractResult>((done) => {
              if (broken) return done(broken)
              // A thread starts when a document finds none free, up to `threads`: an ingest
              // with nothing new starts none, one short article starts one (a thread costs
              // its own copy of the pipeline's resources, loaded before its first document),
              // and a thread more starts once `charsPerThread` of text waits.
              if (idle.length === 0 && workers.length < Math.max(keep, 1) && (workers.length === 0 || waiting + input.text.length >= charsPerThread)) spawn()
              queue.push({ input, done })
              waiting += input.text.length
              dispatch()
            }),
        ),
      )
    },
    async shrink(max) {
      keep = Math.max(0, Math.min(keep, max))
      while (workers.length > keep && idle.length > 0) {
        const worker = idle.pop()!
        workers = workers.filter((w) => w !== worker)
        ending.push(worker.terminate())
      }
      await Promise.all(ending.splice(0))
    },
    async close() {
      for (const run of running.values()) if (run.timer) clearTimeout(run.timer)
      await Promise.all([...workers.map((w) => w.terminate()), ...ending.splice(0)])
    },
  }
}
