"""Bytes → text for HTML pages: the bytes decide when the declared charset lies.

Pages that declare ``iso-8859-1`` but are UTF-8 (kapanlagi) are common; valid UTF-8 of
any length is very unlikely to be an accident, so it wins over the declaration.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Decode a page: BOM, else UTF-8 if the bytes are valid UTF-8, else the declared charset, else a guess."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        # Browsers read latin-1 declarations as windows-1252.
        name = "cp1252" if declared in ("latin-1", "iso8859-1", "ascii") else declared
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            pass
    guess = from_bytes(data[:200_000]).best()
    return data.decode(guess.encoding if guess else "cp1252", errors="replace")
