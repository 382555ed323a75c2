"""Edits survive a changed document: they follow their expression through the diff, are re-anchored by
their words and sentence, follow a rewording that keeps the date, and are otherwise kept as orphans
(listed, re-attached or discarded undoably, saved with the old text)."""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from explorer.curation import edits, orphans
from explorer.curation.model import SpanKey
from explorer.curation.reanchor import Reanchor
from explorer.curation.textmap import diff_texts
from explorer.documents import Document
from explorer.ingest import extract_document
from explorer.store import Project, content_hash

FLOOD = """Flood in the valley

Officials in the valley said on Monday that the river burst its banks after days of heavy rain and that the water rose quickly through the lower town, forcing hundreds of families to leave.

The first warnings were issued on March 3, 2019, by the regional weather office. The dam was inspected in June 2018 and found sound. Engineers will return on 14 April 2019 to assess the damage.

Share this Report: the regional office publishes a summary every year in December 2019 and after floods.
"""


def doc(text: str) -> Document:
    return Document("/articles/flood.txt", text, "Flood in the valley")


def curated() -> Project:
    """Every kind of edit, on three expressions of the article."""
    project = Project()
    project.add_extracted(extract_document(doc(FLOOD), date(2019, 3, 11)))
    by_timex = {e.timex: e.id for e in project.events()}
    march, june, april = by_timex["March 3, 2019"], by_timex["June 2018"], by_timex["14 April 2019"]
    for make in (  # each command reads the state the one before left
        lambda: edits.redate(project, march, "March 2019"), lambda: edits.retitle(project, march, "Warnings issued"),
        lambda: edits.star(project, march), lambda: edits.set_tags(project, march, ["weather", "early"]),
        lambda: edits.annotate(project, march, "check the office's archive"), lambda: edits.reject(project, june),
        lambda: edits.set_lane(project, april, "Engineers"),
    ):
        project.apply(make())
    return project


def state(project: Project) -> dict[str, tuple]:
    """What the user sees of each edited event, by the words it is on (offsets left out: they move)."""
    out = {}
    for row in project.rows(include_hidden=True):
        cur = row.curation
        if cur.edited or cur.starred or cur.tags or cur.note or cur.rejected:
            ev = row.event
            out[ev.timex] = (ev.title, ev.begin, ev.end, cur.lane, cur.starred, cur.tags, cur.note, cur.rejected)
    return out


def change(project: Project, new_text: str) -> None:
    project.add_extracted(extract_document(doc(new_text), date(2019, 3, 11)))


EXPECTED = {
    "March 3, 2019": ("Warnings issued", date(2019, 3, 1), date(2019, 3, 31), None, True, ("weather", "early"),
                      "check the office's archive", False),
}


def test_the_curated_project_shows_every_edit() -> None:
    seen = state(curated())
    assert seen["March 3, 2019"] == EXPECTED["March 3, 2019"]
    assert seen["June 2018"][-1] is True and seen["14 April 2019"][3] == "Engineers"


@pytest.mark.parametrize(
    "where, new_text",
    [
        ("a character far after the edits", FLOOD.replace("Share this Report:", "Share this report")),
        ("a character before the edits", FLOOD.replace("Officials in the valley said", "Officials in the vallley said")),
        ("a character in the edited sentence", FLOOD.replace("by the regional weather office", "by the regional weather-office")),
        ("a sentence inserted above", FLOOD.replace("\n\nOfficials", "\n\nHeavy rain fell for a week. Officials")),
        ("a paragraph inserted above", FLOOD.replace("\n\nOfficials", "\n\nA new paragraph, with a date: 2 March 2019.\n\nOfficials")),
        ("a paragraph removed above", FLOOD.replace(FLOOD.split("\n\n")[1] + "\n\n", "")),
    ],
)
def test_every_edit_follows_its_expression(where: str, new_text: str) -> None:
    project = curated()
    before = state(project)
    change(project, new_text)
    assert [d.hash for d in project.documents()] == [content_hash(new_text)]
    assert state(project) == before, where
    assert not project.orphaned_edits() and not orphans.list_orphans(project)
    key = project.row(next(e.id for e in project.events() if e.timex == "March 3, 2019")).key
    assert new_text[key.start : key.end] == "March 3, 2019" and key.doc_hash == content_hash(new_text)


def test_a_removed_paragraph_orphans_the_edits_in_it_and_only_those() -> None:
    project = curated()
    paragraph = FLOOD.split("\n\n")[2]
    new_text = FLOOD.replace(paragraph + "\n\n", "")
    change(project, new_text)
    lost = orphans.list_orphans(project)
    assert sorted(o.expression for o in lost) == ["14 April 2019", "June 2018", "March 3, 2019"]
    march = next(o for o in lost if o.expression == "March 3, 2019")
    assert march.name == "flood.txt"
    assert march.sentence == "The first warnings were issued on March 3, 2019, by the regional weather office."
    assert march.what == ("dated March 2019; renamed “Warnings issued”; starred; tagged weather, early; "
                          "note “check the office's archive”")
    assert march.suggestion is None
    assert project.previous_text(march.key.doc_hash).text == FLOOD  # kept until they are dealt with


def test_a_sentence_changed_around_the_expression_still_holds_it() -> None:
    project = curated()
    changed = FLOOD.replace("The first warnings were issued on March 3, 2019, by the regional weather office.",
                            "The first flood warnings were issued on March 3, 2019, by the regional office.")
    change(project, changed)
    assert state(project)["March 3, 2019"] == EXPECTED["March 3, 2019"]
    assert not project.orphaned_edits()


def test_a_reworded_expression_with_the_same_date_keeps_its_edits() -> None:
    project = curated()
    change(project, FLOOD.replace("on March 3, 2019,", "on 3 March 2019,"))
    assert state(project)["3 March 2019"] == EXPECTED["March 3, 2019"]
    assert not project.orphaned_edits()


def test_a_reworded_expression_with_another_date_is_an_orphan_to_reattach_undoably() -> None:
    project = curated()
    new_text = FLOOD.replace("on March 3, 2019,", "on 5 April 2019,")
    change(project, new_text)
    [lost] = orphans.list_orphans(project)
    assert lost.expression == "March 3, 2019" and lost.successor == content_hash(new_text)
    assert lost.suggestion is not None and new_text[lost.suggestion.start : lost.suggestion.end] == "5 April 2019"
    assert state(project)["June 2018"][-1] is True  # the rest followed
    april = next(e for e in project.events() if e.timex == "5 April 2019")
    assert april.title != "Warnings issued" and april.begin == date(2019, 4, 5)

    project.apply(orphans.reattach(project, lost.key, lost.suggestion))
    assert state(project)["5 April 2019"] == EXPECTED["March 3, 2019"]
    assert not orphans.list_orphans(project)
    assert project.undo_stack.undo_label.startswith("Re-attach edit (dated March 2019;")
    project.undo_stack.undo()
    assert [o.key for o in orphans.list_orphans(project)] == [lost.key]
    assert "5 April 2019" not in state(project)
    project.undo_stack.redo()
    assert state(project)["5 April 2019"] == EXPECTED["March 3, 2019"]


def test_discarding_an_orphan_is_undoable_and_the_old_text_leaves_the_file_with_it(tmp_path: Path) -> None:
    project = curated()
    change(project, FLOOD.replace("on March 3, 2019,", "on 5 April 2019,"))
    [lost] = orphans.list_orphans(project)
    path = tmp_path / "p.tlproj"
    project.save(path)
    reopened = Project.open(path)
    assert [o.key for o in orphans.list_orphans(reopened)] == [lost.key]
    assert reopened.previous_text(lost.key.doc_hash).text == FLOOD
    assert orphans.list_orphans(reopened)[0].sentence.startswith("The first warnings were issued on March 3, 2019")

    reopened.apply(orphans.discard(reopened, lost.key))
    assert not orphans.list_orphans(reopened)
    reopened.undo_stack.undo()
    assert [o.what for o in orphans.list_orphans(reopened)] == [lost.what]
    reopened.undo_stack.redo()
    reopened.save()
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM previous_texts").fetchone()[0] == 0
    db.close()


def test_the_old_text_back_brings_back_its_orphans_and_moved_edits() -> None:
    project = curated()
    before = state(project)
    change(project, FLOOD.replace("on March 3, 2019,", "on 5 April 2019,"))
    change(project, FLOOD)
    assert state(project) == before and not project.orphaned_edits()


def test_undoing_an_edit_made_before_the_change_finds_the_moved_event() -> None:
    project = curated()
    new_text = "Heavy rain fell for a week.\n\n" + FLOOD
    change(project, new_text)
    project.undo_stack.undo()  # the lane of "14 April 2019", set on the old text
    assert project.undo_stack.can_undo
    april = next(r for r in project.rows() if r.event.timex == "14 April 2019")
    assert april.curation.lane is None and not project.orphaned_edits()
    project.undo_stack.redo()
    assert state(project)["14 April 2019"][3] == "Engineers"


def test_an_event_added_by_hand_follows_its_words() -> None:
    project = curated()
    start = FLOOD.index("days of heavy rain")
    project.apply(edits.add_event(project, project.documents()[0].hash, start, start + len("days of heavy rain"),
                                  span=(date(2019, 2, 20), date(2019, 2, 24))))
    change(project, "Updated.\n\n" + FLOOD)
    added = [r for r in project.rows() if r.curation.added]
    assert [r.event.timex for r in added] == ["days of heavy rain"] and added[0].event.begin == date(2019, 2, 20)


def test_a_document_date_set_by_the_user_survives_the_change() -> None:
    project = curated()
    project.apply(edits.set_document_date(project, project.documents()[0].hash, date(2019, 3, 4)))
    change(project, FLOOD.replace("Share this Report:", "Share this report"))
    assert project.documents()[0].user_date == date(2019, 3, 4)


def test_spans_in_unchanged_text_map_exactly_through_random_edits() -> None:
    rng = random.Random(7)
    words = FLOOD.split(" ")
    for _ in range(30):
        new_words = list(words)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(new_words))
            action = rng.choice(("drop", "add", "change"))
            if action == "drop":
                del new_words[i]
            elif action == "add":
                new_words.insert(i, rng.choice(("new", "text", "2020", "the")))
            else:
                new_words[i] = new_words[i] + "x"
        old, new = FLOOD, " ".join(new_words)
        textmap = diff_texts(old, new)
        for block_old, block_new, length in textmap.blocks:
            assert old[block_old : block_old + length] == new[block_new : block_new + length]
        starts = [b[1] for b in textmap.blocks]
        assert starts == sorted(starts)


@pytest.mark.benchmark
def test_diff_speed_on_a_long_article(benchmark) -> None:
    """difflib in two levels maps a 100 KB article with scattered changes well under a second."""
    rng = random.Random(3)
    paragraphs = [FLOOD.split("\n\n")[i % 3 + 1].replace("2019", str(1900 + i)) for i in range(300)]
    old = "\n\n".join(paragraphs)
    new_paragraphs = list(paragraphs)
    for i in rng.sample(range(300), 12):
        new_paragraphs[i] = new_paragraphs[i].replace("the", "a", 1) + " An added sentence."
    new = "\n\n".join(new_paragraphs)
    benchmark.pedantic(diff_texts, args=(old, new), rounds=3, iterations=1)
    started = time.perf_counter()
    diff_texts(old, old.replace("Share", "share", 1).replace("valley", "vally", 1))
    typo = time.perf_counter() - started
    benchmark.extra_info.update(chars=len(old), typo_s=typo)
    assert benchmark.stats.stats.max < 0.5 and typo < 0.05


def test_a_moved_paragraph_takes_its_edits_along_by_their_words_and_sentence() -> None:
    paragraphs = FLOOD.split("\n\n")
    moved = "\n\n".join([paragraphs[0], paragraphs[1], paragraphs[3].rstrip("\n"), paragraphs[2]]) + "\n"
    anchor = Reanchor(FLOOD, moved, {(m.start(), m.end()): "" for m in _find(moved, "March 3, 2019", "June 2018")}, {})
    start = FLOOD.index("March 3, 2019")
    placed = anchor.place((start, start + len("March 3, 2019")))
    assert placed.how == "reanchored" and moved[placed.new[0] : placed.new[1]] == "March 3, 2019"
    project = curated()
    before = state(project)
    change(project, moved)
    assert state(project) == before and not project.orphaned_edits()


def test_the_same_words_in_an_unrelated_sentence_do_not_take_the_edit() -> None:
    project = curated()
    new_text = FLOOD.replace("The dam was inspected in June 2018 and found sound.", "").replace(
        "Share this Report:", "In June 2018 a new director took over the regional office. Share this Report:")
    change(project, new_text)
    lost = orphans.list_orphans(project)
    assert [(o.expression, o.what) for o in lost] == [("June 2018", "rejected")]
    june = next(r for r in project.rows() if r.event.timex == "June 2018")
    assert not june.curation.rejected


def test_a_version_1_project_file_opens_and_gains_the_old_texts_table(tmp_path: Path) -> None:
    from explorer.store import sqlite as store

    path = tmp_path / "old.tlproj"
    db = sqlite3.connect(path, isolation_level=None)
    store.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
    db.close()
    project = Project.open(path)
    change(project, FLOOD)
    project.save()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION >= 2
    assert db.execute("SELECT count(*) FROM previous_texts").fetchone()[0] == 0
    db.close()


def _find(text: str, *words: str):
    import re

    return [m for w in words for m in re.finditer(re.escape(w), text)]


def test_a_merge_across_documents_follows_the_changed_one() -> None:
    project = curated()
    other = Document("/articles/treaty.txt", "Treaty talks\n\nA draft was signed on 12 May 2018 in Geneva.\n", "Treaty")
    project.add_extracted(extract_document(other, date(2019, 3, 11)))
    keep = next(e.id for e in project.events() if e.timex == "14 April 2019")
    folded = next(e.id for e in project.events() if e.timex == "12 May 2018")
    project.apply(edits.merge(project, keep, folded))
    assert folded not in {e.id for e in project.events()}
    changed = other.text.replace("Treaty talks\n\n", "Treaty talks\n\nTalks resumed this week. ")
    project.add_extracted(extract_document(Document(other.path, changed, "Treaty"), date(2019, 3, 11)))
    shown = {r.event.timex: r for r in project.rows()}
    assert "12 May 2018" not in shown  # still folded into the other event
    assert len(shown["14 April 2019"].curation.sources) == 2 and "/articles/treaty.txt" in shown["14 April 2019"].curation.source_docs
    assert not project.orphaned_edits()


@pytest.mark.parametrize(
    "new_text, new_value, how",
    [
        ("They met on December 7, 2018 in Paris.", "2018-12-07", "reanchored"),  # the extractor reads more words, same day
        ("They met on December 7 to 9 in Paris.", "2018-12-07/2018-12-09", "orphaned"),  # more words, other dates
    ],
)
def test_an_expression_read_longer_is_taken_only_with_the_same_value(new_text: str, new_value: str, how: str) -> None:
    old_text = "They met on December 7 in Paris."
    start = old_text.index("December 7")
    old_span = (start, start + len("December 7"))
    new_span = (start, new_text.index(" in Paris"))
    placed = Reanchor(old_text, new_text, {new_span: new_value}, {old_span: "2018-12-07"}).place(old_span)
    assert placed.how == how
    assert (placed.new if how == "reanchored" else placed.suggestion) == new_span


def test_an_edit_on_a_copy_of_the_old_text_stays_on_the_copy() -> None:
    project = curated()
    change(project, "Updated.\n\n" + FLOOD)  # the edits move to the new text
    copy = Document("/articles/copy-of-flood.txt", FLOOD, "Copy")
    project.add_extracted(extract_document(copy, date(2019, 3, 11)))
    in_copy = next(e.id for e in project.events() if e.doc == copy.path and e.timex == "14 April 2019")
    project.apply(edits.set_lane(project, in_copy, "Copy lane"))
    lanes = {r.event.doc: r.curation.lane for r in project.rows() if r.event.timex == "14 April 2019"}
    assert lanes == {"/articles/flood.txt": "Engineers", "/articles/copy-of-flood.txt": "Copy lane"}


def _line_to_the_end(text: str, words: str) -> str:
    lines = text.splitlines(keepends=True)
    i = next(i for i, line in enumerate(lines) if words in line)
    return "".join(lines[:i] + lines[i + 1 :]) + "\n" + lines[i]


SAMPLE = Path(__file__).resolve().parents[2] / "data" / "khamenei-soleimani-partnership.txt"


@pytest.mark.parametrize(
    "edit_text",
    [
        lambda text: "An editor's note.\n\n" + text,  # text above: the point moves with it
        lambda text: text.replace("Zarif theatrically resigned", "Zarif very theatrically resigned"),  # its sentence
        lambda text: _line_to_the_end(text, "theatrically resigned"),  # its paragraph moved: found by its word and sentence
    ],
)
def test_an_edit_on_an_undated_event_follows_its_word(edit_text) -> None:
    from explorer.documents import read_document

    sample = read_document(str(SAMPLE))
    project = Project()
    project.add_extracted(extract_document(sample))
    undated = next(e for e in project.events() if not e.timex and "resigned" in e.sentence)
    project.apply(edits.reject(project, undated.id))
    project.apply(edits.retitle(project, undated.id, "Zarif quits"))
    project.add_extracted(extract_document(Document(sample.path, edit_text(sample.text), sample.title)))
    assert not project.orphaned_edits()
    [row] = [r for r in project.rows() if r.event.title == "Zarif quits"]
    assert row.curation.rejected and not row.event.timex and "resigned" in row.event.sentence


def test_reattaching_to_words_that_are_no_event_adds_the_event_by_hand() -> None:
    project = curated()
    new_text = FLOOD.replace(" The dam was inspected in June 2018 and found sound.", "")
    change(project, new_text)
    [lost] = orphans.list_orphans(project)
    start = new_text.index("heavy rain")
    target = SpanKey(project.documents()[0].hash, start, start + len("heavy rain"))
    project.apply(orphans.reattach(project, lost.key, target))
    [row] = [r for r in project.rows(include_hidden=True) if r.event.timex == "heavy rain"]
    assert row.curation.added and row.curation.rejected and not project.orphaned_edits()
    # words over an event's expression attach to that event
    project.undo_stack.undo()
    around = new_text.index("return on 14 April")
    project.apply(orphans.reattach(project, lost.key, SpanKey(target.doc_hash, around, around + len("return on 14 April"))))
    april = next(r for r in project.rows(include_hidden=True) if r.event.timex == "14 April 2019")
    assert april.curation.rejected and april.curation.lane == "Engineers" and not april.curation.added
