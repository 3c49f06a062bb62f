"""Author names from a byline line: "By …", "Von …", "Par …", "Por …", "Of: …", "Text: …".

A byline is read in four steps:

1. the prefix ("By", "Von:", "Written by", "Autor:") says the line is a byline at all;
2. the rest is cut at the first *hard stop*: a digit (dates, "4 min read"), "Published",
   "Updated", "Edited by", "Email the author", "@handle" ...; parts after " | ", " · ", " — "
   are extras (an outlet, a place);
3. the names part is split on commas and conjunctions ("A, B and C", "A und B", "A et B",
   "A y B"). Without a conjunction only the first comma part is a name: in "By NAME, ROLE",
   "By NAME, Berlin" or "By NAME, BBC News" what follows the comma is not a person;
4. each candidate is cut at a *soft stop* (" in London", " am 3.", " le 12") and must look like
   a person's name: 2-5 capitalised words (name particles such as "von", "de", "van" allowed),
   no role, outlet or furniture word.
"""

from __future__ import annotations

import re

from newsmill.metadata.dates import MONTHS
from newsmill.metadata.credits import ROLE_WORDS, OUTLET_WORDS, canonical_agency, looks_like_outlet

NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 5
# A byline line longer than this is a sentence that happens to start with "By".
BYLINE_MAX_CHARS = 250

# "of"/"de" only with a colon ("Of: NAME" is a machine-translated "Von:"); the others with or without.
PREFIX = re.compile(
    r"^(?:(?:written|words|story|reported|reporting|text|texte|escrito|reportaje|testo|tekst)\s+(?:by|von|par|por|di|door)"
    r"|by|von|par|por|door|di|text|texte|texto|testo|tekst|autor(?:in|a|es|en)?|auteure?s?|authors?|autore|"
    r"redacci[óo]n|reportage|(?:of|de|da)(?=\s*:))\s*:?\s+",
    re.I,
)
_PREFIX_FIRST = frozenset("bvpdtawoersBVPDTAWOERS")

# Hard stops end the names part of a byline.
_HARD_STOP = re.compile(
    r"\d|@|\s[|·•]\s|\s[—–]\s|\s-\s|\b(?:published|updated|posted|last updated|email|e-mail|follow|contact|"
    r"twitter|edited by|editing by|edited|additional reporting|fact[- ]checked by|reviewed by|photos?(?: by)?:?|"
    r"photograph(?:s|y)? by|illustrations? by|video by|graphics? by|translated by|"
    r"fotos?|bilder?|grafik|ver[öo]ffentlicht|aktualisiert|lesezeit|publi[ée]|mis [àa] jour|modifi[ée]|"
    r"lecture|publicado|actualizado|lectura|min read|read more)\b",
    re.I,
)
# Soft stops end one candidate name: " in London", German " am", French " le", Spanish " el", " on".
_SOFT_STOP = re.compile(r"\s(?:in|aus|at|am|um|le|el|on|from|for|für|pour|para|en|à|a)(?:\s.*)?$|\s\(.*$")
_DATE_TOKENS = "|".join(sorted(
    list(MONTHS) + "on am le el le the of de del den updated published posted monday tuesday wednesday thursday "
    "friday saturday sunday mon tue wed thu fri sat sun montag dienstag mittwoch donnerstag freitag samstag "
    "sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado "
    "domingo".split(), key=len, reverse=True))
_TRAILING_DATE_WORDS = re.compile(rf"(?:[\s,]+(?:{_DATE_TOKENS})\.?)+[\s,]*$", re.I)
_GLUED_ROLE = re.compile(
    r"(?<=[a-zà-ÿ])(?=(?:Staff|Senior|Chief|Contributing|Special|Opinion|Political|Foreign|Business|Sports?|"
    r"Science|Associate|Deputy|Managing|Editor|Reporter|Writer|Correspondent|Columnist|Contributor|Redakteur|"
    r"Korrespondent|Journaliste|Periodista)\b)"
)
# List separators between names.
_SPLIT = re.compile(r"\s*(?:,\s*(?:and|und|et|y|e|i|en|og|och)\s|,|;|&|\+|/|\s(?:and|und|et|y|e|i|en|og|och)\s)\s*", re.I)
_CONJ = re.compile(r"\s(?:and|und|et|y|e|i|en|og|och)\s|&|;|/|\+", re.I)
# Capitalised words that are never part of a person's name on a byline.
_NOT_NAME = frozenset(
    "copyright image images photo photos foto fotos bild picture video getty credit credits the by".split()
)
# Lower-case particles inside names: "Ursula von der Leyen", "José de la Cruz", "Vincent van Gogh".
PARTICLES = frozenset("von van der den de del della di da dos das du la le ter ten zu al el bin ben ibn y e".split())


def _cut_at_role(candidate: str) -> str:
    """"Jane Doe Staff Writer" -> "Jane Doe": a name followed by role words on the same line."""
    words = candidate.split()
    for k, w in enumerate(words):
        if k >= NAME_MIN_WORDS and w.lower().strip(".,") in ROLE_WORDS:
            return " ".join(words[:k])
    return candidate


def looks_like_name(text: str) -> bool:
    """True when ``text`` reads as a person's name: "Jaroslav Lukiv", "Ursula von der Leyen"."""
    words = text.split()
    if not NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS:
        return False
    if words[0].lower() in PARTICLES and not words[0][0].isupper() or words[-1] in PARTICLES:
        return False
    all_caps = all(w.isupper() for w in words if w.lower() not in PARTICLES)
    capitalised = 0
    for w in words:
        if w in PARTICLES:
            continue
        core = w.replace("-", "").replace(".", "").replace("'", "").replace("’", "")
        if not core.isalpha():
            return False
        if not w[0].isupper():
            return False
        low = w.lower().strip(".")
        if low in ROLE_WORDS or low in OUTLET_WORDS or low in _NOT_NAME:
            return False
        # Acronyms ("BBC") are outlets, not names, unless the whole byline is set in capitals.
        if len(core) >= 2 and core.isupper() and not all_caps:
            return False
        capitalised += 1
    return capitalised >= NAME_MIN_WORDS or (capitalised >= 1 and len(words) >= NAME_MIN_WORDS)


def _clean_name(name: str) -> str:
    name = name.strip(" .,:;-–—'\"“”‘’()[]")
    if name.isupper():  # "JANE DOE" -> "Jane Doe"
        name = " ".join(w if w.lower() in PARTICLES else w.capitalize() for w in name.split())
        name = re.sub(r"(?<=[-'’])(\w)", lambda m: m.group(1).upper(), name)
    return name


def split_names(text: str) -> tuple[list[str], list[str]]:
    """Person names in a byline body (prefix removed) and the extras (non-name parts).

    "Jane Doe and John Roe | Example News" -> (["Jane Doe", "John Roe"], ["Example News"]).
    """
    stop = _HARD_STOP.search(text)
    names_part = text[: stop.start()] if stop else text
    extras: list[str] = []
    if stop and stop.group(0).strip() in "|·•—–-":
        rest = text[stop.end():]
        extras = [p.strip() for p in re.split(r"\s[|·•—–-]\s", rest) if p.strip()]
    # "By NAME November 19, 2019" / "Von NAME, Montag, 3.": drop date words left before the digit.
    if stop and stop.group(0).isdigit():
        names_part = _TRAILING_DATE_WORDS.sub("", names_part)
    names_part = names_part.strip(" ,;:-–—")
    # "Meg JamesStaff Writer": a role glued to the name by a lost line break.
    names_part = _GLUED_ROLE.sub(" ", names_part)
    parts = [p for p in _SPLIT.split(names_part) if p and p.strip()]
    if not _CONJ.search(names_part) and "," in names_part:
        # "NAME, ROLE" / "NAME, Place" / "NAME, Outlet": only the first comma part is a name.
        extras = parts[1:] + extras
        parts = parts[:1]
    names: list[str] = []
    for part in parts:
        candidate = _SOFT_STOP.sub("", part.strip()).strip(" .,:;")
        candidate = _cut_at_role(candidate)
        if looks_like_name(candidate):
            name = _clean_name(candidate)
            if name not in names:
                names.append(name)
        else:
            extras.append(part.strip())
    return names, extras


def parse_byline_full(text: str) -> tuple[list[str], list[str]] | None:
    """(names, extras) when ``text`` is a byline line, else None; see ``parse_byline``."""
    line = text.strip()
    if not line or len(line) > BYLINE_MAX_CHARS or line[0] not in _PREFIX_FIRST:
        return None
    m = PREFIX.match(line)
    if not m:
        return None
    names, extras = split_names(line[m.end():])
    if names:
        return names, extras
    # No person: still a byline when it credits an agency, an outlet or the staff ("By Reuters",
    # "Von dpa", "By BBC News", "By Staff").
    first = _SPLIT.split(_HARD_STOP.split(line[m.end():], 1)[0].strip(" ,;:"))[0].strip()
    staff = {"staff", "reports", "desk", "team", "editors", "redaktion", "rédaction", "redacción", "redazione"}
    if first and (canonical_agency(first) or looks_like_outlet(first) or staff & set(first.lower().split())):
        return [], [first] + [e for e in extras if e != first]
    return None


def parse_byline(text: str) -> list[str] | None:
    """Author names when ``text`` is a byline line, None when it is not a byline.

    "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]; "Von Anna Schmidt, Korrespondentin"
    -> ["Anna Schmidt"]; "By Reuters" -> [] (a byline without a person); "By the time we
    arrived" -> None. Roles, editors, dates, "Email the author" and "N min read" are dropped.
    """
    parsed = parse_byline_full(text)
    return None if parsed is None else parsed[0]


def bare_names(text: str) -> list[str]:
    """Names from a line with no byline prefix, for lines the boilerplate stage called a byline."""
    line = text.strip()
    if not line or len(line) > BYLINE_MAX_CHARS:
        return []
    m = PREFIX.match(line) if line[0] in _PREFIX_FIRST else None
    return split_names(line[m.end():] if m else line)[0]
