"""Batching and discovery hand-over: the run's units of work, without Prefect."""

from newsmill import discover, plan
from newsmill.discover import RawFile


def raw_files(n: int, size: int = 2_000) -> list[RawFile]:
    return [RawFile(f"outlet/{i:06d}.txt", f"/raw/outlet/{i:06d}.txt", size, 0) for i in range(n)]


def test_batches_keep_every_file_once_in_order():
    files = raw_files(10_000)
    batches = plan.make_batches(files, workers=2)
    assert [f for b in batches for f in b] == files
    assert max(len(b) for b in batches) <= plan.BATCH_MAX_FILES
    assert len(batches) >= 2 * plan.BATCHES_PER_WORKER


def test_a_small_refresh_is_not_cut_into_tiny_batches():
    # 200 changed files on 2 workers: 2 batches of 100, not 8 of 25.
    assert [len(b) for b in plan.make_batches(raw_files(200), workers=2)] == [100, 100]
    assert [len(b) for b in plan.make_batches(raw_files(50), workers=8)] == [50]


def test_batches_shrink_at_the_end_so_workers_finish_together():
    sizes = [len(b) for b in plan.make_batches(raw_files(10_000), workers=2)]
    assert sizes[0] == plan.BATCH_MAX_FILES and sum(sizes) == 10_000
    assert all(a >= b for a, b in zip(sizes, sizes[1:]))  # never growing
    assert max(sizes[-3:]) <= plan.BATCH_MIN_FILES  # the last ones are small
    assert min(sizes[:-1]) >= plan.BATCH_MIN_FILES and sizes[-1] >= plan.BATCH_MIN_FILES // 2


def test_a_batch_closes_at_its_byte_limit_whatever_its_file_count():
    files = raw_files(30, size=1_000_000)
    batches = plan.make_batches(files, workers=2)
    assert all(sum(f.size for f in b) <= plan.BATCH_MAX_BYTES for b in batches)
    assert [f for b in batches for f in b] == files


def test_one_worker_gets_one_batch():
    assert len(plan.make_batches(raw_files(500), workers=1)) == 1
    assert plan.make_batches([], workers=4) == []


def test_the_flow_takes_over_a_remembered_walk_once(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    first = discover.discover(tmp_path, 10_000, remember=True)
    (tmp_path / "b.txt").write_text("two")
    # Taken over: the same walk, without b.txt (the next run picks it up) ...
    assert discover.discover(tmp_path, 10_000, reuse=True) is first
    # ... and only once.
    assert [f.source_path for f in discover.discover(tmp_path, 10_000, reuse=True)[0]] == ["a.txt", "b.txt"]


def test_a_walk_is_reused_only_when_remembered_for_the_same_folder(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    discover.discover(tmp_path, 10_000)  # not remembered
    (tmp_path / "b.txt").write_text("two")
    assert len(discover.discover(tmp_path, 10_000, reuse=True)[0]) == 2
    discover.discover(tmp_path, 10_000, remember=True)
    discover.forget_walk()
    (tmp_path / "c.txt").write_text("three")
    assert len(discover.discover(tmp_path, 10_000, reuse=True)[0]) == 3
    other = tmp_path / "other"
    other.mkdir()
    discover.discover(tmp_path, 10_000, remember=True)
    assert discover.discover(other, 10_000, reuse=True) == ([], [])
