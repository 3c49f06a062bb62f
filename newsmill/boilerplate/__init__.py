"""Stage 5: strip boilerplate from a document's paragraphs, recording every removal.

STUB written by the pipeline skeleton; the boilerplate work replaces the body of
``strip_boilerplate`` but keeps its signature and the two dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Every removed block carries one of these categories (the audit table's value set).
CATEGORIES = (
    "title",  # the headline: moved out of the body into articles.title
    "caption",
    "photo_credit",
    "advertisement",
    "byline",
    "dateline_timestamp",
    "source_credit",
    "breadcrumb",
    "related_links",
    "newsletter_or_subscribe",
    "social_or_share",
    "cookie_or_consent",
    "copyright",
    "navigation",
    "duplicate",
    "repeated",
    "other",
)


@dataclass(frozen=True)
class Removed:
    """One stripped block: a whole paragraph or a piece of one (e.g. a date glued to line 1)."""

    position: int  # index of the paragraph in the segmented input it came from
    text: str
    category: str  # one of CATEGORIES
    reason: str  # short name of the rule that fired, for the audit table


@dataclass
class Stripped:
    body: list[str]  # body paragraphs in order; may be trimmed versions of input paragraphs
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None


def strip_boilerplate(
    paragraphs: list[str],
    language: str | None = None,
    repeated: frozenset[str] = frozenset(),
) -> Stripped:
    """Split ``paragraphs`` into body and removed blocks.

    ``repeated`` holds normalised lines learnt to be boilerplate for this document's
    source from repetition across the corpus (category ``repeated``).
    """
    return Stripped(body=[p for p in paragraphs if p.strip()])
