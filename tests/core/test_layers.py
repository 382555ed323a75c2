"""The house's arrows (/work/shared/DESIGN.md), held by the build: every module's imports are read
(function-level imports included; imports under ``if TYPE_CHECKING:`` are types only and left out)
and each must point down the layers below, or stay in its own room.

    files -> documents -> temporal -> events -> entities -> ingest -> store -> exports/timeline/... -> gui

Nothing outside ``explorer/gui/`` imports Qt or pyqtgraph, not even lazily.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "explorer"

#: Rooms from the bottom up; a room may import its own modules and any room of a lower layer.
LAYERS: list[tuple[str, ...]] = [
    ("explorer", "calendar", "sentences", "auxiliaries", "number_words", "resources", "children", "peoples", "given_names"),  # the package root (version), plain helpers
    ("documents",),
    ("temporal",),
    ("events",),
    ("entities",),
    ("ingest",),
    ("curation",),
    ("store",),
    ("exports", "timeline", "navigation"),
    ("commands",),
    ("gui",),
    ("cli",),
    ("__main__",),
]
LAYER_OF = {room: n for n, rooms in enumerate(LAYERS) for room in rooms}
QT = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def room_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _type_only(tree: ast.Module) -> set[int]:
    """Line numbers of imports inside ``if TYPE_CHECKING:`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                for sub in ast.walk(inner):
                    if isinstance(sub, (ast.Import, ast.ImportFrom)):
                        lines.add(sub.lineno)
    return lines


def imports_of(module: str, source: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module name) of every run-time import in ``source``."""
    tree = ast.parse(source)
    skip = _type_only(tree)
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.append((node.lineno, name))
    return out


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    """Each import of ``module`` that runs against the arrows, in words."""
    room = room_of(module)
    mine = LAYER_OF[room]
    found = []
    for line, name in imports_of(module, source, is_package):
        top = name.split(".")[0]
        if top in QT and room != "gui":
            found.append(f"{module}:{line} imports {name}: only explorer.gui may use Qt")
        elif top == "explorer" and name != "explorer":
            target = room_of(name)
            if target != room and LAYER_OF.get(target, len(LAYERS)) >= mine:
                found.append(f"{module}:{line} imports {name}: {room} may not import {target}")
    return found


def package_modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out.append((".".join(parts), path))
    return out


def test_every_room_is_placed_in_a_layer():
    rooms = {room_of(module) for module, _ in package_modules()}
    assert rooms <= set(LAYER_OF), f"place these in LAYERS: {sorted(rooms - set(LAYER_OF))}"


def test_every_import_follows_the_arrows():
    found = []
    for module, path in package_modules():
        found += violations(module, path.read_text(encoding="utf-8"), path.name == "__init__.py")
    assert not found, "\n".join(found)


def test_the_check_fails_on_a_forbidden_import():
    # Qt outside gui, even inside a function (the old explorer/bench.py)
    assert violations("explorer.cli", "def bench():\n    import pyqtgraph\n")
    assert violations("explorer.exports.image", "def f():\n    from PySide6.QtGui import QImage\n")
    # cycles the issue names: store <-> exports, curation <-> store, entities <-> the engine
    assert violations("explorer.store.project", "from explorer.exports.project import write_project\n")
    assert violations("explorer.curation.filters", "from explorer.store.project import Row\n")
    assert violations("explorer.entities.annotation", "def f():\n    from explorer.ingest import Corpus\n")
    assert violations("explorer.entities.x", "from ..ingest import extract\n")  # relative imports count too
    # a type-only import is no arrow at run time; a gui module may use Qt and everything below
    assert not violations("explorer.curation.filters",
                          "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from explorer.store import Row\n")
    assert not violations("explorer.gui.view", "from PySide6.QtCore import Qt\nfrom explorer.store import Project\n")
