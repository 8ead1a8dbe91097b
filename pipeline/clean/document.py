"""Read a document from disk (HTML, ``.html.gz`` or plain text) and clean it."""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

from pipeline.errors import InputError
from pipeline.models import Article

from .encoding import decode_html

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(?:p|div|br|a|span|body|html|head|article)\b[^>]*>", re.IGNORECASE)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(str(path), "no such file")
    if path.is_dir():
        raise InputError(str(path), "is a directory, not a document")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}") from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            raise InputError(str(path), "damaged gzip file") from None
    return data


def looks_like_html(data: bytes) -> bool:
    """Decided by content: a page starts with markup, or carries many tags early on."""
    head = data[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 5


def is_binary(data: bytes) -> bool:
    head = data[:8192]
    return b"\x00" in head or len(_CONTROL.findall(head)) > len(head) * 0.05


def clean_document(path: str | Path, url: str | None = None) -> Article:
    """Clean the HTML page or plain-text copy at ``path``.

    Raises :class:`InputError` (one line, naming the file) for a missing file, a
    directory, a binary file or a document without any text.
    """
    from . import clean_html, clean_text  # the package's public functions

    path = Path(path)
    data = read_bytes(path)
    if not data.strip():
        raise InputError(str(path), "empty document")
    if is_binary(data):
        raise InputError(str(path), "binary file, not an HTML page or text")
    if looks_like_html(data):
        article = clean_html(data, url, source=str(path))
        if not article.text and not article.title:
            raise InputError(str(path), "HTML page without any text")
        return article
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = decode_html(data)
    article = clean_text(text, url, source=str(path))
    if not article.text:
        raise InputError(str(path), "no article text found")
    return article
