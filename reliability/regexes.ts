import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { ENTITY_RECOGNIZERS } from '../src/entities/config.js'
import { EVENT_RECOGNIZERS } from '../src/events/config.js'
import { FIGURE_RECOGNIZERS } from '../src/indicators/config.js'
import type { PipelineContext } from '../src/pipeline/context.js'
import type { Recognizer } from '../src/pipeline/recognizer.js'
import { TIME_RECOGNIZERS } from '../src/time/config.js'

/** One regular expression found in the source, with where it came from. */
export interface FoundRegex {
  readonly where: string
  readonly regex: RegExp
}

/** Source folders whose regular expressions run over document text. */
export const REGEX_FOLDERS = ['src/text', 'src/time', 'src/entities', 'src/events', 'src/indicators', 'src/pipeline', 'src/util']

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

/** Every regular-expression literal in the given folders (parsed with the TypeScript compiler, not grepped). */
export function literalRegexes(root: string, folders = REGEX_FOLDERS): FoundRegex[] {
  const out: FoundRegex[] = []
  for (const file of folders.flatMap((f) => files(join(root, f)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const cut = text.lastIndexOf('/')
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
        try {
          out.push({ where: `${relative(root, file)}:${line + 1}`, regex: new RegExp(text.slice(1, cut), text.slice(cut + 1)) })
        } catch {
          // Not valid for this engine: the module would not load either, so the stage tests report it.
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return out
}

/** The pattern of every recognizer of every stage, built for one context. */
export function recognizerRegexes(ctx: PipelineContext): FoundRegex[] {
  const lists: [string, readonly Recognizer<unknown>[]][] = [
    ['time', TIME_RECOGNIZERS],
    ['entities', ENTITY_RECOGNIZERS],
    ['events', EVENT_RECOGNIZERS],
    ['indicators', FIGURE_RECOGNIZERS],
  ]
  return lists.flatMap(([stage, list]) => list.map((r) => ({ where: `${stage}/${r.name}`, regex: r.pattern(ctx) })))
}

/** Run a regex over the whole input as a scan does (every match, empty matches stepped over). Returns matches. */
export function scanAll(regex: RegExp, input: string): number {
  const flags = regex.flags.includes('g') || regex.flags.includes('y') ? regex.flags.replace('y', 'g') : `${regex.flags}g`
  const re = new RegExp(regex.source, flags.includes('g') ? flags : `${flags}g`)
  let n = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(input)) !== null) {
    n++
    if (m[0].length === 0) re.lastIndex++
  }
  return n
}
