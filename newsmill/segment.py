"""Stage 3: text to paragraphs.

Three layouts occur, often mixed in one file:

* blank-line separated paragraphs;
* one paragraph per line;
* hard-wrapped lines, broken near a fixed width inside a paragraph.

Blank lines always separate paragraphs. Inside a block, a line break is a wrap
(joined with a space) only when the document shows a wrap width and the next
line's first word would not have fitted on the line: the greedy-wrap test.
"""

from __future__ import annotations

import re
from collections import Counter

# A wrap width is believed when at least this share of the longer lines end near it.
WRAP_MIN_SHARE = 0.5
# Lines this close to the width count as "near" it.
WRAP_SLACK = 20
# Widths that text wrappers use; longer "widths" are just long lines.
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 30, 160
# Lines shorter than this say nothing about the wrap width (last lines, headings).
WRAP_MIN_LINE = 20

_BLANK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_SPACES = re.compile(r"[ \t]+")


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was hard-wrapped at, or None if it was not wrapped."""
    lengths = [len(line) for line in lines if len(line) >= WRAP_MIN_LINE]
    if len(lengths) < 3:
        return None
    width = max(lengths)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        # One long line (a URL, a table row) may hide the real width: use the top bucket.
        counts = Counter(n // 5 * 5 + 4 for n in lengths if WRAP_MIN_WIDTH <= n <= WRAP_MAX_WIDTH)
        if not counts:
            return None
        width = max(counts, key=lambda w: (counts[w], w))
    near = sum(1 for n in lengths if width - WRAP_SLACK <= n <= width)
    return width if near >= WRAP_MIN_SHARE * len(lengths) else None


def _is_wrap(line: str, next_line: str, width: int) -> bool:
    if not next_line or not line:
        return False
    first_word = next_line.split(" ", 1)[0]
    return len(line) + 1 + len(first_word) > width


def _clean(paragraph: str) -> str:
    return _SPACES.sub(" ", paragraph).strip()


def segment(text: str) -> list[str]:
    """Paragraphs of ``text`` (``\\n`` line ends), whitespace-normalised, none empty."""
    blocks = _BLANK.split(text.strip("\n"))
    all_lines = [line.rstrip() for line in text.split("\n")]
    width = wrap_width(all_lines)
    paragraphs: list[str] = []
    for block in blocks:
        lines = [line.strip() for line in block.split("\n")]
        current = ""
        for i, line in enumerate(lines):
            if not line:
                continue
            current = f"{current} {line}" if current else line
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if width is None or not _is_wrap(line, nxt, width):
                cleaned = _clean(current)
                if cleaned:
                    paragraphs.append(cleaned)
                current = ""
        if current.strip():
            paragraphs.append(_clean(current))
    return paragraphs
