"""Find the article's own text among a page's runs by content scoring.

Each run of prose credits the block elements above it (its container fully, the next
two levels less), weighted by length, commas and how little of it is link text; the
best-scored container, with siblings that score nearly as well, holds the article.
Inside it, runs that are boilerplate by their markers or shape are dropped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import boilerplate as bp
from .dates import find_datelines
from .dom import Run
from .rules import CleanRules

HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
PARAGRAPH_TAGS = frozenset("p h2 h3 h4 h5 h6 li blockquote pre td th dd dt".split())
_MIN_RUN = 25  # characters a run needs to vote for its container
_SIBLING_SHARE = 0.2  # a sibling container joins when it scores this share of the best
_BAD_WEIGHT = 3.0  # cost of a character of non-prose when widening the chosen container
_WRAPPER_SHARE = 0.4  # a marked element holding this share of the page's prose is a wrapper


def _targets(run: Run, inner: set[int]) -> tuple[int, ...]:
    # A run whose block holds no other block is a paragraph (a <p>, or a <div> used as
    # one): it votes for the element around it. Text loose in a container votes for it.
    chain = run.chain
    leaf = run.tag in PARAGRAPH_TAGS or (chain and chain[-1] not in inner)
    holders = chain[:-1] if leaf else chain
    return holders[::-1][:3]


def best_container(runs: list[Run], kinds: dict[int, tuple[str, str]] | None = None) -> tuple[int | None, set[int]]:
    """The id of the container holding the article and the ids of the sibling containers that join it.

    A sibling joins when it scores nearly as well, or when it is a block of the same kind (tag
    and class) holding prose: the rest of a text that an ad or a box cut in two."""
    scores: dict[int, float] = defaultdict(float)
    good: dict[int, int] = defaultdict(int)  # prose characters under each element
    chars: dict[int, int] = defaultdict(int)
    link_chars: dict[int, int] = defaultdict(int)
    parent: dict[int, int | None] = {}
    inner = {node for run in runs for node in run.chain[:-1]}
    previous = None
    for run in runs:
        # A teaser right after a linked headline is another article's, not this one's.
        teaser = previous is not None and previous.link_density > 0.5 and len(previous.text) > 20
        prose = _voting(run) and not run.negative and run.link_density < 0.3 and not teaser
        previous = run
        for depth, node in enumerate(run.chain):
            chars[node] += len(run.text)
            link_chars[node] += run.link_chars
            if prose:
                good[node] += len(run.text)
            if node not in parent:
                parent[node] = run.chain[depth - 1] if depth else None
        size = len(run.text)
        if not _voting(run):
            continue
        weight = (1 + run.text.count(",") + min(size / 100, 3)) * (1 - run.link_density)
        if run.negative:
            weight *= 0.2
        for rank, node in enumerate(_targets(run, inner)):
            scores[node] += weight / (1 + rank)
    if not scores:
        return None, set()
    final = {n: s * (1 - link_chars[n] / max(chars[n], 1)) for n, s in scores.items()}
    best = max(final, key=final.get)
    best = _widen(best, parent, good, chars)
    kind = kinds.get(best) if kinds else None  # only blocks with a class have one: a bare <div> says nothing
    siblings = {n for n, s in final.items()
                if n != best and parent.get(n) == parent.get(best) and parent.get(best) is not None
                and (s >= _SIBLING_SHARE * final.get(best, 0.0)
                     or kind is not None and kinds.get(n) == kind)}
    return best, siblings


def _voting(run: Run) -> bool:
    return len(run.text) >= _MIN_RUN and run.link_density <= 0.5


def forgive_wrappers(runs: list[Run]) -> None:
    """Clear soft boilerplate marks from an element holding much of the page's prose.

    Class names mislead: "l-sidebar-fixed" or "meta_field" may wrap the whole article.
    Marks that are never wrong (comments, related lists) stay.
    """
    total = sum(len(r.text) for r in runs if _voting(r))
    mass: dict[object, int] = defaultdict(int)
    for run in runs:
        if run.negative and not run.negative_hard and _voting(run):
            mass[_negative_root(run)] += len(run.text)
    wrappers = {root for root, size in mass.items() if size >= _WRAPPER_SHARE * total}
    if wrappers:
        for run in runs:
            if run.negative and not run.negative_hard and _negative_root(run) in wrappers:
                run.negative_at = None


def _negative_root(run: Run) -> object:
    return run.negative_root

def _widen(best: int, parent: dict, good: dict, chars: dict) -> int:
    """The ancestor of ``best`` with the most prose net of other text.

    Pages split an article into chunks between ads and figures; the chunks meet
    higher up than the best-scored one. Climbing further only adds menus and lists.
    """
    chosen, value, node = best, good[best] - _BAD_WEIGHT * (chars[best] - good[best]), parent.get(best)
    while node is not None:
        gain = good[node] - _BAD_WEIGHT * (chars[node] - good[node])
        if gain > value:
            chosen, value = node, gain
        node = parent.get(node)
    return chosen


def select_runs(runs: list[Run], rules: CleanRules, title: str | None = None,
                kinds: dict[int, tuple[str, str]] | None = None) -> list[Run]:
    """The runs of the article's own text, in page order (``kinds``: block id -> (tag, class))."""
    forgive_wrappers(runs)
    best, siblings = best_container(runs, kinds)
    if best is None:
        return []
    chosen = {best} | siblings
    picked = []
    for run in runs:
        for depth, node in enumerate(run.chain):
            if node in chosen:
                # Boilerplate marks count only below the chosen container: a body
                # wrapper whose own class looks negative still holds the article.
                if node == best and run.negative_at is not None and run.negative_at <= depth:
                    run.negative_at = None
                picked.append(run)
                break
    return _lead_before(runs, picked, rules, title) + picked


# A news lead's dateline: a place in capitals, an agency in brackets or the site's domain before the dash.
_DATELINE_LEAD = re.compile(r"^[^-–—]{0,60}?(?:\b[A-Z]{3,}\b|\([^)]{2,30}\)|\.(?:com|co\.id|id|net)\b)[^-–—]{0,40}(?:--|[-–—])")
_LEAD_LOOKBACK = 12  # runs before the body searched for a lead paragraph standing in its own block


def _lead_before(runs: list[Run], picked: list[Run], rules: CleanRules, title: str | None) -> list[Run]:
    """The lead paragraph ("JAKARTA, KOMPAS.com - ...") when it stands in its own block just
    before the chosen container, with the prose between them; [] when there is none."""
    if not picked:
        return []
    found: list[Run] = []
    title_key = (title or "").strip().lower()
    for order in range(picked[0].order - 1, max(-1, picked[0].order - 1 - _LEAD_LOOKBACK), -1):
        run = runs[order]
        if run.tag == "h1" or run.text.lower() == title_key:
            return []
        if run.negative or run.link_density >= 0.3 or not _voting(run):
            continue
        found.append(run)
        if _DATELINE_LEAD.match(run.text) and bp.is_lead(run.text, rules.boilerplate) \
                and not bp.is_boilerplate(run.text, rules.boilerplate):
            return found[::-1]
        if not bp.ends_sentence(run.text):
            return []
    return []


def body_paragraphs(runs: list[Run], rules: CleanRules, title: str | None = None,
                    description: str | None = None) -> list[str]:
    """Paragraph texts of the selected runs, without inserts, credits, captions, ad labels, bars,
    teasers and trailing lists. ``description`` is the page's meta description: a heading that
    repeats it above the text is the deck, not the article."""
    b = rules.boilerplate
    title_key = (title or "").strip().lower()
    deck_key = (description or "").strip().lower()
    kept: list[tuple[str, Run]] = []
    after_stop = False
    previous = None
    # How many runs each image's block holds: a caption is alone with its image.
    media = {run.media_block for run in runs if run.media_block is not None}
    runs_under = Counter(node for run in runs for node in run.chain if node in media) if media else Counter()
    for index, run in enumerate(runs):
        text, before, previous = run.text, previous, run
        last_in_block = index + 1 == len(runs) or runs[index + 1].chain != run.chain
        if bp.is_stop(text, b):
            after_stop = True
            continue
        if after_stop:
            if not bp.is_prose(text) or run.link_density > 0.3:
                continue
            after_stop = False
        if run.negative or run.tag == "h1" or run.link_density > 0.5 and not _linked_prose(text, run):
            continue
        text = bp.strip_ad_markers(text, b)
        if not text or bp.is_boilerplate(text, b) or text.lower() == title_key:
            continue
        if _dateline_only(text, rules) or _teaser(text, before) or last_in_block and _caption(text, run, b, runs_under):
            continue
        if not kept and deck_key and run.tag in HEADING_TAGS and text.lower() == deck_key:
            continue
        kept.append((bp.strip_signature(text, b), run))
    while kept and _is_tail(kept):
        kept.pop()
    while kept and not bp.is_prose(kept[0][0]) and len(bp.words(kept[0][0])) < 4:
        kept.pop(0)
    return [text for text, _ in kept]


_CAPTION_WORDS = 40  # a line under an image longer than this is the article's own paragraph


def _caption(text: str, run: Run, rules, runs_under: Counter) -> bool:
    """The one line under an image, alone with it in the image's block (a ``<figure>``, a
    ``<p>`` with the image and a line break): a caption, unless it opens the article
    ("JAKARTA - ...") or numbers an item. A paragraph after an image that stands among the
    article's paragraphs shares its block with them and is kept."""
    return run.media_block is not None and runs_under[run.media_block] == 1 \
        and len(bp.words(text)) <= _CAPTION_WORDS and not bp.is_lead(text, rules) \
        and not bp.is_list_item(text) and not _NUMBERED.match(text)


_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.)]")


def _linked_prose(text: str, run: Run) -> bool:
    """A sentence of the article whose names are mostly links (sites link every name to its tag page)."""
    return run.link_density < 0.8 and len(bp.words(text)) >= 12 and bp.is_prose(text)


def _teaser(text: str, before: Run | None) -> bool:
    """Another article's cut-off summary under its linked headline ("... kembali…")."""
    return text.endswith(("…", "...")) and before is not None and before.link_density > 0.5 \
        and len(text) < 400 and len(bp.words(before.text)) >= 3


def _dateline_only(text: str, rules: CleanRules) -> bool:
    """A run that is a printed date and little else (not a lead like "ISTANBUL, 23 Februari 2016 -")."""
    return (len(text) < 120 and len(bp.words(text)) <= 12 and not text.rstrip().endswith(("-", "–", "—"))
            and not bp.is_prose(text) and bool(find_datelines(text, rules.dates)))


def _is_tail(kept: list[tuple[str, Run]]) -> bool:
    """A closing run that is a link, a label or a crumb rather than the article's last words."""
    text, run = kept[-1]
    if bp.is_prose(text):
        return False
    # A heading with nothing of the article after it opens the next box ("ARTIKEL UNTUK KAMU").
    return run.link_density > 0.3 or len(bp.words(text)) <= 3 or run.tag in HEADING_TAGS


def looks_like_listing(chosen: list[Run]) -> bool:
    """An index page: most prose runs are teasers, each right after a link headline."""
    prose = teasers = prose_words = teaser_words = 0
    previous = None
    for run in chosen:
        if run.negative:
            continue
        tokens = bp.words(run.text) if run.link_density <= 0.3 else None
        if tokens is not None and bp.is_prose(run.text, tokens):
            size = len(tokens)
            prose += 1
            prose_words += size
            if previous is not None and previous.link_density > 0.5 and len(bp.words(previous.text)) >= 3:
                teasers += 1
                teaser_words += size
        if len(run.text) > 12:  # dates and counters between a headline and its teaser do not count
            previous = run
    return teasers >= 4 and teasers >= 0.6 * prose and teaser_words >= 0.7 * prose_words
