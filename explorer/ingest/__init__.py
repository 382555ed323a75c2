"""The one ingest engine (no Qt, no SQLite): paths → documents → tagged events → actors, places and
groups, on one process pool, with progress and cancellation. Every route uses it: the command line's
stream, ``--project``, and the app's import (from a worker thread).

* :mod:`explorer.ingest.extract`: one file read, dated (one rule for every file type) and tagged.
* :mod:`explorer.ingest.pool`: the only process pool, and how many workers to use.
* :mod:`explorer.ingest.engine`: a run over paths, and the corpus-wide annotation step.
"""

from explorer.ingest.engine import Progress, Run, annotate, ingest
from explorer.ingest.extract import (
    Corpus, Extracted, ExtractedDocument, date_document, extract_document, extract_file, extract_paths, read_sidecar,
)
from explorer.ingest.pool import PARALLEL_THRESHOLD, plan_workers, run_in_order

__all__ = [
    "Corpus", "Extracted", "ExtractedDocument", "PARALLEL_THRESHOLD", "Progress", "Run", "annotate",
    "date_document", "extract_document", "extract_file", "extract_paths", "ingest", "plan_workers",
    "read_sidecar", "run_in_order",
]
