"""Evaluate boilerplate removal on a dev set of rendered pages with human gold bodies.

    .venv/bin/python bench/boilerplate_eval.py ../shared/dev/boilerplate_dev.jsonl [--direct] [--worst N]

Each JSON line has ``raw_text`` (the page rendered to text) and ``gold_text`` (the article body).
By default the real pipeline runs (``newsmill.pipeline.process_text``) and the predicted body is the
article's ``text`` (empty when the page became a reject). ``--direct`` runs only
segment -> detect_article -> strip_boilerplate (faster, same body).

Scoring follows the ScrapingHub article-extraction-benchmark convention (../shared/dev/README.md):
per document, bags of ``\\w+`` tokens (and of 4-token shingles) of prediction and gold; precision and
recall per document, averaged over documents; F1 is the harmonic mean of the two averages.

The title: the dev gold bodies do not contain the headline (checked on this set: the gold starts
with the first body paragraph; prepending our title lowers token F1 from 0.920 to 0.914), so the
body is scored without the title that the pipeline moves to ``articles.title``. ``--with-title`` prepends the title to the prediction, for sets whose gold
includes it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def shingles(toks: list[str], n: int = SHINGLE) -> list[tuple[str, ...]]:
    if len(toks) < n:
        return [tuple(toks)] if toks else []
    return [tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)]


def precision_recall(pred: list, gold: list) -> tuple[float, float]:
    """Bag-of-items precision and recall; an empty side scores like the benchmark (1 if both empty)."""
    p, g = Counter(pred), Counter(gold)
    overlap = sum((p & g).values())
    if not pred and not gold:
        return 1.0, 1.0
    precision = overlap / len(pred) if pred else 0.0
    recall = overlap / len(gold) if gold else 0.0
    return precision, recall


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def predict_direct(raw: str, with_title: bool) -> str:
    from newsmill import segment
    from newsmill.boilerplate import strip_boilerplate
    from newsmill.language import detect_article

    paragraphs = segment.segment(raw)
    lang, _ = detect_article(paragraphs)
    stripped = strip_boilerplate(paragraphs, lang)
    body = list(stripped.body)
    if with_title and stripped.title:
        body.insert(0, stripped.title)
    return "\n\n".join(body)


def predict_pipeline(raw: str, with_title: bool) -> str:
    from newsmill.pipeline import process_text

    result = process_text(raw, "dev/page.txt")
    if result.article is None:
        return ""
    text = result.article["text"]
    if with_title and result.article.get("title"):
        text = result.article["title"] + "\n\n" + text
    return text


def explain(docs: list[dict], key: str) -> int:
    """One line per paragraph: kept (+) or dropped (-), gold (G) or not, the class and the rule.

    A paragraph counts as gold when most of its tokens are in the gold body; "!" marks a mistake.
    """
    from newsmill import segment
    from newsmill.boilerplate import classify as cls
    from newsmill.boilerplate import strip_boilerplate
    from newsmill.language import detect_article

    doc = docs[int(key)] if key.isdigit() and len(key) <= 4 else next(d for d in docs if d.get("doc_id", "").split("/")[-1].startswith(key))
    paragraphs = segment.segment(doc["raw_text"])
    lang, _ = detect_article(paragraphs)
    stripped = strip_boilerplate(paragraphs, lang)
    why = {r.position: f"{r.category}/{r.reason}" for r in stripped.removed}
    gold = Counter(tokens(doc["gold_text"]))
    body = set(stripped.body)
    print(f"{doc.get('doc_id', '')}  {doc.get('url', '')}  lang={lang}  title={stripped.title!r}")
    for i, p in enumerate(paragraphs):
        toks = tokens(p)
        in_gold = bool(toks) and sum(1 for t in toks if gold[t] > 0) > 0.5 * len(toks)
        kept = p.strip() in body or i not in why
        mark = "!" if kept != in_gold else " "
        klass = cls.initial_class(p.strip(), lang, False)
        text = p.strip().replace("\n", " ")
        print(f"{mark}{i:4d} {'+' if kept else '-'}{'G' if in_gold else ' '} {klass:5s} {why.get(i, ''):34s} {text[:110]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dev", help="JSONL with raw_text and gold_text")
    parser.add_argument("--direct", action="store_true", help="call the stages directly, not the pipeline")
    parser.add_argument("--with-title", action="store_true", help="prepend the extracted title to the body")
    parser.add_argument("--worst", type=int, default=10, help="how many worst documents to list")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--explain", metavar="DOC", help="print every paragraph of one document (index or doc_id prefix)")
    args = parser.parse_args(argv)

    predict = predict_direct
    if not args.direct:
        try:
            import newsmill.pipeline as _pipeline  # noqa: F401

            if hasattr(_pipeline, "process_text"):
                predict = predict_pipeline
        except ImportError:
            pass

    docs = [json.loads(line) for line in Path(args.dev).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        docs = docs[: args.limit]
    if args.explain is not None:
        return explain(docs, args.explain)
    rows = []
    started = time.perf_counter()
    for doc in docs:
        pred = predict(doc["raw_text"], args.with_title)
        pt, gt = tokens(pred), tokens(doc["gold_text"])
        tp, tr = precision_recall(pt, gt)
        sp, sr = precision_recall(shingles(pt), shingles(gt))
        rows.append((doc.get("doc_id", ""), doc.get("url", ""), tp, tr, sp, sr))
    elapsed = time.perf_counter() - started

    n = len(rows)
    tok_p = sum(r[2] for r in rows) / n
    tok_r = sum(r[3] for r in rows) / n
    sh_p = sum(r[4] for r in rows) / n
    sh_r = sum(r[5] for r in rows) / n
    print(f"documents: {n}  mode: {'pipeline' if predict is predict_pipeline else 'direct'}  "
          f"time: {elapsed:.1f}s ({n / elapsed:.0f} docs/s)")
    print(f"token    P {tok_p:.4f}  R {tok_r:.4f}  F1 {f1(tok_p, tok_r):.4f}")
    print(f"shingle  P {sh_p:.4f}  R {sh_r:.4f}  F1 {f1(sh_p, sh_r):.4f}")
    print(f"worst {args.worst} by token F1:")
    for doc_id, url, p, r, _, _ in sorted(rows, key=lambda row: f1(row[2], row[3]))[: args.worst]:
        print(f"  F1 {f1(p, r):.3f}  P {p:.3f}  R {r:.3f}  {doc_id}  {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
