"""Paragraph-level rules: each returns None (no opinion) or (category, reason).

Rules look only at the paragraph itself (DataTrove-style filters). Cheap checks come first: most
rules apply only to short paragraphs, and every regex is anchored at the start or the end.
"""

from __future__ import annotations

import re

from newsmill.boilerplate import cues

# A cue phrase decides alone only on paragraphs this short (page furniture is short).
CUE_MAX_CHARS = 120
# Consent/subscribe/copyright/advertising notices may be a few sentences long.
CUE_LONG_MAX_CHARS = 600
BYLINE_MAX_CHARS = 90
BYLINE_MAX_WORDS = 10
DATELINE_MAX_CHARS = 120
# A date line may keep at most this many words that are neither date parts nor date cue words.
DATELINE_MAX_OTHER_WORDS = 1
CAPTION_MAX_CHARS = 500
BREADCRUMB_MAX_CHARS = 160
OUTLET_MAX_WORDS = 4
_CONSENT_WORDS = ("use", "utilis", "verwend", "nutzen", "accept", "akzept", "consent", "partner", "acept",
                  "zustimm", "einwillig", "store", "device", "speicher", "gerät", "appareil", "dispositivo")
# ... and, to tell a consent notice from news about biscuits, a word about the web site or its ads.
_WEB_WORDS = ("site", "web", "browser", "navigat", "navega", "experience", "expérience", "experiencia", "erlebnis",
              "nutzer", "traffic", "trafic", "tráfico", "advert", "werbung", "publicidad", "publicité", "personali",
              "personnalis", "analy", "tracking", "einstellung", "setting", "paramètre", "configura", "preference",
              "préférence", "content", "inhalt", "contenu", "contenido", "service", "device", "gerät", "appareil",
              "dispositivo", "partner", "audience", "consent", "zustimm", "einwillig", "consentimiento")
_PRIVACY_WORDS = ("privacy", "datenschutz", "privatsphäre", "confidentialité", "vie privée", "privacidad")
# A short line naming a newsletter or a subscription anywhere is a subscribe prompt.
SUBSCRIBE_MAX_CHARS = 70
_SUBSCRIBE_WORDS = ("newsletter", "abonnieren", "abonnez", "subscribe", "suscríb", "suscrib")
# Reader prompts (subscribe, follow, contact) and notes on the author are at most this long.
PROMPT_MAX_CHARS = 320

Verdict = tuple[str, str] | None

_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.U)
_TOKEN = re.compile(r"\w+")
_TRAILING_PUNCT = re.compile(r"[\s:;,.!?…|–—-]+$")
# A caption ends with a photo credit: "... © NAME/AFP", "... Photo: X", "...Image source, EPA".
_CREDIT_TAIL = re.compile(
    r"(?:©|\((?:ap |afp |reuters )?(?:photo|foto|image|bild)s?\b[^)]{0,80}\)|"
    r"\b(?:image source|photo|foto|bild|picture|credit|cr[ée]dit(?: photo)?|photographie|fotograf[íi]a|"
    r"source image|bildquelle)\s*[:,])[^.!?]{0,80}$"
    r"|(?:getty images|shutterstock|istock(?:photo)?|imago(?: images)?|picture[- ]alliance|"
    r"/(?:afp|ap|dpa|reuters|epa|getty|ansa|efe|xinhua))\)?\s*$",
    re.I,
)
_CREDIT_LITERALS = ("©", "photo", "foto", "image", "bild", "picture", "credit", "crédit", "getty", "shutterstock",
                    "istock", "imago", "/")
_DIGIT = re.compile(r"\d")
_BREADCRUMB_SEP = re.compile(r"\s(?:>|›|»|/|\\|\|)\s")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞŁŚŽ][\w'’.-]*|and|und|et|y|de|van|von|der|da|del|la|le|du|di|&)$")


def normalize(text: str) -> str:
    """Comparable form of a line: lower case, words only."""
    return " ".join(_TOKEN.findall(text.lower()))


def is_dateline(text: str) -> bool:
    """A short paragraph made of a date/time and date words: "Updated 1:39 am EST, Wed, Nov 20, 2019"."""
    if len(text) > DATELINE_MAX_CHARS or not _DIGIT.search(text):
        return False
    if cues.RELATIVE_TIME.match(text.strip()):
        return True
    rest = cues.DATE_WORD.sub(" ", cues.NUMERIC_DATE.sub(" ", text))
    others = _WORD.findall(rest)
    has_date = bool(cues.MONTHS.search(text)) or bool(re.search(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{1,2}:\d{2}", text))
    reading_time = bool(re.search(r"\d+\s*(?:min|minutes?|minuten|minutos)\b", text, re.I))
    return (has_date or reading_time) and len(others) <= DATELINE_MAX_OTHER_WORDS


def is_byline(text: str) -> bool:
    """ "By Jane Doe", "Von Max Muster und Erika Beispiel", "Par Jean Dupont", "Jane Doe, Staff Writer"."""
    if len(text) > BYLINE_MAX_CHARS or len(text.split()) > BYLINE_MAX_WORDS:
        return False
    if cues.BYLINE_ROLE.search(text) and not text.rstrip().endswith((".", "!", "?")):
        return True
    m = cues.CUES["byline"].match(text)
    if not m:
        return False
    cue_word = text.split(None, 1)[0].rstrip(":").lower()
    rest = text[m.end() - 1 :]
    # Names: capitalised words (with particles), optionally followed by ", role" or "| outlet".
    names = re.split(r"\s*[,|•·–—-]\s*|\s+(?:and|und|et|y)\s+", rest.strip(), maxsplit=1)[0]
    words = names.split()
    if not words or len(words) > 6:
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    # "de"/"of" are common words: demand at least two capitalised words after them.
    if cue_word in ("de", "of", "par", "por") and sum(1 for w in words if w[:1].isupper()) < 2 and ":" not in text[:5]:
        return False
    end = text.rstrip()[-1:]
    return end not in ("?", "!") and (end != "." or len(words) <= 4)


def is_caption(text: str) -> bool:
    """A photo description that ends with its credit."""
    if len(text) > CAPTION_MAX_CHARS or cues.TRAILING_CREDIT.search(text[-40:]):
        return False  # "(dil/dpa)" closes an article paragraph, not a photo
    tail = text[-120:]
    low = tail.lower()
    if not any(w in low for w in _CREDIT_LITERALS):  # every _CREDIT_TAIL match holds one of these
        return False
    return bool(_CREDIT_TAIL.search(tail))


def is_breadcrumb(text: str) -> bool:
    if len(text) > BREADCRUMB_MAX_CHARS or text.rstrip().endswith((".", "!", "?")):
        return False
    if cues.CUES["breadcrumb"].match(text):
        return True
    return len(_BREADCRUMB_SEP.findall(text)) >= 2


def match(text: str) -> Verdict:
    """Category of a paragraph that is boilerplate by itself, or None."""
    stripped = text.strip()
    n = len(stripped)
    if n == 0:
        return ("other", "empty")
    key = _TRAILING_PUNCT.sub("", stripped)
    if n <= CUE_MAX_CHARS:
        if is_dateline(stripped):
            return ("dateline_timestamp", "date_line")
        if is_byline(stripped):
            return ("byline", "byline")
        if cues.CUES["source_credit"].match(stripped):
            return ("source_credit", "source_cue")
        if is_breadcrumb(stripped):
            return ("breadcrumb", "breadcrumb")
    if is_caption(stripped):
        short = n <= 80 and cues.CUES["photo_credit"].match(stripped)
        return ("photo_credit", "credit_line") if short else ("caption", "ends_with_credit")
    if n <= CUE_MAX_CHARS and not stripped.endswith((".", "?", "!")) or n <= 40:
        for category, pattern in cues.CUES.items():
            if category in ("byline", "source_credit", "breadcrumb"):
                continue
            if pattern.match(key):
                return (category, "cue")
        low = key.lower()
        if n <= SUBSCRIBE_MAX_CHARS and any(w in low for w in _SUBSCRIBE_WORDS):
            return ("newsletter_or_subscribe", "subscribe_word")
    elif n <= CUE_LONG_MAX_CHARS:
        for category in cues.LONG_CUE_CATEGORIES:
            if cues.CUES[category].match(key):
                return (category, "cue_long")
    if n <= PROMPT_MAX_CHARS:
        verdict = _prompt(stripped)
        if verdict:
            return verdict
    if n <= CUE_LONG_MAX_CHARS:
        low = stripped.lower()
        # Consent notices: "cookie" beside a consent verb, or a privacy heading.
        if "cookie" in low and any(w in low for w in _CONSENT_WORDS) and any(w in low for w in _WEB_WORDS):
            return ("cookie_or_consent", "cookie_notice")
        if n <= CUE_MAX_CHARS and not stripped.endswith((".", "!", "?")) and any(w in low for w in _PRIVACY_WORDS):
            return ("cookie_or_consent", "privacy_heading")
    return None


_PROMPT_LITERALS = ("subscri", "newsletter", "abonn", "suscr", "bolet", "sign up", "inscrivez", "registr", "inbox", "mail address",
                    "postfach", "boîte")
_PROMPT_LITERAL = re.compile("|".join(map(re.escape, _PROMPT_LITERALS)))


def _prompt(text: str) -> Verdict:
    """A prompt to the reader or a note on the article's authors, a sentence or two long."""
    low = text.lower()
    if _PROMPT_LITERAL.search(low):  # cheap literal test before the regexes
        if (cues.SUBSCRIBE_WORD.search(text) and cues.OUTLET_WORD.search(text)) or cues.SUBSCRIBE_PROMPT.search(text):
            return ("newsletter_or_subscribe", "subscribe_prompt")
    if cues.FOLLOW_PROMPT.match(text):
        return ("social_or_share", "follow_prompt")
    if cues.CONTACT_LINE.match(text):
        return ("byline", "contact_line")
    if cues.CONTRIBUTORS.match(text) or ("contributed" in low and cues.CONTRIBUTED.search(text)):
        return ("byline", "contributors")
    if cues.AUTHOR_BIO.match(text):
        return ("byline", "author_bio")
    return None


def split_date_prefix(text: str) -> tuple[str, str] | None:
    """(date prefix, rest) when a machine date is glued to the start of a paragraph."""
    if not text[:1].isspace() and not text[:1].isdigit() and not text[:4].lower() in ("date", "datu", "fech", "publ", "post", "upda"):
        return None
    m = cues.DATE_PREFIX.match(text)
    if not m or m.end() >= len(text):
        return None
    return text[: m.end()].strip(" \t|–—:-"), text[m.end() :].strip()


def split_trailing_credit(text: str) -> tuple[str, str] | None:
    """(rest, credit) when a paragraph ends with an agency credit such as "(dil/dpa)"."""
    if not text.rstrip().endswith(")"):
        return None
    m = cues.TRAILING_CREDIT.search(text[-40:])
    if not m:
        return None
    cut = len(text) - 40 + m.start() if len(text) > 40 else m.start()
    rest = text[:cut].rstrip()
    return (rest, text[cut:].strip()) if rest else None
