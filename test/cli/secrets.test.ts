import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dyad } from './run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-secrets-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Issue 20: a store password with a raw '@', or given as ?password=, was shown
// in errors and `dyad summary`; an http URL with credentials echoed the
// password twice. Port 1 on loopback refuses at once.
describe('secrets in what the CLI prints', () => {
  it.each([
    ['a raw @ in the password', 'postgres://dyad:hun@ter2@127.0.0.1:1/dyad'],
    ['?password=', 'postgres://dyad@127.0.0.1:1/dyad?password=hun%40ter2&connect_timeout=2'],
  ])('names the store without the password (%s)', async (_, url) => {
    const run = await dyad('summary', '--db', url)
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/^dyad: cannot open store postgres:\/\/dyad/)
    expect(run.err).toContain('127.0.0.1:1/dyad')
    expect(run.err + run.out).not.toMatch(/ter2/)
  }, 30_000)

  it('refuses an http URL with credentials without echoing the password', async () => {
    const run = await dyad('ingest', 'https://reader:hunter2@feeds.invalid/rss', '--db', join(dir, 'a.db'))
    expect(run.err).toContain('failed: https://reader:***@feeds.invalid/rss: a URL with a user name or password is not fetched')
    expect(run.err + run.out).not.toContain('hunter2')
  }, 30_000)
})
