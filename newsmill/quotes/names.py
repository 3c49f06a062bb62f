"""Names in an article: fullest forms, organisations and gender hints, for canonical speakers.

``NameIndex`` reads the masked article once (quotes hidden) and collects runs of capitalised
words. A run of two or more words that is not an organisation is a person's full name; the
last word is its surname key. ``canonical`` maps a speaker phrase as written to the fullest
form: "Mr Putin" -> "Vladimir Putin", "the ministry" -> "UK Ministry of Defense".
"""

from __future__ import annotations

from collections import Counter, defaultdict

from newsmill.quotes import cues as C

# Endings of role nouns ("actor", "filmmaker", "geologist", "chairman", "president").
ROLE_ENDINGS = ("er", "or", "ist", "man", "woman", "ent", "ant", "ian", "ate", "ee", "ary", "ess", "eur",
                # es, fr, de: toxicólogo, periodista, journaliste, pharmacienne, historien, doctora, autrice, Ärztin
                "ólogo", "óloga", "logue", "ista", "iste", "icien", "icienne", "orien", "orienne", "dora", "tora", "sora", "trice", "euse", "erin")
MAX_NAME_TOKENS = 4  # a person's name longer than this is a title or an organisation
DEMONYM_ENDINGS = ("an", "ish", "ese", "ic")  # "Republican Donald Trump", "British ..."
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}  # generational: "James Kennedy Jr."
# Title words that qualify another ("Foreign Secretary", "White House Press Secretary"), no
# role of their own: "the state" or "the press" said later is no person.
TITLE_MODIFIERS = {"vice", "prime", "foreign", "defence", "defense", "interior", "finance", "health",
                   "press", "house", "white", "state", "deputy", "chief"}
# Abbreviated titles and the role nouns a later reference uses ("Sen. Ann Lee" ... "the senator").
TITLE_ROLES = {
    "sen": ("senator",), "gov": ("governor",), "rep": ("representative", "congressman", "congresswoman"),
    "gen": ("general",), "prof": ("professor",), "dr": ("doctor",), "pres": ("president",),
    "sec": ("secretary",), "det": ("detective",), "sgt": ("sergeant",), "lt": ("lieutenant",),
    "col": ("colonel",), "capt": ("captain",), "adm": ("admiral",), "supt": ("superintendent",),
    "insp": ("inspector",), "amb": ("ambassador",), "atty": ("attorney",),
}
# What a company or a person does, written before its name ("Developer Valve", "Carmaker Opel").
TRADE_NOUNS = {"developer", "publisher", "maker", "carmaker", "automaker", "drugmaker", "chipmaker",
               "retailer", "manufacturer", "producer", "distributor", "broadcaster", "insurer",
               "lender", "operator", "provider", "supplier", "brewer", "startup", "rival",
               "autobauer", "hersteller", "konzern", "händler", "versicherer", "fabricant",
               "constructeur", "fabricante"}
# Words an acronym skips: "Center for Disease Control and Prevention" is CDC(P).
ACRONYM_SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "für", "und",
                       "der", "y", "del", "el", "&"}
# Possessive determiners: whose role follows ("Sein Verteidiger Arne Blomberg"); they open no name.
POSSESSIVES = frozenset({"sein", "seine", "seinen", "seiner", "seines", "ihr", "ihre", "ihren", "ihrer",
                         "ihres", "unser", "unsere", "deren", "dessen", "son", "sa", "ses", "leur", "su", "sus",
                         "mein", "meine", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "leurs", "mi", "mis",
                         "nuestro", "nuestra", "my", "your",
                         "his", "her", "their", "its", "our"})
# Capitalised words that open a sentence before a name and are never part of it ("Both
# Johnson and Corbyn", "Even Anna Berger"), in en, de, fr, es.
FUNCTION_LEADS = {
    "both", "despite", "using", "more", "even", "now", "only", "absent", "besides", "except",
    "including", "like", "unlike", "amid", "among", "just", "still", "yet", "neither", "either",
    "nor", "not", "perhaps", "maybe", "indeed", "instead", "already", "especially", "notably",
    "particularly", "thus", "hence", "plus", "why", "how", "what", "whether", "from", "with",
    "auch", "selbst", "sogar", "doch", "schon", "noch", "jetzt", "nun", "beide", "trotz",
    "même", "seul", "seule", "aussi", "ni", "incluso", "solo", "sólo", "ambos", "ambas", "aun", "aún",
    "también", "ya",
}


AFFILIATION_LINKS = ("of", "from", "at", "von", "vom", "beim", "de", "del")  # "Olga Tsukanova of the Mothers Council"
# Endings of role nouns written capitalised before a name: the English ones, German feminine
# -in ("Ärztin"), French -euse/-rice/-iste/-ienne, Spanish -ero/-era/-ista/-ora.
ROLE_LEAD_ENDINGS = ROLE_ENDINGS + ("in", "euse", "rice", "iste", "ien", "ienne", "ero", "era", "ista", "ora")


def _cap(w: str) -> bool:
    return w[:1].isupper()


# German / Nordic compound role nouns in front of a name ("Oppositionsführer Iwan Petrow").
ROLE_SUFFIXES = ("führer", "führerin", "chef", "chefin", "sprecher", "sprecherin", "minister",
                 "ministerin", "präsident", "präsidentin", "leiter", "leiterin", "vorsitzende",
                 "vorsitzender", "senator", "senatorin", "kandidat", "kandidatin", "anwalt", "anwältin", "sprecher", "wissenschaftler", "wissenschaftlerin", "forscher", "forscherin", "berater", "beraterin", "journalist", "journalistin", "analyst", "analystin", "aktivist", "aktivistin", "meister", "meisterin", "kanzler",
                 "kanzlerin", "direktor", "direktorin", "experte", "expertin", "beauftragte",
                 "beauftragter", "politiker", "politikerin", "abgeordnete", "abgeordneter",
                 "moderator", "moderatorin", "redakteur", "redakteurin", "reporter", "reporterin",
                 "korrespondent", "korrespondentin", "delegierter", "delegierte", "trainer", "trainerin",
                 "vorstand", "gründer", "gründerin", "unternehmer", "unternehmerin", "vize", "boss",
                 "sekretär", "sekretärin", "funktionär", "funktionärin", "referent", "referentin",
                 "intendant", "intendantin", "ökonom", "ökonomin", "landrat", "landrätin",
                 "vorsitzenden", "schafter", "schafterin", "arbeiter", "arbeiterin", "inhaber",
                 "inhaberin", "bewohner", "bewohnerin", "lehrer", "lehrerin", "ärztin", "pfleger",
                 "pflegerin", "polizist", "polizistin", "richter", "richterin", "händler", "händlerin",
                 "angeklagte", "angeklagter", "angeklagten", "beschuldigte", "beschuldigter", "zeugin")


def surname_particle(words: list[str], i: int) -> bool:
    """``words[i]`` is a lower-case particle of the surname closing the name: "von" and "der" in
    "Ursula von der Leyen", "in" and "'t" in "Sophie in 't Veld"."""
    def particle(w: str) -> bool:
        return w.lower() in C.NAME_PARTICLES and not _cap(w)

    if not particle(words[i]):
        return False
    s = i
    while s > 0 and particle(words[s - 1]):
        s -= 1
    e = i
    while e < len(words) and particle(words[e]):
        e += 1
    return (s > 0 and _cap(words[s - 1]) and e == len(words) - 1 and _cap(words[e])
            and (words[s].lower() not in C.PARTICLE_ARTICLES or words[s - 1].lower() in CAPITAL_PARTICLES)
            and words[e - 1].lower() not in C.PARTICLE_LEADS)  # ("Van den Broeck", not "Keller der Zeitung")


CAPITAL_PARTICLES = frozenset({"van", "von", "de", "vander", "ter"})  # written capitalised before an article


def is_given(w: str) -> bool:
    """A known given name, or a hyphenated one whose first part is ("Jean-Luc", "Eva-Marie")."""
    lw = w.lower()
    return lw in C.GIVEN_NAMES or ("-" in lw and lw.split("-")[0] in C.GIVEN_NAMES)


def role_lead(w: str) -> bool:
    """``w`` reads as a role noun in front of a name ("Nurse", "Ärztin", "Singer-guitarists"),
    not as a given name of its own ("Carrie", "Owen")."""
    lw = w.lower().rstrip(".")
    if lw in C.TITLES or person_noun(lw):
        return True
    if is_given(w) or lw in C.ORG_HEADS:
        return False
    last = lw.split("-")[-1]
    if len(last) > 5 and last.endswith("s"):
        last = last[:-1]  # a plural role: "guitarists"
    return last.endswith(ROLE_SUFFIXES) or (len(last) > 4 and last.endswith(ROLE_LEAD_ENDINGS))


def given_gender(first: str) -> str:
    """"f", "m" or "?" for a given name, a hyphenated one by its parts ("jean-marc": m)."""
    if first in C.FEMALE_NAMES:
        return "f"
    if first in C.MALE_NAMES:
        return "m"
    if first in C.GENDER_ONLY:
        return C.GENDER_ONLY[first]
    parts = {("f" if w in C.FEMALE_NAMES else "m" if w in C.MALE_NAMES else "?") for w in first.split("-")} - {"?"}
    return parts.pop() if len(parts) == 1 and "-" in first else "?"


def person_noun(lw: str) -> bool:
    """A noun for a person (``C.PERSON_NOUNS``), also as German inflects a nominalised adjective:
    "Angeklagten", "Vorsitzenden" for "Angeklagte", "Vorsitzende"."""
    return lw in C.PERSON_NOUNS or (lw[-2:] in ("en", "er") and lw[:-1] in C.PERSON_NOUNS and lw[:-1].endswith("e"))


def _initial(w: str) -> bool:
    return len(w) == 2 and w[0].isupper() and w[1] == "."


def _modifier(w: str, words: list[str]) -> bool:
    """``w`` opening ``words`` modifies the name after it: a compound adjective ("Texas-based",
    "London-born"), or an acronym before two names or more ("DJ Anna Berger"; "JAMA Psychiatry"
    is one name, and a headline in capitals is all acronyms)."""
    if "-" in w and w.split("-")[-1][:1].islower():
        return True
    return len(w) >= 2 and w.isalpha() and w.isupper() and len(words) >= 3 and not words[1].isupper()


def _gerund(w: str) -> bool:
    return len(w) > 5 and w.lower().endswith("ing")


# Titles of address, which a particle name may follow ("Herr von Weizsäcker"); after any other
# role a particle links the place or body of the role ("Bürgermeister von Wöllnitz").
COURTESY_TITLES = frozenset({"herr", "frau", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "m", "mme", "monsieur",
                             "madame", "señor", "señora", "sr", "sra", "don", "doña", "sir", "lady", "lord", "dame",
                             "me", "maître", "graf", "gräfin", "freiherr", "baron"})


def strip_titles(words: list[str], particle_names: frozenset[str] | set[str] = frozenset()) -> tuple[list[str], str]:
    """Drop titles and roles in front of a name; return the words and a gender hint.
    ``particle_names``: surnames with a particle the article writes after a given name ("de
    blasio"), which a role may precede ("Mayor de Blasio")."""
    gender = "?"
    last_title = -1
    for i, w in enumerate(words):
        lw = w.lower()
        if surname_particle(words, i):
            continue
        if i == len(words) - 1 and i > 0 and (is_given(words[i - 1]) or _initial(words[i - 1])):
            continue  # a surname that is also a title word: "Lawrence White", "Tom Chief"
        if lw in C.TITLES or lw.rstrip(".") in C.TITLES or not _cap(w) or (i < len(words) - 1 and lw.endswith(ROLE_SUFFIXES)):
            last_title = i
            if lw in C.MALE_TITLES:
                gender = "m"
            elif lw in C.FEMALE_TITLES or (lw.endswith("in") and (lw[:-2].endswith(ROLE_SUFFIXES) or lw.endswith(ROLE_SUFFIXES))):
                # (a feminine role: "Präsidentin", and "Rechtsanwältin", whose umlaut "-anwalt" lacks)
                gender = "f"
    rest = words[last_title + 1 :]
    if (last_title >= 0 and rest and not _cap(rest[0]) and words[last_title].lower().rstrip(".") not in COURTESY_TITLES
            and " ".join(rest).lower() not in particle_names):
        return [], gender  # a role and where it is held: "Bürgermeister von Wöllnitz" (not "Frau von der Leyen")
    if len(rest) >= 3 and (rest[0].lower() in POSSESSIVES or (rest[0].endswith("s") and _cap(rest[0]) and not is_given(rest[0]))) and role_lead(rest[1]):
        rest = rest[1:]  # whose role it is: "Sein Verteidiger Arne Blomberg", "Rehbeins Verteidiger …"
    if len(rest) == 2 and rest[0].lower() in C.PERSON_NOUNS | TRADE_NOUNS and rest[0].lower() not in C.ORG_HEADS:
        rest = rest[1:]  # a kind before one name: "Developer Valve", "Republican Smith"
    if len(rest) >= 2 and (rest[0].lower() in FUNCTION_LEADS or _modifier(rest[0], rest)):
        rest = rest[1:]  # "Both Johnson", "Texas-based Anna Berger", "DJ Anna Berger"
    if len(rest) >= 3 and len(rest[0]) >= 5 and rest[0].lower().endswith(DEMONYM_ENDINGS) and not is_given(rest[0]):
        rest = rest[1:]
    elif len(rest) >= 3 and person_noun(rest[0].lower()) and rest[0].lower() not in C.ORG_HEADS and not is_given(rest[0]):
        rest = rest[1:]  # a role noun before any name: "Kapitän Jonas Adler", "Coach Dale Runk"
    elif len(rest) >= 3 and rest[1].lower() in C.GIVEN_NAMES and not is_given(rest[0]) and not _initial(rest[0]) and rest[0].lower() not in C.PARTICLE_LEADS:
        # a word before a given name: a role ("Ärztin Anna Berger", "Nurse Maria Lopez",
        # "Produktmanagerin Sina Vogelsang"), the rest of a title ("General Counsel James Baker"),
        # a verb ("Telling Anna Berger"), a German noun ("die Lücke Malte Grünewald"); an unknown
        # given name stays ("Carrie Ann Smith")
        lead = rest[0].lower()
        if gender == "?" and len(lead) > 6 and lead.endswith("in") and role_lead(rest[0][:-2]):
            gender = "f"  # a German feminine role: "Produktmanagerin"
        rest = rest[1:]
    return rest, gender


def surname_key(name: list[str]) -> str:
    """The surname a later mention uses: the last word, before a generational suffix
    ("James P. Kennedy Jr." -> "kennedy")."""
    if len(name) >= 3 and name[-1].lower() in NAME_SUFFIXES:
        return name[-2].lower()
    return name[-1].lower()


def person_tail(words: list[str]) -> int | None:
    """Where a person's name of two or three words starts at the end of a longer run that is
    an organisation, a place or too long for a name: at a given name ("Director of Public
    Prosecution Eva-Marie Lind", "Teachers Union President Karl Wendorf") or, for a given name
    not known, after the last title or role ("Ohio House Speaker Dale Runkle")."""
    n = len(words)
    start = None
    for g in (n - 3, n - 2):
        if g >= 1 and is_given(words[g]) and words[g - 1].lower() not in C.PLACE_LEADS:
            start = g  # ("University of California San Diego" is no Diego)
            while start > 0 and is_given(words[start - 1]):
                start -= 1  # "… Carrie Ann Inaba"
            break
    if start is None:
        for r in (n - 3, n - 4):  # (the title closest to the name: "Police Chief Calvin Marsh")
            if r >= 0 and (words[r].lower() in C.TITLES or words[r].lower() in C.PERSON_NOUNS) and words[r].lower() not in TITLE_MODIFIERS:
                start = r + 1
                break
    if start is None or not 2 <= n - start <= 3:
        return None
    tail = words[start:]
    if is_org(tail) or is_place(tail) or not all(_cap(w) or _initial(w) or surname_particle(tail, i) for i, w in enumerate(tail)):
        return None
    return start


def affiliated_person(words: list[str]) -> int | None:
    """The length of a person's name followed by an affiliation in one run: "Colin Marsh of
    Fifeshire", "Anna Berger von Siemens" (a given name first; "Bank of England" is no person,
    and "Charles de Gaulle" is one name)."""
    for i, w in enumerate(words[:-1]):
        if w.lower() in AFFILIATION_LINKS and not _cap(w):
            name, _ = strip_titles(words[:i])
            if 2 <= len(name) <= 3 and is_given(name[0]) and not is_org(words[:i]) and not surname_particle(words, i):
                return i
            return None
    return None


# Endings of German compound names of organisations ("Bundesamt", "Presse-Agentur",
# "Innenministerium", "Polizeigewerkschaft").
GERMAN_ORG_ENDINGS = ("amt", "agentur", "ministerium", "verband", "gewerkschaft", "behörde", "gericht",
                      "zeitung", "partei", "konzern", "institut", "universität", "polizei", "verwaltung",
                      "kammer", "stiftung", "verein", "direktion", "präsidium", "bank", "werke", "betriebe",
                      "kasse", "gesellschaft", "genossenschaft", "klinik", "klinikum", "hochschule", "akademie",
                      "haus", "theater", "museum", "verlag", "fraktion", "kommission", "ausschuss", "vereinigung",
                      "feuerwehr", "bündnis", "initiative", "bibliothek", "anwaltschaft", "regierung", "gemeinde",
                      "anstalt")


# Plural groups, never a company's short form: "Democrats", "Supporters", "Activists".
PLURAL_GROUP_ENDINGS = ("ers", "ats", "ans", "ists", "ents")


def is_org(words: list[str]) -> bool:
    if not words:
        return False
    if any(w.lower() in C.ORG_HEADS for w in words):
        return True
    if any(_cap(w) and len(w) > 7 and w.lower().endswith(GERMAN_ORG_ENDINGS) and not (i and words[i - 1].lower() in C.GIVEN_NAMES)
           for i, w in enumerate(words)):
        return True  # ("Bundesamt für Umwelt", "Deutschen Presse-Agentur"; not "Kamt", nor the surname "Ted Nordhaus")
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].lower() not in C.NOT_ORG_ACRONYMS:
        return True  # CNN, NATO, BBC (not "CEO", "DT")
    # (a particle after a given name opens a surname: "Charles de Gaulle")
    given = words[0].lower() in C.GIVEN_NAMES
    return any(w.lower() in ("of", "for", "and", "&", "the", "de", "des", "du", "für", "del") and not (given and surname_particle(words, i))
               for i, w in enumerate(words[1:-1], 1))


def is_place(name: list[str]) -> bool:
    """A place, an event or a law, not a person: "Lake Erie", "Middle East", "Security Act"
    (``name`` with its titles stripped: "New Jersey Gov. Chris Christie" is a person)."""
    if len(name) < 2 or not (name[-1].lower() in C.PLACE_HEADS or name[0].lower() in C.PLACE_LEADS):
        return False
    given = name[0].lower() in C.GIVEN_NAMES
    return not (given and name[-1].lower() in C.COMPASS_WORDS)


class NameIndex:
    def __init__(self) -> None:
        self.full: dict[str, Counter] = defaultdict(Counter)  # surname -> full forms
        self.first_seen: dict[str, int] = {}
        self.by_first: dict[str, Counter] = defaultdict(Counter)
        self.gender: dict[str, str] = {}
        self.orgs: list[str] = []
        self.org_pos: list[tuple[int, str]] = []  # (position, organisation), in document order
        self.org_names: set[str] = set()  # the organisations of org_pos
        self.mentions: list[tuple[int, list[str], str]] = []  # (pos, words, gender hint)
        self.particle_names: set[str] = set()  # surnames with a particle written after a given name: "de blasio"
        self.surname_mentions: list[tuple[int, list[str], str]] = []  # later mentions by surname alone
        self.middle_names: set[str] = set()  # middle words of three-word names, so most lookups skip the scan
        self.words: set[str] = set()  # lower-case words of the names and organisations seen
        self.person_words: set[str] = set()  # lower-case words of people's names
        self.titled: dict[str, list[str]] = {}  # "president" -> the people named with that title, in order
        self.acronyms: dict[str, str] = {}  # "DEA" -> "Drug Enforcement Administration", given in brackets

    def add_role(self, role: str, pos: int, words: list[str], gender: str = "?") -> None:
        """A lower-case role noun right before a person's name ("filmmaker Charlie McDowell",
        "said planetary geologist Rosaly Lopes"): "the filmmaker" said later is that person.
        ``gender``: what the role's article says ("el toxicólogo Wilson Mosquera")."""
        name, _ = strip_titles(words)
        if len(name) >= 2 and not is_org(words) and not is_place(name) and sum(_cap(w) for w in name) <= MAX_NAME_TOKENS:
            self._title(role.lower(), " ".join(name))
            if gender != "?":
                self.gender.setdefault(surname_key(name), gender)

    def _title(self, role: str, form: str) -> None:
        forms = self.titled.setdefault(role, [])
        if form in forms:
            forms.remove(form)
        forms.append(form)

    def add_run(self, pos: int, words: list[str], sentence_start: bool = False, complement: bool = False) -> None:
        """``complement``: the run follows a role and its link ("envoy to", "adviser for"), so
        it may open with whom the role is for: "envoy to Moldova Kurt Rasmund"."""
        for i, w in enumerate(words[:-1]):
            if w.endswith(("’s", "'s", "s’", "s'")):
                words = words[i + 1 :]  # "Post’s Dana Milbank": the possessor is another name
                break
        if words[-1].endswith(("’s", "'s")) and len(words[-1]) > 3:
            words = words[:-1] + [words[-1][:-2]]  # "Bill Clinton's hair": the name is Bill Clinton
        if sentence_start and len(words) >= 3 and not is_given(words[0]) and not role_lead(words[0]) and is_given(words[1]):
            words = words[1:]  # a capital that only opens the sentence: "Rival Anna Berger"
        name, gender = strip_titles(words, self.particle_names)
        if not name:
            if is_org(words):
                self._add_org(words, pos)  # "Centre national de la recherche scientifique": lower-case words, no person
            return
        link = affiliated_person(words)
        if link is not None:
            self.add_run(pos, words[:link])  # "Colin Marsh of Fifeshire": the person, then the place
            self._add_org(words[link + 1 :], pos)
            return
        org = is_org(words) or is_place(name)
        if complement and len(words) >= 3 and (person_tail(words) or 0) >= 1 and not role_lead(words[0]):
            org = True  # (split like "Teachers Union President Karl Wendorf")
        if org or sum(_cap(w) for w in name) > MAX_NAME_TOKENS:  # (particles not counted: "Juan Carlos de la Vega")
            start = person_tail(words)
            if start is None:
                if org:
                    self._add_org(words, pos)
                return
            # "Teachers Union President Karl Wendorf": the union, then its president by name
            lead = start
            while lead > 0 and role_lead(words[lead - 1]) and words[lead - 1].lower() not in C.ORG_HEADS:
                lead -= 1
            self._add_org(words[:lead], pos)
            name, gender = strip_titles(words[start:])
            if len(name) < 2:
                return
            gender = strip_titles(words[lead:])[1] if gender == "?" else gender
            words = words[lead:]
        self._add_person(pos, words, name, gender)

    def _add_person(self, pos: int, words: list[str], name: list[str], gender: str) -> None:
        """``name``: the person's name closing the run ``words``, after its titles and roles."""
        key = surname_key(name)
        if len(name) >= 2:
            form = " ".join(name)
            for w in words[: len(words) - len(name)]:
                lw = w.lower()
                feminine = lw.endswith("in") and lw[:-2].endswith(ROLE_ENDINGS)  # "Kulturdezernentin"
                if (lw in C.TITLES or person_noun(lw) or lw.endswith(ROLE_ENDINGS) or lw.endswith(ROLE_SUFFIXES) or feminine) and lw not in TITLE_MODIFIERS:
                    self._title(lw, form)  # "President Vladimir Putin": "the president" is him
                for role in TITLE_ROLES.get(lw.rstrip("."), ()):
                    self._title(role, form)  # "Sen. Bernie Sanders": "the senator" is him
            self.full[key][form] += 1
            if len(name) == 3 and _cap(name[0]) and not is_given(name[1]):
                self.middle_names.add(name[1].lower())  # a first of two surnames (see _first_surname)
            elif len(name) == 4 and is_given(name[0]) and is_given(name[1]) and not is_given(name[2]):
                self.middle_names.add(name[2].lower())  # two given names, two surnames: "María Luisa Ortega Villanueva"
            self.first_seen.setdefault(form, pos)
            self.by_first[name[0].lower()][form] += 1
            first = name[0].lower()
            if gender == "?":
                gender = given_gender(first)
        if gender != "?":
            self.gender.setdefault(key, gender)
        if len(name) >= 2 or gender != "?" or len(words) > len(name):
            self.mentions.append((pos, name, gender))
            self.words.update(w.lower() for w in name)
            self.person_words.update(w.lower() for w in name)
        elif key in self.full and any(is_given(f.split()[0]) for f in self.full[key]):
            # a surname alone once its full name was given ("l'avenir de Ndiaye-Sarr"): who is
            # in view for "le Sénégalais", too weak for a pronoun (the nearest name is rarely its antecedent)
            self.surname_mentions.append((pos, name, gender))

    def add_given(self, pos: int, word: str) -> None:
        """A person known by a given name alone, with an age after it: "Jean-Marc, 58 ans,"."""
        self.mentions.append((pos, [word], given_gender(word.lower())))
        self.words.add(word.lower())
        self.person_words.add(word.lower())

    def _add_org(self, words: list[str], pos: int, named_kind: bool = False) -> None:
        """``named_kind``: the text said what kind of organisation it is ("le groupe Arvelis")."""
        if not words:
            return
        if len(words) >= 3 and words[1] in ("der", "des") and not is_org(words[:1]) and is_org(words[2:]):
            words = words[2:]  # a German noun and its owner: "Werkshalle der Velmar GmbH"
        org = " ".join(words[1:] if words[0].lower() in C.DETERMINERS else words)
        self.orgs.append(org)
        self.words.update(w.lower() for w in words if _cap(w))  # (not "national", "scientifique" of a French name)
        if (named_kind or is_org(words)) and " and " not in f" {org.lower()} " and not (len(words) >= 3 and all(w.isupper() for w in words)):
            self.org_pos.append((pos, org))  # (not a place, "Britain and Sweden" or a headline in capitals)
            self.org_names.add(org)

    def first_org(self, test) -> str | None:
        """The first organisation named (document order, so the answer is the same every run)
        that ``test`` accepts."""
        return next((o for _, o in self.org_pos if test(o)), None)

    def fuller_org(self, name: str) -> str | None:
        """The first organisation named whose name ends with ``name`` ("American Red Cross" for
        "Red Cross", "Washington Post" for "Post"; not one where ``name`` is a complement:
        "Sprecherin des Hauses" for "Hauses", "Bank of America" for "America")."""
        def fuller(o: str) -> bool:
            head = o[: -len(name) - 1].split() if o.endswith(" " + name) else []
            return bool(head) and head[-1].lower() not in C.COMPLEMENT_LINKS
        return self.first_org(fuller)

    def add_acronym(self, acronym: str, words: list[str]) -> None:
        """``words`` were followed by ``acronym`` in brackets: "the Drug Enforcement
        Administration (DEA)"."""
        if words and words[0].lower() in C.DETERMINERS:
            words = words[1:]
        if words:
            self.acronyms.setdefault(acronym, " ".join(words))

    def expand_acronym(self, acronym: str) -> str | None:
        """The organisation named in the article that ``acronym`` stands for: given with it in
        brackets, or whose initials spell it (after one qualifier: "Chinese Center for Disease
        Control and Prevention" is the CDC). Its canonical form keeps the acronym, "Drug
        Enforcement Administration (DEA)", the same for either way of writing it."""
        if acronym in self.acronyms:
            return self.acronyms[acronym]
        if len(acronym) < 3:
            return None  # ("EU", "UN": two letters match too much by chance)
        for org in self.orgs:
            initials = "".join(w[0] for w in org.split() if _cap(w) and w.lower() not in ACRONYM_SMALL_WORDS).upper()
            if len(org.split()) >= 2 and (initials.startswith(acronym) or initials[1:].startswith(acronym)):
                return org
        return None

    def acronym_of(self, org: str) -> str | None:
        """The acronym the article also uses for ``org``, if any (see ``expand_acronym``)."""
        for a in self.orgs:
            if a.isupper() and a.isalpha() and len(a) >= 2 and self.expand_acronym(a) == org:
                return a
        return None

    def best_full(self, key: str) -> str | None:
        forms = self.full.get(key)
        if not forms:
            return None
        # a form counts the shorter forms it ends with: "James Van Der Beek" over "Van Der Beek"
        def seen(f: str) -> int:
            return sum(c for g, c in forms.items() if f == g or f.endswith(" " + g))

        return max(forms, key=lambda f: (min(len(f.split()), 3), seen(f), -self.first_seen[f]))

    @staticmethod
    def _org_before(words: list[str]) -> bool:
        """``words`` before an "of" name an organisation: "UK Ministry (of Defense)", "Autoridad
        Nacional (del Agua)"; not "House Speaker Paul D. Ryan (of Wisconsin)"."""
        if words[-1].lower() in C.ORG_HEADS:
            return True
        return any(x.lower() in C.ORG_HEADS for x in words) and all(_cap(x) for x in words) and person_tail(words) is None

    def _first_surname(self, key: str) -> str | None:
        """The full name whose first of two surnames is ``key``: "Quispe" is "Wilfredo Quispe
        Mamani", "Wasserman" is "Debbie Wasserman Schultz" (a given name, then two surnames)."""
        if key not in self.middle_names:
            return None
        for forms in self.full.values():
            for f in forms:
                w = f.split()
                if len(w) == 3 and w[1].lower() == key and _cap(w[0]) and not is_given(w[1]):
                    return f
                if len(w) == 4 and w[2].lower() == key and is_given(w[0]) and is_given(w[1]) and not is_given(w[2]):
                    return f
        return None

    def _particle_surname(self, words: list[str], i: int) -> bool:
        """The particle at ``i`` opens a surname, not an affiliation: one given name before it
        ("Charles de Gaulle"; not "Ana Ruiz de Podemos", nor "Berger von Siemens" after "Anna
        Berger") and one word after it."""
        if not surname_particle(words, i) or is_org(words):
            return False  # ("Federico de Jesús" may be an organisation like "Banco de España")
        given, _ = strip_titles(words[:i])
        return len(given) == 1 and given[0].lower() not in self.full

    def canonical(self, phrase: str) -> tuple[str, str, bool]:
        """(canonical name, gender hint, is_person) for a speaker phrase as written."""
        words = phrase.split()
        for i, w in enumerate(words[:-1]):
            if w.lower() in AFFILIATION_LINKS:
                break  # "Rosaly Lopes of NASA's Jet Propulsion Laboratory": the possessor is the affiliation's
            if w.endswith(("’s", "'s", "s’", "s'")) and _cap(words[i + 1]):
                words = words[i + 1 :]  # "the Post’s Dana Milbank" -> "Dana Milbank"
                break
        if words[-1].endswith(("’s", "'s")):
            # a bare possessor; one owning a common noun stays: "Tom Reilly’s team" is not Tom Reilly
            words = words[:-1] + [words[-1][:-2]]
        while words and words[0].lower() in C.DETERMINERS:
            words = words[1:]
        if len(words) >= 3 and words[0][:2].lower() in ("l'", "l’") and person_noun(words[0][2:].lower()):
            words = words[1:]  # "L'attaquant Ibrahima Ndiaye": an elided article and a role
        if not words:
            return phrase, "?", False
        if not _cap(words[0]) or (words[0].lower() in C.PERSON_NOUNS and words[0].lower() not in C.TITLES):
            # "longtime adviser to both Clintons", "spokesman for Platte River", "Sprecher von
            # Siemens": an unnamed source known by whom it speaks for, not the one named
            for i, w in enumerate(words[1:-1], 1):
                if w.lower() in C.COMPLEMENT_LINKS and all(not _cap(x) or x.lower() in C.PERSON_NOUNS for x in words[:i]) and all(_cap(x) or x.lower() in C.DETERMINERS or x.lower() in ("both", "&") for x in words[i + 1 :]):
                    start = person_tail(words[i + 1 :])
                    if start and not any(role_lead(x) for x in words[i + 1 : i + 1 + start]):
                        # "envoy to Moldova Kurt Rasmund": the envoy, named after the place ("an
                        # aide to President Ed Bush" is the aide)
                        words = words[i + 1 + start :]
                        break
                    gender = "m" if words[0].lower() in C.MALE_TITLES or words[i - 1].lower() in C.MALE_TITLES else "f" if words[i - 1].lower() in C.FEMALE_TITLES else "?"
                    return " ".join(words), gender, words[i - 1].lower() not in C.ORG_HEADS
        # "Olga Tsukanova of the Mothers Council" -> the person, "UK Ministry of Defense" stays.
        for i, w in enumerate(words):
            if w.lower() in AFFILIATION_LINKS and i > 0 and i < len(words) - 1 and not self._org_before(words[:i]) and words[i - 1].lower() not in C.TITLES and _cap(words[i - 1]) and not all(x.isupper() for x in words[:i]) and not self._particle_surname(words, i):
                words = words[:i]
                break
        # "Montclair State University political scientist Brigid Harrison", "DNC Chairman Ed
        # Rendell": a person's name after a role word or a title is the speaker, not the org.
        k = len(words)
        while k > 0 and _cap(words[k - 1]) and words[k - 1].lower() not in C.TITLES and words[k - 1].lower().rstrip(".") not in C.TITLES:
            k -= 1
        if 0 < k and len(words) - k >= 2 and (not _cap(words[k - 1]) or words[k - 1].lower() in C.TITLES or words[k - 1].lower().rstrip(".") in C.TITLES) and not is_org(words[k:]):
            # (the title stays for strip_titles: "General Counsel James Baker" is James Baker)
            words = words[k - 1 if words[k - 1].lower() not in C.ORG_HEADS else k :]
        if words[-1].lower() in self.titled and not any(_cap(w) for w in words[:-1]) and len(words) <= 3 and not (len(words) == 1 and _cap(words[0])):
            # ("says Doctor": one capitalised word is a surname, not "the doctor")
            # "the president", "der Bundeskanzler", "the veteran filmmaker"
            person = self.titled[words[-1].lower()][-1]
            return person, self.gender.get(person.split()[-1].lower(), "?"), True
        if not any(_cap(w) for w in words):
            head = words[-1].lower()
            # "the ministry" -> the organisation of that kind named in the article
            for org in self.orgs:
                if head in (w.lower() for w in org.split() if _cap(w)):  # (not "la scientifique" for "… recherche scientifique")
                    return org, "n", False
            plural = head.endswith("s")
            return " ".join(words), "p" if plural else "n", False
        if words[-1].isupper() and len(words[-1]) >= 2 and words[-1].isalpha() and all(_cap(w) for w in words):
            org = self.expand_acronym(words[-1])  # "the DEA", "the Chinese CDC"
            if org is not None:
                return f"{org} ({words[-1]})", "n", False
        if is_org(words) and len(words) >= 2:
            acronym = self.acronym_of(" ".join(words))
            if acronym is not None:
                return f"{' '.join(words)} ({acronym})", "n", False
        # (a person's surname alone stays that person: "Nordhaus" after "Ted Nordhaus")
        def surname_of_person() -> bool:
            return len(words) == 1 and not words[0].isupper() and self.best_full(surname_key(words)) is not None

        if (is_org(words) and not surname_of_person()) or is_place(words) or (not _cap(words[-1])):
            return " ".join(words), "p" if words[-1].endswith("s") and not _cap(words[-1]) else "n", False
        name, gender = strip_titles(words, self.particle_names)
        if not name and len(words) >= 3 and any(not _cap(w) and w.lower() in C.NAME_PARTICLES for w in words[1:-1]):
            return " ".join(words), gender, True  # an unnamed role holder: "Bürgermeister von Wöllnitz"
        if not name:
            name = [words[-1]]
        key = surname_key(name)
        best = self.best_full(key)
        if best is None and len(name) == 1:
            best = self._first_surname(key)
        if best is None and len(name) == 1:
            forms = self.by_first.get(key)
            if forms:
                best = max(forms, key=lambda f: (forms[f], -self.first_seen[f]))
                key = best.split()[-1].lower()
        if best is None and len(words) == 1 and not is_given(words[0]) and not words[0].lower().endswith(PLURAL_GROUP_ENDINGS):
            # a company's short form: "Corvex said" after "Corvex Semiconductor Inc." (no
            # person of that name in the article)
            org = self.first_org(lambda o: " " in o and o.split()[0] == words[0])
            if org is not None:
                return org, "n", False
        canon = best if best and (len(name) == 1 or best.endswith(" ".join(name))) else " ".join(name)
        if gender == "?":
            first = canon.split()[0].lower()
            known = given_gender(first) if len(canon.split()) >= 2 else "?"
            if known != "?":
                gender = known
            elif canon == best or len(canon.split()) == 1:
                gender = self.gender.get(key, "?")  # (a surname's gender is not Bill Clinton's when it is Hillary's)
        return canon, gender, True
