"""Load and validate the extraction knowledge kept as data in ``rules/``.

Every file is checked when loaded; a malformed file raises :class:`RuleError` naming
the file and, where it can, the line. Nothing is cached at module level: callers keep
the :class:`Rules` object they loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import RuleError

DEFAULT_RULES_DIR = Path(__file__).resolve().parents[1] / "rules"

# file name -> the top-level keys it must have, with their types
SCHEMAS: dict[str, dict[str, type]] = {
    "units.json": {"units": list, "heads": dict},
    "regions.json": {"prefixes": list, "name_stopwords": list},
    "givers.json": {"givers": list},
    "awards.json": {"heads": list, "kinds": list},
    "titles.json": {"titles": list, "honorifics": list, "degree_pattern": str},
    "language.json": {"months": dict, "weekdays": list, "previous_year": list,
                      "score_words": dict, "not_score_before": list, "not_score_after": list,
                      "ordinals": dict, "number_words": dict, "receive_verbs": list,
                      "passive_to": list, "handover_words": list, "place_heads": list,
                      "percent_words": list},
    "lists.json": {"rank_heads": list, "event_verbs": list, "item_links": list,
                   "list_markers": list, "group_heads": list, "assessment_heads": list},
    "regions_id.json": {"provinces": list, "spellings": dict, "kind_words": dict},
    "frames.json": {key: list for key in (
        "receive_verbs", "position_verbs", "position_objects", "passive_receive_verbs",
        "give_verbs", "passive_give_verbs", "recipient_markers", "agent_markers", "list_openers",
        "list_joins", "rank_continuations", "subject_adverbs", "recipient_nouns",
        "negation_words", "plan_words", "nomination_words", "history_words", "background_year_words",
        "fiscal_year_words", "not_recipient_heads", "nominal_cues", "category_cues", "speech_verbs", "recipient_lead_words", "reference_words", "award_nouns", "category_openers",
        "heading_openers", "score_attribute_links", "basis_words", "event_words", "handover_words",
        "besides_words", "sport_words", "sport_titles")}
    | {"kind_words": dict, "title_kinds": dict},
    "winners.json": {key: list for key in (
        "domain_words", "winner_cues", "become_verbs", "handed_verbs", "announce_verbs",
        "win_verbs", "passive_win_verbs", "win_nouns", "category_words", "via_words",
        "category_links", "beneficiary_words", "work_kinds", "appositions", "auxiliaries",
        "clause_links", "not_category_words", "opinion_followers", "title_inner_words",
        "category_openers", "not_winners", "past_words", "anaphors", "demonstratives",
        "credit_words")},
}
PATTERN_KEYS = {"label", "pattern"}


@dataclass(frozen=True)
class Rules:
    """Everything the extractor knows, loaded from one rules folder."""

    folder: Path
    units: dict
    regions: dict
    givers: dict
    awards: dict
    titles: dict
    language: dict
    patterns: tuple[dict, ...]  # span_ruler patterns, each with "label", "pattern", "id"
    examples: tuple[dict, ...] = field(default=())  # {"file", "text", "must", "must_not"}
    files: dict = field(default_factory=dict, compare=False)  # every SCHEMAS file by name

    def __hash__(self) -> int:  # used as a key for the compiled spaCy pipeline
        return hash(self.folder)


def load_rules(folder: str | Path | None = None) -> Rules:
    """Read and validate every rule file of ``folder`` (default: the project's rules/)."""
    folder = Path(folder) if folder else DEFAULT_RULES_DIR
    if not folder.is_dir():
        raise RuleError(str(folder), "rules folder not found")
    data = {name: _load_json(folder / name, schema) for name, schema in SCHEMAS.items()}
    patterns: list[dict] = []
    for path in sorted((folder / "patterns").glob("*.jsonl")):
        patterns += _load_patterns(path)
    examples = []
    for name, content in data.items():
        for example in content.get("examples", []):
            examples.append({"file": name, **_check_example(folder / name, example)})
    for pattern in patterns:
        for example in pattern.get("examples", []):
            examples.append({"file": pattern["file"], "label": pattern["label"],
                             **_check_example(folder / pattern["file"], example)})
    return Rules(folder=folder, units=data["units.json"], regions=data["regions.json"],
                 givers=data["givers.json"], awards=data["awards.json"],
                 titles=data["titles.json"], language=data["language.json"],
                 patterns=tuple(patterns), examples=tuple(examples), files=data)


def _load_json(path: Path, schema: dict[str, type]) -> dict:
    if not path.is_file():
        raise RuleError(str(path), "rule file missing")
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RuleError(str(path), f"invalid JSON: {error.msg}", error.lineno) from error
    except UnicodeDecodeError as error:
        raise RuleError(str(path), "not UTF-8 text") from error
    if not isinstance(content, dict):
        raise RuleError(str(path), "must be a JSON object", 1)
    for key, kind in schema.items():
        if key not in content:
            raise RuleError(str(path), f"missing key {key!r}", 1)
        if not isinstance(content[key], kind):
            raise RuleError(str(path), f"{key!r} must be a {kind.__name__}",
                            _line_of(path, f'"{key}"'))
    _check_entries(path, content)
    return content


def _check_entries(path: Path, content: dict) -> None:
    """Per-file checks of list entries, so a typo is caught where it was made."""
    required = {"units": ("name", "type", "aliases"), "givers": ("name", "aliases"),
                "kinds": ("kind", "any"), "prefixes": ("type", "government", "words")}
    for key, fields in required.items():
        for entry in content.get(key, []) if isinstance(content.get(key), list) else []:
            missing = [f for f in fields if not isinstance(entry, dict) or f not in entry]
            if missing:
                label = json.dumps(entry, ensure_ascii=False)[:60]
                raise RuleError(str(path), f"{key} entry {label} lacks {', '.join(missing)}",
                                _line_of(path, label[:30]))


def _load_patterns(path: Path) -> list[dict]:
    patterns = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as error:
            raise RuleError(str(path), f"invalid JSON: {error.msg}", number) from error
        if not isinstance(entry, dict) or not PATTERN_KEYS <= entry.keys():
            raise RuleError(str(path), "a pattern needs 'label' and 'pattern'", number)
        if not isinstance(entry["pattern"], (str, list)):
            raise RuleError(str(path), "'pattern' must be a string or a list of token dicts", number)
        if isinstance(entry["pattern"], list) and not all(isinstance(t, dict) for t in entry["pattern"]):
            raise RuleError(str(path), "token patterns must be objects", number)
        entry.setdefault("id", f"{path.stem}:{number}")
        entry["file"] = f"patterns/{path.name}"
        entry["line"] = number
        patterns.append(entry)
    return patterns


def _check_example(path: Path, example) -> dict:
    if not isinstance(example, dict) or not isinstance(example.get("text"), str):
        raise RuleError(str(path), "an example needs a 'text'")
    return {"text": example["text"], "must": list(example.get("must", [])),
            "must_not": list(example.get("must_not", []))}


def _line_of(path: Path, needle: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    return None
