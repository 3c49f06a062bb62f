"""The physical contract of ``curated/``: one Arrow schema per published table, and the
value sets the pandera schemas (``schemas/tables.py``) check. pyarrow only, so that
writing and publishing do not load pandas or pandera.
"""

from __future__ import annotations

import pyarrow

SCHEMA_VERSION = "1.0"

BOILERPLATE_CATEGORIES = [
    "title", "caption", "photo_credit", "advertisement", "byline", "dateline_timestamp",
    "source_credit", "breadcrumb", "related_links", "newsletter_or_subscribe", "social_or_share",
    "cookie_or_consent", "copyright", "navigation", "duplicate", "repeated", "other",
]  # fmt: skip
QUOTE_KINDS = ["direct", "mixed", "term"]
REJECT_STAGES = ["discover", "read", "decode", "boilerplate", "extract", "validate"]

STR = pyarrow.string()
I32 = pyarrow.int32()

ARROW_SCHEMAS: dict[str, pyarrow.Schema] = {
    "articles": pyarrow.schema(
        [
            pyarrow.field("article_id", STR, nullable=False),
            pyarrow.field("source_path", STR, nullable=False),
            pyarrow.field("content_sha256", STR, nullable=False),
            pyarrow.field("encoding", STR, nullable=False),
            pyarrow.field("title", STR),
            pyarrow.field("published_date", pyarrow.date32()),
            pyarrow.field("authors", pyarrow.list_(STR), nullable=False),
            pyarrow.field("outlet", STR),
            pyarrow.field("syndicated_from", STR),
            pyarrow.field("language", STR, nullable=False),
            pyarrow.field("language_score", pyarrow.float64(), nullable=False),
            pyarrow.field("text", STR, nullable=False),
            pyarrow.field("n_paragraphs", I32, nullable=False),
            pyarrow.field("n_words", I32, nullable=False),
            pyarrow.field("n_quotes", I32, nullable=False),
        ]
    ),
    "paragraphs": pyarrow.schema(
        [
            pyarrow.field("article_id", STR, nullable=False),
            pyarrow.field("paragraph_index", I32, nullable=False),
            pyarrow.field("text", STR, nullable=False),
            pyarrow.field("char_start", I32, nullable=False),
            pyarrow.field("char_end", I32, nullable=False),
            pyarrow.field("n_words", I32, nullable=False),
            pyarrow.field("language", STR, nullable=False),
        ]
    ),
    "quotes": pyarrow.schema(
        [
            pyarrow.field("quote_id", STR, nullable=False),
            pyarrow.field("article_id", STR, nullable=False),
            pyarrow.field("paragraph_index", I32, nullable=False),
            pyarrow.field("text", STR, nullable=False),
            pyarrow.field("speaker", STR),
            pyarrow.field("speaker_mention", STR),
            pyarrow.field("speaker_char_start", I32),
            pyarrow.field("speaker_char_end", I32),
            pyarrow.field("cue", STR),
            pyarrow.field("kind", STR, nullable=False),
            pyarrow.field("char_start", I32, nullable=False),
            pyarrow.field("char_end", I32, nullable=False),
        ]
    ),
    "boilerplate": pyarrow.schema(
        [
            pyarrow.field("article_id", STR, nullable=False),
            pyarrow.field("source_path", STR, nullable=False),
            pyarrow.field("position", I32, nullable=False),
            pyarrow.field("text", STR, nullable=False),
            pyarrow.field("category", STR, nullable=False),
            pyarrow.field("reason", STR, nullable=False),
        ]
    ),
    "rejects": pyarrow.schema(
        [
            pyarrow.field("source_path", STR, nullable=False),
            pyarrow.field("stage", STR, nullable=False),
            pyarrow.field("reason", STR, nullable=False),
            pyarrow.field("detail", STR, nullable=False),
            pyarrow.field("content_sha256", STR),
        ]
    ),
}
TABLES = tuple(ARROW_SCHEMAS)
