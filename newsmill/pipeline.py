"""Stage 8: one document through decode, segment, language, boilerplate, metadata and quotes.

``process_document`` is the whole per-file algorithm, top to bottom. It never raises on
bad content: a file that cannot become an article comes back as a reject row.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from newsmill import boilerplate, decode, language, metadata, quotes, segment
from newsmill.records import article_id_for, reject_row  # noqa: F401  (re-exported)

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass
class DocumentResult:
    source_path: str
    article: dict | None = None
    paragraphs: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    boilerplate: list[dict] = field(default_factory=list)
    reject: dict | None = None


def process_document(
    source_path: str,
    data: bytes,
    repeated: frozenset[str] = frozenset(),
) -> DocumentResult:
    """Turn one raw file's bytes into table rows, or into one reject row."""
    sha = hashlib.sha256(data).hexdigest()
    result = DocumentResult(source_path)
    try:
        decoded = decode.decode(data)
    except decode.DecodeError as exc:
        result.reject = reject_row(source_path, "decode", exc.reason, exc.detail, sha)
        return result
    try:
        return _process_text(result, decoded.text, sha, decoded.encoding, repeated)
    except Exception as exc:  # a bug on odd input must cost one file, not the run
        failed = DocumentResult(source_path)
        failed.reject = reject_row(source_path, "extract", "internal_error", f"{type(exc).__name__}: {exc}"[:500], sha)
        return failed


def process_text(text: str, source_path: str = "doc.txt", repeated: frozenset[str] = frozenset()) -> DocumentResult:
    """The pipeline on already-decoded text (benchmarks and tests)."""
    # "ignore" drops lone surrogates only (decode would strip them anyway); "strict" raised.
    return process_document(source_path, text.encode("utf-8", "ignore"), repeated)


def _process_text(result: DocumentResult, text: str, sha: str, encoding: str, repeated: frozenset[str]) -> DocumentResult:
    source_path = result.source_path
    article_id = article_id_for(source_path)

    paragraphs = segment.segment(text)
    lang, lang_score = language.detect_article(paragraphs)
    stripped = boilerplate.strip_boilerplate(paragraphs, lang, repeated)
    meta = metadata.extract_metadata(paragraphs, stripped, lang)

    result.boilerplate = [
        {
            "article_id": article_id,
            "source_path": source_path,
            "position": block.position,
            "text": block.text,
            "category": block.category,
            "reason": block.reason,
        }
        for block in stripped.removed
    ]
    body = [p for p in stripped.body if p.strip()]
    if not body:
        categories = sorted({b.category for b in stripped.removed})
        result.reject = reject_row(
            source_path,
            "boilerplate",
            "no_body",
            "no article body left after removing boilerplate"
            + (f" (found: {', '.join(categories)})" if categories else ""),
            sha,
        )
        return result

    article_text = PARAGRAPH_SEPARATOR.join(body)
    if lang == language.UNDETERMINED:
        lang, lang_score = language.detect(article_text)

    offset = 0
    for index, paragraph in enumerate(body):
        result.paragraphs.append(
            {
                "article_id": article_id,
                "paragraph_index": index,
                "text": paragraph,
                "char_start": offset,
                "char_end": offset + len(paragraph),
                "n_words": len(paragraph.split()),
                "language": language.paragraph_language(paragraph, lang),
            }
        )
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)

    found = quotes.extract_quotes(article_text, lang)
    for index, quote in enumerate(found):
        result.quotes.append(
            {
                "quote_id": f"{article_id}-q{index:04d}",
                "article_id": article_id,
                "paragraph_index": quote.paragraph_index,
                "text": quote.text,
                "speaker": quote.speaker,
                "speaker_mention": quote.speaker_mention,
                "speaker_char_start": quote.speaker_char_start,
                "speaker_char_end": quote.speaker_char_end,
                "cue": quote.cue,
                "kind": quote.kind,
                "char_start": quote.char_start,
                "char_end": quote.char_end,
            }
        )

    result.article = {
        "article_id": article_id,
        "source_path": source_path,
        "content_sha256": sha,
        "encoding": encoding,
        "title": meta.title,
        "published_date": meta.published_date,
        "authors": list(meta.authors),
        "outlet": meta.outlet,
        "syndicated_from": meta.syndicated_from,
        "language": lang,
        "language_score": lang_score,
        "text": article_text,
        "n_paragraphs": len(body),
        "n_words": sum(p["n_words"] for p in result.paragraphs),
        "n_quotes": sum(1 for q in result.quotes if q["kind"] != "term"),
    }
    return result
