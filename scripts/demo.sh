#!/usr/bin/env bash
# npm run demo: install if needed, build, ingest the example articles, print
# what was read, then serve the API and dashboard (DEMO_SERVE=0 to skip).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  echo "== installing dependencies (npm ci)"
  npm ci
fi
echo "== building"
npm run build --silent
if [ -f web/vite.config.ts ]; then
  echo "== building the dashboard"
  node_modules/.bin/vite build web --logLevel warn
fi

DB="${DYAD_DB:-./dyad.db}"
dyad() { node bin/dyad.js "$@"; }

echo "== ingesting examples/ into $DB"
dyad ingest examples --db "$DB"
echo
echo "== what the store holds"
dyad summary --db "$DB"
echo
echo "== a few events"
dyad events --db "$DB" --limit 6
echo
echo "== a few figures"
dyad figures --db "$DB" --limit 6
echo
echo "== timeline Japan-Australia"
dyad timeline --pair JP,AU --db "$DB"

if [ "${DEMO_SERVE:-1}" != "0" ]; then
  echo
  echo "== serving the dashboard and API (Ctrl-C to stop)"
  exec node bin/dyad.js serve --db "$DB" --port "${PORT:-8080}"
fi
