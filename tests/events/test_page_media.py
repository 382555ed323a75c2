"""A live page's post that points at a photo, a video or a map it shows is no happening; a picture
taken or released in the story stays. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.page_media import shows_page_media
from explorer.ingest import extract_document

_PAGE = ("Flooding: live updates\n\nSaturday 8 March 2025\n\n"
         "09:10 The river burst its banks at Tarnley overnight, the council says.\n\n"
         "{post}\n\n"
         "11:30 The army has been called in to help with sandbags.")


@pytest.mark.parametrize("post", [
    "10:05 A reader in Tarnley sends this photo of the flooded square.",
    "10:05 This video shows water pouring over the weir at Hollin.",
    "10:05 Our reporter took these pictures at the quay this morning.",
])
def test_a_post_pointing_at_the_pages_own_media_is_no_event(post: str) -> None:
    events = extract_document(Document("a.txt", _PAGE.format(post=post), "t"), dct=date(2025, 3, 8)).events
    assert not any("10:05" == e.timex for e in events), [(e.title, e.timex) for e in events]
    assert any(e.timex == "11:30" for e in events)


@pytest.mark.parametrize(("title", "shown"), [
    ("Here are some pictures from the quay", True),
    ("Police release a photo of the suspect", False),  # a picture released in the story
    ("The museum buys the painting", False),
    ("The agency sends this warning to every household", False),  # no medium
])
def test_only_a_pointed_medium_is_page_media(title: str, shown: bool) -> None:
    assert shows_page_media(title) is shown
