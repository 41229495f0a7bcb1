#!/usr/bin/env bash
# One command on a fresh machine: set up, build the database from data/, serve on http://localhost:8501
# Listens on localhost only. For a public server set HOST (e.g. HOST=0.0.0.0, behind a reverse proxy) and PORT;
# see README, "Public deployment".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m analytics build
exec .venv/bin/python -m streamlit run app.py --server.address "${HOST:-localhost}" --server.port "${PORT:-8501}" \
    --server.headless true "$@"
