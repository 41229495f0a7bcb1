"""A Streamlit client that speaks the websocket protocol (protobuf ``BackMsg``/``ForwardMsg``) without a browser:
what the load test uses when 50 Chromium pages would measure the browsers instead of the server, and what the
deployment test uses to check a websocket session through the proxy.

One :class:`Session` = one browser tab: ``await s.run(page="map", query="lang=en")`` asks for a script run
(as the frontend does on load, on a page change and on a widget change) and returns when the server says the
run finished (``script_finished``), with the time, the bytes received and any exception the page showed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState


@dataclass
class RunResult:
    seconds: float
    bytes_in: int
    messages: int
    exceptions: list[str] = field(default_factory=list)
    finished: str = ""


class Session:
    def __init__(self, base_url: str, headers: dict | None = None) -> None:
        self.ws_url = base_url.replace("http://", "ws://").rstrip("/") + "/_stcore/stream"
        self.headers = headers or {}
        self.ws = None
        self.widgets: dict[str, object] = {}       # widget id -> its element proto (last seen)

    async def __aenter__(self) -> Session:
        self.ws = await websockets.connect(self.ws_url, subprotocols=["streamlit"], max_size=None,
                                           additional_headers=self.headers, open_timeout=60, ping_interval=None)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.ws.close()

    async def run(self, page: str = "", query: str = "", widget_states: list[WidgetState] | None = None,
                  timeout: float = 300.0) -> RunResult:
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string = query
        cs.page_name = page            # as the frontend sends it: the url path; the server resolves the page
        if widget_states:
            cs.widget_states.widgets.extend(widget_states)
        self.widgets = {}                            # the widgets of this run's page, as they arrive
        t0 = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        out = RunResult(0.0, 0, 0)
        while True:
            raw = await _recv(self.ws, timeout)
            out.bytes_in += len(raw)
            out.messages += 1
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            kind = fm.WhichOneof("type")
            if kind == "delta":
                self._note_delta(fm, out)
            elif kind == "script_finished":
                out.finished = ForwardMsg.ScriptFinishedStatus.Name(fm.script_finished)
                if fm.script_finished in (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR,
                                          ForwardMsg.FINISHED_EARLY_FOR_RERUN):
                    if fm.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        break
            elif kind == "page_not_found":
                out.exceptions.append(f"page not found: {page}")
        out.seconds = time.perf_counter() - t0
        return out

    def _note_delta(self, fm: ForwardMsg, out: RunResult) -> None:
        d = fm.delta
        if d.WhichOneof("type") != "new_element":
            return
        el = d.new_element
        which = el.WhichOneof("type")
        if which == "exception":
            out.exceptions.append(f"{el.exception.type}: {el.exception.message}"[:300])
        elif which == "alert" and el.alert.format == el.alert.ERROR:
            out.exceptions.append(f"error: {el.alert.body}"[:300])
        else:
            proto = getattr(el, which, None)
            wid = getattr(proto, "id", "") if proto is not None else ""
            if wid:
                self.widgets[wid] = proto

    def slider_state(self, key: str, step: int = -1) -> WidgetState:
        """The widget state that moves the select_slider with user key ``key`` by ``step`` options (a
        select_slider's value travels as the option's text, ``string_array_value``)."""
        wid, proto = next((w, p) for w, p in self.widgets.items() if w.endswith(f"-{key}"))
        options = list(proto.options)
        current = options.index(proto.raw_value[0]) if proto.raw_value else int(proto.default[0])
        ws = WidgetState(id=wid)
        ws.string_array_value.data.extend([options[max(0, min(len(options) - 1, current + step))]])
        return ws


async def _recv(ws, timeout: float) -> bytes:
    import asyncio
    raw = await asyncio.wait_for(ws.recv(), timeout)
    return raw if isinstance(raw, bytes) else raw.encode()
