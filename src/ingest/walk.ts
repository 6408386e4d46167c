import type { Stats } from 'node:fs'
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fail } from './result.js'
import type { IngestItem } from './result.js'

/** A regular file to read, or a failure found while walking. */
export type WalkItem = { readonly file: string; readonly size: number } | IngestItem

/**
 * The regular files under a path: folders recursively in sorted name order,
 * hidden entries (dot names) skipped inside folders, symbolic links followed
 * but never around a cycle (real paths are tracked), a file reached twice
 * read once (pass the same `seen` set across inputs to extend that to
 * them). Missing, dangling, unreadable and special files are failures.
 */
export async function* walk(input: string, seen: Set<string> = new Set()): AsyncGenerator<WalkItem> {
  yield* walkPath(resolve(input), [], seen)
}

async function* walkPath(path: string, ancestors: readonly string[], seen: Set<string>): AsyncGenerator<WalkItem> {
  // One stat for the check and the kind of entry (a file of a large folder was stat'ed twice).
  let info: Stats
  try {
    info = await stat(path)
  } catch (error) {
    yield await pathProblem(path, error)
    return
  }
  const real = await realpath(path)
  if (info.isDirectory()) {
    if (ancestors.includes(real)) {
      yield fail(path, `${path}: symbolic link loop (leads back to ${real}); not followed`, 'ingest:symlink-loop')
      return
    }
    if (seen.has(real)) return
    seen.add(real)
    let names: string[]
    try {
      names = await readdir(path)
    } catch (error) {
      yield fail(path, `${path}: cannot list folder (${errorCode(error)})`, 'ingest:unreadable')
      return
    }
    for (const name of names.filter((n) => !n.startsWith('.')).sort()) yield* walkPath(join(path, name), [...ancestors, real], seen)
    return
  }
  if (!info.isFile()) {
    yield fail(path, `${path}: not a regular file (device, socket or pipe); not read`, 'ingest:not-a-file')
    return
  }
  if (seen.has(real)) return
  seen.add(real)
  yield { file: path, size: info.size }
}

// Why a path cannot be walked (its stat failed with `error`), told apart: missing, dangling link, link loop, permission.
async function pathProblem(path: string, error: unknown): Promise<IngestItem> {
  const code = errorCode(error)
  if (code === 'ELOOP') return fail(path, `${path}: symbolic link loop; not followed`, 'ingest:symlink-loop')
  if (code === 'EACCES' || code === 'EPERM') return fail(path, `${path}: permission denied`, 'ingest:unreadable')
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return fail(path, `${path}: cannot read (${code})`, 'ingest:unreadable')
  const link = await lstat(path).catch(() => null)
  if (link?.isSymbolicLink()) {
    const target = await readlink(path).catch(() => '?')
    return fail(path, `${path}: dangling symbolic link to ${target} (target missing); cannot be read`, 'ingest:unreadable')
  }
  return fail(path, `${path}: no such file or folder`, 'ingest:missing')
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error)
}
