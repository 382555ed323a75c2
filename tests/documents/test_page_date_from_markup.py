"""A saved page's document date comes from what its markup states (a meta tag, a ``<time>``
element), never from a year that happens to stand in a script, a footer or a copyright line: such a
year became the date of the whole page and moved every "on 15 September" of the article into it.
Pages of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.documents.reader import read_with_metadata
from explorer.ingest import extract_paths

BODY = ("<main><h2>Riverside school newsletter, spring term 2026</h2>"
        "<p>Dear parents, the new science room opened on 9 February, paid for by the winter fair.</p>"
        "<p>Year 5 visited the canal museum on 3 March, and sports day is planned for the summer.</p></main>")

#: Years a page carries outside the article: in a script, a footer, a copyright line.
STRAY_YEARS = [
    "<script>var note = 'Copyright 2017 Riverside'; console.log(note);</script>",
    "<footer>Riverside School, founded in 1968. &copy; 2016</footer>",
]


@pytest.mark.parametrize("stray", STRAY_YEARS)
def test_a_year_outside_the_article_does_not_date_the_page(tmp_path: Path, stray: str) -> None:
    page = tmp_path / "newsletter.html"
    page.write_text(f"<html><head><title>Newsletter</title></head><body>{BODY}{stray}</body></html>", encoding="utf-8")
    _, metadata = read_with_metadata(str(page))
    assert "date" not in metadata
    days = {e.timex: str(e.begin) for e in extract_paths([str(page)], jobs=1).events}
    assert days.get("9 February") == "2026-02-09" and days.get("3 March") == "2026-03-03", days


@pytest.mark.parametrize("stated", [
    "<meta property='article:published_time' content='2026-03-20T08:00:00Z'>",
    "<meta name='date' content='2026-03-20'>",
])
def test_a_date_the_markup_states_still_dates_the_page(tmp_path: Path, stated: str) -> None:
    page = tmp_path / "newsletter.html"
    page.write_text(f"<html><head><title>Newsletter</title>{stated}</head><body>{BODY}{STRAY_YEARS[0]}</body></html>",
                    encoding="utf-8")
    _, metadata = read_with_metadata(str(page))
    assert metadata.get("date", "").startswith("2026-03-20")
