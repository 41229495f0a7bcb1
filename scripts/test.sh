#!/usr/bin/env bash
# One command on a fresh machine: set up (with test tools and Debian chromium for the browser tests),
# then run the whole test suite with pytest, in random order on two workers. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[test] installing Debian chromium for the end-to-end tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "[test] could not install chromium: browser tests will be skipped"
  else
    echo "[test] /usr/bin/chromium missing and not root: browser tests will be skipped"
  fi
fi
# The suite runs in random order (pytest-randomly) on two workers (pytest-xdist), so a test that depends on
# another's side effects, or on running alone, fails here and not later. The seed is printed: to replay an
# order, PYTEST_SEED=<seed> bash scripts/test.sh. PYTEST_WORKERS=0 runs in one process.
SEED="${PYTEST_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
WORKERS="${PYTEST_WORKERS:-2}"
echo "[test] random order, seed ${SEED} (replay: PYTEST_SEED=${SEED} bash scripts/test.sh); ${WORKERS} workers"
exec .venv/bin/python -m pytest -p randomly --randomly-seed="${SEED}" -n "${WORKERS}" "$@"
