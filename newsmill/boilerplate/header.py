"""The page header: duplicated headline/teaser copies, and the headline itself.

A page often prints the headline and teaser twice (once as a summary, once above the text), or a
standalone teaser that reappears as the start of a later paragraph. The later copy of a repeated
paragraph, and a teaser that reappears inside a following paragraph, are ``duplicate``.
The title is the nearest headline-like paragraph before the body: a line of a few words that does
not end like a sentence and that no rule called a caption, byline or date.
"""

from __future__ import annotations

from newsmill.boilerplate.rules import normalize

# A teaser is a duplicate if it reappears as the start of one of the next paragraphs.
TEASER_LOOKAHEAD = 3
TEASER_MIN_CHARS = 20
TITLE_MIN_CHARS = 10
TITLE_MAX_CHARS = 200
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
# The title is looked for at most this many paragraphs before the first body paragraph.
TITLE_WINDOW = 10


def find_duplicates(paragraphs: list[str]) -> dict[int, str]:
    """{index: reason} for later copies of a paragraph and teasers repeated in a later paragraph."""
    seen: set[str] = set()
    norms = [normalize(p) for p in paragraphs]
    found: dict[int, str] = {}
    for i, key in enumerate(norms):
        if not key:
            continue
        if key in seen and len(key) >= TITLE_MIN_CHARS:
            found[i] = "repeated_paragraph"
            continue
        seen.add(key)
        if len(key) >= TEASER_MIN_CHARS:
            for j in range(i + 1, min(i + 1 + TEASER_LOOKAHEAD, len(norms))):
                if len(norms[j]) > len(key) and norms[j].startswith(key + " "):
                    found[i] = "teaser_repeated_in_text"
                    break
    return found


def is_title_like(text: str) -> bool:
    stripped = text.strip()
    if not TITLE_MIN_CHARS <= len(stripped) <= TITLE_MAX_CHARS:
        return False
    words = stripped.split()
    if not TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS:
        return False
    if stripped.endswith((".", ",", ";", ":")) and not stripped.endswith("..."):
        return False
    if stripped.startswith(("http://", "https://", "www.")):
        return False
    return any(ch.isalpha() for ch in stripped)


def find_title(paragraphs: list[str], body_start: int, unavailable: set[int], first_body: bool) -> int | None:
    """Index of the headline before ``body_start``, or None.

    ``unavailable`` holds paragraphs already given a category (captions, bylines, copies ...).
    """
    for i in range(body_start - 1, max(-1, body_start - 1 - TITLE_WINDOW), -1):
        if i in unavailable:
            continue
        if is_title_like(paragraphs[i]):
            return i
    return None
