"""A copyright or rights line is page furniture, wherever it stands: its year is the notice's, never
an event (acceptance test, session 17: "All content copyright 2015 ... Trust." became an event)."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events

_STORY = ("Allotment society opens a new orchard\n\n"
          "The allotment society planted forty apple trees on the old tennis courts on 12 October 2024.\n\n"
          "Members first asked the council for the land in 2021, and the lease was signed last spring.\n\n")


def _dated(text: str) -> set[str]:
    doc = Document("a.txt", text, "t", date(2025, 1, 1), "given")
    return {e.timex for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex}


@pytest.mark.parametrize("line", [
    "All content copyright 2016 Millbrook Allotment Society.",
    "Copyright © 2016 Millbrook Allotment Society. All rights reserved.",
    "© 2016 Millbrook Allotment Society",
    "Text and photographs (c) 2016 the society's members; some rights reserved.",
])
@pytest.mark.parametrize("at_top", [False, True])
def test_a_rights_line_gives_no_event(line: str, at_top: bool) -> None:
    text = (line + "\n\n" + _STORY) if at_top else (_STORY + line + "\n")
    dated = _dated(text)
    assert {"12 October 2024", "2021"} <= dated  # the story
    assert not any("2016" in t for t in dated)


def test_a_sentence_about_copyright_is_the_story_s() -> None:
    text = _STORY + "The society won a copyright case over its logo in 2023.\n"
    assert "2023" in _dated(text)
