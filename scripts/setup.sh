#!/usr/bin/env bash
# Create .venv (Python 3.11) and install the pinned dependencies. Idempotent: reinstalls only when the
# requirement files change. Usage: bash scripts/setup.sh [dev]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
REQ=requirements.txt
[ "${1:-}" = "dev" ] && REQ=requirements-dev.txt
if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi
STAMP=.venv/.installed-$(cat "$REQ" requirements.txt constraints.txt | sha256sum | cut -c1-16)-$(basename "$REQ")
if [ ! -f "$STAMP" ]; then
  echo "[setup] installing $REQ (pinned by constraints.txt)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r "$REQ" -c constraints.txt
  touch "$STAMP"
fi
