"""Reading articles from disk into :class:`Document` records (no Qt)."""

from explorer.documents.document import Document, DateSource
from explorer.documents.reader import SUPPORTED_SUFFIXES, find_documents, read_document, ReadError

__all__ = ["Document", "DateSource", "SUPPORTED_SUFFIXES", "find_documents", "read_document", "ReadError"]
