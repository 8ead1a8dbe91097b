"""The one module that knows the HTML parser (selectolax/lexbor: ~30× faster than
BeautifulSoup+lxml on news pages, and the cleaner's time goes into parsing).

It turns a page into *runs*: the text between block boundaries (a ``<p>``, a ``<div>``'s
own text, a ``<li>``, text split by ``<br>``), each with the chain of block elements
that hold it and how much of it is link text. Everything after this works on runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

SKIP = frozenset("""script style noscript iframe svg template button select textarea input option
head link meta object embed canvas video audio map nav footer aside figcaption dialog""".split())
BLOCK = frozenset("""p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table
tbody thead tfoot tr dd dt dl figure header center address form fieldset details summary
hr""".split())
CELLS = frozenset({"td", "th"})  # a row's cells stay on one line: "Lukisan Terbaik | Ratna Wulandari"
_CELL_SEPARATOR = " | "
MEDIA = frozenset({"img", "picture", "video", "iframe", "embed", "object"})  # what captions sit under
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
MAX_CHAIN = 200  # block levels a run records; real pages nest a few dozen
_SPACES = re.compile(r"\s+")


@dataclass
class Run:
    """Text between two block boundaries, with where it sits in the page."""

    text: str
    link_chars: int
    tag: str  # the nearest block element's tag
    chain: tuple[int, ...]  # ids of the enclosing block elements, outermost first
    negative_at: int | None  # depth in ``chain`` of the first element whose class/id says
    # share bar, related list, ... (len(chain) for an inline one); None when there is none
    order: int
    negative_hard: bool = False  # the mark is one that no amount of text overrides (comments)
    negative_root: int | None = None  # id of the marked element
    media_block: int | None = None  # opens right under an image or embed: id of the block holding it

    @property
    def negative(self) -> bool:
        return self.negative_at is not None

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


class Page:
    """A parsed HTML page."""

    def __init__(self, html: str):
        self.tree = LexborHTMLParser(html)
        self.block_kinds: dict[int, tuple[str, str]] = {}  # block id -> (tag, class), filled by runs()

    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents by lower-cased name, property or itemprop."""
        found: dict[str, list[str]] = {}
        for node in self.tree.css("meta"):
            attrs = node.attributes
            content = attrs.get("content")
            if not content:
                continue
            for key in ("name", "property", "itemprop", "http-equiv"):
                name = attrs.get(key)
                if name:
                    found.setdefault(name.strip().lower(), []).append(content.strip())
        return found

    def json_ld(self) -> list[str]:
        return [n.text(deep=True) for n in self.tree.css('script[type="application/ld+json"]')]

    def link_href(self, rel: str) -> str | None:
        hrefs = self.link_hrefs(rel)
        return hrefs[0] if hrefs else None

    def link_hrefs(self, rel: str) -> list[str]:
        """Every ``<link rel=...>`` target, in page order."""
        found = []
        for node in self.tree.css("link[rel]"):
            if rel in (node.attributes.get("rel") or "").lower().split():
                href = (node.attributes.get("href") or "").strip()
                if href:
                    found.append(href)
        return found

    def lang(self) -> str | None:
        node = self.tree.css_first("html")
        return (node.attributes.get("lang") or None) if node else None

    def texts(self, selector: str) -> list[str]:
        return [clean_space(n.text(deep=True)) for n in self.tree.css(selector)]

    def attrs(self, selector: str) -> list[dict]:
        return [dict(n.attributes, _text=clean_space(n.text(deep=True))) for n in self.tree.css(selector)]

    def remove(self, selectors: tuple[str, ...]) -> None:
        for selector in selectors:
            for node in self.tree.css(selector):
                node.decompose()

    def runs(self, negative: re.Pattern, hard: re.Pattern) -> list[Run]:
        """The page's body as runs, in document order."""
        root = self.tree.body or self.tree.root
        if root is None:
            return []
        walker = _Walker(negative, hard)
        walker.owner = (root.tag, (root.mem_id,), None)
        walker.walk(root, (root.mem_id,), None)
        walker.flush()
        self.block_kinds = walker.kinds
        return walker.runs


def clean_space(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip()


class _Walker:
    """Turns the tree into runs with an explicit stack: any nesting depth, no recursion."""

    def __init__(self, negative: re.Pattern, hard: re.Pattern):
        self.negative_pattern = negative
        self.hard_pattern = hard
        self.runs: list[Run] = []
        self.kinds: dict[int, tuple[str, str]] = {}  # block element id -> (tag, class), when it has a class
        self.parts: list[str] = []
        self.link_chars = 0
        # (tag, chain, mark) of the block being filled; a mark is (depth, element id, hard)
        self.owner: tuple[str, tuple[int, ...], tuple | None] = ("body", (), None)
        # Past an image or embed in this block with no text since: 1 right after it, 2 once a
        # line break or another element stands between (a caption sits apart from its image;
        # text that runs on straight after an inline image is the paragraph's own).
        self.media_state = 0
        self.media_block: int | None = None  # the block of the image last passed
        self.run_media_block: int | None = None  # the run being filled opens right under an image in it

    def flush(self) -> None:
        if self.parts:
            text = clean_space("".join(self.parts))
            if text:
                tag, chain, mark = self.owner
                depth, root, hard = mark if mark else (None, None, False)
                self.runs.append(Run(text, min(self.link_chars, len(text)), tag, chain, depth,
                                     len(self.runs), hard, root, self.run_media_block))
        self.parts = []
        self.link_chars = 0
        self.run_media_block = None

    def _after_media(self) -> None:
        """Text arrives after an image: it opens a caption when it opens the run, apart from the image."""
        if self.media_state == 2 and not any(part.strip() for part in self.parts):
            self.run_media_block = self.media_block
        self.media_state = 0

    def walk(self, root: LexborNode, chain: tuple[int, ...], mark: tuple | None) -> None:
        # A frame: (children iterator, chain, mark, in_link, owner to restore when it ends or
        # None). Leaving a frame that set an owner flushes the run it filled first.
        stack = [(root.iter(include_text=True), chain, mark, False, None)]
        while stack:
            children, chain, mark, in_link, outer = stack[-1]
            for child in children:
                tag = child.tag
                if tag == "-text":
                    text = child.text_content
                    if text:
                        if self.media_state and text.strip():
                            self._after_media()
                        self.parts.append(text)
                        if in_link:
                            self.link_chars += len(text.strip())
                    continue
                if tag in SKIP or tag.startswith("-"):
                    if tag in MEDIA:
                        self.media_state, self.media_block = 1, chain[-1] if chain else None
                    continue
                if tag == "br":
                    self.flush()
                    if self.media_state:
                        self.media_state = 2
                    continue
                if tag in MEDIA:
                    self.media_state, self.media_block = 1, chain[-1] if chain else None
                elif self.media_state:
                    self.media_state = 2
                attrs = child.attributes
                if "hidden" in attrs or attrs.get("aria-hidden") == "true":
                    continue
                style = attrs.get("style")
                if style and "display:none" in style.replace(" ", "").lower():
                    continue
                link = in_link or tag == "a"
                child_mark = mark
                if mark is None:
                    marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
                    if len(marks) > 1:
                        hard = bool(self.hard_pattern.search(marks))
                        if hard or self.negative_pattern.search(marks):
                            child_mark = (len(chain), child.mem_id, hard)
                if tag in CELLS and any(part.strip() for part in self.parts):
                    self.parts.append(_CELL_SEPARATOR)
                if tag in BLOCK:
                    self.flush()
                    classes = attrs.get("class")
                    if classes:
                        self.kinds[child.mem_id] = (tag, classes)
                    # Past a sane depth a block joins its parent's chain: a page nested
                    # thousands deep costs memory in proportion to its size, not its square.
                    child_chain = chain + (child.mem_id,) if len(chain) < MAX_CHAIN else chain
                    stack.append((child.iter(include_text=True), child_chain, child_mark, link, self.owner))
                    self.owner = (tag, child_chain, child_mark)
                    break
                if child_mark is not mark:
                    # An inline element marked as boilerplate (a share widget in a span):
                    # its text stands apart from the paragraph around it.
                    self.flush()
                    outer_owner = self.owner
                    stack.append((child.iter(include_text=True), chain, child_mark, link, outer_owner))
                    self.owner = (outer_owner[0], outer_owner[1], child_mark)
                    break
                stack.append((child.iter(include_text=True), chain, mark, link, None))
                break
            else:
                stack.pop()
                if outer is not None:
                    self.flush()
                    self.owner = outer
                    if outer[1] != chain:
                        self.media_state = 0  # a caption shares its image's block
