"""Pages of our own read as a dropped folder is (no document date), and each page's titles checked
against what a reader lists: the harness of ``test_own_pages_s45`` and ``test_own_pages_s46``."""

from __future__ import annotations

from pathlib import Path

from explorer.ingest import extract_paths

#: page -> (words of titles a reader would list, words of titles that must not be listed)
Reader = dict[str, tuple[list[str], list[str]]]


def page_titles(folder: Path) -> dict[str, list[str]]:
    """Each page's event titles, lower-cased, by file name."""
    corpus = extract_paths([str(folder)], jobs=1)
    return {Path(d.document.path).name: [e.title.lower() for e in d.events] for d in corpus.documents}


def assert_reader_list(titles: list[str], kept: list[str], dropped: list[str]) -> None:
    """Every ``kept`` words stand in some title, no ``dropped`` words in any."""
    for words in kept:
        assert any(words in t for t in titles), (words, titles)
    for words in dropped:
        assert not any(words in t for t in titles), (words, titles)
