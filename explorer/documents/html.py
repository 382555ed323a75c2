"""Web pages saved to disk: the article's main text, via trafilatura.

Nothing is fetched and no script runs: the saved bytes are parsed as they are. The page's title is
put on the first line (where a reader of a .txt article finds it) so titles and dates in the header
work as for plain text. When trafilatura finds no main text (a tiny page), the visible text of the
body is used instead.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from explorer.documents.reader import ReadError, decode_declared, normalise_text

log = logging.getLogger(__name__)

# trafilatura logs its own view of every odd page at WARNING and ERROR ("discarding data: None",
# "parsed tree length: 0, wrong data type or not valid HTML", several lines a file) on the user's
# terminal, in this process and in the pool's workers. Our ReadError says what is wrong, once.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer", "svg", "iframe", "object"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "pre"}


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def visible_text(markup: str) -> str:
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


#: A class or id word of a cookie or consent banner ("cookie-banner", "gdpr_notice", "consentBox").
_CONSENT_WORD = re.compile(r"(?i)(?:^|[\s_-])(?:cookies?|consent|gdpr)(?=$|[\s_A-Z-])|consent[A-Z]|^cookies?[A-Z]")
#: A banner is short: an element this long with such a class is a page's content ("cookie-recipes").
_BANNER_CHARS = 800


#: A teaser for another article inside this one: "READ MORE: …", "Also read | …", "Related: …".
_TEASER = re.compile(r"^\s*(?:read\s+more|also\s+read|read\s+also|related(?:\s+(?:stories|articles))?|see\s+also|"
                     r"more\s+on\s+this(?:\s+story)?|recommended)\s*(?::|\||»|>|-|–|—)", re.IGNORECASE)
_TEASER_CHARS = 200
_TEASER_TAGS = frozenset(("p", "div", "li", "h3", "h4", "strong", "span"))


def _is_furniture_element(el: object) -> bool:
    tag = getattr(el, "tag", None)
    if not isinstance(tag, str):
        return False
    text = el.text_content()  # type: ignore[attr-defined]
    if _CONSENT_WORD.search(f"{el.get('class', '')} {el.get('id', '')}") and len(text) <= _BANNER_CHARS:  # type: ignore[attr-defined]
        return True
    return tag in _TEASER_TAGS and len(text) <= _TEASER_CHARS and bool(_TEASER.match(text))


def without_page_furniture(markup: str) -> str:
    """``markup`` without its cookie and consent banners (elements whose class or id says so, and
    whose text is short) and without teasers for other articles inside the article ("READ MORE:
    <another headline>"). Why: the article extractor keeps both, a banner became the text's first
    paragraph and a teaser's headline read as part of the story. The markup is returned unchanged
    when it cannot be parsed or has neither."""
    try:
        from lxml import html as lxml_html

        # lxml refuses a str that declares its encoding ("<?xml … encoding='utf-8'?>"): it is decoded already
        tree = lxml_html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1))
        banners = [el for el in tree.iter() if _is_furniture_element(el)]
        if not banners:
            return markup
        for el in banners:
            if el.getparent() is not None:
                el.drop_tree()
        return lxml_html.tostring(tree, encoding="unicode")
    except Exception:  # noqa: BLE001 - an odd page is read as it is
        return markup


#: What a page's ``<title>`` puts between the article's headline and the site's name.
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")


def headline_in_title_tag(markup: str, body: str, title: str) -> str | None:
    """The headline the page's ``<title>`` gives ("Mill town library reopens - Valley Courier") when
    the metadata's title is the other, shorter part of it (the site's name, from an ``<h1>`` holding
    the site's logo) and is no line of the article's text, while the headline is; else None."""
    import html as html_entities

    found = re.search(r"(?is)<title[^>]*>(.*?)</title>", markup[:50000])
    if found is None or not title:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(" ".join(html_entities.unescape(found.group(1)).split())) if p.strip()]
    if len(parts) < 2 or title.lower() not in (p.lower() for p in parts):
        return None
    lines = {" ".join(line.split()).lower() for line in body.split("\n")}
    if title.lower() in lines:
        return None  # the article's text opens with the metadata's title: it is the headline
    for part in parts:
        if len(part.split()) >= 3 and len(part.split()) > len(title.split()) and part.lower() in lines:
            return part
    return None


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode(data: bytes) -> str:
    head = data[:4096].decode("ascii", errors="ignore")
    match = re.search(r"""<meta[^>]+charset=["']?([\w-]+)""", head, re.I)
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or not match:
        from explorer.documents.reader import decode_text

        return decode_text(data)
    if _is_utf8_beyond_ascii(data):
        # a page whose bytes are valid UTF-8 with letters beyond ASCII is UTF-8 whatever it declares:
        # an editor re-saved it ("charset=iso-8859-1" over UTF-8 showed "CafÃ©"), and Latin-1 text
        # almost never forms valid UTF-8 sequences
        return normalise_text(data.decode("utf-8"))
    declared = decode_declared(data, match.group(1))
    if declared is None:  # unknown or unusable (``idna``, ``base64``): guess as for plain text
        from explorer.documents.reader import decode_text

        return decode_text(data)
    return normalise_text(declared)


def read_html(path: str, data: bytes) -> tuple[str, dict[str, str]]:
    """The main text of a saved page and what its metadata says (title, date, author, site)."""
    try:
        import trafilatura
    except ImportError as err:  # a broken install, not a bad file: say so plainly
        raise ReadError(path, f"HTML import needs trafilatura ({err})") from err
    markup = _decode(data)
    if not markup.strip():
        raise ReadError(path, "empty HTML file")
    metadata: dict[str, str] = {}
    cleaned = without_page_furniture(markup)
    try:
        body = trafilatura.extract(cleaned, include_comments=False, include_tables=True, favor_recall=True)
        # extensive=False: a date the markup states (a meta tag, <time>, JSON-LD, the URL), not
        # htmldate's guess from any year in the page: a script's "Copyright 2019" or a footer's
        # "since 1974" became the document date and moved every date of the article with it
        meta = trafilatura.extract_metadata(markup, extensive=False)
    except Exception as err:  # noqa: BLE001 - a parser failure is a reason to skip this one file
        raise ReadError(path, f"could not parse the HTML ({err})") from err
    if meta is not None:
        for name in ("title", "date", "author", "sitename", "url", "description"):
            value = getattr(meta, name, None)
            if value:
                metadata[name] = str(value)
    if not body or not body.strip():
        body = visible_text(cleaned)
    if not body.strip():
        raise ReadError(path, "no readable text in this page")
    title = metadata.get("title", "").strip()
    headline = headline_in_title_tag(markup, body, title)
    if headline is not None:
        metadata["title"] = title = headline
    text = body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"
    return normalise_text(text), metadata
