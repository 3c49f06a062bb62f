"""Cross-table checks: foreign keys and offsets that slice back into ``articles.text``.

Each check is a pandera model over a child table joined to its article's text
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


class ChildOfArticle(pa.DataFrameModel):
    class Config:
        strict = False

    @pa.dataframe_check(name="article_id_exists")
    def _fk(cls, df: pd.DataFrame) -> pd.Series:
        return df["article_text"].notna()


class ParagraphInArticle(ChildOfArticle):
    @pa.dataframe_check(name="paragraph_offsets_slice_article_text")
    def _offsets(cls, df: pd.DataFrame) -> pd.Series:
        return _slices(df, "char_start", "char_end", "text")


class QuoteInArticle(ChildOfArticle):
    @pa.dataframe_check(name="quote_offsets_slice_article_text")
    def _offsets(cls, df: pd.DataFrame) -> pd.Series:
        return _slices(df, "char_start", "char_end", "text")

    @pa.dataframe_check(name="speaker_offsets_slice_article_text")
    def _speaker(cls, df: pd.DataFrame) -> pd.Series:
        return _slices(df, "speaker_char_start", "speaker_char_end", "speaker_mention")


RELATIONS: dict[str, type[ChildOfArticle]] = {"paragraphs": ParagraphInArticle, "quotes": QuoteInArticle}
