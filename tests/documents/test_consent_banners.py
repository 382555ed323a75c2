"""A saved page's cookie or consent banner is no part of its article (a page of our own, built as
real pages are: a banner before the header, then the article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.documents.html import without_consent_banners
from explorer.documents.reader import read_document

ARTICLE = """<article><h1>Harbour board backs new quay</h1>
<p>The harbour board voted on Monday to build a new quay, ending a dispute that began in 2017.</p>
<p>The board's chairman said work would start in September and finish by the summer of 2023.</p></article>"""


@pytest.mark.parametrize("banner", [
    '<div class="cookie-banner">We use cookies to improve your visit. Accept all cookies. Manage preferences.</div>',
    '<section id="gdpr_notice"><p>Your privacy matters to us. Agree and close.</p></section>',
    '<div class="site-consentBox"><button>I agree</button> to the storing of data on this device.</div>',
])
def test_a_consent_banner_is_not_read(tmp_path: Path, banner: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><meta charset='utf-8'><title>Harbour board backs new quay</title></head>"
                    f"<body>{banner}{ARTICLE}</body></html>", encoding="utf-8")
    doc = read_document(str(page))
    assert "voted on Monday to build a new quay" in doc.text
    assert not any(word in doc.text.lower() for word in ("cookies", "privacy", "agree"))


def test_a_long_element_named_for_cookies_is_content() -> None:
    """A recipe site's article container may be called "cookie-recipes": only a short element is a banner."""
    recipe = "<p>" + "Cream the butter and sugar, then fold in the flour and the chocolate. " * 20 + "</p>"
    markup = f"<html><body><div class='cookie-recipes'>{recipe}</div></body></html>"
    assert "fold in the flour" in without_consent_banners(markup)


def test_a_page_declaring_its_encoding_loses_its_banner_too() -> None:
    markup = '<?xml version="1.0" encoding="utf-8"?><html><body><div class="cookie">We use cookies.</div><p>Text.</p></body></html>'
    assert "We use cookies" not in without_consent_banners(markup)


def test_unparsable_markup_is_returned_as_it_is() -> None:
    assert without_consent_banners("") == ""
