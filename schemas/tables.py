"""One pandera schema per published table, beside its Arrow schema (``schemas/arrow.py``).

The Arrow schema fixes physical types when writing Parquet; the pandera schema
checks values (nullability, value sets, ranges, unique ids) before a publish.
Frames are validated with Arrow-backed dtypes (``to_pandas(types_mapper=pd.ArrowDtype)``).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow

from schemas.arrow import (  # noqa: F401  (re-exported: the contract in one place)
    ARROW_SCHEMAS,
    BOILERPLATE_CATEGORIES,
    I32,
    QUOTE_KINDS,
    REJECT_STAGES,
    SCHEMA_VERSION,
    STR,
    TABLES,
)


def _arrow(type_: pyarrow.DataType) -> pd.ArrowDtype:
    return pd.ArrowDtype(type_)


String = _arrow(STR)
Int32 = _arrow(I32)
Float64 = _arrow(pyarrow.float64())
Date32 = _arrow(pyarrow.date32())
StringList = _arrow(pyarrow.list_(STR))

_ID = r"^[0-9a-f]{20}$"
_NO_CONTROL = r"^[^\x00-\x08\x0b-\x1f\x7f]*$"
_LANGUAGE = r"^([a-z]{2,3}|und)$"


def _col(dtype, *checks: pa.Check, nullable: bool = False, unique: bool = False) -> pa.Column:
    return pa.Column(dtype, checks=list(checks), nullable=nullable, unique=unique)


def _contract(name: str, description: str, columns: dict, checks=(), unique=None) -> pa.DataFrameSchema:
    # strict: no unexpected columns; coerce=False: types come from the Arrow schema, a mismatch is a bug.
    return pa.DataFrameSchema(
        columns, checks=list(checks), unique=unique, strict=True, coerce=False, name=name, description=description
    )


def _ordered(df: pd.DataFrame) -> pd.Series:
    return df["char_start"] < df["char_end"]


_ORDERED = pa.Check(_ordered, name="char_start_before_char_end")

Articles = _contract(
    "articles",
    "One row per article. ``text`` is the clean body, paragraphs joined by a blank line.",
    {
        "article_id": _col(String, pa.Check.str_matches(_ID), unique=True),
        "source_path": _col(String, pa.Check.str_length(min_value=1), unique=True),
        "content_sha256": _col(String, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "encoding": _col(String),
        "title": _col(String, pa.Check.str_matches(_NO_CONTROL), nullable=True),
        "published_date": _col(Date32, nullable=True),
        "authors": _col(StringList),
        "outlet": _col(String, nullable=True),
        "syndicated_from": _col(String, nullable=True),
        "language": _col(String, pa.Check.str_matches(_LANGUAGE)),
        "language_score": _col(Float64, pa.Check.ge(0.0), pa.Check.le(1.0)),
        "text": _col(String, pa.Check.str_length(min_value=1), pa.Check.str_matches(_NO_CONTROL)),
        "n_paragraphs": _col(Int32, pa.Check.ge(1)),
        "n_words": _col(Int32, pa.Check.ge(0)),
        "n_quotes": _col(Int32, pa.Check.ge(0)),
    },
)

Paragraphs = _contract(
    "paragraphs",
    "Body paragraphs in order; ``char_start``/``char_end`` slice ``articles.text``.",
    {
        "article_id": _col(String, pa.Check.str_matches(_ID)),
        "paragraph_index": _col(Int32, pa.Check.ge(0)),
        "text": _col(String, pa.Check.str_length(min_value=1), pa.Check.str_matches(_NO_CONTROL)),
        "char_start": _col(Int32, pa.Check.ge(0)),
        "char_end": _col(Int32, pa.Check.ge(1)),
        "n_words": _col(Int32, pa.Check.ge(0)),
        "language": _col(String, pa.Check.str_matches(_LANGUAGE)),
    },
    checks=[_ORDERED],
    unique=["article_id", "paragraph_index"],
)

Quotes = _contract(
    "quotes",
    "Quotations; ``char_start``/``char_end`` slice ``articles.text`` without the quote marks.",
    {
        "quote_id": _col(String, unique=True),
        "article_id": _col(String, pa.Check.str_matches(_ID)),
        "paragraph_index": _col(Int32, pa.Check.ge(0)),
        "text": _col(String, pa.Check.str_length(min_value=1)),
        "speaker": _col(String, nullable=True),
        "speaker_mention": _col(String, nullable=True),
        "speaker_char_start": _col(Int32, pa.Check.ge(0), nullable=True),
        "speaker_char_end": _col(Int32, pa.Check.ge(0), nullable=True),
        "cue": _col(String, nullable=True),
        "kind": _col(String, pa.Check.isin(QUOTE_KINDS)),
        "char_start": _col(Int32, pa.Check.ge(0)),
        "char_end": _col(Int32, pa.Check.ge(1)),
    },
    checks=[
        _ORDERED,
        pa.Check(
            lambda df: df["speaker_mention"].isna() == df["speaker_char_start"].isna(), name="speaker_mention_has_offsets"
        ),
    ],
)

Boilerplate = _contract(
    "boilerplate",
    "Every block stripped from a raw file, with the rule that removed it.",
    {
        "article_id": _col(String, pa.Check.str_matches(_ID)),
        "source_path": _col(String),
        "position": _col(Int32, pa.Check.ge(0)),
        "text": _col(String),
        "category": _col(String, pa.Check.isin(BOILERPLATE_CATEGORIES)),
        "reason": _col(String, pa.Check.str_length(min_value=1)),
    },
)

Rejects = _contract(
    "rejects",
    "Raw files (or records) that did not become articles, and why.",
    {
        "source_path": _col(String),
        "stage": _col(String, pa.Check.isin(REJECT_STAGES)),
        "reason": _col(String, pa.Check.str_length(min_value=1)),
        "detail": _col(String),
        "content_sha256": _col(String, nullable=True),
    },
)

# pandera DataFrameSchema objects, not DataFrameModel classes: building a model makes pandera
# import dask.dataframe when dask is installed (it is, for --dask-address), ~0.9 s per process.
MODELS: dict[str, pa.DataFrameSchema] = {
    "articles": Articles,
    "paragraphs": Paragraphs,
    "quotes": Quotes,
    "boilerplate": Boilerplate,
    "rejects": Rejects,
}
