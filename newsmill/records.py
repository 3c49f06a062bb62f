"""Ids and reject rows: the few record helpers the run's own process needs (discovery, planning,
merging) without loading the text pipeline."""

from __future__ import annotations

import hashlib


def article_id_for(source_path: str) -> str:
    """Stable id: the same relative path always gets the same id."""
    return hashlib.sha256(source_path.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def reject_row(source_path: str, stage: str, reason: str, detail: str, content_sha256: str | None = None) -> dict:
    return {
        "source_path": source_path,
        "stage": stage,
        "reason": reason,
        "detail": detail,
        "content_sha256": content_sha256,
    }
