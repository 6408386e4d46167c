import type { FastifyInstance } from 'fastify'
import { fileURLToPath } from 'node:url'
import { openStore, storeLocation } from '../app/store.js'
import { createApp } from './app.js'
import { inlineWriter, threadWriter } from './ingest-writer.js'
import { hideSecrets } from '../util/secrets.js'

export interface ServerOptions {
  /** Store location (SQLite path or postgres:// URL); default DYAD_DB or ./dyad.db. */
  readonly db?: string | null
  readonly port?: number
  /** Interface to bind; 127.0.0.1 unless the operator says otherwise. */
  readonly host?: string
  /** Write-route token; default the DYAD_TOKEN environment variable. */
  readonly token?: string | null
  /** The built dashboard; default web/dist of this package. */
  readonly webRoot?: string | null
  /** Where to print the address; default stdout. */
  readonly print?: (line: string) => void
  /** Log every request (info); by default only errors are logged, to stderr. */
  readonly logger?: boolean
  /** Host header names answered (DNS rebinding guard); default any. */
  readonly allowedHosts?: readonly string[] | null
  /** The pipeline's limit per POSTed document, in milliseconds (default DEFAULT_BUDGET_MS). */
  readonly budgetMs?: number
}

export interface RunningServer {
  readonly app: FastifyInstance
  /** e.g. http://127.0.0.1:8080 */
  readonly address: string
  close(): Promise<void>
}

export const DEFAULT_PORT = 8080
export const DEFAULT_HOST = '127.0.0.1'

/** web/dist next to src/ (or dist/) in this package. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../web/dist', import.meta.url))
}

/**
 * Open the store, build the app and listen. Binds to loopback unless a host
 * is given, so a store is never exposed by accident. Prints the address.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const store = await openStore(options.db)
  const token = options.token ?? process.env.DYAD_TOKEN ?? null
  let app: FastifyInstance
  try {
    app = await createApp({
      store,
      token: token || null,
      webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
      allowedHosts: options.allowedHosts ?? null,
      // Writes on their own thread and connection; a store in memory is only this connection's.
      // (store.location hides a password: the thread opens the location as given.)
      writer: store.location === ':memory:' ? inlineWriter(store, options.budgetMs) : threadWriter(storeLocation(options.db), options.budgetMs),
      // verbose: every request; otherwise only errors, on stderr, so a 500's
      // "details in the server log" has a log to point to
      // Log lines pass hideSecrets: an error may quote a connection string.
      logger: { level: options.logger ? 'info' : 'error', stream: { write: (line: string) => void process.stderr.write(hideSecrets(line)) } },
    })
  } catch (error) {
    await store.close()
    throw error
  }
  app.addHook('onClose', async () => store.close())
  let address: string
  try {
    address = await app.listen({ port: options.port ?? DEFAULT_PORT, host: options.host ?? DEFAULT_HOST })
  } catch (error) {
    await app.close()
    throw error
  }
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`))
  print(`dyad: serving ${hideSecrets(store.location)} at ${address} (API ${address}/api, docs ${address}/docs)`)
  if (!token) print('dyad: write routes (POST /api/ingest, DELETE /api/documents/:id) are disabled; set DYAD_TOKEN to enable them')
  return { app, address, close: () => app.close() }
}
