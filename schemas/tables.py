"""One Arrow schema and one pandera model per published table.

The Arrow schema fixes physical types when writing Parquet; the pandera model
checks values (nullability, value sets, ranges, unique ids) before a publish.
Frames are validated with Arrow-backed dtypes (``to_pandas(types_mapper=pd.ArrowDtype)``).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

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


def _arrow(type_: pyarrow.DataType) -> pd.ArrowDtype:
    return pd.ArrowDtype(type_)


String = _arrow(STR)
Int32 = _arrow(I32)
Float64 = _arrow(pyarrow.float64())
Date32 = _arrow(pyarrow.date32())
StringList = _arrow(pyarrow.list_(STR))

_ID = r"^[0-9a-f]{20}$"
_NO_CONTROL = r"^[^\x00-\x08\x0b-\x1f\x7f]*$"


class _Contract(pa.DataFrameModel):
    class Config:
        strict = True  # no unexpected columns
        coerce = False  # types come from the Arrow schema, mismatches are bugs


class Articles(_Contract):
    """One row per article. ``text`` is the clean body, paragraphs joined by a blank line."""

    article_id: Series[String] = pa.Field(unique=True, str_matches=_ID)
    source_path: Series[String] = pa.Field(unique=True, str_length={"min_value": 1})
    content_sha256: Series[String] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    encoding: Series[String]
    title: Series[String] = pa.Field(nullable=True, str_matches=_NO_CONTROL)
    published_date: Series[Date32] = pa.Field(nullable=True)
    authors: Series[StringList]
    outlet: Series[String] = pa.Field(nullable=True)
    syndicated_from: Series[String] = pa.Field(nullable=True)
    language: Series[String] = pa.Field(str_matches=r"^([a-z]{2,3}|und)$")
    language_score: Series[Float64] = pa.Field(ge=0.0, le=1.0)
    text: Series[String] = pa.Field(str_length={"min_value": 1}, str_matches=_NO_CONTROL)
    n_paragraphs: Series[Int32] = pa.Field(ge=1)
    n_words: Series[Int32] = pa.Field(ge=0)
    n_quotes: Series[Int32] = pa.Field(ge=0)


class Paragraphs(_Contract):
    """Body paragraphs in order; ``char_start``/``char_end`` slice ``articles.text``."""

    article_id: Series[String] = pa.Field(str_matches=_ID)
    paragraph_index: Series[Int32] = pa.Field(ge=0)
    text: Series[String] = pa.Field(str_length={"min_value": 1}, str_matches=_NO_CONTROL)
    char_start: Series[Int32] = pa.Field(ge=0)
    char_end: Series[Int32] = pa.Field(ge=1)
    n_words: Series[Int32] = pa.Field(ge=0)
    language: Series[String] = pa.Field(str_matches=r"^([a-z]{2,3}|und)$")

    class Config:
        unique = ["article_id", "paragraph_index"]

    @pa.dataframe_check(name="char_start_before_char_end")
    def _ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_start"] < df["char_end"]


class Quotes(_Contract):
    """Quotations; ``char_start``/``char_end`` slice ``articles.text`` without the quote marks."""

    quote_id: Series[String] = pa.Field(unique=True)
    article_id: Series[String] = pa.Field(str_matches=_ID)
    paragraph_index: Series[Int32] = pa.Field(ge=0)
    text: Series[String] = pa.Field(str_length={"min_value": 1})
    speaker: Series[String] = pa.Field(nullable=True)
    speaker_mention: Series[String] = pa.Field(nullable=True)
    speaker_char_start: Series[Int32] = pa.Field(nullable=True, ge=0)
    speaker_char_end: Series[Int32] = pa.Field(nullable=True, ge=0)
    cue: Series[String] = pa.Field(nullable=True)
    kind: Series[String] = pa.Field(isin=QUOTE_KINDS)
    char_start: Series[Int32] = pa.Field(ge=0)
    char_end: Series[Int32] = pa.Field(ge=1)

    @pa.dataframe_check(name="char_start_before_char_end")
    def _ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_start"] < df["char_end"]

    @pa.dataframe_check(name="speaker_mention_has_offsets")
    def _mention(cls, df: pd.DataFrame) -> pd.Series:
        return df["speaker_mention"].isna() == df["speaker_char_start"].isna()


class Boilerplate(_Contract):
    """Every block stripped from a raw file, with the rule that removed it."""

    article_id: Series[String] = pa.Field(str_matches=_ID)
    source_path: Series[String]
    position: Series[Int32] = pa.Field(ge=0)
    text: Series[String]
    category: Series[String] = pa.Field(isin=BOILERPLATE_CATEGORIES)
    reason: Series[String] = pa.Field(str_length={"min_value": 1})


class Rejects(_Contract):
    """Raw files (or records) that did not become articles, and why."""

    source_path: Series[String]
    stage: Series[String] = pa.Field(isin=REJECT_STAGES)
    reason: Series[String] = pa.Field(str_length={"min_value": 1})
    detail: Series[String]
    content_sha256: Series[String] = pa.Field(nullable=True)


MODELS: dict[str, type[_Contract]] = {
    "articles": Articles,
    "paragraphs": Paragraphs,
    "quotes": Quotes,
    "boilerplate": Boilerplate,
    "rejects": Rejects,
}
