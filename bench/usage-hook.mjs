// Preloaded into a benchmarked `dyad` process (node --import): at exit it
// writes the process's own resource usage (CPU of every thread, peak RSS)
// to DYAD_USAGE_FILE, so the bench measures the CLI as users run it.
import { writeFileSync } from 'node:fs'

const file = process.env.DYAD_USAGE_FILE
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage()
    writeFileSync(file, JSON.stringify({ userCpuMs: u.userCPUTime / 1000, systemCpuMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS }))
  })
}
