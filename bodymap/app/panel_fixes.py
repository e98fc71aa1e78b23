"""Two work-arounds in the libraries under the served app, each measured (docs/performance.md, "Load").

**Small websocket messages sent at once.** Neither Bokeh nor Panel sets TCP_NODELAY on the server's websockets,
and Bokeh sends each message as several small frames (header, metadata, content, buffers). With Nagle's algorithm
the second frame waits until the first is acknowledged, and the other side delays its acknowledgement up to 40 ms:
an exact path reached the browser 17 ms (median) after Python set it, with the server idle. Tornado's own docs
recommend `set_nodelay(True)` for such traffic; `websockets_send_at_once()` sets it on every connection Bokeh
opens.

**Freeze_doc without a search.**

Panel 1.9's `ReactiveESM._update_model` (panel/custom.py) calls `freeze_doc(doc, model, msg)`, which looks up
every changed name on the component's Bokeh model with `getattr(model, name, None)`. For a component's own
parameters (bodymap's `path` and `answered`, sent with every exact path) the name is on the component's data
model, not on that model, and Bokeh answers the miss by raising an AttributeError whose message suggests close
names with difflib: 10 % of the server's CPU under 100 clicking sessions (py-spy, docs/performance.md "Load").

The fix hands `freeze_doc` a view of the model that answers a name the model does not have with None at once,
which is what `getattr(..., None)` gives after the miss: the same result, without the search. It only changes
the name `freeze_doc` inside panel.custom; tests/test_panel_fixes.py fails when Panel stops matching it."""
from __future__ import annotations

import panel.custom as _custom

_panel_freeze_doc = _custom.freeze_doc


class _OwnProperties:
    """A Bokeh model as `freeze_doc` reads it: its own properties, and None for any other name."""

    __slots__ = ("_model", "_names")

    def __init__(self, model) -> None:
        self._model = model
        self._names = model.properties()

    def __getattr__(self, name: str):
        return getattr(self._model, name) if name in self._names else None


def freeze_doc(doc, model, properties, force: bool = False):
    """Panel's `freeze_doc`, reading the model through `_OwnProperties`."""
    return _panel_freeze_doc(doc, _OwnProperties(model), properties, force)


def apply() -> None:
    """Use `freeze_doc` above in panel.custom (once; safe to call again)."""
    if _custom.freeze_doc is _panel_freeze_doc:
        _custom.freeze_doc = freeze_doc


def websockets_send_at_once() -> None:
    """Every websocket Bokeh's server opens sends its frames without waiting (TCP_NODELAY); once."""
    from bokeh.server.views.ws import WSHandler

    if getattr(WSHandler.open, "_bodymap_nodelay", False):
        return
    bokeh_open = WSHandler.open

    def open_without_delay(self, *args, **kwargs):
        self.set_nodelay(True)
        return bokeh_open(self, *args, **kwargs)

    open_without_delay._bodymap_nodelay = True
    WSHandler.open = open_without_delay
