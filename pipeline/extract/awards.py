"""Award detection: a named award after a receive or give verb, its recipients and year;
co-recipients of the same ceremony; the article's handover filling this year's award."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..models import Evidence
from .drafts import ACTOR_LABELS, JOINS, YEAR, AwardDraft, Context
from .mentions import Mention
from .naming import GENERIC_HEADS, _expand_abbreviations, article_abbreviations
from .years import listed_years
from .tokens import text_of


class AwardFinder:
    """Awards in the article's sentences; a mixin of :class:`~.relations.AwardRelations`."""

    def _awards(self, doc, sentences, by_sentence, context) -> list[AwardDraft]:
        drafts: list[AwardDraft] = []
        topic: Mention | None = None
        reference = self._reference_name(doc)
        abbreviations = article_abbreviations(doc)
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
                # "penghargaan yang sama juga diserahkan kepada …": the award told before
                same_as = self._same_award(doc, head, sentence, made or drafts)
                named = (head.start, head.end + 2) if same_as else \
                    self._award_name(doc, head, sentence) or self._given_name(doc, sentence, head)
                if named is None:
                    continue
                start, end = named
                if any(c.start <= start and end <= c.end for c in mentions
                       if c.label in ("GRADE", "CATEGORY")):
                    if head.text.lower() in GENERIC_HEADS or start != head.start:
                        continue  # "predikat BB" is a grade: the award's name is elsewhere
                    end = head.end  # "PROPER Hijau": the award, then its category
                # "Anugerah PROPER Hijau": the award, then the category its last words name
                tail = next((c for c in mentions if c.label == "CATEGORY" and start < c.start < end
                             and c.end == end), None)
                tail_category = self._category(tail) if tail is not None else None
                if tail_category:
                    words = len(tail_category.split())
                    if doc[end - words:end].text == tail_category and end - words > start + 1:
                        end -= words
                rank = next((g for g in mentions if g.label == "GRADE" and g.start == start
                             and g.end < end), None)
                kept_head = None
                if rank is not None:  # "Juara I Tenaga Kesehatan Teladan": a rank, then the name
                    start = rank.end
                    # "predikat AA dalam Sistem Akuntabilitas …": "Predikat Sistem Akuntabilitas …"
                    if start + 1 < end and doc[start].lower_ in {"dalam", "pada", "untuk"}:
                        start += 1
                        if head.text.lower() in self.kept_heads and head.start == rank.start:
                            kept_head = head.text.capitalize()
                verb = self._receive_verb(doc, sentence, start)
                give = self._give_verb(doc, sentence, start)
                given = self._given_to(doc, sentence, end, actors + persons) \
                    if give is not None and (verb is None or give > verb) else []
                if verb is None and not given:
                    given = self._received_by_after(doc, sentence, end, actors + persons)
                if same_as and not given:
                    given = self._handed_over_to(doc, sentence, end, actors + persons)
                if not given and (verb is None or any(t.text in {",", ";"} for t in doc[verb:start])):
                    continue
                name, category, name_span = self._split_name(doc, start, end)
                name = _expand_abbreviations(name, abbreviations)
                name, tier = self._split_tier(name)
                name = f"{kept_head} {name}" if kept_head else name
                if same_as:
                    name, category, tier = same_as.name, same_as.category, same_as.grade
                recipients = given or self._recipients(doc, sentence, actors + persons, verb, topic) \
                    or self._handed_over_to(doc, sentence, end, actors + persons)
                organiser = bool(given) and give is not None and \
                    self._organiser_gives(doc, sentence, give)
                rule = ("given:organiser:" if organiser else "given:" if given else "") + head.rule
                # "sejak Tahun 2019, 2021, dan 2023 meraih …": one award a year
                years = (listed_years(doc, sentence, verb) if verb is not None else []) or [None]
                for recipient in recipients:
                    for listed_year in years:
                        draft = AwardDraft(sentence, recipient, name, name_span, rule)
                        if organiser:
                            draft.inherits = "ceremony"
                        draft.extra_recipients = recipients
                        draft.name_end = end
                        draft.category, draft.grade = category, tier
                        draft.year = listed_year or (same_as.year if same_as else None) or \
                            self._award_year(doc, sentence, end) or \
                            self._year_before(doc, sentence, start, year)
                        made.append(draft)
            if not made:
                made = self._cue_awards(doc, sentence, mentions, actors + persons, topic,
                                        reference or (drafts[0].name if drafts else None), year)
            if not made and drafts:
                made = self._titled(doc, sentence, actors + persons, topic, drafts[0], year)
            for draft in made:
                if draft.inherits is None:
                    self._inherit(draft, drafts, sentence)
                self._fill_from_sentence(doc, draft, sentence, mentions, draft.name_end, context)
                if draft.rule.startswith("history:"):  # earlier years': no handover told
                    draft.giver = draft.date = draft.place = draft.received_by = None
                draft.evidence.append(Evidence(context.article_id, text_of(sentence),
                                               draft.name_span[0], draft.name_span[1],
                                               "award:" + draft.rule))
                drafts.append(draft)
            if actors:
                topic = actors[0]
        self._fill_from_following(doc, sentences, by_sentence, drafts, context)
        reference_giver = self._reference_giver(doc, sentences, by_sentence)
        ceremony = None
        for draft in drafts:
            if draft.giver is None and draft.rule.startswith("cue:") and draft.name == reference:
                draft.giver = reference_giver
            if draft.inherits:
                first = drafts[0]
                if first is draft:  # "panitia memberikan …" before any other award: the event's
                    ceremony = ceremony or self._ceremony(doc, sentences, by_sentence, context)
                    first = ceremony or draft
                if draft.rule.startswith("given:organiser:") and draft.inherits == "ceremony" \
                        and first is not draft:
                    # the organiser's special award is a category of its ceremony's award
                    draft.name, draft.category = first.name, draft.category or draft.name
                draft.giver = draft.giver or first.giver
                if draft.inherits == "ceremony":
                    draft.date, draft.place = draft.date or first.date, draft.place or first.place
        self._fill_from_event(sentences, by_sentence, drafts, context)
        drafts += self._list_awards(doc, sentences, by_sentence, drafts, context)
        drafts += self._recipient_lists(doc, sentences, by_sentence, drafts, context)
        drafts += self._prose_winners(doc, sentences, by_sentence, drafts, context)
        return drafts

    @staticmethod
    def _same_award(doc, head, sentence: Span, told: list[AwardDraft]) -> AwardDraft | None:
        if told and head.end + 1 < sentence.end and doc[head.end].lower_ == "yang" and \
                doc[head.end + 1].lower_ == "sama" and head.text.lower() in GENERIC_HEADS:
            return told[-1]
        return None

    def _fill_from_event(self, sentences, by_sentence, drafts, context) -> None:
        """The body, date and place the article gives for its award's handover fill this
        year's award where its own sentences name none; earlier years' awards keep none."""
        main = drafts[0] if drafts else None
        same = [d for d in drafts if main is not None and d.year == main.year and d.name == main.name]
        if not any(d.giver is None or d.date is None or d.place is None for d in same):
            return
        event = AwardDraft(main.sentence, main.recipient, main.name, (0, 0), "event", year=main.year)
        event.giver = self._award_giver(by_sentence, sentences)
        self._event_when_where(sentences, event, context)
        # "Dalam evaluasi yang sama, X memperoleh …": assessed alike, not at the same handover
        assessed = {d.recipient.entity.name for d in drafts if d.inherits == "assessment"}
        for draft in same:
            draft.giver = draft.giver or event.giver
            # co-recipients told in a sentence of their own are not tied to the handover
            told_with = draft.sentence == main.sentence or draft.inherits == "ceremony" or \
                draft.recipient.entity.name == main.recipient.entity.name
            if draft.recipient.entity.name not in assessed and told_with:
                draft.date, draft.place = draft.date or event.date, draft.place or event.place

    def _sentence_award_year(self, doc, sentence: Span, context: Context,
                             previous_year: int | None) -> int | None:
        if previous_year and text_of(sentence).lower().startswith(self.anaphoric_time):
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
        marker = next((t.i for t in doc[verb:sentence.end] if t.lower_ in self.enumeration), None)
        # "Delapan kota di Jawa Tengah meraih …, yakni A, B, dan C": the object of "di" is no
        # subject; the listed are the recipients
        before = subjects or (before if marker is None else [])
        if not before and marker is not None:  # "… yang memperoleh WTP adalah X, Y, dan Z"
            listed = [m for m in actors if m.start > marker and m.entity is not None]
            if listed:
                return listed
        if not before:
            return [topic] if topic is not None and topic.entity is not None and \
                not self._other_subject(doc, sentence, verb) else []
        chosen = [before[-1]]
        for m in reversed(before[:-1]):
            gap = _outside_brackets(doc[m.end:chosen[0].start]) - {"tbk", "tbk."}
            # "Dinas … (Disdukcapil) dan RSUD …": an abbreviation in brackets joins too
            if gap and gap <= JOINS | {"(", ")"}:
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
        return any(t.lower_ in self.other_subject or (t.like_num and not YEAR.match(t.text))
                   for t in doc[sentence.start:verb])

    def _inherit(self, draft: AwardDraft, drafts: list[AwardDraft], sentence: Span) -> None:
        """"Pada acara yang sama, X juga memperoleh …": the ceremony's giver, date and place."""
        text = text_of(sentence).lower()
        if not drafts or not any(w in text for w in self.same_event):
            return
        draft.inherits = "ceremony" if any(w in text for w in self.same_ceremony) else "assessment"

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
            if YEAR.match(token.text) and doc[token.i - 1].text != "/":
                return int(token.text)
            if depth == 0 and token.text in {",", "."} and token.i > name_end + 1:
                break
        years = [int(t.text) for t in sentence if YEAR.match(t.text) and doc[t.i - 1].text != "/"]
        return years[0] if years else None

def _outside_brackets(span) -> set[str]:
    """"(PTBA) Tbk dan" → {"(", "tbk", "dan"}: the words of a gap outside brackets, and "("
    standing for a bracketed part (the abbreviation inside it is left out)."""
    words, depth = set(), 0
    for token in span:
        if token.text == "(":
            depth += 1
            words.add("(")
        elif token.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            words.add(token.lower_)
    return words
