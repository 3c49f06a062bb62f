"""Stage 9: document rows to Arrow tables, validated against the pandera contract.

Validation is lazy (every failure collected). A failing record never crashes the
run and is never silently dropped: the whole article it belongs to is moved to
``rejects`` with the table, column and check that failed, so the published
tables stay mutually consistent.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import pandas as pd
import pandera.pandas as pa
import pyarrow

from newsmill.pipeline import DocumentResult, reject_row
from schemas import ARROW_SCHEMAS, MODELS, RELATIONS, TABLES

# Characters of a failing value quoted in a reject's detail.
DETAIL_CHARS = 200


def empty_tables() -> dict[str, pyarrow.Table]:
    return {name: ARROW_SCHEMAS[name].empty_table() for name in TABLES}


def rows_of(results: Iterable[DocumentResult]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for result in results:
        if result.article is not None:
            rows["articles"].append(result.article)
        rows["paragraphs"].extend(result.paragraphs)
        rows["quotes"].extend(result.quotes)
        rows["boilerplate"].extend(result.boilerplate)
        if result.reject is not None:
            rows["rejects"].append(result.reject)
    return rows


def to_arrow(rows: dict[str, list[dict]]) -> dict[str, pyarrow.Table]:
    return {name: pyarrow.Table.from_pylist(rows[name], schema=ARROW_SCHEMAS[name]) for name in TABLES}


def to_frame(table: pyarrow.Table) -> pd.DataFrame:
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _failures(model, frame: pd.DataFrame) -> list[tuple[int | None, str, str]]:
    """(row index or None for a whole-table failure, check, failing value) for each failure."""
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        out = []
        for case in exc.failure_cases.to_dict("records"):
            index = case.get("index")
            whole_row = case.get("schema_context") == "DataFrameSchema"  # a row-wise dataframe check
            column = "" if whole_row else (case.get("column") or "")
            check = f"{column}:{case.get('check')}" if column else str(case.get("check"))
            value = "" if whole_row or case.get("failure_case") is None else str(case.get("failure_case"))
            out.append((None if index is None or pd.isna(index) else int(index), check, value[:DETAIL_CHARS]))
        return out
    return []


def validate(tables: dict[str, pyarrow.Table]) -> dict[str, pyarrow.Table]:
    """Validate every table; quarantine the articles of failing rows into ``rejects``."""
    frames = {name: to_frame(tables[name]) for name in TABLES}
    bad: dict[str, tuple[str, str]] = {}  # article_id -> (check, value)
    whole_table_failures: list[str] = []

    for name in ("articles", "paragraphs", "quotes", "boilerplate"):
        frame = frames[name]
        for index, check, value in _failures(MODELS[name], frame):
            if index is None:
                whole_table_failures.append(f"{name}: {check}")
                continue
            bad.setdefault(str(frame["article_id"].iloc[index]), (f"{name}.{check}", value))

    texts = frames["articles"][["article_id", "text"]].rename(columns={"text": "article_text"})
    for name, model in RELATIONS.items():
        joined = frames[name].merge(texts, on="article_id", how="left")
        joined["article_text"] = joined["article_text"].astype(object).where(joined["article_text"].notna(), None)
        for index, check, value in _failures(model, joined):
            if index is not None:
                bad.setdefault(str(joined["article_id"].iloc[index]), (f"{name}.{check}", value))

    if whole_table_failures:
        # A wrong type or missing column is a bug, not bad data: keep the run going, quarantine all.
        check = "; ".join(sorted(set(whole_table_failures)))
        bad.update({aid: (check, "") for aid in frames["articles"]["article_id"].astype(str)})

    if not bad:
        return tables
    return _quarantine(tables, frames, bad)


def _quarantine(tables, frames, bad: dict[str, tuple[str, str]]) -> dict[str, pyarrow.Table]:
    articles = frames["articles"]
    paths = dict(zip(articles["article_id"].astype(str), articles["source_path"].astype(str)))
    shas = dict(zip(articles["article_id"].astype(str), articles["content_sha256"].astype(str)))
    rejects = tables["rejects"].to_pylist()
    for article_id, (check, value) in sorted(bad.items()):
        path = paths.get(article_id)
        if path is None:
            # An orphan child row: name it by the id, there is no source path to give.
            path = f"<article {article_id}>"
        detail = f"failed check {check}" + (f" on value {value!r}" if value else "")
        rejects.append(reject_row(path, "validate", "schema_check_failed", detail, shas.get(article_id)))

    keep = defaultdict(list)
    out = {}
    ids = set(bad)
    for name in ("articles", "paragraphs", "quotes", "boilerplate"):
        mask = ~frames[name]["article_id"].astype(str).isin(ids)
        keep[name] = pyarrow.array(mask.to_numpy(dtype=bool))
        out[name] = tables[name].filter(keep[name])
    out["rejects"] = pyarrow.Table.from_pylist(rejects, schema=ARROW_SCHEMAS["rejects"])
    return out


def build(results: Iterable[DocumentResult]) -> dict[str, pyarrow.Table]:
    """Rows of processed documents to validated Arrow tables."""
    return validate(to_arrow(rows_of(results)))
