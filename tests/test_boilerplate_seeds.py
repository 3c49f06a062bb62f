"""The seed sample in raw/, paragraph by paragraph: no body paragraph lost, no boilerplate left."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmill import language, segment
from newsmill.boilerplate import CATEGORIES, strip_boilerplate

RAW = Path(__file__).resolve().parents[1] / "raw"

# file prefix -> (title or None, {position: (category, text prefix)} of whole removed paragraphs,
#                 [(position, category, removed piece)] of pieces cut from kept paragraphs)
EXPECTED = {
    "000_": (None, {}, [(0, "dateline_timestamp", "date 2022-11-26")]),
    "001_": (
        '"Share their pain": Putin meets soldiers\' mothers',
        {
            0: ("title", '"Share their pain"'),
            1: ("duplicate", "Usually, Putin and the Russian authorities rarely mention the losses suffered in Ukraine."),
            2: ("duplicate", '"Share their pain"'),
        },
        [],
    ),
    "002_": (
        None,
        {
            0: ("caption", "Russian President Vladimir Putin meets mothers"),
            1: ("caption", "Image caption,"),
            2: ("caption", "Vladimir Putin met mothers"),
            3: ("byline", "By Jaroslav Lukiv"),
            4: ("source_credit", "BBC News"),
            26: ("photo_credit", "Image source, Reuters"),
            27: ("caption", "Image caption,"),
            28: ("caption", "In September, President Putin ordered"),
            29: ("related_links", "You may also be interested in:"),
            30: ("caption", "Media caption,"),
            31: ("related_links", "Watch: "),
        },
        [],
    ),
    "003_": (
        "Putin tells Russian soldiers' mothers he shares their pain",
        {
            0: ("title", "Putin tells Russian soldiers' mothers"),
            1: ("dateline_timestamp", "November 26, 2022 8:02 am"),
            2: ("source_credit", "[Source: BBC News]"),
            6: ("advertisement", "Article continues after advertisement"),
        },
        [],
    ),
    "004_": (
        None,
        {
            1: ("byline", "Of: Daniel Dillman"),
            5: ("caption", "Vladimir Putin meeting the mothers"),
        },
        [
            (0, "dateline_timestamp", "date 2022-11-25"),
            (0, "breadcrumb", "Home page politics"),
            (8, "source_credit", "(dil/dpa)"),
        ],
    ),
}


def _seed(prefix: str) -> list[str]:
    path = next(RAW.glob(prefix + "*.txt"))
    return segment.segment(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_paragraph_by_paragraph(prefix: str) -> None:
    paragraphs = _seed(prefix)
    lang, _ = language.detect_article(paragraphs)
    stripped = strip_boilerplate(paragraphs, lang)
    title, whole, pieces = EXPECTED[prefix]
    assert stripped.title == title

    removed_whole = {r.position: r for r in stripped.removed if r.text == paragraphs[r.position].strip()}
    assert sorted(removed_whole) == sorted(whole), "exactly these paragraphs are removed"
    for position, (category, start) in whole.items():
        assert removed_whole[position].category == category, (position, removed_whole[position])
        assert removed_whole[position].text.startswith(start)

    cut = [(r.position, r.category, r.text) for r in stripped.removed if r.position not in removed_whole]
    assert cut == pieces

    # Every other paragraph is body, in order, whole or minus the pieces cut from it.
    consumed = {pos for pos, _, _ in pieces
                if " ".join(p for q, _, p in pieces if q == pos) == paragraphs[pos].strip()}
    kept = [i for i in range(len(paragraphs)) if i not in whole and i not in consumed]
    assert len(stripped.body) == len(kept)
    for i, body in zip(kept, stripped.body):
        original = paragraphs[i].strip()
        assert body in original, (i, body)
        for position, _, piece in pieces:
            if position == i:
                assert piece not in body
        assert original.replace(body, "").strip() == " ".join(p for pos, _, p in pieces if pos == i)

    assert all(r.category in CATEGORIES for r in stripped.removed)


def test_seed_bodies_have_no_boilerplate_left() -> None:
    needles = ("Image caption", "Image source", "Media caption", "Watch:", "You may also be interested",
               "By Jaroslav", "Of: ", "[Source:", "advertisement", "Home page", "(dil/dpa)", "date 2022", "©")
    for prefix in EXPECTED:
        stripped = strip_boilerplate(_seed(prefix), "en")
        for body in stripped.body:
            for needle in needles:
                assert needle not in body, (prefix, needle, body[:80])
        # The headline and teaser are not printed twice in the body.
        assert len({b for b in stripped.body}) == len(stripped.body)


def test_seed_subhead_between_body_paragraphs_stays() -> None:
    stripped = strip_boilerplate(_seed("004_"), "en")
    assert "Russia: Allegations of cover-up against Vladimir Putin" in stripped.body
    last = stripped.body[-1]
    assert last.endswith("many in Russia fear further mobilization.")
