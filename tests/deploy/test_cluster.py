"""The many-users deployment (deploy/run_cluster.sh + deploy/nginx.conf.template): two app processes behind
nginx on loopback. A page loads through the proxy, the websocket upgrades through it and runs the app, every
request of one browser (its cookie) reaches one process, browsers are spread over both processes, and both
processes serve the same database file.

Skipped with a reason when nginx is not installed (``apt-get install nginx``). No timing is asserted; every
wait is on observable state (health answers, log lines, messages)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
import os
import re
import shutil
import signal
import socket
import subprocess

import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.conftest import poll

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx)")


def _free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _get(url: str, cookie: str | None = None):
    req = urllib.request.Request(url, headers={"Cookie": f"kc_backend={cookie}"} if cookie else {})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, dict(r.headers), r.read()


@pytest.fixture(scope="module")
def cluster(built_db, tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("cluster")
    port, app1, app2 = _free_ports(3)
    env = dict(os.environ, KOTA_CERDAS_DB=str(built_db), KC_RUN_DIR=str(run_dir), KC_PORT=str(port),
               KC_APP_PORTS=f"{app1} {app2}", PYTHON=str(REPO / ".venv" / "bin" / "python"), NGINX=NGINX)
    log = open(run_dir / "run_cluster.out", "w")
    proc = subprocess.Popen(["bash", str(REPO / "deploy" / "run_cluster.sh")], cwd=REPO, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        def healthy():
            if proc.poll() is not None:
                pytest.fail(f"the cluster did not start: {(run_dir / 'run_cluster.out').read_text()[-2000:]}")
            try:
                return _get(f"{url}/_stcore/health")[2] == b"ok"
            except OSError:
                return False
        poll(healthy, timeout=240, what="the cluster's health check")
        yield {"url": url, "run_dir": run_dir, "apps": {f"127.0.0.1:{app1}", f"127.0.0.1:{app2}"}}
    finally:
        proc.send_signal(signal.SIGTERM)           # the script stops its app processes and nginx
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def _upstream_of(run_dir: Path, key: str) -> set[str]:
    """Upstreams the access log shows for requests carrying backend key ``key``."""
    text = (run_dir / "nginx-access.log").read_text()
    return set(re.findall(rf"upstream=(\S+) key={re.escape(key)} ", text))


def _wait_logged(run_dir: Path, key: str, path: str) -> set[str]:
    pattern = re.compile(rf'"GET {re.escape(path)}[ ?].*upstream=(\S+) key={re.escape(key)} ')
    return poll(lambda: set(pattern.findall((run_dir / "nginx-access.log").read_text())), timeout=30,
                what=f"an access-log line for {path} with key {key}")


async def _run_app(url: str, key: str) -> tuple[str, list[str], int]:
    """One websocket session through the proxy (as a browser tab): ask for the Overview page; returns the
    script_finished status, the exceptions the page showed, and the number of elements it sent."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=60,
                                  additional_headers={"Cookie": f"kc_backend={key}"}) as ws:
        assert ws.subprotocol == "streamlit"           # the upgrade went through the proxy
        msg = BackMsg()
        msg.rerun_script.query_string = "lang=en"
        msg.rerun_script.page_name = ""
        await ws.send(msg.SerializeToString())
        errors, elements = [], 0
        while True:
            fm = ForwardMsg()
            fm.ParseFromString(await asyncio.wait_for(ws.recv(), 300))
            kind = fm.WhichOneof("type")
            if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                elements += 1
                if fm.delta.new_element.WhichOneof("type") == "exception":
                    errors.append(fm.delta.new_element.exception.message)
            if kind == "script_finished" and fm.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                return ForwardMsg.ScriptFinishedStatus.Name(fm.script_finished), errors, elements


def test_page_loads_through_the_proxy_and_sets_the_backend_cookie(cluster):
    status, headers, body = _get(cluster["url"] + "/")
    assert status == 200
    assert b'<div id="root">' in body and b"<title>Streamlit</title>" in body
    cookie = headers.get("Set-Cookie", "")
    assert re.match(r"kc_backend=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Lax", cookie), cookie


def test_one_browser_stays_on_one_process_and_browsers_spread(cluster):
    seen: dict[str, set[str]] = {}
    for i in range(24):
        key = f"browser{i:02d}"
        for _ in range(3):
            _get(cluster["url"] + "/_stcore/health", cookie=key)
        seen[key] = _wait_logged(cluster["run_dir"], key, "/_stcore/health")
    assert all(len(ups) == 1 for ups in seen.values()), seen          # sticky: one process per browser
    used = set().union(*seen.values())
    assert used == cluster["apps"]                                      # and both processes get browsers
    # (24 keys all hashed to one of two processes would have probability 2 * 0.5**24)


def test_websocket_upgrades_through_the_proxy_and_both_processes_run_the_app(cluster):
    """For one browser key on each process: the upgrade (101) goes to the process the key's page requests go
    to, and the Overview runs to the end without an exception — both processes read the same database."""
    keys: dict[str, str] = {}
    for i in range(64):
        key = f"ws{i:02d}"
        _get(cluster["url"] + "/", cookie=key)
        up = _wait_logged(cluster["run_dir"], key, "/")
        keys.setdefault(next(iter(up)), key)
        if len(keys) == 2:
            break
    assert set(keys) == cluster["apps"]
    for upstream, key in keys.items():
        # in a thread of its own: a browser test earlier on this worker may leave an event loop on the main thread
        with ThreadPoolExecutor(1) as pool:
            status, errors, elements = pool.submit(asyncio.run, _run_app(cluster["url"], key)).result()
        assert status == "FINISHED_SUCCESSFULLY" and not errors and elements > 10, (status, errors, elements)
        assert _wait_logged(cluster["run_dir"], key, "/_stcore/stream") == {upstream}
    assert ' "GET /_stcore/stream HTTP/1.1" 101 ' in (cluster["run_dir"] / "nginx-access.log").read_text()
