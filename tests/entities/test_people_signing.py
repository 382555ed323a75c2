"""A post signed by two or three people ("Mira and Tobias") is written by them: its "we" stays "we",
never one of the signers taken for the body the text is written by; a body's own signature still names it."""

from __future__ import annotations

import pytest

from explorer.entities.writer_body import signature_lines

_BODY = ("A summer on the canal\n\n"
         "This year we cycled the towpath from the city to the sea. We collected £3,400 for the lifeboat station "
         "in August.\n\n"
         "Thanks for reading.\n\n")


@pytest.mark.parametrize("sign_off", ["Mira and Tobias", "Mira & Tobias", "Ruth, Mira and Tobias", "- Mira and Tobias"])
def test_people_signing_a_post_name_no_body(sign_off):
    text = _BODY + sign_off + "\n"
    assert all(text[s:e].strip() != sign_off for s, e in signature_lines(text))


def test_a_body_signing_is_still_read():
    text = _BODY + "The Committee, Lowfield Rowing Club\n"
    assert any(text[s:e] == "The Committee, Lowfield Rowing Club" for s, e in signature_lines(text))


def test_the_we_of_a_post_signed_by_two_people_stays_we(tmp_path):
    from explorer.ingest import extract_paths

    (tmp_path / "post.txt").write_text("Our canal ride\n\nPosted 3 September 2024\n\n" + _BODY + "Mira & Tobias\n")
    titles = [e.title for e in extract_paths([str(tmp_path)], jobs=1).events]
    assert any(t.startswith("We collect") for t in titles), titles
    assert not any(t.startswith(("Mira", "Tobias")) for t in titles), titles
