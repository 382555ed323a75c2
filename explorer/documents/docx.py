"""Word documents (.docx): paragraphs and tables in body order, via python-docx."""

from __future__ import annotations

import io

from explorer.documents.reader import ReadError, normalise_text


def read_docx(path: str, data: bytes) -> tuple[str, dict[str, str]]:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as err:
        raise ReadError(path, f"Word import needs python-docx ({err})") from err
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
        raise ReadError(path, f"not a readable Word document ({err})") from err
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
