"""Where an award is told from the giver's side: the give verb before a name, and an award
given whole in lower case ("diberikan pula penghargaan khusus penjaga mangrove kepada …")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .mentions import Mention

_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_MAX_GAP = 12  # tokens between the award's name and "kepada" ("… (PROPER) kategori Emas kepada")


class GiftFinder:
    """A mixin of :class:`~.relations.AwardRelations`; words from ``rules/language.json``."""

    def _give_verb(self, doc: Doc, sentence: Span, name_start: int) -> int | None:
        """The give verb right before the award's name, with no clause break between."""
        for token in reversed(doc[sentence.start:name_start]):
            if token.text in {",", ";"}:
                return None
            if token.lower_ in self.give_verbs:
                return token.i
        return None

    def _given_name(self, doc: Doc, sentence: Span, head: Mention) -> tuple[int, int] | None:
        """"diberikan pula penghargaan khusus perempuan inspirator kepada …": a name in lower
        case, told whole between the give verb and "kepada"."""
        if self._give_verb(doc, sentence, head.start) is None:
            return None
        for token in doc[head.end:min(sentence.end, head.end + 8)]:
            if token.lower_ in self.recipient_markers:
                return (head.start, token.i) if token.i - head.end >= 1 else None
            if not token.is_alpha:
                return None
        return None


