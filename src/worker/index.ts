export { enqueueDocuments, enqueueInputs, type EnqueueReport } from './enqueue.js'
export { handleIngestJobs, type JobResult } from './handle.js'
export { INGEST_QUEUE, openQueue, pendingJobs, type IngestJob, type QueuePolicy } from './queue.js'
export { startWorker, type Worker, type WorkerOptions } from './worker.js'
