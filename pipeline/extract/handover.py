"""The handover: date, place and receiving official of an award, from its sentence and
the sentences that follow, up to the next award."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from ..models import Evidence
from ..normalise import resolve_date, resolve_weekday
from .drafts import AwardDraft, Context
from .mentions import Mention
from .tokens import text_of, token_table

# nouns a "di <place>" locates (the recipients' place, not the ceremony's)
_LOCATED_NOUNS = frozenset({"kabupaten", "kota", "daerah", "provinsi", "desa", "kelurahan", "sekolah",
                            "kabupaten/kota", "wilayah", "perusahaan", "puskesmas"})
_HANDED_PREFIXES = ("diserah", "diberi", "dianugerah", "disampaikan", "disemat")  # passive verbs of handing over
_PLACE_WORD = re.compile(r"^(?:[A-Z][\w'’.&+-]*|\d+[A-Za-z]?)$")  # ("RCTI+")
_PLACE_INNER = {"dan", "&", "of", "de", "-"}
_NOT_PLACES = {"bawah", "antaranya", "antara", "tingkat", "kategori", "posisi", "peringkat", "atas", "tengah",
               "sela", "sela-sela", "hadapan", "depan", "tahun", "era", "masa", "bidang", "sini", "sana",
               "mana", "setiap", "seluruh", "berbagai", "lingkungan", "wilayah", "daerah", "urutan"}
_PLACE_PART = re.compile(r",\s+((?:[A-Z][\w'’.-]*|[Nn]o\.?\s*\d+|\d+)(?:\s+(?:[A-Z][\w'’.-]*|[Nn]o\.?|\d+))*)(?=\s*[,.;]|\s*$|\s+(?:pada|tanggal)\b)")


class Handover:
    """Details of the handover; a mixin of :class:`~.relations.AwardRelations`."""

    def _fill_from_sentence(self, doc, draft: AwardDraft, sentence: Span,
                            mentions: list[Mention], name_end: int, context: Context) -> None:
        given = draft.rule.startswith("given:")
        # "kategori Utama": a class is a grade, not also a category
        graded = {m.start for m in mentions if m.label == "GRADE"}
        mentions = [m for m in mentions if m.label != "CATEGORY" or m.start not in graded]
        # "X meraih anugerah proper emas dan Y meraih anugerah proper hijau": Y's is the one
        # at its award's name, not the first of the sentence
        at_name = [m for m in mentions if m.label == "CATEGORY" and
                   m.start_char < draft.name_span[1] and m.end_char > draft.name_span[0]]
        if at_name and draft.category is None:
            draft.category = self._category(at_name[0])
        for m in mentions:
            if m.label in ("GRADE", "CATEGORY") and (
                    (given and m.start_char < draft.name_span[0]) or
                    any(t.lower_ in self.besides_words for t in doc[max(sentence.start, m.start - 2):m.start])):
                continue  # "Selain kategori Emas, … menerima PROPER Hijau": not its category
            if m.label == "GIVER" and draft.giver is None and m.start >= name_end:
                draft.giver = m.entity
            elif m.label == "GRADE" and draft.grade is None:
                draft.grade = self._grade(m)
            elif m.label == "CATEGORY" and draft.category is None:
                draft.category = self._category(m)
        if draft.grade is None:
            ranks = [m for m in mentions if m.label == "GRADE"]
            if ranks:
                draft.grade = self._grade(ranks[0])
        if draft.giver is None:
            givers = [m for m in mentions if m.label == "GIVER"]
            if givers:
                draft.giver = givers[0].entity
        if draft.giver is None:  # "… 2024 yang diselenggarakan Majalah X": the organiser gives
            draft.giver = self._organiser(sentence)
        self._fill_handover(doc, draft, sentence, mentions, context)


    def _fill_handover(self, doc, draft: AwardDraft, sentence: Span, mentions, context,
                       receiver: bool = True) -> None:
        lowered = {t.lower_ for t in sentence}
        if not lowered & self.handover_words and sentence != draft.sentence:
            return
        base = context.published
        if draft.date is None:
            found = self._sentence_date(text_of(sentence), draft.year, base)
            if found:
                draft.date = found[1]
                draft.evidence.append(self._evidence(context, sentence, found[0], "date"))
            elif base is not None:
                # "… di Gedung X, Jakarta, Selasa.": the weekday alone, in the publication's week
                match = self.bare_weekday_re.search(text_of(sentence))
                if match:
                    draft.date = resolve_weekday(match.group(1), base, self.weekday_numbers)
                    draft.evidence.append(self._evidence(context, sentence, match, "date"))
        if draft.place is None:
            place = self._place(sentence)
            if place:
                draft.place = place[0]
                draft.evidence.append(Evidence(context.article_id, text_of(sentence), place[1],
                                               place[2], "place"))
        if draft.received_by is None and receiver:
            own = draft.recipient.entity.name if draft.recipient.entity else None
            rivals = self._co_recipients(draft)
            # an official receives for a government or unit; "penulis X" names a credit, not a receiver
            heads = doc.user_data.get("heads_of", {})
            # (nor a person who won beside it: "A (X) dan B, S.Pi.")
            persons = [m for m in mentions if m.label == "PERSON" and not m.extra.get("role")
                       and not self._gives(doc, m) and (not heads.get(m.start) or own in heads[m.start])
                       and m.entity.name not in rivals]
            titled_for = {id(m): [e.entity for e in mentions if e.entity is not None and
                                  m.extra.get("title_start", m.start) <= e.start < m.start]
                          for m in persons}
            described = {id(m): {e.name for e in titled_for[id(m)]} for m in persons}
            # "kepada Kepala Disdukcapil, X, dan Direktur RSUD, Y": each receives for their own; "Gubernur
            # Provinsi Z, W" for the province, not for a regency beside it that received too
            persons = sorted((m for m in persons if not described[id(m)] & rivals and
                              not _heads_another_region(titled_for[id(m)], own)),
                             key=lambda m: own not in described[id(m)])
            for m in persons:
                if True:
                    draft.received_by = m.entity.name
                    draft.evidence.append(Evidence(context.article_id, text_of(sentence),
                                                   m.start_char, m.end_char, m.rule))
                    break

    def _sentence_date(self, text: str, year: int | None, base: date | None):
        """The handover's date in a sentence, with its match: "Kamis (19/9/2024)" rather than
        the dateline "Jakarta, 20 September 2024 –"; a period is no date."""
        matches = [m for m in self.date_re.finditer(text) if not self._in_range(text, m)]
        match = next((m for m in matches if "(" in m.group(0) or
                      m.group(0).split()[0].rstrip(",") in self.weekdays),
                     matches[0] if matches else None)
        if match is None:
            return None
        found = resolve_date(match.group(0), base) if base is not None else \
            _date_in_award_year(match.group(0), year, self.weekday_numbers)
        return (match, found) if found else None

    def _in_range(self, text: str, match) -> bool:
        before = text[:match.start()].split()[-1:]
        after = text[match.end():].split()[:1]
        return bool(before and before[0].lower() in self.range_words | self.period_words or
                    after and after[0].lower() in self.range_words)

    @staticmethod
    def _co_recipients(draft: AwardDraft) -> set[str]:
        return {a.entity.name for a in draft.extra_recipients if a is not draft.recipient}

    @staticmethod
    def _gives(doc: Doc, person: Mention) -> bool:
        """The official who hands over ("diserahkan oleh Menteri X") is not the receiver."""
        start = person.extra.get("title_start", person.start)
        if start > 0 and doc[start - 1].lower_.startswith(_HANDED_PREFIXES):
            return True  # "diserahkan Anggota Ombudsman RI, X, …": the agent right after the verb
        window = [t.lower_ for t in doc[max(0, start - 3):start]]
        after = [t.lower_ for t in doc[person.end:person.end + 3]]  # "Menteri X, Y, menyerahkan"
        # "diberikan oleh Wakil Presiden X bersama Menteri Y": who is named with the giver gives too
        before = [t.lower_ for t in doc[doc[start].sent.start:start]]
        marker = next((w for w in reversed(before) if w in {"oleh", "kepada"}), None)
        with_giver = marker == "oleh" and any(w in {"bersama", "didampingi"} for w in before[-3:]) and \
            any(w.startswith(_HANDED_PREFIXES) for w in before)
        return with_giver or ("oleh" in window and any(w.startswith(_HANDED_PREFIXES) for w in window)) or \
            any(w.startswith(("menyerahkan", "memberikan", "menganugerahkan")) for w in after)

    def _place(self, sentence: Span) -> tuple[str, int, int] | None:
        """Where a handover or an event took place: "di Hotel Raffles, Jakarta", "di Beston
        Hotel Palembang", "di rumah jabatan Gubernur Bali Jayasabha, Denpasar", or a city
        alone ("… digelar di Bojonegoro, Sabtu"). A venue names a place head (rules/language.json
        ``place_heads``); a bare city is a place only in a sentence that tells an event or a
        handover."""
        table = token_table(sentence.doc)
        text, lower = table.text, table.lower
        told = any(w in self.handover_words or w in self.event_words for w in lower[sentence.start:sentence.end]) \
            or (self.date_re.search(table.text_of(sentence)) is not None and
                any(s.label_ == "AWARD_HEAD" and sentence.start <= s.start < sentence.end
                    for s in sentence.doc.spans.get("warta", [])))
        for k in range(sentence.start, sentence.end - 3):
            if lower[k] == "di" and tuple(lower[k + 2:k + 4]) == ("yang", "sama") and lower[k + 1] in self.lower_place_heads:
                # "di aula yang sama": the place told before it (filled in by fill_handovers)
                end = sentence.doc[k + 3]
                return table.text_of(sentence.doc[k + 1:k + 4]), sentence.doc[k + 1].idx, end.idx + len(end.text)
        for k in range(sentence.start, sentence.end - 1):
            if lower[k] != "di" or lower[k + 1] in _NOT_PLACES:
                continue
            j = k + 1
            while j < sentence.end and j - k <= 3 and lower[j] in self.lower_place_heads:
                j += 1  # "rumah jabatan", "aula", "halaman"
            first = j
            while j < sentence.end and (_PLACE_WORD.match(text[j]) or
                                        (lower[j] in _PLACE_INNER and j + 1 < sentence.end and
                                         _PLACE_WORD.match(text[j + 1])) or
                                        (text[j] == "." and j > first and text[j - 1] in {"KH", "M", "H", "Jl", "St"})):
                if text[j] in self.weekdays:
                    break
                j += 1
            if j == first:
                continue
            words = set(text[k + 1:j])
            venue = bool(words & self.place_head_words) or first > k + 1
            region = self._gazetteer_place(text, lower, first, j)
            if not venue and not (region and told and not _quoted(text, sentence.start, k, sentence.end)):
                continue  # a town inside a quotation is what the speaker talks of
            if not venue and k > sentence.start and lower[k - 1] in _LOCATED_NOUNS:
                continue  # "tiga pemerintah kabupaten di Kalimantan Tengah": where they are, not the ceremony
            if j + 2 < sentence.end and text[j] == "(" and text[j + 2] == ")" and text[j + 1].isupper():
                j += 3  # "Taman Budaya Kali Jernih (TBKJ)": the venue's short form goes with it
            # the address goes on in comma-separated parts: "Hotel Raffles, Jakarta", "Jl. Kebon
            # Sirih no 14, Jakarta Pusat", "… Center (JICC), Senayan, Jakarta"
            while j + 1 < sentence.end and text[j] == "," and _PLACE_WORD.match(text[j + 1]) \
                    and text[j + 1] not in self.weekdays and lower[j + 1] not in _NOT_PLACES \
                    and not (j + 2 < sentence.end and lower[j + 2] in self.month_words):  # ", 9 Desember 2024"
                end = j + 1
                while end < sentence.end and (_PLACE_WORD.match(text[end]) or text[end] == "." and end > j + 1
                                              or lower[end] in {"no", "no."}) and text[end] not in self.weekdays:
                    end += 1
                if text[end - 1] == ".":
                    end -= 1
                if end - j - 1 > 4:
                    break
                j = end
                if j + 2 < sentence.end and text[j] == "(" and text[j + 2] == ")" and text[j + 1].isupper():
                    j += 3  # "…, Taman Budaya Nusa Raya (TBNR)": a part's short form too
            if j < sentence.end and lower[j] in {"tersebut", "itu"} and venue:
                j += 1  # "di Griya Agung tersebut": the venue told before (filled in by fill_handovers)
            start_char = table.idx[k + 1]
            end_char = table.idx[j - 1] + len(text[j - 1])
            return table.doc_text[start_char:end_char], start_char, end_char
        return None

    def _gazetteer_place(self, text, lower, start: int, end: int) -> bool:
        from .regions import region_matcher
        matcher = region_matcher(self.rules)
        return matcher.at(lower, text, start) is not None

    @staticmethod
    def _evidence(context: Context, sentence: Span, match, rule: str) -> Evidence:
        return Evidence(context.article_id, text_of(sentence), sentence.start_char + match.start(),
                        sentence.start_char + match.end(), rule)


def _quoted(text, start: int, k: int, end: int) -> bool:
    """Whether token ``k`` is inside a quotation: one opened before it in the sentence, or
    one closed after it that the sentence did not open (a quotation of several sentences)."""
    before = text[start:k]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    after = next((t for t in text[k:end] if t in ("“", "”")), None)
    return after == "”" and "“" not in before


def _date_in_award_year(text: str, year: int | None, weekdays: dict[str, int]) -> str | None:
    """"Selasa (29/1)" in an article without a publication date: in the award's year or the
    next (awards for a year are often handed over early in the next), the one where the day
    falls on the weekday the article names."""
    if year is None:
        return resolve_date(text, None)
    candidates = [resolve_date(text, date(y, 12, 31)) for y in (year, year + 1)]
    weekday = weekdays.get(text.split()[0].strip(",").lower()) if text[:1].isalpha() else None
    for found in candidates:
        if found and weekday is not None and date.fromisoformat(found).weekday() == weekday:
            return found
    return candidates[0]


def date_patterns(language: dict) -> tuple[re.Pattern, re.Pattern]:
    """A handover date ("Rabu (4/12)", "Kamis, (21/12/2023)", "18 Desember 2023") and a bare
    weekday closing a sentence ("…, Jakarta, Selasa."), from language.json's words."""
    days = "|".join(map(re.escape, language["weekdays"]))
    months = "|".join(re.escape(m.capitalize()) for m in sorted(language["months"], key=len,
                                                               reverse=True))
    dated = re.compile(
        rf"(?:(?:{days})\s*,?\s*)?"
        r"(?:\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)"
        rf"|\d{{1,2}}\s+(?:{months})(?![\w'])(?:\s+\d{{4}})?)")
    bare = re.compile(rf",\s+({days})\s*[.;]?\s*$")
    return dated, bare


def _heads_another_region(entities, own: str | None) -> bool:
    """An official's title names a region's government that is not the recipient nor where it lies."""
    return own is not None and any(e.type in ("pemprov", "pemkab", "pemkot") and e.name != own and
                                   e.region and e.region.split(" ", 1)[-1] not in own for e in entities)
