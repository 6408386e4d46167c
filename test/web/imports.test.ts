// The dashboard talks to the server through the API only: nothing under web/
// imports server code except the pure helpers of src/shared, and those import
// nothing from the rest of src.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []))
}

/** Relative imports of a file, as paths from the repository root. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => relative(ROOT, resolve(dirname(file), m[1]!)))
}

describe('web/ and src/shared', () => {
  it('web/ imports from outside web/ only src/shared', () => {
    const outside = files(join(ROOT, 'web/src')).flatMap((f) => imports(f).filter((p) => !p.startsWith('web/')).map((p) => `${relative(ROOT, f)} -> ${p}`))
    expect(outside.length).toBeGreaterThan(0)
    expect(outside.filter((line) => !line.split(' -> ')[1]!.startsWith('src/shared/'))).toEqual([])
  })

  it('src/shared imports nothing else of the project', () => {
    const used = files(join(ROOT, 'src/shared')).flatMap((f) => imports(f).map((p) => `${relative(ROOT, f)} -> ${p}`))
    expect(used.filter((line) => !line.split(' -> ')[1]!.startsWith('src/shared/'))).toEqual([])
  })
})
