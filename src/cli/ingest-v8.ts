import { setFlagsFromString } from 'node:v8'

/**
 * How far V8 lets a heap grow past what its last full collection left live
 * before collecting again (V8 picks up to 300% when collecting is cheap
 * beside the work, as it is here). An ingest's live heap stays small (about
 * 60 MB per thread; resolution reads some 120 MB at most), but its garbage
 * piled up to four times that: a 10,000-article ingest on two threads
 * peaked at 830 MB, 470 MB with 25%, and spent less CPU in all.
 */
const HEAP_GROWING_PERCENT = 25

/**
 * Bytecode a function runs before V8 considers optimizing it (V8's own
 * default, 67,584, times 8). An ingest is one short-lived process: with
 * V8's default, TurboFan optimized so much of the pipeline's code so soon
 * that compiling cost more than it saved. On a 2 MB text the pipeline took
 * 6.6-7.8 s of CPU on its first pass through the sections (the pass every
 * ingest runs) and 4.0-4.6 s on a second; with 8 times the budget 5.0-5.5 s
 * on the first and the same on the second, since the code that stays hot
 * is still optimized. CPU of `dyad ingest --threads 1` of 360 articles:
 * 8.6 -> 6.6 s; of 1,440: 24.1 -> 21.6 s; of the 2 MB text: 11.3-12.6 ->
 * 8.9-9.2 s (14.9-15.5 -> 11.0-12.0 s with two threads). 16 times the
 * default measured the same; 32 times left the articles' code slower.
 */
const INTERRUPT_BUDGET = 8 * 67_584

/**
 * The young generation's semi-spaces of the extraction threads, in MB (V8's
 * default on 64 bits grows them to 16). Each thread's pipeline allocates
 * much short-lived garbage and V8 grew its young generation to 34 MB, which
 * two threads held on top of everything else while documents are
 * extracted, where a large ingest peaks. Measured on two threads (peak RSS
 * in MiB, as the bench reports it): 600 articles 391-395 with the default,
 * 365-371 at 8, 352-354 at 4 (CPU 15.6-16.6 s, 14.8-15.3, 14.9-15.4);
 * 10,000 articles 410 at 8, 393 at 4 (182 CPU s either way). The calling
 * thread's heap is set up before the flag is read; the threads started later take it.
 */
const THREAD_SEMI_SPACE_MB = 4

/**
 * Set V8's flags for an ingest (see HEAP_GROWING_PERCENT, INTERRUPT_BUDGET
 * and THREAD_SEMI_SPACE_MB). Call it before the extraction threads start and before
 * the pipeline loads: flags are the process's, so the threads started later
 * take them too. Benches that measure what `dyad ingest` runs call it as well.
 */
export function tuneV8ForIngest(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
  setFlagsFromString(`--max-semi-space-size=${THREAD_SEMI_SPACE_MB}`)
}
