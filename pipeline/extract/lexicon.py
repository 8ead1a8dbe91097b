"""The word classes the frame layer is stated in, read once from ``rules/frames.json`` and
``rules/language.json``: receive and give verbs, list openers and joins, recipient nouns,
plan and negation words, rank words, background-year words.

Single words are kept as lower-case sets; multi-word entries as token tuples, matched with
:meth:`Lexicon.phrase_at`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..clean.rules import load_boilerplate
from ..rules import Rules


@dataclass(frozen=True)
class WordClass:
    """A word class: single words and multi-word phrases (lower case)."""

    words: frozenset
    phrases: tuple  # token tuples, longest first
    starts: frozenset = frozenset()  # every entry's first word: most tokens are rejected by it

    @classmethod
    def of(cls, entries) -> "WordClass":
        words, phrases = set(), set()
        for entry in entries:
            tokens = tuple(entry.lower().split())
            (phrases.add(tokens) if len(tokens) > 1 else words.add(tokens[0]))
        return cls(frozenset(words), tuple(sorted(phrases, key=len, reverse=True)),
                   frozenset(words | {p[0] for p in phrases}))

    def at(self, lower: tuple[str, ...], i: int, limit: int | None = None) -> int | None:
        """The end of the entry starting at token ``i``, or None."""
        limit = len(lower) if limit is None else limit
        if i >= limit or lower[i] not in self.starts:
            return None
        for phrase in self.phrases:
            if i + len(phrase) <= limit and lower[i:i + len(phrase)] == phrase:
                return i + len(phrase)
        return i + 1 if i < limit and lower[i] in self.words else None

    def __contains__(self, word: str) -> bool:
        return word in self.words


@dataclass(frozen=True)
class Lexicon:
    receive: WordClass
    position: WordClass
    position_objects: frozenset
    passive_receive: WordClass
    give: WordClass
    passive_give: WordClass
    recipient_markers: frozenset
    agent_markers: frozenset
    openers: WordClass
    joins: frozenset
    rank_continuations: frozenset
    from_bottom: frozenset  # "peringkat N terendah": a place counted from the bottom
    adverbs: frozenset
    recipient_nouns: frozenset
    kind_words: dict
    title_kinds: dict
    negation: frozenset
    plan: WordClass
    nomination: WordClass
    history: frozenset
    conditions: frozenset  # "X dinyatakan lulus apabila …": a criterion, wherever it stands
    time_clauses: frozenset  # ", setelah …" after the award: another event, with its own years
    background_year: WordClass
    fiscal_year: frozenset
    not_recipient_heads: frozenset
    champion_verbs: frozenset  # "menjuarai": won first place
    resident_nouns: frozenset  # "warga Kabupaten X": people of a region, not its government
    epithets: WordClass  # "berjuluk Kota Sutra": a nickname, no body
    completing: frozenset  # "melengkapi tiga besar": the last place of a top N
    recipient_leads: frozenset
    nominal_cues: frozenset
    category_cues: frozenset
    speech: frozenset
    award_nouns: WordClass
    category_openers: frozenset
    heading_openers: frozenset
    score_links: frozenset
    basis: frozenset
    events: WordClass
    handovers: frozenset
    besides: frozenset
    sport: WordClass
    sport_titles: WordClass
    ordinals: dict
    number_words: dict
    previous_year: tuple
    score_words: dict
    months: frozenset
    anaphoric_time: tuple
    superlatives: frozenset
    merit_words: frozenset = frozenset()  # the last word of a winner's title ("Guru Berprestasi")
    future: frozenset = frozenset()  # a handover still to come ("… Februari mendatang")
    assessors: frozenset = frozenset()  # "Tim penilai terdiri atas:": who judged, not who won
    list_intros: frozenset = frozenset({"berikut", "daftar"})  # "Berikut daftar …", "Rinciannya:"
    note_labels: frozenset = frozenset()  # "Sumber: X", "Catatan: …": a note under a list, no winner
    other_gifts: frozenset = frozenset()  # "insentif dari Kemenkeu": given, but no award
    # "Dewan juri menetapkan X sebagai Juara I": the object named as the winner
    designate: WordClass = WordClass.of([])
    credits: frozenset = frozenset()  # "film X karya Y", "foto karya Y": who made the work
    recent_time: frozenset = frozenset()  # "Rabu lalu", "sehari sebelumnya": a recent day, no earlier award
    achievements: frozenset = frozenset()  # "prestasi serupa", "capaian yang sama": the award told before
    organised: frozenset = frozenset()  # "digelar", "diselenggarakan": who follows organised the event
    # "Baca juga: Kota X Raih …": a link to another article inserted between lines (boilerplate.json)
    inserted: tuple[str, ...] = ()
    # "Kajari Surabaya": a title written as a unit's head, the unit words it stands for (titles.json)
    unit_titles: dict = field(default_factory=dict)
    # "Stasiun itu", "Klinik tersebut": a unit's one-word head names its kind (units.json heads)
    unit_kinds: dict = field(default_factory=dict)
    totality: frozenset = frozenset()  # "Kesemuanya meraih predikat B": a grade told for a whole group
    results: frozenset = frozenset()  # "hasil", "penilaian", "indeks": words that announce an assessment's results
    owners: frozenset = frozenset()  # "X milik Pemkab Y": the body after one owns the one before it

    @classmethod
    def from_rules(cls, rules: Rules) -> "Lexicon":
        return _cached(rules)


def _lower(items) -> frozenset:
    return frozenset(w.lower() for w in items)


@lru_cache(maxsize=4)
def _cached(rules: Rules) -> Lexicon:
    # A pure function of the rules (hashable by folder): safe to cache.
    f = rules.files["frames.json"]
    language = rules.language
    return Lexicon(
        receive=WordClass.of(f["receive_verbs"]),
        position=WordClass.of(f["position_verbs"]),
        position_objects=_lower(f["position_objects"]),
        passive_receive=WordClass.of(f["passive_receive_verbs"]),
        give=WordClass.of(f["give_verbs"]),
        passive_give=WordClass.of(f["passive_give_verbs"]),
        recipient_markers=_lower(f["recipient_markers"]),
        agent_markers=_lower(f["agent_markers"]),
        openers=WordClass.of(f["list_openers"]),
        joins=_lower(f["list_joins"]),
        rank_continuations=_lower(f["rank_continuations"]),
        from_bottom=_lower(f["from_bottom_words"]),
        adverbs=_lower(f["subject_adverbs"]),
        recipient_nouns=_lower(f["recipient_nouns"]),
        kind_words={k.lower(): v for k, v in f["kind_words"].items()},
        title_kinds=dict(f["title_kinds"]),
        negation=_lower(f["negation_words"]),
        plan=WordClass.of(f["plan_words"]),
        nomination=WordClass.of(f["nomination_words"]),
        assessors=_lower(f.get("assessor_words", [])),
        list_intros=_lower(f.get("list_intro_words", ["berikut", "daftar"])),
        note_labels=_lower(f.get("note_labels", [])),
        history=_lower(f["history_words"]),
        recent_time=_lower(f.get("recent_time_words", [])),
        achievements=_lower(f.get("achievement_nouns", [])),
        time_clauses=_lower(f["time_clause_words"]),
        conditions=_lower(f["condition_words"]),
        background_year=WordClass.of(f["background_year_words"]),
        fiscal_year=_lower(f["fiscal_year_words"]),
        not_recipient_heads=_lower(f["not_recipient_heads"]),
        champion_verbs=_lower(f["champion_verbs"]),
        resident_nouns=_lower(f["resident_nouns"]),
        epithets=WordClass.of(f.get("epithet_words", [])),
        completing=_lower(f.get("completing_verbs", [])),
        recipient_leads=_lower(f["recipient_lead_words"]),
        nominal_cues=_lower(f["nominal_cues"]),
        category_cues=_lower(f["category_cues"]),
        speech=_lower(f["speech_verbs"]),
        award_nouns=WordClass.of(f["award_nouns"]),
        category_openers=_lower(f["category_openers"]),
        heading_openers=_lower(f["heading_openers"]),
        score_links=_lower(f["score_attribute_links"]),
        basis=_lower(f["basis_words"]),
        events=WordClass.of(f["event_words"]),
        handovers=_lower(f["handover_words"]),
        besides=_lower(f["besides_words"]),
        totality=_lower(f.get("totality_words", [])),
        sport=WordClass.of(f["sport_words"]),
        sport_titles=WordClass.of(f["sport_titles"]),
        ordinals={k.lower(): v for k, v in language["ordinals"].items()},
        number_words={k.lower(): v for k, v in language["number_words"].items()},
        previous_year=tuple(w.lower() for w in language["previous_year"]),
        score_words={k.lower(): v for k, v in language["score_words"].items()},
        months=_lower(language["months"]),
        results=_lower(f.get("results_words", [])),
        anaphoric_time=tuple(w.lower() for w in language.get("anaphoric_time", [])),
        organised=_lower(language.get("organiser_verbs", [])),
        owners=_lower(language.get("owner_links", [])),
        superlatives=_lower(f["superlatives"]),
        merit_words=_lower(f.get("merit_words", [])),
        future=_lower(f.get("future_words", [])),
        other_gifts=_lower(f.get("other_gifts", [])),
        designate=WordClass.of(f.get("designate_verbs", [])),
        credits=_lower(f.get("credit_words", [])),
        inserted=tuple(m for m in load_boilerplate(rules.folder / "boilerplate.json").insert_markers
                       if m[:1].isalpha()) if (rules.folder / "boilerplate.json").is_file() else (),
        unit_titles={t.lower(): tuple(u.lower() for u in units)
                     for t, units in rules.titles.get("unit_titles", {}).items()},
        unit_kinds={item["head"].lower(): item["type"] for item in rules.units["heads"]["items"]
                    if " " not in item["head"] and not item["head"].isupper()},
    )
