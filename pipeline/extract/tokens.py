"""Token attributes of a document as plain tuples, read once per document.

``doc[i]`` builds a new Token object on every call, and ``doc.text`` / ``span.text``
re-join every token; extraction asks for the same few attributes thousands of times
per article. ``token_table(doc)`` reads them once (``warta_sentences`` does it while
reading the tokens anyway) and keeps them with the document::

    table = token_table(doc)
    table.lower[i] == doc[i].lower_
    table.text_of(span) == span.text
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span


# First names written short ("Mokh. Sodiq"): their full stop neither ends a sentence nor a name.
SHORT_FIRST_NAMES = frozenset({"Moh", "Mokh", "Moch", "Mochd", "Muh", "Muhd", "Mhd", "Mohd", "Abd", "Ach"})

_KEY = "warta_token_table"


@dataclass(frozen=True)
class TokenTable:
    text: tuple[str, ...]
    lower: tuple[str, ...]
    whitespace: tuple[str, ...]
    is_digit: tuple[bool, ...]
    idx: tuple[int, ...]  # character offset of each token
    doc_text: str

    def text_of(self, span: Span) -> str:
        """``span.text`` without re-joining its tokens."""
        return self.doc_text[span.start_char:span.end_char]


_last: tuple = (None, None)  # the document asked about last and its table (one tuple: thread-safe)


def token_table(doc: Doc) -> TokenTable:
    """The document's token table, read on first use."""
    global _last
    last_doc, last_table = _last
    if last_doc is doc and len(last_table.text) == len(doc):
        return last_table
    columns = doc.user_data.get(_KEY)  # plain tuples, so Doc.to_bytes can still serialise it
    if columns is None or len(columns[0]) != len(doc):  # a retokenised doc is read again
        columns = _read(doc)
        doc.user_data[_KEY] = columns
    table = TokenTable(*columns)
    _last = (doc, table)
    return table


def _read(doc: Doc) -> tuple:
    if not len(doc):
        return (), (), (), (), (), ""
    text, lower, whitespace, is_digit, idx = zip(
        *((t.text, t.lower_, t.whitespace_, t.is_digit, t.idx) for t in doc))
    return text, lower, whitespace, is_digit, idx, "".join(map(str.__add__, text, whitespace))


def text_of(span: Span) -> str:
    """``span.text`` from the document's table: the same string, without re-joining tokens."""
    return token_table(span.doc).text_of(span)
