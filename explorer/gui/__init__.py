"""The Qt front end: one main window whose timeline, event table and source pane share one model.

pyqtgraph prefers PyQt6 when both bindings are importable, so the binding is pinned here, before any
module of this package can import pyqtgraph; the None reference-count workaround (see
:mod:`explorer.gui.workarounds`) is applied here too, before any view can call into Python.
"""

import importlib
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

# loaded first so pyqtgraph finds PySide6 already chosen (imported for that alone: no name is bound)
importlib.import_module("PySide6.QtCore")

from explorer.gui.workarounds import protect_none_refcount  # noqa: E402

protect_none_refcount()
