"""A model made without a parent dies with its last Python reference, timers and all.

PySide6 6.12 hands a model's ownership to C++ when Python asks a proxy for its ``sourceModel()``.
The proxy used to ask (``events_model()``): a parentless model (the table tests make them) then
outlived its collected wrapper, and its search-text timer, still running, called a slot on the gone
wrapper on every event-loop turn: "Slot 'EventTableModel::' not found" in whatever test ran next,
failing two runs in three under load.
"""

from __future__ import annotations

import gc

import shiboken6

from explorer.gui.event_model import EventTableModel
from explorer.gui.event_roles import Column
from explorer.gui.event_proxy import EventProxyModel


def test_a_parentless_model_stays_owned_by_python_through_its_proxy(qtbot, corpus) -> None:
    model = EventTableModel()
    model.add_documents(corpus)
    proxy = EventProxyModel(model)
    proxy.sort(Column.DATE)
    proxy.set_filter_text("the")
    assert proxy.sourceModel() is model and proxy.events_model() is model
    assert shiboken6.ownedByPython(model)


def test_a_dropped_model_and_proxy_are_destroyed_and_their_timers_stop(qtbot, corpus) -> None:
    destroyed: list[str] = []
    model = EventTableModel()
    model.add_documents(corpus)  # starts the timer that builds the search text, a chunk per turn
    proxy = EventProxyModel(model)
    proxy.sort(Column.DATE)
    proxy.sourceModel()
    model.destroyed.connect(lambda: destroyed.append("model"))
    proxy.destroyed.connect(lambda: destroyed.append("proxy"))
    del model, proxy
    gc.collect()  # they hold each other (the proxy's filters live in the model), so a cycle
    qtbot.wait(50)  # event-loop turns: a leaked model's timer would raise in each (pytest-qt fails)
    assert sorted(destroyed) == ["model", "proxy"]
