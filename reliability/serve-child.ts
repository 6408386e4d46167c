// The API server in its own process (so its memory is measured alone):
// prints {address} once listening; answers each "rss" line on stdin with {rss}.
import { createInterface } from 'node:readline'
import { startServer } from '../src/api/server.js'

const server = await startServer({ db: process.argv[2], port: 0, host: '127.0.0.1', webRoot: null, print: () => {} })
process.stdout.write(`${JSON.stringify({ address: server.address })}\n`)
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'rss') process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss })}\n`)
  if (line === 'stop') break
}
await server.close()
// stdin stays open after the loop; nothing else is left to do.
process.exit(0)
