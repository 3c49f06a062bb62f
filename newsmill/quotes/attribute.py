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
from newsmill.quotes.names import CAPITAL_PARTICLES, POSSESSIVES, ROLE_ENDINGS, is_given, is_org

WINDOW_CHARS = 240  # context read before / after a quote
SENTENCE_WINDOW_CHARS = 480  # how far back the sentence of a quote may start
MAX_SENTENCE_SCAN = 60  # tokens scanned forward for a cue clause closing the sentence
MAX_TAIL_COMMAS = 4  # commas tried on the way
MAX_SIGNATURE_CHARS = 120  # "— President Obama, tweeting after the speech."
MAX_NAME_RUN = 4  # capitalised words of a name before a colon
MAX_AFTER_TOKENS = 10  # a post-quote cue must come this early: “…,” the UK ministry said
MAX_NP_TOKENS = 9  # longest speaker phrase
MAX_FORWARD_NP_TOKENS = 12  # after an inverted cue: "said former Pennsylvania Gov. and DNC Chairman Ed Rendell"
MAX_PAREN_TOKENS = 8  # "Sen. Marco Rubio (R-Fla.) said"
MAX_NAME_PARTICLES = 3  # lower-case particles inside a name: "van de la", "in 't"
MAX_ROLE_WORDS = 3  # lower-case words between two parts of a name: "Clinton campaign manager Robby Mook"
MAX_APPOSITION_SEGMENTS = 3  # comma-separated segments of one apposition
MAX_APPOSITION_TOKENS = 24  # "Marty West, an education professor at Harvard who previously worked for …, said"
FLOAT_PARAGRAPHS = 3  # a cue-less quote inherits a speaker seen this many paragraphs back
CONTINUE_MAX_TOKENS = 60  # the tail of the sentence between a quote and the quote continuing it
PRONOUN_LOOKBACK = 60  # candidate mentions examined when resolving a pronoun
TERM_MAX_WORDS = 4  # short quoted fragments with no cue are terms, not speech
MASK = "\x00"

WORD = r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*"
# ("'t" is one token: the Dutch article of "Sophie in 't Veld")
# ("45-year-old", "14th-ranked" are one word: "the 45-year-old said")
TOKEN_RE = re.compile(r"(?:[A-ZÀ-Ý]\.){2,}|" + WORD + r"|\d+\w*(?:-[^\W\d_]+)+|\d+(?:[.,:]\d+)*\w*|\x00+|(?<!\w)['’]t(?!\w)|[^\w\s]")
ABBREV = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "prof",
          "st", "jr", "sr", "sra", "rev", "m", "mme", "no", "vs", "inc", "corp", "co", "ltd",
          "mag", "mmag", "dipl", "ing", "univ", "dkfm"}
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
    source: str = "none"  # after | before | subject (no cue: the sentence subject) | none
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
        elif toks and s < toks[-1].end:
            continue  # the period already joined to the abbreviation before it
        toks.append(Tok(s, e, t, t.lower()))
    return toks


def _is_cap(t: Tok) -> bool:
    return t.text[:1].isupper()


def _is_word(t: Tok) -> bool:
    return t.text[:1].isalpha() or (t.text[:1].isdigit() and "-" in t.text and t.text[-1:].isalpha())


def _is_name_word(t: Tok) -> bool:
    """A capitalised word, or a surname with its particle joined ("al-Assad", "d’Estaing")."""
    return _is_word(t) and (_is_cap(t) or C.JOINED_PARTICLE_RE.match(t.text) is not None)


def _particle_run(toks: list[Tok], j: int, hi: int) -> int:
    """Number of lower-case particles from token ``j`` that a capitalised word follows
    ("in 't Veld", "von der Leyen", "de la Vega"), else 0."""
    k = j
    while k < hi and k - j < MAX_NAME_PARTICLES and toks[k].low in C.NAME_PARTICLES and not _is_cap(toks[k]):
        if k == j and toks[k].low in C.PARTICLE_ARTICLES and not (j > 0 and toks[j - 1].low in CAPITAL_PARTICLES and _is_cap(toks[j - 1])):
            return 0  # (but "Van den Broeck", "Von der Heyde")
        k += 1
    if k == j or k >= hi or toks[k - 1].low in C.PARTICLE_LEADS or not (_is_cap(toks[k]) and _is_word(toks[k])):
        return 0
    return k - j


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
        self.name_words: set[str] = set()  # lower-case words used in names (set by the caller)
        self.person_words: set[str] = set()  # ... in people's names only
        self._last_break: list[int] | None = None
        self._breaks: list[bool] = []

    def last_break_before(self, b: int) -> int:
        """Index of the last token before ``b`` that ends a sentence (a full stop, or a quote
        ending in one), or -1; one pass over the article, on first use."""
        if self._last_break is None:
            self._scan_breaks()
        return self._last_break[min(b, len(self.toks))]

    def sentence_starts(self, b: int) -> tuple[int, int]:
        """(first token of the sentence before, first token of this one) for token ``b``; the
        same index twice in the article's first sentence."""
        cs = self.last_break_before(b) + 1
        return (self.last_break_before(cs - 1) + 1 if cs >= 1 else cs), cs

    def ends_here(self, i: int) -> bool:
        """Token ``i`` ends a sentence: a full stop, or a quote ending in one (precomputed)."""
        if self._last_break is None:
            self._scan_breaks()
        return self._breaks[i]

    def _scan_breaks(self) -> None:
        toks = self.toks
        last = [-1] * (len(toks) + 1)
        breaks = [False] * len(toks)
        k = -1
        for i, t in enumerate(toks):
            last[i] = k
            if _sentence_break(toks, i, self.text) or (MASK in t.text and _ends_sentence(self, t)):
                breaks[i] = True
                k = i
        last[len(toks)] = k
        self._last_break, self._breaks = last, breaks

    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def para_of(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def para_end(self, para: int) -> int:
        return self.para_starts[para + 1] - 2 if para + 1 < len(self.para_starts) else len(self.text)


def _sentence_break(toks: list[Tok], i: int, text: str) -> bool:
    """Token ``i`` ends a sentence (., !, ? not after an abbreviation or initial), or ends its
    paragraph: a headline or a line with no full stop ("Article continues after advertisement")
    is no part of the sentence after it (a colon still introduces the next paragraph)."""
    t = toks[i]
    if t.text not in SENT_END:
        return i + 1 < len(toks) and t.text != ":" and text.find("\n\n", t.end, toks[i + 1].start) >= 0
    if t.text == "." and i > 0 and (toks[i - 1].low in ABBREV or (len(toks[i - 1].text) == 1 and toks[i - 1].text.isupper())):
        return False
    if i + 1 < len(toks) and (toks[i + 1].text in (")", ",") or toks[i + 1].text[:1].islower()):
        return False  # "(R-Fla.) said", "Inc., the firm", "U.S. officials": no new sentence
    for k in range(i - 1, max(-1, i - 5), -1):
        if toks[k].text == ")":
            break
        if toks[k].text == "(":
            return False  # inside a short bracket: "(D-N.Y.)"
    return True


def _cue_at(toks: list[Tok], i: int, lang: str | None) -> int:
    """Length in tokens of a cue starting at ``i`` (0 if none)."""
    low = toks[i].low
    if low in C.AFTER_CUES and 0 < i < len(toks) - 1 and toks[i + 1].low in ("that", "how", "why") and (_is_cap(toks[i - 1]) or toks[i - 1].low in C.PRONOUNS):
        return 1  # "Pew notes that …", "she claims that …": the verb, not the noun
    if low not in C.ALL_CUES and low not in C.PHRASE_HEADS:
        return 0
    if low in C.OPINION_PREPOSITIONS:
        # only opening a sentence, with the holder's comma a few words on
        opens = i == 0 or toks[i - 1].text in (".", "!", "?", ":") or MASK in toks[i - 1].text
        return 1 if opens and toks[i].text[:1].isupper() and any(t.text == "," for t in toks[i + 1 : i + 1 + MAX_OPINION_HOLDER_TOKENS]) else 0
    for phrase, n in C.CUE_PHRASES_EN.items():
        if low == phrase[0] and i + n <= len(toks) and tuple(t.low for t in toks[i : i + n]) == phrase:
            return n
    if low in C.PHRASE_ONLY or low not in C.ALL_CUES:
        return 0  # the first word of a phrase cue, alone
    if low in C.DE_WEAK and lang not in (None, "de"):
        return 0
    if low == "so" and lang != "de":
        return 0
    if low in ("dit", "juge", "lance", "post") and lang not in ("fr",):
        if low != "dit":
            return 0
    if low in ("a", "es", "son", "dice", "resume") and lang not in ("es",):
        if low in ("a", "es", "son", "resume"):
            return 0  # (English words: "talks resume")
    if low in ("relève", "relèvent", "relevait") and i + 1 < len(toks) and (toks[i + 1].low in ("de", "du", "des") or toks[i + 1].low[:2] in ("d'", "d’")):
        return 0  # "la fermeture relève d'une « stratégie »": is a matter of, no speech
    if low == "wonder" and i > 0 and toks[i - 1].low == "no":
        return 0  # "No wonder Trump said …": an idiom
    if low.endswith("ing") and i > 0 and toks[i - 1].low in ("have", "has", "had"):
        return 0  # "doctors have admitting privileges": an adjective (have + participle is no tense)
    if i > 0 and low in C.CUES_EN and _nominal_context(toks, i):
        return 0  # "Trump’s remarks", "his repeated calls", "a proposed ban": a noun or adjective
    if i > 0 and low in ROMANCE_NOUN_CUES and toks[i - 1].low in ROMANCE_NOUN_DETERMINERS:
        return 0  # "en su cuenta de X", "la note du ministère": a noun
    return 1


# Romance cues that are nouns after a determiner or possessive ("su cuenta", "une note").
ROMANCE_NOUN_CUES = frozenset({"cuenta", "cuentan", "pregunta", "note", "relata", "relato", "rappel"})
ROMANCE_NOUN_DETERMINERS = frozenset({"su", "sus", "mi", "tu", "la", "una", "esta", "esa", "nuestra",
                                      "une", "sa", "ma", "ta", "cette", "notre", "leur", "le", "un", "el"})


# Nouns with an adjective's ending that speak: "the rival said", "the tribunal ruled".
NOUNS_IN_AL = frozenset({"rival", "rivals", "general", "tribunal", "criminal", "festival", "principal",
                         "arsenal", "capital", "journal", "council", "hospital", "official", "officials",
                         "professional", "liberal", "radical", "local", "locals", "individual", "signal"})


def _nominal_context(toks: list[Tok], i: int) -> bool:
    """The English word at ``i`` follows a determiner or a possessive, directly or after one
    adjective: it is a noun or an adjective here, not a reporting verb."""
    for k in (i - 1, i - 2):
        if k < 0:
            return False
        p = toks[k]
        if p.low in C.EN_DETERMINERS or _is_possessive(p):
            return True
        if k == i - 1 and not (p.low.endswith(("ed", "ing", "al", "ful", "ous", "ive")) and _is_word(p) and not _is_cap(p)):
            return False
        if k == i - 1 and (p.low in C.PERSON_NOUNS or p.low in C.ORG_HEADS or p.low in NOUNS_IN_AL):
            return False  # "the official said", "the hospital said": a noun subject, not an adjective
    return False


def _guess_lang(tok_low: str, lang: str | None) -> str | None:
    return C.LANG_OF_CUE.get(tok_low, lang) if lang is None else lang


RELATIVE_SUBJECTS = frozenset({"who", "qui", "quien", "quienes"})


def _role_name_apposition(art: Article, lo: int, c: int) -> tuple[int, int] | None:
    """The name of an apposition closed by the comma at ``c`` that gives a role and a name, after a
    role phrase: "El jefe de Urgencias del Hospital Reina Sofía, | el doctor Álvaro Cañete |,"
    (a determiner, lower-case role words, then two or more capitalised words)."""
    toks = art.toks
    k = c - 1
    while k > lo and c - k <= MAX_APPOSITIVE_NAME_TOKENS + 4 and toks[k].text != ",":
        k -= 1
    if k <= lo or toks[k].text != ",":
        return None
    a = k + 1
    if toks[a].low not in C.DETERMINERS:
        # a role phrase, then the name alone: "Cricket Australia’s head of national teams, Belinda
        # Costigan, said" (a given name opening it; a role noun in the phrase before)
        if not (2 <= c - a <= 3 and all(_is_cap(t) and _is_word(t) for t in toks[a:c]) and toks[a].low in C.GIVEN_NAMES):
            return None
        b = k - 1
        while b > lo and k - b <= MAX_APPOSITION_TOKENS and toks[b].text not in (",", ".", ";", ":") and MASK not in toks[b].text:
            b -= 1
        seg = toks[b + 1 : k] if b > lo or toks[b].text in (",", ".", ";", ":") else toks[b:k]
        if not any(not _is_cap(t) and _person_noun(t.low) for t in seg) or any(t.low in C.ALL_CUES or t.low in C.FINITE_AUX for t in seg):
            return None
        return (toks[a].start, toks[c - 1].end)
    m = a + 1
    while m < c and _is_word(toks[m]) and not _is_cap(toks[m]) and _person_noun(toks[m].low):
        m += 1
    if m == a + 1 or c - m < 2 or not all(_is_cap(t) and _is_word(t) for t in toks[m:c]):
        return None
    if not any(toks[x].low in C.DETERMINERS for x in range(max(lo, k - MAX_APPOSITION_TOKENS), k)):
        return None  # (after a role phrase: "El jefe de …", not after a name)
    return (toks[m].start, toks[c - 1].end)


def _np_backward(art: Article, lo: int, j: int, placed: bool = True) -> tuple[int, int] | None:
    """Speaker phrase ending right before token ``j`` (exclusive), not before token ``lo``;
    ``placed``: an unnamed person may carry a place ("a nurse at the hospital"). A preposition
    cue capitalised at the start of a sentence is not part of it: "Según | Mendiburu"."""
    span = _np_backward_span(art, lo, j, placed)
    if span is not None:
        a = art.tok_index(span[0])
        if art.toks[a].low in C.PREPOSITION_CUES:
            b = art.tok_index(span[1])
            return (art.toks[a + 1].start, span[1]) if b > a + 1 else None
    return span


def _np_backward_span(art: Article, lo: int, j: int, placed: bool = True) -> tuple[int, int] | None:
    toks = art.toks
    if j < len(toks) and toks[j].low.endswith("ing") and j - 1 > lo and toks[j - 1].low in C.ASPECT_VERBS:
        j -= 1  # "Sen. Ron Johnson (R-Wis.) kept asking"
    while j > lo and (toks[j - 1].low in C.AUX_ADV or _is_adverb(toks[j - 1]) or CLITIC_AUX.match(toks[j - 1].low)
                      or (toks[j - 1].low in OBJECT_CLITICS and j - 1 > lo and not _is_cap(toks[j - 1]))) and not (j - 1 > lo and toks[j - 2].text == "," and toks[j - 1].low not in C.CUE_AUX) and not (toks[j - 1].low in C.NAME_STOPS and _is_cap(toks[j - 1])):
        j -= 1
    if j <= lo:
        return None
    if j - 2 > lo and toks[j - 1].low in RELATIVE_SUBJECTS and toks[j - 2].text == ",":
        # a relative clause's verb has the name before it: "Sanders, who says it's “…”" (a
        # role phrase is left alone: "for the Wisconsin Republican, who had pledged")
        span = _np_backward_span(art, lo, j - 2, placed)
        return None if span is None or toks[art.tok_index(span[0])].low in C.DETERMINERS else span
    if j - 3 > lo and toks[j - 1].text == "," and toks[j - 2].low in C.SENTENCE_ADVERBS and toks[j - 3].text == ",":
        j -= 3  # "Proponents of the new bill, however, say": an interjected adverb
    if j - 2 > lo and toks[j - 1].text == "," and toks[j - 2].text == ")" and any("-" in t.text for t in toks[max(lo, j - 2 - MAX_PAREN_TOKENS) : j - 2]):
        j -= 1  # "Gov. John Kasich (R-OH), said": the comma after the party tag closes nothing
    if toks[j - 1].text == ")":
        # "Sen. Marco Rubio (R-Fla.) said": the party tag or age in brackets
        k = j - 2
        while k > lo and j - k <= MAX_PAREN_TOKENS and toks[k].text != "(":
            k -= 1
        if k <= lo or toks[k].text != "(":
            return None
        j = k
    if toks[j - 1].text in (",", "—", "–"):
        # Apposition or relative clause between the name and the cue:
        # "Maria Lopez, a nurse at the hospital, said" / "Smith, who ..., said" /
        # "Jo Sims — a teacher from Dover — says" / "Dean Hall, a salesman from Sumter, Ohio, says".
        named = _role_name_apposition(art, lo, j - 1)
        if named is not None:
            return named  # "El jefe de Urgencias del Hospital …, el doctor Álvaro Cañete, pide"
        delim = toks[j - 1].text
        k = j - 2
        stop = max(lo, j - 1 - MAX_APPOSITION_TOKENS)
        fallback = None  # a capitalised phrase that names nobody: "Gründerin des Instituts"
        for _ in range(3):
            while k >= stop and toks[k].text not in (",", "(", "—", "–") and not _sentence_break(toks, k, art.text) and MASK not in toks[k].text:
                k -= 1  # "Sen. Rand Paul, R-Ky., told": the period of "Ky." ends no sentence
            quote_comma = k >= stop and delim == "," and MASK in toks[k].text and _mask_ends_with_comma(art, toks[k])
            if k < stop or (toks[k].text != delim and not quote_comma):
                return fallback  # (“The Apprentice,” who …, said: the quote's comma closes a segment)
            span = _np_backward_span(art, lo, k, placed=False)  # (the name comes before "a salesman from Sumter")
            if span is None:
                k -= 1  # "a salesman from Sumter, Ohio,": keep walking back to the name
                continue
            first = art.tok_index(span[0])
            if first > lo and (toks[first - 1].low in C.STOP or toks[first - 1].low in C.PREPOSITIONS) and toks[first - 1].low not in C.CLAUSE_OPENERS and toks[first - 1].low not in C.RELATIVE_OPENERS and k - 1 > stop:
                k = first - 1  # "from Sumter": a place inside the apposition, keep walking back
                continue
            named = _named_in_apposition(art, span, j)
            if named is not None:
                return named  # "The chief executive, Ana Ruiz, said", "El presidente, Pedro Sánchez, dijo"
            head = toks[art.tok_index(span[1]) - 1]
            if not (_is_cap(head) or head.low in C.PRONOUNS):
                return fallback
            if fallback is None and first - 1 > stop and toks[first - 1].text == delim and head.low not in C.PRONOUNS and not any(w.lower() in art.person_words for w in art.text[span[0] : span[1]].split()):
                # "Anna Berger, Gründerin des Instituts, seit 1960 Mitglied, sagte": an earlier
                # segment may hold the person
                fallback = span
                k = first - 1
                continue
            return span
        return fallback
    i = j
    while i > lo and j - i < MAX_NP_TOKENS:
        p = _particles_before(toks, lo, i, j)
        if p:
            i -= p  # "Ursula von der Leyen said": the particles between two name words
            continue
        t = toks[i - 1]
        if i - 2 > lo and _role_link(toks, i - 1):
            i -= 1  # "a spokesman for the ministry said", "an adviser to the mayor said"
            continue
        if t.low == "für" and i - 1 > lo and _is_cap(toks[i - 2]) and _is_cap(toks[i]) and is_org([toks[i - 2].text]):
            i -= 1  # inside an organisation's name: "Das Bundesamt für Umwelt teilte mit"
            continue
        if not (_is_word(t) or t.text in ("’s", "'s", "&")) or (t.low in C.STOP and not (t.low in C.NAME_LINKS and i - 1 > lo and _is_cap(toks[i - 2]) and _is_cap(toks[i])) and not (t.low in C.NAME_STOPS and _is_cap(t))):
            break
        i -= 1
    # Trim: the phrase starts at a capital, a determiner (elided too: "l'entreprise"), a
    # quantifier or a pronoun.
    while i < j and not (_is_cap(toks[i]) or toks[i].low in C.DETERMINERS or _elided_noun(toks[i]) or (toks[i].low in C.SUBJECT_QUANTIFIERS and not any(t.low in TIME_NOUNS for t in toks[i:j])) or toks[i].low in C.PRONOUNS) and j - i > 1:
        i += 1
    while i < j and toks[i].low in C.NAME_LINKS and toks[i].low not in C.DETERMINERS and not (_is_cap(toks[i]) and i + 1 < j and toks[i].low not in C.COORDINATORS | {"for", "of"}):
        i += 1  # "of", "and": not part of the name; "De Blasio", "Van Hollen": part of it
    if i + 2 < j and toks[i].low == "no" and toks[i + 1].low == "wonder":
        i += 2  # "No wonder Trump said"
    if i >= j:
        return None
    if i - 2 > lo and toks[i - 1].text == "," and _is_cap(toks[i]) and _is_cap(toks[i - 2]) and j - i <= 3:
        # "Stacy Baker of Columbia, South Carolina says": a place's state after a name's place
        p = i - 2
        while p > lo and i - p < MAX_NAME_RUN + 2 and _is_cap(toks[p - 1]) and _is_word(toks[p - 1]):
            p -= 1
        if p - 1 > lo and toks[p - 1].low in ("of", "from", "in") and _is_cap(toks[p - 2]):
            span = _np_backward(art, lo, p - 1)
            if span is not None and _is_cap(toks[art.tok_index(span[1]) - 1]) and toks[art.tok_index(span[0])].low not in C.DETERMINERS:
                return span  # (a bare name, not "the Star of David, Speaker … Paul Ryan said")
    if placed and i - 1 > lo and toks[i - 1].low in MODIFIER_PREPOSITIONS and toks[j - 1].low not in OCCASION_NOUNS | TIME_NOUNS:
        head = _np_backward(art, lo, i - 1, placed=False)
        if head is not None and _unnamed_person(art, head):
            return (head[0], toks[j - 1].end)  # "a nurse at the hospital said", "a voter from Iowa said"
    if i > lo and toks[i - 1].low in C.PREPOSITIONS and toks[j - 1].low not in C.PRONOUNS and not _is_cap(toks[j - 1]):
        return None  # "Trump at the time said", "Trump in his speech called": not the subject
    if j - i == 1 and not _is_cap(toks[i]) and toks[i].low not in C.PRONOUNS and toks[i].low not in C.BARE_SPEAKERS and not _elided_noun(toks[i]):
        return None  # "now said", "data said": an adverb or a stray noun, not a speaker ("police said", "l'entreprise affirme" are)
    # A pronoun stands alone: "he", not "then he".
    if toks[j - 1].low in C.PRONOUNS and toks[j - 1].low not in ("her", "him", "on", "es", "a"):
        return (toks[j - 1].start, toks[j - 1].end)
    if toks[i].low in ("he", "she", "they", "we", "i") and j - i > 1 and not _is_cap(toks[i + 1]):
        return None  # a clause, no phrase: "he made a point of | saying"
    return (toks[i].start, toks[j - 1].end)


# A prepositional phrase that places an unnamed speaker ("a man in the crowd said") ...
MODIFIER_PREPOSITIONS = frozenset({"at", "from", "in", "on", "outside", "inside", "near", "with", "among"})
UNNAMED_PEOPLE = frozenset({"people", "men", "women", "boy", "boys", "girl", "girls", "child", "children", "kid", "kids"})
# ... unless it names the occasion of the speech ("a spokesman in a statement said").
OCCASION_NOUNS = frozenset({
    "interview", "interviews", "statement", "statements", "speech", "letter", "email", "e-mail",
    "tweet", "tweets", "post", "posting", "message", "conference", "call", "briefing", "video",
    "hearing", "remarks", "op-ed", "column", "testimony", "filing", "release", "note", "memo",
    "report", "response", "reply", "recording", "broadcast", "appearance", "sermon", "address",
    "phone", "telephone", "text", "podcast", "radio", "television", "tv", "comments", "private",
    "public", "person", "particular", "general", "turn", "addition", "contrast",
})


def _elided(t: Tok) -> bool:
    """A French lower-case word with its article elided onto it: "l'avocate", "l’entreprise"."""
    return t.low[:2] in ("l'", "l’") and len(t.low) > 2 and t.text[2:3].islower()


def _elided_noun(t: Tok) -> bool:
    """A French noun for a speaker with its article elided onto it: "l'entreprise", "l’attaquant"."""
    return _elided(t) and len(t.low) > 3 and (t.low[2:] in C.ORG_REFERENCE_NOUNS or _person_noun(t.low[2:]))


def _unnamed_person(art: Article, span: tuple[int, int]) -> bool:
    """``span`` is a determiner or quantifier and a lower-case noun for a person: "a man",
    "one woman", "two supporters", "someone"."""
    words = art.text[span[0] : span[1]].split()
    head = words[-1].lower()
    if words[-1][:1].isupper():
        return False
    if len(words) == 1:
        return head in C.BARE_SPEAKERS
    first = words[0].lower()
    if any(w.lower() in C.PREPOSITIONS or w.lower() in C.STOP for w in words[1:]):
        return False  # "a number of refugees from Iraq": the head is no person
    return _person_noun(head) and (first in C.DETERMINERS or first in C.SUBJECT_QUANTIFIERS)


# A French object pronoun elided onto its auxiliary, between subject and cue: "Un producteur m’a dit".
CLITIC_AUX = re.compile(r"^[mtlsn][’'](?:a|ai|as|ont|avait|avaient|est|était)$")
# Object pronouns between a Romance subject and its verb: "la empresa les dijo", "Ana me contó",
# "il lui a dit" (right before a cue, never a determiner: a noun would follow one).
OBJECT_CLITICS = frozenset({"le", "les", "lo", "los", "la", "las", "se", "lui", "leur"})  # (not "me": "alguien me pregunta" is the narrator's story)
# A person known by age: "die 44-Jährige", "the 29-year-old" (one token each).
AGE_NOUN = re.compile(r"\d{1,3}-(?:jährige[rn]?|year-old)$")


def _person_noun(w: str) -> bool:
    return AGE_NOUN.match(w) is not None or w in C.PERSON_NOUNS or w in C.BARE_SPEAKERS or w in UNNAMED_PEOPLE or w.rstrip("s").endswith(ROLE_ENDINGS)


def people_plural(low: str) -> bool:
    """A plural noun for a group of people: "residents", "les commerçants", "las mujeres"."""
    return (low in C.BARE_SPEAKERS or low in C.PEOPLE_PLURALS or (low[-1:] in "sx" and low[:-1] in C.PERSON_NOUNS)
            or (low.endswith("es") and low[:-2] in C.PERSON_NOUNS) or low.endswith(PEOPLE_PLURAL_ENDINGS))


# French and Spanish plural endings of people nouns, none an English plural: agriculteurs,
# vendeuses, syndicalistes, trabajadores, comerciantes, docentes
PEOPLE_PLURAL_ENDINGS = ("eurs", "euses", "istes", "istas", "adores", "adoras", "antes", "entes", "ants")


def placed_unnamed(phrase: str) -> str | None:
    """"a voter from Iowa" -> "voter from Iowa": an unnamed person placed by a prepositional
    phrase is the speaker as described, not the place's name (None for any other phrase)."""
    words = phrase.split()
    for m in range(2, min(len(words), 5)):
        if words[m].lower() in MODIFIER_PREPOSITIONS:
            head = words[:m]
            if any(w[:1].isupper() or w.lower() in C.PREPOSITIONS or w.lower() in C.STOP for w in head[1:]):
                return None
            first, noun = head[0].lower(), head[-1].lower()
            if _person_noun(noun) and (first in C.DETERMINERS or first in C.SUBJECT_QUANTIFIERS):
                return " ".join(words[1:]) if first in C.DETERMINERS else phrase
            return None
    return None


TIME_NOUNS = frozenset({"ago", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                        "minutes", "time", "times", "decades", "later", "earlier"})  # "two weeks ago said"
# Role nouns whose employer follows "for" or "to": "a lawyer for the family", "an adviser to the mayor".
ROLE_FOR_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "lawyer", "lawyers",
    "attorney", "attorneys", "counsel", "representative", "representatives", "adviser", "advisers",
    "advisor", "advisors", "aide", "aides", "consultant", "consultants", "strategist", "strategists",
    "director", "manager", "organizer", "organiser", "coordinator", "official", "officials",
    "analyst", "economist", "researcher", "correspondent", "reporter", "writer", "editor",
    "secretary", "assistant", "deputy", "envoy", "ambassador", "liaison", "negotiator", "chief",
})
ROLE_TO_NOUNS = frozenset({"adviser", "advisers", "advisor", "advisors", "aide", "aides", "assistant",
                           "consultant", "counsel", "secretary", "envoy", "ambassador", "liaison",
                           "deputy", "successor", "spokesman", "spokeswoman", "spokesperson"})


def _role_link(toks: list[Tok], i: int) -> bool:
    """Token ``i`` is "for" or "to" joining a role noun to its employer (a determiner or a name
    follows): "a spokesman for the ministry", "an adviser to Mayor Reilly"; not "to predict"."""
    if i < 1 or i + 1 >= len(toks):
        return False
    low, noun, nxt = toks[i].low, toks[i - 1], toks[i + 1]
    if not (nxt.low in C.DETERMINERS or (_is_cap(nxt) and _is_word(nxt))) or _is_cap(noun):
        return False
    return (low == "for" and noun.low in ROLE_FOR_NOUNS) or (low == "to" and noun.low in ROLE_TO_NOUNS)


def _particles_before(toks: list[Tok], lo: int, i: int, j: int) -> int:
    """Number of particles right before the capitalised token ``i`` (< ``j``) when a
    capitalised word precedes them, not before token ``lo``: "von der" in "Ursula von der Leyen"."""
    if i >= j or not _is_cap(toks[i]):
        return 0
    for n in range(1, MAX_NAME_PARTICLES + 1):
        s = i - n
        if s - 1 < lo:
            break
        if _particle_run(toks, s, i + 1) == n and _is_name_word(toks[s - 1]):
            return n
    return 0


MAX_APPOSITIVE_NAME_TOKENS = 5
MAX_OPINION_HOLDER_TOKENS = 10  # "Pour la présidente du groupe écologiste, …"


def _named_in_apposition(art: Article, span: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """The name right after a role phrase and its comma: "said the committee chairman, Tom
    Reilly." -> Tom Reilly ("dijo el líder del partido, Ana Ruiz", "sagte der Fraktionschef,
    Jens Berg"). Only a role phrase (a determiner, then lower-case words) and a name of two or
    more capitalised words that ends the clause."""
    toks = art.toks
    a = art.tok_index(span[0])
    e = art.tok_index(span[1])
    elided = a < len(toks) and _elided(toks[a])
    if a >= len(toks) or (toks[a].low not in C.DETERMINERS and toks[a].low not in POSSESSIVES and toks[a].low not in C.ONE_OF and not elided) or e >= hi or toks[e].text != ",":
        return None  # ("l'avocate générale, Hélène Brissac,": the article elided; "Sein Anwalt, Markus Thalhammer,")
    j = e + 1
    if j + 2 < hi and toks[j].low in ("der", "die") and is_given(toks[j + 1].text) and _is_cap(toks[j + 2]):
        j += 1  # the article southern German sets before a name: "Mein erster Chef, der Heinz Stadlober,"
    elif j < hi and toks[j].low in C.DETERMINERS:
        # the apposition names the person with a role first: "Der Juryvorsitzende, der
        # Literaturkritiker Bernd Ahlgrimm, nannte", "The coach, the former champion Ana Ruiz,"
        m = j + 1
        while m < hi and m - j <= 3 and _is_word(toks[m]) and not _is_cap(toks[m]) and toks[m].low not in C.STOP and not _person_noun(toks[m].low):
            m += 1
        if not (m < hi and _is_word(toks[m]) and (_person_noun(toks[m].low) or toks[m].low.rstrip(".") in C.TITLES)):
            return None  # (a title stands for the role: "L'expert psychiatre, le Dr Bernard Vasseur,")
        j = m + 1
        while j < hi and j - m <= 2 and _is_word(toks[j]) and not _is_cap(toks[j]) and toks[j].low not in C.STOP:
            j += 1  # an adjective after the role: "el empresario marbellí Rafael Ocaña"
    elif j < hi and _is_word(toks[j]) and not _is_cap(toks[j]) and toks[j].low not in C.STOP:
        # a role with no determiner: "His coach, former Davis Cup player Arnaud Villemin, said"
        # the role noun is the last lower-case person noun before a capital ("former Davis" is none)
        m, last = j, None
        while m + 1 < hi and m - j <= 4 and _is_word(toks[m]) and toks[m].low not in C.STOP:
            if not _is_cap(toks[m]) and _person_noun(toks[m].low) and _is_cap(toks[m + 1]):
                last = m
            m += 1
        if last is None:
            return None
        j = last + 1
    k = j
    while k < hi and k - j < MAX_APPOSITIVE_NAME_TOKENS:
        p = _particle_run(toks, k, hi) if k > j else 0
        if p:
            k += p  # "le directeur général, Luca de Meo,"
            continue
        if not (_is_cap(toks[k]) and _is_word(toks[k]) and toks[k].low not in C.STOP):
            break
        k += 1
    # kin are often named by the given name alone: "Son mari, Robert,", "His wife, Irene,"
    kin = k - j == 1 and toks[e - 1].low in C.KIN_NOUNS and is_given(toks[j].text)
    if (k - j < 2 and not kin) or (k < len(toks) and toks[k].start < art.para_end(art.para_of(toks[j].start)) and toks[k].text not in (",", ".", ";", "(", ")") and MASK not in toks[k].text):
        return None  # (a party tag may follow: "l'échevine de la Mobilité, Maïté Dewulf (Ecolo),")
    return (toks[j].start, toks[k - 1].end)


def _np_forward(art: Article, i: int, hi: int) -> tuple[int, int] | None:
    """Speaker phrase starting at token ``i``: "said Maria Lopez, a nurse", "sagte der Minister"."""
    toks = art.toks
    j = i
    # Inside a name (a capitalised word opening the phrase or following a role noun) the
    # phrase ends at the first word that is no part of it: "a déclaré Marie Dubois | devant les
    # délégués", "afirmó el presidente Pedro Sánchez | ante la prensa". Elsewhere a capitalised
    # word may be a modifier: "der Sprecher der Polizei", "a longtime GOP data expert".
    in_name = False
    while j < hi and j - i < MAX_FORWARD_NP_TOKENS:
        t = toks[j]
        if in_name:
            p = _particle_run(toks, j, hi)
            if p:
                j += p  # "Sophie in 't Veld", "Ursula von der Leyen"
                continue
        ordinal = j > i and t.text[:1].isdigit() and t.low.endswith(("st", "nd", "rd", "th"))  # "1st Lt."
        name_stop = t.low in C.NAME_STOPS and _is_cap(t) and ((j == i and j + 1 < hi and _is_cap(toks[j + 1])) or (j > i and _is_cap(toks[j - 1])))  # "said Will Doyle", "said Al From"
        name_stop = name_stop or (j == i and len(t.text) >= 2 and t.text.isupper() and t.text.isalpha())  # "says WHO": an acronym
        link = t.low in C.NAME_LINKS and j > i and _is_cap(toks[j - 1]) and j + 1 < hi and _is_cap(toks[j + 1])
        if not (_is_word(t) or ordinal) or (t.low in C.STOP and not name_stop and not link):
            break
        if t.low in C.ALL_CUES and j > i and not _is_cap(t):
            break  # "Montclair State University" is a name, "… said" is a cue
        if j > i and t.text in ("den", "dem", "einen", "einem", "ihm", "ihn", "ihnen", "dieser", "diesem", "unserer", "unserem"):
            break  # "nannte der Bürgermeister den Plan": the object starts
        if j > i and t.low in TIME_LINKS | ROMANCE_RELATIVES:
            break  # "dijo el goleador | antes de irse", "lâche un père de famille | qui refuse …"
        if (j > i and t.low in LISTENER_PREPOSITIONS and t.text.islower() and j + 1 < hi and _is_cap(toks[j + 1])
                and toks[j - 1].low not in C.DETERMINERS | C.NAME_LINKS | C.COMPLEMENT_LINKS):
            break  # the listener after the speaker: "explicó la experta | a BBC Mundo", "a dit le maire | à l'AFP"
        if j > i and t.text[:1].islower() and (_is_cap(toks[j - 1]) or AGE_NOUN.match(toks[j - 1].low)) and toks[i].low in GERMAN_ARTICLES and t.low not in C.NAME_LINKS:
            break  # German capitalises its nouns: "erzählt der Walliser | lachend"
        if j > i and t.text == "der" and _is_cap(toks[j - 1]) and any(x.low.endswith(C.MEDIA_ENDINGS) for x in toks[j + 1 : min(hi, j + 4)]):
            break  # a listener in the dative: "sagte der Gewerkschafter der Deutschen Presse-Agentur"
        # an affiliation naming something: "Jo Sims of Ohio", "Olga Tsukanova of the Mothers Council"
        affiliation = t.low == "of" and j + 1 < hi and (_is_cap(toks[j + 1]) or (toks[j + 1].low in C.DETERMINERS and j + 2 < hi and _is_cap(toks[j + 2])))
        if in_name and not (_is_name_word(t) or ordinal or affiliation or (link and t.low not in C.PARTICLE_ARTICLES) or t.low in C.PERSON_NOUNS | C.ORG_HEADS | C.TITLES or _words_then_name(toks, j, hi)):
            break  # a head noun ("White House officials") or a role before a name ("Clinton ally Jo Sims") goes on
        if _is_possessive(t) or affiliation:
            in_name = False  # "Tom Reilly’s team", "… of the New York delegation": a common noun may follow
        elif _is_name_word(t) and t.low not in C.DETERMINERS and t.low not in C.QUANTIFIERS and (j == i or in_name or (not _is_cap(toks[j - 1]) and toks[j - 1].low in C.TITLES | C.PERSON_NOUNS) or _capitalised_role(toks, j - 1, i)):
            in_name = True
        j += 1
    if j == i:
        return None
    first = toks[i]
    if first.low in C.PRONOUNS:
        return (first.start, first.end)
    elided = first.low[:2] in ("l'", "l’") and len(first.low) > 3  # "a reconnu l'attaquant"
    if not (_is_cap(first) or first.low in C.DETERMINERS or first.low in C.QUANTIFIERS or elided) and not any(_is_cap(t) for t in toks[i:j]):
        if first.low in C.BARE_SPEAKERS:
            return (first.start, first.end)  # "said officials familiar with the talks"
        return None  # "opposition leader Ivan Petrov" is fine, "reporters on Monday" is not
    if not any(_is_cap(t) for t in toks[i:j]):
        j = _complement_end(toks, j, hi)  # "said a longtime adviser to both Clintons"
    # The phrase ends at its last capitalised word or noun: drop a trailing link word or
    # adverb ("sagte Anna Berger nur").
    while j > i + 1 and (toks[j - 1].low in C.NAME_LINKS or toks[j - 1].low in C.AUX_ADV or toks[j - 1].text in C.GERMAN_VERB_PARTICLES):
        j -= 1  # (and the particle of a German verb: "fügte die Gewerkschafterin hinzu")
    return (first.start, toks[j - 1].end)


GERMAN_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
# French and Spanish relative pronouns: a relative clause after a speaker phrase is no part of it.
ROMANCE_RELATIVES = frozenset({"qui", "que", "dont", "où", "quien", "quienes", "cuyo", "cuya"})
# Prepositions of a listener after a speaker phrase (es, fr).
LISTENER_PREPOSITIONS = frozenset({"a", "al", "à", "au", "aux", "ante", "devant", "auprès"})
# Words opening a time adverbial after a speaker phrase.
TIME_LINKS = frozenset({"antes", "después", "mientras", "tras", "durante", "avant", "après", "pendant", "lors"})


# Verbs right before a quote that judge the subject: "was “hard to take”", "sei „falsch“".
COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "ist", "war", "sei", "seien", "wäre", "est",
                     "était", "sont", "soit", "es", "era", "fue", "son", "sea"})


# Prepositions of the listener or of an adverbial between an inverted cue and its subject:
# "indicó a este diario", "relató entre lágrimas", "señaló por su parte", "a ajouté pour sa part".
RECIPIENT_PREPOSITIONS = {"fr": frozenset({"à", "au", "aux", "pour", "devant", "lors", "dans", "en", "avec", "sur"}),
                          "es": frozenset({"a", "al", "entre", "por", "en", "con", "desde", "durante", "ante", "tras"})}
MAX_RECIPIENT_TOKENS = 5


def _after_recipient(toks: list[Tok], jj: int, stop: int, lang: str | None) -> int:
    """Skip the listener or an adverbial between an inverted cue and its speaker: "indicó a
    este diario | un portavoz", "a déclaré à l’AFP | le ministre", "relató entre lágrimas | la
    mujer". Returns ``jj`` when there is none."""
    preps = RECIPIENT_PREPOSITIONS.get(lang or "")
    if not preps or jj >= stop or toks[jj].low not in preps:
        return jj
    for k in range(jj + 2, min(stop, jj + 2 + MAX_RECIPIENT_TOKENS)):
        t = toks[k]
        if t.text in (",", ".", ";") or MASK in t.text:
            return stop  # the listener and no speaker after it: "«…», dijo a EFE."
        if t.low in preps:
            continue  # a second adverbial: "contó a Página/12 | a la salida."
        if t.low in C.DETERMINERS and toks[k - 1].low not in C.NAME_LINKS and toks[k - 1].low not in preps:
            return k
        if _is_cap(t) and _is_word(t) and toks[k - 1].low not in C.DETERMINERS and not _is_cap(toks[k - 1]) and toks[k - 1].low not in preps:
            return k  # "dijo a la prensa | Ana Ruiz"
    end = min(stop, jj + 2 + MAX_RECIPIENT_TOKENS)
    if end == stop or toks[end].text in (",", ".", ";") or MASK in toks[end].text:
        return stop  # the listener closes the clause: "dijo a EFE." has no speaker after the cue
    return jj


# "hieß es": the words have no subject; the source is named after it, if at all.
IMPERSONAL_CUES = frozenset({"heißt", "hieß", "heisst", "hiess"})
IMPERSONAL_SOURCE_PREPOSITIONS = frozenset({"in", "im", "aus", "bei", "beim", "von", "vom", "seitens"})
IMPERSONAL_SCAN = 6  # tokens after "es" ("hieß es am Montag in einer Mitteilung des Vereins")


def _impersonal_source(art: Article, i: int, hi: int) -> tuple[int, int] | None:
    """The source after an impersonal "heißt es" at token ``i`` (on "es"): "in einer Mitteilung
    des Vereins" (the club), "aus dem Ministerium", "bei der Polizei"; else None (the resolver
    then looks back for the speaker)."""
    toks = art.toks
    if i >= hi or toks[i].low != "es":
        return _np_forward(art, i, hi)
    for k in range(i + 1, min(hi, i + 1 + IMPERSONAL_SCAN)):
        if not _is_word(toks[k]):
            break
        if toks[k].low in IMPERSONAL_SOURCE_PREPOSITIONS:
            src = _source_after_preposition(art, k + 1, hi)
            if src is not None and toks[art.tok_index(src[1]) - 1].low in DOCUMENT_NOUNS:
                return None  # "hieß es in einer Stellungnahme": whose, the sentence before says
            return src
    return None


# Documents that carry a source's words: "according to a statement from the ministry".
DOCUMENT_NOUNS = frozenset({"statement", "report", "study", "survey", "analysis", "memo", "letter", "poll",
                            "filing", "document", "documents", "release", "email", "emails", "transcript",
                            "mitteilung", "pressemitteilung", "erklärung", "stellungnahme", "bericht", "studie",
                            "umfrage", "schreiben", "communiqué", "déclaration", "rapport", "étude", "sondage",
                            "comunicado", "declaración", "nota", "informe", "estudio", "encuesta",
                            "note", "notes", "research", "forecast", "briefing", "tweet", "post", "notiz", "prognose",
                            "prévision", "pronóstico", "publicación"})
SOURCE_LINKS = frozenset({"from", "by", "of", "von", "des", "der", "de", "du", "del"})


def _source_after_preposition(art: Article, i: int, hi: int) -> tuple[int, int] | None:
    """The source after "according to", "laut", "selon", "según": a name or a phrase ("the
    ministry"), a bare plural of people ("according to officials"), or the source of a document
    ("according to a statement from the Ministry of Health" -> the Ministry of Health)."""
    toks = art.toks
    k = i
    while k < hi and k - i < 2 and toks[k].low in C.DETERMINERS:
        k += 1
    if k + 1 < hi and toks[k].low in DOCUMENT_NOUNS and toks[k + 1].low in SOURCE_LINKS:
        # (an article after the link stays with the source: "des Vereins" is the club in view)
        src = _np_forward(art, k + 1 if toks[k + 1].low in C.DETERMINERS else k + 2, hi)
        if src is not None:
            return src
    mention = _np_forward(art, i, hi)
    ends = i + 1 >= len(toks) or toks[i + 1].text in (",", ".", ";") or MASK in toks[i + 1].text
    if mention is None and i < hi and toks[i].low in C.PERSON_NOUNS and not _is_cap(toks[i]) and ends:
        return (toks[i].start, toks[i].end)  # "according to officials", not "according to official information"
    if mention is not None and art.tok_index(mention[1]) == k and toks[k].low in DOCUMENT_NOUNS:
        return (mention[0], toks[k].end)  # "according to a report": the report
    return mention


def _thing_subject(art: Article, span: tuple[int, int]) -> bool:
    """A determiner phrase naming a thing, not a source: "The decision was “hard to take”",
    "Der Entscheid sei „schwer nachvollziehbar“" (reported speech of the speaker before)."""
    words = art.text[span[0] : span[1]].split()
    if len(words) < 2 or words[0].lower() not in C.DETERMINERS:
        return False
    head = words[-1].lower().strip(",.")
    if head in C.PERSON_NOUNS or head in C.TITLES or head in C.ORG_HEADS or head in art.name_words:
        return False
    return not (head.endswith(ROLE_ENDINGS + ("men", "women", "people")) or head.endswith(GERMAN_ROLE_ENDINGS))


def _capitalised_role(toks: list[Tok], k: int, i: int) -> bool:
    """Token ``k`` is a German capitalised role noun right after the phrase's determiner:
    "der Vorsitzende | Martin Burkert", "ihr Sprecher | Jens Berg"."""
    if k <= i or not _is_cap(toks[k]):
        return False
    low = toks[k].low
    return toks[k - 1].low in C.DETERMINERS | POSSESSIVES_DE and (low in C.TITLES or low in C.PERSON_NOUNS or low.endswith(GERMAN_ROLE_ENDINGS))


POSSESSIVES_DE = frozenset({"ihr", "ihre", "sein", "seine", "unser", "unsere"})
GERMAN_ROLE_ENDINGS = ("vorsitzende", "vorsitzender", "sprecher", "sprecherin", "chef", "chefin", "leiter",
                       "leiterin", "präsident", "präsidentin", "minister", "ministerin", "direktor", "direktorin")


def _words_then_name(toks: list[Tok], m: int, hi: int) -> bool:
    """Tokens from ``m``: a few lower-case content words, then a capitalised word, the role
    between a name and the next ("Clinton ally James Carville", "ACLU executive Director …")."""
    k = m
    while k < hi and k - m < MAX_ROLE_WORDS and _is_word(toks[k]) and not _is_cap(toks[k]):
        w = toks[k].low
        if w in C.STOP or w in C.DETERMINERS or w in C.PREPOSITIONS or w in C.AUX_ADV or w in C.ALL_CUES:
            return False
        k += 1
    return k > m and k < hi and _is_name_word(toks[k])


def _name_after_complement(art: Article, c: int, j: int) -> tuple[int, int] | None:
    """A role's complement at token ``c`` and then the holder's name, as the clause subject:
    "chef | de groupe MR Koen Van den Bossche parle", "head | of research Anna Berg said". The
    name opens with a given name or a word the article uses in names (an acronym before it is
    the party or the body); a lower-case verb follows it."""
    toks = art.toks
    m = c + 1
    while m < j and m - c <= MAX_ROLE_WORDS and _is_word(toks[m]) and not _is_cap(toks[m]) and toks[m].low not in C.STOP:
        m += 1
    first = None
    e = m
    while e < j and e - m < MAX_NAME_RUN + 2:
        if _is_cap(toks[e]) and _is_word(toks[e]):
            # (a name right after the link may be whom the role speaks for: "spokesman for Platte River")
            if first is None and (is_given(toks[e].text) or (e > c + 1 and toks[e].low in art.person_words and not toks[e].text.isupper())):
                first = e
            e += 1
        elif first is not None and e + 1 < j and toks[e].low in C.NAME_PARTICLES and _is_cap(toks[e + 1]):
            e += 1  # "Van den Bossche", "Ursula von der Leyen"
        else:
            break
    if first is None or e >= j or e - first < 2 or not _is_word(toks[e]) or _is_cap(toks[e]) or toks[e].low in C.NAME_LINKS:
        return None
    return (toks[first].start, toks[e - 1].end)


def _complement_end(toks: list[Tok], j: int, hi: int) -> int:
    """End of a named complement of a role noun ending before token ``j``: "a spokesman | for
    Platte River", "a longtime adviser | to both Clintons", "ein Sprecher | von Siemens"; ``j``
    itself when none follows. Unnamed sources are known by whom they speak for."""
    if j >= hi or toks[j].low not in C.COMPLEMENT_LINKS:
        return j
    m = j + 1
    while m < hi and m - j <= 2 and (toks[m].low in C.DETERMINERS or toks[m].low == "both"):
        m += 1
    e = m
    while e < hi and e - m < MAX_NAME_RUN + 2 and ((_is_cap(toks[e]) and _is_word(toks[e])) or (e > m and toks[e].low in C.NAME_LINKS and e + 1 < hi and _is_cap(toks[e + 1]))):
        e += 1
    return e if e > m and _is_cap(toks[e - 1]) else j


def _cue_after(art: Article, k: int, stop: int, budget: int, jumped: bool, ends_clause: bool,
               full_stop: bool, lang: str | None, pend: int) -> Attribution | None:
    """A cue clause starting at token ``k`` right after a quote or a comma: "said Maria Lopez,
    a nurse", "the ministry said", "Seth Park, a lecturer, told", "sagte er", "a-t-il dit"."""
    toks = art.toks
    base = k
    lead_comma = -1  # the comma after the name when an apposition was skipped
    j = k
    while j < stop and j - base <= budget:
        p = _particle_run(toks, j, stop) if j > k and _is_name_word(toks[j - 1]) else 0
        if p:
            j += p  # "“…,” Sophie in 't Veld said"
            continue
        if toks[j].text == "," and j > k and not jumped and (_is_cap(toks[k]) or any(_is_cap(t) for t in toks[k + 1 : j])):
            # ("“…,” state Senate leader Phil Berger, a Republican, said": a lower-case role first)
            # "“…,” Seth Park, a lecturer at the Open University, told …": skip the apposition
            jumped = True
            lead_comma = j
            # the comma that a cue follows, across up to a few segments
            # ("Harry Bond, 30, of Raleigh, N.C., who was polled, said")
            m = j + 1
            hit = -1
            first = -1
            while m < stop and m - j <= 2 * MAX_APPOSITION_TOKENS:  # (“Ted Cruz” campaign pins, said)
                if toks[m].text == ",":
                    if first < 0:
                        first = m
                    c = m + 1
                    while c < stop and (toks[c].low in C.AUX_ADV or _is_adverb(toks[c])):
                        c += 1
                    if c < stop and _cue_at(toks, c, lang):
                        hit = m
                        break
                m += 1
            if hit < 0 and first >= 0 and first - j <= MAX_APPOSITION_TOKENS:
                hit = first
            if hit >= 0:
                base = hit
                j = hit + 1
                while j < stop and (toks[j].low in C.AUX_ADV or _is_adverb(toks[j])):
                    j += 1
                continue
        n = _cue_at(toks, j, lang)
        if n and _is_cap(toks[j]) and j + 1 < stop and _is_cap(toks[j + 1]) and toks[j + 1].low not in C.PRONOUNS and toks[j].low in art.name_words:
            n = 0  # a name that reads as a verb: "“Star Wars,” Marvel Studios and …", "Will Smith"
        if not n and j > k and toks[j].low in C.AFTER_CUES and toks[j - 1].text != "," and toks[j].text[:1].islower():
            n = 1  # "“…,” Viguerie notes."
        if not n and j == k and toks[j].low in C.AFTER_CUES and toks[j].text[:1].islower() and j + 1 < stop and _is_cap(toks[j + 1]) and _is_word(toks[j + 1]):
            n = 1  # inverted: "“…,” comments Tom Johnston", "“…,” notes the report"
        if n:
            cue_low = " ".join(t.low for t in toks[j : j + n])
            cl = _guess_lang(toks[j].low, lang)
            if cue_low in C.PREPOSITION_CUES or (toks[j].low == "so" and j == k):
                if cue_low == "zufolge":
                    mention = _np_backward(art, k, j)
                elif cue_low in C.OWN_WORDS_CUES:
                    mention = (toks[j + 1].start, toks[j + n - 1].end)
                else:
                    mention = _source_after_preposition(art, j + n, stop)
                return Attribution((toks[j].start, toks[j + n - 1].end), mention, "after", True, cl)
            mention = _np_backward(art, k, j) if j > k else None
            inverted = "-" in toks[j].low and toks[j].low.rsplit("-", 1)[-1] in C.PRONOUNS
            if inverted and mention is not None and art.text[mention[0] : mention[1]].lower() in C.PRONOUNS:
                mention = None  # an object clitic before the inverted cue: "nous explique-t-elle"
            if lead_comma > k:
                # the name before the skipped apposition: "Harry Bond, 30, of Raleigh, N.C., said"
                mention = _np_backward(art, k, lead_comma) or mention
                # ... unless that is a role phrase and the name is the apposition: "a spokesman
                # for the mayor, Tom Reilly, said"
                if mention is not None:
                    mention = _named_in_apposition(art, mention, j) or mention
            if mention is None:
                # inverted: "said Maria Lopez", "sagte er", "a déclaré le ministre", "a-t-il dit"
                low = toks[j].low
                if "-" in low and low.rsplit("-", 1)[-1] in C.PRONOUNS:
                    t = toks[j]
                    cut = t.text.rsplit("-", 1)
                    mention = (t.end - len(cut[1]), t.end)
                elif cl == "en" and low in C.NO_INVERSION:
                    mention = None  # "“…,” denounced her record": an object
                else:
                    jj = j + n
                    while jj < stop and toks[jj].low in C.CUES_FR | C.CUES_ES | {"er", "sie"} and toks[jj].low not in C.PRONOUNS:
                        jj += 1
                    jj = _after_recipient(toks, jj, stop, cl)
                    mention = _impersonal_source(art, jj, stop) if toks[j].low in IMPERSONAL_CUES else _np_forward(art, jj, stop)
                    if mention is not None:
                        mention = _named_in_apposition(art, mention, stop) or mention
                if j > k and mention is None:
                    j += n
                    continue
            if full_stop:
                # “… the primary.” She added that …: a new sentence, not an attribution
                end_tok = max(j + n, art.tok_index(mention[1]) if mention is not None else 0)
                while end_tok < len(toks) and toks[end_tok].low in C.AUX_ADV:
                    end_tok += 1
                if end_tok < len(toks) and toks[end_tok].start < pend and not (toks[end_tok].text in (",", ";", ":") or _sentence_break(toks, end_tok, art.text) or MASK in toks[end_tok].text):
                    break
            cue_start = toks[j].start
            if j > k and toks[j - 1].low in C.CUE_AUX and lang in ("fr", "es", "de") or (j > k and toks[j - 1].low in ("a", "ha", "han", "ont")):
                cue_start = toks[j - 1].start
            return Attribution((cue_start, toks[j + n - 1].end), mention, "after", True, cl)
        if toks[j].text == "(" and j > k:
            # "“…,” Rep. Jim Ortiz (D-Wash.) said": skip the bracket
            m = j + 1
            while m < stop and m - j <= MAX_PAREN_TOKENS and toks[m].text != ")":
                m += 1
            if m < stop and toks[m].text == ")":
                j = m + 1
                continue
        if j > k and toks[j].low in C.AUX_ADV and toks[j].low not in ("a", "ha"):
            j += 1  # "“…,” Sotomayor has said"
            continue
        if j > k and toks[j].low in C.COORDINATORS and toks[j - 1].text == ",":
            break  # "“…,” for instance, and Trump vowed …": a new clause with its own report
        cap_inside = j > k and _is_cap(toks[j]) and _is_cap(toks[j - 1])  # "CBS This Morning"
        # a capitalised function word right before a cue is a name: "“…,” Will wrote", "From said"
        cap_inside = cap_inside or (_is_cap(toks[j]) and _is_word(toks[j]) and j + 1 < stop and (_cue_at(toks, j + 1, lang) > 0 or (toks[j].low in C.NAME_STOPS and _is_cap(toks[j + 1]))))
        role_for = j > k and _role_link(toks, j)  # an adviser to the mayor
        # "a man in the crowd said": a phrase placing an unnamed speaker
        role_for = role_for or (j > k and toks[j].low in MODIFIER_PREPOSITIONS and _unnamed_person(art, (toks[k].start, toks[j - 1].end)))
        if MASK in toks[j].text or (toks[j].low in C.STOP and not cap_inside and not role_for and (toks[j].low not in C.NAME_LINKS or not ends_clause)) or not (_is_word(toks[j]) or toks[j].text in (",", "’s", "'s")):
            break  # a verb or clause word before any cue: no post-quote attribution
        j += 1
    return None


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
        if k < hi and k > a and any(t.text in (".", "!", "?") for t in toks[a:k]) and _is_cap(toks[k]) and _is_word(toks[k]):
            hi = k  # "« … ». Il a ajouté : « … »": the stop after the marks ends the sentence
        # the quote's own last mark, inside any nested quote closing with it: “… ‘I’m for it,’”
        ends_clause = k > a or art.text[q.start : q.end].rstrip("’'\"”‘“»« \u00a0")[-1:] in ",.!?…—-;:"
        stop = k if ends_clause else a
        while stop < hi and not (MASK in toks[stop].text and (stop == k or _ends_sentence(art, toks[stop]))) and not _sentence_break(toks, stop, art.text) and stop - k < MAX_AFTER_TOKENS + MAX_APPOSITION_TOKENS:
            stop += 1
        # A quote ending in a full stop ends its sentence: only a cue right after it counts
        # (“We will win.” Smith said.), never one across an apposition (the next sentence).
        full_stop = k == a and art.text[q.end - 1 : q.end] == "."
        # With no punctuation closing the quote only a cue right after it counts (“…” said Smith):
        # “no more nonsense” and tells the crowd … is the sentence going on.
        budget = 4 if full_stop else MAX_AFTER_TOKENS if ends_clause else 3
        jumped = full_stop or not ends_clause
        found_after = _cue_after(art, k, stop, budget, jumped, ends_clause, full_stop, lang, pend)
        if found_after is not None and _inside_opening_report(art, q, pstart, lang):
            found_after = None  # "After Scalia said that students might do better at “…,” Trump said:"
        if found_after is not None:
            c = art.tok_index(found_after.cue[0]) if found_after.cue is not None else -1
            coordinated = c > 0 and toks[c - 1].low in C.COORDINATORS | {"but", "aber", "mais", "pero"}
            if c >= 0 and (_participle_after_comma(art, c, lang) or coordinated or (toks[c].low in C.NO_INVERSION and found_after.cue_lang == "en")) and (found_after.mention is None or found_after.mention[0] > found_after.cue[0]):
                # “…,” saying the city embodied …: a participle never inverts; its subject is
                # the clause's before the quote ("Trump defended “New York values,” saying …",
                # "Trump summed her up as “terrible,” denounced her record", "… a “blowhard,”
                # and said his remarks …": a coordinated verb)
                b = art.tok_index(q.open_pos)
                s = _sentence_start(art, b, art.tok_index(max(pstart, q.open_pos - SENTENCE_WINDOW_CHARS)))
                found_after.mention = _clause_subject(art, s, b, lang) if b > s else None
            return found_after
    # --- 2. before the quote, same sentence ------------------------------------------
    lo_pos = max(pstart, q.open_pos - SENTENCE_WINDOW_CHARS)
    lo = art.tok_index(lo_pos)
    b = art.tok_index(q.open_pos)
    s = _sentence_start(art, b, lo)
    intro = b > s and toks[b - 1].text in (":", ",")
    j = b - 1
    found = None
    while j >= s:
        n = _cue_at(toks, j, lang)
        if n:
            found = (j, n)
            break
        if j >= 1 and toks[j].low == "to" and toks[j - 1].low == "according":
            found = (j - 1, 2)
            break
        j -= 1
    participle = found is not None and found[0] > s + 1 and _participle_after_comma(art, found[0], lang)
    # An English infinitive cue takes the subject of the verb governing it ("Trump joked that
    # Brooklyn was his answer, but went on to say, “…”"), not the sentence's main report.
    nonfinite = None
    if found is not None and toks[found[0]].low.endswith("ing") and _guess_lang(toks[found[0]].low, lang) == "en":
        own = _np_backward(art, s, found[0])
        if own is not None and art.tok_index(own[0]) > s and toks[art.tok_index(own[0]) - 1].low in ("with", "without"):
            nonfinite = "with"  # "…, with Senator John McCain telling reporters he viewed Obama as “…”"
    if found is not None and found[0] - 1 > s and toks[found[0] - 1].low == "to" and _guess_lang(toks[found[0]].low, lang) == "en" and toks[found[0]].low not in C.PHRASE_ONLY:
        nonfinite = "to"
    if found is not None and not participle and not nonfinite and not (intro and _introduces(art, found[0] + found[1], b - 1)):
        # A fragment inside a paraphrase belongs to the sentence's main report, the first cue
        # with a subject: "Cruz said he was sure Rubio would continue to be “a champion”" -> Cruz;
        # not across an adverbial clause with its own subject ("McCain issued a statement after
        # Trump told a town hall that it is “peanuts”" -> Trump).
        lo_main = _main_clause_start(art, s, found[0])
        for jj in range(found[0] - 1, lo_main, -1):
            if toks[jj].low in C.ADVERBIAL_OPENERS and not (jj + 2 < found[0] and toks[jj + 2].text == ","):
                lo_main = jj + 1  # the clause the quote sits in starts after the opener ("before Iowa," is no clause)
                break
        own = _np_backward(art, lo_main, found[0])
        if own is not None:
            first = art.tok_index(own[0])
            if first > lo_main and toks[first - 1].low in C.COORDINATORS | {"but", "aber", "mais", "pero"}:
                lo_main = first  # "Cruz accuses Obama of … and Donald Trump says he's “…”": a clause of its own
        for jj in range(lo_main, found[0]):
            n = _cue_at(toks, jj, lang)
            if n and " ".join(t.low for t in toks[jj : jj + n]) not in C.PREPOSITION_CUES and _np_backward(art, lo_main, jj) is not None:
                found = (jj, n)
                break
        n = _cue_at(toks, s, lang) if s < found[0] else 0
        comma = next((k for k in range(s + n, found[0]) if toks[k].text == ","), None) if n else None
        if comma is not None and " ".join(t.low for t in toks[s : s + n]) in C.PREPOSITION_CUES:
            # the source opening the sentence reports it, unless a verb after it has its own
            # subject ("According to pool reports, Obama said “…”"): "Según Mendiburu, el acusado
            # pagaba … “de manual”" ("acusado" is a noun there)
            if _np_backward(art, comma + 1, found[0]) is None:
                found = (s, n)
    if found is not None:
        j, n = found
        cue_low = " ".join(t.low for t in toks[j : j + n])
        cl = _guess_lang(toks[j].low, lang)
        if cue_low in C.OWN_WORDS_CUES:
            mention = (toks[j + 1].start, toks[j + n - 1].end)  # "in her own words": hers
        elif cue_low in C.PREPOSITION_CUES and cue_low != "zufolge":
            mention = _source_after_preposition(art, j + n, b)
            if mention is not None:
                mention = _named_in_apposition(art, mention, b) or mention  # Para la líder, Ana Ruiz, …
        elif participle:
            # a participle after a comma takes the subject of its clause: "Trump went after Bush,
            # calling him “…”", "Spicer said, adding, “…”" (not the apposition walk of "Jo
            # Sims, a nurse, said")
            mention = _clause_subject(art, s, j - 1, lang)
        elif j - s <= 2 and all(t.low in C.CLAUSE_OPENERS or t.low in C.PREPOSITIONS for t in toks[s:j]) and cl == "en" and toks[j].low.endswith("ing") and q.closed:
            # a participle opening the sentence: the main clause after the quote has the subject
            # ("Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest",
            # "And in explaining why those “solutions” had not passed, Clinton described …")
            a = art.tok_index(q.close_pos + 1)
            e = a
            while e < len(toks) and e - a < MAX_SENTENCE_SCAN and toks[e].start < pend and not _sentence_break(toks, e, art.text) and MASK not in toks[e].text:
                e += 1
            mention = sentence_subject(art, a, e)
        elif nonfinite == "to":
            # the subject of the verb governing the infinitive ("Trump … went on to say")
            mention = _clause_subject(art, s, j - 1, lang)
        else:
            mention = _np_backward(art, s, j)
            inverting = cl in ("de", "fr", "es") or (toks[j].low in INVERSION_CUES and (j == s or toks[j - 1].text in (",", ":")))
            if inverting:
                # V2 / inversion: "Am Montag sagte Merkel: „…“", "Said Trump: “…”"
                jj = j + n
                while jj < b and toks[jj].low in C.CUES_FR | C.CUES_ES:
                    jj += 1
                fwd = _np_forward(art, jj, b)
                if fwd is not None and toks[art.tok_index(fwd[0])].low in C.OBJECT_WORDS:
                    fwd = None  # "kritisierte den Rat": an object, not the subject
                if fwd is not None and cl == "en":
                    # English inverts only right before the quote: "Said Trump: “…”",
                    # not "Hemsley, a co-author, said the days when …"
                    after = art.tok_index(fwd[1])
                    if not (after >= b or toks[after].text in (",", ":") or MASK in toks[after].text):
                        fwd = None
                fwd_pronoun = fwd is not None and art.text[fwd[0] : fwd[1]].lower() in C.PRONOUNS
                # "Im Gespräch mit der ZEIT sagte die Autorin": a phrase after a preposition is
                # part of a fronted adverbial, never the subject
                governed = mention is not None and cl == "de" and art.tok_index(mention[0]) > s and toks[art.tok_index(mention[0]) - 1].low in C.PREPOSITIONS
                # "Bernd Ahlgrimm nannte sie eine Autorin »…«": after a person's name the pronoun
                # is the object ("Am Montag sagte sie" has no name before the verb)
                named_first = mention is not None and not governed and all(
                    w[:1].isupper() and w.lower() in art.person_words for w in art.text[mention[0] : mention[1]].split())
                if fwd is not None and (mention is None or (cl == "de" and ((fwd_pronoun and not named_first) or governed or not _plausible_subject(art, mention)))):
                    mention = fwd
            if cl == "de" and toks[j].low.startswith("ge") and j > s:
                # German perfect, verb last: "Anna Berger hat in ihrer Rede gesagt, …"
                mention = sentence_subject(art, s, j) or mention
            if mention is None:
                # participle cue with no subject: "…, calling it “fake”" -> the sentence subject;
                # a finite cue: the nearest subject ("… that Anna Berger during a rally thanked")
                # (of the main clause: "When I was 26 he came home and said: “…”" -> he)
                mention = sentence_subject(art, _main_clause_start(art, s, j), j, nearest=not toks[j].low.endswith("ing"))
        direct_intro = intro and _introduces(art, j + n, b - 1)
        if j > s and (toks[j - 1].low in C.PASSIVE_AUX or toks[j - 1].low == "as") and j + n < b and toks[j + n].low == "by":
            # "As reported by Western Journalism, …", "as described by FBI Director James Comey"
            agent = _np_forward(art, j + n + 1, b)
            if agent is not None:
                mention = agent
        elif j > s and toks[j - 1].low in C.PASSIVE_AUX:
            # passive: "has been called “strategic ambiguity” by Joshua Hendrick", "Rubio was
            # asked by moderator Gerard Baker whether …", "wurde von Anna Berger gefragt"
            if j + n < b and toks[j + n].low in ("by", "von", "par", "por"):
                agent = _np_forward(art, j + n + 1, b)
            else:
                agent = _passive_agent(art, b, pend)
            if agent is not None:
                mention = agent
        if toks[b - 1].text == ":" and not direct_intro:
            # "Pollsters agree - Carl Bialik: “…”": the name before the colon speaks
            named = _name_before(art, b - 1, j + n)
            if named is not None:
                first = art.tok_index(named[0])
                if toks[first - 1].text in ("-", "—", "–") or toks[first - 1].low == "from":
                    mention = named
        if mention is not None and mention[1] <= toks[j].start:
            mention = _named_in_apposition(art, mention, j) or mention  # "su esposa, Maricela, lo interrumpió"
        return Attribution((toks[j].start, toks[j + n - 1].end), mention, "before", direct_intro, cl)
    # --- 3. a cue clause closing the sentence after a comma ---------------------------
    # ("… bring candidates the “grass-roots firepower” they need, DFA spokesman Neil Sroka said.",
    #  "… signals “the beginning of the end” for the EU, said Geert Wilders, founder of …")
    if q.closed:
        tail = _tail_attribution(art, q, lang, pend)
        if tail is not None:
            return tail
    # --- 4. no cue: a fragment inside a sentence or after a colon belongs to its subject --
    # ("Rubio also bemoaned a climate in which people “literally hate each other”",
    #  "Trump leaned in and boomed: “…”"); a quote opening its sentence floats (resolver).
    if b > s and (_is_word(toks[b - 1]) or toks[b - 1].text in (",", ":", "(", "—", "–")):
        colon = toks[b - 1].text == ":"
        mention = (_name_before(art, b - 1, s) if colon else None) or _speech_possessor(art, s, b, q) or sentence_subject(art, s, b)
        if mention is not None and lang == "de":
            mention = _german_fronted_object(art, mention, b) or mention
        if mention is None and colon:
            # "Farida Benjelloun, médica en …: «…»": the person opening the sentence, in apposition
            e = s
            while e < b and _is_cap(toks[e]) and toks[e].low in art.person_words:
                e += 1
            if e - s >= 2 and e < b and toks[e].text == ",":
                mention = (toks[s].start, toks[e - 1].end)
        if mention is None and s + 2 < b and toks[s].low in C.DETERMINERS and toks[s + 2].text == ",":
            # "La alcaldesa, Ana Ruiz, fue tajante: «…»": the role's name in apposition
            mention = _named_in_apposition(art, (toks[s].start, toks[s + 1].end), b)
        if mention is not None and not (toks[b - 1].low in COPULAS and _thing_subject(art, mention)):
            mention = _named_in_apposition(art, mention, b) or mention  # "The mayor, Ana Ruiz, was blunt: “…”"
            return Attribution(None, mention, "subject", colon)
    elif b == s and s == art.tok_index(pstart) and para > 0 and art.text[pstart - 3 : pstart - 2] == ":":
        # the previous paragraph ends with "…, 17-year-old Jo Potts echoed:" / "- Philip Bump:"
        pb = b
        ps = _sentence_start(art, pb - 1, art.tok_index(max(art.para_starts[para - 1], pstart - WINDOW_CHARS)))
        mention = _name_before(art, pb - 1, ps) or _clause_subject(art, ps, pb - 1, lang)
        if mention is not None:
            return Attribution(None, mention, "subject", True)
    # --- 5. a signature after the quote: "“…” — Neil Gaiman", or on the next line ---------
    # (bounded slices: a paragraph may hold a hundred thousand quotes)
    near_end = pend - q.close_pos - 1 <= 2 * MAX_SIGNATURE_CHARS
    rest = art.text[q.close_pos + 1 : pend].strip(" \u00a0") if q.closed and near_end else ""
    if rest[:1] in ("—", "–", "-") and len(rest) <= MAX_SIGNATURE_CHARS:
        i = art.tok_index(q.close_pos + 1)
        end = art.tok_index(pend)
        if i + 1 < end and toks[i].text in ("—", "–", "-") and _is_cap(toks[i + 1]):
            mention = _np_forward(art, i + 1, end)
            tail = art.text[mention[1] : pend].strip(" \u00a0.") if mention is not None else "?"
            if mention is not None and (tail == "" or tail[:1] == ","):
                return Attribution(None, mention, "signature", False)
    if near_end and art.text[q.close_pos + 1 : pend].strip(" \u00a0.,") == "" and para + 1 < len(art.para_starts):
        nstart = art.para_starts[para + 1]
        if art.text[nstart : nstart + 1] in ("-", "—", "–") and art.para_end(para + 1) - nstart <= MAX_SIGNATURE_CHARS:
            i = art.tok_index(nstart)
            if i + 1 < len(toks) and toks[i].start == nstart:
                mention = _np_forward(art, i + 1, min(len(toks), i + 1 + MAX_NP_TOKENS))
                if mention is not None and _is_cap(toks[i + 1]) and art.para_of(mention[0]) == para + 1:
                    return Attribution(None, mention, "signature", False)
        elif art.para_end(para + 1) - nstart <= MAX_SIGNATURE_CHARS:
            # a byline-style signature with no dash: "Lena Ortiz, Coastal Budget Institute."
            i = art.tok_index(nstart)
            e = i
            while e < len(toks) and e - i < MAX_NAME_RUN and _is_cap(toks[e]) and _is_word(toks[e]) and toks[e].low not in C.STOP:
                e += 1
            end = art.tok_index(art.para_end(para + 1))
            rest = [t for t in toks[e + 1 : end] if _is_word(t)]
            if e - i >= 2 and e < end and toks[e].text == "," and rest and all(_is_cap(t) or t.low in C.TITLE_SMALL_WORDS or t.low in ("für", "pour", "para") for t in rest):
                return Attribution(None, (toks[i].start, toks[e - 1].end), "signature", False)
    return Attribution()


def _german_fronted_object(art: Article, span: tuple[int, int], b: int) -> tuple[int, int] | None:
    """German puts the object first and the subject after the verb: "Einen Wunschgegner hat er:",
    "Ihr Werk verstand sie als „…“" -> the pronoun; None when ``span`` is no such object (an
    accusative, or a thing followed by verb and pronoun)."""
    toks = art.toks
    a, e = art.tok_index(span[0]), art.tok_index(span[1])
    if e + 1 >= b or not (_is_word(toks[e]) and not _is_cap(toks[e])):
        return None
    first, head = toks[a].low, toks[e - 1].low
    accusative = first in ("einen", "den")
    if accusative and _is_cap(toks[e + 1]) and toks[e + 1].low in art.person_words:
        k = e + 1  # "Einen Wunschgegner hat Rohloff schon:"
        while k + 1 < b and _is_cap(toks[k + 1]) and toks[k + 1].low in art.person_words:
            k += 1
        return (toks[e + 1].start, toks[k].end)
    if toks[e + 1].low not in ("er", "sie", "ich", "wir"):
        return None
    thing = first in POSSESSIVES | C.DETERMINERS and not _person_noun(head) and head not in C.ORG_HEADS
    if accusative or (thing and toks[e + 1].low != "sie") or (thing and e - a == 2):
        return (toks[e + 1].start, toks[e + 1].end)
    return None


def _inside_opening_report(art: Article, q: RawQuote, pstart: int, lang: str | None) -> bool:
    """The quote sits inside a sentence-opening adverbial clause that reports speech itself
    ("After Scalia said that … “…,” Trump said: …"): the clause's cue, not the main one."""
    toks = art.toks
    b = art.tok_index(q.open_pos)
    s = _sentence_start(art, b, art.tok_index(max(pstart, q.open_pos - SENTENCE_WINDOW_CHARS)))
    if b - s < 3 or toks[s].low not in C.ADVERBIAL_OPENERS or any(t.text == "," for t in toks[s:b]):
        return False
    return any(_cue_at(toks, c, lang) and _np_backward(art, s + 1, c) is not None for c in range(s + 2, b))


# Participles opening a sentence before its main clause: "Asked whether Hartwell would match
# them, Mr Okonjo was blunt", "Interrogé sur …, le ministre", "Preguntado por …", "Befragt, …".
PARTICIPLE_OPENERS = frozenset({
    "asked", "pressed", "questioned", "interviewed", "challenged", "speaking", "responding",
    "reacting", "writing", "talking", "commenting", "interrogé", "interrogée", "interrogés",
    "questionné", "questionnée", "interpellé", "interpellée", "preguntado", "preguntada",
    "consultado", "consultada", "cuestionado", "cuestionada", "befragt", "gefragt", "angesprochen"})


def _main_clause_start(art: Article, s: int, j: int) -> int:
    """First token of the main clause when the sentence from ``s`` opens with an adverbial
    clause ("After Trump argued that …, Rubio said …"): the token after its comma."""
    toks = art.toks
    s = _after_dateline(art, s, j)
    if toks[s].low not in C.ADVERBIAL_OPENERS and toks[s].low not in ("as", "wie", "comme", "como") and toks[s].low not in PARTICIPLE_OPENERS and not (s + 1 < j and toks[s].low == "even" and toks[s + 1].low in C.ADVERBIAL_OPENERS):
        return s  # ("As the Courier reported, the mayor called it “…”": the mayor's clause)
    for k in range(s + 2, min(j, s + MAX_SENTENCE_SCAN)):
        if toks[k].text == "," and not _place_comma(toks, k, j):
            return k + 1
    # no comma: the main clause opens at the next subject pronoun ("When I was 26 he came home
    # and said: “…”" -> he)
    for k in range(s + 3, min(j, s + MAX_SENTENCE_SCAN)):
        if toks[k].low in CLAUSE_SUBJECT_PRONOUNS and toks[k - 1].low not in C.PREPOSITIONS and toks[k - 1].low not in C.CLAUSE_OPENERS:
            return k
    return s


# Words right after a Spanish verb, not after a name: "Miró a …", "Explicó que …", "Pidió la palabra".
SPANISH_AFTER_VERB = frozenset({"a", "al", "la", "el", "los", "las", "que", "con", "en", "un", "una", "le", "les", "lo", "se"})
MAX_DATELINE_TOKENS = 12
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _after_dateline(art: Article, s: int, j: int) -> int:
    """The token after a dateline opening the paragraph at ``s``: "FENWICK SPRINGS, Ohio (AP)
    — A nurse told jurors" -> "A"; "PUERTO ALBA, May 14 (Reuters) -"; ``s`` when there is none."""
    toks = art.toks
    if s >= j or not (toks[s].text.isupper() and toks[s].text.isalpha() and len(toks[s].text) > 1):
        return s
    if s > 0 and art.para_of(toks[s - 1].start) == art.para_of(toks[s].start):
        return s  # (only at the start of a paragraph)
    for k in range(s + 1, min(j, s + MAX_DATELINE_TOKENS)):
        if toks[k].text in DATELINE_DASHES:
            return k + 1 if k + 1 < j else s
        if toks[k].low in C.ALL_CUES or (toks[k].text.isalpha() and toks[k].text.islower()):
            return s  # a sentence, not a dateline
    return s


# Subject pronouns that may open a main clause after an adverbial clause left without its comma.
CLAUSE_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "er", "wir", "ich", "il", "elle", "ils", "elles", "nous", "je"})


def _place_comma(toks: list[Tok], k: int, j: int) -> bool:
    """The comma at ``k`` sets off a place after a place: "in Salem, New Hampshire, Trump …"."""
    if not (k + 1 < j and _is_cap(toks[k - 1]) and _is_cap(toks[k + 1])):
        return False
    m = k + 1
    while m < j and m - k <= 3 and _is_cap(toks[m]):
        m += 1
    return m < j and toks[m].text == ","


def _participle_after_comma(art: Article, j: int, lang: str | None) -> bool:
    """Token ``j`` is an English -ing cue right after a comma (or a quote closed by one)."""
    toks = art.toks
    if j == 0 or not toks[j].low.endswith("ing") or toks[j].low in C.PHRASE_ONLY or _guess_lang(toks[j].low, lang) != "en":
        return False
    p = toks[j - 1]
    return p.text == "," or (MASK in p.text and art.text[max(p.start, p.end - 3) : p.end].rstrip("”“\"»«’' \u00a0").endswith(","))


def _clause_subject(art: Article, s: int, j: int, lang: str | None) -> tuple[int, int] | None:
    """The subject of the clause from token ``s`` to ``j``: the subject of its last finite
    reporting verb ("Spicer said"), else the sentence subject ("Hours later, Trump returned …")."""
    toks = art.toks
    for c in range(j - 1, s, -1):
        if not toks[c].low.endswith("ing") and _cue_at(toks, c, lang) and " ".join(t.low for t in toks[c : c + 2]) != "according to":
            span = _np_backward(art, s, c)
            if span is not None:
                return span
    return sentence_subject(art, _main_clause_start(art, s, j), j)


def _passive_agent(art: Article, b: int, pend: int) -> tuple[int, int] | None:
    """The agent after "by" following the quote at token ``b``, in the same sentence."""
    toks = art.toks
    j = b + 1
    while j < len(toks) and j - b <= MAX_AFTER_TOKENS and toks[j].start < pend and not _sentence_break(toks, j, art.text):
        if toks[j].low in ("by", "von", "par", "por") and j + 1 < len(toks):
            span = _np_forward(art, j + 1, min(len(toks), j + 1 + MAX_NP_TOKENS))
            if span is not None and (_is_cap(toks[j + 1]) or toks[j + 1].low in C.DETERMINERS):
                return span
            return None
        j += 1
    return None


def _speech_possessor(art: Article, s: int, b: int, q: RawQuote) -> tuple[int, int] | None:
    """The possessor of a speech noun framing the quote: "Trump's recent assertion that
    “…”", "Obama's “if you like your plan” promise", "Merkels Aussage, „…“"."""
    toks = art.toks
    k = b - 1
    if k > s and toks[k].low in ("that", "dass", "que"):
        k -= 1
    m = k
    while m > s and k - m < 3 and toks[m].low not in C.SPEECH_NOUNS and _is_word(toks[m]) and not _is_cap(toks[m]):
        m -= 1
    if m > s and toks[m].low in C.SPEECH_NOUNS:
        k = m - 1
        while k > s and m - k <= 3 and _is_word(toks[k]) and not _is_cap(toks[k]) and toks[k].low not in C.STOP:
            k -= 1  # adjectives: "recent evidence-free"
    else:
        # the noun after the quote: "Obama's “…” promise"
        a = art.tok_index(q.close_pos + 1) if q.closed else len(toks)
        if not (a < len(toks) and toks[a].low in C.SPEECH_NOUNS):
            return None
    p = toks[k] if k >= s else None
    if p is None or not _is_possessive(p) or not _is_cap(p):
        return None
    i = k
    while i > s and k - i < MAX_NAME_RUN and _is_cap(toks[i - 1]) and _is_word(toks[i - 1]) and toks[i - 1].low not in C.STOP:
        i -= 1
    return (toks[i].start, p.end - 2 if p.low.endswith(("’s", "'s")) else p.end)


def _name_before(art: Article, c: int, lo: int) -> tuple[int, int] | None:
    """A capitalised name right before token ``c`` (a colon): "More from Jo Jones:",
    "Rep. Trey Gowdy (R-S.C.):" (a transcript's speaker line)."""
    toks = art.toks
    if c - 1 > lo and toks[c - 1].text == ")":
        k = c - 2
        while k > lo and c - k <= MAX_PAREN_TOKENS and toks[k].text != "(":
            k -= 1
        if toks[k].text == "(":
            c = k
    i = c
    while i > lo and c - i < MAX_NAME_RUN and _is_cap(toks[i - 1]) and _is_word(toks[i - 1]) and toks[i - 1].low not in C.STOP:
        i -= 1
    if i == c:
        return None
    words = [t.low for t in toks[i:c]]
    if len(words) == 1 and words[0] not in art.person_words:
        return None
    if i > lo and _is_cap(toks[i - 1]):
        return None  # part of a longer capitalised run: a headline, not a name
    if i > lo and (toks[i - 1].low in C.PREPOSITIONS or toks[i - 1].low in C.COMPLEMENT_LINKS) and not any(w in art.person_words for w in words):
        return None  # a place closing an apposition: "Farida Benjelloun, médica en el centro de Punta Salina:"
    g = i - 1
    while g > lo and i - g <= 4 and (toks[g].low in C.DETERMINERS or (_is_word(toks[g]) and toks[g].low not in C.STOP and toks[g].low not in C.PREPOSITIONS and (not _is_cap(toks[g]) or not _is_cap(toks[g + 1])))):
        g -= 1  # (over "the Dutch newspaper")
    if g >= lo and toks[g].low in C.PREPOSITIONS and toks[g].low not in ("from", "by", "von", "de", "par", "por"):
        return None  # "a blunt message to Trump:", "to the newspaper NRC Handelsblad:": the addressee
    return (toks[i].start, toks[c - 1].end)


def _tail_attribution(art: Article, q: RawQuote, lang: str | None, pend: int) -> Attribution | None:
    """A cue clause after one of the next commas of the quote's sentence (bounded scan)."""
    toks = art.toks
    a = art.tok_index(q.close_pos + 1)
    n = len(toks)
    j = a
    commas = 0
    while j < n and j - a <= MAX_SENTENCE_SCAN and toks[j].start < pend and commas < MAX_TAIL_COMMAS:
        t = toks[j]
        if art.ends_here(j):
            return None
        if t.text == "," or (MASK in t.text and art.text[max(t.start, t.end - 3) : t.end].rstrip("”“\"»«’' \u00a0").endswith(",")):
            commas += 1
            k = j + 1
            stop = k
            while stop < n and toks[stop].start < pend and MASK not in toks[stop].text and not _sentence_break(toks, stop, art.text) and stop - k < MAX_AFTER_TOKENS + MAX_APPOSITION_TOKENS:
                stop += 1
            found = _cue_after(art, k, stop, MAX_AFTER_TOKENS, False, True, False, lang, pend)
            if found is not None and found.mention is not None:
                found.source = "tail"
                found.intro = False
                return found
        j += 1
    return None


def _plausible_subject(art: Article, span: tuple[int, int]) -> bool:
    """A phrase before a German V2 verb is its subject unless it is one capitalised word
    that is no name in the article (a fronted adverb: "Dazu sagte Merkel", "Am Montag sagte")."""
    words = art.text[span[0] : span[1]].split()
    if len(words) >= 2:
        return True
    low = words[0].lower() if words else ""
    return low in C.PRONOUNS or low in art.name_words


def _ends_sentence(art: Article, t: Tok) -> bool:
    """A masked quote whose content ends with . ! ? (or …) closes its sentence."""
    tail = art.text[max(t.start, t.end - 4) : t.end].rstrip("”“\"»«’'‘ \u00a0\u202f")
    return tail[-1:] in (".", "!", "?", "…")


def _sentence_start(art: Article, b: int, lo: int) -> int:
    """First token of the sentence holding token ``b`` (not before ``lo``); quotes inside the
    sentence are crossed unless they end it."""
    if b <= lo:
        return b
    return max(lo, art.last_break_before(b) + 1)




def _role_words_then_name(toks: list[Tok], m: int, j: int) -> bool:
    """Tokens from ``m``: up to three lower-case words ending in a role noun, then a
    capitalised name ("speechwriter Jon Favreau", "network anchor Katie Couric")."""
    k = m
    while k < j and k - m < 3 and _is_word(toks[k]) and not _is_cap(toks[k]):
        w = toks[k].low
        if w in C.STOP or w in C.ALL_CUES or w in C.AUX_ADV or w.endswith("ed"):
            return False
        k += 1
    if k == m or k >= j or not (_is_cap(toks[k]) and _is_word(toks[k])):
        return False
    w = toks[k - 1].low
    return w in C.TITLES or w in C.PERSON_NOUNS or w.endswith(ROLE_ENDINGS)


def _introduces(art: Article, c: int, p: int) -> bool:
    """The cue ending before token ``c`` introduces the quote directly: only the inverted
    speaker lies between it and the punctuation ``p`` before the quote ("said, “…”",
    "sagte Merkel: „…“"), not a clause ("said that once the Senate goes on recess, “…”")."""
    toks = art.toks
    if p - c > MAX_NP_TOKENS:
        return False
    for k in range(c, p):
        t = toks[k]
        if not (_is_cap(t) or t.low in C.PRONOUNS or t.low in C.DETERMINERS or t.low in C.NAME_LINKS or t.low in C.AUX_ADV or t.text in (".", "’s", "'s")):
            return False
    return True


def _is_adverb(t: Tok) -> bool:
    """An English -ly adverb between subject and verb ("Sexton subsequently testified")."""
    return len(t.low) > 4 and t.low.endswith("ly") and t.text[:1].islower() and t.low not in LY_NOUNS


# -ly words that are nouns: "a lawyer for the family said", "the rally organizers said"
LY_NOUNS = frozenset({"family", "supply", "assembly", "ally"})


def _is_possessive(t: Tok) -> bool:
    return t.low.endswith(("’s", "'s")) or t.text in ("’", "'")


DISLOCATED = frozenset({"lui", "elle", "eux", "elles"})  # "L'officier, lui, appelle …"


def sentence_subject(art: Article, s: int, j: int, nearest: bool = False) -> tuple[int, int] | None:
    """The clause subject before token ``j``: the first name, pronoun or determiner phrase that
    is followed by a lower-case word (its verb), possibly after an apposition or a bracket, and
    not governed by a preposition ("Speaking in Salem, New Hampshire, Trump went after Bush,
    calling him ..." -> Trump; "Dean Hall, a salesman, says" -> Dean Hall). A capitalised word
    opening the sentence is a subject only when the article uses it in a name ("Hours later,
    Trump returned ..." -> Trump). A possessive is a modifier, not the subject ("Trump’s rival
    Marco Rubio said" -> Marco Rubio)."""
    toks = art.toks
    n = len(toks)
    c = next((x for x in range(s + 1, min(j, s + 7)) if toks[x].text == ","), None)
    if c is not None and (toks[s].low in C.DETERMINERS or toks[s].low in POSSESSIVES or toks[s].low in C.ONE_OF or _elided(toks[s])):  # ("L'expert psychiatre, le Dr …,")
        # "Einer von ihnen, der Van-Carrier-Fahrer Mehmet Kaya, arbeitet": the name in apposition
        named = _named_in_apposition(art, (toks[s].start, toks[c - 1].end), j)
        v = art.tok_index(named[1]) + 1 if named is not None else n
        if v - 1 < j and toks[v - 1].text == "(":
            # a bracket after the name: "Sarah El Khattabi (Ecolo),"
            v = next((x + 1 for x in range(v, min(j, v + 8)) if toks[x].text == ")"), n)
            v += v < j and toks[v].text == ","
        if v <= j and v < n and _is_word(toks[v]) and not _is_cap(toks[v]):
            return named
    k = s
    after_possessive = False
    best = None
    governed_end = -2  # last token of the last phrase governed by a preposition
    while k < j:
        t = toks[k]
        is_pron = t.low in C.PRONOUNS and t.low not in ("her", "him", "it", "es", "on", "a", "sie" if k > s else "")
        if _german_age(toks, k, j):
            k += 2  # "Der 47 Jahre alte Angeklagte": the age, then the noun
            continue
        if _elided(t) and len(t.low) > 4 and _person_noun(t.low[2:]) and (k == s or toks[k - 1].text in (",", ";", ":")):
            # a French role with its elided article: "L'officier, lui, appelle à la prudence :"
            v = k + 4 if k + 4 < j and toks[k + 1].text == "," and toks[k + 2].low in DISLOCATED and toks[k + 3].text == "," else _after_apposition(art, k + 1, j)
            if v < n and _is_word(toks[v]) and not _is_cap(toks[v]):
                return (t.start, t.end)
        if is_pron or (_is_cap(t) and _is_word(t) and (t.low not in C.STOP or (k > s and t.low in C.NAME_STOPS)) and t.low not in C.DETERMINERS):
            e = k
            if not is_pron:
                while e + 1 < j:
                    w = toks[e + 1]
                    if _is_cap(w) and _is_word(w) and w.low not in C.STOP:
                        e += 1
                    elif w.low in C.NAME_LINKS and e + 2 < j and _is_cap(toks[e + 2]) and toks[e + 2].low not in C.STOP and w.low not in ("and", "y", "und", "et"):
                        e += 2
                    else:
                        break
            governed = k > s and (toks[k - 1].low in C.PREPOSITIONS or (toks[k - 1].low in C.NAME_LINKS and toks[k - 1].low not in C.DETERMINERS)) and toks[k - 1].low not in ("and", "but", "then") and not after_possessive
            if k - 2 == governed_end and toks[k - 1].text == "," and e + 1 < j and toks[e + 1].text == "," and not (
                    toks[k].low in art.person_words or toks[k].low in C.GIVEN_NAMES):
                governed = True  # "in Salem, New Hampshire,": the place's state or country (not "…, Encarnación Mejías, de 78 años,")
            if k > s + 1 and not governed:
                # "In late June, …", "in the 1992 Democratic primaries": a preposition before a
                # determiner, a number or a lower-case modifier governs the phrase
                g = k - 1
                while g > s and k - g <= 3 and toks[g].low not in C.PREPOSITIONS and toks[g].low not in C.CLAUSE_OPENERS and (toks[g].low in C.DETERMINERS or toks[g].text[:1].isdigit() or (_is_word(toks[g]) and not _is_cap(toks[g]) and toks[g].low not in C.STOP)):
                    g -= 1
                governed = g < k - 1 and toks[g].low in C.PREPOSITIONS
            if _is_possessive(toks[e]):
                after_possessive = True  # "Trump’s GOP rival Marco Rubio": the head comes next
                k = e + 1
                continue
            # a capitalised word opening the sentence is a subject when the article names it or a
            # verb follows ("Trump gestured", not "Hours later")
            if k == s and e == k and not is_pron and t.low.endswith("ó") and t.low not in art.person_words and k + 1 < j and toks[k + 1].low in SPANISH_AFTER_VERB:
                k += 1  # a Spanish preterite opening the sentence, its subject dropped: "Miró a De la Serna y le dijo"
                continue
            unknown_opener = k == s and e == k and not is_pron and t.low not in art.name_words and (t.low.endswith("ing") or not (e + 1 < j and ((toks[e + 1].low in C.ALL_CUES and toks[e + 1].low not in C.DE_WEAK and toks[e + 1].low not in C.PHRASE_ONLY) or toks[e + 1].low in C.FINITE_AUX or (toks[e + 1].low.endswith("ed") and _is_word(toks[e + 1]) and not _is_cap(toks[e + 1])))))
            if not is_pron and e + 1 < j and toks[e + 1].low in C.PERSON_NOUNS and not _is_cap(toks[e + 1]):
                e += 1  # "the Arizona sheriff and …": the name modifies a role noun, no verb yet
            if not is_pron and e + 2 < j and _role_words_then_name(toks, e + 1, j):
                # "Former Pennsylvania governor Ed Rendell", "Obama speechwriter Jon Favreau"
                after_possessive = True
                k = e + 1
                while not _is_cap(toks[k]):
                    k += 1
                continue
            if not is_pron and toks[e].low.endswith(C.ADJECTIVE_ENDINGS) and toks[e].low not in art.person_words and toks[e].low not in C.GENDERED_NAMES:
                # "Democratic presidential candidate Bernie Sanders", "Republican pollster Jo Shaw":
                # a capitalised adjective in front of the name, skip to the name
                m = e + 1
                while m < j and m - e <= 3 and _is_word(toks[m]) and not _is_cap(toks[m]) and toks[m].low not in C.STOP and toks[m].low not in C.ALL_CUES:
                    m += 1
                if m < j and m > e + 1 and _is_cap(toks[m]) and _is_word(toks[m]):
                    after_possessive = True  # the name after the modifier is not governed
                    k = m
                    continue
                h = toks[e + 1] if e + 1 < j else None
                if h is not None and _is_word(h) and not _is_cap(h) and h.low not in C.STOP and h.low not in C.ALL_CUES and h.low not in C.FINITE_AUX and not h.low.endswith("ed"):
                    e += 1  # "American negotiators are left …": the adjective's noun is the subject
            if not governed and k >= s + 2 and toks[k - 1].text == "," and e + 2 < n and toks[e + 1].text == "," and _is_word(toks[e + 2]) and not _is_cap(toks[e + 2]):
                # "Quand …, mon ancienne institutrice, Mme Delattre, m’a envoyé": the name in
                # apposition to a role phrase opening the clause
                b0 = k - 2
                while b0 > s and k - b0 <= 5 and _is_word(toks[b0 - 1]) and not _is_cap(toks[b0 - 1]) and toks[b0 - 1].text != ",":
                    b0 -= 1
                named = _named_in_apposition(art, (toks[b0].start, toks[k - 2].end), j) if b0 == s or toks[b0 - 1].text == "," else None
                if named is not None and named[0] == t.start:
                    return named
            if not governed and not unknown_opener:
                v = _after_apposition(art, e + 1, j)
                if v < n and _is_word(toks[v]) and not _is_cap(toks[v]) and toks[v].low not in C.NAME_LINKS:
                    # a determiner in front belongs to the phrase: "the ministry", "Die Polizei"
                    st = k - 1 if k > s and toks[k - 1].low in C.DETERMINERS and toks[k - 1].low not in C.CLAUSE_OPENERS else k
                    if k - 4 >= s and _german_age(toks, k - 2, j) and toks[k - 4].low in C.DETERMINERS:
                        st = k - 4
                    if not nearest:
                        return (toks[st].start, toks[e].end)
                    if best is None or st == s or toks[st - 1].low in C.CLAUSE_OPENERS or toks[st - 1].text in (",", ";", ":"):
                        best = (toks[st].start, toks[e].end)  # a clause subject, not an object
            if governed:
                governed_end = e
            after_possessive = False
            k = e + 1
            continue
        if t.low in C.DETERMINERS and (k == s or toks[k - 1].text in (",", ";", ":")) and not after_possessive:
            # "the ministry said", "the campaign, in a statement, said": a common-noun subject
            e = k + 1
            while e < j and e - k < 4 and _is_word(toks[e]) and not _is_cap(toks[e]) and toks[e].low not in C.STOP and toks[e].low not in C.ALL_CUES and toks[e].low not in C.COMPLEMENT_LINKS:
                e += 1  # (the complement is taken next: "La líder | del PP")
            heads = [m for m in range(k + 1, e) if toks[m].low in C.ORG_HEADS | C.PERSON_NOUNS or AGE_NOUN.match(toks[m].low) or people_plural(toks[m].low)]
            if heads and not (e < j and _is_cap(toks[e]) and _is_word(toks[e]) and toks[e - 1].low not in C.PREPOSITIONS):
                # the noun, not a verb after it: "The defendant used …" (a name after the words
                # is the subject: "Le capitaine breton Quentin Maréchal"; not a place after a
                # preposition: "Die 79-Jährige aus Dachau")
                e = heads[-1] + 1
            if e - k >= 2 and toks[e - 1].low in C.PERSON_NOUNS and e < j and toks[e].low in C.COMPLEMENT_LINKS:
                named = _name_after_complement(art, e, j)
                if named is not None:
                    return named  # "le chef de groupe MR Koen Van den Bossche parle"
            if e - k >= 2 and (toks[e - 1].low in C.ORG_HEADS | C.PERSON_NOUNS or AGE_NOUN.match(toks[e - 1].low) or people_plural(toks[e - 1].low)) and e < n:
                ce = _complement_end(toks, e, j)  # "A spokesman for Platte River declined …"
                if ce == e and e < j and toks[e].low in C.COMPLEMENT_LINKS:
                    # an unnamed complement before a name in apposition: "La présidente du groupe, Marine Le Pen, a …"
                    m = e + 1
                    while m < j and m - e <= 3 and _is_word(toks[m]) and not _is_cap(toks[m]):
                        m += 1
                    if m < j and toks[m].text == "," and m + 1 < j and _is_cap(toks[m + 1]):
                        ce = m
                e = ce
                v = _after_apposition(art, e, j)
                if v < n and _is_word(toks[v]) and not _is_cap(toks[v]):
                    if not nearest:
                        return (toks[k].start, toks[e - 1].end)
                    if best is None or k == s or toks[k - 1].low in C.CLAUSE_OPENERS or toks[k - 1].text in (",", ";", ":"):
                        best = (toks[k].start, toks[e - 1].end)
        if not _is_word(t) or t.low in C.STOP:
            after_possessive = False
        k += 1
    return best


# "Der 47 Jahre alte Angeklagte": an age before a German noun, as tokens (_german_age) and as
# text (GERMAN_AGE, for a phrase already cut out)
GERMAN_AGE_WORDS = frozenset({"alte", "alter", "alten"})
GERMAN_AGE = re.compile(r"\s\d+\s+Jahre\s+(?:" + "|".join(sorted(GERMAN_AGE_WORDS)) + r")\s")


def _german_age(toks: list[Tok], k: int, j: int) -> bool:
    """Tokens ``k``, ``k + 1`` are "Jahre alte(r/n)" after a number: an age before a noun."""
    return (k + 1 < j and toks[k].low == "jahre" and toks[k + 1].low in GERMAN_AGE_WORDS
            and k > 0 and toks[k - 1].text.isdigit())


def _mask_ends_with_comma(art: Article, t: Tok) -> bool:
    """A masked quote whose content ends with a comma: “The Apprentice,”"""
    return art.text[max(t.start, t.end - 3) : t.end].rstrip("”“\"»«’' \u00a0").endswith(",")


def _after_apposition(art: Article, v: int, j: int) -> int:
    """Index of the token after an optional apposition (", a nurse at the hospital,") or
    bracket ("(R-Fla.)") starting at ``v``; ``v`` itself when there is none."""
    toks = art.toks
    n = len(toks)
    if v + 1 < n and toks[v].low in ("of", "from", "at", "von", "de", "del") and (_is_cap(toks[v + 1]) or toks[v + 1].low in C.DETERMINERS):
        # "Jonah Goldberg of the anti-Trump National Review imagined": skip the affiliation
        m = v + 1
        while m < n and m - v <= MAX_NP_TOKENS and (_is_cap(toks[m]) or toks[m].low in C.DETERMINERS or toks[m].low in C.NAME_LINKS or (_is_word(toks[m]) and "-" in toks[m].text)):
            m += 1
        if m > v + 1 and _is_cap(toks[m - 1]):
            v = m
    if v < n and toks[v].text == "(":
        m = v + 1
        while m < n and m - v <= MAX_PAREN_TOKENS and toks[m].text != ")":
            m += 1
        if m < n and toks[m].text == ")":
            v = m + 1
    if v < n and toks[v].text in (",", "—", "–"):
        delim = toks[v].text
        first = None
        seg = v
        # up to a few segments: "Morton Blackwell, founder of the Institute, a member since 1960,
        # endorsed …", "Sam Solovey, a contestant on the show “The Apprentice,” who …, said"
        for _ in range(MAX_APPOSITION_SEGMENTS):
            m = seg + 1
            while m < n and m - v <= 2 * MAX_APPOSITION_TOKENS and m - seg <= MAX_APPOSITION_TOKENS and toks[m].text != delim and not _sentence_break(toks, m, art.text):
                if MASK in toks[m].text and _mask_ends_with_comma(art, toks[m]):
                    break  # "star of “Scandal,” thanked": the comma inside the quote closes it
                m += 1
            if not (m < n and (toks[m].text == delim or MASK in toks[m].text) and m > seg + 1):
                break
            nv = m + 1
            while nv < n and toks[nv].low in C.AUX_ADV:
                nv += 1
            if first is None:
                first = nv
            if delim != "," or (nv < n and _is_word(toks[nv]) and not _is_cap(toks[nv]) and toks[nv].low not in C.NAME_LINKS and toks[nv].low not in C.PREPOSITIONS and toks[nv].low not in C.DETERMINERS):
                return nv  # the verb after the apposition
            seg = m
        if first is not None:
            v = first
        elif v + 1 < n and delim == "," and (_is_adverb(toks[v + 1]) or toks[v + 1].low in C.AUX_ADV):
            # "One of its executives, Michael Sexton, subsequently testified": the name was
            # the apposition, the verb follows its closing comma
            v += 1
            while v < n and (toks[v].low in C.AUX_ADV or _is_adverb(toks[v])):
                v += 1
    return v
