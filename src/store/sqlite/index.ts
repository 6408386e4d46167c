import type { Backend } from '../backend.js'
import { createDialect } from './connection.js'
import { createSearchIndex, dropSearchIndex, search } from './fts.js'

export const sqliteBackend: Backend = { name: 'sqlite', createDialect, createSearchIndex, dropSearchIndex, search }
