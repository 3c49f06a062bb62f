"""Speaker attribution: cue verbs, speaker phrases, canonical names, pronouns, floating quotes.

The article is tokenised once with every quote masked out, so cue and speaker rules never
see quoted words. For each quote, in order:

1. after the closing mark: ``, he said`` / ``, said Maria Lopez, a nurse`` / ``, sagte er``;
2. else before the opening mark, in the same sentence: ``He told one mother: “…”``,
   ``According to the ministry, “…”``, ``Trump called it “a disaster”`` (mixed);
3. else no cue: the quote continues the previous speaker (interrupted, floating and
   multi-paragraph quotes).

Speaker phrases are then resolved in document order: names to their fullest form in the
article (``Mr Putin`` -> ``Vladimir Putin``), pronouns to the most recent compatible speaker
or person, ``the ministry`` to the organisation named in the article.
Every window is bounded (``WINDOW_CHARS``), so the work per quote is constant.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from newsmill.quotes import cues as C
from newsmill.quotes.find import RawQuote

WINDOW_CHARS = 240  # context read before / after a quote
MAX_AFTER_TOKENS = 10  # a post-quote cue must come this early: “…,” the UK ministry said
MAX_NP_TOKENS = 9  # longest speaker phrase
MAX_APPOSITION_TOKENS = 16  # "Maria Lopez, a nurse at the hospital in the north, said"
FLOAT_PARAGRAPHS = 3  # a cue-less quote inherits a speaker seen this many paragraphs back
PRONOUN_LOOKBACK = 60  # candidate mentions examined when resolving a pronoun
TERM_MAX_WORDS = 4  # short quoted fragments with no cue are terms, not speech
MASK = "\x00"

WORD = r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*"
TOKEN_RE = re.compile(r"(?:[A-ZÀ-Ý]\.){2,}|" + WORD + r"|\d[\d.,:]*\w*|\x00+|[^\w\s]")
ABBREV = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "prof",
          "st", "jr", "sr", "sra", "rev", "m", "mme", "no", "vs", "inc", "corp", "co", "ltd"}
SENT_END = set(".!?")
# English cues that may precede their speaker ("said Smith:"); "told"/"called" take an object.
INVERSION_CUES = {"said", "says", "added", "adds", "wrote", "writes", "tweeted", "asked", "replied",
                  "continued", "explained", "noted", "declared", "recalled", "argued", "insisted"}


@dataclass
class Tok:
    start: int
    end: int
    text: str
    low: str


@dataclass
class Attribution:
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None  # speaker phrase as written
    source: str = "none"  # after | before | none
    intro: bool = False  # the cue introduces the quote directly (", said:" / ": “")
    cue_lang: str | None = None


@dataclass
class Mention:
    pos: int
    name: str  # canonical
    gender: str  # m, f, p (plural/org), n (org), ? unknown
    person: bool
    speaker: bool  # subject of a cue


@dataclass
class Resolved:
    speaker: str | None = None
    mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    kind: str = "direct"
    extra: dict = field(default_factory=dict)


def tokenize(masked: str) -> list[Tok]:
    toks: list[Tok] = []
    for m in TOKEN_RE.finditer(masked):
        s, e = m.span()
        t = m.group()
        # Abbreviations and initials keep their period: "Mr.", "J.", "Dr."
        if e < len(masked) and masked[e] == "." and (t.lower() in ABBREV or (len(t) == 1 and t.isupper())):
            e += 1
            t += "."
        elif toks and t == "." and toks[-1].end == s and toks[-1].text.endswith("."):
            continue
        toks.append(Tok(s, e, t, t.lower()))
    return toks


def _is_cap(t: Tok) -> bool:
    return t.text[:1].isupper()


def _is_word(t: Tok) -> bool:
    return t.text[:1].isalpha()


class Article:
    """The masked article, its tokens and paragraph offsets."""

    def __init__(self, text: str, raws: list[RawQuote]):
        self.text = text
        chars = []
        last = 0
        for q in raws:
            hi = min(len(text), q.close_pos + 1) if q.closed else q.close_pos
            chars.append(text[last : q.open_pos])
            chars.append(MASK * (hi - q.open_pos))
            last = hi
        chars.append(text[last:])
        self.masked = "".join(chars)
        self.toks = tokenize(self.masked)
        self.starts = [t.start for t in self.toks]
        self.para_starts = [0] + [m.end() for m in re.finditer("\n\n", text)]

    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def para_of(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def para_end(self, para: int) -> int:
        return self.para_starts[para + 1] - 2 if para + 1 < len(self.para_starts) else len(self.text)


def _sentence_break(toks: list[Tok], i: int, text: str) -> bool:
    """Token ``i`` ends a sentence (., !, ? not after an abbreviation or initial)."""
    t = toks[i]
    if t.text not in SENT_END:
        return False
    if t.text == "." and i > 0 and (toks[i - 1].low in ABBREV or (len(toks[i - 1].text) == 1 and toks[i - 1].text.isupper())):
        return False
    return True


def _cue_at(toks: list[Tok], i: int, lang: str | None) -> int:
    """Length in tokens of a cue starting at ``i`` (0 if none)."""
    low = toks[i].low
    if low not in C.ALL_CUES and low not in ("according", "went", "goes", "pointed", "points", "in"):
        return 0
    for phrase, n in C.CUE_PHRASES_EN.items():
        if low == phrase[0] and i + n <= len(toks) and tuple(t.low for t in toks[i : i + n]) == phrase:
            return n
    if low in C.PHRASE_ONLY or low == "in":
        return 0
    if low in C.DE_WEAK and lang not in (None, "de"):
        return 0
    if low == "so" and lang != "de":
        return 0
    if low in ("dit", "juge", "lance", "post") and lang not in ("fr",):
        if low != "dit":
            return 0
    if low in ("a", "es", "son", "dice") and lang not in ("es",):
        if low in ("a", "es", "son"):
            return 0
    return 1


def _guess_lang(tok_low: str, lang: str | None) -> str | None:
    return C.LANG_OF_CUE.get(tok_low, lang) if lang is None else lang


def _np_backward(art: Article, lo: int, j: int) -> tuple[int, int] | None:
    """Speaker phrase ending right before token ``j`` (exclusive), not before token ``lo``."""
    toks = art.toks
    while j > lo and toks[j - 1].low in C.AUX_ADV and not (j - 1 > lo and toks[j - 2].text == ","):
        j -= 1
    if j <= lo:
        return None
    if toks[j - 1].text == ",":
        # Apposition or relative clause between the name and the cue:
        # "Maria Lopez, a nurse at the hospital, said" / "Smith, who ..., said".
        k = j - 2
        stop = max(lo, j - 1 - MAX_APPOSITION_TOKENS)
        while k >= stop and toks[k].text not in (",", "(", "—", "–") and toks[k].text not in SENT_END and MASK not in toks[k].text:
            k -= 1
        if k < stop or toks[k].text != ",":
            return None
        span = _np_backward(art, lo, k)
        if span is None:
            return None
        head = toks[art.tok_index(span[1]) - 1]
        if not (_is_cap(head) or head.low in C.PRONOUNS):
            return None
        return span
    i = j
    while i > lo and j - i < MAX_NP_TOKENS:
        t = toks[i - 1]
        if not (_is_word(t) or t.text in ("’s", "'s", "&")) or (t.low in C.STOP and not (t.low in C.NAME_LINKS and i - 1 > lo and _is_cap(toks[i - 2]) and _is_cap(toks[i]))):
            break
        i -= 1
    # Trim: the phrase starts at a capital, a determiner or a pronoun.
    while i < j and not (_is_cap(toks[i]) or toks[i].low in C.DETERMINERS or toks[i].low in C.PRONOUNS) and j - i > 1:
        i += 1
    while i < j and toks[i].low in C.NAME_LINKS and toks[i].low not in C.DETERMINERS:
        i += 1
    if i >= j:
        return None
    if j - i == 1 and not _is_cap(toks[i]) and toks[i].low not in C.PRONOUNS:
        return None  # "now said", "data said": an adverb or a stray noun, not a speaker
    # A pronoun stands alone: "he", not "then he".
    if toks[j - 1].low in C.PRONOUNS and toks[j - 1].low not in ("her", "him", "on", "es", "a"):
        return (toks[j - 1].start, toks[j - 1].end)
    return (toks[i].start, toks[j - 1].end)


def _np_forward(art: Article, i: int, hi: int) -> tuple[int, int] | None:
    """Speaker phrase starting at token ``i``: "said Maria Lopez, a nurse", "sagte der Minister"."""
    toks = art.toks
    j = i
    while j < hi and j - i < MAX_NP_TOKENS:
        t = toks[j]
        if not _is_word(t) or (t.low in C.STOP and not (t.low in C.NAME_LINKS and j > i and _is_cap(toks[j - 1]) and j + 1 < hi and _is_cap(toks[j + 1]))):
            break
        if t.low in C.ALL_CUES and j > i:
            break
        j += 1
    if j == i:
        return None
    first = toks[i]
    if first.low in C.PRONOUNS:
        return (first.start, first.end)
    if not (_is_cap(first) or first.low in C.DETERMINERS) and not any(_is_cap(t) for t in toks[i:j]):
        return None  # "opposition leader Ivan Petrov" is fine, "reporters on Monday" is not
    # The phrase ends at its last capitalised word or noun: drop a trailing link word.
    while j > i + 1 and toks[j - 1].low in C.NAME_LINKS:
        j -= 1
    return (first.start, toks[j - 1].end)


def attribute_one(art: Article, q: RawQuote, lang: str | None) -> Attribution:
    toks = art.toks
    para = q.paragraph_index
    pstart = art.para_starts[para]
    pend = art.para_end(para)
    # --- 1. after the quote --------------------------------------------------------
    if q.closed:
        a = art.tok_index(q.close_pos + 1)
        hi = art.tok_index(min(pend, q.close_pos + 1 + WINDOW_CHARS))
        k = a
        while k < hi and toks[k].text in (",", "—", "–", "-", "(", ";", "!", "?", "."):
            k += 1
        ends_clause = k > a or art.text[q.end - 1 : q.end] in ",.!?…—-;:"
        stop = k if ends_clause else a
        while stop < hi and MASK not in toks[stop].text and not _sentence_break(toks, stop, art.text) and stop - k < MAX_AFTER_TOKENS + MAX_APPOSITION_TOKENS:
            stop += 1
        j = k
        while j < stop and j - k <= MAX_AFTER_TOKENS:
            n = _cue_at(toks, j, lang)
            if n:
                cue_low = " ".join(t.low for t in toks[j : j + n])
                cl = _guess_lang(toks[j].low, lang)
                if cue_low in C.PREPOSITION_CUES or (toks[j].low == "so" and j == k):
                    if cue_low == "zufolge":
                        mention = _np_backward(art, k, j)
                    else:
                        mention = _np_forward(art, j + n, stop)
                    return Attribution((toks[j].start, toks[j + n - 1].end), mention, "after", True, cl)
                mention = _np_backward(art, k, j) if j > k else None
                if mention is None:
                    # inverted: "said Maria Lopez", "sagte er", "a déclaré le ministre", "a-t-il dit"
                    low = toks[j].low
                    if "-" in low and low.rsplit("-", 1)[-1] in C.PRONOUNS:
                        t = toks[j]
                        cut = t.text.rsplit("-", 1)
                        mention = (t.end - len(cut[1]), t.end)
                    else:
                        jj = j + n
                        while jj < stop and toks[jj].low in C.CUES_FR | C.CUES_ES | {"er", "sie"} and toks[jj].low not in C.PRONOUNS:
                            jj += 1
                        mention = _np_forward(art, jj, stop)
                    if j > k and mention is None:
                        j += n
                        continue
                cue_start = toks[j].start
                if j > k and toks[j - 1].low in C.CUE_AUX and lang in ("fr", "es", "de") or (j > k and toks[j - 1].low in ("a", "ha", "han", "ont")):
                    cue_start = toks[j - 1].start
                return Attribution((cue_start, toks[j + n - 1].end), mention, "after", True, cl)
            if MASK in toks[j].text or (toks[j].low in C.STOP and toks[j].low not in C.NAME_LINKS) or not (_is_word(toks[j]) or toks[j].text in (",", "’s", "'s")):
                break  # a verb or clause word before any cue: no post-quote attribution
            j += 1
    # --- 2. before the quote, same sentence ------------------------------------------
    lo_pos = max(pstart, q.open_pos - WINDOW_CHARS)
    lo = art.tok_index(lo_pos)
    b = art.tok_index(q.open_pos)
    s = b
    while s > lo and MASK not in toks[s - 1].text and not _sentence_break(toks, s - 1, art.text):
        s -= 1
    intro = b > s and toks[b - 1].text in (":", ",")
    j = b - 1
    found = None
    while j >= s:
        n = _cue_at(toks, j, lang)
        if n:
            found = (j, n)
            break
        if j >= 1 and tuple(t.low for t in toks[j - 1 : j + 1]) == ("according", "to"):
            found = (j - 1, 2)
            break
        j -= 1
    if found is not None:
        j, n = found
        cue_low = " ".join(t.low for t in toks[j : j + n])
        cl = _guess_lang(toks[j].low, lang)
        if cue_low in C.PREPOSITION_CUES and cue_low != "zufolge":
            mention = _np_forward(art, j + n, b)
        else:
            mention = _np_backward(art, s, j)
            inverting = cl in ("de", "fr", "es") or (toks[j].low in INVERSION_CUES and (j == s or toks[j - 1].text in (",", ":")))
            if inverting:
                # V2 / inversion: "Am Montag sagte Merkel: „…“", "Said Trump: “…”"
                jj = j + n
                while jj < b and toks[jj].low in C.CUES_FR | C.CUES_ES:
                    jj += 1
                fwd = _np_forward(art, jj, b)
                if fwd is not None and (mention is None or cl in ("de", "fr", "es")):
                    mention = fwd
            if mention is None:
                # participle cue with no subject: "…, calling it “fake”" -> the sentence subject
                mention = sentence_subject(art, s, j)
        direct_intro = intro and b - (j + n) <= 4
        return Attribution((toks[j].start, toks[j + n - 1].end), mention, "before", direct_intro, cl)
    return Attribution()


def sentence_subject(art: Article, s: int, j: int) -> tuple[int, int] | None:
    """The clause subject before token ``j``: the first name or pronoun that is followed by a
    lower-case word (its verb) and not governed by a preposition ("Speaking in Salem, New
    Hampshire, Trump went after Bush, calling him ..." -> Trump)."""
    toks = art.toks
    k = s
    while k < j:
        t = toks[k]
        if t.low in C.PRONOUNS and t.low not in ("her", "him", "it", "es", "on", "a") or (_is_cap(t) and _is_word(t) and t.low not in C.STOP and t.low not in C.DETERMINERS):
            e = k
            while e + 1 < j and (_is_cap(toks[e + 1]) and _is_word(toks[e + 1]) or toks[e + 1].text in ("’s",)) and t.low not in C.PRONOUNS:
                e += 1
            governed = k > s and (toks[k - 1].low in C.STOP or toks[k - 1].low in C.NAME_LINKS) and toks[k - 1].low not in ("and", "but", "then")
            nxt = toks[e + 1] if e + 1 < len(toks) else None
            if not governed and nxt is not None and _is_word(nxt) and not _is_cap(nxt) and nxt.low not in C.NAME_LINKS:
                return (toks[k].start, toks[e].end)
            k = e + 1
            continue
        k += 1
    return None
