"""The ``warta_awards`` component: which number is whose score, which award went to whom.

Generic and small on purpose: the words it relies on (scale words, receive verbs,
"tahun lalu", place heads …) come from ``rules/language.json``. The work is split by job:
``scores`` (scores and years), ``awards`` (award detection), ``naming`` (award names),
``handover`` (date, place, received_by), ``ceremony`` (the ceremony and its organiser), ``lists``
(the article's giver), ``winners`` (category winners told in prose); the frame layers in
``frames``, ``items``, ``document``, ``handovers``, ``givers``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from ..models import Award, Entity, Score
from ..normalise import Namer
from ..rules import Rules
from .awards import AwardFinder
from .ceremony import CeremonyLists
from .cues import GradeCues
from .drafts import AwardDraft, Context
from .gifts import GiftFinder
from .handover import Handover, date_patterns
from .lists import RecipientLists
from .mentions import find_mentions
from .naming import GENERIC_HEADS, AwardNamer, article_abbreviations, level_of, without_edition
from .scores import ScoreFinder, actor_aliases
from .units import unit_heads, unit_key
from .winners import ProseWinners
from .tokens import text_of, token_table
from .document import DocumentAssembler, as_contingents
from .frames import FrameFinder, is_match_report
from .handovers import fill_handovers
from .items import ListReader
from .lexicon import Lexicon
from .mentions import region_entity
from .drafts import ACTOR_LABELS

__all__ = ["AwardRelations", "Context"]


class AwardRelations(ScoreFinder, AwardFinder, GradeCues, GiftFinder, AwardNamer, Handover,
                     CeremonyLists, RecipientLists, ProseWinners):
    """The ``warta_awards`` spaCy component."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.namer = Namer(rules)
        language = rules.language
        self.stopwords = {w.lower() for w in rules.regions["name_stopwords"]}
        self.scale_words = {k.lower(): v for k, v in language["score_words"].items()}
        # (with the possessive suffix: "nilainya", "kepatuhannya mencapai 100 persen")
        self.scale_words |= {f"{k}nya": v for k, v in self.scale_words.items() if " " not in k}
        self.percent_words = {w.lower() for w in language["percent_words"]}
        self.not_before = {w.lower() for w in language["not_score_before"]}
        self.difference_words = {w.lower() for w in language["difference_words"]}
        self.not_after = {w.lower() for w in language["not_score_after"]}
        self.receive_verbs = {w.lower() for w in language["receive_verbs"]}
        self.handover_words = {w.lower() for w in language["handover_words"]}
        self.previous_year = [w.lower() for w in language["previous_year"]]
        self.weekdays = set(language["weekdays"])
        self.month_words = {w.lower() for w in language["months"]}
        self.weekday_words = {w.lower() for w in language["weekdays"]}
        self.weekday_numbers = {k.lower(): v for k, v in language.get("weekday_numbers", {}).items()}
        self.date_re, self.bare_weekday_re = date_patterns(language)
        self.object_prepositions = {w.lower() for w in language.get("object_prepositions", [])}
        self.person_verbs = {w.lower() for w in language.get("person_verbs", [])}
        self.enumeration = {w.lower() for w in language.get("enumeration_words", [])}
        self.organiser_verbs = {w.lower() for w in language.get("organiser_verbs", [])}
        self.passive_verbs = {w.lower() for w in language.get("passive_verbs", [])}
        self.other_subject = {w.lower() for w in language.get("other_subject_words", [])}
        self.same_event = tuple(language.get("same_event", []))
        self.same_ceremony = tuple(language.get("same_ceremony", []))
        self.range_words = {w.lower() for w in language.get("range_words", [])}
        self.period_words = {w.lower() for w in language.get("period_words", [])}
        self.besides_words = {w.lower() for w in language.get("besides_words", [])}
        self.number_words = {w.lower() for w in language["number_words"]}
        self.hypothetical = {w.lower() for w in language.get("hypothetical_words", [])}
        self.anaphoric_time = tuple(w.lower() for w in language.get("anaphoric_time", []))
        self.place_heads = sorted(language["place_heads"], key=len, reverse=True)
        self.place_head_words = {w for h in language["place_heads"] for w in h.split() if w[:1].isupper()}
        self.lower_place_heads = {w.lower() for w in language.get("lower_place_heads", [])}
        self.event_words = {w.lower() for w in rules.files.get("frames.json", {}).get("event_words", [])}
        self.kinds = [(k["kind"], [w.lower() for w in k["any"]]) for k in rules.awards["kinds"]]
        # one pattern per kind, any of its words as a whole word; the first kind that matches wins
        self.kind_patterns = [(kind, re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words))
                                                + r")(?![\w])")) for kind, words in self.kinds]
        self.place_patterns = [re.compile(
            r"\b(?:di|bertempat di)\s+(" + re.escape(head) +
            r"(?:\s+(?:[A-Z][\w'’.-]*|\d+|dan|dan\s+[A-Z]\w*))*)") for head in self.place_heads]
        self.kept_heads = {w.lower() for w in rules.awards.get("name_keeps_head", [])}
        self.names_by_type = rules.awards.get("name_by_recipient_type", {})
        self.levels = set(rules.awards.get("name_levels", []))
        self.tiers = set(rules.awards.get("name_tiers", []))
        self.trailing_heads = {w.lower() for w in rules.awards.get("trailing_heads", [])}
        self.heads_by_kind = rules.awards.get("head_by_kind", {})
        self.quality_grades = {w.lower() for w in rules.awards.get("quality_grades", [])}
        self.grade_labels = sorted(rules.awards.get("grade_labels", []), key=len, reverse=True)
        self.graded_by_quality = set(rules.awards.get("kinds_graded_by_quality", []))
        self.inner_words = {w.lower() for w in rules.awards.get("name_inner_words", [])}
        # "lomba desa tingkat kabupaten": a competition named in lower case by what competes
        self.lower_case_heads = {w.lower() for w in rules.awards.get("lower_case_name_heads", [])}
        self.trailing_bodies = set(rules.awards.get("name_drops_trailing", []))
        self.body_heads = set(rules.awards.get("body_heads", []))
        self.plural_anaphors = {w.lower() for w in language.get("plural_anaphors", [])}
        self.give_verbs = {w.lower() for w in language.get("give_verbs", [])}
        self.recipient_markers = {w.lower() for w in language.get("recipient_markers", [])}
        self.organiser_subjects = {w.lower() for w in language.get("organiser_subjects", [])}
        self.regulation_numbers = {w.lower() for w in language.get("regulation_numbers", [])}

    def __call__(self, doc: Doc) -> Doc:
        context = replace(doc._.context or Context())
        context.year = context.year or self._article_year(doc, context)
        mentions = find_mentions(doc, self.namer, self.stopwords)
        sentences = list(doc.sents)
        by_sentence = [[m for m in mentions if s.start <= m.start < s.end] for s in sentences]
        resolve = _region_resolver(self.namer, mentions)
        drafts, frames = self._frame_drafts(doc, sentences, by_sentence, mentions, context, resolve)
        aliases = actor_aliases(doc, mentions)
        told = [i.entity for f in frames for i in f.items] + \
            [m.entity for m in mentions if m.label == "PERSON" and m.entity is not None]
        for word, person in _short_person_names(drafts, told).items():
            aliases.setdefault(word, person)  # "Drs. Hendra Saputra … Hendra mencatat nilai 92,15"
        for m in mentions:  # "Bagi Kota Malang, … Tahun ini Malang mengumpulkan nilai …": the kind told before
            if m.label == "REGION" and m.entity is None:
                m.entity = resolve(m, None)
        owners = _score_owners(doc, sentences, by_sentence, frames)
        scores = self._scores(doc, sentences, owners, drafts, context, aliases)
        scores = _with_item_scores(scores, frames, drafts, context, self)
        if frames_sport(doc, self.rules):
            scores = []  # points in a standing, goals: no assessment
        doc._.scores = tuple(scores)
        doc._.awards = tuple(self._finish(drafts, scores, aliases))
        doc._.named = frozenset(name for m in mentions if m.entity is not None
                                for name in (m.entity.name, *m.entity.aliases))
        return doc

    def _frame_drafts(self, doc, sentences, by_sentence, mentions, context, resolve):
        """Layers 2 and 3: frames of the article's clauses, then award drafts with their
        handover details."""
        table = token_table(doc)
        lexicon = Lexicon.from_rules(self.rules)
        reader = ListReader(table, mentions, self.namer, lexicon, resolve)
        frames = FrameFinder(table, sentences, by_sentence, reader, lexicon).frames()
        drafts = DocumentAssembler(self, doc, sentences, by_sentence, context).drafts(frames)
        drafts += self._prose_winners(doc, sentences, by_sentence, drafts, context)
        fill_handovers(self, doc, sentences, by_sentence, drafts, context, lexicon)
        as_contingents(drafts)
        abbreviations = article_abbreviations(doc)
        for draft in drafts:  # "predikat WBK" after "Wilayah Bebas dari Korupsi (WBK)": the long form
            if draft.category in abbreviations:
                draft.category = f"{abbreviations[draft.category]} ({draft.category})"
        if not context.year_labelled:  # a year the article labels is no guess to correct
            _adopt_edition_year(drafts)
        return drafts, frames

    def _quality_placed(self, grade: str | None, category: str | None, kind: str | None):
        """"Baik", "Unggul": an accreditation's grade, but another award's predicate (a category)."""
        if grade and grade.lower() in self.quality_grades and kind not in self.graded_by_quality \
                and category is None:
            return None, grade
        if category and category.lower() in self.quality_grades and kind in self.graded_by_quality \
                and grade is None:
            return category, None
        return grade, category

    def _kind(self, name: str, category: str | None) -> str | None:
        text = f" {name} {category or ''} ".lower()
        return next((kind for kind, pattern in self.kind_patterns if pattern.search(text)), None)

    def _canonical_head(self, name: str, kind: str | None) -> str:
        """"Penghargaan Hoegeng Awards" → "Hoegeng Awards"; "Predikat Wajar Tanpa Pengecualian
        (WTP)" → "Opini …": the head an award of its kind is known by."""
        words = name.split()
        if len(words) > 2 and words[0].lower() in GENERIC_HEADS and words[-1].lower() in self.trailing_heads:
            return " ".join(words[1:])
        head = self.heads_by_kind.get(kind or "")
        if head and len(words) > 1 and words[0].lower() in GENERIC_HEADS and words[0] != head:
            return " ".join([head, *words[1:]])
        if head and words[0].lower() not in GENERIC_HEADS:
            return f"{head} {name}"  # "WTP diraih oleh X": "Opini WTP"
        return name

    def _finish(self, drafts: list[AwardDraft], scores: list[Score],
                aliases: dict[str, Entity]) -> list[Award]:
        awards: dict[tuple, Award] = {}
        origin: dict[tuple, AwardDraft] = {}
        same_unit = _same_units([d.recipient.entity for d in drafts] + [s.entity for s in scores],
                                unit_heads(self.rules))
        same_unit.update(_same_persons([d.recipient.entity for d in drafts]))
        scores = [replace(s, entity=same_unit.get(s.entity.name, s.entity)) for s in scores]
        for draft in drafts:
            recipient = aliases.get(draft.recipient.entity.name, draft.recipient.entity)
            recipient = same_unit.get(recipient.name, recipient)
            year = draft.year
            sentence = text_of(draft.sentence)
            score = next((s.value for s in scores if s.entity.name == recipient.name
                          and s.year == year and s.evidence[0].sentence == sentence), None)
            if draft.score_span:
                low, high = draft.score_span
                score = next((s.value for s in scores if s.entity.name == recipient.name
                              and s.year == year and low <= s.evidence[0].start < high), None)
            elif score is None and not draft.rule.startswith("history:"):  # (a round won before has its own)
                score = next((s.value for s in scores if s.entity.name == recipient.name
                              and s.year == year), None)
            received_by = None if recipient.type == "person" else draft.received_by
            # "terakreditasi Paripurna" for a hospital: "Akreditasi Rumah Sakit"
            name = self.names_by_type.get(draft.name, {}).get(recipient.type, draft.name)
            name = self._canonical_head(without_edition(name), self._kind(name, draft.category))
            grade, category = self._quality_placed(draft.grade, draft.category, self._kind(name, draft.category))
            award = Award(recipient=recipient, name=name, year=year, giver=draft.giver,
                          category=category, grade=grade, score=score,
                          date=draft.date, place=draft.place, received_by=received_by,
                          kind=self._kind(name, draft.category),
                          evidence=tuple(draft.evidence))
            key = (recipient.name, year)
            # "kategori A … dan kategori B", a winner in two category lists: one record each
            if key in awards and not _separate_categories(origin[key], draft):
                awards[key] = _fill_gaps(awards[key], award)
                origin[key] = replace(origin[key], category=awards[key].category,
                                      sentence=draft.sentence if draft.category else origin[key].sentence)
                continue
            if key in awards and origin[key].name == draft.name:  # the same award, another category
                award = _fill_gaps(award, replace(awards[key], category=None, score=None,
                                                  received_by=None, evidence=()))
            told = next((k for k, d in origin.items() if k[:2] == key and d.name == draft.name and
                         d.category == draft.category), None)
            if told is not None:  # the same award of the same recipient told again in the sentence
                awards[told] = _fill_gaps(awards[told], award)
                continue
            while key in awards:
                key = (*key, draft.category)
            awards[key], origin[key] = award, draft
        return list(awards.values())


# a ceremony's winners: one record per category
_WINNER_RULES = {"list", "winner", "frame:line", "frame:listed", "frame:heading", "frame:categories"}


def _separate_categories(first: AwardDraft, second: AwardDraft) -> bool:
    """Two awards, not one reported twice: two categories of one sentence or of two lists,
    or two differently named awards ("IGA … Selain itu, … penghargaan hasil evaluasi SPBE")."""
    if first.category and second.category and first.category != second.category and \
            (first.sentence == second.sentence or {first.rule, second.rule} <= _WINNER_RULES
             or second.rule in ("categories", "frame:categories")):
        return True
    a, b = (set(re.findall(r"\w+", d.name.lower())) for d in (first, second))
    named = not first.rule.startswith("cue:") and not second.rule.startswith("cue:")
    if any(x.category and x.category.lower() in y.name.lower() for x, y in ((first, second), (second, first))):
        return False  # "trofi Best CEO" after "dinobatkan sebagai Best CEO": one award told by its category
    levels = [level_of(d.name) for d in (first, second)]
    if named and all(levels) and levels[0] != levels[1]:
        return True  # "Lomba Desa Tingkat Provinsi" and "… Tingkat Kabupaten": two rounds
    # (in one sentence only when named apart: "meraih Anugerah A dan Penghargaan B")
    apart = first.sentence != second.sentence or first.name_span != second.name_span and \
        first.name_span and second.name_span
    return named and bool(apart) and len(a & b) * 2 < min(len(a), len(b))



def _adopt_edition_year(drafts) -> None:
    """"… mengumumkan film YUNI sebagai Film Terpilih tahun 2021. X memenangkan kategori …": the
    edition year told for one winner of a ceremony is every other winner's year, when the
    article tells no other year for that award."""
    stated: dict[str, set] = {}
    for d in drafts:  # earlier years told too ("tahun lalu …, pada 2021 …"): a history, not an edition
        if not getattr(d, "implicit", False) and d.year is not None:
            stated.setdefault(without_edition(d.name), set()).add(d.year)
    edition = {without_edition(d.name) for d in drafts if not getattr(d, "implicit", False) and d.year is not None
               and not d.rule.startswith("history:")}
    for d in drafts:  # only a year taken from the publication yields
        years = stated.get(without_edition(d.name), set())
        if getattr(d, "dated_by_article", False) and len(years) == 1 and d.year not in years and \
                without_edition(d.name) in edition and not d.rule.startswith("history:"):
            d.year = next(iter(years))


def _same_units(entities, heads) -> dict[str, Entity]:
    """"RSUD Padang Luas" after "Rumah Sakit Umum Daerah (RSUD) Padang Luas": a unit written
    with its head abbreviated is the one the article first wrote in full."""
    full: dict[str, Entity] = {}
    by_name: dict[str, str] = {}
    for entity in entities:
        if entity.type in ("person", "government", "company", "other", "work"):
            continue
        key = unit_key(entity.name, heads)
        by_name[entity.name] = key
        if key not in full or len(entity.name) > len(full[key].name):
            full[key] = entity
    return {name: full[key] for name, key in by_name.items() if full[key].name != name}


def _same_persons(entities) -> dict[str, Entity]:
    """"Hadi" after "Ir. Hadi Kusnanto, M.M.": a person named again by one of their names is the
    one named in full — when only one person told has that name."""
    persons = [e for e in entities if e.type == "person" and len(e.name.split()) > 1]
    found = {}
    for entity in entities:
        if entity.type not in ("person", "other") or len(entity.name.split()) != 1:
            continue
        full = {p.name: p for p in persons if entity.name in p.name.split()}
        if len(full) == 1:
            found[entity.name] = next(iter(full.values()))
    return found


def _fill_gaps(first: Award, second: Award) -> Award:
    """The same award reported twice in one article: the first mention's values win."""
    updates = {f: getattr(second, f) for f in ("giver", "category", "grade", "score", "date",
                                                "place", "received_by")
               if getattr(first, f) is None and getattr(second, f) is not None}
    return replace(first, evidence=first.evidence + second.evidence, **updates)


def _region_resolver(namer: Namer, mentions):
    """Which government a bare region stands for: the kind its list or clause names, else
    the kind the article writes it with elsewhere ("Kota Madiun"), else its only kind, else
    (in a list told with a kind) the kabupaten."""
    written: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "GOV" and m.entity is not None and m.entity.region:
            kind, _, proper = m.entity.region.partition(" ")
            written.setdefault(proper, set()).add(kind.lower())
    # the kind the article's other bare names are of, when they are of one kind only ("Jambi"
    # among "Kepulauan Riau", "Papua", "Maluku Utara": a province)
    bare = Counter(kinds.pop() for kinds in ({kind for kind, _ in m.extra.get("candidates", ())}
                                             for m in mentions if m.label == "REGION") if len(kinds) == 1)
    usual = bare.most_common(1)[0][0] if len(bare) == 1 and sum(bare.values()) >= 2 else None

    def resolve(m, hint):
        kinds = {kind for kind, _ in m.extra.get("candidates", ())}
        if hint not in kinds and len(kinds) > 1:
            proper = next(iter(p for _, p in m.extra.get("candidates", ())), None)
            told = written.get(proper, set()) & kinds
            if len(told) == 1:
                hint = next(iter(told))
            elif usual in kinds:
                hint = usual
        # a lone name of two kinds stays unresolved; one in a list told with a kind is that kind's
        return region_entity(m, namer, hint, "kabupaten" if hint is not None else None)
    return resolve


def _score_owners(doc, sentences, by_sentence, frames) -> list[list]:
    """Each sentence's mentions, with the actors its frames read added as mentions: bare
    regions, proper names and units a list names can own a score too."""
    from .document import _as_mention
    index = {s.start: n for n, s in enumerate(sentences)}
    owners = [list(ms) for ms in by_sentence]
    for frame in frames:
        n = index[frame.sentence.start]
        taken = {m.start for m in owners[n] if m.label in ACTOR_LABELS}
        for item in frame.items:
            if item.start not in taken:
                mention = _as_mention(doc, item)
                mention.label = "UNIT" if item.entity.type not in ("pemkab", "pemkot", "pemprov") else "GOV"
                owners[n].append(mention)
        owners[n].sort(key=lambda m: m.start)
    return owners


def _short_person_names(drafts, told=()) -> dict[str, Entity]:
    """A word of a person's name (a recipient's, or a person the article names or lists) that no
    other person's name has: the article names that person again by it ("Hendra" for "Hendra
    Saputra")."""
    persons = {e.name: e for e in told if e.type == "person"}
    persons.update({d.recipient.entity.name: d.recipient.entity for d in drafts
                    if d.recipient.entity is not None and d.recipient.entity.type == "person"})
    words: dict[str, list[Entity]] = {}
    for name, entity in persons.items():
        for word in set(name.split()) if len(name.split()) > 1 else ():
            if len(word) >= 3 and word.isalpha() and word[0].isupper():
                words.setdefault(word, []).append(entity)
    return {word: found[0] for word, found in words.items() if len(found) == 1 and word not in persons}


def _with_item_scores(scores, frames, drafts, context, rel):
    """Scores told as an item's attribute ("Kabupaten A (74,15)", "- Dinas X – 99,48", "Desa Y,
    Kecamatan Z, dengan total nilai 674") belong to that item; the same value read by position
    is replaced."""
    from ..models import Evidence, Score
    from .tokens import text_of
    found = []
    for frame in frames:
        for item in frame.items:
            # a table's year columns give a value for each year; else the item's one score
            told = [(year, score) for year, score in item.extra.get("year_scores", ()) if score] or \
                [(_frame_year(frame, drafts, context), item.score)] * (item.score is not None)
            for year, (value, scale, first, end) in told:
                doc = frame.sentence.doc
                evidence = Evidence(context.article_id, text_of(frame.sentence), doc[first].idx,
                                    doc[end - 1].idx + len(doc[end - 1].text), "score:item:" + scale)
                found.append(Score(item.entity, year, value, scale, None, (evidence,)))
    if not found:
        return scores
    kept = [s for s in scores if not any(abs(s.value - f.value) < 0.005 and
                                         s.evidence[0].sentence == f.evidence[0].sentence for f in found)]
    seen = {(s.entity.name, s.year, round(s.value, 3)) for s in kept}
    for score in found:
        key = (score.entity.name, score.year, round(score.value, 3))
        if key not in seen:
            seen.add(key)
            kept.append(score)
    return kept


def _frame_year(frame, drafts, context):
    if frame.years:
        return frame.years[0]
    same = [d.year for d in drafts if d.sentence.start == frame.sentence.start and d.year]
    if same:
        return same[0]
    dated = [d.year for d in drafts if d.year]
    base = dated[0] if dated else context.year
    return base - 1 if frame.previous_year and base else base


def frames_sport(doc, rules) -> bool:
    return is_match_report(token_table(doc).lower, Lexicon.from_rules(rules))

