"""Fuzzing the pure core (issue 7): random bytes and random mixtures of text, quote marks,
boilerplate lines and control characters through ``process_document`` and ``tables.build``.

For every input: no exception escapes (and no ``internal_error`` reject, the core's catch-all
for its own bugs); each input is exactly one article or one reject; paragraph, quote and
speaker offsets slice back to the article text; no C0 control (other than newline and tab)
and no lone surrogate in any output string; the built tables pass the contract without
quarantining anything. 2,000 examples in all (see SCALE).
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmill import tables
from newsmill.pipeline import DocumentResult, process_document, process_text

C0 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# CI: a fixed 2,000-example run. NEWSMILL_FUZZ_SCALE=10 runs ten times more, freshly random.
SCALE = int(os.environ.get("NEWSMILL_FUZZ_SCALE", "1"))
SETTINGS = dict(deadline=None, derandomize=SCALE == 1, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "« ", " »", "``", "''"]
SENTENCES = [
    "The council voted on Monday to close the harbour to cruise ships.",
    "Tour operators said the decision would cost hundreds of jobs this summer.",
    "Der Stadtrat hat am Donnerstag ein neues Radwegenetz beschlossen.",
    "Die Opposition kritisierte die Kosten von zwölf Millionen Euro.",
    "Le conseil municipal a voté lundi l'interdiction des navires de croisière.",
    "Les voyagistes ont dénoncé une décision coûteuse pour l'emploi.",
    "El ayuntamiento aprobó el martes un nuevo plan de transporte público.",
    "Los comerciantes dijeron que la medida llega demasiado tarde.",
    "We have listened to the people who live here",
    "Das ist ein guter Tag für alle",
    "Nous avons écouté les habitants",
    "Es un día histórico para la ciudad",
]
SPEECH = [
    "said Mayor Tom Briggs", "he said", "she told reporters", "according to the ministry",
    "sagte Bürgermeisterin Eva Brandt", "sagte er", "a déclaré le maire Jérôme Lefèvre", "a-t-il dit",
    "dijo la alcaldesa Ana García", "afirmó", "Ms Keller", "Dr. Müller", "O'Neill", "rock 'n' roll", "the '90s",
]  # fmt: skip
BOILERPLATE = [
    "Accept all cookies", "We value your privacy", "Manage preferences", "Share on Facebook", "Tweet",
    "Advertisement", "ANZEIGE", "Publicité", "Publicidad", "Read more:", "Lesen Sie auch:", "Lire aussi :",
    "Sign up for our newsletter", "Subscribe now", "© 2024 The Daily Example. All rights reserved.",
    "Photo: Reuters", "Foto: dpa", "By Anna Keller", "Von Lena Vogt", "Par Jean Dupont", "Por María López",
    "Home > News > World", "Updated 12:34 GMT", "12.03.2024, 14:05 Uhr", "(AFP)", "Related articles",
]  # fmt: skip
CONTROLS = [
    *map(chr, range(0, 32)), "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e",
    "\ufffd", "\ufffe", "\ud800", "\udfff", "\ud83d", "\U0001f600", "\u0301", "\x1b[31m", "&amp;", "&#0;",
]  # fmt: skip
SPACES = [" ", " ", "\n", "\n\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u3000", "   \n  \n"]

piece = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(SPEECH),
    st.sampled_from(BOILERPLATE),
    st.sampled_from(CONTROLS),
    st.sampled_from(SPACES),
    st.text(max_size=12),
)
mixture = st.lists(piece, max_size=80).map("".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1", "utf-8/surrogatepass"]


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8/surrogatepass":
        return text.encode("utf-8", "surrogatepass")  # invalid UTF-8, as broken scrapers write
    return text.encode(encoding, "replace")


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings(v)


def assert_clean(value) -> None:
    for s in strings(value):
        assert not C0.search(s), repr(s[:200])
        s.encode("utf-8")  # a lone surrogate raises


def check_result(result: DocumentResult, source_path: str) -> None:
    """The per-document invariants, on the rows before they become tables."""
    assert result.source_path == source_path
    assert (result.article is None) != (result.reject is None), "exactly one article or one reject"
    if result.reject is not None:
        reject = result.reject
        assert reject["source_path"] == source_path
        assert reject["reason"] != "internal_error", reject["detail"]
        assert reject["reason"] and reject["detail"]
        assert not result.paragraphs and not result.quotes
    else:
        article = result.article
        text = article["text"]
        assert article["source_path"] == source_path and text
        assert article["n_paragraphs"] == len(result.paragraphs) >= 1
        for p in result.paragraphs:
            assert text[p["char_start"] : p["char_end"]] == p["text"] != ""
        for q in result.quotes:
            assert text[q["char_start"] : q["char_end"]] == q["text"] != ""
            if q["speaker_mention"] is not None:
                assert text[q["speaker_char_start"] : q["speaker_char_end"]] == q["speaker_mention"]
    assert_clean([result.article, result.paragraphs, result.quotes, result.boilerplate, result.reject])


def check_tables(built, source_paths: list[str]) -> None:
    """Accounting, offsets and clean text on the validated tables."""
    rows = {name: table.to_pylist() for name, table in built.items()}
    stages = [r["stage"] for r in rows["rejects"]]
    assert "validate" not in stages, [r for r in rows["rejects"] if r["stage"] == "validate"]
    accounted = [a["source_path"] for a in rows["articles"]] + [r["source_path"] for r in rows["rejects"]]
    assert sorted(accounted) == sorted(source_paths)  # each input exactly once: never both, never neither
    text = {a["article_id"]: a["text"] for a in rows["articles"]}
    for p in rows["paragraphs"]:
        assert text[p["article_id"]][p["char_start"] : p["char_end"]] == p["text"]
    for q in rows["quotes"]:
        assert text[q["article_id"]][q["char_start"] : q["char_end"]] == q["text"]
        if q["speaker_mention"] is not None:
            assert text[q["article_id"]][q["speaker_char_start"] : q["speaker_char_end"]] == q["speaker_mention"]
    assert_clean(rows)


@settings(max_examples=500 * SCALE, **SETTINGS)
@given(st.binary(max_size=4000))
def test_random_bytes(data):
    check_result(process_document("fuzz/bytes.txt", data), "fuzz/bytes.txt")


@settings(max_examples=300 * SCALE, **SETTINGS)
@given(st.lists(st.one_of(st.binary(max_size=40), mixture.map(lambda t: t.encode("utf-8", "surrogatepass"))), max_size=12))
def test_text_and_bytes_spliced(parts):
    check_result(process_document("fuzz/spliced.txt", b"".join(parts)), "fuzz/spliced.txt")


@settings(max_examples=700 * SCALE, **SETTINGS)
@given(mixture, st.sampled_from(ENCODINGS))
def test_mixtures_of_text_quotes_boilerplate_and_controls(text, encoding):
    check_result(process_document("fuzz/mix.txt", encode(text, encoding)), "fuzz/mix.txt")


@settings(max_examples=200 * SCALE, **SETTINGS)
@given(mixture)
def test_process_text_takes_any_str(text):
    check_result(process_text(text, "fuzz/text.txt"), "fuzz/text.txt")


@settings(max_examples=300 * SCALE, **SETTINGS)
@given(st.lists(st.tuples(mixture, st.sampled_from(ENCODINGS)) | st.binary(max_size=500).map(lambda b: (b, None)), min_size=1, max_size=5))
def test_batches_through_validation(docs):
    source_paths = [f"fuzz/{i:02d}/doc {i}.txt" for i in range(len(docs))]
    results = []
    for path, (content, encoding) in zip(source_paths, docs):
        data = content if encoding is None else encode(content, encoding)
        result = process_document(path, data)
        check_result(result, path)
        results.append(result)
    check_tables(tables.build(results), source_paths)
