"""Layer 1: what the article names. Typed mentions from the span_ruler matches, the unit
heads and the region gazetteer; nothing here decides who won what.

- GOV: a regional government ("Pemkot Tangerang", "Kabupaten Sleman", "Pemprov Jatim")
- UNIT / UNIT_ALIAS: a unit by its head ("Lapas Kelas IIA Lahat") or a known abbreviation
  ("Disdukcapil"); COMPANY: "PT …"; GIVER: an awarding body from the givers' gazetteer
- REGION: a bare region name ("Sleman", "Jawa Timur"), with the kinds it may be
- TITLE / PERSON: an official's title and the person named after it
- cues: AWARD_HEAD, GRADE, CATEGORY (span_ruler patterns in rules/patterns/)

Overlaps are resolved longest-first. A region right after a unit or a title ("Dinas Sosial
Kota Tangerang", "Sekda Kota Tangerang") qualifies it rather than standing alone, and a
region after "se-" ("se-Provinsi Banten") is a scope, not an actor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..models import Entity
from ..normalise import Namer
from .lexicon import Lexicon
from .regions import region_matcher
from .tokens import SHORT_FIRST_NAMES, token_table
from .units import unit_heads

ENTITY_LABELS = ("GOV", "UNIT", "UNIT_ALIAS", "COMPANY", "GIVER")
# On equal length, the more specific reading wins.
_PRIORITY = {"GIVER": 4, "UNIT_ALIAS": 3, "UNIT": 2, "COMPANY": 2, "GOV": 1}
_LOWER_KINDS = {"kota": "kota", "kabupaten": "kabupaten", "provinsi": "provinsi"}
_CAPITAL_NOUNS = frozenset({"ibukota", "ibu"})  # "ibu kota provinsi X": the capital, not the province
_REGION_WORDS = {"Kota", "Kabupaten", "Kab.", "Kab", "Provinsi", "Pemkot", "Pemko", "Pemkab", "Pemprov", "Pemerintah"}
_NAME_TOKEN = re.compile(r"^([A-Z][\w'’-]*\.?|[A-Z]\.)$")


@dataclass
class Mention:
    label: str  # GOV, UNIT, COMPANY, GIVER, REGION, PERSON, TITLE, AWARD_HEAD, GRADE, CATEGORY
    start: int  # token indices into the Doc
    end: int
    start_char: int
    end_char: int
    text: str
    rule: str
    entity: Entity | None = None
    scoped: bool = False  # "se-Provinsi Banten": a scope, not an actor
    qualifier_of: int | None = None  # token index of the unit/title this region qualifies
    extra: dict = field(default_factory=dict)


def find_mentions(doc: Doc, namer: Namer, stopwords: set[str]) -> list[Mention]:
    """Typed, non-overlapping entity mentions plus cue mentions, in text order."""
    spans = list(doc.spans.get("warta", []))
    cues = [_mention(doc, s) for s in spans if s.label_ not in ENTITY_LABELS and s.label_ != "TITLE"]
    cues = [c for c in cues if not _field_of_work(doc, c)]
    # "Juara harapan 2": a grade inside a longer grade is that grade, not another
    grades = [c for c in cues if c.label == "GRADE"]
    cues = [c for c in cues if not (c.label == "GRADE" and any(
        o.start <= c.start and c.end <= o.end and (o.start, o.end) != (c.start, c.end) for o in grades))]
    titles = _longest([_mention(doc, s) for s in spans if s.label_ == "TITLE"])
    # "kategori Petani Milenial", "kategori Guru Teladan": a role inside a category's name names no one
    named_classes = [(c.start, c.end) for c in cues if c.label == "CATEGORY" and doc[c.start].lower_ == "kategori"]
    titles = [t for t in titles if not (t.rule.startswith("role:") and
                                        any(a < t.start < b for a, b in named_classes))]
    candidates = [_mention(doc, s) for s in spans if s.label_ in ENTITY_LABELS]
    candidates += _units(doc, namer)
    weekdays = set(namer.rules.language["weekdays"])
    for m in candidates:
        if m.label == "GIVER":
            _extend_office(doc, m, m.text.casefold() in namer.regional_givers, namer)
        elif m.label == "GOV":
            _fit_to_known_region(doc, m, namer)
        elif m.label == "UNIT":
            _market_day_name(doc, m, weekdays)
            _scope_after_abbreviation(doc, m, candidates)
    # "kabupaten Sleman" written in lower case is the region only when the gazetteer knows a region
    # of that kind by that name ("ibu kota Kalimantan Selatan", "tiga provinsi Sumatera" are not)
    # (nor after a noun it describes: "ibukota provinsi X itu", "warga kabupaten X")
    owners = _CAPITAL_NOUNS | Lexicon.from_rules(namer.rules).resident_nouns
    candidates = [m for m in candidates if not (m.label == "GOV" and doc[m.start].text in _LOWER_KINDS and (
        _LOWER_KINDS[doc[m.start].text] not in namer.regions.kinds(doc[m.start + 1:m.end].text) or
        m.start > 0 and doc[m.start - 1].lower_ in owners))]
    # "penghargaan Kabupaten Peduli Disabilitas": after an award's head, a kind with a name the
    # gazetteer does not know is the award's name (not a trophy that names its holder: "trofi Kota X")
    copies = namer.rules.awards.get("copy_heads", ())
    heads = {s.end for s in spans if s.label_ == "AWARD_HEAD" and s.text.lower() not in copies}
    candidates = [m for m in candidates if not (m.label == "GOV" and m.start in heads and
                                                not namer.regions.kinds(doc[m.start + 1:m.end].text))]
    # "Penghargaan Wira Karya Desa Mandiri": a unit's head inside the capitalised run an award's
    # head opens is a word of the award's name, no unit
    table = token_table(doc)
    named_runs = []
    for s in spans:
        if s.label_ == "AWARD_HEAD" and s.text[:1].isupper() and s.text.lower() not in copies:
            end = s.end
            while end < len(table.text) and table.text[end][:1].isupper() and table.text[end].isalpha():
                end += 1
            named_runs.append((s.start, end))
    candidates = [m for m in candidates if not (m.label == "UNIT" and any(a < m.start < b for a, b in named_runs))]
    # "kategori Sekolah Hemat Energi": a unit's head right after the word names the category, no unit
    candidates = [m for m in candidates if not (m.label in ("UNIT", "COMPANY") and m.start > 0 and
                                                table.lower[m.start - 1] == "kategori")]
    # "Kepala Perpustakaan Nasional Dewi S.", "Badan Pangan Nasional (Bapanas)": a known giver after
    # a title, or with only its abbreviation after it, is no unit named by its head
    givers = {m.start: m.end for m in candidates if m.label == "GIVER"}
    title_ends = {t.end for t in titles}
    candidates = [m for m in candidates if not (m.label == "UNIT" and m.start in givers and (
        m.start in title_ends or m.end == givers[m.start] + 3 and doc[givers[m.start]].text == "("))]
    # "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) …": a unit head inside a known unit's name
    # opens no unit of its own
    known = [(m.start, m.end) for m in candidates if m.label in ("UNIT_ALIAS", "GIVER")]
    candidates = [m for m in candidates if not (m.label == "UNIT" and any(a < m.start < b for a, b in known))]
    # "Kabupaten berjuluk Kota Sutra itu": a nickname names no body
    epithets = Lexicon.from_rules(namer.rules).epithets
    lower = token_table(doc).lower
    candidates = [m for m in candidates if not any(epithets.at(lower, j, m.start) == m.start
                                                   for j in range(max(0, m.start - 2), m.start))]
    entities = _neighbourhood_units(doc, _longest(candidates))
    # A region starting inside an official's title ("Wali Kota Magelang") belongs to it.
    entities = [m for m in entities if not any(t.start < m.start < t.end or
                                               (t.start <= m.start < t.end and m.label == "GOV")
                                               for t in titles)]
    entities = entities + _bare_names(doc, entities, titles, namer)
    entities = entities + _defined_bodies(doc, entities + titles, spans, namer)
    entities = sorted(entities + _regions(doc, entities, titles, namer), key=lambda m: m.start)
    entities = sorted(entities + _shared_name_governments(doc, entities, namer), key=lambda m: m.start)
    _mark_qualifiers(doc, entities, titles, namer.honorifics)
    region = dominant_region(entities, namer)
    for m in entities:
        m.scoped = m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ == "se"
        if m.entity is None:
            m.entity = m.extra.get("entity") or _entity(m, namer, region)
    # "Pemerintah Aceh" names a region's government; "Pemerintah Jepang" no region the gazetteer knows
    entities = [m for m in entities if not (m.rule == "gov-region-plain" and m.entity is None)]
    short = _short_unit_names(doc, entities, Lexicon.from_rules(namer.rules).recipient_nouns)
    short += _other_names(doc, entities, short)
    # "Batu Lawang" (a village named again) is not the region "Batu" inside it
    entities = [m for m in entities if not (m.label == "REGION" and
                                            any(s.start <= m.start and m.end <= s.end for s in short))]
    entities = sorted(entities + short, key=lambda m: m.start)
    persons = _persons(doc, titles, entities, namer, stopwords)
    persons += _persons_in_capacity(doc, titles, entities + persons, namer)
    persons += _persons_before_degrees(doc, entities + persons + titles + cues, titles, namer)
    mentions = entities + persons + titles + cues
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _shared_name_governments(doc: Doc, entities: list[Mention], namer: Namer) -> list[Mention]:
    """"Pemkab dan Pemkot Magelang", "Kabupaten dan Kota Blitar": two governments of one region's
    name, the first told by its kind word alone before the join."""
    kinds = Lexicon.from_rules(namer.rules).kind_words
    taken = {i for m in entities for i in range(m.start, m.end)}
    found = []
    for m in entities:
        k = m.start
        if m.label != "GOV" or k < 2 or doc[k - 1].lower_ not in {"dan", "serta", "&"} or k - 2 in taken:
            continue
        first, second = kinds.get(doc[k - 2].lower_), kinds.get(doc[k].lower_)
        government = namer.government(m.text)
        if not first or not second or first == second or government is None or not government.region:
            continue
        proper = government.region.split(" ", 1)[-1]
        if first not in namer.regions.kinds(proper):
            continue
        span = doc[k - 2:k - 1]
        found.append(Mention("GOV", k - 2, k - 1, span.start_char, span.end_char, span.text, "gov-shared-name",
                             entity=namer.regions.government(first, proper, as_written=f"{span.text} {proper}")))
    return found


def _field_of_work(doc: Doc, m: Mention) -> bool:
    """"berprestasi di bidang pendidikan", "Kepala Bidang Pemuda": a field someone works in or
    an office's division, not a category of an award ("Juara I bidang pendidikan")."""
    return m.label == "CATEGORY" and doc[m.start].lower_ == "bidang" and m.start > 0 and \
        (doc[m.start - 1].lower_ in {"di", "dalam", "pada", "kepala", "kabid", "sekretaris"} or doc[m.start].text == "Bidang"
         and doc[m.start - 1].text[:1].isupper())


_SHORTENED = {"desa", "kelurahan", "puskesmas"}  # heads a unit is named again without ("Sumber Agung", "Kembaran I")


def _short_unit_names(doc: Doc, entities: list[Mention], class_nouns: frozenset) -> list[Mention]:
    """"Desa Sumber Agung … Sumber Agung lebih dulu menjuarai …", "Kelompok Tani Hutan (KTH)
    Wana Lestari … KTH Wana Lestari": a village named again by its own name, a unit by its
    abbreviation and name, where no other mention covers it."""
    table = token_table(doc)
    taken = [(m.start, m.end) for m in entities if m.label != "REGION"]
    found = []
    defined = Counter(_bracketed(table.text[m.start:m.end]) for m in entities if m.label == "UNIT")
    for m in entities:
        head = m.extra.get("head")
        if m.label != "UNIT" or head is None or m.entity is None:
            continue
        words = table.text[m.start:m.end]
        forms = []
        abbreviation = _bracketed(words)
        if abbreviation:
            # "Kelompok Tani Hutan (KTH) Wana Lestari" … "KTH Wana Lestari"; "Universitas X (UNIX)
            # Kotabaru" … "UNIX" alone, when no other unit the article names is abbreviated so
            bracket = words.index("(")
            forms.append((words[bracket + 1], *words[bracket + 3:]))
            if len(abbreviation) >= 3 and abbreviation.isupper() and defined[abbreviation] == 1 and \
                    len(forms[0]) > 1 and abbreviation.lower() not in class_nouns:  # ("BUMN": a kind)
                forms.append((abbreviation,))
            elif len(forms[0]) == 1 and len(abbreviation) >= 4 and abbreviation[:1].isupper() and \
                    defined[abbreviation] == 1 and abbreviation.lower() not in class_nouns:
                # "Dinas Komunikasi … (Diskominfotik)" … "Diskominfotik": a short name closing the name
                _find_again(doc, table, m, head, forms[0], taken, found, defined_short=True)
                forms = []
            elif len(forms[0]) == 1:
                forms = []
        elif head.type in _SHORTENED:
            forms.append(tuple(table.text[m.start + len(head.words):m.end]))
        for proper in forms:
            _find_again(doc, table, m, head, proper, taken, found)
    return found


def _other_names(doc: Doc, entities: list[Mention], short: list[Mention]) -> list[Mention]:
    """"PT Kereta Api Indonesia (Persero) atau KAI … KAI juga menyabet …", "PT Semen Indonesia
    (Persero) Tbk (SIG)": a company or unit's other name, written alone later, is the body again."""
    table = token_table(doc)
    text = table.text
    taken = [(m.start, m.end) for m in entities + short if m.label != "REGION"]
    found: list[Mention] = []
    for m in entities:
        if m.label not in ("COMPANY", "UNIT") or m.entity is None:
            continue
        k = m.end
        if k + 1 < len(text) and table.lower[k] in {"tbk", "tbk."} and table.lower[k + 1] == "atau":
            k += 1  # "PT X (Persero) Tbk atau BRI"
        if k + 2 < len(text) and text[k] == "(" and text[k + 2] == ")" and text[k + 1].isupper() and \
                len(text[k + 1]) >= 2 and text[k + 1] not in text[m.start:m.end]:
            proper, end = (text[k + 1],), k + 3  # "… Tbk (SIG)"
        elif k + 1 < len(text) and table.lower[k] == "atau" and text[k + 1][:1].isupper():
            end = k + 1
            while end < len(text) and end - k <= 3 and text[end][:1].isupper() and text[end].isalnum():
                end += 1
            proper = tuple(text[k + 1:end])
            if any(a <= k + 1 < b for a, b in taken) or not proper:
                continue  # "… atau Pemkab X": another body named
            if not (end < len(text) and text[end] == "("):  # the mention reads on over its other name
                _end_at(doc, m, end)
        else:
            continue
        if len(proper) == 1 and not (proper[0].isupper() or len(proper[0]) >= 5):
            continue
        _find_again(doc, table, replace(m, end=end), m.extra.get("head"), proper, taken, found,
                    label=m.label, rule="other-name")
    return found


def _bracketed(words) -> str | None:
    """The abbreviation a unit's name defines in brackets: "… (KTH) …" gives "KTH"."""
    if "(" in words and words.index("(") + 2 < len(words) and words[words.index("(") + 2] == ")":
        return words[words.index("(") + 1]
    return None


def _find_again(doc, table, m, head, proper, taken, found, label="UNIT", rule="unit-short-name",
                defined_short: bool = False) -> None:
    """Every later place the article writes ``proper`` alone: the unit ``m`` again (``defined_short``:
    a one-word short name the article defined in brackets)."""
    if head is not None and len(proper) < 2 and head.type not in _SHORTENED and \
            not (len(proper) == 1 and (proper[0].isupper() or defined_short)) or \
            not proper or not all(w[:1].isupper() and w.replace("-", "").isalnum() for w in proper):
        return
    n = len(proper)
    for k in range(m.end, len(table.text) - n + 1):
        # (a capitalised word before it goes on with another name, unless it is a function word
        # opening the sentence: "Adapun Sumber Agung …")
        if tuple(table.text[k:k + n]) != tuple(proper) or table.text[k - 1][:1].isupper() and not (
                doc[k - 1].is_sent_start and doc[k - 1].is_stop) or \
                (k + n < len(table.text) and table.text[k + n][:1].isupper()) or \
                any(a < k + n and k < b for a, b in taken):
            continue
        span = doc[k:k + n]
        found.append(Mention(label, k, k + n, span.start_char, span.end_char, span.text,
                             rule, entity=m.entity, extra={"head": head} if head is not None else {}))
        taken.append((k, k + n))


def _units(doc: Doc, namer: Namer) -> list[Mention]:
    """Units named by a head word (rules/units.json ``heads``)."""
    heads = unit_heads(namer.rules)
    regions = region_matcher(namer.rules)
    table = token_table(doc)
    words, lower = table.text, table.lower
    award_words = {w for kind in namer.rules.awards["kinds"] for w in kind["any"] if " " not in w}
    found = []
    i, n = 0, len(words)
    while i < n:
        if words[i] not in heads.by_first:
            i += 1
            continue
        read = heads.read(words, i, n, lambda k: regions.at(lower, words, k))
        if read is None:
            i += 1
            continue
        end, head = read
        end = _spelled_on(words, i, end)
        if _value_after_name(doc, words, i + len(head.words), end):
            end -= 1
        if head.type == "company" and i > 0 and words[i - 1] == "PT":
            i -= 1  # "PT Bank Pembangunan Daerah Jawa Timur Tbk": the company form opens the name
        if head.regional:  # "Dinas Kesehatan Jawa Timur": the region qualifies the unit
            k = i + len(head.words)
            while k < end and regions.at(lower, words, k) is None and words[k] not in _REGION_WORDS:
                k += 1  # ("Bappeda Kabupaten X": the region opens at its kind word)
            end = k if k > i + len(head.words) or head.alone else end
        if end > i and not any(w.lower() in award_words for w in words[i + len(head.words):end]):
            # (not "Desa Antikorupsi", "Sekolah Adiwiyata": a class of award, no unit)
            span = doc[i:end]
            found.append(Mention("UNIT", i, end, span.start_char, span.end_char, span.text,
                                 f"unit-head:{head.type}", extra={"head": head}))
        i = max(end, i + 1)
    return found


_NUMBERED = frozenset({"Negeri", "Kelas", "No", "No.", "Nomor", "Inpres", "Swasta"})  # "SMA Negeri 70"


def _value_after_name(doc: Doc, words, start: int, end: int) -> bool:
    """"Puskesmas Sidomulyo 81, Kutai Kartanegara 82,43": a whole number closing a unit's name
    after a proper word, in a sentence of decimal values, is the unit's value (not "Puskesmas X 2",
    "SMA Negeri 70")."""
    last = words[end - 1]
    if end - start < 2 or not last.isdigit() or int(last) < 20 or words[end - 2] in _NUMBERED or \
            not words[end - 2][:1].isupper() or end < len(words) and words[end] not in {",", ".", ";", "dan", "serta"}:
        return False
    sentence = doc[start].sent
    return any("," in t.text and t.text.replace(",", "").isdigit() for t in sentence)


def _spelled_on(words, start: int, end: int) -> int:
    """"Kelompok Tani Hutan Desa (KTHD) Wana Asri": a name that reads on, through
    another head word, to a bracketed abbreviation its capitals spell, and the proper name
    after it."""
    close = next((k for k in range(end, min(len(words) - 2, end + 3)) if words[k] == "("), None)
    if close is None or words[close + 2] != ")" or close == end and "(" in words[start:end]:
        return end
    abbreviation, spelled = words[close + 1], words[start:close]
    if not all(w[:1].isupper() for w in spelled) or \
            "".join(w[0] for w in spelled).upper() != abbreviation.upper() or len(abbreviation) < 3:
        return end
    after = close + 3
    while after < len(words) and words[after][:1].isupper() and words[after].isalpha() and after - close <= 6:
        after += 1
    return after


def _market_day_name(doc: Doc, m: Mention, weekdays: set[str]) -> None:
    """"Puskesmas Balai Selasa", "Kecamatan Pasar Minggu": a weekday closing a place's name (a market
    day), not the day of an event, which a date, "kemarin" or "lalu" follows ("… X Selasa (20/1)")."""
    i = m.end
    if i >= len(doc) or doc[i].text not in weekdays or i - m.start < 2 or not _NAME_TOKEN.match(doc[i - 1].text):
        return
    after = doc[i + 1] if i + 1 < len(doc) else None
    ends = after is None or "\n" in doc[i].whitespace_ or after.text in {".", ";", ")"} or \
        after.lower_ in {"dan", "serta"} or after.text == "," and not (i + 2 < len(doc) and doc[i + 2].is_digit)
    if ends:
        _end_at(doc, m, i + 1)


_SCOPE_KINDS = {"Kabupaten", "Kota", "Provinsi", "Kecamatan"}


def _scope_after_abbreviation(doc: Doc, m: Mention, candidates: list[Mention]) -> None:
    """"Forum Kerukunan Umat Beragama (FKUB) Kabupaten X": a region named with its kind right after
    the unit's abbreviation is the unit's scope, part of its name."""
    head = m.extra.get("head")
    if m.end - m.start < 4 or doc[m.end - 1].text != ")" or m.end >= len(doc) or doc[m.end].text not in _SCOPE_KINDS \
            or head is None or head.regional:  # (a regional unit reads its region itself)
        return
    region = next((c for c in candidates if c.label == "GOV" and c.start == m.end), None)
    if region is not None:
        _end_at(doc, m, region.end)


def _fit_to_known_region(doc: Doc, m: Mention, namer: Namer) -> None:
    """"Kota Tanjung Pinang Kepulauan Riau": the kota's name is what the gazetteer knows;
    the province after it locates it. A known name the pattern cut short ("Tojo Una-Una")
    is read whole."""
    table = token_table(doc)
    first = m.start + 1
    while first < m.end and (table.text[first] in _REGION_WORDS or table.text[first] in {"(", ")", "."}
                             or table.lower[first] in {"pemkot", "pemko", "pemkab", "pemprov"}):
        first += 1
    regions = region_matcher(namer.rules)
    end = regions.at(table.lower, table.text, first) if first < m.end else None
    # (a capitalised verb only in a headline: in running text, "Batu Bersurat meraih" is a name)
    headline = m.end >= len(table.text) or table.text[m.end][:1].isupper()
    if end is not None and (end < m.end and (regions.at(table.lower, table.text, end) is not None
                                             or (_verb_form(table.lower[end]) and headline)
                                             or table.text[end][:1].isdigit())  # ("Kota X 94,": its value)
                            or end > m.end):  # "Tojo Una-Una", "Pangkajene dan Kepulauan": all of it
        _end_at(doc, m, end)


def _verb_form(word: str) -> bool:
    """"Targetkan", "Meraih", "Raih": a capitalised verb in a headline is no part of a name."""
    return word.endswith("kan") or word.startswith(("meng", "mem", "men", "ber", "di")) and len(word) > 5 \
        or word in {"raih", "terima", "sabet", "boyong"}


def _regions(doc: Doc, entities: list[Mention], titles: list[Mention], namer: Namer) -> list[Mention]:
    """Bare region names ("Sleman", "Jawa Timur", "Jatim") outside other mentions."""
    regions = region_matcher(namer.rules)
    table = token_table(doc)
    taken = {i for m in entities + titles for i in range(m.start, m.end)}
    title_ends = {t.end for t in titles}
    language = namer.rules.language  # a month or a weekday after a place is no part of its name
    calendar = {w.lower() for w in language["months"]} | {w.lower() for w in language["weekdays"]}
    features = set(namer.rules.regions.get("feature_words", []))
    found = []
    i, n = 0, len(doc)
    while i < n:
        end = regions.at(table.lower, table.text, i) if i not in taken else None
        if end is None or taken.intersection(range(i, end)):
            i += 1
            continue
        if i > 1 and i - 1 not in taken and table.text[i - 1].isalpha() and table.text[i - 1][:1].isupper() and \
                table.text[i - 2].isalpha() and table.text[i - 2][:1].isupper() and i - 2 not in taken and \
                not doc[i - 2].is_sent_start and table.text[i - 1] not in _REGION_WORDS and \
                regions.at(table.lower, table.text, i - 1) is None:
            i = end  # "Rama Wijaya Bantul": a place's name closing a longer name is a surname
            continue
        if i > 0 and table.text[i - 1] in features:
            i = end  # "Sungai Kapuas", "Jalan Sleman": a river's or a street's name
            continue
        text = table.doc_text[table.idx[i]:table.idx[end - 1] + len(table.text[end - 1])]
        candidates = regions.candidates(text)
        # "Padang Genting": a known name that goes on in capitals is another place's name, of
        # the same kinds (the gazetteer keeps its written form)
        longer = end  # (not after a title: "Bupati Sleman Rama Wijaya" names the person after it,
        # nor after a role's "asal": "Seniman asal Sleman Rudi Hartono")
        after_role = i >= 2 and table.lower[i - 1] in _WHERE_FROM and i - 1 in title_ends
        while i not in title_ends and not after_role and longer < n and longer - end < 2 and longer not in taken and table.text[longer].isalpha() and \
                table.text[longer][:1].isupper() and not table.text[longer].isupper() and \
                regions.at(table.lower, table.text, longer) is None and \
                table.lower[longer] not in calendar and not _verb_form(table.lower[longer]):
            longer += 1
        if longer > end:
            end = longer
            text = table.doc_text[table.idx[i]:table.idx[end - 1] + len(table.text[end - 1])]
            candidates = frozenset({("kabupaten", text), ("kota", text)})  # its kind: the words around it
        found.append(Mention("REGION", i, end, table.idx[i], table.idx[i] + len(text), text,
                             "gazetteer", extra={"candidates": candidates}))
        i = end
    return found


_BODY_LINKS = {"dan", "&", "of", "for", "the"}


def _defined_bodies(doc: Doc, taken: list[Mention], spans, namer: Namer) -> list[Mention]:
    """"Pusat Kajian Tata Kelola Daerah (PKTKD)": a body the article names in
    full with its abbreviation — its capitals spell it — where no other mention covers it."""
    texts = token_table(doc).text
    award_words = {w.lower() for kind in namer.rules.awards["kinds"] for w in kind["any"]}
    award_nouns = Lexicon.from_rules(namer.rules).award_nouns.words
    covered = {i for m in taken for i in range(m.start, m.end)} | \
        {i for s in spans if s.label_ in ("AWARD_HEAD", "GRADE", "CATEGORY") for i in range(s.start, s.end)}
    lower = token_table(doc).lower
    receive = Lexicon.from_rules(namer.rules).receive
    # ("Indeks Pembangunan Literasi Masyarakat (IPLM) X": a measure named in full, not a body)
    scale_words = set(namer.rules.language["score_words"])
    found = []
    for k in range(2, len(texts) - 2):
        if texts[k] != "(" or texts[k + 2] != ")" or not re.fullmatch(r"[A-Z][A-Za-z]{1,9}", texts[k + 1]):
            continue
        abbr = texts[k + 1]
        start = k
        while start > 0 and (texts[start - 1][:1].isupper() or texts[start - 1].lower() in _BODY_LINKS) \
                and texts[start - 1].isalpha() and start - 1 not in covered:
            start -= 1
        while start < k and texts[start].lower() in _BODY_LINKS:
            start += 1
        words = [w for w in texts[start:k] if w.lower() not in _BODY_LINKS]
        initials = "".join(w[0] for w in words)
        before = texts[start - 1].lower() if start else ""
        j = start - 1  # "di Teater X, Taman Budaya Kali Jernih (TBKJ)": an address goes on
        while j > 0 and start - j <= 6 and (texts[j][:1].isupper() or texts[j] == ","):
            j -= 1
        if j >= 0 and j < start - 1 and texts[j].lower() in {"di", "ke"}:
            before = texts[j].lower()
        if len(words) < 3 or initials.upper() != "".join(c for c in abbr if c.isupper()) or \
                words[0].lower() in scale_words or \
                abbr.lower() in award_words or any(w.lower() in award_words for w in words) or \
                before in award_nouns or before in {"di", "ke"} or _conferred_as(lower, start, receive):
            continue  # an award's name ("penghargaan Karya Bakti Lestari (KBL)"), a venue, a title
            # conferred ("ditetapkan sebagai Kawasan Tertib Lalu Lintas (KTL)")
        span = doc[start:k + 3]
        name = doc[start:k].text
        found.append(Mention("UNIT", start, k + 3, span.start_char, span.end_char, span.text,
                             "defined-body", entity=Entity(name, "lembaga", aliases=(abbr, span.text))))
    return found


def _conferred_as(lower: tuple[str, ...], start: int, receive) -> bool:
    """A receive verb that names what is won after "sebagai"/"menjadi" ends right before ``start``."""
    return start > 0 and lower[start - 1] in ("sebagai", "menjadi") and any(
        phrase[-1] == lower[start - 1] and lower[max(0, start - len(phrase)):start] == phrase
        for phrase in receive.phrases)


def _bare_names(doc: Doc, entities: list[Mention], titles: list[Mention],
                namer: Namer) -> list[Mention]:
    """"Lembah Hijau", "Dermaga Nusantara": once the article has named "Pemkab Lembah Hijau" or
    "PT Dermaga Nusantara (Persero)", the bare proper name refers to the same actor."""
    names: dict[tuple[str, ...], set] = {}
    entity_of: dict[str, Entity] = {}
    regions = region_matcher(namer.rules)
    for m in entities:
        entity = _entity(m, namer, None) if m.label in ("GOV", "COMPANY") else None
        if entity is None:
            continue
        if m.label == "GOV":
            proper = entity.region.split(" ", 1)[1] if entity.region and " " in entity.region else ""
            if regions.candidates(proper):
                continue  # a known region: the gazetteer finds it, with all its kinds
        else:
            proper = re.sub(r"^PT\s+|\s*\((Persero|Perseroda)\)|\s+Tbk\.?$", "", entity.name).strip()
        words = tuple(proper.split())
        if words and all(w[:1].isupper() for w in words):
            names.setdefault(words, set()).add(entity.name)
            entity_of[entity.name] = entity
    taken = {i for m in entities + titles for i in range(m.start, m.end)}
    found = []
    texts = token_table(doc).text
    for words, owners in names.items():
        if len(owners) != 1:  # "Semarang": the city or the regency? leave it
            continue
        entity = entity_of[next(iter(owners))]
        n = len(words)
        for i in range(len(doc) - n + 1):
            if texts[i] != words[0] or tuple(texts[i:i + n]) != words:
                continue
            if taken.intersection(range(i, i + n)):
                continue
            span = doc[i:i + n]
            found.append(Mention("GOV" if entity.type.startswith("pem") else "COMPANY",
                                 i, i + n, span.start_char, span.end_char, span.text,
                                 "bare-name", extra={"entity": entity}))
            taken.update(range(i, i + n))
    return found


def dominant_region(entities: list[Mention], namer: Namer) -> str | None:
    """The region the article is about: the most often named government, first on ties."""
    counts: dict[str, int] = {}
    for m in entities:
        # (a regional body names its region too: "Komisi Informasi Provinsi Bengkulu")
        office = namer.regional_office(m.text) if m.label == "GIVER" else None
        text = m.text if m.label == "GOV" else office[1] if office else None
        if text and not m.scoped:
            government = namer.government(text)
            if government and government.region:
                counts[government.region] = counts.get(government.region, 0) + 1
    return max(counts, key=lambda r: counts[r]) if counts else None


def _mention(doc: Doc, span) -> Mention:
    return Mention(span.label_, span.start, span.end, span.start_char, span.end_char,
                   span.text, span.id_ or span.label_)


def _neighbourhood_units(doc: Doc, entities: list[Mention]) -> list[Mention]:
    """"RW <n> Kelurahan <name>", "RT <n> Desa <name>": a neighbourhood unit is named with the village
    it lies in, told right after it; "RW <n>" alone names no one place."""
    starts = {m.start: m for m in entities if m.label == "UNIT"}
    merged: set[int] = set()
    for m in entities:
        head = m.extra.get("head")
        village = starts.get(m.end)
        if m.label != "UNIT" or head is None or head.type != "rw" or village is None or \
                village.extra.get("head") is None or village.extra["head"].type not in ("desa", "kelurahan"):
            continue
        _end_at(doc, m, village.end)
        merged.add(village.start)
    return [m for m in entities if not (m.label == "UNIT" and m.start in merged)]


def _end_at(doc: Doc, m: Mention, end: int) -> None:
    """The mention ``m`` read on (or cut) to end before token ``end``: its span and its text."""
    m.end, m.end_char = end, doc[end - 1].idx + len(doc[end - 1].text)
    m.text = token_table(doc).doc_text[m.start_char:m.end_char]


def _longest(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), -_PRIORITY.get(m.label, 0), m.start)):
        if taken.isdisjoint(range(m.start, m.end)):
            chosen.append(m)
            taken.update(range(m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)


_REGIONAL_LEVELS = {"Provinsi", "Kabupaten", "Kota"}


def _extend_office(doc: Doc, m: Mention, regional: bool, namer: Namer) -> None:
    """"Ombudsman RI" + "Perwakilan Jawa Tengah": the regional office is part of the giver; so
    is the region of a body with an office in each region (``regional``: "Komisi Informasi (KI)
    Provinsi Bengkulu", "PWI Jawa Timur", "PWI Jatim": a province named alone)."""
    i = m.end
    if m.text.casefold() in namer.office_aliases:  # "BNNP Jambi", "BNNK Sleman": the office's region
        j = i
        while j < len(doc) and _NAME_TOKEN.match(doc[j].text) and j - i < 3:
            j += 1
        while j > i and namer.regional_office(token_table(doc).doc_text[m.start_char:doc[j - 1].idx +
                                                                         len(doc[j - 1].text)]) is None:
            j -= 1
        if j > i:
            _end_at(doc, m, j)
        return
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # its abbreviation, then its region
    province = region_matcher(namer.rules).at(token_table(doc).lower, token_table(doc).text, i) \
        if regional and i < len(doc) else None
    if province is not None and namer.regions.proper("provinsi", doc[i:province].text) is not None:
        _end_at(doc, m, province)
        return
    after = i + 4 if i + 4 < len(doc) and doc[i + 1].text == "(" and doc[i + 3].text == ")" else i + 1
    if regional and after < len(doc) and doc[i].text in _REGIONAL_LEVELS and _NAME_TOKEN.match(doc[after].text):
        j = after  # ("Badan Narkotika Nasional Provinsi (BNNP) Jambi": the office's abbreviation inside)
        while j < len(doc) and _NAME_TOKEN.match(doc[j].text) and doc[j].text not in _REGIONAL_LEVELS and j - after <= 2:
            j += 1
        _end_at(doc, m, j)
        return
    if i > m.end and i < len(doc) and namer.giver_by_alias.get(f"{m.text} {doc[i].text}".casefold()) not in (
            None, namer.giver_by_alias.get(m.text.casefold())):
        # "Komisi Informasi (KI) Pusat": the abbreviation told inside another known body's name
        _end_at(doc, m, i + 1)
        return
    i = m.end
    if i < len(doc) and doc[i].text == "Perwakilan":
        j = i + 1
        if j < len(doc) and doc[j].text == "Provinsi":
            j += 1
        while j < len(doc) and _NAME_TOKEN.match(doc[j].text) and j - i <= 4:
            j += 1
        if j > i + 1:
            _end_at(doc, m, j)


def _mark_qualifiers(doc: Doc, entities: list[Mention], titles: list[Mention], honorifics) -> None:
    """A region right after a unit or title (allowing "(ABBR)") qualifies it."""
    anchors = {m.end: m for m in entities if m.label in ("UNIT", "UNIT_ALIAS")}
    anchors.update({t.end: t for t in titles})
    for m in entities:
        if m.label not in ("GOV", "REGION"):
            continue
        i = m.start
        anchor = anchors.get(i)  # (a unit read with its abbreviation ends right before the region)
        # skip a parenthesised abbreviation between anchor and region: "Dinas X (DX) Kota Y"
        if anchor is None and i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(":
            anchor = anchors.get(i - 3)
        if anchor is not None and anchor.label == "TITLE" and m.label == "REGION":
            _name_to_comma(doc, m, honorifics)
        if anchor is not None and "region_text" not in anchor.extra:
            m.qualifier_of = anchor.start
            anchor.extra["region_text"] = m.text
            anchor.extra["region_end"] = m.end
            anchor.extra["region_mention"] = m


def _name_to_comma(doc: Doc, m: Mention, honorifics) -> None:
    """"Sekda Padang Genting, Drs. X": after a title, a place name the gazetteer knows only in
    part runs on to the comma before the person's honorific."""
    on = m.end
    while on < len(doc) and on - m.end < 2 and doc[on].text[:1].isupper() and doc[on].is_alpha:
        on += 1
    honorific = on + 1 < len(doc) and (doc[on + 1].text.casefold() in honorifics or
                                       doc[on + 1].text.casefold() + "." in honorifics)
    if on > m.end and doc[on].text == "," and honorific:
        _end_at(doc, m, on)
        m.extra["candidates"] = frozenset({("kabupaten", m.text), ("kota", m.text)})


def _entity(m: Mention, namer: Namer, region: str | None) -> Entity | None:
    if m.label == "GOV":
        return namer.government(m.text)
    if m.label == "REGION":
        return region_entity(m, namer, None)
    if m.label == "UNIT":
        return unit_entity(m, namer, region)
    if m.label == "UNIT_ALIAS":
        return namer.unit(m.text, _own_region(m, namer) or region)
    if m.label == "GIVER":
        return namer.giver(m.text)
    if m.label == "COMPANY":
        return namer.company(m.text)
    return None


def region_entity(m: Mention, namer: Namer, hint: str | None, default: str | None = None) -> Entity | None:
    """The government a bare region mention stands for, when its kind is known."""
    from .regions import resolve_kind
    kinds = {kind for kind, _ in m.extra.get("candidates", ())}
    kind = resolve_kind(kinds, hint, default)
    if kind is None:
        return None
    return namer.regions.government(kind, m.text)


def _own_region(m: Mention, namer: Namer) -> str | None:
    """The region named right after a unit: "Kota Tangerang", "Jawa Timur" (a province)."""
    qualifier = m.extra.get("region_mention")
    if qualifier is None:
        return None
    entity = qualifier.entity or qualifier.extra.get("entity") or (
        namer.government(qualifier.text) if qualifier.label == "GOV"
        else region_entity(qualifier, namer, None, "provinsi"))
    return entity.region if entity is not None else None


def unit_entity(m: Mention, namer: Namer, region: str | None) -> Entity:
    """A unit named by its head. One named by its function carries its region ("Dinas Sosial
    Kota Tangerang", the article's region when it names none); others keep their own name and
    a region written right after it ("Baznas Provinsi Kalimantan Selatan")."""
    head = m.extra["head"]
    own = _own_region(m, namer)
    if head.regional:
        return namer.unit(m.text, own or region)
    text = " ".join(m.text.split())
    written = m.extra.get("region_text")
    proper = [w for w in text.split()[len(head.words):] if not (w.isupper() or w.strip("()").isupper())]
    if written and written.split()[0] in _REGION_WORDS and not proper:
        text = f"{text} {written}"  # "Baznas Provinsi X", "Kanwil BPN Provinsi X": named by region
    # "Bank Nusa Raya Sejahtera (BNRS)": the abbreviation that closes a name is another name for it
    text = _CLOSING_ABBREVIATION.sub("", text) if len(text.split()) > 2 else text
    # "Perusahaan Umum Daerah (Perumda) Air Minum Kota X": the head's abbreviation, then the name
    words = text.split()
    n = len(head.words)
    if len(words) > n + 1 and re.fullmatch(r"\([A-Z][A-Za-z]{1,9}\)", words[n]) and len(head.words) > 1:
        text = " ".join(words[:n] + words[n + 1:])
    return Entity(text, head.type, region=own, aliases=(m.text,))


_CLOSING_ABBREVIATION = re.compile(r"\s*\((?!Persero\)|Perseroda\))[A-Z][A-Za-z-]{1,9}(?:\s+[A-Z][\w-]*){0,3}\)$")


_WHERE_FROM = {"di", "pada", "dari", "asal"}  # "perawat di Puskesmas X, dr. Y", "petani asal Desa X, Y"


def _persons(doc: Doc, titles: list[Mention], entities: list[Mention], namer: Namer,
             stopwords: set[str]) -> list[Mention]:
    """"<title> [(abbr)] [unit/region], <Name>": a person named after an official's title."""
    regions = region_matcher(namer.rules)
    table = token_table(doc)
    ends = {m.start: m.end for m in entities}
    persons = []
    in_title = {i for t in titles for i in range(t.start, t.end)}
    lexicon = Lexicon.from_rules(namer.rules)
    leads, unit_nouns = lexicon.recipient_leads, lexicon.recipient_nouns
    origins = {w.casefold() for w in namer.rules.titles.get("origin_words", ())}
    merits = lexicon.superlatives | lexicon.merit_words
    for title in titles:
        before = doc[title.start - 1] if title.start else None
        if before is not None and before.text[:1].isupper() and before.i not in in_title \
                and not doc[title.start].is_sent_start and before.lower_ not in leads:
            continue  # "Istana Wakil Presiden, Jakarta": a title inside a proper name (not "Seorang guru …")
        i = title.extra.get("region_end", title.end)
        if i < len(doc) and doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
            i += 3
        region_end = regions.at(table.lower, table.text, i) if "region_end" not in title.extra \
            and i < len(doc) else None
        if region_end is not None:  # "Gubernur Bali Sang Made …": a region the gazetteer knows
            title.extra["region_end"] = i = region_end
            title.extra["region_text"] = table.doc_text[table.idx[title.end]:table.idx[i - 1] + len(table.text[i - 1])]
        if i < len(doc) and doc[i].lower_ == "bidang":
            i = _fields_end(doc, i + 1) or i  # "Wakil Rektor Bidang Perencanaan, Sistem Informasi, dan Keuangan, Name"
        # "Direktur Produksi PT X, Name": a department between the title and its unit
        # "Direktur SDM dan Umum, Name": or a department alone
        k = i
        while k < len(doc) and k - i < 4 and k not in ends and (
                _NAME_TOKEN.match(doc[k].text) or (doc[k].lower_ == "dan" and k > i)):
            k += 1
        department = any(t.lower_ == "dan" or (t.text.isupper() and t.text.isalpha() and len(t.text) > 1)
                         for t in doc[i:k]) and not (i < len(doc) and doc[i].text.casefold() in namer.honorifics)
        # ("Kapolres AKBP Rudi Hartono, S.I.K.": a rank, then the name)
        if k > i and k < len(doc) and (k in ends or (doc[k].text == "," and department)) \
                and doc[k - 1].lower_ != "dan":
            i = k
        while i in ends:  # "Kepala DPMPTSP Kota Tangerang"
            i = ends[i]
        role = title.rule.startswith("role:")
        qualified = "region_end" in title.extra
        named_directly = False
        if role:  # "Penggiat wisata bahari Yohanes Lamuri": a role's lower-case field, then the name
            k = i
            while k < len(doc) and k - i < 3 and doc[k].is_alpha and doc[k].text.islower() and \
                    doc[k].lower_ not in stopwords and doc[k].lower_ not in _WHERE_FROM:
                k += 1
            if k > i and k < len(doc) and (doc[k].text[:1].isupper() or doc[k].lower_ in _WHERE_FROM or
                                           doc[k].text.casefold() in namer.honorifics or  # ("… kandungan dr. Y")
                                           doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
                i = k
                while i in ends:  # "Dokter spesialis anak RSUD X, dr. Y": the field, then the workplace
                    i = ends[i]
        if i + 1 < len(doc) and doc[i].lower_ in _WHERE_FROM and i + 1 in ends:
            i = ends[i + 1]  # "perawat di Puskesmas X, dr. Lina": where the person works, then the name
            while i in ends:
                i = ends[i]
        if i < len(doc) and doc[i].text != "," and not qualified:
            # "Kepala Desa Sumber Agung, Slamet": what the title heads, unknown to the gazetteer;
            # after a role only when the name is closed off and a predicate follows ("Jurnalis
            # Harian X, Name, meraih …"), not in a list of persons with the role ("A, B, dan C")
            k = _capitalised_run(doc, i)
            # ("Kepala Tata Usaha puskesmas, dr. X": the unit told again by its lower-case noun)
            while k < len(doc) and k - i < 5 and doc[k].text.islower() and doc[k].lower_ in unit_nouns:
                k += 1
            name = _after_honorifics(doc, k + 1, namer)
            if k > i and k < len(doc) and doc[k].text == "," and _name_then_break(doc, name) and \
                    (not role or _apposition_closed(doc, name)):
                i = k
            elif k > i and k + 1 < len(doc) and doc[k].text == "," and not role and _degree_at(doc, k, namer):
                named_directly = True  # "Wali Kota Hendra Dwi Lestari, M.Kes.": degrees close a name, no place
        if i + 1 < len(doc) and doc[i].text == "," and (i + 1 in ends or doc[i + 1].text in _REGION_WORDS):
            while i + 1 < len(doc) and doc[i].text == "," and i + 1 in ends:
                i = ends[i + 1]  # "Kepala Desa X, Kecamatan Y, H. Name": the place, then the person
            if i >= len(doc) or doc[i].text != "," or doc[i + 1].text in _REGION_WORDS:
                continue  # "bidan Puskesmas X, Kabupaten Y": the unit's place, and no person after it
        if i < len(doc) and doc[i].text != "," and (role or qualified or named_directly or
                                                     doc[i].text.casefold() in namer.honorifics):
            i -= 1  # "Penyanyi Raka Pradipta", "Wali Kota Muara Baru Yusuf Hidayat", "Kapolres AKBP X": no comma
        elif i >= len(doc) or doc[i].text != ",":
            continue
        j = _name_end(doc, i + 1, namer, stopwords)
        if department and doc[i].text == "," and j + 1 < len(doc) and doc[j].lower_ == "dan" and \
                doc[j + 1].text[:1].isupper():
            # "Kepala Dinas Pemberdayaan Masyarakat dan Desa, Kependudukan dan Pencatatan Sipil (X)
            # Provinsi Y, Name": the department goes on after its comma; the name follows the next
            comma = next((c for c in range(j, min(len(doc), j + 12)) if doc[c].text == ","), None)
            if comma is None:
                continue
            i, j = comma, _name_end(doc, comma + 1, namer, stopwords)
        if j == i + 2 and role and (doc[i + 1].text.casefold() in origins or doc[i + 1].lower_ in merits):
            continue  # "penyanyi Minang yang …", "penari Bali": where the art comes from; "Perawat Teladan": a title of merit
        if j > i + 1 + (region_end is not None):  # "Gubernur Bali Jayasabha": a building
            span = doc[i + 1:j]
            name = namer.person_name(span.text)
            if name and len(name) > 2:
                persons.append(Mention("PERSON", span.start, span.end, span.start_char,
                                       span.end_char, span.text, f"person-after-{title.rule}",
                                       entity=Entity(name, "person"),
                                       extra={"title_start": title.start, "role": role,
                                              "title": title}))
    return persons


def _name_end(doc: Doc, j: int, namer: Namer, stopwords: set[str]) -> int:
    """Where a person's name starting at token ``j`` ends (honorifics and short stops within)."""
    while j < len(doc) and (_NAME_TOKEN.match(doc[j].text) or
                            doc[j].text.casefold() in namer.honorifics or
                            _honorific_stop(doc, j, namer) or _short_name_stop(doc, j)):
        if doc[j].text.lower() in stopwords and doc[j].text.casefold() not in namer.honorifics:
            break
        j += 1
    return j


def _degree_at(doc: Doc, k: int, namer: Namer) -> bool:
    """Academic degrees follow at token ``k`` (", M.Kes.", ", Sp.A"): a name ended before them."""
    text = doc[k:min(len(doc), k + 4)].text
    match = namer.degrees.match(text)
    if match is None or match.end() <= 2:
        return False
    after = next((t for t in doc[k:min(len(doc), k + 6)] if t.idx - doc[k].idx >= match.end()), None)
    # (", K.H. Ma'ruf Amin": an honorific like a degree, but a name follows it)
    return after is None or not (after.text[:1].isalpha() and after.text[:1].isupper()) or \
        bool(namer.degrees.match(" " + after.text))


def _persons_in_capacity(doc: Doc, titles: list[Mention], taken: list[Mention], namer: Namer) -> list[Mention]:
    """"diterima oleh Hj. Ahmad Kurniawan, S.Sos., M.H. selaku Bupati X": the name before
    "selaku" and a title is the person holding it."""
    covered = {i for m in taken for i in range(m.start, m.end)}
    persons = []
    for title in titles:
        k = title.start - 1
        if k < 1 or doc[k].lower_ != "selaku":
            continue
        j = k
        while j > 0 and j - 1 not in covered and k - j < 12 and (
                doc[j - 1].text[:1].isupper() or doc[j - 1].text in {",", "."} or
                doc[j - 1].text.casefold() in namer.honorifics):
            j -= 1
        while j < k and doc[j].text in {",", "."}:
            j += 1
        if j >= k or doc[j].is_sent_start and not doc[j].text.casefold() in namer.honorifics and k - j > 8:
            continue
        span = doc[j:k]
        name = namer.person_name(span.text.strip(" ,"))
        if name and len(name) > 2 and any(t.is_alpha and t.text[:1].isupper() for t in span):
            end = k - 1 if doc[k - 1].text == "," else k
            persons.append(Mention("PERSON", j, end, doc[j].idx, doc[end - 1].idx + len(doc[end - 1].text),
                                   doc[j:end].text, "person-in-capacity", entity=Entity(name, "person"),
                                   extra={"title_start": title.start, "title": title}))
    return persons


def _persons_before_degrees(doc: Doc, taken: list[Mention], titles: list[Mention], namer: Namer) -> list[Mention]:
    """"…, yaitu Andi Rahman, S.T., perajin …": two to four capitalised words closed by a comma
    and academic degrees are a person's name, with no title right before it (only persons hold
    degrees). A title earlier in the same comma-separated stretch is the person's ("Kepala Dinas
    X, Y dan Z Kota W, Name, S.E.": a department too long for the title's own reading)."""
    covered = {i for m in taken for i in range(m.start, m.end)}
    text = token_table(doc).text  # (plain strings: a Token object for every word is slow)
    persons = []
    for k in range(2, len(text) - 1):
        # (a degree opens with a capital: "S.E.", "M.Si", "Ners", "SH")
        if text[k] != "," or k - 1 in covered or not text[k + 1][:1].isupper() or not _degree_at(doc, k, namer):
            continue
        j = k
        while j > 0 and k - j < 5 and j - 1 not in covered and (
                _NAME_TOKEN.match(doc[j - 1].text) and doc[j - 1].text.casefold() not in namer.honorifics
                or _short_name_stop(doc, j - 1)):
            j -= 1
        while j > 0 and j - 1 not in covered and (doc[j - 1].text.casefold() in namer.honorifics or
                                                  _honorific_stop(doc, j - 1, namer)):
            j -= 1  # "Hj. Andi Rahman, S.E.": the honorifics belong to the name
        before = doc[j - 1] if j else None
        words = [t for t in doc[j:k] if t.is_alpha and t.text.casefold() not in namer.honorifics]
        if len(words) < 2 or before is not None and (before.text[:1].isupper() and before.is_alpha or
                                                     before.i in covered and before.text.isalnum()):
            continue  # one word, or the run goes on from a longer name or a mention
        name = namer.person_name(doc[j:k].text)
        if not name or len(name) <= 2:
            continue
        extra = {}
        title = _title_before(doc, j, titles, covered) if before is not None and before.text == "," else None
        if title is not None:
            extra = {"title_start": title.start, "role": title.rule.startswith("role:"), "title": title}
        persons.append(Mention("PERSON", j, k, doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text),
                               doc[j:k].text, "person-before-degrees", entity=Entity(name, "person"),
                               extra=extra))
    return persons


def _title_before(doc: Doc, j: int, titles: list[Mention], covered: set[int]) -> Mention | None:
    """The title heading the words before the comma at ``j - 1``: the nearest title in the same
    sentence with only capitalised words, commas, "dan" and mentions between it and the comma."""
    ends = {t.end: t for t in titles}
    k = j - 1
    while k > 0 and j - k < 20 and not doc[k - 1].is_sent_end:
        if k in ends:
            title = ends[k]
            while title.start in ends:  # "Asisten Deputi": titles side by side are one
                title = ends[title.start]
            return title
        word = doc[k - 1]
        if not (word.text[:1].isupper() or word.text in {",", "(", ")", "&"} or word.lower_ == "dan" or
                k - 1 in covered):
            return None
        k -= 1
    return ends.get(k)


def _fields_end(doc: Doc, j: int) -> int | None:
    """The end of the fields a title's "Bidang" coordinates ("Perencanaan, Sistem Informasi, dan
    Keuangan"): the comma after the last one, or None when they are no such list."""
    k = j
    seen_comma = False
    while k < len(doc) and k - j < 14:
        if doc[k].lower_ in {"dan", "serta", "&"}:
            end = _capitalised_run(doc, k + 1)
            return end if seen_comma and end > k + 1 and end < len(doc) and doc[end].text == "," else None
        if not (doc[k].text == "," or doc[k].is_alpha and doc[k].text[:1].isupper()):
            return None
        seen_comma = seen_comma or doc[k].text == ","
        k += 1
    return None


def _capitalised_run(doc: Doc, j: int) -> int:
    """The end of the (at most four) capitalised words at ``j``."""
    k = j
    while k < len(doc) and k - j < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k


def _after_honorifics(doc: Doc, j: int, namer: Namer) -> int:
    """The first token after the honorifics at ``j`` ("Ir. H. Yohanes …" → "Yohanes")."""
    while j < len(doc) and (doc[j].text.casefold() in namer.honorifics or _honorific_stop(doc, j, namer)):
        j += 1
    return j


def _name_then_break(doc: Doc, j: int) -> bool:
    """A name of two to four capitalised words at ``j`` closed by a comma or a full stop."""
    k = _capitalised_run(doc, j)
    return k - j >= 2 and k < len(doc) and doc[k].text in {",", "."}


def _apposition_closed(doc: Doc, j: int) -> bool:
    """The name at ``j`` set off by commas, a lower-case word that is no list join after it."""
    k = _capitalised_run(doc, j)
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text.islower() and \
        doc[k + 1].is_alpha and doc[k + 1].lower_ not in {"dan", "serta", "atau"}


def _short_name_stop(doc: Doc, j: int) -> bool:
    """"Mokh. Sodiq": the full stop of a first name written short is part of the name."""
    return doc[j].text == "." and j > 0 and doc[j - 1].text in SHORT_FIRST_NAMES \
        and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()


def _honorific_stop(doc: Doc, j: int, namer: Namer) -> bool:
    """"Ir. Hendra": the tokenizer splits the full stop off some honorifics."""
    return doc[j].text == "." and j > 0 and doc[j - 1].text.casefold() + "." in namer.honorifics \
        and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()


def proper_names(entity: Entity) -> set[str]:
    """The lower-case names a title may write a recipient with: "Gubernur Nusa Samudra" for
    the Pemerintah Provinsi Nusa Samudra, "Kepala Desa Sumber Agung" for Desa Sumber Agung."""
    names = {entity.name.lower(), *(a.lower() for a in entity.aliases)}
    if entity.region and entity.type in ("pemprov", "pemkab", "pemkot", "government"):
        names.add(entity.region.split(" ", 1)[-1].lower())
    first, _, rest = entity.name.partition(" ")
    if first.isupper() and len(first) > 2 and len(rest.split()) >= 2:
        names.add(rest.lower())  # "Kepala Puskesmas X" for the UPTD Puskesmas X: its office's prefix left out
    return names
