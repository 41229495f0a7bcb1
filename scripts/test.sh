#!/usr/bin/env bash
# One command on a fresh machine: set up (with test tools and Debian chromium for the browser tests),
# then run the whole test suite with pytest, in random order on two workers. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
# Debian packages the tests use as independent readers: chromium (the browser tests) and poppler-utils
# (pdfinfo/pdftotext read the presenter's PDF deck); installed when missing and root, else those tests skip.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[test] installing Debian ${missing[*]} for the browser and PDF tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) \
      || echo "[test] could not install ${missing[*]}: the tests that need them will be skipped"
  else
    echo "[test] ${missing[*]} missing and not root: the tests that need them will be skipped"
  fi
fi
# The suite runs in random order (pytest-randomly) on two workers (pytest-xdist), so a test that depends on
# another's side effects, or on running alone, fails here and not later. The seed is printed: to replay an
# order, PYTEST_SEED=<seed> bash scripts/test.sh. PYTEST_WORKERS=0 runs in one process.
SEED="${PYTEST_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
WORKERS="${PYTEST_WORKERS:-2}"
echo "[test] random order, seed ${SEED} (replay: PYTEST_SEED=${SEED} bash scripts/test.sh); ${WORKERS} workers"
exec .venv/bin/python -m pytest -p randomly --randomly-seed="${SEED}" -n "${WORKERS}" "$@"
