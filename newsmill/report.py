"""Run summaries: counts for the terminal, the manifest and Prefect artifacts."""

from __future__ import annotations

from pathlib import Path

from newsmill.publish import connect
from schemas import TABLES


def summarize(snapshot: Path) -> dict:
    """Row counts, boilerplate by category and rejects by reason of a staged or published snapshot."""
    con = connect()
    try:
        t = {name: f"read_parquet('{str(snapshot / f'{name}.parquet').replace(chr(39), chr(39) * 2)}')" for name in TABLES}
        rows = {name: con.execute(f"SELECT count(*) FROM {t[name]}").fetchone()[0] for name in TABLES}
        categories = dict(con.execute(f"SELECT category, count(*) FROM {t['boilerplate']} GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
        reasons = dict(
            con.execute(f"SELECT stage || ': ' || reason, count(*) FROM {t['rejects']} GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
        )
        speech = con.execute(f"SELECT count(*) FROM {t['quotes']} WHERE kind <> 'term'").fetchone()[0]
    finally:
        con.close()
    return {
        "rows": rows,
        "quotes_speech": speech,
        "boilerplate_by_category": categories,
        "rejects_by_reason": reasons,
    }


def markdown(summary: dict) -> str:
    rows = summary["rows"]
    lines = [
        f"# newsmill snapshot {summary.get('snapshot_id', '')}",
        "",
        f"- files seen: {summary.get('files_seen', 0)}",
        f"- articles: {rows['articles']}, paragraphs: {rows['paragraphs']}, quotes: {rows['quotes']}",
        f"- rejects: {rows['rejects']}",
        "",
        "## Boilerplate stripped, by category",
        "",
        "| category | blocks |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in summary["boilerplate_by_category"].items()],
        "",
        "## Rejected files, by reason",
        "",
        "| stage: reason | files |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in summary["rejects_by_reason"].items()],
    ]
    return "\n".join(lines) + "\n"
