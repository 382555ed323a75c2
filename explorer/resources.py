"""Where the bundled files live, in a checkout and in an installed wheel alike.

The product's layout keeps ``resources/`` and ``data/`` at the top of the repository; the wheel copies
them into the package as ``_resources`` and ``_data``. Everything that needs an icon, a stylesheet or
the sample corpus asks this module, so both layouts work without special cases elsewhere.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resources_dir() -> Path:
    return _first_existing(_PACKAGE.parent / "resources", _PACKAGE / "_resources")


def sample_dir() -> Path:
    """The bundled sample corpus the app opens when given no path."""
    return _first_existing(_PACKAGE.parent / "data", _PACKAGE / "_data")


def resource(name: str) -> Path:
    return resources_dir() / name
