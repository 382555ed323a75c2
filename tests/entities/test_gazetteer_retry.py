"""A place list that could not be read once is read again later, not given up for the process."""

from __future__ import annotations

import pytest

from explorer.entities import gazetteer as gz


@pytest.fixture
def fresh_gazetteer(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(gz, "_built", None)
    yield
    monkeypatch.setattr(gz, "_built", None)


def test_a_failed_read_is_tried_again(fresh_gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    real_read = gz._read
    calls = {"n": 0}

    def flaky(name: str) -> object:
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("resource briefly unreadable")
        return real_read(name)

    monkeypatch.setattr(gz, "_read", flaky)
    assert gz.gazetteer().lookup("Tel Aviv") is None  # the failed moment: cue words only
    assert gz.gazetteer().lookup("Tel Aviv") == "Tel Aviv"  # and the next call has the places back


def test_a_good_read_is_kept(fresh_gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    first = gz.gazetteer()
    monkeypatch.setattr(gz, "_read", lambda name: (_ for _ in ()).throw(AssertionError("read twice")))
    assert gz.gazetteer() is first
