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


def without_consent_banners(markup: str) -> str:
    """``markup`` without its cookie and consent banners (elements whose class or id says so, and
    whose text is short). Why: the article extractor keeps a banner standing before the article
    ("We use cookies … Accept all"), and it became the text's first paragraph. The markup is returned
    unchanged when it cannot be parsed or has no banner."""
    try:
        from lxml import html as lxml_html

        # lxml refuses a str that declares its encoding ("<?xml … encoding='utf-8'?>"): it is decoded already
        tree = lxml_html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1))
        banners = [el for el in tree.iter() if isinstance(el.tag, str)
                   and _CONSENT_WORD.search(f"{el.get('class', '')} {el.get('id', '')}")
                   and len(el.text_content()) <= _BANNER_CHARS]
        if not banners:
            return markup
        for el in banners:
            if el.getparent() is not None:
                el.drop_tree()
        return lxml_html.tostring(tree, encoding="unicode")
    except Exception:  # noqa: BLE001 - an odd page is read as it is
        return markup


def _decode(data: bytes) -> str:
    head = data[:4096].decode("ascii", errors="ignore")
    match = re.search(r"""<meta[^>]+charset=["']?([\w-]+)""", head, re.I)
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or not match:
        from explorer.documents.reader import decode_text

        return decode_text(data)
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
    cleaned = without_consent_banners(markup)
    try:
        body = trafilatura.extract(cleaned, include_comments=False, include_tables=True, favor_recall=True)
        meta = trafilatura.extract_metadata(markup)
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
    text = body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"
    return normalise_text(text), metadata
