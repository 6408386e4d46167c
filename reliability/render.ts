// Re-render results.md from results.json (after editing report.ts notes).
import { readFileSync, writeFileSync } from 'node:fs'
import { renderMarkdown } from './report.js'

writeFileSync('reliability/results.md', renderMarkdown(JSON.parse(readFileSync('reliability/results.json', 'utf8'))))
