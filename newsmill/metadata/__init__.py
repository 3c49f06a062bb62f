"""Stage 6: article metadata from what the text shows.

STUB written by the pipeline skeleton; the metadata work replaces the body of
``extract_metadata`` but keeps its signature and the dataclass.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from newsmill.boilerplate import Stripped


@dataclass
class Metadata:
    title: str | None = None
    published_date: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    syndicated_from: str | None = None


def extract_metadata(paragraphs: list[str], stripped: Stripped, language: str | None) -> Metadata:
    """Metadata from the segmented input ``paragraphs`` and what boilerplate stripping found."""
    return Metadata(title=stripped.title)
