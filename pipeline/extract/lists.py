"""Recipients listed inside an award report, each its own award record.

- **Ranked lists**: "Pemkot X menduduki peringkat pertama dengan nilai 98,17. Di posisi kedua,
  Pemkot Y …": each ranked actor receives the article's award, graded "Peringkat I/II …".
- **Category lists**: "kategori perintis lingkungan yaitu A dari Kabupaten X, B dari Kota Y, dan
  C dari …": each listed name receives the ceremony's award in that category.
- **The event**: the ceremony's or announcement's date and place ("digelar pada Sabtu, 5 Desember
  2020 di Jakarta Convention Center") for winners listed under it.

The words come from ``rules/lists.json``; a mixin of :class:`~.relations.AwardRelations`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..models import Entity, Evidence
from .drafts import ACTOR_LABELS, AwardDraft, Context
from .cues import _LETTER_GRADE
from .mentions import Mention
from .naming import GENERIC_HEADS
from .tokens import text_of

# "Tiga kategori tersebut adalah A; B; dan C"
_CATEGORIES_WON = re.compile(r"\b(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|\d+)\s+(?:kategori|penghargaan)\s+(?:tersebut\s+|itu\s+)?"
                             r"(?:adalah|yaitu|yakni|meliputi)\s+(.+)$")
_ITEM_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,9}[A-Z][\w'’.-]*)"


class RecipientLists:
    """Ranked and category lists of recipients under the article's award."""

    def _lists_rules(self) -> dict:
        return self.rules.files.get("lists.json", {})

    def _recipient_lists(self, doc: Doc, sentences, by_sentence, drafts: list[AwardDraft],
                         context: Context) -> list[AwardDraft]:
        """Awards to the recipients of ranked and category lists; winners of a ceremony's list
        get the event's date and place."""
        if not self._lists_rules():
            return []
        memo: dict = {}

        def event():
            if "event" not in memo:
                memo["event"] = self._list_event(doc, sentences, by_sentence, drafts, context)
            return memo["event"]

        found: list[AwardDraft] = []
        for maker in (self._ranked_awards, self._category_list_awards, self._group_members,
                      self._categories_won):
            found += maker(doc, sentences, by_sentence, drafts + found, context, event)
        winners = [d for d in drafts if d.rule == "list" and (d.date is None or d.place is None)]
        if winners:
            when = AwardDraft(sentences[0], winners[0].recipient, "", (0, 0), "event")
            self._event_when_where(sentences, when, context)
            for draft in winners:
                draft.date, draft.place = draft.date or when.date, draft.place or when.place
        return found

    # -- the event ----------------------------------------------------------------------

    def _list_event(self, doc: Doc, sentences, by_sentence, drafts, context) -> AwardDraft | None:
        """The award the article reports, as a template: its name, giver, year, date, place."""
        # "diberikan pula <special award> kepada X": a side award, not the listed one
        drafts = [d for d in drafts if not d.rule.startswith("given:")]
        template = drafts[0] if drafts else self._ceremony(doc, sentences, by_sentence, context)
        name = self._assessment_award(sentences)
        if template is None:
            name = name or self._single_award_name(doc, by_sentence)
            if name is None:
                return None
            dummy = Mention("EVENT", 0, 0, 0, 0, "", "")
            template = AwardDraft(sentences[0], dummy, name, (0, 0), "event", year=context.year)
        elif not drafts and name:
            template = replace(template, name=name, category=None, grade=None)
        template = replace(template, evidence=[], received_by=None, extra_recipients=[])
        if template.giver is None:
            template.giver = self._award_giver(by_sentence, sentences)
        if template.date is None or template.place is None:
            self._event_when_where(sentences, template, context)
        return template

    def _assessment_award(self, sentences) -> str | None:
        """"Penghargaan … Hasil Penilaian Kepatuhan Pelayanan Publik Tahun 2023" → "Penghargaan
        Penilaian Kepatuhan Pelayanan Publik": an award named after its assessment."""
        heads = "|".join(map(re.escape, self._lists_rules()["assessment_heads"]))
        for sentence in sentences:
            if not re.match(r"\s*Penghargaan\b", text_of(sentence)):
                continue
            match = re.search(r"\b((?:" + heads + r")(?:\s+(?:[A-Z][\w'’-]*|dan))+)", text_of(sentence))
            if match:
                name = re.sub(r"(\s+(?:Tahun|dan))+$", "", match.group(1))
                if len(name.split()) >= 3:
                    return "Penghargaan " + name
        return None

    def _single_award_name(self, doc: Doc, by_sentence) -> str | None:
        """"penghargaan Kalpataru 2019": a one-word award name that is not a generic head."""
        for mentions in by_sentence:
            for head in (m for m in mentions if m.label == "AWARD_HEAD"):
                if head.text.lower() not in GENERIC_HEADS and head.text[:1].isupper():
                    return head.text
        return None

    def _award_giver(self, by_sentence, sentences=()) -> Entity | None:
        """The body named where the article first reports the award; else the ministry of the
        minister who hands it over ("Menteri Lingkungan Hidup dan Kehutanan X memberikan …")."""
        for mentions in by_sentence:
            if any(m.label == "AWARD_HEAD" for m in mentions):
                giver = next((m for m in mentions if m.label == "GIVER"), None)
                if giver is not None:
                    return giver.entity
        ministries = sorted((g["name"] for g in self.rules.givers["givers"]
                             if g["name"].startswith("Kementerian ")), key=len, reverse=True)
        for sentence, mentions in zip(sentences, by_sentence):
            if not any(m.label == "AWARD_HEAD" for m in mentions) or \
                    not any(t.lower_ in self.handover_words for t in sentence):
                continue
            for name in ministries:
                if re.search(r"\bMenteri\s+" + re.escape(name[len("Kementerian "):]) + r"\b",
                             text_of(sentence)):
                    return self.namer.giver(name)
            return None
        return None

    def _event_when_where(self, sentences, template: AwardDraft, context: Context) -> None:
        event_verbs = {w.lower() for w in self._lists_rules()["event_verbs"]}
        # sentences that tell of the event ("digelar pada …") before those of a handover
        ordered = [s for s in sentences if any(t.lower_ in event_verbs for t in s)] + \
            [s for s in sentences if any(t.lower_ in self.handover_words for t in s)]
        for sentence in ordered:
            if template.date is None:
                found = self._sentence_date(text_of(sentence), template.year, context.published)
                template.date = found[1] if found else None
            if template.place is None:
                place = self._place(sentence)
                if place:
                    template.place = place[0]
            if template.date and template.place:
                return

    # -- ranked lists -------------------------------------------------------------------

    def _ranked_awards(self, doc, sentences, by_sentence, drafts, context, event) -> list[AwardDraft]:
        """"X menduduki peringkat pertama …, disusul Y di posisi kedua": actors and ranks of a
        sentence paired in order, when the sentence names as many of each. When the article
        named its recipients already, a ranking grades them and adds no one."""
        heads = {w.lower() for w in self._lists_rules()["rank_heads"]}
        found = []
        category = None
        template = None
        told = {d.recipient.entity.name for d in drafts if d.recipient.entity is not None}
        for sentence, mentions in zip(sentences, by_sentence):
            ranks = [m for m in mentions if m.label == "GRADE"
                     and m.text.split()[0].lower() in heads]
            if not ranks or self._hypothetical(sentence):
                continue
            if any(d.sentence == sentence for d in drafts):
                continue  # the sentence's award is already told
            described = {i for p in mentions if p.label == "PERSON"
                         for i in range(p.extra.get("title_start", p.start), p.start)}
            actors = [m for m in mentions if m.label in ACTOR_LABELS and not m.scoped
                      and m.qualifier_of is None and m.entity is not None
                      and m.start not in described]
            if len(actors) != len(ranks):
                continue
            template = template or event()
            if template is None:
                return found
            cues = sorted((m for m in mentions if m.label == "CATEGORY"),
                          key=lambda m: m.text.lower().startswith("kategori"))  # zones first
            category = next((c for c in map(self._category, cues) if c), None) or category
            for actor, rank in zip(actors, ranks):
                if told and actor.entity.name not in told:
                    continue  # recipients were named: the ranking only grades them
                draft = replace(template, recipient=actor, sentence=sentence, grade=self._grade(rank),
                                category=category or template.category, rule="ranked",
                                name_span=(rank.start_char, rank.end_char), evidence=[],
                                name_end=rank.end)
                draft.evidence.append(Evidence(context.article_id, text_of(sentence), actor.start_char,
                                               actor.end_char, "award:ranked"))
                found.append(draft)
        return found

    # -- members of a counted group ------------------------------------------------------

    def _group_members(self, doc, sentences, by_sentence, drafts, context, event) -> list[AwardDraft]:
        """"Banten memiliki tiga daerah yang mendapat predikat BB. Di antaranya A dengan 74,54
        poin, B 74,15 poin, dan C": the members listed after a counted group that received a
        grade or category receive the article's award with it."""
        markers = tuple(w.lower() for w in self._lists_rules()["list_markers"])
        told = {(d.recipient.entity.name, d.sentence.start) for d in drafts if d.recipient.entity}
        found = []
        for (previous, before), (sentence, mentions) in zip(zip(sentences, by_sentence),
                                                            zip(sentences[1:], by_sentence[1:])):
            if not text_of(sentence).lower().startswith(markers) or self._hypothetical(previous):
                continue
            cues = [m for m in before if m.label in ("GRADE", "CATEGORY")]
            verb = next((t.i for t in previous if t.lower_ in self.receive_verbs), None)
            # "… mendapat predikat tertinggi mencapai BB": a letter grade further on
            letter = None
            if verb is not None and "predikat" in text_of(previous).lower():
                letter = next((t.text for t in doc[verb:previous.end] if _LETTER_GRADE.match(t.text)),
                              None)
            if not (cues or letter) or verb is None or not any(t.like_num or t.lower_ in self.number_words
                                                   for t in doc[previous.start:verb]):
                continue
            members = [m for m in mentions if m.label in ACTOR_LABELS and not m.scoped
                       and m.qualifier_of is None and m.entity is not None]
            template = event() if len(members) >= 2 else None
            if template is None:
                continue
            for member in members:
                if (member.entity.name, sentence.start) in told:
                    continue
                draft = replace(template, recipient=member, sentence=sentence, grade=None,
                                category=None, rule="group", evidence=[], received_by=None,
                                name_span=(member.start_char, member.end_char), date=None, place=None)
                self._fill_from_sentence(doc, draft, previous, before, previous.start, context)
                draft.date, draft.place, draft.grade = None, None, draft.grade or letter
                draft.evidence.append(Evidence(context.article_id, text_of(sentence), member.start_char,
                                               member.end_char, "award:group"))
                found.append(draft)
        return found

    # -- the categories one recipient won ----------------------------------------------

    def _categories_won(self, doc, sentences, by_sentence, drafts, context, event) -> list[AwardDraft]:
        """"X menjadi jawara di 3 kategori. Tiga kategori tersebut adalah A; B; dan C": one
        award per category to the recipient of the award told just before."""
        found = []
        for sentence in sentences:
            match = _CATEGORIES_WON.search(text_of(sentence))
            if not match:
                continue
            told = [d for d in drafts if d.sentence.start < sentence.start and d.rule != "list"]
            if not told:
                continue
            last = told[-1]
            same = [d for d in drafts if d.recipient.entity and last.recipient.entity
                    and d.recipient.entity.name == last.recipient.entity.name and d.year == last.year]
            items = match.group(1).rstrip(". ")
            parts = re.split(r";\s*(?:dan\s+)?", items) if ";" in items else \
                re.split(r",\s*(?:dan\s+)?|\s+dan\s+", items)
            parts = [p.strip() for p in parts if p.strip()]
            if len(parts) < 2:
                continue
            start = sentence.start_char + match.start(1)
            for n, category in enumerate(parts):
                if n == 0 and same and all(d.category is None for d in same):
                    for d in same:  # the award told before is the first of them
                        d.category = category
                    continue
                draft = replace(last, category=category, sentence=sentence, rule="categories",
                                evidence=[], name_span=(start, start + len(items)))
                draft.evidence.append(Evidence(context.article_id, text_of(sentence), start,
                                               start + len(items), "award:categories"))
                found.append(draft)
        return found

    # -- category lists -----------------------------------------------------------------

    def _category_list_awards(self, doc, sentences, by_sentence, drafts, context,
                              event) -> list[AwardDraft]:
        """"kategori perintis lingkungan yaitu A dari Kabupaten X, B dari Kota Y": two or more
        names, each tied to where it comes from, after a category and a list marker."""
        words = self._lists_rules()
        markers = "|".join(map(re.escape, words["list_markers"]))
        links = "|".join(map(re.escape, words["item_links"]))
        groups = tuple(words["group_heads"])
        found = []
        template = None
        for sentence, mentions in zip(sentences, by_sentence):
            text = text_of(sentence)
            head = re.search(r"\b[Kk]ategori\s+((?:[a-z][\w-]*\s+){0,4}?)(?:" + markers + r")\s+",
                             text)
            if not head:
                continue
            origins = {m.start_char - sentence.start_char for m in mentions
                       if m.label in ("GOV", "UNIT") or m.label == "GIVER"}
            items = []
            for match in re.finditer(_ITEM_NAME + r"\s+(?:" + links + r")\s+", text[head.end():]):
                if head.end() + match.end() in origins:
                    items.append((head.end() + match.start(1), match.group(1)))
            if len(items) < 2:
                continue
            template = template or event()
            if template is None:
                return found
            category = head.group(1).strip() or None
            for offset, raw in items:
                group = raw.startswith(groups)
                name = raw if group else self.namer.person_name(raw)
                start = sentence.start_char + offset
                recipient = Mention("PERSON", sentence.start, sentence.end, start, start + len(raw),
                                    raw, "category-list",
                                    entity=Entity(name, "lembaga" if group else "person"))
                draft = replace(template, recipient=recipient, sentence=sentence, grade=None,
                                category=category, rule="category-list", evidence=[],
                                name_span=(start, start + len(raw)), received_by=None)
                draft.evidence.append(Evidence(context.article_id, text, start, start + len(raw),
                                               "award:category-list"))
                found.append(draft)
        return found
