"""The ``warta_mentions`` span ruler: spaCy's SpanRuler, with word-for-word patterns indexed.

A token pattern such as ``[{"LOWER": "wali"}, {"LOWER": "kota"}]`` (roles, award heads)
is tried by spaCy's Matcher at every token of every document. Here a pattern made only
of lower-case words (word lists and "?" allowed) goes to a PhraseMatcher on ``LOWER`` as
the word sequences it stands for, which finds the same spans with one lookup per token;
labels, ids and the deduplicated, sorted spans are the same as SpanRuler's.
"""

from __future__ import annotations

import warnings
from typing import cast

from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span


class MentionRuler(SpanRuler):
    """A SpanRuler whose lower-case literal token patterns are matched as phrases."""

    headless = None  # a HeadlessAwards: award names told without a head word, read beside the patterns

    def clear(self) -> None:
        super().clear()
        self.lower_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER", validate=self.validate)

    def add_patterns(self, patterns: list[dict]) -> None:
        phrases = []
        for entry in patterns:
            if isinstance(entry["pattern"], str):
                phrases.append(entry)
                continue
            label = repr((entry["label"], entry.get("id", "")))
            self._match_label_id_map[self.nlp.vocab.strings.as_int(label)] = {
                "label": entry["label"], "id": entry.get("id", "")}
            sequences = self._word_sequences(entry["pattern"])
            if sequences is not None:
                self.lower_matcher.add(label, [Doc(self.nlp.vocab, words=s) for s in sequences])
            else:
                self.matcher.add(label, _first_token_alternatives(entry["pattern"]))
            self._patterns.append(entry)
        super().add_patterns(phrases)

    def _word_sequences(self, pattern, limit: int = 64) -> list[list[str]] | None:
        """Every word sequence a pattern of lower-case words matches, or None.

        Tokens may be ``{"LOWER": "word"}`` or ``{"LOWER": {"IN": [...]}}``, each optionally
        ``"OP": "?"``. A word counts only if it is its own lower case, so the PhraseMatcher
        compares what the Matcher would. Empty sequences match nothing in either."""
        if not isinstance(pattern, list) or not pattern:
            return None
        sequences: list[list[str]] = [[]]
        for token in pattern:
            if not isinstance(token, dict) or set(token) - {"LOWER", "OP"} or "LOWER" not in token:
                return None
            op, test = token.get("OP"), token["LOWER"]
            words = [test] if isinstance(test, str) else \
                test["IN"] if isinstance(test, dict) and list(test) == ["IN"] else None
            if op not in (None, "?") or not isinstance(words, list) or not all(
                    isinstance(w, str) and w and self.nlp.vocab[w].lower_ == w for w in words):
                return None
            options = [[w] for w in dict.fromkeys(words)] + ([[]] if op == "?" else [])
            sequences = [s + o for s in sequences for o in options]
            if len(sequences) > limit:
                return None
        return [s for s in sequences if s] or None

    def match(self, doc: Doc):
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = cast(list, list(self.matcher(doc)) + list(self.phrase_matcher(doc))
                           + list(self.lower_matcher(doc)))
        found = sorted({Span(doc, start, end, label=self._match_label_id_map[key]["label"],
                             span_id=self._match_label_id_map[key]["id"])
                        for key, start, end in matches if start != end})
        return sorted(found + self.headless.spans(doc, found)) if self.headless is not None else found

    def remove(self, label: str) -> None:
        super().remove(label)
        self._remove_lower(lambda entry: entry["label"] == label)

    def remove_by_id(self, pattern_id: str) -> None:
        super().remove_by_id(pattern_id)
        self._remove_lower(lambda entry: entry["id"] == pattern_id)

    def _remove_lower(self, chosen) -> None:
        for key, entry in self._match_label_id_map.items():
            name = self.nlp.vocab.strings.as_string(key)
            if chosen(entry) and name in self.lower_matcher:
                self.lower_matcher.remove(name)


def _first_token_alternatives(pattern: list[dict]) -> list[list[dict]]:
    """``[{"LOWER": {"IN": ["pemkot", "pemkab"]}}, …]`` as one pattern per listed value.

    The Matcher starts every pattern at every token and tests an ``IN`` list in Python,
    a plain value in C; the alternatives together match exactly the same spans."""
    first = pattern[0] if isinstance(pattern, list) and pattern else None
    if not isinstance(first, dict) or len(first) != 1:
        return [pattern]
    (attr, test), = first.items()
    if not isinstance(test, dict) or list(test) != ["IN"] or \
            not all(isinstance(value, str) for value in test["IN"]):
        return [pattern]
    return [[{attr: value}, *pattern[1:]] for value in dict.fromkeys(test["IN"])]
