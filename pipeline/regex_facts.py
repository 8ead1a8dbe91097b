"""What a regular expression says about the text it can match.

Used to skip regex calls that cannot succeed (``pipeline.extract.affixes``,
``pipeline.clean``): the characters a match must contain, begin or end with. Every
answer is a superset or None ("unknown"), so a caller that skips on it skips only
calls that would have failed.

The pattern is read by a small parser of its own (the ``re`` module's parser is
private): literals, classes, ``.``, anchors, groups, lookarounds, alternation and
quantifiers. Anything else (back-references, inline flags, conditionals, octal
escapes) makes the pattern "unknown", and callers fall back to the plain regex call.

A parsed pattern is a list of items ``(op, arg)``:

``("lit", char)``                 one character
``("in", frozenset | None)``      a class, ``\\d`` or ``.``; None when its members are not spelled out
``("at", kind)``                  an anchor: "begin" (``^``), "end" (``$``), "begin_string",
                                  "end_string", "boundary", "non_boundary"
``("look", items)``               a lookahead or lookbehind (takes no character)
``("group", items)``              a group, capturing or not
``("repeat", (low, high, items))`` a quantifier; ``high`` is UNBOUNDED for ``*``, ``+``, ``{m,}``
``("branch", [items, ...])``      an alternation
"""

from __future__ import annotations

import re
import unicodedata

UNBOUNDED = 1 << 32

_CATEGORIES = frozenset("dDsSwW")
_ANCHORS = {"A": "begin_string", "Z": "end_string", "b": "boundary", "B": "non_boundary"}
_CONTROL = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
_QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


class Unsupported(ValueError):
    """The pattern uses syntax this module does not analyse."""


def parse(pattern: str) -> list:
    """The items of ``pattern`` (see the module docstring); :class:`Unsupported` if unknown."""
    parser = _Parser(pattern)
    items = parser.alternation()
    if parser.pos != len(pattern):
        raise Unsupported(f"unbalanced ')' at {parser.pos}")
    return items


class _Parser:
    def __init__(self, pattern: str):
        self.text = pattern
        self.pos = 0

    def peek(self, ahead: int = 0) -> str:
        index = self.pos + ahead
        return self.text[index] if index < len(self.text) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise Unsupported("unexpected end of pattern")
        self.pos += 1
        return char

    def starts(self, prefix: str) -> bool:
        if self.text.startswith(prefix, self.pos):
            self.pos += len(prefix)
            return True
        return False

    def alternation(self) -> list:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else [("branch", branches)]

    def sequence(self) -> list:
        items: list = []
        while self.peek() and self.peek() not in "|)":
            atom = self.atom()
            items.append(self.quantified(atom))
        return items

    def atom(self) -> tuple:
        char = self.take()
        if char == "(":
            return self.group()
        if char == "[":
            return ("in", self.char_class())
        if char == ".":
            return ("in", None)
        if char == "^":
            return ("at", "begin")
        if char == "$":
            return ("at", "end")
        if char == "\\":
            return self.escape()
        if char in "*+?":
            raise Unsupported("nothing to repeat")
        return ("lit", char)

    def group(self) -> tuple:
        if self.starts("?"):
            if self.starts(":"):
                kind = "group"
            elif self.starts("P<"):
                end = self.text.find(">", self.pos)
                if end < 0:
                    raise Unsupported("unterminated group name")
                self.pos = end + 1
                kind = "group"
            elif self.starts("=") or self.starts("!") or self.starts("<=") or self.starts("<!"):
                kind = "look"
            else:  # inline flags, comments, back-references, conditionals, atomic groups
                raise Unsupported(f"group syntax at {self.pos}")
        else:
            kind = "group"
        items = self.alternation()
        if not self.starts(")"):
            raise Unsupported("missing ')'")
        return (kind, items)

    def quantified(self, atom: tuple) -> tuple:
        char = self.peek()
        if char in ("*", "+", "?"):
            self.pos += 1
            low, high = {"*": (0, UNBOUNDED), "+": (1, UNBOUNDED), "?": (0, 1)}[char]
        elif char == "{" and (match := _QUANTIFIER.match(self.text, self.pos)) \
                and match.group(0) != "{}":
            self.pos = match.end()
            low = int(match.group(1) or 0)
            if match.group(2):
                high = int(match.group(3)) if match.group(3) else UNBOUNDED
            else:
                high = low
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same characters
            self.pos += 1
        if atom[0] in ("at", "look"):
            raise Unsupported("repeated zero-width item")
        return ("repeat", (low, high, [atom]))

    def escape(self) -> tuple:
        char = self.take()
        if char in _ANCHORS:
            return ("at", _ANCHORS[char])
        if char in _CATEGORIES:
            return ("in", None)
        return ("lit", self.escaped_char(char))

    def escaped_char(self, char: str) -> str:
        if char in _CONTROL:
            return _CONTROL[char]
        if char in _HEX_DIGITS:
            digits = self.text[self.pos:self.pos + _HEX_DIGITS[char]]
            if len(digits) != _HEX_DIGITS[char] or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise Unsupported("bad hex escape")
            self.pos += len(digits)
            return chr(int(digits, 16))
        if char == "N" and self.starts("{"):
            end = self.text.find("}", self.pos)
            if end < 0:
                raise Unsupported("unterminated \\N{...}")
            name, self.pos = self.text[self.pos:end], end + 1
            try:
                return unicodedata.lookup(name)
            except KeyError:
                raise Unsupported(f"unknown character name {name!r}") from None
        if char.isdigit() or char.isascii() and char.isalpha():
            raise Unsupported(f"escape \\{char}")  # back-references, octal, unknown letters
        return char

    def char_class(self) -> frozenset | None:
        known = True
        if self.starts("^"):
            known = False  # a negated class: not spelled out
        chars: set[str] = set()
        first = True
        while True:
            char = self.take()
            if char == "]" and not first:
                break
            first = False
            if char == "\\":
                escaped = self.take()
                if escaped in _CATEGORIES:
                    known = False
                    continue
                low = "\b" if escaped == "b" else self.escaped_char(escaped)
            else:
                low = char
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.pos += 1
                high = self.take()
                if high == "\\":
                    escaped = self.take()
                    if escaped in _CATEGORIES:
                        raise Unsupported("bad character range")
                    high = "\b" if escaped == "b" else self.escaped_char(escaped)
                chars.update(map(chr, range(ord(low), ord(high) + 1)))
            else:
                chars.add(low)
        return frozenset(chars) if known else None


# -- facts -----------------------------------------------------------------------------

def needed_chars(regex: re.Pattern) -> frozenset | None:
    """Characters of which every match contains at least one, or None if unknown."""
    branches = branches_of(regex)
    return None if branches is None else union(_needed(b) for b in branches)


def _needed(items: list) -> frozenset | None:
    for op, arg in items:
        found = None
        if op == "lit":
            found = frozenset(arg)
        elif op == "in":
            found = arg
        elif op == "group":
            found = _needed(arg)
        elif op == "repeat" and arg[0] >= 1:
            found = _needed(arg[2])
        elif op == "branch":
            found = union(_needed(b) for b in arg)
        if found is not None:  # any one item the match cannot do without will do
            return found
    return None


def branches_of(regex: re.Pattern) -> list | None:
    """The top-level alternatives of ``regex`` as item lists, or None if not understood."""
    if regex.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE) or not isinstance(regex.pattern, str):
        return None
    try:
        items = parse(regex.pattern)
    except Unsupported:
        return None
    if len(items) == 1 and items[0][0] == "branch":
        return list(items[0][1])
    return [items]


def starts_with_caret(items: list) -> bool:
    """Whether the branch begins with ``^``."""
    return bool(items) and items[0] == ("at", "begin")


def ends_with_dollar(items: list) -> bool:
    """Whether the branch ends with ``$``."""
    return bool(items) and items[-1] == ("at", "end")


def width(items: list) -> int:
    """The most characters a match of ``items`` can take (UNBOUNDED if no limit)."""
    return _widths(items)[1]


def min_width(items: list) -> int:
    """The fewest characters a match of ``items`` can take."""
    return _widths(items)[0]


def _widths(items: list) -> tuple[int, int]:
    low = high = 0
    for op, arg in items:
        if op in ("lit", "in"):
            item = (1, 1)
        elif op in ("at", "look"):
            item = (0, 0)
        elif op == "group":
            item = _widths(arg)
        elif op == "branch":
            each = [_widths(b) for b in arg]
            item = (min(w[0] for w in each), max(w[1] for w in each))
        else:  # repeat
            times_low, times_high, sub = arg
            sub_low, sub_high = _widths(sub)
            item = (times_low * sub_low, 0 if sub_high == 0 else times_high * sub_high)
        low += item[0]
        high += item[1]
    return min(low, UNBOUNDED), min(high, UNBOUNDED)


def first_chars(items: list) -> frozenset | None:
    """Every character a match of ``items`` can begin with, or None if unknown."""
    return _edge_chars(items, last=False)


def last_chars(items: list) -> frozenset | None:
    """Every character a match of ``items`` can end with, or None if unknown."""
    return _edge_chars(items, last=True)


def _edge_chars(items: list, last: bool) -> frozenset | None:
    for op, arg in (reversed(items) if last else items):
        if op in ("at", "look"):
            continue  # takes no character
        if op == "lit":
            return frozenset(arg)
        if op == "in":
            return arg
        if op == "group":
            return None if min_width(arg) == 0 else _edge_chars(arg, last)
        if op == "repeat":
            low, _, sub = arg
            if low == 0 or min_width(sub) == 0:
                return None
            return _edge_chars(sub, last)
        if op == "branch":
            if any(min_width(b) == 0 for b in arg):
                return None
            return union(_edge_chars(b, last) for b in arg)
        return None
    return None


def union(sets) -> frozenset | None:
    found = set()
    for chars in sets:
        if chars is None:
            return None
        found |= chars
    return frozenset(found)
