import type { Backend } from '../backend.js'
import { createDialect } from './connection.js'
import { createSearchIndex, dropSearchIndex, search } from './fts.js'

export const postgresBackend: Backend = { name: 'postgres', createDialect, createSearchIndex, dropSearchIndex, search }
