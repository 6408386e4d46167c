import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { budgetOption, dbOption, isVerbose, positiveInt } from '../options.js'

interface ServeOptions {
  db?: string
  port: number
  host: string
  allowedHosts?: string
  budgetMs?: number
}

/** `dyad serve`: the HTTP API and the dashboard over the store. */
export function serveCommand(io: CliIo): Command {
  return new Command('serve')
    .description('serve the HTTP API (OpenAPI at /docs) and the dashboard over the store')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on', positiveInt, 8080)
    .option('--host <host>', 'interface to bind (loopback by default; 0.0.0.0 exposes the store)', '127.0.0.1')
    .option(
      '--allowed-hosts <names>',
      'answer only requests whose Host header is one of these comma-separated names (guards against DNS rebinding), e.g. localhost,127.0.0.1',
    )
    .addOption(budgetOption())
    .action(async (o: ServeOptions, cmd: Command) => {
      const { startServer } = await import('../../api/server.js')
      const allowedHosts = o.allowedHosts
        ? o.allowedHosts
            .split(',')
            .map((h) => h.trim())
            .filter(Boolean)
        : null
      const server = await startServer({
        db: o.db,
        port: o.port,
        host: o.host,
        allowedHosts,
        budgetMs: o.budgetMs,
        logger: isVerbose(cmd),
        print: (line) => io.out(`${line}\n`),
      })
      // Close cleanly on Ctrl-C so SQLite checkpoints its WAL.
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
          void server.close().then(resolve)
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
    })
}
