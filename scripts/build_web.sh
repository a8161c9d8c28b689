#!/usr/bin/env bash
# Builds the web page: installs the pinned npm packages (package-lock.json) and bundles them with
# our code into src/sitrep/serve/static/. Needs Node.js >= 18 and npm; reaches only the npm registry.
set -euo pipefail
cd "$(dirname "$0")/../web"
if ! command -v npm >/dev/null; then
  echo "build_web: npm not found. Install Node.js (>= 18) and npm, then run: bash scripts/build_web.sh" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
npm run --silent build -- >/dev/null
echo "build_web: page bundled into src/sitrep/serve/static/"
