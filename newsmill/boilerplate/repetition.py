"""Learning boilerplate from repetition across the files of one source folder.

A line that recurs in many files of the same outlet/folder (a site's slogan, its footer, a fixed
"Read more on ..." line) is boilerplate for that source. ``learn_repeated`` is a pure function: it
takes the normalised line sets of each file, grouped by folder, and returns the lines to treat as
``repeated`` for every folder. The flow runs it once over the corpus before stripping.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from newsmill.boilerplate.rules import normalize

# A line is learnt when it appears in at least this many files of the folder ...
MIN_FILES = 3
# ... and in at least this share of them (so a big folder needs real repetition).
MIN_SHARE = 0.3
# Long paragraphs are never learnt: a repeated long text is a syndicated article, not furniture.
MAX_CHARS = 300
MIN_CHARS = 3


def line_keys(paragraphs: Iterable[str]) -> set[str]:
    """The normalised keys of one file's (short) paragraphs."""
    keys = set()
    for paragraph in paragraphs:
        if MIN_CHARS <= len(paragraph) <= MAX_CHARS:
            key = normalize(paragraph)
            if key:
                keys.add(key)
    return keys


def learn_repeated(files_by_folder: Mapping[str, Iterable[set[str]]]) -> dict[str, frozenset[str]]:
    """{folder: lines repeated across its files}, from each file's ``line_keys``."""
    learnt: dict[str, frozenset[str]] = {}
    for folder, file_keys in files_by_folder.items():
        counts: Counter[str] = Counter()
        n_files = 0
        for keys in file_keys:
            n_files += 1
            counts.update(keys)
        threshold = max(MIN_FILES, MIN_SHARE * n_files)
        learnt[folder] = frozenset(k for k, c in counts.items() if c >= threshold)
    return learnt
