"""Stage 7: quotations and their speakers.

STUB written by the pipeline skeleton; the quotes work replaces ``extract_quotes``
but keeps its signature and the ``Quote`` fields (more fields may be added).
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("direct", "mixed", "term")


@dataclass
class Quote:
    text: str  # without the quote marks; == article_text[char_start:char_end]
    char_start: int
    char_end: int
    paragraph_index: int  # paragraph the quote starts in
    kind: str  # one of KINDS
    speaker: str | None = None  # canonical name (fullest form in the article)
    speaker_mention: str | None = None  # as written; == article_text[speaker_char_start:speaker_char_end]
    speaker_char_start: int | None = None
    speaker_char_end: int | None = None
    cue: str | None = None  # reporting verb as written


def extract_quotes(text: str, language: str | None = None) -> list[Quote]:
    """Quotes in an article body ``text`` whose paragraphs are joined by a blank line."""
    return []
