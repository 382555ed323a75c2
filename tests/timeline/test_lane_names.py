"""A document's title as a lane name in the room the lane axis has: whole when it fits, else cut
where a phrase ends, never mid-word (the TimeBank folder's lanes read "The bolstered cellular
agreement h…")."""

from __future__ import annotations

from explorer.timeline.labels import fit_title


def _px(text: str) -> float:  # a monospaced font of 7 px a character
    return 7.0 * len(text)


def test_a_title_that_fits_is_whole():
    assert fit_title("Kestrel Shipping sells two ferries", 300, _px) == "Kestrel Shipping sells two ferries"


def test_a_long_lead_title_is_cut_after_a_whole_word_that_ends_a_phrase():
    title = "The bolstered harbour agreement heightened risks for the ferry company and could fail"
    shown = fit_title(title, 240, _px)
    assert _px(shown) <= 240 and shown.endswith("…")
    kept = shown[:-1]
    assert title.startswith(kept) and title[len(kept)] == " "  # a word's end, never mid-word
    assert kept.split()[-1] not in {"the", "for", "and", "a"}
    assert kept == "The bolstered harbour agreement"
