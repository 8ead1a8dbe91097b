"""References back to bodies told before. A noun of a kind, "kota industri itu", "kabupaten
di pesisir selatan tersebut", "puskesmas itu" name the last body of that kind the article
told, whether or not it received anything then; a count, "Keduanya", "Ketiga kota tersebut",
refers to a group told before."""

from __future__ import annotations

from spacy.tokens import Doc

from .drafts import BODY_LABELS, YEAR
from .frames import _COUNTED, _DEMONSTRATIVES, _ORDINAL_GROUPS, EARLIER_CLAUSE, REFERRED_KINDS
from .mentions import Mention
from .years import TIME_FRONTS

_LOCATIVES = {"di", "ke"}
_CLASS_WORDS = {"kategori", "klasifikasi"}  # a body named right after one names a class


def last_of_kind(doc: Doc, by_sentence: list[list[Mention]], n: int, kinds: set[str],
                 recipients: set[str]) -> Mention | None:
    """The last body of one of ``kinds`` told in the sentences before sentence ``n``; a region
    named only as where something happened ("verifikasi di Kabupaten X") is none, unless it is
    one of the ``recipients`` told before ("… paling ditunggu di Dompu")."""
    return next(_bodies_of_kind_before(doc, by_sentence, n, kinds, recipients), None)


def lasts_of_kind(doc: Doc, by_sentence: list[list[Mention]], n: int, kinds: set[str],
                  recipients: set[str], count: int) -> list[Mention]:
    """The last ``count`` different bodies of one of ``kinds`` told before sentence ``n``, in
    the order told ("… rombongan dari Bengkayang dan Landak. Kedua kabupaten itu …")."""
    found: dict[str, Mention] = {}
    for m in _bodies_of_kind_before(doc, by_sentence, n, kinds, recipients):
        found.setdefault(m.entity.name, m)
        if len(found) == count:
            return sorted(found.values(), key=lambda m: m.start)
    return []


def capitalised_award_heads(doc: Doc) -> set[int]:
    """Where a capitalised award head opens an award's name ("Anugerah …", "Piala …")."""
    return {s.start for s in doc.spans.get("warta", []) if s.label_ == "AWARD_HEAD" and s.text[:1].isupper()}


def award_named(doc: Doc, m: Mention) -> bool:
    """A body's name that is part of an award's name: right after an award head ("Penghargaan
    (Pemerintah) Kabupaten Pendukung X Terbaik")."""
    start = m.start - (m.start > 0 and doc[m.start - 1].lower_ == "pemerintah")
    return any(s.label_ == "AWARD_HEAD" and s.end == start for s in doc.spans.get("warta", []))


def _bodies_of_kind_before(doc: Doc, by_sentence: list[list[Mention]], n: int, kinds: set[str],
                           recipients: set[str]):
    for mentions in reversed(by_sentence[:n]):
        for m in reversed(mentions):
            if m.entity is not None and m.entity.type in kinds and m.label in BODY_LABELS and \
                    not (m.start and doc[m.start - 1].lower_ in _LOCATIVES and m.entity.name not in recipients) and \
                    not (m.start and (doc[m.start - 1].lower_ in _CLASS_WORDS or award_named(doc, m))):
                # (not "kategori/penghargaan Pemerintah Kabupaten Pendukung X Terbaik": a class or an
                # award named after a kind of body)
                yield m


def subject_opens(doc: Doc, start: int, end: int) -> list[int]:
    """Where a clause's subject may open: at its start, or after a fronted adjunct set off by
    the first comma ("Pada 2023, …")."""
    commas = [j + 1 for j in range(start, min(end, start + 8)) if doc[j].text == ","]
    # ("… setelah pada 2024 kabupaten itu meraih …": a clause of an earlier time opens a subject too)
    clauses = [j + 1 for j in range(start, end) if doc[j].lower_ in EARLIER_CLAUSE]
    opens = [start] + commas[:1] + clauses[:1]
    # ("Pada penilaian 2023 kabupaten itu …": a fronted time without its comma ends at its year)
    for first in list(opens):
        timed = [j + 1 for j in range(first + 1, min(end, first + 6)) if YEAR.match(doc[j].text)
                 and doc[first].lower_ in TIME_FRONTS] if first < end else []
        opens += timed[:1]
    return [j for j in opens if j < end]


def subject_kinds(doc: Doc, start: int, end: int) -> set[str] | None:
    """The kinds a clause's subject refers back to, when it opens with "<kind noun> … itu"
    (after a fronted adjunct such as "Pada 2023,")."""
    described = described_subject(doc, start, end)
    return REFERRED_KINDS[doc[described[0]].lower_] if described is not None else None


def described_subject(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The span of a subject "<kind noun> … itu" ("Kabupaten di ujung barat Daerah Istimewa
    Yogyakarta (DIY) itu"): the names inside it describe the one told before, none is the subject."""
    first = next((j for j in subject_opens(doc, start, end) if doc[j].lower_ in REFERRED_KINDS), None)
    if first is None:
        return None
    words = 0
    for j in range(first + 1, min(end, first + 14)):
        if doc[j].lower_ in _DEMONSTRATIVES:
            return first, j + 1
        if doc[j].text in {",", ".", ";"}:
            return None
        words += doc[j].text not in {"(", ")"} and not doc[j].text.isupper()
        if words > 8:
            return None
    return None


def counted_kinds(doc: Doc, start: int, end: int) -> set[str] | None:
    """The kinds a counted subject names: "Kedua kabupaten itu …", "Ketiga kota tersebut …"."""
    for first in subject_opens(doc, start, end):
        if first + 2 < end and (doc[first].lower_ in _COUNTED or doc[first].lower_ in _ORDINAL_GROUPS) and \
                doc[first + 1].lower_ in REFERRED_KINDS and doc[first + 2].lower_ in _DEMONSTRATIVES:
            return REFERRED_KINDS[doc[first + 1].lower_]
    return None


def counted_subject(doc: Doc, start: int, end: int) -> int:
    """How many recipients told before a clause's subject counts: "Keduanya …", "Ketiga kota
    tersebut …" (after a fronted adjunct); 0 when it counts none."""
    for first in subject_opens(doc, start, end):
        word = doc[first].lower_
        if word in _COUNTED:
            return _COUNTED[word]
        if word in _ORDINAL_GROUPS and first + 2 < end and doc[first + 2].lower_ in _DEMONSTRATIVES:
            return _ORDINAL_GROUPS[word]
    return 0
