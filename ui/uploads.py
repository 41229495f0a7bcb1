"""The upload gate: the server accepts an uploaded file only from a session where the admin is signed in.

Streamlit's upload endpoint (``PUT /_stcore/upload_file/<session>/<file>``) takes a file for any live session,
whether or not that session shows a file uploader — a visitor of the read-only app could push files into the
server's memory. The size of each is capped by ``server.maxUploadSize`` (.streamlit/config.toml, = the import
limit); this gate refuses the rest: :func:`install` wraps the runtime's upload manager so that ``add_file``
answers 403 unless :func:`ui.admin.is_admin_session` says the session signed in on the Import results page.

Streamlit has no public hook for this, so it is done here, in one place, on the public
``streamlit.runtime.get_instance().uploaded_file_mgr``; tests/e2e/test_hostile_e2e.py fails the day it stops
working (an anonymous upload must get 403; the signed-in import flow must still upload).
"""

from __future__ import annotations

import logging
import threading

from . import admin

log = logging.getLogger("kota_cerdas.uploads")
_lock = threading.Lock()


class UploadRefused(Exception):
    """Raised into Streamlit's upload handler (an HTTP 403 where the web framework allows)."""


def _refusal():
    try:
        from starlette.exceptions import HTTPException
        return HTTPException(status_code=403, detail="uploads need the admin sign-in")
    except ImportError:  # another server stack: any exception refuses the upload (500)
        return UploadRefused("uploads need the admin sign-in")


def gate(add_file):
    """``add_file(session_id, file)`` that refuses sessions without the admin sign-in."""
    def add_file_if_admin(session_id, file, *args, **kwargs):
        if not admin.is_admin_session(session_id):
            log.warning("upload refused: session %s is not signed in as admin (%d bytes, name %r)", session_id,
                        len(getattr(file, "data", b"") or b""), str(getattr(file, "name", ""))[:80])
            raise _refusal()
        return add_file(session_id, file, *args, **kwargs)
    add_file_if_admin.kota_cerdas_gate = True
    return add_file_if_admin


def install() -> bool:
    """Put the gate on the running server's upload manager (once; no-op without a server, e.g. AppTest).
    Returns True when the gate is in place."""
    from streamlit import runtime
    if not runtime.exists():
        return False
    mgr = runtime.get_instance().uploaded_file_mgr
    with _lock:
        if not getattr(mgr.add_file, "kota_cerdas_gate", False):
            mgr.add_file = gate(mgr.add_file)
    return True
