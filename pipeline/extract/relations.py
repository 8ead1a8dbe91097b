"""Relation logic: which number is whose score, for which year; which award went to whom.

Generic and small on purpose: the words it relies on (scale words, receive verbs,
"tahun lalu", place heads …) come from ``rules/language.json``.

- A **score** is a number after a scale word ("nilai 94,76", "skor 74") or before
  "persen"/"poin" in an assessment; it belongs to the nearest actor before it in the
  sentence (else the sentence's topic carried over from before), and to the nearest
  year before it ("tahun lalu" = one year before the year in force).
- An **award** is a named award (a head word such as Penghargaan/Anugerah/Predikat/
  Piala plus its proper name) after a receive verb; the recipient is the actor before
  the verb. Giver, year, grade, category and score come from its sentence; the
  handover's date, place and receiving official from its sentence and the sentences
  that follow, up to the next award.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span

from ..models import Award, Entity, Evidence, Score
from ..normalise import Namer, parse_number, rank_grade, rank_number, resolve_date
from ..rules import Rules
from .mentions import Mention, find_mentions

ACTOR_LABELS = ("GOV", "UNIT", "UNIT_ALIAS", "COMPANY")
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:[.,]\d+)?$")
_DATE = re.compile(
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s*,?\s*)?"
    r"(?:\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)"
    r"|\d{1,2}\s+(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|"
    r"Oktober|November|Nopember|Desember)(?:\s+\d{4})?)")
_PLACE_PART = re.compile(r",\s+((?:[A-Z][\w'’.-]*|No\.?\s*\d+|\d+)(?:\s+(?:[A-Z][\w'’.-]*|No\.?|\d+))*)(?=\s*[,.;]|\s*$)")
_ASSESSMENT = re.compile(
    r"\b(?:evaluasi|penilaian|capaian|atas)\s+((?:[A-Z][\w'’-]*|dan|\([A-Z][\w-]*\))"
    r"(?:\s+(?:[A-Z][\w'’-]*|dan|untuk|for|of|\([A-Z][\w-]*\)))+)")
# "Pemeran Utama Pria Terbaik: Name – Work": a category, a colon, its winners
_LIST_LINE = re.compile(r"^\s*(?:[-•*▪·]\s*)?((?:[A-Z][\w'’/-]*|dan|&)(?:\s+(?:[A-Z][\w'’/-]*|dan|&|di))"
                        r"{0,8})\s*:\s*(\S.*)$")
_LETTER_GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D|E)( Plus)?$")
_GENERIC_HEADS = {"penghargaan", "anugerah", "predikat", "piala", "award", "awards", "sertifikat",
                  "apresiasi", "juara", "gelar", "trofi", "trophy", "opini", "bintang",
                  "tanda", "satyalancana"}
_NAME_CONNECTORS = {"dan", "untuk", "dalam", "se", "-", "/", "&", "bagi", "of", "the"}
_NAME_STOP = {"tahun", "atas", "dari", "dengan", "kepada", "oleh", "kategori", "yang", "sebagai", "di",
              "pada", "ke", "tingkat", "bersama"}


@dataclass
class Context:
    """What the extractor knows about the article beyond its text."""

    article_id: str = ""
    published: date | None = None
    year: int | None = None  # the assessment year the article is about, when it names one


@dataclass
class _AwardDraft:
    sentence: Span
    recipient: Mention
    name: str
    name_span: tuple[int, int]  # char offsets
    rule: str
    name_end: int = 0  # token index after the name
    year: int | None = None
    giver: Entity | None = None
    category: str | None = None
    grade: str | None = None
    date: str | None = None
    place: str | None = None
    received_by: str | None = None
    extra_recipients: list = field(default_factory=list)  # co-recipients named with this one
    inherits: str | None = None  # "ceremony" / "assessment": "pada acara yang sama"
    evidence: list[Evidence] = field(default_factory=list)


class AwardRelations:
    """The ``warta_awards`` spaCy component."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.namer = Namer(rules)
        language = rules.language
        self.stopwords = {w.lower() for w in rules.regions["name_stopwords"]}
        self.scale_words = {k.lower(): v for k, v in language["score_words"].items()}
        self.percent_words = {w.lower() for w in language["percent_words"]}
        self.not_before = {w.lower() for w in language["not_score_before"]}
        self.not_after = {w.lower() for w in language["not_score_after"]}
        self.receive_verbs = {w.lower() for w in language["receive_verbs"]}
        self.handover_words = {w.lower() for w in language["handover_words"]}
        self.previous_year = [w.lower() for w in language["previous_year"]]
        self.weekdays = set(language["weekdays"])
        self.object_prepositions = {w.lower() for w in language.get("object_prepositions", [])}
        self.person_verbs = {w.lower() for w in language.get("person_verbs", [])}
        self.enumeration = {w.lower() for w in language.get("enumeration_words", [])}
        self.organiser_verbs = {w.lower() for w in language.get("organiser_verbs", [])}
        self.passive_verbs = {w.lower() for w in language.get("passive_verbs", [])}
        self.other_subject = {w.lower() for w in language.get("other_subject_words", [])}
        self.same_event = tuple(language.get("same_event", []))
        self.same_ceremony = tuple(language.get("same_ceremony", []))
        self.range_words = {w.lower() for w in language.get("range_words", [])}
        self.hypothetical = {w.lower() for w in language.get("hypothetical_words", [])}
        self.anaphoric_time = tuple(w.lower() for w in language.get("anaphoric_time", []))
        self.place_heads = sorted(language["place_heads"], key=len, reverse=True)
        self.kinds = [(k["kind"], [w.lower() for w in k["any"]]) for k in rules.awards["kinds"]]
        self.kept_heads = {w.lower() for w in rules.awards.get("name_keeps_head", [])}

    def __call__(self, doc: Doc) -> Doc:
        context = replace(doc._.context or Context())
        context.year = context.year or self._article_year(doc, context)
        mentions = find_mentions(doc, self.namer, self.stopwords)
        sentences = list(doc.sents)
        by_sentence = [[m for m in mentions if s.start <= m.start < s.end] for s in sentences]
        drafts = self._awards(doc, sentences, by_sentence, context)
        scores = self._scores(doc, sentences, by_sentence, drafts, context)
        doc._.scores = tuple(scores)
        doc._.awards = tuple(self._finish(drafts, scores))
        return doc

    # -- scores -------------------------------------------------------------------------

    def _scores(self, doc, sentences, by_sentence, drafts, context) -> list[Score]:
        scores: dict[tuple, Score] = {}
        topic: Mention | None = None
        previous_year: int | None = None
        for index, (sentence, mentions) in enumerate(zip(sentences, by_sentence)):
            actors = [m for m in mentions if m.label in ACTOR_LABELS and not m.scoped
                      and m.qualifier_of is None]
            in_force = self._year_in_force(drafts, sentence) or context.year
            # "Saat itu …": the sentence's time is the one the previous sentence named
            if previous_year and sentence.text.lower().startswith(self.anaphoric_time):
                in_force = previous_year
            previous_year = self._sentence_year(doc, sentence, in_force)
            if self._hypothetical(sentence):
                continue
            for token in sentence:
                found = self._score_at(doc, token.i, sentence)
                if not found:
                    continue
                value, scale = found
                before = [m for m in actors if m.end <= token.i]
                subjects = [m for m in before if m.start == 0 or
                            doc[m.start - 1].lower_ not in self.object_prepositions]
                before = subjects or before
                owner = before[-1] if before else topic
                if owner is None or owner.entity is None:
                    continue
                year = self._year_after(doc, sentence, token.i) or \
                    self._year_before(doc, sentence, token.i, in_force)
                kind = self._kind_in_force(drafts, sentence)
                evidence = Evidence(context.article_id, sentence.text, token.idx,
                                    token.idx + len(token.text), "score:" + scale)
                key = (owner.entity.name, year, round(value, 3))
                if key in scores:
                    old = scores[key]
                    scores[key] = replace(old, evidence=old.evidence + (evidence,))
                else:
                    scores[key] = Score(owner.entity, year, value, scale, kind, (evidence,))
                topic = owner
            if actors:
                topic = topic if topic in actors else actors[0]
        return list(scores.values())

    def _score_at(self, doc: Doc, i: int, sentence: Span) -> tuple[float, str] | None:
        token = doc[i]
        if not _NUMBER.match(token.text) or _YEAR.match(token.text):
            return None
        if i > 0 and (doc[i - 1].text in {"/", "-", "–"} or doc[i - 1].lower_ in self.range_words):
            return None
        nxt = doc[i + 1] if i + 1 < sentence.end else None
        if nxt is not None and (nxt.text in {"/", "-", "–"} or nxt.lower_ in self.not_after
                                or nxt.lower_ in self.range_words):
            return None
        window = [t.lower_ for t in doc[max(sentence.start, i - 4):i]]
        # "naik dari 2,98": the earlier value, not a growth figure
        if window[-1:] != ["dari"] and any(w in self.not_before for w in window[-2:]):
            return None
        scale = None
        for word in reversed(window):
            if word in self.scale_words:
                scale = self.scale_words[word]
                break
            if word in {",", ".", ";", "dan"}:
                break
        if nxt is not None and nxt.lower_ in self.percent_words | {"poin"}:
            if scale is None and not any(w in ("capaian", "nilai", "skor", "indeks") for w in window):
                return None
            scale = "persen" if nxt.lower_ in self.percent_words else "poin"
        if scale is None:
            return None
        value = parse_number(token.text)
        return (value, scale) if value is not None else None

    def _year_before(self, doc: Doc, sentence: Span, i: int, in_force: int | None) -> int | None:
        text = sentence.text[:doc[i].idx - sentence.start_char].lower()  # doc.text re-joins every token
        year_pos, year = -1, None
        for token in doc[sentence.start:i]:
            if _YEAR.match(token.text) and not (token.i > 0 and doc[token.i - 1].text == "/"):
                year_pos, year = token.idx - sentence.start_char, int(token.text)
        back = max((text.rfind(p) for p in self.previous_year), default=-1)
        if back > year_pos:
            base = year if year is not None else in_force
            return base - 1 if base else None
        return year if year is not None else in_force

    def _article_year(self, doc: Doc, context: Context) -> int | None:
        """The first labelled year ("… Tahun 2023"), else the first year, else publication's."""
        years = [t for t in doc if _YEAR.match(t.text) and not (t.i and doc[t.i - 1].text == "/")]
        labelled = [t for t in years if t.i and doc[t.i - 1].text == "Tahun"]
        if labelled:
            return int(labelled[0].text)
        if years:
            return int(years[0].text)
        return context.published.year if context.published else None

    def _year_after(self, doc: Doc, sentence: Span, i: int) -> int | None:
        """"2,98 pada tahun 2022", "76,45 pada Adipura 2022": a year closing the number's clause."""
        tokens = doc[i + 1:min(sentence.end, i + 6)]
        if not tokens or tokens[0].lower_ not in {"pada", "di", "tahun"}:
            return None
        for token in tokens:
            if token.text in {",", ";", "."}:
                return None
            if _YEAR.match(token.text):
                return int(token.text)
        return None

    def _sentence_year(self, doc: Doc, sentence: Span, in_force: int | None) -> int | None:
        """The year a sentence speaks of, for a following "Saat itu"."""
        return self._year_before(doc, sentence, sentence.end - 1, in_force)

    def _hypothetical(self, span: Span) -> bool:
        """Targets, plans and nominations: "menargetkan …", "agar layak meraih …"."""
        return any(t.text in self.hypothetical for t in span)  # lower case only: not "Layak Anak"

    @staticmethod
    def _year_in_force(drafts: list[_AwardDraft], sentence: Span) -> int | None:
        dated = [d for d in drafts if d.year]
        return dated[0].year if dated else None

    def _kind_in_force(self, drafts: list[_AwardDraft], sentence: Span) -> str | None:
        before = [d for d in drafts if d.sentence.start <= sentence.start]
        chosen = before[-1] if before else (drafts[0] if drafts else None)
        return self._kind(chosen.name, chosen.category) if chosen else None

    # -- awards -------------------------------------------------------------------------

    def _awards(self, doc, sentences, by_sentence, context) -> list[_AwardDraft]:
        drafts: list[_AwardDraft] = []
        topic: Mention | None = None
        reference = self._reference_name(doc)
        abbreviations = _abbreviations(doc.text)
        previous_year: int | None = None
        for sentence, mentions in zip(sentences, by_sentence):
            actors = [m for m in mentions if m.label in ACTOR_LABELS and not m.scoped
                      and m.qualifier_of is None]
            persons = [m for m in mentions if m.label == "PERSON" and (
                m.extra.get("role") or any(t.lower_ in self.person_verbs for t in sentence))]
            year = self._sentence_award_year(doc, sentence, context, previous_year)
            previous_year = self._sentence_year(doc, sentence, context.year)
            if self._hypothetical(sentence):
                if actors:
                    topic = actors[0]
                continue
            made = []
            for head in (m for m in mentions if m.label == "AWARD_HEAD"):
                if made and head.start < made[-1].name_end:
                    continue
                named = self._award_name(doc, head, sentence)
                if named is None:
                    continue
                start, end = named
                if any(c.start <= start and end <= c.end for c in mentions
                       if c.label in ("GRADE", "CATEGORY")):
                    if head.text.lower() in _GENERIC_HEADS or start != head.start:
                        continue  # "predikat BB" is a grade: the award's name is elsewhere
                    end = head.end  # "PROPER Hijau": the award, then its category
                rank = next((g for g in mentions if g.label == "GRADE" and g.start == start
                             and g.end < end), None)
                if rank is not None:  # "Juara I Tenaga Kesehatan Teladan": a rank, then the name
                    start = rank.end
                verb = self._receive_verb(doc, sentence, start)
                if verb is None or any(t.text in {",", ";"} for t in doc[verb:start]):
                    continue
                name, category, name_span = self._split_name(doc, start, end)
                name = _expand_abbreviations(name, abbreviations)
                recipients = self._recipients(doc, sentence, actors + persons, verb, topic)
                for recipient in recipients:
                    draft = _AwardDraft(sentence, recipient, name, name_span, head.rule)
                    draft.extra_recipients = recipients
                    draft.name_end = end
                    draft.category = category
                    draft.year = self._award_year(doc, sentence, end) or \
                        self._year_before(doc, sentence, start, year)
                    made.append(draft)
            if not made:
                made = self._cue_awards(doc, sentence, mentions, actors + persons, topic,
                                        reference or (drafts[0].name if drafts else None), year)
            for draft in made:
                self._inherit(draft, drafts, sentence)
                self._fill_from_sentence(doc, draft, sentence, mentions, draft.name_end, context)
                draft.evidence.append(Evidence(context.article_id, sentence.text,
                                               draft.name_span[0], draft.name_span[1],
                                               "award:" + draft.rule))
                drafts.append(draft)
            if actors:
                topic = actors[0]
        self._fill_from_following(doc, sentences, by_sentence, drafts, context)
        for draft in drafts:
            if draft.inherits:
                first = drafts[0]
                draft.giver = draft.giver or first.giver
                if draft.inherits == "ceremony":
                    draft.date, draft.place = draft.date or first.date, draft.place or first.place
        drafts += self._list_awards(doc, sentences, by_sentence, drafts, context)
        return drafts

    def _ceremony(self, doc, sentences, by_sentence, context) -> _AwardDraft | None:
        """The event a list of winners belongs to: the first named award with its details."""
        for sentence, mentions in zip(sentences, by_sentence):
            for head in (m for m in mentions if m.label == "AWARD_HEAD"):
                named = self._award_name(doc, head, sentence)
                if named is None or named[1] - named[0] < 2:
                    continue
                start, end = named
                dummy = Mention("CEREMONY", start, end, doc[start].idx, doc[end - 1].idx, "", "")
                draft = _AwardDraft(sentence, dummy, doc[start:end].text,
                                    (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)),
                                    head.rule)
                draft.year = self._award_year(doc, sentence, end) or context.year
                self._fill_from_sentence(doc, draft, sentence, mentions, end, context)
                if draft.giver is None:
                    draft.giver = self._organiser(sentence)
                return draft
        return None

    def _organiser(self, sentence: Span) -> Entity | None:
        """"… yang digelar Yayasan Musik Nusantara": the organiser gives the awards."""
        for token in sentence:
            if token.lower_ in self.organiser_verbs:
                words = []
                for t in sentence[token.i - sentence.start + 1:]:
                    if t.lower_ == "oleh" and not words:
                        continue
                    if not t.text[:1].isupper() or t.text in {"Tahun"}:
                        break
                    words.append(t.text)
                if len(words) >= 2:
                    return Entity(" ".join(words), "lembaga")
        return None

    def _list_awards(self, doc, sentences, by_sentence, drafts, context) -> list[_AwardDraft]:
        """"Album Terbaik: Sinar Senja – Langit Kedua", "- Polisi Inovatif: Kombes X,": one
        award per winner of a category list, under the ceremony the article reports."""
        found = []
        ceremony = None
        for sentence in sentences:
            match = _LIST_LINE.match(sentence.text)
            if not match:
                continue
            ceremony = ceremony or self._ceremony(doc, sentences, by_sentence, context)
            if ceremony is None:
                return found
            category, rest = match.group(1).strip(), match.group(2)
            winners = re.split(r"\s+[–—-]\s+", rest, maxsplit=1)[0]
            for part in re.split(r",\s*|\s+dan\s+|\s+&\s+", winners):
                name = self.namer.person_name(part.strip(" .,;\"“”"))
                if not name or not name[:1].isupper() or not re.search(r"[a-z]{2}", name):
                    continue
                start = sentence.start_char + sentence.text.find(part)
                recipient = Mention("PERSON", sentence.start, sentence.end, start,
                                    start + len(part), part, "list",
                                    entity=Entity(name, "person"))
                draft = replace(ceremony, recipient=recipient, category=category, grade=None,
                                sentence=sentence, evidence=[], received_by=None,
                                name_span=(start, start + len(part)), rule="list")
                draft.evidence.append(Evidence(context.article_id, sentence.text, start,
                                               start + len(part), "award:list"))
                found.append(draft)
        return found

    def _sentence_award_year(self, doc, sentence: Span, context: Context,
                             previous_year: int | None) -> int | None:
        if previous_year and sentence.text.lower().startswith(self.anaphoric_time):
            return previous_year
        return context.year

    def _recipients(self, doc: Doc, sentence: Span, actors: list[Mention], verb: int,
                    topic: Mention | None) -> list[Mention]:
        """The actor before the verb and those joined to it ("X dan Y dianugerahi"); after a
        passive verb ("diraih oleh X") the actor after it; else the topic carried over."""
        # "Dokter Puskesmas X, dr. Y": the unit describes the person, who is the actor
        described = {i for p in actors if p.label == "PERSON"
                     for i in range(p.extra.get("title_start", p.start), p.start)}
        actors = [m for m in actors if m.label == "PERSON" or m.start not in described]
        if doc[verb].lower_ in self.passive_verbs:
            after = [m for m in actors if m.start > verb and m.start - verb <= 3]
            if after:
                return [after[0]]
        before = sorted((m for m in actors if m.end <= verb), key=lambda m: m.start)
        subjects = [m for m in before if m.start == 0 or
                    doc[m.start - 1].lower_ not in self.object_prepositions]
        before = subjects or before
        marker = next((t.i for t in doc[verb:sentence.end] if t.lower_ in self.enumeration), None)
        if not before and marker is not None:  # "… yang memperoleh WTP adalah X, Y, dan Z"
            listed = [m for m in actors if m.start > marker and m.entity is not None]
            if listed:
                return listed
        if not before:
            return [topic] if topic is not None and topic.entity is not None and \
                not self._other_subject(doc, sentence, verb) else []
        chosen = [before[-1]]
        for m in reversed(before[:-1]):
            gap = {t.lower_ for t in doc[m.end:chosen[0].start]}
            # "Dinas … (Disdukcapil) dan RSUD …": an abbreviation in brackets joins too
            if gap and gap <= {",", "dan", "serta", "&", "(", ")"}:
                chosen.insert(0, m)
            else:
                break
        unique = {}
        for m in chosen:
            if m.entity is not None:
                unique.setdefault(m.entity.name, m)
        return list(unique.values())

    def _other_subject(self, doc: Doc, sentence: Span, verb: int) -> bool:
        """"12 perusahaan lain memperoleh …": someone else than the topic is the subject."""
        return any(t.lower_ in self.other_subject or t.like_num for t in doc[sentence.start:verb])

    def _cue_awards(self, doc, sentence: Span, mentions, actors, topic, reference,
                    year) -> list[_AwardDraft]:
        """"meraih predikat BB", "berpredikat B", "peringkat pertama diraih oleh X": a grade or
        category without the award's name, which the article gave elsewhere."""
        if reference is None:
            return []
        cues = [m for m in mentions if m.label in ("GRADE", "CATEGORY")]
        if not cues:
            return []
        cue = cues[0]
        verb = self._receive_verb(doc, sentence, cue.start + 1)  # "berpredikat B" is its own verb
        if verb is None:
            verb = next((t.i for t in doc[cue.end:sentence.end] if t.lower_ in self.receive_verbs), None)
        if verb is None:
            return []
        drafts = []
        for recipient in self._recipients(doc, sentence, actors, verb, topic):
            draft = _AwardDraft(sentence, recipient, reference, (cue.start_char, cue.end_char),
                                "cue:" + cue.rule)
            draft.name_end = cue.end
            draft.year = self._year_before(doc, sentence, cue.start, year)
            drafts.append(draft)
        return drafts

    def _inherit(self, draft: _AwardDraft, drafts: list[_AwardDraft], sentence: Span) -> None:
        """"Pada acara yang sama, X juga memperoleh …": the ceremony's giver, date and place."""
        text = sentence.text.lower()
        if not drafts or not any(w in text for w in self.same_event):
            return
        draft.inherits = "ceremony" if any(w in text for w in self.same_ceremony) else "assessment"

    def _reference_name(self, doc: Doc) -> str | None:
        """The assessment the article reports on, for awards that only state a grade."""
        match = _ASSESSMENT.search(doc.text)
        if not match:
            return None
        name = re.sub(r"(\s+(?:Tahun|dan|untuk|for|of))+$", "", match.group(1).strip())
        return "Penghargaan " + name

    def _award_name(self, doc: Doc, head: Mention, sentence: Span) -> tuple[int, int] | None:
        start = head.start
        if doc[start].text[:1].islower():
            # "penghargaan Predikat …": the proper name starts at the capitalised word
            if start + 1 < sentence.end and doc[start + 1].text[:1].isupper() \
                    and doc[start + 1].lower_ not in _NAME_STOP:
                # "opini WTP", "predikat Zona Integritas": the head is part of the name
                start += head.text.lower() not in self.kept_heads or \
                    doc[start + 1].lower_ in _GENERIC_HEADS
            elif head.text.lower() in _GENERIC_HEADS:
                return None
        end = start + 1
        while end < sentence.end:
            token = doc[end]
            if token.lower_ in _NAME_STOP or _YEAR.match(token.text):
                break
            if token.text == "(":
                close = end + 2 < sentence.end and doc[end + 2].text == ")"
                if close and doc[end + 1].text.isupper() and len(doc[end + 1].text) <= 12:
                    end += 3  # keep a parenthesised abbreviation: "(SAKIP)"
                    continue
                break
            if token.text[:1].isupper() or token.lower_ in _NAME_CONNECTORS or token.like_num:
                end += 1
                continue
            break
        while end > start + 1 and doc[end - 1].lower_ in _NAME_CONNECTORS:
            end -= 1
        words = [t for t in doc[start:end] if t.text[:1].isalnum()]
        if len(words) < 2 and doc[start].lower_ in _GENERIC_HEADS:
            return None
        return start, end

    def _split_name(self, doc: Doc, start: int, end: int):
        """"Informatif dalam Anugerah Keterbukaan Informasi Publik": a predicate, then the award;
        "Zona Integritas menuju Wilayah Bebas dari Korupsi": the award, then its category."""
        if end < len(doc) and doc[end].lower_ == "menuju":
            category_end = end + 1
            while category_end < len(doc) and (doc[category_end].text[:1].isupper() or
                                               doc[category_end].lower_ in {"dari", "dan"}):
                category_end += 1
            if category_end < len(doc) and doc[category_end].text == "(" and \
                    category_end + 2 < len(doc) and doc[category_end + 2].text == ")":
                category_end += 3
            name, _, span = self._split_dalam(doc, start, end)
            return name, doc[end + 1:category_end].text or None, span
        return self._split_dalam(doc, start, end)

    @staticmethod
    def _split_dalam(doc: Doc, start: int, end: int):
        for i in range(start + 1, end - 1):
            if doc[i].lower_ == "dalam" and doc[i + 1].text[:1].isupper() and end - i > 2:
                category = doc[start:i].text
                first = category.split()[0]
                if first.lower() in _GENERIC_HEADS or first.isupper():
                    category = category[len(first):].strip() or None
                return (doc[i + 1:end].text, category,
                        (doc[i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)))
        text = doc[start:end].text
        return text[:1].upper() + text[1:], None, (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))

    def _receive_verb(self, doc: Doc, sentence: Span, name_start: int) -> int | None:
        for token in reversed(doc[sentence.start:name_start]):
            if token.lower_ in self.receive_verbs:
                return token.i
        return None

    def _award_year(self, doc: Doc, sentence: Span, name_end: int) -> int | None:
        # "… Publik (Opini …) Tahun 2024": the year right after the name, else any in the sentence
        depth = 0
        for token in doc[name_end:min(sentence.end, name_end + 14)]:
            depth += token.text == "("
            depth -= token.text == ")"
            if _YEAR.match(token.text) and doc[token.i - 1].text != "/":
                return int(token.text)
            if depth == 0 and token.text in {",", "."} and token.i > name_end + 1:
                break
        years = [int(t.text) for t in sentence if _YEAR.match(t.text) and doc[t.i - 1].text != "/"]
        return years[0] if years else None

    def _fill_from_sentence(self, doc, draft: _AwardDraft, sentence: Span,
                            mentions: list[Mention], name_end: int, context: Context) -> None:
        for m in mentions:
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
        self._fill_handover(doc, draft, sentence, mentions, context)

    def _fill_from_following(self, doc, sentences, by_sentence, drafts, context) -> None:
        for n, draft in enumerate(drafts):
            limit = next((d.sentence.start for d in drafts[n + 1:]
                          if d.sentence.start > draft.sentence.start), len(doc))
            for sentence, mentions in zip(sentences, by_sentence):
                if sentence.start <= draft.sentence.start or sentence.start >= limit:
                    continue
                own = [m for m in mentions if m.entity is not None
                       and m.entity.name == draft.recipient.entity.name]
                if own:
                    for m in mentions:
                        if m.label == "GRADE" and draft.grade is None:
                            draft.grade = self._grade(m)
                        elif m.label == "CATEGORY" and draft.category is None:
                            draft.category = self._category(m)
                if any(t.lower_ in self.handover_words for t in sentence):
                    self._fill_handover(doc, draft, sentence, mentions, context)

    def _fill_handover(self, doc, draft: _AwardDraft, sentence: Span, mentions, context) -> None:
        lowered = {t.lower_ for t in sentence}
        if not lowered & self.handover_words and sentence != draft.sentence:
            return
        base = context.published
        if draft.date is None:
            matches = list(_DATE.finditer(sentence.text))
            # "Jakarta, 20 September 2024 – … Kamis (19/9/2024)": the handover, not the dateline
            match = next((m for m in matches if "(" in m.group(0) or
                          m.group(0).split()[0].rstrip(",") in self.weekdays),
                         matches[0] if matches else None)
            if match:
                fallback = date(draft.year, 12, 31) if draft.year and base is None else None
                draft.date = resolve_date(match.group(0), base or fallback)
                if draft.date:
                    draft.evidence.append(self._evidence(context, sentence, match, "date"))
        if draft.place is None:
            place = self._place(sentence)
            if place:
                draft.place = place[0]
                draft.evidence.append(Evidence(context.article_id, sentence.text, place[1],
                                               place[2], "place"))
        if draft.received_by is None:
            own = draft.recipient.entity.name if draft.recipient.entity else None
            rivals = self._co_recipients(draft)
            persons = [m for m in mentions if m.label == "PERSON" and not self._gives(doc, m)]
            described = {id(m): {e.entity.name for e in mentions if e.entity is not None and
                                 m.extra.get("title_start", m.start) <= e.start < m.start}
                         for m in persons}
            # "kepada Kepala Disdukcapil, X, dan Direktur RSUD, Y": each receives for their own
            persons = sorted((m for m in persons if not described[id(m)] & rivals),
                             key=lambda m: own not in described[id(m)])
            for m in persons:
                if True:
                    draft.received_by = m.entity.name
                    draft.evidence.append(Evidence(context.article_id, sentence.text,
                                                   m.start_char, m.end_char, m.rule))
                    break

    @staticmethod
    def _co_recipients(draft: _AwardDraft) -> set[str]:
        return {a.entity.name for a in draft.extra_recipients if a is not draft.recipient}

    @staticmethod
    def _gives(doc: Doc, person: Mention) -> bool:
        """The official who hands over ("diserahkan oleh Menteri X") is not the receiver."""
        start = person.extra.get("title_start", person.start)
        window = [t.lower_ for t in doc[max(0, start - 3):start]]
        return "oleh" in window and any(w.startswith(("diserah", "diberi", "dianugerah",
                                                       "disampaikan")) for w in window)

    def _place(self, sentence: Span) -> tuple[str, int, int] | None:
        text = sentence.text
        for head in self.place_heads:
            match = re.search(r"\b(?:di|bertempat di)\s+(" + re.escape(head) +
                              r"(?:\s+(?:[A-Z][\w'’.-]*|\d+|dan|dan\s+[A-Z]\w*))*)", text)
            if match:
                end = match.end(1)
                # the address goes on in comma-separated parts: "Hotel Raffles, Jakarta"
                for part in _PLACE_PART.finditer(text, end):
                    if part.start() != end or part.group(1).split()[0].rstrip(".,") in self.weekdays:
                        break
                    end = part.end()
                value = text[match.start(1):end].strip().rstrip(".")
                start = sentence.start_char + match.start(1)
                return value, start, start + len(value)
        return None

    @staticmethod
    def _category(m: Mention) -> str | None:
        value = re.sub(r"^(?i:kategori|proper|peringkat)\s+", "", m.text)
        return None if _LETTER_GRADE.match(value) else value

    def _grade(self, m: Mention) -> str:
        words = m.text.replace("-", " ").split()
        if words[0].lower() in {"peringkat", "juara", "ranking", "rangking", "posisi", "terbaik"}:
            number = rank_number(words[-1], self.rules)
            if number:
                return rank_grade(number, "Juara" if words[0].lower() == "juara" else "Peringkat")
        if words[0].lower() in {"nilai", "kategori", "predikat", "opini", "rapor", "level",
                                "tingkat", "peringkat", "berpredikat", "terakreditasi"}:
            rest = " ".join(words[1:])
            return rest if rest.isupper() or " " in rest else rest.capitalize()
        return m.text

    @staticmethod
    def _evidence(context: Context, sentence: Span, match, rule: str) -> Evidence:
        return Evidence(context.article_id, sentence.text, sentence.start_char + match.start(),
                        sentence.start_char + match.end(), rule)

    # -- finishing ----------------------------------------------------------------------

    def _kind(self, name: str, category: str | None) -> str | None:
        text = f" {name} {category or ''} ".lower()
        for kind, words in self.kinds:
            if any(re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text) for w in words):
                return kind
        return None

    def _finish(self, drafts: list[_AwardDraft], scores: list[Score]) -> list[Award]:
        awards: dict[tuple, Award] = {}
        for draft in drafts:
            recipient = draft.recipient.entity
            year = draft.year
            score = next((s.value for s in scores if s.entity.name == recipient.name
                          and s.year == year and s.evidence[0].sentence == draft.sentence.text),
                         None)
            if score is None:
                score = next((s.value for s in scores if s.entity.name == recipient.name
                              and s.year == year), None)
            received_by = None if recipient.type == "person" else draft.received_by
            award = Award(recipient=recipient, name=draft.name, year=year, giver=draft.giver,
                          category=draft.category, grade=draft.grade, score=score,
                          date=draft.date, place=draft.place, received_by=received_by,
                          kind=self._kind(draft.name, draft.category),
                          evidence=tuple(draft.evidence))
            key = (recipient.name, year)
            if key in awards:
                awards[key] = _fill_gaps(awards[key], award)
            else:
                awards[key] = award
        return list(awards.values())


_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:dan|dalam|untuk|di|dari|of|for|the|and)\s+)?)+)"
                      r"\(([A-Z][A-Za-z-]{1,11})\)")


def _abbreviations(text: str) -> dict[str, str]:
    """"Wajar Tanpa Pengecualian (WTP)": the article's own abbreviations and their long forms."""
    found = {}
    for match in _DEFINED.finditer(text):
        words, abbr = match.group(1).split(), match.group(2)
        # "PROPER Emas dalam Program Penilaian … (PROPER)": the long form starts after any
        # all-capital word, at the first word with the abbreviation's initial
        upper = [i for i, w in enumerate(words) if w.isupper() and len(w) > 1]
        words = words[upper[-1] + 1:] if upper else words
        first = next((i for i, w in enumerate(words) if w[0] == abbr[0]), None)
        if first is not None and len(words) - first >= 2 and abbr not in found:
            found[abbr] = " ".join(words[first:])
    return found


def _expand_abbreviations(name: str, abbreviations: dict[str, str]) -> str:
    """"Opini WTP" → "Opini Wajar Tanpa Pengecualian (WTP)"; "Kabupaten Layak Anak" →
    "Kabupaten Layak Anak (KLA)": an award's name in the long form the article defined."""
    if "(" in name:
        return name
    words = name.split()
    for abbr, long in abbreviations.items():
        if abbr in words and long not in name:
            return " ".join(f"{long} ({abbr})" if w == abbr else w for w in words)
        if name.endswith(long):
            return f"{name} ({abbr})"
    return name


def _fill_gaps(first: Award, second: Award) -> Award:
    """The same award reported twice in one article: the first mention's values win."""
    updates = {f: getattr(second, f) for f in ("giver", "category", "grade", "score", "date",
                                                "place", "received_by")
               if getattr(first, f) is None and getattr(second, f) is not None}
    return replace(first, evidence=first.evidence + second.evidence, **updates)
