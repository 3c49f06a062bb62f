"""Context-sensitive body/boilerplate classifier for one document's paragraphs (jusText-like).

1. Each paragraph gets a class from what it shows: ``bad`` (a cue rule fired, or low stopword
   density / menu-like), ``short``, ``near`` (near-good) or ``good`` (long and stopword-dense).
2. The main body run is the stretch of paragraphs with the largest sum of scores (good text
   counts for, boilerplate against): the body of a page is one dense run, menus, related lists and
   footers lie outside it. End-of-article headers ("Comments", "Related") are barriers.
3. Inside the run, good and near-good paragraphs are body; short ones are body when their
   neighbours are (subheads, one-line quotes), as jusText does for short blocks.
"""

from __future__ import annotations

import re

from newsmill.boilerplate.cues import CLOSING_MARKS
from newsmill.language import STOPWORDS, stopword_density

LENGTH_LOW = 70  # below: "short", judged by its neighbours
LENGTH_HIGH = 150  # at least: can be "good" on its own
STOPWORDS_LOW = 0.22  # below: "bad" (lists, names, menus)
STOPWORDS_HIGH = 0.28  # at least (and long): "good"
STOPWORDS_PROSE_MIN = 0.12  # below STOPWORDS_LOW but ending like a sentence: "near"
# For languages without a stopword list, sentence punctuation stands in for stopwords.
NO_STOPLIST_SENTENCE_CHARS = 25  # one sentence end per this many characters at most
# Run scoring, per word: good text counts for, boilerplate against.
SCORE_GOOD = 1.0
SCORE_NEAR = 0.5
SCORE_SHORT = -0.5
SCORE_BAD = -0.7
SCORE_MIN_PENALTY = 2.0  # a bad paragraph costs at least this much, however short
# A short paragraph that reads as a sentence (one-line quotes, short-line styles) costs nothing in
# the run score, is body inside the run, and extends the run at its edges.
SCORE_PROSE_SHORT = 0.0
PROSE_SHORT_MIN_WORDS = 4
# A paragraph a cue rule removed (caption, ad notice, inline "Related:" link) is an
# interruption of the text, not evidence against it: a small fixed cost.
SCORE_HARD = -8.0
# A date line or byline inside a run usually starts another item (a teaser list, comments).
SCORE_META = -60.0
BARRIER = -1e9
# Good words needed before an end-zone header for it to close the article.
END_ZONE_MIN_WORDS = 50
# ... and before a related-stories header (these boxes also sit inside articles).
RELATED_ZONE_MIN_WORDS = 400
# ... unless the header stands alone on its line ("You may also like"): a box title, not a link.
RELATED_HEADER_MIN_WORDS = 50
# A list of parallel items joins the body when at most this many lines stand between them.
LIST_LEAD_MAX = 1
# At the run's edges, near-good paragraphs join the good core across at most this many short ones.
EDGE_MAX_GAP = 1  # (edge trimming measured: no gain on the dev set, so not applied)  # an end-of-article zone header: the run never crosses it

# Scripts without spaces between words (Chinese, Japanese) pack a word into one or two characters:
# each ideograph/kana counts this many Latin characters for the length classes and the run score.
CJK_LANGUAGES = frozenset({"ja", "zh-cn", "zh-tw", "zh"})
CJK_CHAR_WEIGHT = 3
CJK_CHARS_PER_WORD = 2

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

_WORDS = re.compile(r"\w+")
_SENTENCE_END = re.compile(f"[.!?][{re.escape(CLOSING_MARKS)}]?(?:\\s|$)|[。！？]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def effective_length(text: str, language: str | None) -> int:
    """Length in Latin-equivalent characters (CJK characters weigh more)."""
    if language in CJK_LANGUAGES:
        return len(text) + (CJK_CHAR_WEIGHT - 1) * len(_CJK.findall(text))
    return len(text)


def size_in_words(text: str, language: str | None) -> int:
    """Words for the run score; a run of CJK characters is many words, not one."""
    if language in CJK_LANGUAGES:
        cjk = len(_CJK.findall(text))
        return len(_WORDS.findall(_CJK.sub(" ", text))) + cjk // CJK_CHARS_PER_WORD
    return len(_WORDS.findall(text))


def density(text: str, language: str | None) -> float:
    """Stopword density, or a punctuation-based stand-in for languages without a stoplist."""
    if language in STOPWORDS:
        return stopword_density(text, language)
    ends = len(_SENTENCE_END.findall(text)) + (text.count(",") + text.count("、") + text.count("，")) * 0.5
    if not ends:
        return 0.0
    n = effective_length(text, language)
    return STOPWORDS_HIGH if n / ends <= 4 * NO_STOPLIST_SENTENCE_CHARS else STOPWORDS_LOW


def initial_class(text: str, language: str | None, hard: bool) -> str:
    if hard:
        return BAD
    n = effective_length(text, language)
    if n < LENGTH_LOW:
        return SHORT
    d = density(text, language)
    ends_like_prose = bool(_SENTENCE_END.search(text[-3:] + " ")) or text.endswith(":")  # a sentence introducing an embed
    if d < STOPWORDS_LOW:
        # Name-heavy prose (results, listings) still reads as sentences.
        return NEAR if ends_like_prose and d >= STOPWORDS_PROSE_MIN else BAD
    if n < LENGTH_HIGH and not ends_like_prose:
        return SHORT  # a headline-like line (teaser list, related link): judged by its neighbours
    if n >= LENGTH_HIGH and d >= STOPWORDS_HIGH:
        return GOOD
    return NEAR


def _short_sentence(text: str, size: int, language: str | None) -> bool:
    """A short block that reads as a sentence: capitalised start, sentence end, stopwords."""
    if size < PROSE_SHORT_MIN_WORDS or not _SENTENCE_END.search(text[-3:] + " "):
        return False
    first = text.lstrip("\"“„«¿¡'‘(— -")[:1]
    if not first.isupper():
        return False
    # Name-heavy one-liners ("Yes, ask a bear," Clinton responded.) need only prose density.
    return language not in STOPWORDS or density(text, language) >= STOPWORDS_PROSE_MIN


def main_run(
    classes: list[str],
    sizes: list[int],
    barriers: set[int],
    hard: list[bool] | None = None,
    meta: set[int] = frozenset(),
    prose: set[int] = frozenset(),
) -> tuple[int, int] | None:
    """[start, end) of the run with the largest score sum (Kadane), or None when nothing scores."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, (cls, size) in enumerate(zip(classes, sizes)):
        if i in barriers:
            total, start = 0.0, i + 1
            continue
        if i in meta:
            score = SCORE_META
        elif hard and hard[i]:
            score = SCORE_HARD
        elif cls == GOOD:
            score = SCORE_GOOD * size
        elif cls == NEAR:
            score = SCORE_NEAR * size
        elif cls == SHORT and i in prose:
            score = SCORE_PROSE_SHORT * size
        elif cls == SHORT:
            score = min(SCORE_SHORT * size, -0.5)
        else:
            score = min(SCORE_BAD * size, -SCORE_MIN_PENALTY)
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def classify(
    paragraphs: list[str],
    language: str | None,
    hard: list[bool],
    barriers: set[int],
    meta: set[int] = frozenset(),
    related: set[int] = frozenset(),
    teasers: set[int] = frozenset(),
    related_headers: set[int] = frozenset(),
    item_lists: list[tuple[int, int]] = (),
    menus: set[int] = frozenset(),
) -> list[bool]:
    """Body (True) or boilerplate (False) for every paragraph.

    ``teasers`` (summaries of other stories) and ``menus`` (runs of short items) are bad whatever
    their words look like.
    """
    classes = [BAD if i in teasers or i in menus else initial_class(p, language, h) for i, (p, h) in enumerate(zip(paragraphs, hard))]
    sizes = [size_in_words(p, language) for p in paragraphs]
    # An end-zone header (comments, about the author) after real text closes the article:
    # nothing after it can be body, however long the comments are.
    good_words = 0
    for i, (cls, size) in enumerate(zip(classes, sizes)):
        if (
            (i in barriers and good_words >= END_ZONE_MIN_WORDS)
            or (i in related and good_words >= RELATED_ZONE_MIN_WORDS)
            or (i in related_headers and good_words >= RELATED_HEADER_MIN_WORDS)
        ):
            barriers = set(barriers) | set(range(i, len(paragraphs)))
            break
        if cls == GOOD:
            good_words += size
    prose = {i for i, p in enumerate(paragraphs) if classes[i] == SHORT and _short_sentence(p, sizes[i], language)}
    span = main_run(classes, sizes, barriers, hard, meta, prose)
    body = [False] * len(paragraphs)
    if span is None:
        return body
    start, end = span
    # Sentence-like short blocks touching the run continue it (short-line house styles).
    while end < len(classes) and end in prose and end not in barriers and end not in meta:
        end += 1
    while start > 0 and start - 1 in prose and start - 1 not in barriers and start - 1 not in meta:
        start -= 1
    for i in range(start, end):
        if classes[i] in (GOOD, NEAR):
            body[i] = True
    # Short blocks between body paragraphs stay (subheads, one-line quotes); cue-removed
    # paragraphs (captions, ads) are skipped when looking for the neighbours.
    for i in range(start, end):
        if classes[i] == SHORT and (i in prose or _short_is_body(classes, hard, i, start, end - 1)):
            body[i] = True
    _keep_item_lists(body, hard, barriers, teasers, item_lists)
    return body


def _keep_item_lists(
    body: list[bool], hard: list[bool], barriers: set[int], teasers: set[int], item_lists: list[tuple[int, int]]
) -> None:
    """A list of parallel items inside the body, or right after it (behind at most a lead-in line
    such as "Tour dates:"), is the article's own list: results, dates, products."""
    kept = [i for i, b in enumerate(body) if b]
    if not kept:
        return
    first, last = kept[0], kept[-1]
    for start, end in item_lists:
        if end <= first or any(i in barriers for i in range(start, end)):
            continue
        lead = range(last + 1, start)
        if start > last and (len(lead) > LIST_LEAD_MAX or any(hard[i] or i in barriers or i in teasers for i in lead)):
            continue
        for i in (*lead, *range(start, end)):
            if not hard[i] and i not in teasers:
                body[i] = True
        last = max(last, end - 1)


def _trim_edges(classes: list[str], hard: list[bool], span: tuple[int, int]) -> tuple[int, int]:
    """Shrink the run to its good core plus the near-good paragraphs that touch it.

    The run's edges often hold teasers of other stories (near-good, behind a short headline);
    the article's own first and last paragraphs sit right against its good core.
    """
    start, end = span
    good = [i for i in range(start, end) if classes[i] == GOOD]
    if not good:
        return span
    lo, hi = good[0], good[-1]
    lo = _extend(classes, hard, lo, -1, start)
    hi = _extend(classes, hard, hi, 1, end - 1)
    return lo, hi + 1


def _extend(classes: list[str], hard: list[bool], edge: int, step: int, limit: int) -> int:
    j, gap = edge + step, 0
    while (j >= limit if step < 0 else j <= limit):
        if classes[j] == GOOD or (classes[j] == NEAR and not hard[j]):
            edge, gap = j, 0
        elif classes[j] == SHORT and not hard[j] and gap < EDGE_MAX_GAP:
            gap += 1
        else:
            break
        j += step
    return edge


def _short_is_body(classes: list[str], hard: list[bool], i: int, start: int, last: int) -> bool:
    """jusText's revision of a short block by its nearest non-short neighbours inside the run
    (the run's edges count as bad): good on both sides -> body; bad on both sides -> not; one of
    each -> body when the neighbour on the bad side is near-good (the text goes on that way)."""
    before = _neighbour(classes, hard, i, -1, start, skip_near=True) or BAD
    after = _neighbour(classes, hard, i, 1, last, skip_near=True) or BAD
    if before == GOOD and after == GOOD:
        return True
    if before == BAD and after == BAD:
        return False
    return (before == BAD and _neighbour(classes, hard, i, -1, start) == NEAR) or (
        after == BAD and _neighbour(classes, hard, i, 1, last) == NEAR
    )


def _neighbour(classes: list[str], hard: list[bool], i: int, step: int, limit: int, skip_near: bool = False) -> str | None:
    j = i + step
    while (j >= limit if step < 0 else j <= limit):
        if not hard[j] and classes[j] != SHORT and not (skip_near and classes[j] == NEAR):
            return classes[j]
        j += step
    return None
