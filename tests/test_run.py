"""The whole flow through the command line, against a temporary Prefect server."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.usefixtures("prefect_server")

TABLES = ("articles", "paragraphs", "quotes", "boilerplate", "rejects")

ARTICLE_EN = """Harbour town votes to ban cruise ships

By Anna Keller

The council of Porthaven voted on Monday to ban cruise ships from its harbour from next spring, ending a decade of disputes over crowds and pollution.

“We have listened to the people who live here,” said Mayor Tom Briggs. “The harbour belongs to them.”

Tour operators said the decision would cost jobs. The vote passed by nine votes to four after a debate that lasted more than five hours.
"""

ARTICLE_DE = """Stadtrat beschließt neues Radwegenetz

Von Lena Vogt

Der Stadtrat hat am Donnerstag mit großer Mehrheit ein neues Radwegenetz für die Innenstadt beschlossen, das bis 2027 fertig sein soll.

„Das ist ein guter Tag für alle, die in dieser Stadt Rad fahren“, sagte Bürgermeisterin Eva Brandt nach der Abstimmung.

Die Opposition kritisierte die Kosten von rund zwölf Millionen Euro und kündigte an, die Pläne weiter zu prüfen.
"""

COOKIE_WALL = """We value your privacy

We and our partners use cookies to store and access information on your device.

Accept all cookies

Manage preferences
"""


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / "current" / f"{name}.parquet")


@pytest.fixture
def mixed_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "de").mkdir(parents=True)
    (raw / "en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (raw / "de" / "radwege.txt").write_bytes(ARTICLE_DE.replace("\n", "\r\n").encode("utf-8"))
    (raw / "cp1252.txt").write_bytes(ARTICLE_EN.replace("Porthaven", "Château-Vert").encode("cp1252"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (raw / "cookies.txt").write_text(COOKIE_WALL, encoding="utf-8")
    return raw


def test_seed_run_writes_every_table(seed_raw, tmp_path, capsys):
    out = tmp_path / "curated"
    assert run_cli("run", "--raw", str(seed_raw), "--out", str(out)) == 0
    for name in TABLES:
        assert (out / "current" / f"{name}.parquet").is_file()
    articles = read(out, "articles")
    assert sorted(articles["source_path"]) == sorted(p.name for p in seed_raw.iterdir())
    assert (articles["language"] == "en").all()
    assert "published snapshot" in capsys.readouterr().err


def test_rejects_are_accounted_for_and_run_exits_zero(mixed_raw, tmp_path, capsys):
    out = tmp_path / "curated"
    assert run_cli("run", "--raw", str(mixed_raw), "--out", str(out)) == 0
    articles = read(out, "articles").set_index("source_path")
    rejects = read(out, "rejects").set_index("source_path")
    files = sorted(str(p.relative_to(mixed_raw).as_posix()) for p in mixed_raw.rglob("*.txt"))
    # Every raw file is an article or a reject, never both, never neither.
    assert sorted([*articles.index, *rejects.index]) == files
    assert set(articles.index) == {"en.txt", "de/radwege.txt", "cp1252.txt"}
    assert rejects.loc["empty.txt", "reason"] == "empty"
    assert rejects.loc["binary.txt", "reason"] == "binary"
    assert rejects.loc["cookies.txt", "reason"] == "no_body"
    assert (rejects["detail"].str.len() > 0).all()
    assert "Château-Vert" in articles.loc["cp1252.txt", "text"]
    assert articles.loc["cp1252.txt", "encoding"] == "cp1252"
    assert articles.loc["de/radwege.txt", "language"] == "de"
    assert "\r" not in "".join(articles["text"])
    err = capsys.readouterr().err
    assert "3 rejected" in err and "no_body" in err


def test_duckdb_reads_and_joins_without_orphans(mixed_raw, tmp_path):
    out = tmp_path / "curated"
    assert run_cli("run", "--raw", str(mixed_raw), "--out", str(out)) == 0
    con = duckdb.connect()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        con.execute((out / "views.sql").read_text())
        counts = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}
        orphans = con.execute(
            """
            SELECT count(*) FROM quotes q
            LEFT JOIN articles a USING (article_id)
            LEFT JOIN paragraphs p ON p.article_id = q.article_id AND p.paragraph_index = q.paragraph_index
            WHERE a.article_id IS NULL OR p.article_id IS NULL
            """
        ).fetchone()[0]
        para_orphans = con.execute("SELECT count(*) FROM paragraphs ANTI JOIN articles USING (article_id)").fetchone()[0]
        offsets_ok = con.execute(
            "SELECT bool_and(substr(a.text, p.char_start + 1, p.char_end - p.char_start) = p.text) "
            "FROM paragraphs p JOIN articles a USING (article_id)"
        ).fetchone()[0]
    finally:
        os.chdir(cwd)
    assert counts["articles"] == 3 and counts["paragraphs"] >= 9
    assert orphans == 0 and para_orphans == 0 and offsets_ok


def test_same_input_gives_identical_tables(seed_raw, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_cli("run", "--raw", str(seed_raw), "--out", str(first)) == 0
    assert run_cli("run", "--raw", str(seed_raw), "--out", str(second)) == 0
    for name in TABLES:
        pd.testing.assert_frame_equal(read(first, name), read(second, name))


def test_article_ids_are_stable_and_path_based(seed_raw, tmp_path):
    out = tmp_path / "curated"
    assert run_cli("run", "--raw", str(seed_raw), "--out", str(out)) == 0
    before = read(out, "articles").set_index("source_path")["article_id"]
    (seed_raw / "new.txt").write_text(ARTICLE_EN, encoding="utf-8")
    assert run_cli("run", "--raw", str(seed_raw), "--out", str(out)) == 0
    after = read(out, "articles").set_index("source_path")["article_id"]
    assert after.loc[before.index].equals(before)


def test_missing_raw_folder_is_one_clear_message(tmp_path, capsys):
    assert run_cli("run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert "nope" in err and "does not exist" in err and "Traceback" not in err


def test_bad_argument_is_one_clear_message(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        run_cli("run", "--max-file-mb", "-3")
    assert info.value.code == 2
    assert "must be greater than 0" in capsys.readouterr().err


def test_rollback_restores_previous_snapshot(seed_raw, tmp_path):
    out = tmp_path / "curated"
    assert run_cli("run", "--raw", str(seed_raw), "--out", str(out)) == 0
    first = read(out, "articles")
    (seed_raw / "extra.txt").write_text(ARTICLE_EN, encoding="utf-8")
    assert run_cli("run", "--raw", str(seed_raw), "--out", str(out)) == 0
    assert len(read(out, "articles")) == len(first) + 1
    assert run_cli("rollback", "--out", str(out)) == 0
    pd.testing.assert_frame_equal(read(out, "articles"), first)
