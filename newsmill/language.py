"""Stage 4: deterministic language detection, and stopword statistics per language.

langdetect is randomised; a fixed seed on a private factory makes every call
repeatable whatever else the process does. Detection runs once per article on a
bounded sample of its longest paragraphs (the expensive call); paragraphs get
the article's language unless their stopwords clearly say otherwise.
"""

from __future__ import annotations

import re
import threading

from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

SEED = 0
# Characters given to langdetect, taken from the longest paragraphs. Its cost is linear in
# them (n-gram extraction). On 1,600 texts (the dev sets' 1,021 pages and articles, 20+
# languages, and 600 synthetic ones) 500 characters and 3 trials gave the same language
# as langdetect's default (whole text, 7 trials) on every text, at half the cost of 1000.
SAMPLE_CHARS = 500
# langdetect's random trials per call (its default is 7).
N_TRIAL = 3
# Shortest text worth detecting; below it the language is unknown ("und").
MIN_DETECT_CHARS = 20
# A paragraph gets its own language only when it is this long and its stopwords
# favour another language by this margin.
PARAGRAPH_MIN_CHARS = 200
PARAGRAPH_MARGIN = 2.0
UNDETERMINED = "und"

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "a about after all also an and any are as at be been but by can could did do does for from had has "
        "have he her his how i if in into is it its just more most my no not of on one only or our out over "
        "said she so some than that the their them then there these they this those to up was we were what "
        "when which who will with would you your".split()
    ),
    "de": frozenset(
        "aber alle als also am an auch auf aus bei bis da das dass dem den der des die doch du durch ein eine "
        "einem einen einer eines er es für hat hatte ich ihr im in ist ja kann man mit nach nicht noch nur "
        "ob oder sein seine sich sie sind so über um und uns vom von vor war wie wir wird wurde zu zum zur".split()
    ),
    "fr": frozenset(
        "a au aux avec ce ces cette comme dans de des du elle en est et été il ils je la le les leur lui mais "
        "me même ne nous on ont ou par pas plus pour qu que qui sa sans se ses son sont sur un une vous y à "
        "était être aussi fait après".split()
    ),
    "es": frozenset(
        "a al como con de del el ella en entre era es esta este están fue ha han hay la las le les lo los más "
        "muy no nos o para pero por que se ser si sin sobre su sus también un una uno y ya está sido cuando".split()
    ),
    "it": frozenset(
        "a ad al alla anche che chi con da dal della delle di e è gli ha hanno i il in la le lo ma nel nella "
        "non per più si sono su tra un una uno come dopo essere questo".split()
    ),
    "pt": frozenset(
        "a ao aos as com como da das de do dos e é ela ele em entre era foi há isso mais mas na nas no nos "
        "não o os ou para pela pelo por que se sem ser seu sua também um uma".split()
    ),
    "nl": frozenset(
        "aan al als bij dat de den der die dit door een en er had heeft het hij hun ik in is je maar met na "
        "naar niet nog of om onder ook op over te tot uit van voor was wat we werd wie wij worden zij zijn".split()
    ),
}

# Stopword -> the languages it is a stopword of: one lookup per word, not one per language.
_STOPWORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _STOPWORD_LANGUAGES[_w] = _STOPWORD_LANGUAGES.get(_w, ()) + (_lang,)

_WORD = re.compile(r"\w+")
_factory: DetectorFactory | None = None
_lock = threading.Lock()


def _get_factory() -> DetectorFactory:
    global _factory
    with _lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY

            factory = DetectorFactory()
            factory.load_profile(PROFILES_DIRECTORY)
            factory.set_seed(SEED)
            _factory = factory
    return _factory


def load_profiles() -> None:
    """Load langdetect's language profiles now (about 0.4 s) rather than at the first detection."""
    _get_factory()


# langdetect's normalisation of one character is a pure function of it; cached per character.
_NORMALIZED: dict[str, str] = {}


class _Detector(Detector):
    """langdetect's Detector with its hot loops written for CPython's fast paths.

    Same algorithm, same arithmetic in the same order, so the same results
    (tests/test_language.py compares n-grams and probabilities with langdetect's own):
    n-gram extraction in one loop instead of per-character method calls, and the
    per-trial probability updates as list comprehensions instead of indexed loops.
    """

    def _update_lang_prob(self, prob, word, alpha):
        lang_prob_map = self.word_lang_prob_map.get(word) if word is not None else None
        if lang_prob_map is None:
            return False
        weight = alpha / self.BASE_FREQ
        prob[:] = [p * (weight + q) for p, q in zip(prob, lang_prob_map)]
        return True

    def _normalize_prob(self, prob):
        sump = sum(prob)
        prob[:] = [p / sump for p in prob]
        return max(prob)

    def _extract_ngrams(self) -> list[str]:
        known = self.word_lang_prob_map
        normalized = _NORMALIZED
        result: list[str] = []
        append = result.append
        grams = " "
        capital = False
        for ch in self.text:
            norm = normalized.get(ch)
            if norm is None:
                norm = normalized[ch] = NGram.normalize(ch)
            last = grams[-1]
            if last == " ":
                capital = False
                if norm == " ":
                    continue
                grams = " " + norm
            elif len(grams) >= NGram.N_GRAM:
                grams = grams[1:] + norm
            else:
                grams += norm
            if norm.isupper():
                if last.isupper():
                    capital = True
                    continue
            else:
                capital = False
            if capital:
                continue
            if norm != " " and norm in known:
                append(norm)
            size = len(grams)
            if size >= 2:
                w = grams[-2:]
                if w in known:
                    append(w)
                if size >= 3 and grams in known:
                    append(grams)
        return result


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) for ``text``; ("und", 0.0) when it cannot tell."""
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < 3 or len(sample.strip()) < MIN_DETECT_CHARS:
        return UNDETERMINED, 0.0
    detector = _Detector(_get_factory())
    detector.n_trial = N_TRIAL
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED, 0.0
    return best.lang.split("-")[0], round(float(best.prob), 6)


def detect_article(paragraphs: list[str]) -> tuple[str, float]:
    """Detect on the longest paragraphs, which are body text even on a full-page scrape."""
    sample: list[str] = []
    size = 0
    for paragraph in sorted(paragraphs, key=len, reverse=True):
        sample.append(paragraph)
        size += len(paragraph)
        if size >= SAMPLE_CHARS:
            break
    return detect("\n".join(sample))


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def stopword_density(text: str, language: str | None) -> float:
    """Share of words that are stopwords of ``language`` (0 when it has no list)."""
    stop = STOPWORDS.get(language or "")
    tokens = words(text)
    if not stop or not tokens:
        return 0.0
    return sum(1 for t in tokens if t in stop) / len(tokens)


def paragraph_language(text: str, article_language: str) -> str:
    """The article's language unless a long paragraph's stopwords clearly say otherwise."""
    if len(text) < PARAGRAPH_MIN_CHARS or article_language not in STOPWORDS:
        return article_language
    counts = dict.fromkeys(STOPWORDS, 0)
    for token in words(text):
        for lang in _STOPWORD_LANGUAGES.get(token, ()):
            counts[lang] += 1
    own = counts[article_language]
    best_lang, best = article_language, own
    for lang, hits in counts.items():
        if hits > best:
            best_lang, best = lang, hits
    if best_lang != article_language and best >= PARAGRAPH_MARGIN * max(own, 1):
        return detect(text)[0]
    return article_language
