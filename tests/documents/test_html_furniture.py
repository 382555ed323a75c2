"""A saved page's cookie or consent banner is no part of its article (a page of our own, built as
real pages are: a banner before the header, then the article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.documents.html import without_page_furniture
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
    assert "fold in the flour" in without_page_furniture(markup)


def test_a_page_declaring_its_encoding_loses_its_banner_too() -> None:
    markup = '<?xml version="1.0" encoding="utf-8"?><html><body><div class="cookie">We use cookies.</div><p>Text.</p></body></html>'
    assert "We use cookies" not in without_page_furniture(markup)


def test_unparsable_markup_is_returned_as_it_is() -> None:
    assert without_page_furniture("") == ""


@pytest.mark.parametrize("teaser", [
    "<p>READ MORE: Flood defences delayed until 2024</p>",
    "<p><strong>Also read |</strong> <a href='/y'>Ferry strike ends after 12 days</a></p>",
    "<p>Related: <a href='/z'>Council sets budget on 3 March 2020</a></p>",
])
def test_a_teaser_for_another_article_is_not_part_of_the_story(tmp_path: Path, teaser: str) -> None:
    page = tmp_path / "page.html"
    body = ARTICLE.replace("</p>\n<p>", f"</p>\n{teaser}\n<p>", 1)
    page.write_text(f"<html><head><meta charset='utf-8'><title>Harbour board backs new quay</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    text = read_document(str(page)).text
    assert "work would start in September" in text
    assert not any(word in text for word in ("Flood defences", "Ferry strike", "budget"))


def test_a_sentence_about_reading_stays() -> None:
    markup = "<html><body><p>Pupils should read more: the council's report says so in plain words.</p></body></html>"
    assert "Pupils should read more" in without_page_furniture(markup)


def test_the_title_tag_names_the_article_when_the_site_name_heads_the_page(tmp_path: Path) -> None:
    """A blog's <h1> is its site's name; the page's <title> gives the post's headline beside it."""
    page = tmp_path / "post.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Mill town library reopens after flood - Valley Courier</title></head>"
        "<body><h1 class='site-title'>Valley Courier</h1><main><h2>Mill town library reopens after flood</h2>"
        "<p>The library reopened on Saturday, eight months after floodwater ruined its ground floor.</p>"
        "<p>Volunteers had moved four thousand books upstairs before the river peaked, the librarian said.</p>"
        "</main></body></html>", encoding="utf-8")
    doc = read_document(str(page))
    assert doc.title == "Mill town library reopens after flood"
    assert not doc.text.startswith("Valley Courier")


def test_a_headline_in_the_title_tag_is_kept_over_a_longer_site_name() -> None:
    from explorer.documents.html import headline_in_title_tag

    markup = "<title>Quay approved | The Fenmouth Echo and Harbour Gazette</title>"
    body = "Quay approved\nThe Fenmouth Echo and Harbour Gazette\nThe board voted on Monday."
    assert headline_in_title_tag(markup, body, "Quay approved") is None
