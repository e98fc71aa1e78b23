"""bodymap.app.panel_fixes hands Panel's freeze_doc a view of the model that answers a missing name with None
at once. These checks fail when Panel changes what the fix relies on, so an upgrade is looked at again."""
from __future__ import annotations

import inspect
import re

import panel.custom
import panel.io.document

from bodymap.app import panel_fixes


def test_the_screen_component_uses_the_fixed_freeze_doc():
    import bodymap.app.screen  # noqa: F401 - applies the fix

    assert panel.custom.freeze_doc is panel_fixes.freeze_doc
    assert panel_fixes._panel_freeze_doc is panel.io.document.freeze_doc


def test_panels_freeze_doc_reads_the_model_only_through_getattr_with_a_default():
    """The view answers only attribute reads; Panel's function must do nothing else with the model."""
    code = inspect.getsource(panel.io.document.freeze_doc).split('"""')[-1]  # after the docstring
    reads = code.count("getattr(model, key, None)")
    assert reads >= 1 and len(re.findall(r"\bmodel\b", code)) == reads, code


def test_the_view_gives_the_models_properties_and_none_for_other_names():
    from bokeh.models import Div

    div = Div(text="hello")
    view = panel_fixes._OwnProperties(div)
    assert view.text == "hello"
    assert view.path is None and view.answered is None  # a component parameter, not the model's
    assert getattr(div, "path", None) is None  # what Panel's own lookup gives, the slow way


def test_websockets_send_their_frames_at_once():
    """websockets_send_at_once() makes every websocket Bokeh opens set TCP_NODELAY before Bokeh's own open runs
    (the effect on timing is measured by bodymap.bench.load_split, not asserted here)."""
    from bokeh.server.views.ws import WSHandler

    panel_fixes.websockets_send_at_once()
    panel_fixes.websockets_send_at_once()  # once only: not wrapped twice
    assert WSHandler.open._bodymap_nodelay

    class Stub:
        calls: list = []

        def set_nodelay(self, value):
            self.calls.append(value)

    try:
        WSHandler.open(Stub())
    except Exception:  # noqa: BLE001 - Bokeh's own open needs a real connection; only the order matters here
        pass
    assert Stub.calls == [True]
