#!/usr/bin/env bash
# One command on a fresh machine: set up (with test tools and Debian chromium for the browser tests),
# then run the whole test suite with pytest. Extra arguments go to pytest.
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
exec .venv/bin/python -m pytest "$@"
