"""Which sentences tell an award's handover, and which drafts they belong to.

- A frame's own sentence tells its recipients' handover ("X menerima … di Gedung Y, Senin").
- A handover sentence without recipients of its own ("Penghargaan diserahkan oleh Menteri … di
  Hotel X, Rabu (4/12)") belongs to the recipients of the frame told last before it.
- An event sentence ("… digelar di Jakarta, Kamis (16/3/2023)", "diumumkan dalam Puncak …")
  tells the ceremony of the article's award: every recipient of that award gets its date and
  place, except those told apart ("Selain …, X juga memperoleh …") and earlier years'.

The giver is the body the frame names ("dari KPK"), else the one named where the article
first reports its award, else the ministry of the minister who hands it over.
"""

from __future__ import annotations

from bisect import bisect_left

import re

from spacy.tokens import Span

from .drafts import BODY_LABELS, AwardDraft, Context
from .frames import _CONTRAST, _DEMONSTRATIVES, _ORDINAL_GROUPS, REFERRED_KINDS
from .naming import level_of
from .givers import GiverFinder
from .lexicon import Lexicon
from .mentions import proper_names
from .referents import capitalised_award_heads, subject_kinds
from .scores import actor_aliases
from .tokens import text_of, token_table
from .units import unit_heads, unit_key

_RECEIVED = {"diterima", "diwakili"}  # who received an award for its recipient
_SOON = 3  # sentences after a handover that may tell the award it handed over
_GIVER_BEFORE = {"diserahkan", "diberikan", "oleh", "dari", "perwakilan"}  # a body after one gives


def _counted_group(sentence: Span, lower, lexicon: Lexicon, by_frame_sentence: dict[int, list[AwardDraft]],
                   n: int) -> list[AwardDraft] | None:
    """"… untuk ketiga desa itu", "Kedua puskesmas tersebut menerima piagam …": the recipients of the
    latest clause before sentence ``n`` that told that many, when the sentence counts its referent."""
    # (a noun whose kind is known: "ketiga desa itu", not "ketiga OPD tersebut" of units told in a list)
    told = next(((_ORDINAL_GROUPS[lower[j]], REFERRED_KINDS[lower[j + 1]]) for j in range(sentence.start, sentence.end - 2)
                 if lower[j] in _ORDINAL_GROUPS and lower[j + 1] in REFERRED_KINDS and lower[j + 2] in _DEMONSTRATIVES),
                None)
    if told is None:
        return None
    count, kinds = told
    for k in sorted((k for k in by_frame_sentence if k < n), reverse=True):
        own = [d for d in by_frame_sentence[k] if not d.rule.startswith("history:") and
               d.recipient.entity is not None and d.recipient.entity.type in kinds]
        if own and len({d.recipient.entity.name for d in own}) == count:
            return own
    return None


def _person_referred(sentence: Span, lower, anaphors, by_frame_sentence: dict[int, list[AwardDraft]],
                     n: int) -> list[AwardDraft] | None:
    """"… beliau diwakili …", "Ia menerima …": a personal pronoun among a sentence's first words
    refers to the person who won last before sentence ``n``; None when it names no one or no
    person won."""
    if not any(lower[j] in anaphors for j in range(sentence.start, min(sentence.end, sentence.start + 5))):
        return None
    for k in sorted((k for k in by_frame_sentence if k < n), reverse=True):
        persons = [d for d in by_frame_sentence[k] if not d.rule.startswith("history:") and
                   d.recipient.entity is not None and d.recipient.entity.type == "person"]
        if persons:
            return persons
    return None


def fill_handovers(rel, doc, sentences: list[Span], by_sentence, drafts: list[AwardDraft],
                   context: Context, lexicon: Lexicon) -> None:
    if not drafts:
        return
    table = token_table(doc)
    lower = table.lower
    index = {s.start: n for n, s in enumerate(sentences)}
    by_frame_sentence: dict[int, list[AwardDraft]] = {}
    for draft in drafts:
        by_frame_sentence.setdefault(index[draft.sentence.start], []).append(draft)

    awarded = capitalised_award_heads(doc)

    kinds: dict[int, str | None] = {}

    def kind(sentence: Span) -> str | None:
        """What a sentence tells of the ceremony, read once per sentence (asked in several passes)."""
        if sentence.start not in kinds:
            kinds[sentence.start] = told_kind(sentence)
        return kinds[sentence.start]

    def told_kind(sentence: Span) -> str | None:
        words = lower[sentence.start:sentence.end]
        if not lexicon.future.isdisjoint(words):
            return None  # "… rencananya diserahkan … Februari mendatang": no handover yet
        if any(lexicon.events.at(lower, j, sentence.end) for j in range(sentence.start, sentence.end)):
            return "event"
        if not lexicon.handovers.isdisjoint(words):
            # "Trofi bagi seluruh pemenang diserahkan …": every recipient's handover, as an event's
            # (or "kepada kesembilan pemenang": all of the winners, counted)
            collective = any((lower[j] in lexicon.recipient_leads or
                              lower[j].startswith("ke") and lower[j][2:] in lexicon.number_words)
                             and lower[j + 1] in lexicon.nominal_cues
                             for j in range(sentence.start, sentence.end - 1))
            return "event" if collective else "handover"
        if any(sentence.start <= a < sentence.end for a in awarded) and \
                rel.date_re.search(text_of(sentence)) and rel._place(sentence):
            return "event"  # "X melaporkan Anugerah KIP 2023 di Jakarta, Selasa (19/12/2023)"
        return None

    heads = heads_of(doc, by_sentence, drafts, lexicon.unit_titles)
    doc.user_data["heads_of"] = heads  # an official of one recipient does not receive for another
    for draft in drafts:  # its own sentence
        if not draft.rule.startswith("history:"):
            rel._fill_handover(doc, draft, draft.sentence, by_sentence[index[draft.sentence.start]], context)

    for n, sentence in enumerate(sentences[:-1]):
        # "BPK menyerahkan LHP Kabupaten X di aula yang sama, Senin (19/5). X juga memperoleh opini
        # WTP …": a handover that names a recipient, told right before its award
        following = by_frame_sentence.get(n + 1)
        if n in by_frame_sentence or not following or lexicon.handovers.isdisjoint(lower[sentence.start:sentence.end]):
            continue
        named = _named_outside_titles(by_sentence[n])  # ("ujar Kepala Dinas X, Y": a speaker)
        for draft in following:
            if draft.recipient.entity is not None and draft.recipient.entity.name in named and \
                    not draft.rule.startswith("history:"):
                rel._fill_handover(doc, draft, sentence, by_sentence[n], context, receiver=False)

    _received_for(doc, sentences, by_sentence, drafts, lower, rel.rules)
    main = next((d for d in drafts if not d.rule.startswith("history:")), None)
    first_frame = min(by_frame_sentence) if by_frame_sentence else 0
    last: list[AwardDraft] = []
    for n, sentence in enumerate(sentences):
        own = by_frame_sentence.get(n)
        if own:
            last = [d for d in own if not d.rule.startswith("history:")]
            continue
        told = kind(sentence)
        if told is None:
            continue
        for draft, part in _told_by_category(drafts, last, sentence, lower):
            # "Penghargaan A dan B diterima oleh X, sedangkan …": the categories it names
            rel._fill_handover(doc, draft, part, [m for m in by_sentence[n] if part.start <= m.start < part.end],
                               context)
        if last and _names_another_recipient(by_sentence[n], last, drafts):
            continue  # "Pada Selasa (12/5), BPK menyerahkan LHP Kabupaten X …": X's own handover
        if last and _refers_to_another_kind(doc, sentence, last):
            continue  # "Piala untuk kabupaten di lereng gunung itu diterima …" after a city's award
        group = _counted_group(sentence, lower, lexicon, by_frame_sentence, n)
        if group is not None:
            last = group  # "Penghargaan untuk ketiga desa itu diserahkan …": the group of three told before
        person = _person_referred(sentence, lower, rel.rules.files["winners.json"]["anaphors"], by_frame_sentence, n)
        if person is not None:
            last = person  # "Karena berhalangan, beliau diwakili …": the person told last, not a body after
        if last:
            # who receives is read where the award is told ("Penghargaan diterima oleh X pada
            # acara …"), not from a speech ("memberikan sambutan, Gubernur X")
            of_award = any(lexicon.award_nouns.at(lower, j, sentence.end) or j in awarded
                           for j in range(sentence.start, sentence.end))
            for draft in last:
                if _another_round(draft, sentence, lower):
                    continue  # "Penghargaan tingkat provinsi diserahkan …" after a national round
                rel._fill_handover(doc, draft, sentence, by_sentence[n], context,
                                   receiver=told == "handover" or of_award)

    _officials_receive(doc, sentences, by_sentence, drafts, kind, heads)
    if main is None:
        return
    main_kind = rel._kind(main.name, main.category)
    # the article's award, and its other grades told as names of the same head ("opini WTP …
    # opini WDP"), or lines of a list of its kind
    together = [d for d in drafts if (d.name == main.name or _short_name_of(d.name, main.name) or (
                    main_kind and rel._kind(d.name, d.category) == main_kind and
                    (d.rule == "frame:line" or d.name.split()[:1] == main.name.split()[:1])))
                and not d.rule.startswith("history:")
                and not _told_apart(d, lower, lexicon) and not (main.year and d.year and d.year < main.year)]
    def _of_the_award(n: int) -> bool:
        """Sentence ``n``'s paragraph told the article's award of several clauses before it
        ("A dan B meraih opini WTP. Sementara itu, C meraih opini WDP. LHP tersebut diserahkan …")."""
        start = n
        while start > 0 and "\n" not in sentences[start - 1].text:
            start -= 1  # the paragraph's first sentence
        told = [k for k in by_frame_sentence if start <= k < n]
        own = [d for k in told for d in by_frame_sentence[k] if not d.rule.startswith("history:")]
        return len(told) >= 2 and bool(own) and all(d in together for d in own)

    for n, sentence in enumerate(sentences):
        # an event's sentence, or a handover told before any recipient ("BPK menyerahkan LHP …
        # pada Jumat (10/05). Tiga LKPD yang memperoleh opini WTP adalah …")
        if kind(sentence) != "event" and not (kind(sentence) == "handover" and (
                n < first_frame or _all_referred(sentence, by_sentence[n], lower) and _of_the_award(n))):
            continue
        if n in by_frame_sentence and not _ANNOUNCED.isdisjoint(lower[sentence.start:sentence.end]):
            continue  # "… digelar Sabtu (9/3) mengumumkan film X sebagai Film Terbaik": X's own ceremony day
        found = rel._sentence_date(text_of(sentence), main.year, context.published)
        place = rel._place(sentence)
        if not found and not place and n > 0 and "\n" not in text_of(sentences[n - 1]) and kind(sentences[n - 1]):
            # "X menyerahkan trofi kepada kesembilan pemenang": the day and place the sentence
            # before told of the handover
            found = rel._sentence_date(text_of(sentences[n - 1]), main.year, context.published)
            place = rel._place(sentences[n - 1])
        for draft in together:
            if draft.date is None and found:
                draft.date = found[1]
            if draft.place is None and place:
                draft.place = place[0]
    finder = GiverFinder(table, [m for ms in by_sentence for m in ms], rel.namer, lexicon, rel.rules)
    named_ends = {d.recipient.end for d in drafts}
    for draft in drafts:  # its own sentence: "dari KPK", "Presiden X menganugerahkan", "digelar Majalah X"
        if draft.giver is None:
            # (from its own name on first: "Setelah meraih X dari A, R kini meraih Y dari B" — B gives Y)
            named_at = bisect_left(table.idx, draft.name_span[0]) if draft.name_span else draft.sentence.start
            after_name = finder.in_clause(named_at, draft.sentence.end, named_ends=named_ends) \
                if draft.sentence.start < named_at < draft.sentence.end else None
            draft.giver = _not_itself(after_name or finder.in_clause(draft.sentence.start, draft.sentence.end,
                                                                     named_ends=named_ends), draft) or \
                rel._organiser(draft.sentence)
        named_in = next((s for s in sentences if s.start_char <= draft.name_span[0] < s.end_char), None) \
            if draft.giver is None and draft.name_span and (draft.rule == "frame:line" or draft.given_apart) else None
        if named_in is not None and named_in.start != draft.sentence.start:
            # "Pemenang Anugerah X dari Pemprov Y untuk kategori K:\nJuara 1: A": the list's introduction
            draft.giver = _not_itself(finder.in_clause(named_in.start, named_in.end, named_ends=named_ends), draft)
    giver = rel._award_giver(by_sentence, sentences) or next(
        (g for g in (finder.in_clause(s.start, s.end, named_ends=named_ends) for n, s in enumerate(sentences)
                     if (n in by_frame_sentence and _tells_award(by_frame_sentence[n], main)) or
                     (n not in by_frame_sentence and (kind(s) is not None or main.name in text_of(s))))
         if g is not None), None) or \
        finder.described_next(sentences) or next(
        (rel._organiser(s) for s in sentences if rel._organiser(s) is not None), None) or \
        finder.official_anywhere(sentences)
    for draft in drafts:  # an award of its own name ("… juga meraih Predikat Terbaik …") is not the giver's,
        # nor one named by its recipient's type (a clinic's accreditation after a hospital's)
        if draft.giver is None and (main is None or draft in together or draft.name == main.name
                                    or not draft.name or rel._kind(draft.name, draft.category) == main_kind) \
                and level_of(draft.name) in (None, level_of(main.name) if main is not None else None) \
                and (main is None or draft.name != main.name or _typed_name(rel, draft) == _typed_name(rel, main)):
            draft.giver = _not_itself(giver, draft)
    at_same = [d for d in drafts if d.place is not None and d.place.lower().endswith(_SAME_PLACE)]
    sentence_places = [(s.end_char, rel._place(s)) for s in sentences] if at_same else []  # read once
    for draft in at_same:  # "di aula yang sama": the place told last before it
        at = next((e.start for e in draft.evidence if e.rule == "place"), None)
        places = [p[0] for end, p in sentence_places if at is not None and end <= at and p
                  and not p[0].lower().endswith(_SAME_PLACE)]
        if not draft.place.lower().endswith(" yang sama"):
            # "di Griya Agung tersebut": the venue as told in full before, else as named here
            named = draft.place.rsplit(" ", 1)[0]
            draft.place = next((p for p in reversed(places) if p.startswith(named)), named)
            continue
        head = draft.place.split()[0].lower()  # (the last "aula" told, over a "halaman" told since)
        draft.place = next((p for p in reversed(places) if head in p.lower().split()), places[-1] if places else None)
    same = [d for d in drafts if _same_ceremony(d, lower, rel, sentences, lexicon)]
    for draft in same:  # "Pada acara yang sama, X menerima …": the ceremony told before
        before = next((d for d in drafts if d.sentence.start < draft.sentence.start
                       and d.date is not None), None)
        if before is not None:
            draft.date = draft.date or before.date
            draft.place = draft.place or before.place


_REGION_WORDS = {"kabupaten", "kota", "provinsi", "kab.", "kab"}
_REFERRING = {"tersebut", "itu"}
_SAME_PLACE = (" yang sama", " tersebut", " itu")  # a venue referred back to


def _tells_award(drafts: list[AwardDraft], main: AwardDraft | None) -> bool:
    """Whether a sentence's drafts tell the article's award (a giver named with another award,
    "Pada 2023, ia terpilih sebagai X dari Dinas Y", is that award's)."""
    return main is None or any(d.name == main.name or _short_name_of(d.name, main.name) for d in drafts)


def _short_name_of(name: str, other: str) -> bool:
    """"Anugerah Keterbukaan" and "Anugerah Keterbukaan Awards X": one name (of two words at least)
    opens the other, a plural "s" aside."""
    a, b = ([w.lower().removesuffix("s") for w in n.split()] for n in (name or "", other or ""))
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and long[:len(short)] == short


def _all_referred(sentence: Span, mentions, lower) -> bool:
    """"LHP tersebut diserahkan BPK … di …, Senin": the handover of what was told before, with no
    recipient of its own, after the lists of several recipients — the ceremony of them all."""
    opens = [lower[j] for j in range(sentence.start, min(sentence.end, sentence.start + 3))]
    places = [j for j in range(sentence.start, sentence.end) if lower[j] == "di"]
    # (a body named in the place, "di Aula Kantor BPK", as the one who handed it over, "diserahkan
    # BPK RI Perwakilan …", or as its office, "Perwakilan Provinsi X", receives nothing)
    return any(w in _REFERRING for w in opens[1:]) and \
        not any(m.label in BODY_LABELS and m.label != "GIVER" and not any(0 < m.start - j <= 3 for j in places)
                and not (m.start and lower[m.start - 1] in _GIVER_BEFORE) for m in mentions)


def _named_outside_titles(mentions, labels=None) -> set[str]:
    """The names a sentence's mentions (of ``labels``, else any) give, but not those inside a
    titled person's title ("ujar Kepala Dinas X, Y": the speaker's office is no one named)."""
    titles = [(m.extra["title_start"], m.start) for m in mentions if m.label == "PERSON" and "title_start" in m.extra]
    return {m.entity.name for m in mentions if m.entity is not None and (labels is None or m.label in labels) and
            not any(a <= m.start < b for a, b in titles)}


def _refers_to_another_kind(doc, sentence, last: list[AwardDraft]) -> bool:
    """"Piala untuk kabupaten … itu diterima …": the handover of a body of another kind than the
    recipients of the clause told last."""
    marker = next((t.i for t in sentence if t.lower_ in {"untuk", "bagi"}), None)
    kinds = subject_kinds(doc, marker + 1, sentence.end) if marker is not None else None
    return kinds is not None and not any(d.recipient.entity is not None and d.recipient.entity.type in kinds
                                         for d in last)


def _names_another_recipient(mentions, last: list[AwardDraft], drafts: list[AwardDraft]) -> bool:
    """A handover sentence that names a recipient of the article other than those of the clause
    told last tells that recipient's own handover, not theirs."""
    named = _named_outside_titles(mentions, BODY_LABELS)
    own = {d.recipient.entity.name for d in last if d.recipient.entity is not None}
    others = {d.recipient.entity.name for d in drafts if d.recipient.entity is not None} - own
    return bool(named & others) and not named & own


def heads_of(doc, by_sentence, drafts: list[AwardDraft],
             units_of: dict[str, tuple[str, ...]]) -> dict[int, set[str]]:
    """For each titled person, the recipients their title names ("Bupati Teluk Sari, X"; "Kajari
    Surabaya, X" for the Kejari Surabaya: ``units_of``, titles.json ``unit_titles`` in lower case)."""
    recipients = {d.recipient.entity.name: proper_names(d.recipient.entity) for d in drafts
                  if d.recipient.entity is not None and d.recipient.entity.type != "person"}
    found = {}
    for person in (m for ms in by_sentence for m in ms if m.label == "PERSON" and "title_start" in m.extra
                   and not m.extra.get("role")):
        # what the title heads follows its title word: "Bupati Teluk Sari", "Kepala Desa X" — not
        # "Kepala BPK Perwakilan Provinsi X", the head of an office in that province
        title = person.extra.get("title")
        after = title.end if title is not None else person.extra["title_start"] + 1
        words = [t.lower_ for t in doc[after:person.start] if t.text not in {",", "(", ")"}]
        while words and words[0] in _REGION_WORDS:
            words = words[1:]
        headed = " ".join(words)
        # ("Kepala Desa" heads "Desa Sumber Agung": the title's last word may be the unit's head)
        last = title.text.split()[-1].lower() if title is not None else ""
        units = units_of.get(title.text.lower(), [last]) if title is not None else [last]
        found[person.start] = {name for name, spellings in recipients.items()
                               if headed in spellings or any(f"{unit} {headed}" in spellings for unit in units)}
    return found


def _received_for(doc, sentences, by_sentence, drafts: list[AwardDraft], lower, rules) -> None:
    """"trofi untuk KTH X diterima ketuanya, Y": who received an award for the recipient named
    after "untuk"."""
    heads = unit_heads(rules)
    latest = _latest_year(drafts)
    award_nouns = Lexicon.from_rules(rules).award_nouns
    # ("PT Bank Pembangunan Daerah X (Bank X)": later "trofi untuk Bank X" is the company's)
    aliases = actor_aliases(doc, [m for mentions in by_sentence for m in mentions])

    def owned(m) -> bool:  # "Trofi PROPER Emas PT X diterima …": the recipient's award
        return any(award_nouns.at(lower, j, m.start) for j in range(max(0, m.start - 4), m.start))

    for sentence, mentions in zip(sentences, by_sentence):
        # each clause of the sentence on its own: "… bagi X diterima A, sedangkan Y diwakili B"
        for start, end in _contrast_parts(sentence, lower):
            received = next((j for j in range(start, end) if lower[j] in _RECEIVED), None)
            if received is None:
                continue
            actors = [m for m in mentions if m.entity is not None and m.label in BODY_LABELS
                      and start <= m.start < received and m.start > sentence.start
                      and (lower[m.start - 1] in {"untuk", "bagi"} or lower[received] == "diwakili"
                           or owned(m) and m.end == received)]
            person = next((m for m in mentions if m.label == "PERSON" and received < m.start < end), None)
            if not actors or person is None:
                continue
            key = unit_key(aliases.get(actors[-1].entity.name, actors[-1].entity).name, heads)
            for draft in drafts:
                entity = draft.recipient.entity
                if entity is not None and unit_key(entity.name, heads) == key and draft.received_by is None \
                        and _handed_over_then(draft, latest, sentence):
                    draft.received_by = person.entity.name
                    # who received for this recipient receives for no other
                    doc.user_data.setdefault("heads_of", {}).setdefault(person.start, set()).add(entity.name)


def _latest_year(drafts: list[AwardDraft]) -> int | None:
    return max((d.year for d in drafts if d.year), default=None)


def _handed_over_then(draft: AwardDraft, latest: int | None, sentence: Span) -> bool:
    """Whether a handover told in ``sentence`` can be the draft's: the draft is of the latest
    year (earlier years had their own handovers) and was told before it."""
    return not draft.rule.startswith("history:") and draft.year in (None, latest) and \
        draft.sentence.start <= sentence.start


def _officials_receive(doc, sentences, by_sentence, drafts: list[AwardDraft], kind, heads) -> None:
    """"Kepala Desa X, Slamet, yang menerima piala dari gubernur": in a handover sentence, an
    official titled as the head of a recipient receives for it — told before the recipient's
    award too, in the next sentences ("LHP diserahkan … kepada Bupati X, Y. Hasilnya, A meraih
    opini WTP. Sementara itu, X meraih opini WDP")."""
    latest = _latest_year(drafts)
    for n, (sentence, mentions) in enumerate(zip(sentences, by_sentence)):
        if kind(sentence) != "handover":
            continue
        soon = sentences[min(n + _SOON, len(sentences) - 1)].end
        for person in (m for m in mentions if m.label == "PERSON" and heads.get(m.start)):
            for draft in drafts:
                entity = draft.recipient.entity
                if entity is not None and entity.name in heads[person.start] and draft.received_by is None \
                        and (_handed_over_then(draft, latest, sentence) or
                             sentence.start < draft.sentence.start < soon and not draft.rule.startswith("history:")
                             and draft.year in (None, latest)):
                    draft.received_by = person.entity.name


def _not_itself(giver, draft: AwardDraft):
    """No recipient gives its own award: "Pemprov X … meraih penghargaan dari ANRI" read from
    a clause that also names the province is not the province's."""
    entity = draft.recipient.entity
    return None if giver is not None and entity is not None and giver.name == entity.name else giver


def _contrast_parts(sentence: Span, lower) -> list[tuple[int, int]]:
    """The token ranges of a sentence cut at each contrast word ("…, sedangkan …")."""
    cuts = [sentence.start] + [j for j in range(sentence.start + 1, sentence.end) if lower[j] in _CONTRAST] \
        + [sentence.end]
    return list(zip(cuts, cuts[1:]))


def _typed_name(rel, draft: AwardDraft) -> str:
    """The award's name as its recipient's type makes it ("Akreditasi Puskesmas")."""
    entity = draft.recipient.entity
    return rel.names_by_type.get(draft.name, {}).get(entity.type if entity else None, draft.name)


def _told_by_category(drafts: list[AwardDraft], last: list[AwardDraft], sentence: Span, lower):
    """Drafts told before whose category a handover sentence names, each with the part of the
    sentence (cut at a contrast word) that names it."""
    parts = [sentence.doc[a:b] for a, b in _contrast_parts(sentence, lower)]
    for draft in drafts:
        # "Penghargaan tingkat provinsi diserahkan …": the level its name or category holds names it too
        level = _LEVEL.search(f"{draft.name or ''} {draft.category or ''}".lower())
        if draft in last or not (draft.category or level) or draft.rule.startswith("history:") or \
                draft.sentence.start > sentence.start:  # told before the handover it refers to
            continue
        words = draft.category.lower().split() if draft.category else level.group(0).split()
        for part in parts:
            low = list(lower[part.start:part.end])
            if any(low[j:j + len(words)] == words for j in range(len(low) - len(words) + 1)):
                yield draft, part
                break


_LEVEL = re.compile(r"\btingkat \w+")
_ROUNDS = frozenset({"nasional", "internasional", "provinsi", "kabupaten", "kota", "kecamatan", "desa"})


def _another_round(draft: AwardDraft, sentence: Span, lower) -> bool:
    """The handover names a round ("tingkat provinsi") and the award says it was won at another."""
    named = _LEVEL.search(" ".join(lower[sentence.start:sentence.end]))
    if named is None or named.group(0).split()[1] not in _ROUNDS:
        return False
    own = _ROUNDS.intersection(f"{draft.name or ''} {draft.category or ''}".lower().split())
    return bool(own) and named.group(0).split()[1] not in own
_ANNOUNCED = frozenset({"mengumumkan", "diumumkan", "menobatkan", "dinobatkan"})


def _told_apart(draft: AwardDraft, lower, lexicon: Lexicon) -> bool:
    """"Selain Pemprov, ada 3 Kabupaten … yang juga memperoleh …": a co-recipient told apart
    ("Selain itu, …" only adds to what was told)."""
    sentence = draft.sentence
    words = lower[sentence.start:sentence.end]
    if "serupa" in words or any(words[j:j + 2] == ("yang", "sama") for j in range(len(words) - 1)):
        return False  # "Selain X, lima provinsi lain mendapatkan penghargaan serupa": the same award, handed over with it
    # ("Selain kategori reguler, …" sets apart other categories, not the recipient)
    return any((lower[j] == "selain" and j + 1 < sentence.end and lower[j + 1] != "itu"
                and lower[j + 1] not in lexicon.category_cues and not lexicon.award_nouns.at(lower, j + 1))
               or (lower[j] in {"lainnya", "lain"} and lower[j - 1] != "antara")  # ("antara lain": a list opener)
               for j in range(sentence.start, sentence.end))


def _same_ceremony(draft: AwardDraft, lower, rel, sentences, lexicon: Lexicon) -> bool:
    """"Pada acara yang sama, X menerima …"; "Penghargaan serupa diraih X. Piagamnya diserahkan
    di panggung yang sama": told in its own sentence or in the handover right after it."""
    end = draft.sentence.end
    after = next((s for s in sentences if s.start >= end), None)
    if after is not None and not lexicon.handovers.isdisjoint(lower[after.start:after.end]) and \
            any(lexicon.award_nouns.at(lower, j, after.end) for j in range(after.start, after.end)):
        end = after.end  # (the award handed over, not a welcome speech "pada acara tersebut")
    text = " ".join(lower[draft.sentence.start:end])
    return any(phrase in text for phrase in rel.same_ceremony)
