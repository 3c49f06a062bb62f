"""Dates as news text prints them, in en, de, fr, es, it, pt and nl, without dateparser.

One compiled pattern finds the four shapes a news date takes:

* ISO and year-first numbers: ``2024-01-12``, ``2024-01-12T18:05:00Z``, ``2024/01/12``;
* day-month-year with a month name: ``26 November 2022``, ``3. März 2023``,
  ``12 de enero de 2024``, ``1er janvier 2024``, ``26-Nov-2022``;
* month-day-year with a month name: ``November 26, 2022``, ``Nov. 26th 2022``;
* all-numeric day and month: ``15/10/2021``, ``15.10.21``, ``10-15-2021``.

Every match carries a *label*: the last "Published"-like or "Updated"-like word between the
previous date and this one, so "Published 3 March 2023, Updated 4 March 2023" gives the
published date, never the updated one.

Numeric day/month order (``03/04/2024``), the documented rule:

1. a year-first number is year-month-day;
2. a component above 12 decides (``15/10/2021`` is 15 October, ``10/15/2021`` is 15 October);
3. dots (``03.04.2024``) are always day-first (no house style writes month.day.year);
4. otherwise day-first, unless ``month_first`` says so; when the caller gives no hint,
   month-first only when the language is English (or unknown) *and* the text looks American:
   a month-name-first date ("April 3, 2024"), a 12-hour clock ("8:15 a.m.", "4:40PM") or a US
   time-zone abbreviation (ET, EST, EDT, CT, PT, ...). ``extract_metadata`` derives the hint from the
   whole header zone and from unambiguous numeric dates there, then passes it here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

YEAR_MIN, YEAR_MAX = 1900, 2100
# Two-digit years below this are 20xx, the rest 19xx.
TWO_DIGIT_PIVOT = 70

# Month names and abbreviations, lower case, for en, de, fr, es, it, pt, nl.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "jänn", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
        "janeiro", "januari"),
    2: ("february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "févr", "fév", "fev", "febrero",
        "febbraio", "fevereiro", "februari"),
    3: ("march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
         "dezembro"),
}
MONTHS: dict[str, int] = {name: number for number, names in _MONTH_NAMES.items() for name in names}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# A month name: not inside a longer word ("mai" in "maison"), optional abbreviation dot.
_MONTH = rf"(?<![^\W\d_])(?:{_MONTH_ALT})(?![^\W\d_])\.?"
_YEAR4 = r"(?:19|20)\d{2}"
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|e|º|°|\.)?"

DATE = re.compile(
    # year-first: 2024-01-12, 2024/1/12, 2024.01.12 (with an optional ISO time)
    rf"(?<!\d)(?P<iy>{_YEAR4})(?P<isep>[-/.])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})(?!\d)"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    # day month-name year: 26 November 2022, 3. März 2023, 12 de enero de 2024, 26-Nov-2022
    rf"|(?<!\d)(?P<dd>\d{{1,2}}){_DAY_SUFFIX}[\s-]*(?:de\s+|of\s+)?(?P<dm>{_MONTH})[\s,-]*(?:de\s+|del\s+)?"
    rf"(?P<dy>{_YEAR4})(?!\d)"
    # month-name day year: November 26, 2022, Nov. 26th 2022
    rf"|(?P<mm>{_MONTH})\s*(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>{_YEAR4})(?!\d)"
    # numeric day and month, order decided by parse rules: 15/10/2021, 15.10.21
    r"|(?<![\d.])(?P<na>\d{1,2})(?P<nsep>[./-])(?P<nb>\d{1,2})(?P=nsep)(?P<ny>\d{4}|\d{2})(?![\d])",
    re.I,
)

# Labels that say which date a line gives. "date"/"datum"/"fecha" prefixes mark the publication date.
PUBLISHED_LABEL = re.compile(
    r"\b(?:published|first published|posted|publication|date|dated|datum|erschienen|ver[öo]ffentlicht|"
    r"publi[ée]e?|parution|publicad[oa]|fecha|pubblicato|publicado em|gepubliceerd)\b",
    re.I,
)
UPDATED_LABEL = re.compile(
    r"\b(?:updated|last updated|modified|last modified|edited|aktualisiert|ge[äa]ndert|stand|"
    r"mis [àa] jour|mise [àa] jour|modifi[ée]e?|actualizad[oa]|actualizaci[óo]n|aggiornato|atualizado|"
    r"bijgewerkt)\b",
    re.I,
)
PUBLISHED, NEUTRAL, UPDATED = "published", "neutral", "updated"
_YEARISH = re.compile(r"\d{4}|\d[./-]\d{1,2}[./-]\d\d")

# Signs of an American house style (for month-first numeric dates in English).
_US_STYLE = re.compile(
    rf"(?:{_MONTH})\s*\d{{1,2}}(?:st|nd|rd|th)?,\s*{_YEAR4}"
    r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.m\.|\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b",
)
_US_STYLE_I = re.compile(
    rf"(?:{_MONTH})\s*\d{{1,2}}(?:st|nd|rd|th)?,\s*{_YEAR4}|\b\d{{1,2}}(?::\d{{2}})?\s*[ap]\.m\.|\b\d{{1,2}}:\d{{2}}\s*[ap]m\b",
    re.I,
)


def looks_american(text: str) -> bool:
    """True when ``text`` shows a US date style: "April 3, 2024", "8:02 a.m.", "EDT"."""
    return bool(_US_STYLE_I.search(text) or _US_STYLE.search(text))


def month_first_default(text: str, language: str | None) -> bool:
    """Rule 4 of the module docstring: month-first only for American-looking English."""
    return (language is None or language == "en") and looks_american(text)


class LazyBool:
    """A truth value computed on first use: the house-style guess is only needed for an ambiguous
    numeric date, which most lines do not have."""

    __slots__ = ("_compute", "_value")

    def __init__(self, compute) -> None:
        self._compute, self._value = compute, None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = bool(self._compute())
        return self._value


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    return year


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int | None:
    key = name.lower().rstrip(".")
    number = MONTHS.get(key)
    if number is None:  # decomposed accents from odd sources
        number = MONTHS.get(unicodedata.normalize("NFC", key))
    return number


def numeric_order(a: int, b: int, sep: str, month_first: bool) -> tuple[int, int] | None:
    """(day, month) of a numeric date's first two components, by the module's documented rule."""
    if a > 12 and b > 12:
        return None
    if a > 12:
        return a, b
    if b > 12:
        return b, a
    if sep == "." or not month_first:
        return a, b
    return b, a


def _date_of(m: re.Match[str], month_first: bool) -> dt.date | None:
    if m.group("iy"):
        return _make(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("dd"):
        month = _month(m.group("dm"))
        return _make(int(m.group("dy")), month, int(m.group("dd"))) if month else None
    if m.group("mm"):
        month = _month(m.group("mm"))
        return _make(int(m.group("my")), month, int(m.group("md"))) if month else None
    order = numeric_order(int(m.group("na")), int(m.group("nb")), m.group("nsep"), month_first)
    if order is None:
        return None
    return _make(_year(m.group("ny")), order[1], order[0])


def unambiguous_order(text: str) -> bool | None:
    """Month-first (True) or day-first (False) when a numeric date in ``text`` shows it, else None."""
    if not any(c in text for c in "/-."):
        return None
    for m in DATE.finditer(text):
        if m.group("na"):
            a, b = int(m.group("na")), int(m.group("nb"))
            if a > 12 >= b:
                return False
            if b > 12 >= a:
                return True
    return None


def find_dates(text: str, language: str | None = None, month_first: bool | None = None):
    """Every date in ``text`` as (date, label, start, end), label in published/neutral/updated."""
    if not _YEARISH.search(text):  # every full date has a 4-digit year or a d/m/yy number: cheap pre-check
        return []
    if month_first is None:
        month_first = LazyBool(lambda: month_first_default(text, language))
    found = []
    last_end = 0
    label = NEUTRAL
    for m in DATE.finditer(text):
        between = text[last_end:m.start()]
        # The label nearest before this date wins; a label carries over to later dates until replaced.
        pub = [x.end() for x in PUBLISHED_LABEL.finditer(between)]
        upd = [x.end() for x in UPDATED_LABEL.finditer(between)]
        if pub or upd:
            label = PUBLISHED if (max(pub) if pub else -1) > (max(upd) if upd else -1) else UPDATED
        last_end = m.end()
        date = _date_of(m, month_first)
        if date is not None:
            found.append((date, label, m.start(), m.end()))
    return found


def parse_date(text: str, language: str | None = None, month_first: bool | None = None) -> dt.date | None:
    """The publication date ``text`` shows, or None.

    A "Published" date beats an unlabelled one, which beats an "Updated" one; among equals
    the first wins. ``month_first`` forces the order of ambiguous numeric dates (see module doc).
    """
    found = find_dates(text, language, month_first)
    if not found:
        return None
    rank = {PUBLISHED: 0, NEUTRAL: 1, UPDATED: 2}
    return min(found, key=lambda f: (rank[f[1]], f[2]))[0]
