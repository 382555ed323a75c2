"""Pages of our own read as a dropped folder is (no document date), and each page's titles checked
against what a reader lists: the harness of the ``test_own_pages_sNN`` modules, which each give a
folder and its reader's list and take their tests from ``reader_tests``."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Callable

import pytest

from explorer.ingest import extract_paths

#: page -> (words of titles a reader would list, words of titles that must not be listed)
Reader = dict[str, tuple[list[str], list[str]]]


@functools.cache
def page_titles(folder: Path) -> dict[str, list[str]]:
    """Each page's event titles, lower-cased, by file name (read once per folder and test process)."""
    corpus = extract_paths([str(folder)], jobs=1)
    return {Path(d.document.path).name: [e.title.lower() for e in d.events] for d in corpus.documents}


@functools.cache
def page_dates(folder: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Each page's events as (title lower-cased, first day, last day), by file name: what the tests of the dates
    a reader gives read (read once per folder and test process)."""
    corpus = extract_paths([str(folder)], jobs=1)
    return {Path(d.document.path).name: [(e.title.lower(), str(e.begin), str(e.end)) for e in d.events]
            for d in corpus.documents}


def assert_reader_dates(dates: list[tuple[str, str, str]], words: str, first: str, last: str) -> None:
    """Some title holding ``words`` runs from ``first`` to ``last``, as a reader dates it."""
    dated = [(b, e) for t, b, e in dates if words in t]
    assert (first, last) in dated, (words, dated)


def assert_reader_list(titles: list[str], kept: list[str], dropped: list[str]) -> None:
    """Every ``kept`` words stand in some title, no ``dropped`` words in any."""
    for words in kept:
        assert any(words in t for t in titles), (words, titles)
    for words in dropped:
        assert not any(words in t for t in titles), (words, titles)


def reader_tests(folder: Path, reader: Reader) -> tuple[Callable[[], None], Callable[[str], None]]:
    """The two tests of a folder of own pages: every page is in the reader's list, and each page's titles
    keep what the reader lists and none of what must not be listed. A module binds them to test names."""

    def every_page_is_read() -> None:
        assert sorted(p.name for p in folder.glob("*.txt")) == sorted(reader)

    @pytest.mark.parametrize("name", sorted(reader))
    def each_page_keeps_its_happenings(name: str) -> None:
        assert_reader_list(page_titles(folder)[name], *reader[name])

    return every_page_is_read, each_page_keeps_its_happenings
