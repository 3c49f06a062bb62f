"""Cross-table checks: foreign keys and offsets that slice back into ``articles.text``.

Each check is a pandera schema over a child table joined to its article's text
(``article_text``, null when the article is missing).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa


def _slices(df: pd.DataFrame, start: str, end: str, text: str) -> pd.Series:
    """True where ``article_text[start:end] == text`` (or there is nothing to check)."""
    columns = (df["article_text"].tolist(), df[start].tolist(), df[end].tolist(), df[text].tolist())
    ok = [
        article is None or s is None or s is pd.NA or article[s:e] == value
        for article, s, e, value in zip(*columns)
    ]
    return pd.Series(ok, index=df.index)


def _relation(name: str, *checks: pa.Check) -> pa.DataFrameSchema:
    # strict=False: the child table's own columns are checked by its contract in tables.py.
    article_exists = pa.Check(lambda df: df["article_text"].notna(), name="article_id_exists")
    return pa.DataFrameSchema(checks=[article_exists, *checks], strict=False, name=name)


ParagraphInArticle = _relation(
    "paragraph_in_article",
    pa.Check(lambda df: _slices(df, "char_start", "char_end", "text"), name="paragraph_offsets_slice_article_text"),
)

QuoteInArticle = _relation(
    "quote_in_article",
    pa.Check(lambda df: _slices(df, "char_start", "char_end", "text"), name="quote_offsets_slice_article_text"),
    pa.Check(
        lambda df: _slices(df, "speaker_char_start", "speaker_char_end", "speaker_mention"),
        name="speaker_offsets_slice_article_text",
    ),
)

RELATIONS: dict[str, pa.DataFrameSchema] = {"paragraphs": ParagraphInArticle, "quotes": QuoteInArticle}
