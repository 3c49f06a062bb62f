"""Quote-mark pairing: one left-to-right pass over the marks of an article.

Every mark is classified from its two neighbours (opening, closing, apostrophe, ambiguous)
and paired with a small bounded stack, so the cost is linear in the text whatever the
marks do: a stray or unclosed mark can only waste the rest of its paragraph, never trigger
a rescan. Paragraphs (split on a blank line) reset the stack; a quote left open at the end
of a paragraph becomes an "open" piece (the multi-paragraph convention: the next paragraph
reopens it) when it looks like speech.

Families handled: “…” ”…” "…" „…“ „…” »…« «…» (also with no-break spaces) ‹…› ›…‹ and the
single marks ‘…’ '…' ‚…‘ nested inside double quotes or on their own (British style).
Doubled apostrophes (typewriter ''…'') are paired only with PAIR_DOUBLED_APOSTROPHES; doubled
curly single marks (‘‘…’’, “…’’) are double marks.

Typing slips are read the way a reader reads them: a closing mark typed where a quote opens,
a doubled opening mark, inch marks (6’2”), plural possessives inside single-quoted quotes,
markup attributes (author="…") and a quote running over a paragraph break in mid-sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Two apostrophes / backticks as a double mark (typewriter and wire-service style: ''…'' ``…'').
# Off by default: the reference annotations (PolNeAR, our dev gold) do not treat doubled
# apostrophes as quotation marks, so pairing them only adds quotes the reference never counts.
# With the switch off they are still paired, so that what they enclose stays nested, but the
# quote is not emitted: ''I said, 'No,' and left'' yields neither the outer quote nor a bare 'No,'.
PAIR_DOUBLED_APOSTROPHES = False

# A quote mark or a paragraph break; one regex pass finds them all.
MARK_RE = re.compile("\n\n|''|``|‘‘|’’|[\"“”„‟«»‹›‘’‚']")
# Doubled curly single marks are typeset double marks (‘‘…’’, or “…’’), unlike typewriter ''…''.
CURLY_DOUBLED = {"‘‘": "“", "’’": "”"}

DOUBLE_MARKS = frozenset("\"“”„‟«»")
SINGLE_MARKS = frozenset("'‘’‚‹›")
# Opening mark -> marks that may close it.
CLOSERS = {
    "“": "”“\"",  # English; “ closes “ only in a closing context (a common typo)
    "„": "“”\"",  # German „…“
    "‟": "”\"",
    "\"": "\"”“",
    "”": "”",  # Swedish / Finnish ”…”
    "«": "»",
    "»": "«",
    "‘": "’‘'",
    "‚": "‘’'",
    "'": "'’",
    "‹": "›",
    "›": "‹",
}
# Marks that may open a quote in an opening context, and in an ambiguous one.
OPENERS_ON_OPEN = frozenset("\"“„‟«»‹›‘‚'”")
OPENERS_ON_BOTH = frozenset("\"“„‟«‘‚'‹")
# Curly opening marks that never nest inside themselves (straight " may: "a "b" c").
REOPENERS = frozenset("“„«")
MAX_DEPTH = 4  # nesting deeper than this is noise; bounding it keeps every step O(1)
# chars after which a mark opens (invisible format marks such as U+202A count as space)
OPEN_BEFORE = frozenset(" \t\n\u00a0\u202f([{<—–-/:;\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
OPEN_NEXT = frozenset("\"“„‟«»‹›‘‚'([¿¡.…$£€#@\u00a0\u202f")  # chars a quote may start with
STRAY_OPEN_BEFORE = frozenset(("", ",", ":"))  # where a mistyped closing mark may open a quote
SPACES = frozenset(" \t\n\u00a0\u202f\u2009")
# Minimum words for a quote left open at the end of a paragraph to count as speech.
MIN_OPEN_PIECE_WORDS = 3


@dataclass
class RawQuote:
    start: int  # content start (after the mark and any no-break space)
    end: int  # content end (before the closing mark)
    open_pos: int  # position of the opening mark (its first char)
    close_pos: int  # position of the closing mark (its last char), or the paragraph end when unclosed
    paragraph_index: int
    open_mark: str
    closed: bool = True
    continued: bool = False  # an open piece whose next paragraph reopens the quote


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(ch: str, prev: str, nxt: str) -> str:
    """'open', 'close', 'both' (ambiguous) or 'none' (apostrophe / stray) from the neighbours."""
    if prev == "=" or nxt == ">":
        return "none"  # markup left in the text: tweet-author="@x", date="…">
    open_ctx = (prev == "" or prev in OPEN_BEFORE or prev in DOUBLE_MARKS or prev in SINGLE_MARKS) and (
        nxt != "" and (_is_word(nxt) or nxt in OPEN_NEXT)
    )
    close_ctx = (prev != "" and prev not in SPACES) and (nxt == "" or not _is_word(nxt))
    if ch in "'’":
        if _is_word(prev) and _is_word(nxt):
            return "none"  # don't, James's, l'Etat
        if ch == "’" and not close_ctx:
            return "none"
    if ch == "‘" and _is_word(prev) and _is_word(nxt):
        return "none"  # Review‘s: a mistyped apostrophe
    if ch in "'‘" and open_ctx and nxt.isdigit():
        return "none"  # '90s, in ‘08: an elided century (‘ is a common autocorrection of ')
    if open_ctx and close_ctx:
        return "both"
    if open_ctx:
        return "open"
    if close_ctx:
        return "close"
    return "both" if ch in DOUBLE_MARKS else "none"


def find_quote_marks(text: str) -> list[RawQuote]:
    """Pair the quote marks of ``text``; top-level quotes only (nested ones stay inside)."""
    out: list[RawQuote] = []
    stack: list[tuple[int, str, int]] = []  # (last char of the mark, mark, mark start), bounded
    para = 0
    para_start = 0
    n = len(text)

    def flush(para_end: int) -> None:
        # A single mark still open at the paragraph end was an apostrophe ('t Hek, ‘bout) or a
        # stray: the quotes closed inside it were top-level after all; unless the next paragraph
        # reopens with the same mark, as British style runs a quote on: ‘… \n\n‘…’
        if stack and stack[0][1] in SINGLE_MARKS and not inside_single and para_end + 2 < n and text[para_end + 2] == stack[0][1]:
            pos, mark, mstart = stack[0]
            piece = _make(text, pos, para_end, para, mark, closed=False)
            if piece is not None:
                piece.open_pos = mstart
                piece.continued = True
                if _looks_like_open_speech(text, para_start, pos, piece, True) and text[para_start:mstart].rstrip()[-1:] in ("", ":", ".", ",", "!", "?"):
                    out.append(piece)
            stack.clear()
        if stack and stack[0][1] in SINGLE_MARKS:
            out.extend(inside_single)
        inside_single.clear()
        if stack and stack[0][1] in REOPENERS and inside_same:
            # “ never closed, with “…” closed inside it: the first mark lost its closing mark
            # and the inner quotes are quotes of their own.
            _end_unclosed(stack[0], inside_same[0].open_pos)
            stack.clear()
        inside_same.clear()
        # A top-level quote still open at the paragraph end: keep it as an open piece.
        if stack:
            pos, mark, mstart = stack[0]
            if mark in DOUBLE_MARKS and mstart not in ghosts:
                piece = _make(text, pos, para_end, para, mark, closed=False)
                if piece is not None:
                    piece.open_pos = mstart
                if piece is not None:
                    # the multi-paragraph convention: the next paragraph reopens the quote
                    piece.continued = para_end + 2 < n and text[para_end + 2] in DOUBLE_MARKS
                    if _looks_like_open_speech(text, para_start, pos, piece, piece.continued):
                        out.append(piece)
                    # A paragraph break inside a sentence (the next paragraph opens in lower case
                    # or with a digit) is a formatting break: its first closing mark ends the quote.
                    if not piece.continued and para_end + 2 < n and (text[para_end + 2].islower() or text[para_end + 2].isdigit()):
                        carry[:] = [mark, piece]
        stack.clear()

    doubled = PAIR_DOUBLED_APOSTROPHES
    inside_single: list[RawQuote] = []  # double quotes closed right inside an open single mark
    inside_same: list[RawQuote] = []  # “…” closed right inside an open “ (which cannot nest)

    def _end_unclosed(opened: tuple[int, str, int], end: int) -> None:
        """Emit the quote opened at ``opened`` as an open piece ending at ``end``, then the
        same-mark quotes closed inside it."""
        pos, omark, mstart = opened
        piece = _make(text, pos, end, para, omark, closed=False) if mstart not in ghosts else None
        if piece is not None:
            piece.open_pos = mstart
            piece.close_pos = piece.end  # the space before the next quote stays outside both
            if _looks_like_open_speech(text, para_start, pos, piece, True):  # it opened a quote, wherever
                out.append(piece)
        out.extend(inside_same)
        inside_same.clear()
    carry: list = []  # [mark, piece] of a quote left open over a formatting paragraph break
    continued_mark: list = []  # the mark of a quote left open at the previous paragraph's end
    stray = -1  # an unmatched closing double mark that may have been a mistyped opening one
    ghosts: set[int] = set()  # starts of doubled-apostrophe marks paired but never emitted
    marks = list(MARK_RE.finditer(text))
    # next single mark in the same paragraph, for the plural possessive test below (one pass)
    next_single: list[int] = [-1] * len(marks)
    following = -1
    for j in range(len(marks) - 1, -1, -1):
        next_single[j] = following
        g = marks[j].group()
        if g == "\n\n":
            following = -1
        elif g in SINGLE_MARKS:
            following = j
    for j, m in enumerate(marks):
        i = m.start()
        ch = m.group()
        if ch == "\n\n":
            carry.clear()
            continued_mark[:] = [stack[0][1]] if stack and stack[0][1] in DOUBLE_MARKS else []
            flush(i)
            para += 1
            para_start = i + 2
            continue
        width = len(ch)
        prev = text[i - 1] if i > para_start else ""
        nxt = text[i + width] if i + width < n and text[i + width] != "\n" else ""
        if ch == "«" and nxt == " " and i + 2 < n and text[i + 2].isalnum():
            nxt = text[i + 2]  # French « with a plain space after it, even right after an elided d’ / l’
        if ch == "»" and i == para_start and continued_mark[:1] == ["«"]:
            ch = "«"  # Spanish: »… opens the next paragraph of a «…» quote that runs on
        if ch in CURLY_DOUBLED:
            ch = CURLY_DOUBLED[ch]
        elif width == 2:
            ch = "\"" if ch == "''" else "‟"  # treat as a straight / opening double mark
            if not doubled:
                ghosts.add(i)  # see PAIR_DOUBLED_APOSTROPHES
        if prev == ch and ch in "“„«»" and stack and stack[-1][0] == i - 1:
            stack[-1] = (i, ch, stack[-1][2])  # a doubled opening mark (““Every …”) is one mark
            continue
        if ch in "”\"" and _after_feet(text, i):
            continue  # an inch mark: 6’2”, 5'10"
        role = _classify(ch, prev, nxt)
        if role != "none" and ch in "’'" and stack and stack[-1][1] in "‘'" and _plural_possessive(text, i, marks, next_single[j], stack[-1][1]):
            continue  # ‘The players’ union agrees.’: the apostrophe of a plural possessive
        if ch in "»«" and stack and stack[-1][1] == ("«" if ch == "»" else "»"):
            role = "close"  # « … » with plain spaces: the guillemet pair decides, not the spacing
        if role == "none":
            continue
        if role != "open":
            # Close the innermost open mark this one can close (bounded search).
            hit = -1
            for k in range(len(stack) - 1, -1, -1):
                omark = stack[k][1]
                if ch in CLOSERS[omark]:
                    hit = k
                    break
                if omark in DOUBLE_MARKS and ch in SINGLE_MARKS:
                    if ch == "’" and k == len(stack) - 1 and prev in ".!?" and (nxt == "" or nxt in SPACES):
                        hit = k  # a typo: “Let’s go. We can do it.’ Schumer said: ’ ends the sentence and the quote
                    break  # a single mark never closes past an open double quote
            if hit >= 0:
                pos, omark, mstart = stack[hit]
                del stack[hit:]  # marks opened inside and never closed are dropped
                if not stack:
                    inside_single.clear()  # the single mark (if any) was a real quote
                    inside_same.clear()  # the outer quote closed: what it held is nested
                elif len(stack) == 1 and omark in REOPENERS and stack[0][1] == omark and mstart not in ghosts:
                    q = _make(text, pos, i, para, omark, closed=True)
                    if q is not None:
                        q.open_pos = mstart
                        q.close_pos = i + width - 1
                        inside_same.append(q)
                    continue
                if mstart not in ghosts and (not stack or (len(stack) == 1 and stack[0][1] in SINGLE_MARKS and omark in DOUBLE_MARKS)):
                    q = _make(text, pos, i, para, omark, closed=True)
                    if q is not None:
                        q.open_pos = mstart
                        q.close_pos = i + width - 1
                        (inside_single if stack else out).append(q)
                continue
        if carry and ch in DOUBLE_MARKS:
            cmark, first = carry
            carry.clear()
            if not stack and role != "open" and ch in CLOSERS[cmark]:
                q = _make(text, para_start - 1, i, para, cmark, closed=True)
                if q is not None:
                    q.open_pos = para_start
                    q.close_pos = i + width - 1
                    first.continued = True
                    out.append(q)
                continue
        if ch in "”\"" and not stack:
            # A double closing mark with nothing to close. Where a quote opens (the paragraph's
            # start, after a comma or colon) and with text after it, it may be a mistyped
            # opening mark (Porter says,” nobody asks …”): the next unmatched closing mark closes it.
            if stray >= para_start:
                q = _make(text, stray, i, para, ch, closed=True)
                stray = -1
                if q is not None:
                    q.close_pos = i
                    out.append(q)
                continue
            if prev in STRAY_OPEN_BEFORE and nxt in SPACES and i + 2 < n and (text[i + 2].isalnum() or text[i + 2] in "…."):
                stray = i
                continue
        if role == "close":
            continue  # a closing mark with nothing to close: an apostrophe (soldiers' mothers)
        if role == "open" and ch in REOPENERS and stack and stack[0][1] == ch and _after_sentence_end(text, i, para_start):
            # “ opening a new sentence inside an open “ (nesting alternates double and single
            # marks): the first quote lost its closing mark and ends as an open piece here.
            _end_unclosed(stack[0], inside_same[0].open_pos if inside_same else i)
            inside_single.clear()
            stack.clear()
        if ch in (OPENERS_ON_OPEN if role == "open" else OPENERS_ON_BOTH) and len(stack) < MAX_DEPTH:
            stack.append((i + width - 1, ch, i))
    flush(n)
    return out


def _plural_possessive(text: str, i: int, marks: list, k: int, opener: str) -> bool:
    """The single mark at ``i`` inside a single-quoted quote ends a plural possessive (players’
    union): an -s word before it, a lower-case word after it, and the next single mark of the
    paragraph closes the quote rather than opening another one."""
    if not (i > 0 and text[i - 1] in "sS" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()):
        return False
    if k < 0:
        return False
    c = marks[k].start()
    ch = marks[k].group()
    prev = text[c - 1] if c > 0 else ""
    nxt = text[c + 1] if c + 1 < len(text) else ""
    return ch in CLOSERS[opener] and _classify(ch, prev, nxt) in ("close", "both")


def _after_sentence_end(text: str, i: int, para_start: int) -> bool:
    """The mark at ``i`` follows a sentence end: ". “", "?” “" (spaces skipped, bounded)."""
    j = i - 1
    while j >= max(para_start, i - 4) and text[j] in SPACES:
        j -= 1
    return j >= para_start and text[j] in ".!?…"


def _after_feet(text: str, i: int) -> bool:
    """The mark at ``i`` follows feet and inches (6’2”, 5'10\"): an inch mark."""
    j = i - 1
    if j < 0 or not text[j].isdigit():
        return False
    if j >= 1 and text[j - 1].isdigit():
        j -= 1
    return j >= 2 and text[j - 1] in "'’" and text[j - 2].isdigit()


def _make(text: str, open_pos: int, close_pos: int, para: int, mark: str, closed: bool) -> RawQuote | None:
    s = open_pos + 1
    e = close_pos
    while s < e and text[s] in SPACES:
        s += 1
    while e > s and text[e - 1] in SPACES:
        e -= 1
    if e <= s:
        return None
    return RawQuote(s, e, open_pos, close_pos, para, mark, closed)


def _looks_like_open_speech(text: str, para_start: int, open_pos: int, piece: RawQuote, continued: bool = False) -> bool:
    """An unclosed quote is speech when it opens a sentence (or the next paragraph reopens
    it: a fragment that runs on into a quoted paragraph) and runs on for a few words."""
    before = text[max(para_start, open_pos - 3) : open_pos].rstrip(" \u00a0\u202f")
    if before and before[-1] not in ".:,!?;—–-" and open_pos != para_start and not continued:
        return False
    # Count words cheaply: only look at a bounded prefix of the piece.
    return len(text[piece.start : min(piece.end, piece.start + 200)].split()) >= MIN_OPEN_PIECE_WORDS
