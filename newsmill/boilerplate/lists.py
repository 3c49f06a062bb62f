"""Multi-paragraph structures a rendered page shows in its text: teaser lists and item lists.

- Teasers of other stories: a headline glued to its summary when the page lost the tag between
  them ("Snow Expected In The ValleyForecasters say ..."), or summaries cut short with an ellipsis,
  at least two of them close together (one trailing "..." may be a quote trailing off).
- Parallel items: three or more consecutive short paragraphs of the same shape (numbered items,
  dated tour stops "June 9 – City", "Team (3-1): ...") form one list; an article's own list
  (results, dates, products) continues its text, so the classifier keeps it with the body.

Everything here is linear in the page: one anchored regex per paragraph.
"""

from __future__ import annotations

import re

from newsmill.boilerplate.cues import _MONTHS, CLOSING_MARKS

# A glued headline: a title-case head of at least this many words, then a capitalised word glued
# to the head's last word ("DetroitOfficially", "11/15You").
GLUED_HEAD_MIN_WORDS = 4
GLUED_HEAD_TITLE_SHARE = 0.7
GLUED_SCAN_CHARS = 160
TEASER_MIN_CHARS = 60
# A glued head over this much text is a label glued to prose ("Name: Ann Lee Age: 27City: ..."
# then a long statement), not a headline over its one- or two-sentence summary.
TEASER_MAX_CHARS = 600
# Truncated summaries count when another one lies within this many paragraphs.
TRUNCATED_WINDOW = 3

_GLUED = re.compile(r"(?:(?<!\w)[A-Za-z][a-z]{3,}|(?<!\w)\d+(?=[A-Z][a-z]{2})|[a-z][?!])([A-Z](?:[a-z]{2,}|[a-z]?\b))")
_GLUE_SEAM = re.compile(r"[a-z0-9?!][A-Z]")
# A head with brackets, quotes or a clause comma is prose ("McDonald (left), ..."), not a headline.
_HEAD_STOP = re.compile(r"[()\"“”]|, [a-z]")
_TRUNCATED = re.compile(r"\w[,;:]?\s?(?:\.\.\.|…)$|\[(?:\.\.\.|…)\]$")


def glued_headline(text: str) -> bool:
    """A headline glued to the next text: "Storm Closes Coastal RoadsCrews worked all night ..."."""
    if not TEASER_MIN_CHARS <= len(text) <= TEASER_MAX_CHARS:
        return False
    if not _GLUE_SEAM.search(text, 0, GLUED_SCAN_CHARS):  # cheap: every _GLUED match has this seam
        return False
    m = _GLUED.search(text, 0, GLUED_SCAN_CHARS)
    if not m:
        return False
    head = text[: m.start(1)]
    words = head.split()
    if len(words) < GLUED_HEAD_MIN_WORDS or _HEAD_STOP.search(head):
        return False
    titled = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return titled >= GLUED_HEAD_TITLE_SHARE * len(words)


def teasers(texts: list[str]) -> set[int]:
    """Indices of paragraphs that are teasers of other stories."""
    found = {i for i, t in enumerate(texts) if glued_headline(t)}
    truncated = [i for i, t in enumerate(texts) if len(t) >= TEASER_MIN_CHARS and _TRUNCATED.search(t[-8:])]
    for a, b in zip(truncated, truncated[1:]):
        if b - a <= TRUNCATED_WINDOW:
            found.update((a, b))
    return found


# --- Parallel items.

# At least this many items of one kind make a list ...
LIST_MIN_ITEMS = 3
# ... each at most this long (a longer paragraph is prose, even numbered) ...
ITEM_MAX_CHARS = 400
# ... and between two items at most one short non-item line (a link, a score line) may stand.
LIST_GAP_MAX_CHARS = 80
# Gap lines that all start alike (links) are part of their items: the last item keeps its own.
GAP_PREFIX_CHARS = 4

_ENUMERATED = re.compile(r"^(?:\(?\d{1,3}[.)]|[•·▪●■*–-])\s+\S")
_DATED = re.compile(rf"^(?:(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+(?:{_MONTHS})\b|\d{{1,2}}[./]\d{{1,2}}\b)", re.I)
_LABELLED = re.compile(r"^[^.:!?\n]{2,40}:\s+\S")


def item_kind(text: str) -> str | None:
    """"enumerated" ("1) ...", "• ..."), "dated" ("June 9 – ..."), "labelled" ("Team (3-1): ...") or None."""
    if len(text) > ITEM_MAX_CHARS:
        return None
    if _ENUMERATED.match(text):
        return "enumerated"
    if _DATED.match(text):
        return "dated"
    if _LABELLED.match(text):
        return "labelled"
    return None


def list_blocks(texts: list[str], hard: list[bool]) -> list[tuple[int, int]]:
    """[start, end) of every run of parallel items (gap lines included)."""
    blocks: list[tuple[int, int]] = []
    kinds = [None if hard[i] else item_kind(t) for i, t in enumerate(texts)]
    i, n = 0, len(texts)
    while i < n:
        kind = kinds[i]
        if kind is None:
            i += 1
            continue
        count, last, j = 1, i, i + 1
        gaps: list[str] = []
        while j < n:
            if kinds[j] == kind:
                count, last = count + 1, j
                j += 1
            elif j + 1 < n and kinds[j + 1] == kind and not hard[j] and len(texts[j]) <= LIST_GAP_MAX_CHARS:
                gaps.append(texts[j])  # one gap line between two items
                j += 1
            else:
                break
        # Items that each carry a line of the same shape ("1. Name" / "https://...") end with one too.
        nxt = last + 1
        if gaps and nxt < n and not hard[nxt] and len(texts[nxt]) <= LIST_GAP_MAX_CHARS:
            prefix = texts[nxt][:GAP_PREFIX_CHARS]
            if len(prefix) == GAP_PREFIX_CHARS and all(g.startswith(prefix) for g in gaps):
                last = nxt
        if count >= LIST_MIN_ITEMS:
            blocks.append((i, last + 1))
        i = last + 1
    return blocks


# --- Menus: many short items in a row.

# A menu is at least this many consecutive lines of at most MENU_ITEM_MAX_WORDS words that do not
# end like a sentence ("World", "Africa", "Middle East", ...). A subhead stands alone.
MENU_MIN_ITEMS = 4
MENU_ITEM_MAX_WORDS = 3
MENU_ITEM_MAX_CHARS = 32

_SENTENCE_END = re.compile(f"[.!?…:][{re.escape(CLOSING_MARKS)}]?$")


# A run whose lines (and as many lines after it) hold digits this often is a table, not a menu.
MENU_MAX_DIGIT_SHARE = 0.25
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _menu_item(text: str) -> bool:
    """A short title-case label: "World", "Middle East", "US Politics" (not "Bottled water")."""
    if not 0 < len(text) <= MENU_ITEM_MAX_CHARS or _SENTENCE_END.search(text):
        return False
    words = text.split()
    if len(words) > MENU_ITEM_MAX_WORDS or _CJK.search(text):
        return False
    return all(w[:1].isupper() or len(w) < 4 or not w[:1].isalpha() for w in words)


def menu_runs(texts: list[str]) -> set[int]:
    """Indices of lines inside runs of menu items."""
    found: set[int] = set()
    run: list[int] = []
    for i, t in enumerate(texts + [""]):
        if i < len(texts) and _menu_item(t):
            run.append(i)
            continue
        if len(run) >= MENU_MIN_ITEMS:
            # The header row of a table is followed by its figures: look as far again past the run.
            cells = range(run[0], min(len(texts), i + len(run)))
            digits = sum(1 for j in cells if any(ch.isdigit() for ch in texts[j]))
            if digits <= MENU_MAX_DIGIT_SHARE * len(cells):
                found.update(run)
        run = []
    return found
