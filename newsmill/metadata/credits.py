"""Who published a text: news-agency credits, source lines, outlet lines and copyright holders.

Everything here reads one short line (or the start or end of a paragraph) with anchored patterns:
a mention of an agency inside a body sentence ("according to Reuters") is never a credit.
"""

from __future__ import annotations

import re

# Agency spellings (lower case) -> canonical name. Short acronyms ("ap", "pa") count only
# where the whole credit is the acronym: in parentheses, after "Source:", or alone on a line.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "dpa": "dpa", "deutsche presse-agentur": "dpa", "dpa-afx": "dpa-AFX",
    "efe": "EFE", "agencia efe": "EFE",
    "ansa": "ANSA", "epd": "epd", "kna": "KNA", "sid": "SID", "apa": "APA", "ddp": "ddp", "afx": "AFX",
    "sda": "SDA", "ats": "ATS", "keystone-sda": "Keystone-SDA", "keystone-ats": "Keystone-ATS",
    "europa press": "Europa Press", "belga": "Belga", "anp": "ANP", "lusa": "Lusa",
    "tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax", "xinhua": "Xinhua",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "pa": "PA", "press association": "PA", "pa media": "PA",
    "aap": "AAP", "the canadian press": "The Canadian Press", "canadian press": "The Canadian Press",
    "upi": "UPI", "bloomberg": "Bloomberg", "ani": "ANI", "pti": "PTI", "ians": "IANS", "ap/dpa": "AP",
    "agi": "AGI", "adnkronos": "Adnkronos", "notimex": "Notimex", "ukrinform": "Ukrinform", "pap": "PAP",
    "ctk": "ČTK", "čtk": "ČTK", "mti": "MTI", "hina": "HINA", "anadolu": "Anadolu", "aa": "Anadolu",
    "ips": "IPS",
}
# Agencies named by a one- or two-letter acronym that is also a common word elsewhere.
_AMBIGUOUS = frozenset({"ap", "pa", "aa", "sid", "ani", "ats", "agi"})

# Words that make a short capitalised line an outlet name rather than a person or a place.
OUTLET_WORDS = frozenset(
    "news times post herald journal tribune gazette daily weekly chronicle telegraph guardian observer "
    "express mail mirror independent standard review magazine press media tv radio network online today "
    "report reporter insider wire digital channel broadcasting corporation group zeitung rundschau spiegel "
    "welt nachrichten allgemeine kurier anzeiger tagblatt blatt tagesspiegel stern focus presse monde "
    "figaro libération liberation parisien dépêche depeche républicain info infos actu hebdo "
    "país pais mundo diario periódico periodico vanguardia noticias confidencial correo heraldo voz "
    "corriere repubblica stampa gazzetta giornale jornal folha notícias noticias krant dagblad nieuws".split()
)
# Roles and furniture words: a line holding one of them is a role, not a name or an outlet.
ROLE_WORDS = frozenset(
    "staff writer writers reporter reporters correspondent correspondents editor editors contributor "
    "contributors columnist journalist senior chief political foreign business science sports sport "
    "technology tech health culture bureau associate deputy managing international national special "
    "desk team intern analyst producer photographer author authors "
    "redaktion redakteur redakteurin korrespondent korrespondentin reporterin autorin journalistin "
    "journaliste correspondant correspondante rédaction redaction rédacteur rédactrice envoyé envoyée "
    "spécial spéciale periodista corresponsal redactor redactora redacción enviado enviada especial "
    "giornalista corrispondente redattore jornalista repórter correspondente verslaggever correspondent "
    "updated published posted email e-mail follow contact read min minutes more share about editorial reviews "
    "stories story agency department office ministry university institute council association society "
    "foundation company inc ltd llc gmbh".split()
)

# "[Source: BBC News]", "Quelle: dpa", "Fuente: EFE", "Source : AFP" (a whole short line).
_SOURCE_LINE = re.compile(
    r"^[\[(]?\s*(?:sources?|quellen?|fuentes?|fonte|bron|agency|agencies|agence|agencia|agenzia)\s*:\s*"
    r"(?P<src>[^\[\]()]{2,80}?)\s*[\])]?\s*\.?$",
    re.I,
)
# "With Reuters", "Mit Material von dpa", "Avec AFP", "Con información de EFE", "(with AFP)".
_WITH_LINE = re.compile(
    r"^[\[(]?\s*(?:with|mit(?: material)?(?: von)?|avec|con(?: informaci[óo]n)?(?: de)?|"
    r"additional reporting by|reporting by|material from|mit agenturmaterial von)\s+"
    r"(?P<src>[^\[\]()]{2,60}?)\s*[\])]?\s*\.?$",
    re.I,
)
# A credit in parentheses: "(dpa)", "(dil/dpa)", "(AFP/Reuters)", "(EUROPA PRESS)".
_PAREN = re.compile(r"\((?P<inner>[^()]{1,40})\)")
# A dateline opening a paragraph: "LONDON (Reuters) -", "Berlin (dpa) –", "MADRID, 12 Ene. (EUROPA PRESS) -",
# "(AFP) -". The place is short; the dash or colon after the parenthesis is required.
DATELINE = re.compile(
    r"^(?:[^\W\d_][^()\n]{0,50}?\s*)?\((?P<inner>[^()]{1,40})\)\s*[-–—:]",
)
# A trailing credit closing a paragraph: "... mobilization. (dil/dpa)" or "... said. - AFP".
_TRAILING_PAREN = re.compile(r"\((?P<inner>[^()]{1,40})\)\s*\.?\s*$")
_TRAILING_DASH = re.compile(r"(?:^|[.!?\"”»]\s*)[-–—]\s*(?P<inner>[A-Za-z][A-Za-z .-]{1,30}?)\s*$")
# "© 2024 Example Media. All rights reserved.", "Copyright (c) Example Media 2024".
_COPYRIGHT = re.compile(
    r"^(?:(?:©|\(c\)|copyright\b)\s*)+,?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?(?:by\s+)?"
    r"(?P<holder>[^.|;©\n]{2,60}?)\s*,?\s*(?:(?:19|20)\d{2})?\s*(?:$|[.|;]|,|all rights|alle rechte|tous droits|"
    r"todos los derechos|tutti i diritti)",
    re.I,
)
_PHOTO_HINT = re.compile(
    r"\b(?:getty|imago|shutterstock|istock|picture[- ]alliance|epa|photo|foto|image|bild|keystone)\b|/", re.I
)


def canonical_agency(name: str, strict: bool = False) -> str | None:
    """Canonical agency name for ``name`` ("Associated Press" -> "AP"), else None.

    ``strict`` refuses the acronyms that are also common words ("AP", "PA", "SID") unless written
    in upper case as acronyms are.
    """
    key = name.strip(" .,:;-–—").lower()
    canon = AGENCIES.get(key)
    if canon is None:
        return None
    if strict and key in _AMBIGUOUS and not name.strip(" .,:;-–—").isupper():
        return None
    return canon


def agencies_in(inner: str) -> list[str]:
    """Agencies named in a credit like "dil/dpa", "AFP, Reuters" or "dpa/AFP"; initials are skipped."""
    found: list[str] = []
    for part in re.split(r"\s*[/,;&+]\s*|\s+(?:and|und|et|y|e)\s+", inner.strip()):
        canon = canonical_agency(part)
        if canon and canon not in found:
            found.append(canon)
    return found


def credit_agencies(inner: str) -> list[str]:
    """Agencies of a bare credit ("dil/dpa", "AFP/Reuters"): every part must be an agency or an
    editor's lower-case initials, so "MIKHAIL METZEL/AFP" (a photographer) or "Photo: AFP" give []."""
    parts = [p for p in re.split(r"\s*[/,;&+]\s*", inner.strip()) if p]
    found: list[str] = []
    for part in parts:
        canon = canonical_agency(part)
        if canon:
            if canon not in found:
                found.append(canon)
        elif not (part.isalpha() and part.islower() and len(part) <= 4):
            return []
    return found


def _join(agencies: list[str]) -> str | None:
    return "/".join(agencies) if agencies else None


_DOMAIN = re.compile(r"(?:www\.)?[\w-]+\.(?:com|net|org|co\.uk|de|fr|es|it|nl|at|ch|be|info|news)", re.I)


def looks_like_outlet(text: str) -> bool:
    """A short line that names a news outlet: "BBC News", "The Daily Example", "example.com"."""
    line = text.strip()
    if not 2 <= len(line) <= 50 or line[-1] in ".:;,!?" or any(c.isdigit() for c in line[:4]):
        return False
    if _DOMAIN.fullmatch(line):
        return True
    words = line.split()
    if len(words) > 6 or not line[0].isupper():
        return False
    lower = [w.strip(",.'’").lower() for w in words]
    if any(w in ROLE_WORDS and w not in OUTLET_WORDS for w in lower):
        return False
    if any(w in OUTLET_WORDS for w in lower):
        return True
    # An acronym plus at most two more words: "CNN", "NPR", "BBC Mundo", "RTL Nieuws".
    return len(words) <= 3 and any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words)


def agency_line(text: str) -> str | None:
    """The agency when the whole line is a credit: "Reuters", "(AFP)", "— dpa"."""
    line = text.strip().strip("[]()").strip(" -–—.")
    if len(line) > 40:
        return None
    return _join(credit_agencies(line))


def parse_source_credit(text: str) -> tuple[str | None, str | None] | None:
    """(outlet, syndicated_from) when ``text`` is a source or agency credit line, else None.

    "[Source: BBC News]" -> (None, "BBC News"); "(dil/dpa)" -> (None, "dpa"); "With Reuters" ->
    (None, "Reuters"); "LONDON (Reuters) - ..." -> (None, "Reuters"); "© 2024 Example Media" ->
    ("Example Media", None). A credit of agencies only joins them with "/" ("dpa/AFP").
    """
    line = text.strip()
    if not line:
        return None
    head = line[:1].lower()
    if head in "[(sqfbag" and ":" in line[:30]:
        m = _SOURCE_LINE.match(line)
        if m:
            src = m.group("src").strip()
            agencies = agencies_in(src)
            return None, _join(agencies) or src
    if len(line) <= 80 and head in "[(wmacra":
        m = _WITH_LINE.match(line)
        if m:
            agencies = agencies_in(m.group("src"))
            if agencies:
                return None, _join(agencies)
    agency = agency_line(line)
    if agency:
        return None, agency
    if "(" in line[:80]:
        m = DATELINE.match(line[:80])
        if m:
            agencies = credit_agencies(m.group("inner"))
            if agencies:
                return None, _join(agencies)
    tail = line[-60:]
    if tail.rstrip(" .").endswith(")"):
        m = _TRAILING_PAREN.search(tail)
        if m:
            agencies = credit_agencies(m.group("inner"))
            if agencies:
                return None, _join(agencies)
    if head in "©(c":
        return parse_copyright(line)
    return None


def trailing_agency(text: str) -> str | None:
    """The agency credited at the very end of a body paragraph: "... (dil/dpa)", "... said. — AFP"."""
    tail = text[-60:].rstrip()
    if not tail:
        return None
    if tail.rstrip(" .").endswith(")"):
        m = _TRAILING_PAREN.search(tail)
        return _join(credit_agencies(m.group("inner"))) if m else None
    m = _TRAILING_DASH.search(tail)
    if m:
        canon = canonical_agency(m.group("inner"), strict=True)
        return canon
    return None


def dateline_agency(text: str) -> str | None:
    """The agency of a dateline opening a body paragraph: "LONDON (Reuters) - ..." -> "Reuters"."""
    head = text[:80]
    if "(" not in head:
        return None
    m = DATELINE.match(head)
    return _join(credit_agencies(m.group("inner"))) if m else None


def parse_copyright(text: str) -> tuple[str | None, str | None] | None:
    """(outlet, syndicated_from) from a copyright line; photo credits ("© NAME/AFP") give None."""
    line = text.strip()
    if len(line) > 200:
        return None
    m = _COPYRIGHT.match(line)
    if not m:
        return None
    holder = m.group("holder").strip(" ,-–—")
    if not holder or _PHOTO_HINT.search(holder) or any(c.isdigit() for c in holder) or not holder[0].isupper():
        return None
    if holder.lower().split()[0] in ("and", "policy", "notice", "information", "infringement"):
        return None  # "Copyright and Reprint", "Copyright Policy": a footer link, not a holder
    agencies = agencies_in(holder)
    if agencies:
        # "© Reuters" alone is usually a picture credit; a year or a rights notice makes it the text's.
        if re.search(r"(?:19|20)\d{2}|rights|rechte|droits|derechos|diritti", line, re.I):
            return None, _join(agencies)
        return None
    if len(holder.split()) > 6 or holder.lower() in {"all rights reserved", "the author", "the authors"}:
        return None
    return holder, None
