import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Extraction } from '../model/types.js'
import type { ProcessInput } from './run.js'

/** Several documents through the pipeline at once, on worker threads. */
export interface ExtractionPool {
  readonly threads: number
  /** The extractions of `inputs`, in input order; a document the pipeline failed on gives its Error. */
  extract(inputs: readonly ProcessInput[]): Promise<(Extraction | Error)[]>
  close(): Promise<void>
}

/** One thread per core by default. */
export function defaultThreads(): number {
  return availableParallelism()
}

interface Task {
  readonly input: ProcessInput
  readonly done: (result: Extraction | Error) => void
}

/**
 * Start `threads` worker threads, each running the whole pipeline on one
 * document at a time (documents are independent: the pipeline keeps no
 * state between them, so the extractions equal those of one thread).
 * Documents wait in one queue and go to whichever thread is free.
 */
export function createExtractionPool(threads = defaultThreads()): ExtractionPool {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a whole number of at least 1, not ${threads}`)
  // Under the TypeScript sources (tests, tsx) the thread runs through tsx too.
  const source = import.meta.url.endsWith('.ts')
  const script = new URL(source ? './thread.ts' : './thread.js', import.meta.url)
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
    worker.on('message', (m: { task: number; extraction?: Extraction; error?: string }) => {
      const tasks = running.get(worker)!
      const task = tasks.get(m.task)
      tasks.delete(m.task)
      idle.push(worker)
      task?.done(m.error !== undefined ? new Error(m.error) : m.extraction!)
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
    extract(inputs) {
      return Promise.all(
        inputs.map(
          (input) =>
            new Promise<Extraction | Error>((done) => {
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
