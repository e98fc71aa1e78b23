"""A light bodymap client over Bokeh's websocket protocol, for load tests: it opens the page like a browser
(HTTP GET, the session token in it), pulls the document over the websocket, says `document_ready` as a
browser does once its views are drawn, and "clicks" by sending exactly what the screen sends for a click
(the pain spot, the ranked sites, the selected one and a pick number), in one message as the browser does.
Python's answer has arrived when it echoes the pick in `answered`, with the exact referral path. It draws nothing, so thirty of them cost the machine far less than thirty real browsers."""
from __future__ import annotations

import re
import threading
import time
import urllib.request


class WsClient:
    def __init__(self, url: str, timeout: float = 60.0):
        import bodymap.app.screen  # noqa: F401 - registers the screen's data model for decoding
        import panel.models  # noqa: F401 - registers Panel's models for decoding
        from bokeh.client import pull_session
        from bokeh.events import DocumentReady
        from bokeh.util.token import get_session_id

        html = urllib.request.urlopen(url, timeout=timeout).read().decode()
        match = re.search(r'"token":\s*"([^"]+)"', html)
        if not match:
            raise RuntimeError("no session token in the page")
        self.session = pull_session(session_id=get_session_id(match.group(1)), url=url)
        doc = self.session.document
        self.data = next(m.data for m in doc.models if type(m).__name__ == "ReactiveESM")
        # a browser sends small frames at once (TCP_NODELAY); tornado's client does not unless asked, and then
        # the three frames of a click's message arrived 44 ms apart (Nagle and delayed acknowledgements)
        self.session._connection._socket._socket.protocol.set_nodelay(True)
        self.loop = self.session._connection._loop
        self._answered = threading.Condition()
        self.data.on_change("answered", lambda attr, old, new: self._notify())
        self.thread = threading.Thread(target=self.session._loop_until_closed, daemon=True)
        self.thread.start()
        self.loop.add_callback(lambda: doc.callbacks.send_event(DocumentReady()))
        self.pick = 0

    def _send_together(self, **changes) -> None:
        """Set several properties and send them in ONE patch message, as the browser does (BokehJS sends a `setv`
        of several properties as one PATCH-DOC; Bokeh's Python client would send one message per property, four
        per click, each with its own reply: not what the server meets)."""
        connection = self.session._connection
        events: list = []
        connection._send_patch_document = lambda _session_id, event: events.append(event)
        try:
            self.data.update(**changes)
        finally:
            del connection._send_patch_document  # back to the class's method
        if events:
            self.loop.add_callback(connection.send_message, connection._protocol.create("PATCH-DOC", events))

    def _notify(self) -> None:
        with self._answered:
            self._answered.notify_all()

    def click(self, shown: dict, timeout: float = 10.0, repeat_after: float = 2.5) -> float | None:
        """Send a pick with what the screen shows for it (`pain`, `result_sites`, `selected`); return
        milliseconds until Python answered it with the exact path, or None."""
        self.pick += 1
        pick = self.pick
        start = time.perf_counter()
        self.loop.add_callback(lambda: self._send_together(**shown, pick=pick))
        repeated = False
        with self._answered:
            while time.perf_counter() - start < timeout:
                if self.data.answered == self.pick:
                    return (time.perf_counter() - start) * 1000
                if not repeated and time.perf_counter() - start > repeat_after:
                    repeated = True
                    self.pick += 1
                    again = self.pick
                    self.loop.add_callback(lambda: self._send_together(pick=again))
                self._answered.wait(0.05)
        return None

    def close(self) -> None:
        self.loop.add_callback(self.session.close)
        self.thread.join(5)
