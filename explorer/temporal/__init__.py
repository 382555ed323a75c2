"""Temporal tagging (no Qt): find TIMEX3 expressions in text and resolve them to calendar spans.

Public interface, used by the pipeline, the CLI and the GUI's "go to date":

* :func:`tag` — every temporal expression of a text, resolved against a document date;
* :func:`find_document_date` — the date a header or byline gives, if any;
* :func:`infer_document_date` — a date consistent with the text when nothing states one;
* :func:`parse_date_phrase` — one phrase typed by a user ("March 2019", "the 1990s") to a span.
"""

from explorer.temporal.timex import Certainty, Timex, TimexType
from explorer.temporal.tagger import find_document_date, infer_document_date, parse_date_phrase, tag

__all__ = [
    "Certainty", "Timex", "TimexType", "tag", "find_document_date", "infer_document_date",
    "parse_date_phrase",
]
