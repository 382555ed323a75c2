"""Each test's settings live in a fresh folder of their own (tests/conftest.py), and those folders are
made under one root: with one per test, ten thousand of them in the base temporary folder made every
``tmp_path`` (which lists that folder for its next number) cost milliseconds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.conftest import new_settings_folder


def _settings_file() -> Path:
    return Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Explorer", "probe").fileName())


def test_a_test_writes_its_settings_under_the_root_in_a_folder_nobody_used(settings_root):
    path = _settings_file()
    assert settings_root in path.parents
    assert not path.exists()
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Explorer", "probe")
    settings.setValue("seen", 1)
    settings.sync()
    assert path.exists()


def test_the_next_test_does_not_see_the_last_ones_settings(settings_root):
    assert not _settings_file().exists()


def test_the_folders_are_fresh_and_empty(settings_root):
    first, second = new_settings_folder(settings_root), new_settings_folder(settings_root)
    assert first != second and first.parent == second.parent == settings_root
    assert not any(first.iterdir()) and not any(second.iterdir())


def test_the_base_temporary_folder_holds_one_settings_root_not_one_folder_a_test(tmp_path_factory, settings_root):
    base = tmp_path_factory.getbasetemp()
    roots = [p for p in base.iterdir() if p.name.startswith("settings") and not p.is_symlink()]
    assert roots == [settings_root]
