"""The seed sample end to end through the pure pipeline: every quoted utterance is in `quotes`,
attributed, and the articles table carries the right metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsmill.pipeline import process_document

RAW = Path(__file__).resolve().parent.parent / "raw"
SEEDS = sorted(RAW.glob("*.txt"))
# A quoted span of this many words or more that ends a clause is speech, not a term.
SPEECH_MIN_WORDS = 4
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")

pytestmark = pytest.mark.skipif(len(SEEDS) != 5, reason="the seed sample is not in raw/")


def _result(prefix: str):
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return process_document(path.name, path.read_bytes())


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_quoted_span_is_in_quotes(prefix):
    result = _result(prefix)
    text = result.article["text"]
    found = [(q["char_start"], q["char_end"]) for q in result.quotes]
    for match in _QUOTED.finditer(text):
        start, end = match.span(1)
        covered = [(s, e) for s, e in found if s < end and e > start]
        assert covered, f"{prefix}: quoted span not extracted: {match.group(1)!r}"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_quoted_speech_is_attributed(prefix):
    result = _result(prefix)
    for quote in result.quotes:
        words = quote["text"].split()
        if len(words) >= SPEECH_MIN_WORDS and quote["text"].rstrip()[-1:] in ",.?!":
            assert quote["kind"] in ("direct", "mixed"), f"{prefix}: speech labelled {quote['kind']}: {quote['text']!r}"
            assert quote["speaker"], f"{prefix}: speech without speaker: {quote['text']!r}"


def test_seed_speakers():
    quotes = {q["text"][:30]: q["speaker"] for q in _result("000").quotes}
    assert quotes["You can’t trust everything you"] == "Vladimir Putin"
    assert quotes["Do you have the courage to mee"] == "Olga Tsukanova"
    assert quotes["The Kremlin will likely be con"] == "UK Ministry of Defense"
    assert quotes["Their deployment is often char"] == "British military officials"
    for prefix in ("001", "002", "003", "004"):
        speakers = {q["speaker"] for q in _result(prefix).quotes if q["kind"] == "direct"}
        assert speakers == {"Vladimir Putin"}, prefix


@pytest.mark.parametrize(
    "prefix, title, date, authors, outlet, syndicated",
    [
        ("000", None, "2022-11-26", [], None, None),
        ("001", '"Share their pain": Putin meets soldiers\' mothers', None, [], None, None),
        ("002", None, None, ["Jaroslav Lukiv"], "BBC News", None),
        ("003", "Putin tells Russian soldiers' mothers he shares their pain", "2022-11-26", [], None, "BBC News"),
        ("004", None, "2022-11-25", ["Daniel Dillman"], None, "dpa"),
    ],
)
def test_seed_metadata(prefix, title, date, authors, outlet, syndicated):
    article = _result(prefix).article
    assert article["title"] == title
    assert (article["published_date"] and article["published_date"].isoformat()) == date
    assert article["authors"] == authors
    assert article["outlet"] == outlet
    assert article["syndicated_from"] == syndicated
    assert article["language"] == "en"
