#!/usr/bin/env bash
# Several Kota Cerdas processes behind nginx on one port, with sticky sessions (deploy/nginx.conf.template).
#
#   deploy/run_cluster.sh                      # 2 processes, public port 8080, app ports 8601.., run dir /tmp/kota-cerdas-cluster
#   KC_PROCESSES=4 KC_PORT=80 KC_LISTEN=0.0.0.0 deploy/run_cluster.sh
#
# Environment: KC_PROCESSES (default 2), KC_PORT (nginx port, 8080), KC_LISTEN (nginx address, 127.0.0.1),
# KC_APP_PORT (first app port, 8601) or KC_APP_PORTS ("8601 8602 ..."), KC_RUN_DIR (config, logs, pid files),
# KOTA_CERDAS_DB (the database every process reads), PYTHON (default .venv/bin/python), NGINX (default: on PATH).
# Extra arguments go to every `streamlit run`. Runs in the foreground; Ctrl-C / SIGTERM stops everything.
#
# Every process reads the same database file read-only. The database is built (if missing or stale) once,
# before the processes start; later rebuilds (an import on the Import page, `python -m analytics import`) are
# serialised across processes by the build lock (a file lock beside the database, analytics.warehouse.build),
# swap the file atomically, and every process picks the new file up on its next run (caches keyed on it).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${KC_PROCESSES:-2}
PORT=${KC_PORT:-8080}
LISTEN=${KC_LISTEN:-127.0.0.1}
RUN_DIR=${KC_RUN_DIR:-/tmp/kota-cerdas-cluster}
PY=${PYTHON:-.venv/bin/python}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
if [ -n "${KC_APP_PORTS:-}" ]; then
    read -r -a APP_PORTS <<< "$KC_APP_PORTS"
    N=${#APP_PORTS[@]}
else
    APP_PORTS=()
    for ((i = 0; i < N; i++)); do APP_PORTS+=($(( ${KC_APP_PORT:-8601} + i ))); done
fi
[ -x "$NGINX" ] || { echo "error: nginx not found (apt-get install nginx)" >&2; exit 2; }

mkdir -p "$RUN_DIR/nginx-tmp"
rm -f "$RUN_DIR"/app-*.pid "$RUN_DIR/nginx.pid"

# one build before any process starts (under the build lock); afterwards the processes only read
"$PY" -c "from analytics.warehouse.build import ensure_built; ensure_built()"

# one cookie secret for all processes (XSRF tokens stay valid whichever process a browser reaches)
STREAMLIT_SERVER_COOKIE_SECRET=${STREAMLIT_SERVER_COOKIE_SECRET:-$("$PY" -c "import secrets; print(secrets.token_hex(32))")}
export STREAMLIT_SERVER_COOKIE_SECRET

PIDS=()
stop() {
    trap - EXIT INT TERM
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT
trap 'exit 0' INT TERM

UPSTREAMS=""
for i in "${!APP_PORTS[@]}"; do
    port=${APP_PORTS[$i]}
    "$PY" -m streamlit run app.py --server.port "$port" --server.address 127.0.0.1 --server.headless true \
        --browser.gatherUsageStats false "$@" > "$RUN_DIR/app-$i.log" 2>&1 &
    PIDS+=($!)
    echo $! > "$RUN_DIR/app-$i.pid"
    UPSTREAMS+="        server 127.0.0.1:$port max_fails=0;"$'\n'
done

USER_LINE=""
if [ "$(id -u)" = 0 ]; then          # workers drop root: give them the temp directories
    WORKER=$(id -u www-data >/dev/null 2>&1 && echo www-data || echo nobody)
    USER_LINE="user $WORKER;"
    chown -R "$WORKER" "$RUN_DIR/nginx-tmp"
fi
"$PY" - "$RUN_DIR" "$LISTEN:$PORT" "$USER_LINE" "$UPSTREAMS" <<'PYEOF'
import sys
from pathlib import Path
run_dir, listen, user, upstreams = sys.argv[1:5]
text = Path("deploy/nginx.conf.template").read_text()
for key, value in {"RUN_DIR": run_dir, "LISTEN": listen, "USER": user, "UPSTREAMS": upstreams.rstrip("\n")}.items():
    text = text.replace(f"@@{key}@@", value)
Path(run_dir, "nginx.conf").write_text(text)
PYEOF

# wait until every process answers its health check (observable state, no fixed sleep)
for port in "${APP_PORTS[@]}"; do
    "$PY" - "$port" <<'PYEOF'
import sys, time, urllib.request
deadline = time.monotonic() + 180
while True:
    try:
        if urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/_stcore/health", timeout=2).read() == b"ok":
            break
    except OSError:
        if time.monotonic() > deadline:
            sys.exit(f"error: the app on port {sys.argv[1]} did not start")
        time.sleep(0.3)
PYEOF
done

"$NGINX" -t -q -e "$RUN_DIR/nginx-error.log" -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR"
"$NGINX" -e "$RUN_DIR/nginx-error.log" -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" &
PIDS+=($!)
echo "Kota Cerdas: $N processes (ports ${APP_PORTS[*]}) behind http://$LISTEN:$PORT (logs in $RUN_DIR)"
wait -n "${PIDS[@]}"                 # one process ended: stop the others (the EXIT trap)
echo "a process exited; stopping the cluster" >&2
exit 1
