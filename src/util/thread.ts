import { Worker } from 'node:worker_threads'

/**
 * A worker thread running the module `name` (without extension) beside
 * `base` (a module's import.meta.url). Under the TypeScript sources (tests,
 * tsx) the thread registers tsx first: loader hooks are per thread.
 */
export function startThread(base: string, name: string): Worker {
  const source = base.endsWith('.ts')
  const script = new URL(`./${name}${source ? '.ts' : '.js'}`, base)
  if (!source) return new Worker(script)
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}) })`, { eval: true })
}
