"""Stage 6: article metadata (title, published date, authors, outlet, syndication) from the text.

Pages put their metadata in the *header zone*, the few lines before the body's first long
paragraph (headline, teaser, "By NAME", date line, outlet line, "[Source: …]"), and agencies sign
at the *end* ("… (dil/dpa)"). So the extractor reads:

1. the header zone: up to HEADER_WINDOW paragraphs before the body's first long paragraph, plus
   up to HEADER_TAIL short lines after it (a byline printed under a long teaser), and the start
   of the first line (a date glued before the text, an agency dateline "LONDON (Reuters) -");
2. what the boilerplate stage removed there (categories title, byline, dateline_timestamp,
   source_credit, copyright), without relying on it: the zone is scanned on its own too;
3. the end zone: the last END_PARAGRAPHS paragraphs, for agency credits, copyright lines and
   end bylines ("Reporting by …").

Body sentences are never searched, so "according to Reuters" or "since the war began on
24 February" can never become metadata. Each field keeps its best candidate by a priority tier
and then by position (the first line wins among equals):

* published_date: a "Published"-labelled date, then an unlabelled date line (or a date in the
  byline line), then an "Updated" date; end-zone dates only when the header has none;
* authors: the first byline in the header zone, else the end zone's;
* syndicated_from: a "Source:"/"With …" credit, then an agency dateline, byline or end credit,
  then an agency copyright;
* outlet: an outlet line next to the byline ("BBC News"), then an outlet inside the byline
  ("By NAME, BBC News"), then a " | Site" suffix of the headline, then a copyright holder.

Ambiguous numeric dates (03/04/2024) are read as documented in ``newsmill.metadata.dates``:
day-first, unless a date in the header zone is unambiguous, or the language is English and the
header looks American.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsmill.boilerplate import Stripped
from newsmill.metadata.bylines import (
    _TRAILING_DATE_WORDS,
    _clean_name,
    bare_names,
    looks_like_name,
    split_names,
    parse_byline,
    parse_byline_full,
)
from newsmill.metadata.credits import (
    agencies_in,
    agency_line,
    canonical_agency,
    dateline_agency,
    looks_like_outlet,
    parse_copyright,
    parse_source_credit,
    trailing_agency,
)
from newsmill.metadata.dates import (
    MONTHS,
    LazyBool,
    NEUTRAL,
    PUBLISHED,
    UPDATED,
    find_dates,
    month_first_default,
    parse_date,
    unambiguous_order,
)

__all__ = [
    "Metadata",
    "extract_metadata",
    "parse_byline",
    "parse_date",
    "parse_source_credit",
]

# Header zone: paragraphs before the body's first long paragraph ...
HEADER_WINDOW = 15
# ... plus up to this many short lines right after it (a byline under a long teaser).
HEADER_TAIL = 4
TAIL_LINE_MAX_CHARS = 120
# A body paragraph: at least this long, with sentence punctuation.
BODY_MIN_CHARS = 150
# Look this far for the first body paragraph (full pages put long menus first).
BODY_SCAN_MAX = 300
# Lines up to this length are read whole (date lines, bylines, credits); longer ones only at
# their start (PREFIX_CHARS) and end.
SHORT_LINE = 200
PREFIX_CHARS = 120
# A date line: after removing the dates and date words, at most this many words remain.
DATE_LINE_MAX_WORDS = 4
# An outlet line is looked for this many paragraphs either side of the byline.
OUTLET_NEAR_BYLINE = 2
# End zone: agency credits, copyright and end bylines.
END_PARAGRAPHS = 3
# Lines up to this length may be a byline without prefix ("Jane Doe - 3 March 2024", "Molly Wood").
LOOSE_LINE_MAX_CHARS = 100
# A name standing alone on a header line has at most this many words.
NAME_WORDS_BARE = 4
# A headline: this many words, this many characters.
TITLE_MIN_WORDS, TITLE_MAX_WORDS, TITLE_MAX_CHARS = 3, 30, 200


@dataclass
class Metadata:
    title: str | None = None
    published_date: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    syndicated_from: str | None = None


# Removed categories that mark a paragraph as page furniture: never a title, date or outlet line.
_FURNITURE = frozenset(
    "caption photo_credit advertisement breadcrumb related_links newsletter_or_subscribe social_or_share "
    "cookie_or_consent navigation repeated".split()
)
# A caption label line: the paragraph after it is a caption.
_CAPTION_MARK = re.compile(
    r"^(?:(?:image|photo|media|video|picture|foto|bild|photograph)\s*(?:caption|source|credit)|caption|"
    r"hide caption|toggle caption|bildunterschrift|l[ée]gende|pie de foto)\b",
    re.I,
)
# Inside a line: it is a caption or photo credit.
_CAPTION_HINT = re.compile(
    r"image source|image caption|media caption|photo:|foto:|bild:|photo credit|credit:|credit\.\.\.|credit…|"
    r"[\[(]file:|©|getty images|"
    r"\(photo\)|/ ?(?:afp|ap|reuters|dpa|epa)\b|\bfile photo",
    re.I,
)
# Page furniture that is never a headline: phrases anywhere in the line ...
_NOT_TITLE_PHRASES = tuple(
    """advertisement|anzeige|werbung|publicité|publicite|publicidad|continue reading|continues reading|
    continue after|continues after|continues below|read more|all rights reserved|javascript|your browser|
    click here|reading time| min read|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|sign up for|
    subscribe to|follow us|skip to|sharing options|show more|www.|http:|https:|close share|open share|
    share this|share panel|share on|share via|sharing is caring|short url|terms of use|terms of service|
    privacy policy|filed to|filed under|click for|click to|news emails|work with us|about this|about us|
    contact us|playback|your device|not supported""".replace("\n", "").replace("    ", "").split("|")
)


class _NotTitle:
    """Page furniture phrases anywhere in a line: plain substring tests on the lower-cased line
    (much cheaper than a case-insensitive regex alternation)."""

    @staticmethod
    def search(line: str) -> bool:
        low = line.lower()
        return any(phrase in low for phrase in _NOT_TITLE_PHRASES)


_NOT_TITLE = _NotTitle()
# ... and words that open a furniture line ("Related stories", "3 comments", "Lesen Sie auch").
_NOT_TITLE_START = re.compile(
    r"^(?:\d+\s+)?(?:no |nessun |keine |aucun |sin )?(?:comments?|kommentare?|commentaires?|comentarios?|commento|"
    r"commenti|related|trending|newsletter|cookies?|subscribe|sign (?:up|in)|log ?in|share|menu|you may also|"
    r"most (?:read|popular)|lesen sie|weiterlesen|mehr zum thema|lire (?:aussi|la suite)|[àa] lire|lee tambi|"
    r"leer m[áa]s|watch|listen|more from|see also|read next)\b",
    re.I,
)
_TWO_SENTENCES = re.compile(r"[a-zà-ÿ]{2}\. +[A-ZÀ-Ý]")
_DATE_LABEL_START = re.compile(
    r"^(?:published|posted|updated|last updated|ver[öo]ffentlicht|aktualisiert|publi[ée]|mis [àa] jour|"
    r"publicado|actualizado)\b",
    re.I,
)
_LONE_PREFIX = re.compile(r"^\s*(?:by|von|par|por|text|texte|texto|autor(?:in)?|auteur|author)\s*:?\s*$", re.I)
_GLUED_SENTENCE = re.compile(r"[a-z]{2}\.[A-Z][a-z]")
_BY_NAME = re.compile(r"^(?:by|von|par|por)\s+[A-ZÀ-Ý]")
_LIST_WORDS = frozenset("and und et y e & von van der de del la le du da di".split())
_INNER_BY = re.compile(r"\s(?:by|von|par|por)\s", re.I)
# Where the head of a loose byline ends: a digit (date), a handle, a separator or a comma.
_HEAD_SPLIT = re.compile(r"\d|@|\s[|·•/—–-]\s|\s(?:on|am|le|el)\s")
_BREADCRUMB = re.compile(r"^(?:home(?: ?page)?|startseite|accueil|inicio|portada|you are here)\b|[›»>]", re.I)
# Words that may stand beside a date in a date line.
_DATE_WORDS = frozenset(
    """date dated datum fecha published first posted publication updated last modified edited on at am pm a m p
    uhr um vom stand veröffentlicht veroffentlicht aktualisiert erschienen geändert le à a h publié publiée
    mis jour mise modifié publicado publicada actualizado actualizada el de del las los of the ora alle
    gmt utc cet cest est edt bst pst pdt cdt cst et pt ct mez mesz time local
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes
    sábado sabado domingo st nd rd th er ago hour hours hr hrs minute minutes min mins day days week weeks
    vor stunde stunden minuten tag tagen il y heure heures jour jours hace hora horas minuto minutos día días
    today yesterday heute gestern aujourd hui hier hoy ayer""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?…][\"“”‘’«»)]?(?:\s|$)")


@dataclass
class _Best:
    """Keeps the candidate with the lowest (tier, position)."""

    key: tuple = (99,)
    value: object = None

    def offer(self, tier: int, position: tuple, value) -> None:
        if value and (tier, *position) < self.key:
            self.key, self.value = (tier, *position), value


# ---------------------------------------------------------------- zones


def _is_body(paragraph: str) -> bool:
    return len(paragraph) >= BODY_MIN_CHARS and _SENTENCE_END.search(paragraph) is not None


def _body_start(paragraphs: list[str], body: list[str]) -> int:
    """Index of the first long paragraph at or after the boilerplate stage's first body paragraph."""
    first = 0
    limit = min(len(paragraphs), BODY_SCAN_MAX)
    if body:
        b0 = body[0]
        for i in range(limit):
            p = paragraphs[i]
            if p == b0 or (len(b0) >= 20 and b0 in p):
                first = i
                break
    for i in range(first, min(len(paragraphs), first + BODY_SCAN_MAX)):
        if _is_body(paragraphs[i]):
            return i
    return first


def _header_zone(paragraphs: list[str], body_start: int) -> list[int]:
    zone = list(range(max(0, body_start - HEADER_WINDOW), body_start))
    j = body_start + 1
    while j < len(paragraphs) and j <= body_start + HEADER_TAIL and len(paragraphs[j]) <= TAIL_LINE_MAX_CHARS:
        zone.append(j)
        j += 1
    return zone


# ---------------------------------------------------------------- dates


def _extra_words(text: str, spans: list[tuple[int, int]]) -> int:
    """Words of ``text`` outside ``spans`` that are not date vocabulary."""
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    count = 0
    for piece in pieces:
        for w in _WORD.findall(piece):
            low = w.lower()
            if low not in _DATE_WORDS and low not in MONTHS:
                count += 1
    return count


def _line_dates(text: str, language: str | None, month_first: bool, byline: bool = False):
    """Dates a short header line gives, as (date, label, start): all of them on a date line or a
    byline, only labelled ones on a wordier line (a caption's "Photo: 25 November 2022" gives none)."""
    found = find_dates(text, language, month_first)
    if not found:
        return []
    if byline or _extra_words(text, [(f[2], f[3]) for f in found]) <= DATE_LINE_MAX_WORDS:
        return [(d, label, start) for d, label, start, _ in found]
    return [(d, label, start) for d, label, start, _ in found if label != NEUTRAL]


def _prefix_date(text: str, language: str | None, month_first: bool):
    """A date glued before the text of a long paragraph: "date 2022-11-26 Russian President …"."""
    head = text[:PREFIX_CHARS]
    found = find_dates(head, language, month_first)
    if not found:
        return None
    date, label, start, end = found[0]
    before = head[:start]
    if any(w.lower() not in _DATE_WORDS for w in _WORD.findall(before)) or len(before) > 40:
        return None
    return date, label, end


def _month_first_hint(lines: list[str], language: str | None) -> bool:
    """Month-first reading for ambiguous numeric dates: an unambiguous numeric date in the header
    zone decides, else the documented default (American-looking English)."""
    text = "\n".join(lines)
    order = unambiguous_order(text)
    return order if order is not None else month_first_default(text, language)


_DATE_TIER = {PUBLISHED: 0, NEUTRAL: 1, UPDATED: 2}

# ---------------------------------------------------------------- title


def _title_candidate(text: str) -> bool:
    line = text.strip()
    if not line or len(line) > TITLE_MAX_CHARS or line[-1] in ".,;:…" or line.endswith("..."):
        return False
    words = line.split()
    if not TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«„¿¡"):
        return False
    if _BREADCRUMB.search(line) or _NOT_TITLE.search(line) or _NOT_TITLE_START.match(line) or _CAPTION_HINT.search(line):
        return False
    if _TWO_SENTENCES.search(line):
        return False
    if sum(c.isdigit() for c in line) > len(line) // 3:
        return False
    return not looks_like_outlet(line)


def _join_agencies(text: str) -> str | None:
    """"Example TV, Associated Press" -> "AP": the agencies named in a byline's extra part."""
    found = agencies_in(text) if len(text) <= 60 else []
    return "/".join(found) if found else None


def _starts_with_date(text: str) -> bool:
    """"13/06/2014 Jane Doe All, Reviews" or "October 12, 2018/0 Comments": a date opens the line."""
    if not text[:1].isdigit() and not text[:3].lower().rstrip(".") in MONTHS and text[:4].lower() not in MONTHS:
        return False
    found = find_dates(text[:40])
    return bool(found) and found[0][2] == 0


def _is_time_line(text: str) -> bool:
    """A short line of only a time or a relative date: "Monday 5:30PM", "2 hours ago", "vor 3 Stunden"."""
    return (len(text) <= 40 and _DIGIT.search(text) is not None
            and all(w.lower() in _DATE_WORDS for w in _WORD.findall(text)))


def _loose_byline(line: str, has_date: bool) -> tuple[list[str], str | None]:
    """Names (or an agency) from a header line without a byline prefix.

    "Monday November 18, 2019 7:45 am PST by Joe Rossignol" -> names after the inner "by";
    "Chris Davies - Nov 19, 2019" or "Jane Doe @janedoe" -> the name before the date or handle;
    "Associated Press November 19, 2019" or "Reuters, Washington" -> the agency;
    "Molly Wood" -> the name (the caller keeps it only beside a date or byline line).
    """
    m = _INNER_BY.search(line)
    if m and m.start() > 0:
        parsed = parse_byline_full(line[m.start():])
        if parsed is not None:
            if parsed[0]:
                return parsed[0], None
            agency = canonical_agency(parsed[1][0], strict=True) if parsed[1] else None
            return [], agency
    head = _HEAD_SPLIT.split(line, 1)[0]
    head = _TRAILING_DATE_WORDS.sub("", head).strip(" ,;:-–—|")
    words = head.split()
    for k in (1, 2, 3):  # "Tom Okafor Associated Press", "Jane Doe and Tom Okafor, Reuters"
        if len(words) > k + 1:
            agency = canonical_agency(" ".join(words[-k:]), strict=True)
            if agency:
                names = [nm for nm in split_names(" ".join(words[:-k]).rstrip(" ,;-–—|"))[0]]
                if names:
                    return names, agency
                break
    agency_head = head.split(",", 1)[0].strip()
    agency = canonical_agency(agency_head, strict=True)
    if agency and len(agency_head) == len(head) or agency and len(line) <= 40:
        return [], agency  # "Associated Press November 19, 2019", "Reuters, Washington"
    if len(head.split()) > NAME_WORDS_BARE or not looks_like_name(head):
        return [], None
    return [_clean_name(head)], None


def _plausible_title(title: str, language: str | None, month_first: bool) -> bool:
    """A title proposed by the boilerplate stage, unless it is evidently something else."""
    if len(title.split()) < TITLE_MIN_WORDS or len(title) > 2 * TITLE_MAX_CHARS:
        return False
    if _CAPTION_HINT.search(title) or _NOT_TITLE.search(title) or _NOT_TITLE_START.match(title):
        return False
    if _TWO_SENTENCES.search(title):
        return False
    if parse_byline(title) is not None or _line_dates(title, language, month_first):
        return False
    if _DATE_LABEL_START.match(title) or "@" in title or "www." in title or title.count(":") > 1:
        return False
    if title.endswith(("...", "…", ",", "/", "|", "-")) or _starts_with_date(title):
        return False
    if sum(c.isdigit() for c in title) > len(title) // 3 or _GLUED_SENTENCE.search(title):
        return False
    words = title.split()
    if len(words) <= 6 and "/" in title:
        return False  # "Jane Doe/Example Agency": a photo credit
    if any(canonical_agency(part) for part in title.split(",")):
        return False  # "Example TV, Associated Press"
    if _BY_NAME.match(title):
        return False
    if len(words) <= 8 and all(w[:1].isupper() or w in _LIST_WORDS for w in words):
        names = split_names(title)[0]
        if names and title.startswith(names[0].split()[0]):
            return False  # "Jane Doe Senior Contributor", "Jane Doe and Tom Okafor Example Times"
    head = title.split(",", 1)[0]
    if len(title.split()) <= NAME_WORDS_BARE and looks_like_name(head):
        return False  # "Sarah E. Needleman", "JANE DOE, EXAMPLE NEWS"
    if title[:1].isalpha() and not title[0].isupper() and title[0].lower() != title[0].upper():
        return False  # starts lower case: a fragment
    return True


def _split_site_suffix(title: str) -> tuple[str, str | None]:
    """"Headline | Example News" -> ("Headline", "Example News") when the suffix is an outlet."""
    for sep in (" | ", " - ", " – ", " — "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if looks_like_outlet(tail) and len(head.split()) >= TITLE_MIN_WORDS:
                return head.strip(), tail.strip()
    return title, None


# ---------------------------------------------------------------- main


def extract_metadata(paragraphs: list[str], stripped: Stripped, language: str | None) -> Metadata:
    """Metadata from the segmented input ``paragraphs`` and what boilerplate stripping found."""
    n = len(paragraphs)
    body = list(getattr(stripped, "body", None) or [])
    removed = list(getattr(stripped, "removed", None) or [])
    body_start = _body_start(paragraphs, body)
    zone = _header_zone(paragraphs, body_start)
    zone_set = set(zone)
    end_zone = [i for i in range(max(0, n - END_PARAGRAPHS), n) if i >= body_start]

    furniture: set[int] = set()
    removed_title = None
    duplicates: set[str] = set()
    for r in removed:
        pos = r.position
        whole = 0 <= pos < n and r.text.strip() == paragraphs[pos].strip()
        if r.category in _FURNITURE and whole:
            furniture.add(pos)
        elif r.category == "title" and removed_title is None:
            removed_title = r.text.strip()
        elif r.category == "duplicate":
            duplicates.add(r.text.strip())
    for i in zone:
        if i + 1 < n and _CAPTION_MARK.match(paragraphs[i]):
            furniture.add(i + 1)

    short = {i: paragraphs[i] for i in zone if len(paragraphs[i]) <= SHORT_LINE}
    hint_lines = [paragraphs[i] for i in short] + ([paragraphs[0][:PREFIX_CHARS]] if n else [])
    month_first = LazyBool(lambda: _month_first_hint(hint_lines, language))

    date, authors, outlet, syndicated = _Best(), _Best(), _Best(), _Best()
    bylines: list[int] = []
    bare: dict[int, list[str]] = {}  # lines that are only a person's name: authors if beside a meta line
    meta_lines: set[int] = set()  # lines that are metadata, not a headline
    prefix_rest: dict[int, str] = {}

    # 1. glued date prefix and agency dateline at the start of the text and of the body
    for i in sorted({0, body_start} if n else set()):
        p = paragraphs[i]
        pre = _prefix_date(p, language, month_first)
        if pre:
            d, label, end = pre
            date.offer(_DATE_TIER[label], (i, 0), d)
            prefix_rest[i] = p[end:].lstrip(" |–—:-")
            if not prefix_rest[i]:
                meta_lines.add(i)
        syndicated.offer(1, (i,), dateline_agency(p))

    # 2. header zone lines
    for i in zone:
        p = paragraphs[i]
        if i not in short:
            continue
        if _LONE_PREFIX.match(p) and i + 1 < n:
            # "By" on its own line, the name on the next: "By" / "Sarah E. Needleman"
            names = bare_names(paragraphs[i + 1])
            if names:
                bylines.extend((i, i + 1))
                meta_lines.update((i, i + 1))
                authors.offer(0, (i,), names)
                continue
        if i in furniture:
            continue
        parsed = parse_byline_full(p)
        if parsed is not None:
            names, extras = parsed
            bylines.append(i)
            meta_lines.add(i)
            authors.offer(0, (i,), names)
            for extra in extras:
                agency = canonical_agency(extra, strict=True) or agency_line(extra) or _join_agencies(extra)
                if agency:
                    syndicated.offer(1, (i,), agency)
                elif looks_like_outlet(extra) and not find_dates(extra):
                    outlet.offer(1, (i,), extra.strip())
            for d, label, start in _line_dates(p, language, month_first, byline=True):
                date.offer(_DATE_TIER[label], (i, start), d)
            continue
        credit = parse_source_credit(p) if i < body_start else None
        if credit is not None:
            meta_lines.add(i)
            credit_outlet, credit_from = credit
            syndicated.offer(0 if not p.lstrip().startswith(("©", "(c)", "Copyright", "copyright")) else 2,
                             (i,), credit_from)
            outlet.offer(3, (i,), credit_outlet)
            continue
        dates = _line_dates(p, language, month_first)
        if dates or _is_time_line(p):
            meta_lines.add(i)
            for d, label, start in dates:
                date.offer(_DATE_TIER[label], (i, start), d)
        if len(p) <= LOOSE_LINE_MAX_CHARS:
            names, agency = _loose_byline(p, bool(dates))
            if agency:
                meta_lines.add(i)
                syndicated.offer(1, (i,), agency)
                if names:
                    bylines.append(i)
                    authors.offer(1, (i,), names)
            elif names and (dates or "@" in p):
                # "Chris Davies - Nov 19, 2019", "Monday, 18 November 2019 by Jane Doe", "Jane Doe @jdoe"
                bylines.append(i)
                authors.offer(1, (i,), names)
            elif names and p.strip() == names[0] or names and p.strip().isupper():
                bare[i] = names

    # 3. what the boilerplate stage removed near the header (it may see lines the zone missed)
    near = range(max(0, body_start - HEADER_WINDOW), body_start + HEADER_TAIL + 1)
    for r in removed:
        text = r.text.strip()
        if not text or len(text) > SHORT_LINE or (r.position not in near and r.position != 0):
            continue
        if r.category == "byline":
            parsed = parse_byline_full(text)
            names = parsed[0] if parsed else bare_names(text)
            authors.offer(0, (r.position,), names)
            if r.position not in bylines:
                bylines.append(r.position)
            for d, label, start in _line_dates(text, language, month_first, byline=True):
                date.offer(_DATE_TIER[label], (r.position, start), d)
        elif r.category == "dateline_timestamp":
            for d, label, start in _line_dates(text, language, month_first):
                date.offer(_DATE_TIER[label], (r.position, start), d)
        elif r.category in ("source_credit", "copyright") and r.position < body_start:
            credit = parse_source_credit(text)
            if credit:
                syndicated.offer(0 if r.category == "source_credit" else 2, (r.position,), credit[1])
                outlet.offer(3, (r.position,), credit[0])

    # 4. a line that is only a name, before the body and next to a date or byline line: "Molly Wood"
    for i, names in bare.items():
        if i < body_start and any(j in meta_lines for j in range(i - 2, i + 3) if j != i):
            authors.offer(2, (i,), names)
            bylines.append(i)
            meta_lines.add(i)

    # 5. title: the boilerplate stage's, else the best headline-shaped line of the header zone
    title = (getattr(stripped, "title", None) or removed_title or "").strip() or None
    title_index = None
    meta_texts = {paragraphs[i].strip() for i in meta_lines | set(bylines) if 0 <= i < n}
    if title is not None and (title in meta_texts or not _plausible_title(title, language, month_first)):
        title = None  # the boilerplate stage's pick is a byline, date line or caption
    if title is None:
        title, title_index = _pick_title(paragraphs, zone, body_start, furniture, meta_lines, prefix_rest,
                                         duplicates)
    if title:
        title, site = _split_site_suffix(title)
        outlet.offer(2, (title_index or 0,), site)

    # 6. an outlet line next to the byline: "By NAME" / "BBC News"
    for b in bylines:
        for j in range(max(0, b - OUTLET_NEAR_BYLINE), min(n, b + OUTLET_NEAR_BYLINE + 1)):
            if j == b or j == title_index or j in furniture or j in bylines:
                continue
            line = paragraphs[j].strip()
            if len(line) > 60 or looks_like_name(line) or find_dates(line):
                continue
            agency = agency_line(line)
            if agency:
                syndicated.offer(1, (j,), agency)
            elif looks_like_outlet(line):
                outlet.offer(0, (j,), line)

    # 7. end zone: agency credits, copyright, end bylines, labelled dates
    last_body = body[-1] if body else None
    for i in end_zone:
        p = paragraphs[i]
        syndicated.offer(1, (n + i,), trailing_agency(p))
        if len(p) > SHORT_LINE:
            continue
        credit = parse_source_credit(p)
        if credit is not None:
            syndicated.offer(0 if not p.lstrip()[:1] in "©(C" else 2, (n + i,), credit[1])
            outlet.offer(3, (n + i,), credit[0])
            continue
        parsed = parse_byline_full(p)
        if parsed is not None:
            authors.offer(1, (i,), parsed[0])
            continue
        for d, label, start in _line_dates(p, language, month_first):
            if label != NEUTRAL:
                date.offer(3 + _DATE_TIER[label], (i, start), d)
    if last_body is not None and (n == 0 or last_body != paragraphs[-1]):
        syndicated.offer(1, (2 * n,), trailing_agency(last_body))

    return Metadata(
        title=title,
        published_date=date.value,
        authors=list(authors.value or []),
        outlet=outlet.value,
        syndicated_from=syndicated.value,
    )


def _is_teaser(text: str) -> bool:
    """A standfirst: one or two sentences ending with a period, under a body paragraph's length."""
    return 8 <= len(text.split()) <= 60 and text.rstrip().endswith(".") and not _CAPTION_HINT.search(text)


def _pick_title(paragraphs, zone, body_start, furniture, meta_lines, prefix_rest, duplicates):
    """The headline among the header zone's lines before the body, with its index (or None, None).

    Scores: +2 for a line printed twice (headline repeated as a teaser heading); +3 when the next
    line is a byline, date or credit line, a teaser sentence or the body, +2 when one follows
    within 3 lines; +1 for 5-20 words. Ties go to the later line (menus and related links come
    before the headline, not between it and the body).
    """
    texts: dict[int, str] = {}
    for i in zone:
        if i >= body_start and i != 0:
            break
        text = prefix_rest.get(i, paragraphs[i]).strip()
        if i in furniture or (i in meta_lines and i not in prefix_rest):
            continue
        if i == body_start and i not in prefix_rest:
            continue
        if _title_candidate(text) and _plausible_title(text, None, False) and parse_source_credit(text) is None:
            texts[i] = text
    if not texts:
        return None, None
    seen: dict[str, int] = {}
    for i in zone:
        if i < body_start:
            seen[paragraphs[i].strip()] = seen.get(paragraphs[i].strip(), 0) + 1
    anchors = meta_lines | {body_start}
    best, best_score = None, -1
    for i, text in texts.items():
        score = 0
        if seen.get(text, 0) > 1 or text in duplicates:
            score += 2
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        if (i + 1 in anchors and i + 1 not in texts) or _is_teaser(nxt):
            score += 3
        elif any(j in anchors and j not in texts for j in range(i + 2, i + 4)):
            score += 2
        if 5 <= len(text.split()) <= 20:
            score += 1
        if score >= best_score:  # ties go to the line nearer the body
            best, best_score = i, score
    return texts[best], best
