"""``extract --project P`` finds out that P cannot be written before it reads a single article, and
says what it added only once P is saved. Before, a folder was read for minutes, "18 new documents
in P" was printed, and only then "could not save P"."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.cli import main


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry returns\n\nThe ferry to the island sailed again on 3 March 2025 after repairs.\n", encoding="utf-8")
    return path


@pytest.fixture
def no_import(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the articles were read before the project's place was checked")

    monkeypatch.setattr("explorer.store.importing.import_paths", refuse)


@pytest.mark.parametrize("where", ["missing/folder/p.tlproj", "a-file/p.tlproj"])
def test_an_unwritable_project_is_refused_before_any_reading(tmp_path: Path, article: Path, no_import: None,
                                                              capsys: pytest.CaptureFixture[str], where: str) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    target = tmp_path / where
    assert main(["extract", str(article), "--project", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"explorer: could not save {target}" in err and "new and" not in err and "Traceback" not in err
    assert not target.exists()
    assert not list(tmp_path.rglob(".explorer-probe-*"))


def test_what_was_added_is_said_after_the_save(tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "p.tlproj"
    assert main(["extract", str(article), "--project", str(target)]) == 0
    assert target.is_file() and not list(tmp_path.glob(".explorer-probe-*"))
    assert f"1 new and 0 updated documents in {target}" in capsys.readouterr().err
