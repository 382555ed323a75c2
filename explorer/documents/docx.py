"""Word documents (.docx): paragraphs and tables in body order, via python-docx.

A .docx is a zip: a 1 MB file can expand to gigabytes of XML. Each member's uncompressed size is
checked before anything is parsed (``zipfile`` never inflates a member past the size it declares),
and the package is refused above the reader's size cap.
"""

from __future__ import annotations

import io
import logging
import zipfile

from explorer.documents.reader import MAX_FILE_MB_ENV, ReadError, max_file_bytes, normalise_text

log = logging.getLogger(__name__)


def check_zip_sizes(path: str, data: bytes, limit: int | None = None) -> None:
    """Refuse a zip whose members would expand past ``limit`` bytes in all (default: the size cap)."""
    limit = max_file_bytes() if limit is None else limit
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as err:
        raise ReadError(path, f"not a readable Word document ({err})") from err
    total = 0
    for member in members:
        total += member.file_size
        if total > limit:
            raise ReadError(path, f"expands to more than {limit / 2**20:.0f} MB when unpacked "
                                  f"(\u201c{member.filename}\u201d alone is {member.file_size / 2**20:.0f} MB); "
                                  f"a decompression bomb? Skipped (set {MAX_FILE_MB_ENV} to raise the limit)")


def read_docx(path: str, data: bytes) -> tuple[str, dict[str, str]]:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as err:
        raise ReadError(path, f"Word import needs python-docx ({err})") from err
    check_zip_sizes(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                blocks.append(block.text.strip())
            elif isinstance(block, Table):
                for row in block.rows:
                    blocks.append(" | ".join(cell.text.strip() for cell in row.cells))
        props = document.core_properties
    except Exception as err:  # noqa: BLE001 - a corrupt package is a reason to skip this one file
        # python-docx's own words for a damaged part ("'lxml.etree._Element' object has no attribute
        # 'overrides'") say nothing to a user: what is wrong is the package; the detail goes to the log
        log.debug("reading the Word document %r failed", path, exc_info=True)
        detail = str(err) if isinstance(err, (KeyError, zipfile.BadZipFile)) else type(err).__name__
        raise ReadError(path, f"not a readable Word document: damaged or incomplete ({detail})") from err
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        raise ReadError(path, "the Word document has no text")
    metadata: dict[str, str] = {}
    if props.title:
        metadata["title"] = props.title
    if props.author:
        metadata["author"] = props.author
    if props.created:
        metadata["created"] = props.created.date().isoformat()
    return normalise_text(text), metadata
