"""Incremental refresh: what changed in raw/ shows up, nothing else is redone, and the result
always equals a full rebuild row for row.

The real flow (``newsmill run``) covers adds, edits, removals, ``--full``, the no-change
path and repetition learning. The randomised test drives many steps through the same core
functions the flow calls (discover, scan, plan, process, merge, publish) without Prefect, so
it can afford dozens of refreshes, then checks the real flow agrees with it at the end.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pandas as pd
import pytest

from newsmill import batch, discover, publish, refresh, tables
from newsmill.boilerplate.repetition import MIN_FILES
from newsmill.pipeline import article_id_for
from tests.conftest import run_cli
from tests.textgen import LANGUAGES, article

TABLES = ("articles", "paragraphs", "quotes", "boilerplate", "rejects")
MAX_BYTES = discover.max_bytes(discover.DEFAULT_MAX_FILE_MB)
SLOGAN = "Porthaven Gazette, the voice of the valley since 1882"
# Two more lines only repetition can tell from body text (no rule knows them).
MOTTOS = ["Eastmoor Herald: news you can trust every morning", "Lindau Kurier, Ihre Zeitung am See seit 1901"]


# ---------------------------------------------------------------- helpers


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    found = {name: pd.read_parquet(out / "current" / f"{name}.parquet") for name in TABLES}
    state = pd.read_parquet(out / "current" / refresh.STATE_FILE).sort_values("source_path", ignore_index=True)
    # mtime_ns is bookkeeping: a file scanned within RACY_WINDOW_NS of its change is stored as -1.
    found["state"] = state.drop(columns=["mtime_ns"])
    return found


def assert_same_tables(a: Path, b: Path, context: str = "") -> None:
    left, right = read_tables(a), read_tables(b)
    for name in left:
        try:
            pd.testing.assert_frame_equal(left[name], right[name], check_exact=True)
        except AssertionError as exc:
            raise AssertionError(f"{name} differs {context}: {exc}") from None


def snapshot_ids(out: Path) -> list[str]:
    return [m["snapshot_id"] for m in publish.list_snapshots(out)]


def manifest(out: Path) -> dict:
    return json.loads((out / "current" / "manifest.json").read_text())


def direct_refresh(raw: Path, out: Path, full: bool = False) -> dict | None:
    """One refresh through the core functions, as flows/curate.py chains them; None: nothing published."""
    out = out.resolve()
    files, discover_rejects = discover.discover(str(raw), MAX_BYTES)
    previous_manifest = publish.current_manifest(out)
    previous_dir = out / "current" if previous_manifest else None
    previous = {} if full else refresh.load_state(previous_dir)
    scanned = refresh.scan_files(refresh.needs_scan(files, previous, full), MAX_BYTES)
    todo = refresh.plan_refresh(files, previous, scanned, full)
    rejects_sha = refresh.rejects_sha(discover_rejects)
    if todo.nothing_to_do and not full and previous_manifest and previous_manifest["discover_rejects_sha"] == rejects_sha:
        return None
    snapshot_id = publish.new_snapshot_id()
    work = publish.work_dir(out) / snapshot_id
    parts = []
    if todo.to_process:
        folders = {refresh.folder_of(f.source_path) for f in todo.to_process}
        parts.append(batch.process_to_part(todo.to_process, str(work / "parts" / "00000"), MAX_BYTES, {d: todo.repeated[d] for d in folders}))
    staging = work / "staging"
    extra = tables.to_arrow({**{name: [] for name in tables.TABLES}, "rejects": discover_rejects})["rejects"]
    import pyarrow

    keep = pyarrow.table({"source_path": todo.keep, "article_id": [article_id_for(p) for p in todo.keep]})
    publish.merge_parts([Path(p) for p in parts], staging, extra_rejects=extra, previous=previous_dir if todo.keep else None, keep=keep)
    refresh.write_state(todo.state, staging / refresh.STATE_FILE)
    info = {"snapshot_id": snapshot_id, "discover_rejects_sha": rejects_sha, "pipeline_version": refresh.PIPELINE_VERSION,
            "inputs": {"files_processed": len(todo.to_process), "files_kept": len(todo.keep), "files_removed": len(todo.removed)}}  # fmt: skip
    publish.publish(out, staging, info)
    shutil.rmtree(work, ignore_errors=True)
    return info


def with_line(text: str, line: str, at: int = 3) -> str:
    parts = text.rstrip("\n").split("\n\n")
    parts.insert(min(at, len(parts)), line)
    return "\n\n".join(parts) + "\n"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- the real flow


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    rng = random.Random(5)
    for i in range(4):
        write(raw / "en" / f"story{i}.txt", article(rng, "en", style=i % 3))
        write(raw / "de" / f"bericht{i}.txt", article(rng, "de", style=i % 3))
    write(raw / "fr.txt", article(rng, "fr"))
    return raw


@pytest.mark.usefixtures("prefect_server")
def test_added_edited_removed_files_show_up_and_full_equals_incremental(corpus, tmp_path):
    out = tmp_path / "curated"
    assert run_cli("run", "--raw", str(corpus), "--out", str(out)) == 0
    before = read_tables(out)
    edited_id = article_id_for("en/story1.txt")
    removed_id = article_id_for("de/bericht2.txt")
    assert removed_id in set(before["paragraphs"]["article_id"])

    rng = random.Random(9)
    write(corpus / "es" / "nuevo.txt", article(rng, "es"))
    edited_text = with_line(article(rng, "en"), "The harbour master resigned on Friday after a long dispute with the council over the new cruise terminal.", at=2)
    write(corpus / "en" / "story1.txt", edited_text)
    (corpus / "de" / "bericht2.txt").unlink()
    (corpus / "empty.txt").write_bytes(b"")
    assert run_cli("run", "--raw", str(corpus), "--out", str(out)) == 0
    after = read_tables(out)

    articles = after["articles"].set_index("source_path")
    assert sorted(articles.index) == sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt") if p.name != "empty.txt")
    assert articles.loc["es/nuevo.txt", "language"] == "es"
    assert "The harbour master resigned on Friday" in articles.loc["en/story1.txt", "text"]
    assert articles.loc["en/story1.txt", "article_id"] == edited_id  # ids follow the path
    # The removed file's rows are gone from every table; the edited file's old rows too.
    for name in ("articles", "paragraphs", "quotes", "boilerplate"):
        assert removed_id not in set(after[name]["article_id"]), name
    old_paras = before["paragraphs"][before["paragraphs"]["article_id"] == edited_id]["text"]
    new_paras = after["paragraphs"][after["paragraphs"]["article_id"] == edited_id]["text"]
    assert any("The harbour master resigned" in t for t in new_paras) and not any("The harbour master" in t for t in old_paras)
    assert after["rejects"].set_index("source_path").loc["empty.txt", "reason"] == "empty"
    # Unchanged files' rows are carried over untouched.
    kept = before["articles"][~before["articles"]["article_id"].isin([edited_id, removed_id])].reset_index(drop=True)
    pd.testing.assert_frame_equal(kept, after["articles"][after["articles"]["article_id"].isin(kept["article_id"])].reset_index(drop=True))

    inputs = manifest(out)["inputs"]
    assert inputs["files_processed"] == 3 and inputs["files_removed"] == 1 and not inputs["full_rebuild"]
    assert inputs["files_kept"] == 7

    full = tmp_path / "full"
    assert run_cli("run", "--raw", str(corpus), "--out", str(full), "--full") == 0
    assert manifest(full)["inputs"]["full_rebuild"]
    assert_same_tables(out, full, "between incremental and --full")
    # --full on an existing output rebuilds everything and publishes the same rows.
    assert run_cli("run", "--raw", str(corpus), "--out", str(out), "--full") == 0
    assert manifest(out)["inputs"]["files_processed"] == 10
    assert_same_tables(out, full, "after --full on the incremental output")


@pytest.mark.usefixtures("prefect_server")
def test_no_change_run_publishes_nothing(corpus, tmp_path, capsys):
    from flows.curate import curate

    out = tmp_path / "curated"
    assert run_cli("run", "--raw", str(corpus), "--out", str(out)) == 0
    first = snapshot_ids(out)
    capsys.readouterr()
    # What a killed run left behind ...
    leftover = publish.work_dir(out.resolve()) / "20000101T000000000000Z" / "parts" / "00000"
    leftover.mkdir(parents=True)
    (leftover / "articles.parquet").write_bytes(b"half a file")
    # The command's fast path (no Prefect) ...
    assert run_cli("run", "--raw", str(corpus), "--out", str(out)) == 0
    assert "nothing changed" in capsys.readouterr().err
    # ... still clears it,
    assert not leftover.exists()
    # ... and the flow's own check agree: no new snapshot, current untouched.
    summary = curate(raw_dir=str(corpus), out_dir=str(out))
    assert summary["published"] is False
    assert snapshot_ids(out) == first
    assert manifest(out)["snapshot_id"] == first[-1]
    work = publish.work_dir(out.resolve())
    assert not work.exists() or not any(work.iterdir())  # no leftovers
    # Touching a file without changing it rescans it but reprocesses nothing.
    path = corpus / "en" / "story0.txt"
    path.write_bytes(path.read_bytes())
    summary = curate(raw_dir=str(corpus), out_dir=str(out))
    assert summary["published"] is False and snapshot_ids(out) == first


@pytest.mark.usefixtures("prefect_server")
def test_repetition_is_relearnt_and_reprocesses_the_folder(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "curated"
    rng = random.Random(11)
    for i in range(MIN_FILES):
        write(raw / "gazette" / f"g{i}.txt", with_line(article(rng, "en"), SLOGAN))
    write(raw / "gazette" / "plain.txt", article(rng, "en"))
    write(raw / "other" / "o0.txt", with_line(article(rng, "en"), SLOGAN))  # another folder: learns alone
    assert run_cli("run", "--raw", str(raw), "--out", str(out)) == 0
    bp = read_tables(out)["boilerplate"]
    slogan = bp[bp["text"] == SLOGAN]
    assert sorted(slogan["source_path"]) == [f"gazette/g{i}.txt" for i in range(MIN_FILES)]
    assert set(slogan["category"]) == {"repeated"}
    articles = read_tables(out)["articles"].set_index("source_path")
    assert SLOGAN in articles.loc["other/o0.txt", "text"]
    assert not any(SLOGAN in articles.loc[f"gazette/g{i}.txt", "text"] for i in range(MIN_FILES))

    # Dropping the slogan from one file un-learns it: the folder's untouched files are redone.
    write(raw / "gazette" / "g0.txt", article(rng, "en"))
    assert run_cli("run", "--raw", str(raw), "--out", str(out)) == 0
    inputs = manifest(out)["inputs"]
    assert inputs["files_processed"] == MIN_FILES + 1  # every gazette file, not other/
    assert inputs["files_kept"] == 1
    after = read_tables(out)
    assert not (after["boilerplate"]["text"] == SLOGAN).any()
    articles = after["articles"].set_index("source_path")
    assert all(SLOGAN in articles.loc[f"gazette/g{i}.txt", "text"] for i in range(1, MIN_FILES))

    # Adding it to a new file learns it again; equal to a full rebuild throughout.
    write(raw / "gazette" / "g9.txt", with_line(article(rng, "en"), SLOGAN, at=2))
    assert run_cli("run", "--raw", str(raw), "--out", str(out)) == 0
    bp = read_tables(out)["boilerplate"]
    assert sorted(bp[bp["text"] == SLOGAN]["source_path"]) == ["gazette/g1.txt", "gazette/g2.txt", "gazette/g9.txt"]
    full = tmp_path / "full"
    assert direct_refresh(raw, full, full=True)
    assert_same_tables(out, full)


# ---------------------------------------------------------------- randomised: incremental == full


class RawFolder:
    """A raw folder that random steps add to, edit and delete from."""

    FOLDERS = ["", "en", "de", "fr/paris", "es", "mix"]

    def __init__(self, root: Path, rng: random.Random):
        self.root, self.rng, self.serial = root, rng, 0

    def files(self) -> list[Path]:
        return sorted(self.root.rglob("*.txt"))

    def text(self, folder: str) -> str:
        rng = self.rng
        lang = {"en": "en", "de": "de", "fr/paris": "fr", "es": "es"}.get(folder) or rng.choice(LANGUAGES)
        text = article(rng, lang, style=rng.randrange(3), footer=rng.random() < 0.7, paragraphs=rng.randint(2, 5))
        for line in [SLOGAN, *MOTTOS]:
            if rng.random() < 0.4:
                text = with_line(text, line, at=rng.randint(1, 4))
        roll = rng.random()
        if roll < 0.04:
            return ""  # a reject: empty
        if roll < 0.07:
            return "Accept all cookies\n\nManage preferences\n"  # a reject: no body
        return text

    def add(self) -> str:
        folder = self.rng.choice(self.FOLDERS)
        self.serial += 1
        path = self.root / folder / f"n{self.serial:03d}.txt"
        write(path, self.text(folder))
        return f"add {path.relative_to(self.root)}"

    def edit(self) -> str:
        files = self.files()
        if not files:
            return self.add()
        path = self.rng.choice(files)
        old = path.read_text(encoding="utf-8")
        kind = self.rng.random()
        if kind < 0.3 and len(old) > 40:
            # Same size, one character changed: only the content hash can tell.
            i = self.rng.randrange(20, len(old) - 10)
            new = old[:i] + ("x" if old[i] != "x" else "y") + old[i + 1 :]
            if len(new.encode()) != len(old.encode()):
                new = old.replace("a", "e", 1) if "a" in old else old + "."
        elif kind < 0.6:
            # Toggle a repeated line: changes what the folder learns.
            line = self.rng.choice([SLOGAN, *MOTTOS])
            new = old.replace(line + "\n\n", "") if line in old else with_line(old, line, at=2)
        else:
            new = self.text(path.parent.relative_to(self.root).as_posix().strip("."))
        path.write_text(new, encoding="utf-8")
        return f"edit {path.relative_to(self.root)}"

    def delete(self) -> str:
        files = self.files()
        if not files:
            return self.add()
        path = self.rng.choice(files)
        path.unlink()
        return f"delete {path.relative_to(self.root)}"

    def step(self) -> list[str]:
        ops = []
        for _ in range(self.rng.randint(1, 4)):
            op = self.rng.choices([self.add, self.edit, self.delete], weights=[4, 4, 2])[0]
            ops.append(op())
        return ops


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_changes_incremental_equals_full_rebuild(tmp_path, seed):
    rng = random.Random(seed)
    raw, out = tmp_path / "raw", tmp_path / "curated"
    folder = RawFolder(raw, rng)
    for _ in range(12):
        folder.add()
    assert direct_refresh(raw, out) is not None
    history = []
    for step in range(10):
        history += folder.step()
        published = direct_refresh(raw, out)
        full = tmp_path / f"full{step}"
        assert direct_refresh(raw, full, full=True) is not None
        assert_same_tables(out, full, f"after steps {history}")
        if published is not None:
            assert published["inputs"]["files_processed"] <= len(folder.files())
        shutil.rmtree(full)
    # Nothing changed since the last refresh: nothing to publish.
    assert direct_refresh(raw, out) is None


@pytest.mark.usefixtures("prefect_server")
def test_random_changes_through_the_flow_equal_full_rebuild(tmp_path):
    rng = random.Random(42)
    raw, out = tmp_path / "raw", tmp_path / "curated"
    folder = RawFolder(raw, rng)
    for _ in range(15):
        folder.add()
    assert run_cli("run", "--raw", str(raw), "--out", str(out)) == 0
    for step in range(3):
        ops = folder.step() + folder.step()
        assert run_cli("run", "--raw", str(raw), "--out", str(out)) == 0
        full = tmp_path / f"full{step}"
        assert direct_refresh(raw, full, full=True) is not None
        assert_same_tables(out, full, f"after {ops}")
