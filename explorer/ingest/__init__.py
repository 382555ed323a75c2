"""The one ingest engine (no Qt, no SQLite): paths → documents → tagged events → actors, places and
groups, on one process pool, with progress and cancellation. Every route uses it: the command line's
stream, ``--project``, and the app's import (from a worker thread).

* :mod:`explorer.ingest.extract`: one file read, dated (one rule for every file type) and tagged.
* :mod:`explorer.ingest.pool`: the only process pool, and how many workers to use.
* :mod:`explorer.ingest.engine`: a run over paths, and the corpus-wide annotation step.
* :mod:`explorer.ingest.document_progress`: how far through one big file, and a cancel inside it.
* :mod:`explorer.ingest.one_copy`: one copy of each repeated value in what an extraction keeps.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from explorer.ingest.engine import Progress, Run, Within, annotate, ingest
    from explorer.ingest.extract import (
        Corpus, Extracted, ExtractedDocument, date_document, extract_document, extract_file, extract_paths, read_sidecar,
    )
    from explorer.ingest.pool import PARALLEL_THRESHOLD, plan_workers, run_in_order

# Each name is imported from its module when first asked for: ``explorer tag`` needs
# ``date_document`` only, and the engine's module brings the entity index with it.
_MODULE_OF = {
    "Progress": "engine", "Run": "engine", "Within": "engine", "annotate": "engine", "ingest": "engine",
    "Corpus": "extract", "Extracted": "extract", "ExtractedDocument": "extract", "date_document": "extract",
    "extract_document": "extract", "extract_file": "extract", "extract_paths": "extract", "read_sidecar": "extract",
    "PARALLEL_THRESHOLD": "pool", "plan_workers": "pool", "run_in_order": "pool",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Corpus", "Extracted", "ExtractedDocument", "PARALLEL_THRESHOLD", "Progress", "Run", "annotate",
    "date_document", "extract_document", "extract_file", "extract_paths", "ingest", "plan_workers",
    "read_sidecar", "run_in_order", "Within",
]
