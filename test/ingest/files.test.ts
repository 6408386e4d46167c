import { execFileSync } from 'node:child_process'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { collect, docs, ENGLISH, failures, FIXTURES, tempDir } from './helpers.js'

describe('files and folders', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir()))
  afterEach(async () => cleanup())

  it('recurses into folders in sorted order with absolute sources and skips hidden entries', async () => {
    const items = await collect([join(FIXTURES, 'folder')])
    expect(items.every((i) => i.ok)).toBe(true)
    expect(docs(items).map((d) => d.source)).toEqual([join(FIXTURES, 'folder/kenya-tanzania.txt'), join(FIXTURES, 'folder/sub/norway-poland.txt')])
    expect(docs(items)[0].text.startsWith('Nairobi, 14 May 2024 - Kenya and Tanzania agreed')).toBe(true)
  })

  it('reads a hidden file when it is named explicitly', async () => {
    const items = await collect([join(FIXTURES, 'folder/.secret.txt')], { languageMinChars: 1000 })
    expect(docs(items).map((d) => d.text)).toEqual(['this file is hidden and must be skipped\n'])
  })

  it('keeps the inputs in the order given and resolves relative paths', async () => {
    const items = await collect(['test/fixtures/ingest/folder/sub', 'test/fixtures/ingest/folder/kenya-tanzania.txt'])
    expect(docs(items).map((d) => d.source.slice(FIXTURES.length))).toEqual(['/folder/sub/norway-poland.txt', '/folder/kenya-tanzania.txt'])
  })

  it('reports a missing path and goes on', async () => {
    const items = await collect([join(dir, 'nope.txt'), join(FIXTURES, 'folder/sub')])
    expect(failures(items)).toEqual([{ source: join(dir, 'nope.txt'), reason: `${join(dir, 'nope.txt')}: no such file or folder`, ruleId: 'ingest:missing' }])
    expect(docs(items)).toHaveLength(1)
  })

  it('reports empty and whitespace-only files', async () => {
    await writeFile(join(dir, 'a-empty.txt'), '')
    await writeFile(join(dir, 'b-blank.txt'), ' \n\t\n')
    await writeFile(join(dir, 'c-good.txt'), ENGLISH)
    const items = await collect([dir])
    expect(failures(items).map((f) => [f.source, f.ruleId])).toEqual([
      [join(dir, 'a-empty.txt'), 'ingest:empty'],
      [join(dir, 'b-blank.txt'), 'ingest:empty'],
    ])
    expect(failures(items)[0].reason).toContain('a-empty.txt: the file is empty')
    expect(docs(items).map((d) => d.source)).toEqual([join(dir, 'c-good.txt')])
  })

  it('refuses binary files', async () => {
    await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0xff]))
    await writeFile(join(dir, 'noise.bin'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 32 || 1)))
    const items = await collect([dir])
    expect(failures(items).map((f) => f.ruleId)).toEqual(['ingest:binary', 'ingest:binary'])
    expect(failures(items)[0].reason).toMatch(/image\.png: binary content/)
  })

  it('refuses a 50 MB text above maxBytes without reading it, and reads it when the limit allows', async () => {
    const big = join(dir, 'big.txt')
    const line = `${ENGLISH}\n`
    await writeFile(big, line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)))
    const refused = await collect([big])
    expect(failures(refused)).toHaveLength(1)
    expect(failures(refused)[0].ruleId).toBe('ingest:too-large')
    expect(failures(refused)[0].reason).toMatch(/big\.txt: 52,4\d\d,\d{3} bytes, above the limit of 20,971,520 \(option maxBytes\)/)
    // Read whole, and handed on in sections of at most maxSectionChars.
    const accepted = await collect([big], { maxBytes: 60 * 1024 * 1024 })
    expect(docs(accepted).length).toBeGreaterThan(250)
    expect(docs(accepted).every((d) => d.text.length <= 200_000)).toBe(true)
    expect(docs(accepted).reduce((n, d) => n + d.text.length, 0)).toBeGreaterThan(50 * 1024 * 1024)
    expect(docs(accepted)[1].source).toBe(`${big}#section-2`)
  })

  it('does not follow a symbolic link loop and reads the rest', async () => {
    await mkdir(join(dir, 'a'))
    await writeFile(join(dir, 'a/story.txt'), ENGLISH)
    await symlink(dir, join(dir, 'a/back-to-top'))
    await symlink(join(dir, 'self'), join(dir, 'self'))
    const items = await collect([dir])
    expect(docs(items).map((d) => d.source)).toEqual([join(dir, 'a/story.txt')])
    expect(failures(items).map((f) => [f.source, f.ruleId])).toEqual([
      [join(dir, 'a/back-to-top'), 'ingest:symlink-loop'],
      [join(dir, 'self'), 'ingest:symlink-loop'],
    ])
  })

  it('reads a file reached twice (through a link, or named again) once', async () => {
    await writeFile(join(dir, 'a.txt'), ENGLISH)
    await symlink(join(dir, 'a.txt'), join(dir, 'b-link.txt'))
    const items = await collect([dir, join(dir, 'a.txt')])
    expect(docs(items).map((d) => d.source)).toEqual([join(dir, 'a.txt')])
  })

  // Tests run as root, so chmod 000 would not stop a read: a dangling link
  // is a directory entry that truly cannot be read.
  it('reports an unreadable entry (dangling symbolic link) and goes on', async () => {
    await symlink(join(dir, 'gone.txt'), join(dir, 'a-dangling.txt'))
    await writeFile(join(dir, 'b.txt'), ENGLISH)
    const items = await collect([dir])
    expect(failures(items)).toEqual([
      { source: join(dir, 'a-dangling.txt'), reason: `${join(dir, 'a-dangling.txt')}: dangling symbolic link to ${join(dir, 'gone.txt')} (target missing); cannot be read`, ruleId: 'ingest:unreadable' },
    ])
    expect(docs(items)).toHaveLength(1)
  })

  it('does not open special files such as named pipes (reading one would block)', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')])
    const items = await collect([dir])
    expect(failures(items)).toEqual([{ source: join(dir, 'pipe'), reason: `${join(dir, 'pipe')}: not a regular file (device, socket or pipe); not read`, ruleId: 'ingest:not-a-file' }])
  })

  it('refuses unsupported URL schemes and reads file: URLs', async () => {
    const items = await collect(['ftp://example.org/a.txt', `file://${join(FIXTURES, 'folder/sub/norway-poland.txt')}`])
    expect(failures(items).map((f) => f.ruleId)).toEqual(['ingest:unsupported'])
    expect(docs(items).map((d) => d.source)).toEqual([join(FIXTURES, 'folder/sub/norway-poland.txt')])
  })
})
