"""Quote extraction and attribution against human gold (issue 3 scoring).

    .venv/bin/python bench/quotes_eval.py ../shared/dev/quotes_dev.jsonl [--limit N] [--show-errors K] [--breakdown]

Runs the real pipeline (``newsmill.pipeline.process_text``) on each gold article. The pipeline
strips boilerplate, so predicted and gold quotes are matched by token content per document,
not by offsets. Tokens are lower-cased ``\\w+`` runs.

- A predicted quote *lies in* a gold quote when >= 80% of its tokens are tokens of that gold
  quote. Predicted rows of kind ``term`` are not counted.
- A direct gold quote is *found* when the predicted quotes lying in it cover >= 80% of its
  tokens (the pieces' tokens add up: “A,” he said, “B.” predicted as two pieces covers A + B);
  a mixed gold quote is found when any predicted quote lies in it.
- Precision: share of predicted quotes lying in some gold quote. Recall: share of gold found.
- Speaker accuracy: over gold quotes whose speaker is a name (not a pronoun; the last word of
  the name, cut before any apposition, is capitalised), whether that surname appears in the predicted speaker
  of the predicted quote with most tokens in that gold quote (unfound gold quotes count as
  wrong). "loose" counts every non-pronoun gold speaker the same way.
- Pronoun rate: over gold pronoun speakers, the predicted speaker is set and is not a pronoun.

``--breakdown`` sorts the missed gold quotes: all their quoted words were predicted but the gold
span runs on past the closing mark ("“…” at the convention" annotated as one direct quote); their
quoted words were predicted only as ``term`` rows (titles, names, scare quotes); other.
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

from newsmill.quotes import cues as C  # noqa: E402

TOKEN = re.compile(r"\w+")
LIE_SHARE = 0.8
COVER_SHARE = 0.8


def toks(s: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(s)]


def run_pipeline(text: str, doc_id: str) -> list[dict]:
    try:
        from newsmill.pipeline import process_text
    except ImportError:  # before the pipeline existed
        from dataclasses import asdict

        from newsmill.quotes import extract_quotes

        return [asdict(q) for q in extract_quotes(text)]
    result = process_text(text, f"{doc_id}.txt")
    if result.reject is not None and result.reject["reason"] == "internal_error":
        raise RuntimeError(f"{doc_id}: the pipeline failed: {result.reject['detail']}")  # a bug, not a score
    return list(result.quotes)


def lies_in(pred: Counter, n_pred: int, gold: Counter) -> int:
    """Tokens of ``pred`` that are gold tokens (multiset), or 0 if below the share."""
    inter = sum((pred & gold).values())
    return inter if n_pred and inter / n_pred >= LIE_SHARE else 0


NAME_CUT = re.compile(r",|\(|—|–| - | who | which | of | from | at | in ")


def surname(speaker: str) -> str | None:
    """Last word of the name itself: gold speakers often carry an apposition
    ("Monte Shaw, executive director of ...", "Rep. Bobby Scott (D-Va.)")."""
    head = NAME_CUT.split(speaker.strip(), maxsplit=1)[0]
    words = TOKEN.findall(head) or TOKEN.findall(speaker)
    return words[-1] if words else None


def is_name(speaker: str | None) -> bool:
    if not speaker:
        return False
    last = surname(speaker)
    return bool(last) and last[:1].isupper() and last.lower() not in C.RELATIVES


def has_surname(pred_speaker: str | None, last: str) -> bool:
    if not pred_speaker:
        return False
    return last.lower() in (w.lower() for w in TOKEN.findall(pred_speaker))


QUOTED = re.compile(r'["“„«]([^"”“»]+)["”“»]')


def miss_reason(g: dict, preds: list[dict], ptoks: list[Counter], terms: list[Counter]) -> str:
    """Why a gold quote was missed: its quoted words are all predicted but the gold span runs on
    past the closing mark; they are predicted only as ``term`` rows; or neither."""
    gc = Counter(toks(g["text"]))
    inside = Counter(toks(" ".join(QUOTED.findall(g["text"]))))
    n_in = sum(inside.values())
    if not n_in:
        return "other"
    near = Counter()
    for pc in ptoks:
        if sum((pc & gc).values()) >= LIE_SHARE * sum(pc.values()):
            near += pc
    if sum((near & inside).values()) >= COVER_SHARE * n_in:
        return "gold runs past the marks"
    for tc in terms:
        if sum((tc & gc).values()) >= LIE_SHARE * sum(tc.values()):
            near += tc
    if sum((near & inside).values()) >= COVER_SHARE * n_in:
        return "predicted as term (title, name, scare quote)"
    return "other"


def evaluate(path: str, limit: int | None, show: int, breakdown: bool = False) -> dict:
    n_pred = n_pred_ok = n_gold = n_found = 0
    n_pred_ann = n_pred_ann_ok = 0  # predictions in documents with at least one gold quote
    sp_total = sp_ok = loose_total = loose_ok = pr_total = pr_ok = 0
    by_type = Counter()
    found_by_type = Counter()
    errors: dict[str, list[str]] = {"missed": [], "spurious": [], "speaker": [], "pronoun": []}
    missed_why: Counter = Counter()
    spurious_why: Counter = Counter()
    t0 = time.perf_counter()
    n_docs = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and n_docs >= limit:
                break
            doc = json.loads(line)
            n_docs += 1
            allq = run_pipeline(doc["text"], doc["doc_id"])
            preds = [q for q in allq if q["kind"] != "term"]
            ptoks = [Counter(toks(q["text"])) for q in preds]
            plen = [sum(c.values()) for c in ptoks]
            golds = doc["quotes"]
            gtoks = [Counter(toks(g["text"])) for g in golds]
            glen = [sum(c.values()) for c in gtoks]
            # which predictions lie in which gold quotes
            lying: list[list[tuple[int, int]]] = [[] for _ in golds]  # gold -> [(pred, inter)]
            pred_ok = [False] * len(preds)
            for pi, pc in enumerate(ptoks):
                if not plen[pi]:
                    continue
                for gi, gc in enumerate(gtoks):
                    inter = lies_in(pc, plen[pi], gc)
                    if inter:
                        lying[gi].append((pi, inter))
                        pred_ok[pi] = True
            for pi, ok in enumerate(pred_ok):
                if not plen[pi]:
                    continue
                n_pred += 1
                n_pred_ok += ok
                if not ok and breakdown:
                    spurious_why["document has no gold quote" if not golds else preds[pi]["kind"]] += 1
                if golds:
                    n_pred_ann += 1
                    n_pred_ann_ok += ok
                if not ok and len(errors["spurious"]) < show:
                    errors["spurious"].append(f"[{doc['doc_id']}] {preds[pi]['kind']}: {preds[pi]['text'][:160]!r}")
            for gi, g in enumerate(golds):
                n_gold += 1
                by_type[g["type"]] += 1
                if g["type"] == "mixed":
                    found = bool(lying[gi])
                else:
                    covered = Counter()
                    for pi, _ in lying[gi]:
                        covered += ptoks[pi]  # pieces of an interrupted quote add up
                    found = glen[gi] > 0 and sum((covered & gtoks[gi]).values()) / glen[gi] >= COVER_SHARE
                n_found += found
                found_by_type[g["type"]] += found
                if not found and breakdown:
                    terms = [Counter(toks(q["text"])) for q in allq if q["kind"] == "term"]
                    missed_why[miss_reason(g, preds, ptoks, terms)] += 1
                if not found and len(errors["missed"]) < show:
                    errors["missed"].append(f"[{doc['doc_id']}] {g['type']}: {g['text'][:160]!r}")
                best = max(lying[gi], key=lambda x: x[1])[0] if lying[gi] else None
                pred_sp = preds[best]["speaker"] if best is not None else None
                gsp = g.get("speaker")
                if g.get("speaker_is_pronoun"):
                    pr_total += 1
                    ok = bool(pred_sp) and pred_sp.lower() not in C.PRONOUNS
                    pr_ok += ok
                    if not ok and len(errors["pronoun"]) < show:
                        errors["pronoun"].append(f"[{doc['doc_id']}] gold {gsp!r} pred {pred_sp!r}: {g['text'][:100]!r}")
                elif gsp:
                    last = surname(gsp)
                    ok = bool(last) and has_surname(pred_sp, last)
                    loose_total += 1
                    loose_ok += ok
                    if is_name(gsp):
                        sp_total += 1
                        sp_ok += ok
                        if not ok and len(errors["speaker"]) < show:
                            errors["speaker"].append(f"[{doc['doc_id']}] gold {gsp!r} pred {pred_sp!r}: {g['text'][:100]!r}")
    elapsed = time.perf_counter() - t0
    p = n_pred_ok / n_pred if n_pred else 0.0
    r = n_found / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    res = {
        "docs": n_docs,
        "precision": p,
        "recall": r,
        "f1": f,
        "recall_direct": found_by_type["direct"] / by_type["direct"] if by_type["direct"] else 0.0,
        "recall_mixed": found_by_type["mixed"] / by_type["mixed"] if by_type["mixed"] else 0.0,
        "speaker_accuracy": sp_ok / sp_total if sp_total else 0.0,
        "speaker_accuracy_loose": loose_ok / loose_total if loose_total else 0.0,
        "pronoun_resolution": pr_ok / pr_total if pr_total else 0.0,
        "n_pred": n_pred,
        "n_gold": n_gold,
        "n_speaker_names": sp_total,
        "n_pronoun": pr_total,
        "seconds": elapsed,
    }
    print(f"docs {n_docs}  predicted {n_pred}  gold {n_gold}  ({elapsed:.1f} s, pipeline included)")
    print(f"precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}  "
          f"(recall direct {res['recall_direct']:.4f}, mixed {res['recall_mixed']:.4f})")
    pa = n_pred_ann_ok / n_pred_ann if n_pred_ann else 0.0
    fa = 2 * pa * r / (pa + r) if pa + r else 0.0
    res["precision_annotated_docs"] = pa
    res["f1_annotated_docs"] = fa
    print(f"  secondary, not the issue-3 score: documents with >= 1 gold quote only: precision {pa:.4f}  "
          f"F1 {fa:.4f} (the gold leaves some documents unannotated)")
    print(f"speaker accuracy {res['speaker_accuracy']:.4f} over {sp_total} named gold speakers "
          f"(loose, all non-pronoun: {res['speaker_accuracy_loose']:.4f} over {loose_total})")
    print(f"pronoun resolution {res['pronoun_resolution']:.4f} over {pr_total} gold pronoun speakers")
    if breakdown:
        print("missed gold quotes by reason: " + ", ".join(f"{k} {v}" for k, v in missed_why.most_common()))
        print("unmatched predictions: " + ", ".join(f"{k} {v}" for k, v in spurious_why.most_common()))
    if show:
        for name, rows in errors.items():
            if rows:
                print(f"\n--- {name} (first {len(rows)})")
                for row in rows:
                    print("  " + row)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="gold JSONL (doc_id, text, quotes)")
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--show-errors", type=int, default=5, help="examples printed per error type")
    ap.add_argument("--breakdown", action="store_true", help="count missed and unmatched quotes by reason")
    args = ap.parse_args(argv)
    evaluate(args.gold, args.limit, args.show_errors, args.breakdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
