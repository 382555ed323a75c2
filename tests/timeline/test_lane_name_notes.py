"""A lane's name with its count note ("(2 undated)") fitted to the lane axis: the note is kept whole
and the name shortened, or the note is left out; never cut ("People's Army (1…" said nothing)."""

from __future__ import annotations

import re

import pytest

from explorer.timeline.lane_names import fit_lane_name, with_undated_note


def _px(text: str) -> float:  # a monospaced font of 7 px a character
    return 7.0 * len(text)


def test_the_note_is_written_only_for_lanes_with_undated_events():
    assert with_undated_note("Ferry company", 0) == "Ferry company"
    assert with_undated_note("Ferry company", 1200) == "Ferry company (1,200 undated)"


def test_a_label_that_fits_is_whole():
    assert fit_lane_name("Ferry company (2 undated)", 400, _px) == "Ferry company (2 undated)"


def test_the_name_is_shortened_and_the_note_kept_whole():
    shown = fit_lane_name("Northern quay berth logbook and crane records (12 undated)", 210, _px)
    assert shown.endswith(" (12 undated)") and _px(shown) <= 210
    assert shown.startswith("Northern") and "…" in shown


def test_with_no_room_for_a_whole_word_beside_it_the_note_is_left_out_not_cut():
    shown = fit_lane_name("Northern quay berth logbook (12 undated)", 130, _px)
    assert "(" not in shown and _px(shown) <= 130
    assert shown.removesuffix("…").rstrip() in {"Northern", "Northern quay"}


def test_a_short_name_that_fits_whole_is_shown_whole_rather_than_cut_beside_its_note():
    assert fit_lane_name("Harbour Guild (3 undated)", 120, _px) == "Harbour Guild"  # not "Harb… (3 undated)"
    assert fit_lane_name("(no actor) (18 undated)", 100, _px) == "(no actor)"


def test_a_name_cut_to_its_first_word_does_not_stand_beside_the_note():
    """"The… (3 undated)" named no lane: the note goes, and the room gives the name more words."""
    label = "The harbour board approves the winter ferry timetable (3 undated)"
    shown = fit_lane_name(label, _px("The… (3 undated)") + 10, _px)
    assert "(" not in shown and shown.startswith("The harbour") and shown.endswith("…"), shown
    roomy = fit_lane_name(label, _px("The harbour board… (3 undated)"), _px)
    assert roomy == "The harbour board… (3 undated)"  # two words and more: the note stays
    assert fit_lane_name("Harbourmasters (3 undated)", _px("Harbourmasters (3 undat"), _px) == "Harbourmasters"


def test_a_title_ending_in_other_brackets_is_shortened_as_a_title():
    shown = fit_lane_name("The ferry timetable for the winter season (second edition)", 180, _px)
    assert _px(shown) <= 180 and shown.startswith("The ferry")


@pytest.mark.parametrize("width", [60, 90, 120, 150, 200, 260, 400])
def test_no_lane_name_ends_in_a_cut_note(width):
    label = with_undated_note("People's Army of the northern provinces", 17)
    shown = fit_lane_name(label, width, _px)
    assert _px(shown) <= width or shown == ""
    assert not re.search(r"\([^)]*…$", shown), shown  # an opened bracket never ends in an ellipsis
    assert "(" not in shown or shown.endswith("(17 undated)")
    if _px("People's Army of the northern provinces") <= width < _px(label):
        assert shown == "People's Army of the northern provinces"


def _quay_logs(folder, n: int = 6, heading: str = "Northern quay berth {i} logbook and crane inspection records of the harbour") -> None:
    """Logs of my own with a long first line, a year and two weekdays that have nothing to anchor to."""
    folder.mkdir()
    for i in range(n):
        text = (f"In {1960 + i} the northern quay of berth {i} was built by the port authority. "
                f"Last Tuesday the harbour master of berth {i} inspected the cranes. "
                f"On Friday the crew of berth {i} repaired the winch.")
        (folder / f"b{i}.txt").write_text(
            f"{heading.format(i=i)}\n\n{text}\n", encoding="utf-8")


@pytest.mark.parametrize("print_size", ["column", "page"])
def test_the_exported_lane_names_never_show_a_cut_count(qapp, tmp_path, print_size):
    """What the reader of the exported figure sees beside each lane: a whole note or none."""
    _quay_logs(tmp_path / "logs")
    seen = _exported_lane_names(qapp, tmp_path / "logs", tmp_path / "x.png", print_size)
    assert any(label.endswith("undated)") for label in seen["given"]), seen["given"]  # the case is exercised
    for shown in seen["shown"]:
        assert not re.search(r"\([^)]*…$", shown), seen["shown"]
        assert "(" not in shown or re.search(r"\(\d+ undated\)$", shown), seen["shown"]
    if print_size == "page":  # room for a whole word of the name beside the note
        assert all(re.search(r"^\w+.*\(\d+ undated\)$", s) for s in seen["shown"]), seen["shown"]


def _exported_lane_names(qapp, folder, out, print_size: str) -> dict:
    """The lane names the exported figure was given and those its lane axis drew, exported by the CLI."""
    from explorer.cli import main
    from explorer.gui.render import export as render_export

    seen: dict = {}
    original = render_export.render_figure

    def render(fig, path, dpi=96.0):
        seen.update(given=fig.lane_axis.labels(), shown=fig.lane_axis.shown)
        return original(fig, path, dpi)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render_export, "render_figure", render)
        assert main(["export", str(folder), "-o", str(out), "--print-size", print_size]) == 0
    return seen


def test_at_column_size_no_exported_lane_is_named_by_one_word_beside_its_count(qapp, tmp_path):
    """Logs whose first lines start with a short word ("The …", as news headlines do): at a report
    column's size the image read "The… (2 undated)" for every lane."""
    _quay_logs(tmp_path / "logs", heading="The harbour master of berth {i} reports on the crane inspections")
    seen = _exported_lane_names(qapp, tmp_path / "logs", tmp_path / "x.png", "column")
    assert any(label.endswith("undated)") for label in seen["given"]), seen["given"]  # the case is exercised
    for shown in seen["shown"]:
        name = re.sub(r"\s*\(\d+ undated\)$", "", shown).removesuffix("…").strip()
        assert len(name.split()) >= 2, seen["shown"]  # "The…" names no lane, with or without its count
