// The CLI from the sources (what bin/dyad.js runs from dist/ after a build).
import { main } from '../src/cli/main.js'

await main(process.argv)
