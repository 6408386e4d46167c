// Arrows point down: the CLI, the API, the brief and workers read the store only
// through src/app (the read service), and the pipeline's stages import no
// store, API or CLI.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

/** `file -> imported path` for every relative import (static or dynamic) of the files under `dirs`. */
function importsOf(...dirs: string[]): string[] {
  return dirs.flatMap((d) =>
    files(join(ROOT, d)).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
        (m) => `${relative(ROOT, f)} -> ${relative(ROOT, resolve(dirname(f), m[1]!))}`,
      ),
    ),
  )
}

const into = (lines: string[], ...targets: string[]) => lines.filter((l) => targets.some((t) => l.split(' -> ')[1]!.startsWith(t)))

describe('layers', () => {
  it('the CLI and the API import no store module', () => {
    const lines = importsOf('src/cli', 'src/api')
    expect(into(lines, 'src/app/').length).toBeGreaterThan(0)
    expect(into(lines, 'src/store/')).toEqual([])
  })

  it('the brief reads the store only through src/app, and imports no API or CLI module', () => {
    const lines = importsOf('src/report')
    expect(into(lines, 'src/app/').length).toBeGreaterThan(0)
    expect(into(lines, 'src/store/', 'src/api/', 'src/cli/')).toEqual([])
  })

  it('workers open and reach the store through src/app, as the CLI and the API do', () => {
    const lines = importsOf('src/worker')
    expect(into(lines, 'src/app/').length).toBeGreaterThan(0)
    expect(into(lines, 'src/store/', 'src/api/', 'src/cli/')).toEqual([])
  })

  it('the pipeline, its stages and cross-document resolution import no store, API or CLI module', () => {
    const lines = importsOf('src/pipeline', 'src/text', 'src/time', 'src/entities', 'src/events', 'src/indicators', 'src/model', 'src/resolve', 'src/util')
    expect(into(lines, 'src/store/', 'src/api/', 'src/cli/', 'src/app/')).toEqual([])
  })
})
