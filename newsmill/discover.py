"""Stage 1: find the raw files, never reading outside the raw root.

Every regular file under the root is accounted for: it becomes a ``RawFile`` to
process or a reject row saying why not (a link out of the root, a loop, too
large, not a ``.txt``). Reading is separate (``read_raw``) and re-checks what it
opens, because a scraper may change the folder while a run reads it.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from dataclasses import dataclass

from newsmill.records import reject_row

SUFFIX = ".txt"
DEFAULT_MAX_FILE_MB = 50.0
# Re-reads of a file that changed while being read, before it is rejected.
READ_ATTEMPTS = 3


@dataclass(frozen=True)
class RawFile:
    source_path: str  # POSIX path relative to the raw root, as a valid Unicode string
    path: str  # real path to open (inside the root)
    size: int
    mtime_ns: int
    root: str = ""  # the real raw root; when set, read_raw checks the opened file is inside it


class ReadError(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


# Escapes that keep a displayed path on one line, valid Unicode and one-to-one with the
# real name: control characters, undecodable bytes (surrogateescape's U+DC80..U+DCFF)
# and the backslash itself become \xNN.
_PATH_ESCAPES = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x5C, 0x7F]}
_PATH_ESCAPES.update({0xDC00 + b: f"\\x{b:02x}" for b in range(0x80, 0x100)})


def display_path(relative: str) -> str:
    """A relative path as the tables show it: one line of valid Unicode, distinct per file
    (a newline in a name shows as \\x0a, an undecodable byte as \\xff, a backslash as \\x5c)."""
    text = os.fsencode(relative).decode("utf-8", "surrogateescape")
    if os.sep != "/":
        text = text.replace(os.sep, "/")
    return text.translate(_PATH_ESCAPES)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


# The command's no-change check walks raw/ moments before the flow does; on a large folder
# the walk costs seconds, so the flow takes that one over (same process, same arguments,
# this fresh) instead of walking again. A file changed since is picked up by the next run.
REUSE_WALK_SECONDS = 30.0
_last_walk: tuple | None = None  # (key, monotonic time, result)


def discover(
    raw_root: str | os.PathLike, max_file_bytes: int, remember: bool = False, reuse: bool = False
) -> tuple[list[RawFile], list[dict]]:
    """Files to process (sorted by source_path) and reject rows for the rest.

    ``remember``: keep this walk for the next call with ``reuse``, which takes it over if it
    is of the same folder and recent (``REUSE_WALK_SECONDS``). A walk is taken over once.
    """
    global _last_walk
    key = (os.path.realpath(raw_root), max_file_bytes)
    last, _last_walk = _last_walk, None
    if reuse and last is not None and last[0] == key and time.monotonic() - last[1] < REUSE_WALK_SECONDS:
        return last[2]
    started = time.monotonic()
    result = _discover(raw_root, max_file_bytes)
    if remember:
        _last_walk = (key, started, result)
    return result


def forget_walk() -> None:
    global _last_walk
    _last_walk = None


def _discover(raw_root: str | os.PathLike, max_file_bytes: int) -> tuple[list[RawFile], list[dict]]:
    root = os.path.realpath(raw_root)
    files: list[RawFile] = []
    rejects: list[dict] = []
    seen_dirs: set[tuple[int, int]] = set()

    def reject(rel: str, reason: str, detail: str) -> None:
        rejects.append(reject_row(display_path(rel), "discover", reason, detail))

    def walk(top: str) -> None:
        # An explicit stack, not recursion: a hostile tree may be thousands of folders deep.
        stack = [(top, "")]
        while stack:
            directory, rel_dir = stack.pop()
            for kind, rel, target, st in _entries(directory, rel_dir):
                if kind == "dir":
                    stack.append((target, rel))
                    continue
                if kind == "reject":
                    reject(rel, *target)
                    continue
                name = rel.rpartition("/")[2]
                source_path = display_path(rel)
                if not name.endswith(SUFFIX):
                    reject(rel, "not_txt", f"only {SUFFIX} files are read")
                elif st.st_size > max_file_bytes:
                    reject(rel, "too_large", f"{st.st_size / 1e6:.1f} MB is over the {max_file_bytes / 1e6:g} MB limit")
                else:
                    files.append(RawFile(source_path, target, st.st_size, st.st_mtime_ns, root))

    def _entries(directory: str, rel_dir: str):
        """(kind, relative path, target or (reason, detail), stat) for a folder's entries, sorted by name."""
        try:
            st = os.stat(directory)
            if (st.st_dev, st.st_ino) in seen_dirs:
                return  # a link back to a folder already walked
            seen_dirs.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(directory), key=lambda e: e.name, reverse=True)
        except OSError as exc:
            yield "reject", rel_dir or ".", ("unreadable", f"cannot list folder: {exc.strerror or exc}"), None
            return
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            try:
                is_link = entry.is_symlink()
                target = os.path.realpath(entry.path) if is_link else entry.path
                if is_link:
                    try:
                        os.stat(entry.path)
                    except OSError as exc:
                        if exc.errno == errno.ELOOP:
                            yield "reject", rel, ("symlink_loop", "symbolic link loop"), None
                        else:
                            yield "reject", rel, ("broken_link", "symbolic link to a missing file"), None
                        continue
                    if not _inside(target, root):
                        yield "reject", rel, ("outside_raw_root", "symbolic link points outside the raw folder"), None
                        continue
                st = os.stat(target)
            except OSError as exc:
                yield "reject", rel, ("unreadable", exc.strerror or str(exc)), None
                continue
            if stat.S_ISDIR(st.st_mode):
                yield "dir", rel, target, st
            elif not stat.S_ISREG(st.st_mode):
                yield "reject", rel, ("not_regular_file", "not a regular file (device, socket or pipe)"), None
            else:
                yield "file", rel, target, st

    if not os.path.isdir(root):
        raise NotADirectoryError(f"raw folder {raw_root} does not exist or is not a folder")
    walk(root)
    files.sort(key=lambda f: f.source_path)
    rejects.sort(key=lambda r: r["source_path"])
    return files, rejects


def read_raw(raw: RawFile, max_file_bytes: int) -> bytes:
    """The file's bytes; raise ReadError when it vanished, grew too large or keeps changing."""
    for _ in range(READ_ATTEMPTS):
        try:
            # O_NONBLOCK: a file swapped for a FIFO must not block the open.
            flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
            fd = os.open(raw.path, flags)
        except FileNotFoundError:
            raise ReadError("vanished", "the file disappeared before it could be read") from None
        except PermissionError:
            raise ReadError("unreadable", "permission denied") from None
        except OSError as exc:
            raise ReadError("unreadable", exc.strerror or str(exc)) from None
        with os.fdopen(fd, "rb") as handle:
            before = os.fstat(handle.fileno())
            if not stat.S_ISREG(before.st_mode):
                raise ReadError("not_regular_file", "not a regular file")
            if raw.root and not _inside(_opened_path(fd, raw.path), raw.root):
                # A folder on the way was swapped for a link out of the root after discovery.
                raise ReadError("outside_raw_root", "the file is now outside the raw folder (a folder was replaced by a link)")
            data = handle.read(max_file_bytes + 1)
            after = os.fstat(handle.fileno())
        if len(data) > max_file_bytes:
            raise ReadError("too_large", f"grew over the {max_file_bytes / 1e6:g} MB limit")
        if before.st_size == after.st_size == len(data) and before.st_mtime_ns == after.st_mtime_ns:
            return data
    raise ReadError("changed_while_reading", "the file kept changing while it was read")



def _opened_path(fd: int, fallback: str) -> str:
    """The real path of an open file (Linux /proc), else the realpath of its name."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return os.path.realpath(fallback)


def max_bytes(max_file_mb: float) -> int:
    return int(max_file_mb * 1_000_000)
