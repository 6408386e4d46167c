// Re-render docs/reliability.md from reliability/results.json (after editing report.ts notes).
import { readFileSync, writeFileSync } from 'node:fs'
import { renderMarkdown } from './report.js'

writeFileSync('docs/reliability.md', renderMarkdown(JSON.parse(readFileSync('reliability/results.json', 'utf8'))))
