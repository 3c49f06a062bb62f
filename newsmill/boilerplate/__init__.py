"""Stage 5: strip boilerplate from a document's paragraphs, recording every removal.

The algorithm, top to bottom (each step lives in its own module):

1. ``rules``: trim a machine date glued to the first line; give every paragraph that is
   boilerplate by itself a category (cue phrases in en/de/fr/es, date lines, bylines, captions
   ending with a photo credit, breadcrumbs) or ``repeated`` when the corpus taught us the line.
2. Structure: the paragraph after a caption label ("Image caption,") is the caption; a short outlet
   name beside a byline is a source credit; ``header`` marks the later copy of a headline/teaser.
3. ``classify``: jusText-like classes plus the main dense run of body text decide the rest.
4. ``header``: the title is the headline just before the body; a trailing agency credit such as
   "(dil/dpa)" is cut from the last body paragraph.

Every paragraph not in the body, and every piece cut from one, is a ``Removed`` with a category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Every removed block carries one of these categories (the audit table's value set).
CATEGORIES = (
    "title",  # the headline: moved out of the body into articles.title
    "caption",
    "photo_credit",
    "advertisement",
    "byline",
    "dateline_timestamp",
    "source_credit",
    "breadcrumb",
    "related_links",
    "newsletter_or_subscribe",
    "social_or_share",
    "cookie_or_consent",
    "copyright",
    "navigation",
    "duplicate",
    "repeated",
    "other",
)


@dataclass(frozen=True)
class Removed:
    """One stripped block: a whole paragraph or a piece of one (e.g. a date glued to line 1)."""

    position: int  # index of the paragraph in the segmented input it came from
    text: str
    category: str  # one of CATEGORIES
    reason: str  # short name of the rule that fired, for the audit table


@dataclass
class Stripped:
    body: list[str]  # body paragraphs in order; may be trimmed versions of input paragraphs
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None


from newsmill.boilerplate import classify as _classify  # noqa: E402
from newsmill.boilerplate import cues, header, lists, rules  # noqa: E402

# Only the first few paragraphs may carry a glued date prefix.
DATE_PREFIX_PARAGRAPHS = 3
# A caption label ("Image caption,") captions the next paragraph when it is at most this long.
CAPTION_LABEL_MAX_NEXT = 400
END_ZONE_MAX_CHARS = 160
# A teaser within this many paragraphs after a related header shows the header opens a teaser box.
RELATED_TEASER_WINDOW = 4
# ... or a headline right under it over a short summary ("Top stories" / headline / summary).
TEASER_HEAD_MAX_CHARS = 120
TEASER_SUMMARY_MIN_CHARS = 40
TEASER_SUMMARY_MAX_CHARS = 320
# A lone page (single short article paragraph) is kept when it reads like prose.
FALLBACK_MIN_WORDS = 4
# A page without prose whose text is item lists (a results roundup, a fixtures page): the lists are
# the article when they hold at least this many items in all; lists this close together are one,
# with the subheads ("GIRLS SOCCER") and score lines between them.
FALLBACK_LIST_MIN_LINES = 8
FALLBACK_LIST_MAX_GAP = 3

# "Related: Headline of another story": an inline link inside the text, not the header of a box.
_INLINE_LINK = re.compile(r"^[^:]{3,40}:\s+\S.{10,}")
_SENTENCE_END = re.compile(f"[.!?…。][{re.escape(cues.CLOSING_MARKS)}]?$")
_CLOCK_TIME = re.compile(
    r"^\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?\s?m\.?|uhr|h)?\s*(?:[A-Z]{2,4})?\s*[.:]?$", re.I
)


def _is_caption_label(text: str) -> bool:
    t = text.strip()
    return len(t) <= 40 and t.endswith((",", ":")) or t.lower() in ("image caption", "caption", "bildunterschrift")


def _is_outlet_name(text: str) -> bool:
    """A short title-case name with no sentence punctuation: "BBC News", "Der Spiegel"."""
    t = text.strip()
    words = t.split()
    if not 1 <= len(words) <= rules.OUTLET_MAX_WORDS or len(t) > 40 or t[-1:] in ".!?,:;":
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("de", "der", "die", "the", "la", "le", "el") for w in words)


def strip_boilerplate(
    paragraphs: list[str],
    language: str | None = None,
    repeated: frozenset[str] = frozenset(),
) -> Stripped:
    """Split ``paragraphs`` into body and removed blocks.

    ``repeated`` holds normalised lines learnt to be boilerplate for this document's
    source from repetition across the corpus (category ``repeated``).
    """
    texts = list(paragraphs)
    n = len(texts)
    removed: list[Removed] = []

    # 1. A machine date glued to the start of an early paragraph.
    for i in range(min(n, DATE_PREFIX_PARAGRAPHS)):
        split = rules.split_date_prefix(texts[i])
        if split:
            removed.append(Removed(i, split[0], "dateline_timestamp", "date_prefix"))
            texts[i] = split[1]
            break
    texts = [t.strip() for t in texts]

    # 1b. Paragraphs that are boilerplate by themselves.
    verdicts: list[tuple[str, str] | None] = [rules.match(t) for t in texts]
    if repeated:
        for i, t in enumerate(texts):
            if verdicts[i] is None and rules.normalize(t) in repeated:
                verdicts[i] = ("repeated", "learnt_repetition")

    # 2. Structure around the cues.
    for i in range(n - 1):
        v = verdicts[i]
        if v and v[0] == "caption" and v[1] == "cue" and _is_caption_label(texts[i]):
            if verdicts[i + 1] is None and len(texts[i + 1]) <= CAPTION_LABEL_MAX_NEXT:
                verdicts[i + 1] = ("caption", "after_caption_label")
    for i in range(n):
        v = verdicts[i]
        if v and v[0] == "byline":
            for j in (i - 1, i + 1):
                if 0 <= j < n and verdicts[j] is None and _is_outlet_name(texts[j]):
                    verdicts[j] = ("source_credit", "outlet_beside_byline")
    for i, reason in header.find_duplicates(texts).items():
        if verdicts[i] is None:
            verdicts[i] = ("duplicate", reason)

    # 3. Body classification.
    hard = [v is not None for v in verdicts]
    barriers = {i for i, t in enumerate(texts) if _is_end_zone(t) and not _introduces_quote(texts, i)}
    # A bare clock time ("6:01 p.m.") stamps the next entry of a live blog: the text goes on.
    meta = {i for i, v in enumerate(verdicts) if v and v[0] in ("dateline_timestamp", "byline") and not _CLOCK_TIME.match(texts[i])}
    related = {i for i, t in enumerate(texts) if len(t) <= END_ZONE_MAX_CHARS and cues.RELATED_ZONE.match(t.strip(" []()|:")) and not _INLINE_LINK.match(t)}
    teasers = {i for i in lists.teasers(texts) if not hard[i]}
    # A related header alone on its line whose box holds story teasers closes the text sooner
    # (a bare "Related" with two headlines also sits inside articles).
    related_headers = {
        i
        for i in related
        if _is_bare_header(texts[i])
        and (any(j in teasers for j in range(i + 1, i + 1 + RELATED_TEASER_WINDOW)) or _headline_summary(texts, i + 1))
    }
    item_lists = lists.list_blocks(texts, hard)
    menus = lists.menu_runs(texts)
    body = _classify.classify(texts, language, hard, barriers, meta, related, teasers, related_headers, item_lists, menus)
    if not any(body):
        fallback = _fallback_paragraph(texts, hard, language)
        if fallback is not None:
            body[fallback] = True
        else:
            for i in _fallback_lists(texts, hard, item_lists, menus | teasers):
                body[i] = True

    # 4. Title, trailing credit.
    title = None
    body_idx = [i for i in range(n) if body[i]]
    if body_idx:
        unavailable = {i for i in range(n) if hard[i]}
        t = header.find_title(texts, body_idx[0], unavailable, True)
        if t is not None:
            title = texts[t]
            verdicts[t] = ("title", "headline_before_body")
        last = body_idx[-1]
        split = rules.split_trailing_credit(texts[last])
        if split:
            texts[last] = split[0]
            removed.append(Removed(last, split[1], "source_credit", "trailing_agency_credit"))

    out: list[str] = []
    for i, t in enumerate(texts):
        if body[i]:
            out.append(t)
            continue
        if not t:
            continue
        v = verdicts[i] or (("related_links", "teaser") if i in teasers else _soft_category(t))
        removed.append(Removed(i, t, v[0], v[1]))
    removed.sort(key=lambda r: r.position)
    return Stripped(body=out, removed=removed, title=title)


def _is_end_zone(text: str) -> bool:
    """A header that opens comments or related lists: the body run does not cross it."""
    if len(text) > END_ZONE_MAX_CHARS:
        return False
    key = text.strip(" []()|:").strip()
    return bool(
        cues.END_ZONE.match(key) or cues.COMMENT_HEADER.match(key) or cues.COMMENTS_TAIL.search(key[-40:]) or cues.ABOUT_NAME.match(key)
    )


_OPENS_QUOTE = re.compile(r"^[\"“„«»‘'‚]")


def _introduces_quote(texts: list[str], i: int) -> bool:
    """ "Reporter Jane Roe says:" over a quoted paragraph introduces a block quote; a comment
    header ("jdoe says:") sits over the comment's own words."""
    if not cues.COMMENT_HEADER.match(texts[i].strip()):
        return False
    nxt = next((t for t in texts[i + 1 :] if t), "")
    return bool(_OPENS_QUOTE.match(nxt))


def _headline_summary(texts: list[str], i: int) -> bool:
    """A story teaser at ``i``: a headline (no sentence end) over a one- or two-sentence summary."""
    if i + 1 >= len(texts):
        return False
    head, summary = texts[i], texts[i + 1]
    return (
        header.is_title_like(head)
        and len(head) <= TEASER_HEAD_MAX_CHARS
        and not _SENTENCE_END.search(head)
        and TEASER_SUMMARY_MIN_CHARS <= len(summary) <= TEASER_SUMMARY_MAX_CHARS
        and bool(_SENTENCE_END.search(summary))
    )


def _is_bare_header(text: str) -> bool:
    key = text.strip(" []()|:.…»›>").strip()
    m = cues.RELATED_ZONE.match(key)
    return bool(m) and m.end() == len(key)


def _soft_category(text: str) -> tuple[str, str]:
    """Category for a paragraph the classifier dropped (no cue fired)."""
    if len(text) <= 40 and not _SENTENCE_END.search(text):
        return ("navigation", "menu_like")
    return ("other", "outside_main_text")


def _fallback_lists(texts: list[str], hard: list[bool], item_lists: list[tuple[int, int]], bad: set[int]) -> list[int]:
    """The paragraphs of the largest group of nearby item lists on a page with no prose."""
    groups: list[list[int]] = []
    for start, end in item_lists:
        if groups and start - groups[-1][1] <= FALLBACK_LIST_MAX_GAP:
            groups[-1][1] = end
        else:
            groups.append([start, end])
    best: list[int] = []
    for start, end in groups:
        kept = [i for i in range(start, end) if not hard[i] and i not in bad]
        if len(kept) > len(best):
            best = kept
    return best if len(best) >= FALLBACK_LIST_MIN_LINES else []


def _fallback_paragraph(texts: list[str], hard: list[bool], language: str | None) -> int | None:
    """The article of a page whose only text is one short paragraph: the best prose paragraph."""
    best, best_len = None, 0
    for i, t in enumerate(texts):
        if hard[i] or len(t.split()) < FALLBACK_MIN_WORDS or not _SENTENCE_END.search(t):
            continue
        if language in _classify.STOPWORDS and _classify.density(t, language) < _classify.STOPWORDS_LOW:
            continue
        if len(t) > best_len:
            best, best_len = i, len(t)
    return best
