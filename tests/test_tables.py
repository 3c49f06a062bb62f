"""Validation against the pandera contract: failing records are quarantined, never dropped or fatal."""

from __future__ import annotations

import pyarrow

from newsmill import tables
from newsmill.pipeline import process_text

EN = """Library opens after two-year renovation

The central library reopened on Saturday after a two-year renovation that added a children's wing and a roof garden.

“People waited a long time for this,” said librarian Jane Holt. “It was worth it.”

The work cost nine million and was paid for by the city and a private donor."""

FR = """La médiathèque rouvre ses portes

La médiathèque municipale a rouvert samedi après deux ans de travaux, avec un nouvel espace pour les enfants.

« Les habitants ont attendu longtemps », a déclaré la directrice, Claire Martin, lors de l'inauguration."""


def _results():
    return [process_text(EN, "en.txt"), process_text(FR, "fr.txt")]


def test_valid_rows_pass_untouched():
    built = tables.build(_results())
    assert built["articles"].num_rows == 2
    assert built["rejects"].num_rows == 0
    for name, table in built.items():
        assert table.schema.equals(tables.ARROW_SCHEMAS[name]), name


def test_bad_offset_quarantines_its_article_only():
    results = _results()
    results[0].paragraphs[1]["char_end"] += 2  # no longer slices articles.text
    built = tables.build(results)
    assert built["articles"].column("source_path").to_pylist() == ["fr.txt"]
    assert set(built["paragraphs"].column("article_id").to_pylist()) == {results[1].article["article_id"]}
    assert results[0].article["article_id"] not in built["quotes"].column("article_id").to_pylist()
    (reject,) = built["rejects"].to_pylist()
    assert reject["source_path"] == "en.txt" and reject["stage"] == "validate"
    assert reject["reason"] == "schema_check_failed"
    assert "paragraph_offsets_slice_article_text" in reject["detail"]


def test_value_outside_the_contract_names_column_and_check():
    results = _results()
    results[1].article["language_score"] = 1.7
    results[0].quotes[0]["kind"] = "rumour"
    built = tables.build(results)
    assert built["articles"].num_rows == 0
    details = {r["source_path"]: r["detail"] for r in built["rejects"].to_pylist()}
    assert "articles.language_score" in details["fr.txt"] and "1.7" in details["fr.txt"]
    assert "quotes.kind" in details["en.txt"] and "rumour" in details["en.txt"]


def test_orphan_quote_is_caught_by_the_foreign_key_check():
    results = _results()
    orphan = dict(results[0].quotes[0], article_id="0" * 20, quote_id="orphan")
    results[0].quotes.append(orphan)
    built = tables.build(results)
    paths = [r["source_path"] for r in built["rejects"].to_pylist()]
    assert paths == [f"<article {'0' * 20}>"]
    assert built["articles"].num_rows == 2  # the real articles are unaffected


def test_empty_batch_gives_empty_typed_tables():
    built = tables.build([])
    assert all(t.num_rows == 0 for t in built.values())
    assert isinstance(built["articles"], pyarrow.Table)
