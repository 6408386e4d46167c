import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../src/api/server.js'

describe('startServer', () => {
  let dir: string
  let server: RunningServer
  const printed: string[] = []
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'))
    server = await startServer({ db: join(dir, 'store.db'), port: 0, token: '', webRoot: null, print: (l) => printed.push(l) })
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('binds the loopback interface unless told otherwise and prints the address', async () => {
    expect(server.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(printed[0]).toContain(server.address)
    expect(printed.join('\n')).toContain('DYAD_TOKEN')
  })

  it('answers over HTTP with JSON and the security headers', async () => {
    const res = await fetch(`${server.address}/api/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', backend: 'sqlite', writable: false })
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })
})
