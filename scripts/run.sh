#!/usr/bin/env bash
# One command on a fresh machine: set up, build the database from data/, serve on http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m analytics build
exec .venv/bin/python -m streamlit run app.py --server.port "${PORT:-8501}" --server.headless true "$@"
