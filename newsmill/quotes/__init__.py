"""Stage 7: quotations and their speakers.

``extract_quotes`` runs, top to bottom:

1. ``find.find_quote_marks``: pair the quote marks (linear, one pass, every convention);
2. ``attribute.Article``: mask the quotes out and tokenise the rest once;
3. ``names.NameIndex``: the people and organisations named outside quotes;
4. ``attribute.attribute_one``: a cue and a speaker phrase for each quote;
5. resolution in document order: canonical names, pronouns, floating / continued quotes;
6. kind: ``direct`` (a whole utterance), ``mixed`` (a fragment inside a paraphrase with a
   speaker) or ``term`` (scare quotes, titles, nicknames: no speech).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from newsmill.quotes import cues as C
from newsmill.quotes.attribute import (
    CONTINUE_MAX_TOKENS,
    DOCUMENT_NOUNS,
    SOURCE_LINKS,
    SENTENCE_WINDOW_CHARS,
    sentence_subject,
    _plausible_subject,
    placed_unnamed,
    FLOAT_PARAGRAPHS,
    GERMAN_AGE,
    MASK,
    PRONOUN_LOOKBACK,
    RELATIVE_SUBJECTS,
    TERM_MAX_WORDS,
    Article,
    Attribution,
    Mention,
    _cue_at,
    _ends_sentence,
    _is_adverb,
    _is_cap,
    _is_word,
    people_plural,
    _main_clause_start,
    _named_in_apposition,
    _np_backward,
    _particle_run,
    Tok,
    _sentence_break,
    _source_after_preposition,
    attribute_one,
)
from newsmill.quotes.find import RawQuote, find_quote_marks
from newsmill.quotes.names import (GERMAN_ORG_ENDINGS, POSSESSIVES, ROLE_ENDINGS, ROLE_SUFFIXES, TRADE_NOUNS, NameIndex, is_given, is_org,
                                   person_tail, role_lead)

KINDS = ("direct", "mixed", "term")
MAX_SENTENCE_TOKENS = 60  # how far back a paraphrase cue looks for its subject
LONG_QUOTE_WORDS = 8  # a quote this long is speech even with no cue
INTERVIEW_MIN_QUESTIONS = 2  # question paragraphs that make an article a Q&A interview
INTERVIEW_QUESTION_WORDS = 40  # … each at most this long
SPEAKER_CONTINUITY_PARAGRAPHS = 1  # a pronoun prefers a speaker this many paragraphs back
MIXED_MIN_WORDS = 2  # a lower-case cue-less fragment this long is quoted speech, not a scare quote
# Words that make a quoted fragment somebody's speech, never a title or a coinage: the speaker
# and the listener ("I am still here", "Go back, we told you"), in en, de, fr, es.
SPEECH_PRONOUNS = frozenset({
    "i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d", "me", "my", "we", "we're", "we’re",
    "we've", "we’ve", "we'll", "we’ll", "us", "our", "you", "you're", "you’re", "your",
    "ich", "mich", "mir", "mein", "meine", "wir", "uns", "unser", "unsere", "du", "ihr",
    "je", "j'ai", "j’ai", "moi", "nous", "vous", "yo", "nosotros", "usted", "ustedes",
})
TRIM = ".,;:!?…\"'“”‘’»«()"

# Words that put a quoted word into somebody's mouth even with no cue verb: speech-act nouns
# ("his claim that “thousands” …", "a call for “revolution”", "ihre Forderung nach „Respekt“")
# and verbs of speech or judgement that the attribution does not treat as cues, or that report
# a study's findings ("a paper found the hikes caused “significant” harm").
REPORT_WORDS = frozenset(
    C._en_forms("imply", "intimate", "denounce", "decry", "grouse", "proclaim", "cite", "rail",
                "slam", "blast", "mock", "ridicule", "deride", "condemn", "criticize", "criticise",
                "assail", "lambast", "hail", "herald", "tout", "praise", "dismiss", "promise",
                "pledge", "vow", "call", "claim", "demand", "warn", "complain", "find", "show",
                "believe", "hope", "fear", "feel", "think")
    | {"found", "shown", "ergab", "ergibt", "constaté", "constate", "halló", "encontró",
       "felt", "thought", "glaubt", "glaubte", "glauben", "hofft", "hoffte", "fürchtet", "fürchtete",
       "croit", "croient", "pense", "pensent", "espère", "craint", "cree", "creen", "piensa",
       "piensan", "espera", "teme", "spoke", "speak", "speaks", "speaking", "talked", "talks", "remarks", "remark", "comments",
       "comment", "statement", "speech", "tweet", "rhetoric", "argument", "arguments", "assertion",
       "assertions", "contention", "admission", "accusation", "accusations", "allegation",
       "allegations", "insistence", "description", "slogan", "pronouncements", "plea", "offer",
       "complaint", "criticism", "warning", "pledges", "vows", "promises", "claims", "calls",
       "slammed", "slamming", "note", "notes", "noted", "signaled", "signalled",
       "forderung", "forderte", "aussage", "äußerung", "behauptung", "vorwurf", "versprechen",
       "bezeichnete", "bezeichnet", "nannte", "nennt", "déclaration", "propos", "promesse",
       "appel", "affirmation", "qualifié", "qualifiée", "qualifie", "qualifiait", "traité",
       "declaraciones", "declaración", "promesa", "llamado", "afirmación", "calificó",
       "califica", "tildó", "tilda", "llamó"}
)
# Verbs that cast somebody or something "as" a quoted word ("dismissed it as “absurd”",
# "portraying immigrants as “rapists”"): speech only with the "as" between them and the quote.
CAST_VERBS = frozenset(
    C._en_forms("portray", "cast", "frame", "brand", "label", "describe", "characterize",
                "characterise", "paint", "defend", "present", "depict", "dub", "wave", "shrug",
                "refer", "view", "regard", "treat", "reject", "attack", "criticize", "criticise",
                "identify", "designate", "classify", "list", "rate", "mark", "tag", "class")
    | {"referred", "referring", "seen", "saw", "see", "sees", "casts", "shrugged", "shrugging", "bezeichnen", "darstellen", "dargestellt"}
)
# Verbs that give their object a name ("he called Rubio “Little Marco”"), in en, de, fr, es.
NAMING_VERBS = frozenset(
    C._en_forms("call", "label", "brand", "nickname")
    | {"dub", "dubs", "dubbed", "dubbing", "labelled", "labelling", "nannte", "nennt", "nennen", "taufte", "appelle", "appelait", "appelé", "surnomme", "surnommé",
       "llamó", "llama", "llamaba", "apodó"}
)
# Words that give the quote as the name of a thing or of an illness, a group, a work, not as
# somebody's words, when nobody is the subject of the naming: a participle after its noun ("a
# poem called “…”", "une maladie appelée « … »"), or the passive ("HP is called “…”", "what's
# called “…”"). With a subject ("Trump called Rubio “…”", "what she called “…”") it is speech.
NAME_PARTICIPLES = frozenset({
    "called", "named", "dubbed", "nicknamed", "termed", "christened", "genannt", "namens", "appelé", "appelée", "appelés", "appelées", "nommé", "nommée", "nommés",
    "nommées", "baptisé", "baptisée", "baptisés", "baptisées", "surnommé", "surnommée", "surnommés",
    "surnommées", "llamado", "llamada", "llamados", "llamadas", "apodado", "apodada", "apodados",
    "apodadas", "bautizado", "bautizada", "denominado", "denominada", "denominados", "denominadas",
})
NAME_AS_PARTICIPLES = frozenset({"known", "conocido", "conocida", "conocidos", "conocidas"})  # known as “…”
# Present forms naming with a reflexive or a generic subject: "la maladie s’appelle « … »",
# "ce qu’on appelle « … »", "lo que se conoce como «…»", "die Krankheit heißt „…“".
NAME_PRESENT = frozenset({"appelle", "appellent", "nomme", "llama", "llaman", "conoce", "conocen", "denomina",
                          "heißt", "heißen", "hieß", "hießen"})
GENERIC_SUBJECTS = frozenset({"on", "se", "s'", "s’", "man"})
# Nouns for a name, before the quote or its "of": the nickname of “…”, den Spitznamen „…“.
NAME_NOUNS = frozenset({
    "nickname", "nicknames", "moniker", "sobriquet", "epithet", "spitzname", "spitznamen", "beiname",
    "beinamen", "surnom", "sobriquet", "apodo", "mote", "sobrenombre",
})
NAME_OF = frozenset({"of", "de", "d'", "d’", "von"})
# Contractions of "is" that make a naming participle passive: it's called, what's called.
IS_CONTRACTED = frozenset({"it", "what", "that", "this", "which", "he", "she", "there", "who"})
# A naming with its namer after the quote ("called “…” by critics") is somebody's word.
AGENT_WORDS = frozenset({"by", "par", "por", "von"})
PASSIVE_AUX_AFTER = frozenset({"wird", "werden", "wurde", "wurden", "worden"})  # „…“ genannt wird
SKIPPED_ADVERBS = frozenset({"also", "often", "sometimes", "now", "once", "still", "commonly", "aussi", "souvent",
                             "también", "auch", "oft"})
# Verbs that coin a name for a thing, after the quote and "as": the “new Gannett,” as Reed
# dubbed the merger; „die neue Post“, wie Reed die Fusion taufte. (Not "called": "as he called
# it" is how somebody put it.)
COIN_VERBS = frozenset({"dubbed", "nicknamed", "christened", "termed", "taufte", "tauften", "getauft",
                        "baptisé", "baptisée", "surnommé", "surnommée", "bautizó", "bautizaron", "apodó", "apodaron"})
COIN_WINDOW = 6  # tokens from "as" to the coining verb, its subject (and a German object) between
THING_PRONOUNS = frozenset({"it", "this", "that", "es", "das", "ello", "esto", "cela", "ça"})
PERSON_OBJECTS = frozenset({"him", "her", "them", "ihn", "ihm", "lui"})
CLITIC_OBJECTS = frozenset({"le", "la", "lo", "les", "los", "las"})  # objects only right before the verb: como la apodó
# Words between the titles of a list: “A,” “B” and “C”.
LIST_LINKS = frozenset({"and", "or", "&", "und", "oder", "et", "ou", "y", "o"})
LIST_LINKS_PUNCT = frozenset({",", ";"})
LIST_MIN_TITLES = 2
AMBIGUOUS_PAST = frozenset({"called", "named", "dubbed", "nicknamed", "termed", "christened", "known"})
ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "un", "une", "el", "los", "las", "una", "der", "die", "das", "den", "dem", "ein", "eine", "einen"})
FRONTED_OBJECTS = frozenset({"who", "whom", "which", "what", "that", "den", "die", "das", "que", "qu'", "qu’", "a", "al"})
NEGATIONS = frozenset({"not", "never", "without", "n't", "n’t", "nicht", "nie", "ohne", "jamais", "sans", "nunca", "sin"})
RELATIVE_OPENERS_ALL = C.RELATIVE_OPENERS | C.RELATIVES
NAMING_OBJECT_TOKENS = 4  # "called [the Ohio governor] “…”": the object between the verb and the quote
NAMING_CAST_TOKENS = 14  # "refers to [the candidate, his friend,] as “…”"
AS_WORDS = frozenset({"as", "als", "comme", "como", "de"})
COIN_AS = AS_WORDS | {"wie"}  # „…“, wie Reed die Fusion taufte
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "ist", "sind", "war", "waren", "wurde", "wurden",
                      "est", "sont", "était", "été", "es", "son", "era", "fue", "sido"})
FORMAT_CHARS = frozenset("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
# Nouns for works right before a quote ("the reality show “The Apprentice,”", "his new book,
# “Rivers of Salt”") or right after it ("“Orange is the New Black” star"): a title, not speech.
WORK_NOUNS = frozenset({
    "show", "book", "film", "movie", "play", "podcast", "series", "program", "programme", "song",
    "album", "documentary", "column", "headline", "essay", "novel", "musical", "sitcom", "drama",
    "thriller", "comedy", "poem", "episode", "classic", "memoir", "opera", "painting", "hashtag",
    "sendung", "buch", "serie", "lied", "roman", "theaterstück", "kolumne", "émission", "livre",
    "série", "chanson", "pièce", "programa", "libro", "película", "canción", "novela", "obra",
})
# Kinds of group whose name follows in quote marks: die Bürgerinitiative „Wasser für Gurnitz“,
# the campaign “Homes Not Hotels”, le collectif « Sauvons la gare ».
GROUP_KIND_NOUNS = frozenset({
    "initiative", "campaign", "movement", "group", "association", "coalition", "alliance", "network",
    "bürgerinitiative", "verein", "bündnis", "aktionsbündnis", "bewegung", "kampagne", "plattform",
    "collectif", "mouvement", "plateforme", "campagne",
    "plataforma", "movimiento", "asociación", "colectivo", "campaña", "iniciativa", "coordinadora",
})
WORK_AFTER = frozenset({"star", "stars", "actor", "actress", "host", "creator", "author", "fame", "episode", "episodes", "season"})
SHOW_PREPOSITIONS = frozenset({"on", "with", "auf", "bei", "sur", "dans", "en"})  # on/with a show
HEADLINE_MAX_WORDS = 20  # a quoted headline before its byline (“…,” by the Post's Amy Lee)
BYLINE_MAX_TOKENS = 6  # outlet and author after "by"
BYLINE_WORDS = frozenset({"by", "von", "par", "por"})
# Words right before a quote that make it a slogan, a chant or a sign's words: speech even in
# title case ("chanting “Dump Trump”", "a sign that read “15%!”", "Sprechchöre „Wir sind das Volk“").
SLOGAN_WORDS = frozenset({
    "chant", "chants", "chanted", "chanting", "shouts", "shouting", "shouted", "yelling", "yelled",
    "read", "reads", "reading", "saying", "proclaiming", "slogan", "slogans", "motto", "banner",
    "message", "messages", "mantra", "refrain", "catchphrase", "tagline", "line", "botschaft",
    "banners", "cheers", "cheer", "cries", "skandierten", "riefen", "rufe", "parole",
    "aufschrift", "scandaient", "scandant", "criaient", "slogan", "coreaban", "gritaban", "lema",
})

# A crowd's cries named by a noun and "of" before the quote: "chants of", "calls of", "cris de".
SLOGAN_OF = frozenset({"of", "von", "nach", "de", "d'", "d’"})
CHEER_FOR = frozenset({"cheer", "cheered", "cheering", "chant", "chanted", "chanting"})  # cheer for “…”
CRY_NOUNS = frozenset({
    "chant", "chants", "chorus", "choruses", "cry", "cries", "shout", "shouts", "calls", "cheers",
    "roar", "roars", "chanting", "rufe", "rufen", "sprechchöre", "sprechchören", "cri", "cris",
    "grito", "gritos", "coro", "coros", "clameur",
})

# French and Spanish put the reporting clause inside the marks (« Nous gagnerons, a déclaré
# Marie Dubois. Le vote est clair. », «No hay plan —dijo Ana Ruiz— y lo sabemos»): such an
# incise splits the quote into two pieces, like “A,” she said, “B.” in English.
INCISE_CUES = (C.CUES_FR | C.CUES_ES) - {"selon", "según", "d'après", "d’après"}  # verbs, not prepositions
INCISE_MAX_CHARS = 60  # a reporting clause is short; a longer run is the speaker's own sentence
INCISE_RE = re.compile(r"(,|[—–])[ \u00a0\u202f]*(?:(?:a|ont|avait|avaient|ha|han|había|habían)[ \u00a0\u202f]+)?(\w[\w’'-]*)")
WORD_RE = re.compile(r"[^\W_]")
INCISE_SUBJECT_WORDS = frozenset({"le", "la", "les", "un", "une", "el", "los", "las", "uno", "una", "él", "ella",
                                  "ellos", "ellas", "elle", "il", "ils", "elles", "on"})


def _incise_subject(w: str) -> bool:
    """The word after an incise's verb opens its subject: a name, a determiner, a pronoun."""
    return w[:1].isupper() or w.lower() in INCISE_SUBJECT_WORDS or w.lower().startswith(("l’", "l'"))


def _split_incises(text: str, raws: list[RawQuote]) -> list[RawQuote]:
    """Split each quote at the reporting clauses written inside its marks (INCISE_CUES)."""
    out: list[RawQuote] = []
    for q in raws:
        start = q.start
        piece = q
        for m in INCISE_RE.finditer(text, q.start, q.end):
            if m.start() < start:
                continue
            low = m.group(2).lower()
            if low not in INCISE_CUES:
                continue
            delim = m.group(1)
            rest = text[m.end() : min(q.end, m.end() + INCISE_MAX_CHARS)]
            if "-" not in low:  # "dit-il", "a-t-elle" carry their subject
                words = rest.split()
                if not words or not _incise_subject(words[0]):
                    continue
            # the clause ends at the next comma, full stop or (after a dash) the closing dash
            ends = "—–" if delim in "—–" else ",.;"
            k = next((j for j, ch in enumerate(rest) if ch in ends), -1)
            if k < 0 and m.end() + len(rest) < q.end:
                continue
            s2 = q.end if k < 0 else m.end() + k + 1
            while s2 < q.end and (text[s2] in " \u00a0\u202f.,;" or text[s2] in "—–"):
                s2 += 1
            last = WORD_RE.search(text, s2, q.end) is None  # the clause ends the quote
            e1 = m.start() + (1 if delim == "," else 0)
            while e1 > start and text[e1 - 1] in " \u00a0\u202f":
                e1 -= 1
            if e1 <= start:
                continue
            cut = e1 - 1 if delim == "," else m.start()  # the clause is left unmasked for attribution
            if last:
                piece = replace(piece, start=start, end=e1, close_pos=cut, closed=True, continued=False)
                break
            out.append(replace(piece, start=start, end=e1, close_pos=cut, closed=True, continued=False))
            piece = replace(q, start=s2, open_pos=s2)
            start = s2
        out.append(piece)
    return out


# An unclosed quote with an inverted reporting clause in it ("Nobody told the tenants, said
# Helen Marsh, whose group …) lost its closing mark before the clause: the quote ends at the comma.
UNCLOSED_CUE_RE = re.compile(r",[ \u00a0]+(\w+)[ \u00a0]+(?:[A-Z]|the |a )")


def _cut_unclosed(text: str, raws: list[RawQuote]) -> list[RawQuote]:
    """End each unclosed quote before the first inverted reporting clause in it."""
    out = []
    for q in raws:
        if not q.closed:
            for m in UNCLOSED_CUE_RE.finditer(text, q.start, q.end):
                if m.group(1) in C.CUES_EN and m.group(1) not in C.NO_INVERSION:
                    q = replace(q, end=m.start() + 1, close_pos=m.start(), closed=True, continued=False)
                    break
        out.append(q)
    return out


TITLE_WORDS = C.TITLE_SMALL_WORDS | {"is", "are", "was", "were", "be", "not"}  # "Orange is the New Black"


def _title_word(w: str) -> bool:
    """A word that may stand in a title: capitalised, a small function word, or no letters."""
    return w[:1].isupper() or not w[:1].isalpha() or w.strip(TRIM).lower() in TITLE_WORDS


@dataclass
class Quote:
    text: str  # without the quote marks; == article_text[char_start:char_end]
    char_start: int
    char_end: int
    paragraph_index: int  # paragraph the quote starts in
    kind: str  # one of KINDS
    speaker: str | None = None  # canonical name (fullest form in the article)
    speaker_mention: str | None = None  # as written; == article_text[speaker_char_start:speaker_char_end]
    speaker_char_start: int | None = None
    speaker_char_end: int | None = None
    cue: str | None = None  # reporting verb as written


# German capitalises every noun: a run of them with no given name is no person ("über Jahre
# Leistungen abgerechnet", "Unterschriften von Patienten"); by ending, and a few common nouns.
GERMAN_NOUN_ENDINGS = ("ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
                       "tionen", "ismus", "nisse", "ität", "itäten")
GERMAN_COMMON_NOUNS = frozenset({
    "jahr", "jahre", "jahren", "monat", "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen",
    "stunde", "stunden", "minuten", "prozent", "euro", "millionen", "milliarden", "menschen", "leute",
    "eltern", "kinder", "frauen", "männer", "patienten", "ende", "anfang", "mitte", "pflicht", "angehörige",
    "unterschriften", "geld", "arbeit", "zeit", "stadt", "land", "haus", "hause", "schule", "polizei"})
GERMAN_DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des"})
# No person's name follows these: "in einer Zürcher Genossenschaftswohnung" is a flat, "im
# Hauptberuf Landwirt" a trade (after a contracted article a role and a name may: "beim Trainer
# Jonas Reiter").
GERMAN_INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines", "kein", "keine", "keiner", "keinem",
                               "keinen", "keines"})
GERMAN_CONTRACTED_ARTICLES = frozenset({"im", "am", "zum", "zur", "vom", "beim", "ins", "ans"})  # (an organisation may follow)
GERMAN_RUN_LINKS = frozenset({"in", "im", "am", "der", "die", "das", "dem", "den", "des", "vom", "zum", "zur", "aus", "mit"})


def _german_noun_run(words: list[str], article_nouns: frozenset[str] = frozenset()) -> bool:
    """``words`` read as German common nouns, not a person's name (see GERMAN_NOUN_ENDINGS);
    ``article_nouns``: the capitalised words the article writes right after a definite article,
    given for a run opening a sentence (whose first capital proves nothing)."""
    if len(words) < 2 or any(is_given(w) for w in words) or is_org(words):
        return False
    if any(w in GERMAN_RUN_LINKS for w in words[1:-1]):
        return True  # a phrase, not a name: "Streifen in der Altstadt", "Eltern in der Pflicht"
    if words[-1] in article_nouns:
        return True  # "Schweizer Gletscher verlieren …" and later "Die Gletscher": a surname takes no article
    return any(_german_common_noun(w) for w in words)


def _german_no_name_after(before: str, words: list[str]) -> bool:
    """The capitalised run ``words`` after the German word ``before`` names no person: after an
    indefinite article unless it opens with a given name; after a contracted article unless it
    holds a given name, a role and a name, or an organisation."""
    if before in GERMAN_INDEFINITE:
        return not is_given(words[0])
    return (before in GERMAN_CONTRACTED_ARTICLES and not any(is_given(w) for w in words)
            and not (len(words) >= 3 and role_lead(words[0])) and not is_org(words))


def _german_common_noun(w: str) -> bool:
    return w.lower() in GERMAN_COMMON_NOUNS or (len(w) > 6 and w.lower().endswith(GERMAN_NOUN_ENDINGS))


# German nouns (and compounds ending in them) naming a business's kind before its name.
GERMAN_KIND_ENDINGS = ("zulieferer", "konzern", "hersteller", "händler", "unternehmen", "firma", "anbieter",
                       "versicherer", "betreiber", "dienstleister", "reederei", "brauerei", "verlag", "autobauer",
                       "discounter", "produzent", "werft", "kette", "start-up", "startup")
# French capitalises an organisation's first word only: "la Chambre d'agriculture", "le Conseil
# constitutionnel", "le Centre national de la recherche scientifique", "la Cour des comptes".
FRENCH_ORG_HEADS = frozenset({"chambre", "caisse", "haut", "haute", "observatoire", "académie", "collectif",
                              "confédération", "direction", "inspection", "agence", "office", "banque"})
FRENCH_ADJECTIVE_ENDINGS = ("al", "ale", "aux", "ien", "ienne", "ique", "el", "elle", "if", "ive", "aire",
                            "ais", "aise", "ois", "oise", "eur", "ieur", "ieure", "éen", "éenne", "iste")
FRENCH_ORG_LINKS = frozenset({"de", "du", "des"})
MAX_FRENCH_ORG_TAIL = 6


def _french_org_tail(toks: list[Tok], j: int, n: int) -> int:
    """The end of a French organisation's name opening at a capitalised head before ``j``: its
    lower-case adjectives and one complement each ("d'agriculture", "de la recherche
    scientifique", "des comptes", "de l'Intérieur")."""
    k = j
    while k < n and k - j < MAX_FRENCH_ORG_TAIL and toks[k].start - toks[k - 1].end <= 1:
        t = toks[k]
        if t.text[:1].islower() and t.text.isalpha() and t.low.endswith(FRENCH_ADJECTIVE_ENDINGS) and t.low not in C.STOP and t.low not in C.ALL_CUES:
            k += 1  # "constitutionnel", "national", "fédéral"
            continue
        m = k
        if t.low in FRENCH_ORG_LINKS:
            m = k + 1
            if m < n and toks[m].low in ("la", "l'", "l’"):
                m += 1
        if m < n and toks[m].low[:2] in ("d'", "d’", "l'", "l’") and len(toks[m].low) > 3 and toks[m].text[2:].isalpha() and (m > k or t.low[:2] in ("d'", "d’")):
            k = m + 1  # "d'agriculture", "de l'énergie", "de l'Intérieur"
            continue
        if m > k and m < n and toks[m].text.isalpha() and toks[m].low not in C.STOP and toks[m].low not in C.DETERMINERS:
            k = m + 1  # "de la recherche", "des comptes", "de cassation"
            continue
        break
    return k


LOWER_BODY_LINKS = frozenset({"de", "del", "du", "des"})


def _lower_case_bodies(art: Article, index: NameIndex) -> None:
    """French and Spanish write a body's noun in lower case before its place: "la cofradía de
    Corme", "la préfecture de la Gironde", "le parquet de Paris": an organisation, so that "la
    cofradía" later is that one."""
    toks = art.toks
    n = len(toks)
    for k in range(1, n - 2):
        t = toks[k]
        if not (t.text.islower() and (t.low in C.ORG_HEADS or t.low in C.ORG_REFERENCE_NOUNS or t.low in BODY_NOUNS)):
            continue
        if toks[k - 1].low not in C.DETERMINERS or toks[k + 1].low not in LOWER_BODY_LINKS:
            continue
        m = k + 2
        if toks[m].low in ("la", "l'", "l’") and m + 1 < n:
            m += 1
        e = m
        while e < n and e - m < 3 and _is_cap(toks[e]) and toks[e].text[:1].isalpha() and toks[e].low not in C.STOP:
            e += 1
        if e > m:
            index._add_org([w.text for w in toks[k:e]], t.start, named_kind=True)


# Nouns of local bodies that French and Spanish write in lower case ("la cofradía de Corme").
BODY_NOUNS = frozenset({"cofradía", "ayuntamiento", "consistorio", "concello", "diputación", "consejería",
                        "mairie", "préfecture", "parquet", "conseil", "tribunal", "juzgado", "fiscalía",
                        "gendarmerie", "commune", "municipalité", "alcaldía", "gobernación"})


def _german_genitive(words: list[str], article_words: frozenset[str]) -> list[str]:
    """A German name in the genitive owns what follows it: "Noemi Kälins Inszenierung" is Noemi
    Kälin, when the article writes "Kälin" alone or a common noun follows ("Max Frischs Stück")."""
    if not is_given(words[0]) or is_org(words):
        return words  # (a person's name opens with a given name; "Verband Hamburger Hafenlogistiker" is none)
    for k in range(1, len(words)):
        w = words[k]
        stem = w[:-1]
        if len(w) > 3 and w.endswith("s") and stem[-1:] not in ("s", "x", "z", "ß") and _cap_word(stem) and (
                stem in article_words or (k + 1 < len(words) and _german_common_noun(words[k + 1]))):
            return words[:k] + [stem]
    return words


def _cap_word(w: str) -> bool:
    return w[:1].isupper() and w.isalpha()


def _role_article_gender(toks: list[Tok], r: int) -> str:
    """The gender a singular article gives the role noun at ``r`` before a name: "el
    toxicólogo Wilson Mosquera", "la ministra …", "le juge …"; German "der" only before a
    masculine form ("der Richter", not "der Richterin", a genitive)."""
    if r == 0:
        return "?"
    article, head = toks[r - 1].low, toks[r].low
    if article == "der" and head.endswith("in"):
        return "?"
    if article == "die" and head.endswith("in") and len(head) > 5:
        return "f"
    return ARTICLE_GENDER.get(article, "?")


def _build_names(art: Article, lang: str | None = None) -> NameIndex:
    index = NameIndex()
    toks = art.toks
    i = 0
    n = len(toks)
    article_words = frozenset(t.text for t in toks) if lang == "de" else frozenset()
    article_nouns = frozenset(toks[k + 1].text for k in range(n - 1) if toks[k].low in GERMAN_DEFINITE and _is_cap(toks[k + 1])) if lang == "de" else frozenset()
    if lang in ("fr", "es"):
        _lower_case_bodies(art, index)
    for k in range(n - 2):
        if is_given(toks[k].text) and (p := _particle_run(toks, k + 1, n)):
            index.particle_names.add(" ".join(t.low for t in toks[k + 1 : k + p + 2]))  # "Bill de Blasio"
    while i < n:
        t = toks[i]
        # a name after an elided "de": "un doublé d'Ibrahima Ndiaye-Sarr"
        elided = t.low[:2] in ("d'", "d’") and len(t.text) > 3 and t.text[2].isupper() and t.text[2:].isalpha()
        if not elided and (not (_is_cap(t) and t.text[:1].isalpha()) or t.low in C.STOP or t.low in C.DETERMINERS or t.low in C.PRONOUNS or t.low in C.PREPOSITION_CUES or t.low in C.PREPOSITIONS or t.low in POSSESSIVES):
            i += 1  # "Selon Marie Dubois", "Laut Anna Berger": the name starts after the cue
            continue
        j = i + 1
        while j < n and toks[j].start - toks[j - 1].end <= 1 and "\n" not in art.text[toks[j - 1].end : toks[j].start]:
            w = toks[j]
            if _is_cap(w) and w.text[:1].isalpha() and w.low not in C.STOP:
                j += 1
            elif (w.low in C.NAME_LINKS or (w.low == "für" and is_org([toks[j - 1].text]))) and j + 1 < n and _is_cap(toks[j + 1]) and toks[j + 1].low not in C.STOP:
                # ("für" only inside an organisation's name: "Bundesamt für Umwelt", not "Lob für Merkel")
                if w.low in C.COORDINATORS and not any(x.low in C.ORG_HEADS for x in toks[i:j]):
                    break  # "Jeb Bush and Hillary Clinton": two people, not one organisation; "Sóller y Lisboa": two places
                j += 2
            elif (p := _particle_run(toks, j, n)) and toks[j + p].low not in C.STOP and not (j + p + 1 < n and _is_cap(toks[j + p + 1]) and toks[j + p + 1].text[:1].isalpha()):
                j += p + 1  # "Ursula von der Leyen", "Sophie in 't Veld": one surname after the particles
            else:
                break
        if lang == "fr" and toks[j - 1].low in C.ORG_HEADS | FRENCH_ORG_HEADS:
            j = _french_org_tail(toks, j, n)  # "Chambre d'agriculture", "Conseil constitutionnel"
        words = [w.text for w in toks[i:j]]
        if j + 1 < n and MASK in toks[j].text and is_given(toks[j - 1].text) and _is_cap(toks[j + 1]) and toks[j + 1].text.isalpha() and toks[j + 1].low not in C.STOP and not is_given(toks[j + 1].text):
            # a nickname in quote marks inside the name: Omar “el Tano” Benedetti, Joaquín «El Chapo» Guzmán
            e = j + 1
            while e + 1 < n and _is_cap(toks[e + 1]) and toks[e + 1].text.isalpha() and toks[e + 1].low not in C.STOP and toks[e + 1].start - toks[e].end <= 1:
                e += 1
            words += [w.text for w in toks[j + 1 : e + 1]]
            j = e + 1
        if elided:
            if j == i + 1:
                i = j
                continue  # "d'Orléans", "d'Artagnan": one word after "d'" may be anything
            words[0] = t.text[2:]
            t = replace(t, text=t.text[2:], low=t.low[2:], start=t.start + 2)
        if len(words) >= 3 and t.low[:2] in ("l'", "l’") and _is_role_noun_word(t.low[2:]):
            # "L'attaquant Ibrahima Ndiaye": the role, elided with its article, then the name
            index.add_role(t.low[2:], toks[i + 1].start, words[1:])
            words = words[1:]
        at_sentence_start = i == 0 or _sentence_break(toks, i - 1, art.text) or MASK in toks[i - 1].text
        acronym = len(words) == 1 and 2 <= len(words[0]) <= 5 and words[0].isupper() and words[0].isalpha() and words[0].lower() not in C.NOT_ORG_ACRONYMS
        if at_sentence_start and len(words) == 1 and words[0] in index.org_names:
            index._add_org(words, t.start, named_kind=True)  # an organisation named before, opening a sentence: "Rapidoo, por su parte, …"
        elif not (at_sentence_start and len(words) == 1) or acronym:  # ("EDF a rétabli …" opens with its organisation)
            if j + 2 < n and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper() and len(toks[j + 1].text) >= 2 and len(words) >= 2:
                index.add_acronym(toks[j + 1].text, words)  # "the Drug Enforcement Administration (DEA)"
            b = i - 1 if i > 0 and toks[i - 1].low not in C.DETERMINERS else i - 2
            complement = b >= 1 and toks[b].low in C.COMPLEMENT_LINKS and _is_role_noun(toks[b - 1])
            counted = i > 0 and (toks[i - 1].text.replace(".", "").replace(",", "").isdigit() or _count_word(toks[i - 1].text))
            after_article = lang == "de" and i > 0 and _german_no_name_after(toks[i - 1].low, words)
            if (counted and not is_org(words)) or (lang == "de" and _german_noun_run(words, article_nouns if at_sentence_start else frozenset())) or after_article:
                i = j
                continue  # a count is no name: "drei Jahre Haft", "fünf Millionen Euro"
            prev = toks[i - 1] if i > 0 else None
            kind = _kind_before(toks, i)
            if prev is not None and toks[i].start - prev.end <= 1 and (kind or (
                    _is_cap(prev) and prev.low.endswith(GERMAN_ORG_ENDINGS) and len(prev.low) > 7)) and not is_given(words[0]):
                # a name after the kind of organisation it is: "le groupe Arvelis", "the company
                # Hartwell Freight", "der Chemiekonzern Rheinfels"
                index._add_org(words, t.start, named_kind=True)
                i = j
                continue
            if i >= 3 and toks[i - 1].low in ("of", "from", "aus", "de") and toks[i - 2].text == "," and toks[i - 3].text.isdigit():
                index._add_org(words, t.start)  # a hometown after an age: "Dolores Whitcomb, 74, of Silver Spring"
                i = j
                continue
            if i >= 2 and toks[i - 1].text == "(" and _is_cap(toks[i - 2]) and j < n and toks[j].text == ")":
                # a bracket right after a name holds an affiliation, no person: "Landrat Gerhard
                # Wimmelbacher (Freie Wähler)", "Anna Berger (Grüne)"
                index._add_org(words, t.start)
                i = j
                continue
            if len(words) == 1 and is_given(words[0]) and j + 1 < n and toks[j].text == "," and toks[j + 1].text[:1].isdigit():
                index.add_given(t.start, words[0])  # "Jean-Marc, 58 ans,", "Kévin, 23 ans,"
                i = j
                continue
            if lang == "de" and len(words) >= 2 and not is_given(words[1]) and words[0].lower().endswith(GERMAN_KIND_ENDINGS):
                # German capitalises the kind too: "Der Autozulieferer Hellwig", "die Reederei Nordstern"
                index._add_org(words[1:], toks[i + 1].start, named_kind=True)
                i = j
                continue
            if j < n and toks[j].low in GROUP_KIND_NOUNS and toks[j].text.islower() and not is_given(words[0]) and toks[j].start - toks[j - 1].end <= 1:
                # a name before the kind of group it is: "the Save Hexley Libraries campaign"
                # (not "the Bernie Sanders campaign")
                index._add_org(words, t.start, named_kind=True)
                i = j
                continue
            if lang == "de":
                words = _german_genitive(words, article_words)
            index.add_run(t.start, words, at_sentence_start, complement)
            before = toks[i - 1] if i > 0 else None
            if before is not None and _is_role_noun(before) and toks[i].start - before.end <= 1:
                index.add_role(before.low, t.start, words, _role_article_gender(toks, i - 1))
            elif complement and person_tail(words):
                # "El juez del Tribunal Supremo Pablo Llarena" (a person closing the run, not
                # "an employee of Platte River Networks")
                index.add_role(toks[b - 1].low, t.start, words[person_tail(words) :])
            elif (role := _role_before_comma(toks, i)) is not None:
                index.add_role(role, t.start, words)  # "El entrenador del Real Madrid, Carlo Ancelotti,"
            role = _apposition_role(toks, j)
            if role is not None:
                index.add_role(role, t.start, words)  # "Ana Lee, a nurse at the clinic," ... "the nurse"
        i = j
    return index


KIND_WORDS = 3  # "la plataforma de reparto | Rapidoo": the kind of organisation within these words


def _kind_before(toks, i: int) -> bool:
    """The words right before the name at ``i`` say what kind of organisation it is: "the company
    Hartwell Freight", "le groupe Arvelis", "la plataforma de reparto Rapidoo"."""
    for k in range(i - 1, max(-1, i - 1 - KIND_WORDS), -1):
        t = toks[k]
        if t.low in C.ORG_REFERENCE_NOUNS and t.text[:1].islower():
            # a noun, not a verb: "will force Sen. Bernie Sanders" ("Budget airline SkyBridge Air")
            return k == 0 or not (toks[k - 1].low in C.STOP or toks[k - 1].low in C.PRONOUNS or _is_adverb(toks[k - 1]))
        if not (t.text[:1].islower() and t.text.replace("-", "").isalpha()) or t.low in C.STOP - {"de"}:
            return False
    return False


# Number words before a German noun run ("drei Jahre Haft"): a count, not a name.
COUNT_WORDS = frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                         "zwanzig", "hundert", "tausend", "mehrere", "einige", "viele", "wenige"})
# German number words are compounds ("sechseinhalb", "fünfundzwanzig", "dreihundert"): their endings
COUNT_ENDINGS = ("einhalb", "zehn", "zig", "ßig", "hundert", "tausend")


def _count_word(word: str) -> bool:
    """A number word or a vague count before a capitalised German noun: "sechseinhalb Jahre Haft"
    (lower case only, so "Leipzig" and "Jahrhundert" are no counts)."""
    low = word.lower()
    return low in COUNT_WORDS or (word.isalpha() and word.islower() and (low == "anderthalb" or low.endswith(COUNT_ENDINGS)))


APPOSITION_ROLE_WORDS = 4  # "Tom Reilly, the new committee chairman,": the role noun within these words


def _apposition_role(toks, j: int) -> str | None:
    """The role noun of an apposition opening at token ``j`` after a name: ", a nurse at …",
    ", the committee chairman,", ", une infirmière" (None when there is none)."""
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].low not in C.DETERMINERS:
        return None
    role = None
    for k in range(j + 2, min(len(toks), j + 2 + APPOSITION_ROLE_WORDS)):
        t = toks[k]
        if not (t.text[:1].islower() and _is_word(t)) or t.low in C.STOP or t.low in C.PREPOSITIONS or t.low in C.ALL_CUES:
            break
        if _is_role_noun(t):
            role = t.low
    return role


def _role_before_comma(toks, i: int) -> str | None:
    """The role noun of a phrase closed by a comma right before the name at token ``i``: "The
    Real Madrid coach, …", "El líder del PP, …", "Le patron de la FFF, …" (the last role noun
    between the determiner and a complement link)."""
    if i < 3 or toks[i - 1].text != ",":
        return None
    d = next((k for k in range(i - 2, max(-1, i - 2 - APPOSITION_ROLE_WORDS - 3), -1) if toks[k].low in C.DEFINITE_ARTICLES), None)
    if d is None or any(not _is_word(x) for x in toks[d : i - 1]):
        return None
    role = None
    for x in toks[d + 1 : i - 1]:
        if x.low in C.COMPLEMENT_LINKS:
            break
        if _is_role_noun(x):
            role = x.low
    return role


def _is_role_noun_word(low: str) -> bool:
    """A lower-case word for a person's role or trade (see ``_is_role_noun`` for a token)."""
    return low in C.TITLES or low in C.PERSON_NOUNS or (len(low) > 4 and low.endswith(ROLE_ENDINGS))


def _is_role_noun(t) -> bool:
    """A lower-case noun for a person's role or trade: actor, filmmaker, geologist, senator."""
    low = t.low
    if not t.text[:1].islower() or not t.text.replace("-", "").isalpha() or low in C.STOP or low in C.DETERMINERS or low in C.PREPOSITIONS or low in C.ALL_CUES:
        return False
    return _is_role_noun_word(low)


# Participles after a copula of state describe, they report nothing (see _paraphrase_events).
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "é", "ée", "és", "ées")
STATE_COPULAS = frozenset({"está", "están", "estaba", "estaban", "es", "son", "era", "eran", "fue", "fueron",
                           "est", "sont", "était", "étaient", "semble", "parece", "resulta", "queda", "reste"})


def _paraphrase_events(art: Article, lang: str | None, quote_cues: set[int]) -> list[tuple[int, tuple[int, int]]]:
    """Subjects of cue verbs outside quotes ("Mr Putin said on Friday that ...")."""
    toks = art.toks
    out = []
    reported: set[int] = set()  # sentences whose main report is known
    for j, t in enumerate(toks):
        if t.low not in C.ALL_CUES or t.start in quote_cues:
            continue
        if not _cue_at(toks, j, lang):
            continue
        if t.low.endswith(PARTICIPLE_ENDINGS) and any(toks[k].low in STATE_COPULAS for k in range(max(0, j - 3), j)):
            continue  # a state, not a report: "el debate está mal planteado", "la question est mal posée"
        s = j
        while s > 0 and j - s < MAX_SENTENCE_TOKENS and MASK not in toks[s - 1].text and not _sentence_break(toks, s - 1, art.text):
            s -= 1
        if s in reported:
            continue  # "Carter said that some critics had been predicting …": Carter reports
        span = _opening_source(art, s, j)
        if span is not None:
            # the source opening the sentence reports it: "Según Ana Ruiz, el calor adelanta …"
            out.append((span[0], span))
            reported.add(s)
            continue
        span = _np_backward(art, s, j)
        if span is not None and art.tok_index(span[0]) > s and toks[art.tok_index(span[0]) - 1].low in RELATIVE_LEADS:
            continue  # a relative clause reports nothing of its own: "declaró el acusado, para quien el ministerio público pide …"
        fronted = span is None or (art.tok_index(span[0]) > s and toks[art.tok_index(span[0]) - 1].low in C.PREPOSITIONS)
        if fronted and j > s and j + 1 < len(toks) and toks[j + 1].low in GERMAN_SUBJECT_PRONOUNS and lang in (None, "de"):
            span = (toks[j + 1].start, toks[j + 1].end)  # V2: "Nach der Verhandlung kündigte sie an, …"
        if span is not None and lang == "de" and _unknown_german_noun(art, span):
            continue  # "kleinere Gletscher sind betroffen", "Kälins nächste Arbeit soll": a thing, not a person
        if span is not None:
            out.append((span[0], span))
            reported.add(s)
    return out


def _named_subject_events(art: Article, index: NameIndex, taken: set[int]) -> list[tuple[int, tuple[int, int]]]:
    """Sentences opening with a person's name and then a lower-case word ("Reimers hat es
    versucht.", "Url, 61, sammelt Unterschriften"): the topic a later pronoun continues, though
    no cue verb reports it. Only a name the article gives in full with a given name ("Johanna
    Reimers"), not a capitalised opener ("Presumptive Democrat"); positions in ``taken`` already
    have an event."""
    toks = art.toks
    out = []
    for i, t in enumerate(toks):
        if not (_is_cap(t) and t.low in art.person_words) or t.start in taken:
            continue
        if i > 0 and not (_sentence_break(toks, i - 1, art.text) or MASK in toks[i - 1].text):
            continue
        e = i
        while e + 1 < len(toks) and e - i < 3 and _is_cap(toks[e + 1]) and toks[e + 1].low in art.person_words:
            e += 1
        v = e + 1
        if v + 2 < len(toks) and toks[v].text == "," and toks[v + 1].text.isdigit() and toks[v + 2].text == ",":
            v += 3  # "Url, 61, sammelt"
        if v < len(toks) and _is_word(toks[v]) and not _is_cap(toks[v]) and (toks[v].low not in C.STOP or toks[v].low in C.FINITE_AUX):
            name, _, person = index.canonical(art.text[t.start : toks[e].end])
            if person and len(name.split()) >= 2 and is_given(name.split()[0]):
                out.append((t.start, (t.start, toks[e].end)))
    return out


# The management of a named company speaks for it: "la direction de Valmétal", "la dirección de Iberflex".
MANAGEMENT_NOUNS = frozenset({"direction", "dirección", "management", "geschäftsführung", "konzernleitung"})

# An interview answer opening with its speaker's name: "Gruber: Natürlich. …", "Q. Rosa Díaz: …".
INTERVIEW_LABEL = re.compile(r"([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2}) ?: ")
SECOND_PERSON = re.compile(r"\b(?:[Vv]ous|Sie|[Uu]sted|[Yy]ou)\b")  # the interviewee, asked
MAX_SENTENCE_TOKENS = 120  # a longer "sentence" is a run-on (or junk): not read for who was quoted
ADDRESS_WINDOW = 300  # chars before a quote searched for the address (bounded: linear time)
ADDRESS_MENTION = re.compile(r"[Vv]ous|[Uu]sted|[Yy]ou")  # as a speaker phrase ("Sie" is also "she")
HEADLINE_MAX_CHARS = 200  # a first paragraph this short is the headline
HEADLINE_QUOTE_WORDS = 3  # a headline quote of this many words or more is looked up in the body


# "my client" in the words: a lawyer speaks.
CLIENT_WORDS = re.compile(r"\b(?:my clients?|mon client|ma cliente|mes clients|mein(?:e|en)? Mandant(?:in|en)?|mi cliente|mis clientes)\b", re.I)
LAWYER_REACH_PARAGRAPHS = 3
# a lawyer noun right before a name, as its apposition: "her lawyer, Priya Raman"
LAWYER_BEFORE = re.compile(r"\b(?:lawyer|attorney|counsel|avocate?|abogad[oa]|anw[aä]lt(?:in)?|verteidiger(?:in)?),?\s+(?:Me\s+)?$", re.I)


def _client_speakers(art: Article, raws: list[RawQuote], atts: list[Attribution], speakers: list[Mention | None], resolver: "_Resolver") -> None:
    """Words about "my client" are a lawyer's: a pronoun or a fallback that found someone
    else goes to the lawyer named last before the quote ("… son avocate, Me Priya Raman,
    confirme … . « Ma cliente a été écartée », affirme-t-elle")."""
    lawyers = C.ROLE_FAMILIES["lawyer"]
    for i, q in enumerate(raws):
        sp = speakers[i]
        if sp is None or not CLIENT_WORDS.search(art.text, q.start, q.end) or resolver.roles_of.get(sp.name, set()) & lawyers:
            continue
        mention = atts[i].mention
        if mention is not None and art.text[mention[0] : mention[1]].lower() not in C.PRONOUNS:
            continue  # (a speaker named is kept)
        hi = bisect.bisect_left(resolver.people_pos, q.open_pos)
        for m in reversed(resolver.people[max(0, hi - PRONOUN_LOOKBACK) : hi]):
            if art.para_of(q.open_pos) - art.para_of(m.pos) > LAWYER_REACH_PARAGRAPHS:
                break
            if m.person and (resolver.roles_of.get(m.name, set()) & lawyers or LAWYER_BEFORE.search(art.text, max(0, m.pos - 40), m.pos)):
                speakers[i] = m
                break


def _headline_speakers(art: Article, raws: list[RawQuote], speakers: list[Mention | None]) -> dict[int, int]:
    """A quote in the headline with no speaker resolved repeats one from the body ("Malton
    floods: 'We lost everything in an hour'" … "“We lost everything in an hour,” she said"):
    it is that speaker's, and speech however short ("‘It’s cultural vandalism’: …"). A cue in
    the headline whose role the body names later counts for nothing ("« … », martèle
    l’échevine"). Returns the headline quotes so attributed, each with the body quote it repeats."""
    if len(art.para_starts) < 2 or art.para_end(0) > HEADLINE_MAX_CHARS or not raws or raws[0].paragraph_index != 0:
        return {}
    words = [re.findall(r"\w+", art.text[q.start : q.end].lower()) for q in raws]
    repeated: dict[int, int] = {}
    for i, q in enumerate(raws):
        if q.paragraph_index != 0 or speakers[i] is not None or len(words[i]) < HEADLINE_QUOTE_WORDS:
            continue
        n = len(words[i])
        for k in range(i + 1, len(raws)):
            w = words[k]
            if speakers[k] is not None and raws[k].paragraph_index > 0 and any(w[x : x + n] == words[i] for x in range(len(w) - n + 1)):
                speakers[i] = speakers[k]
                repeated[i] = k
                break
    return repeated


def _unknown_german_noun(art: Article, span: tuple[int, int]) -> bool:
    """``span`` is capitalised words with no determiner, none of them a word of a name or
    organisation the article gives: in German, a common noun."""
    words = art.text[span[0] : span[1]].split()
    return all(w[:1].isupper() and w.lower() not in art.name_words and w.lower() not in C.PRONOUNS
               and w.lower() not in C.DETERMINERS and w.lower() not in POSSESSIVES for w in words)


GERMAN_SUBJECT_PRONOUNS = frozenset({"er", "sie", "wir", "ich"})
# Konjunktiv I of common verbs: reported speech in German ("Die Verwaltung habe …", "sei", "werde").
KONJUNKTIV = frozenset({"habe", "sei", "seien", "werde", "könne", "müsse", "solle", "wolle", "dürfe",
                        "lasse", "gebe", "stehe", "liege", "bleibe", "gehe", "komme", "wisse", "brauche",
                        # Konjunktiv II, which reported speech uses where the first looks indicative
                        "hätte", "hätten", "wäre", "wären", "würde", "würden", "müssten", "könnten",
                        "sollten", "dürften", "müsste", "könnte", "sollte"})
# Determiners opening a German subject that a Konjunktiv reports about ("Eine Landesbürgschaft sei",
# "Seine Mannschaft habe", "Ihr Werk sei")
REPORTED_DETERMINERS = frozenset({"der", "die", "das", "ein", "eine", "kein", "keine", "sein", "seine", "ihr", "ihre"})


def _reported_thing(art: Article, mention: tuple[int, int], q: RawQuote) -> bool:
    """A German determiner phrase whose verb is in the Konjunktiv before a cue-less quote: what
    the speaker before is reported to have said about it ("Die Verwaltung habe „…“ gespielt")."""
    toks = art.toks
    a = art.tok_index(mention[0])
    if toks[a].low not in REPORTED_DETERMINERS:
        return False
    e = art.tok_index(mention[1])
    return any(toks[k].low in KONJUNKTIV for k in range(e, min(art.tok_index(q.open_pos), e + 4)))


RELATIVE_LEADS = RELATIVE_SUBJECTS | {"whom", "which", "dont", "cuyo", "cuya"}  # any relative clause


def _opening_source(art: Article, s: int, e: int) -> tuple[int, int] | None:
    """The source a sentence from token ``s`` to ``e`` opens with, before a comma: "Según Ana
    Ruiz,", "Pour la vigneronne,", "According to the ministry,"; not "Pour sa part," nor "Para
    ello," (a name, or a phrase ending in a noun for a person or a body)."""
    toks = art.toks
    if toks[s].low not in C.PREPOSITION_CUES:
        return None
    comma = next((k for k in range(s + 1, e) if toks[k].text == ","), None)
    span = _source_after_preposition(art, s + 1, comma) if comma is not None else None
    if span is None:
        return None
    words = art.text[span[0] : span[1]].split()
    head = words[-1].lower()
    if any(_is_cap(toks[k]) for k in range(art.tok_index(span[0]), art.tok_index(span[1]))) or _is_role_head(head) or head in C.ORG_REFERENCE_NOUNS:
        return span
    return None


def _previous_subject(art: Article, q: RawQuote) -> tuple[int, int] | None:
    """The named subject of the sentence just before a floating quote, when that sentence
    holds no quote of its own (its speaker is already known) and ends the text before it; for a
    quote after a colon whose clause names nobody ("Darin heißt es: »…«"), of the one before."""
    toks = art.toks
    b = art.tok_index(q.open_pos)
    e = b - 1
    if e < 0 or MASK in toks[e].text or toks[e].text not in (".", "!", "?", ":"):
        return None
    span = _sentence_subject_ending(art, q, e)
    if span is None and toks[e].text == ":":
        k = art.last_break_before(e)  # the full stop before the colon's clause
        if k >= 0 and 1 < e - k <= MAX_SENTENCE_TOKENS + 1 and toks[k].text in (".", "!", "?") and not any(MASK in t.text for t in toks[k + 1 : e]):
            span = _sentence_subject_ending(art, q, k)
    return span


def _sentence_subject_ending(art: Article, q: RawQuote, e: int) -> tuple[int, int] | None:
    """The named subject of the sentence ending at token ``e``, within a paragraph of ``q``."""
    toks = art.toks
    para = art.para_of(toks[e].start)
    if q.paragraph_index - para > 1:
        return None
    lo = art.tok_index(max(art.para_starts[para], toks[e].start - SENTENCE_WINDOW_CHARS))
    s = e
    while s > lo and not _sentence_break(toks, s - 1, art.text) and MASK not in toks[s - 1].text:
        s -= 1
    if s > lo and MASK in toks[s - 1].text:
        return None
    opening = _opening_source(art, s, e)
    if opening is not None:
        return opening  # "Pour la vigneronne, la chaleur pose … . « … »"
    span = sentence_subject(art, s, e)
    if span is None:
        return _one_of_them(art, s, e)
    first = toks[art.tok_index(span[0])]
    if first.low in C.DETERMINERS:
        return span  # "La señora Rosa Tenorio", "El alcalde, Efraín Castañeda," (the resolver keeps only a name)
    if not _is_cap(first):
        return None  # a name, not "It"
    if not _plausible_subject(art, span):
        return None  # one capitalised word that names nobody: "…, Revision einzulegen."
    return span


def _one_of_them(art: Article, s: int, e: int) -> tuple[int, int] | None:
    """The name set by commas after "One of them," opening a sentence: "Una de ellas, Norma
    Iturralde, perdió todo", "L'une d'elles, Anne Roux, raconte"."""
    toks = art.toks
    if toks[s].low not in C.ONE_OF:
        return None
    comma = next((k for k in range(s + 1, min(e, s + 5)) if toks[k].text == ","), None)
    if comma is None or not all(_is_word(t) and not _is_cap(t) for t in toks[s + 1 : comma]):
        return None
    k = comma + 1
    while k < e and _is_cap(toks[k]) and _is_word(toks[k]):
        k += 1
    if k - comma - 1 < 2 or k >= e or toks[k].text != ",":
        return None  # (a name of two words or more, closed by a comma)
    return (toks[comma + 1].start, toks[k - 1].end)


def _newer_subject(art: Article, resolver: "_Resolver", q: RawQuote) -> Mention | None:
    """The named subject of the sentence right before ``q`` when it was named after the last
    speaker ("Clinton touted her record. “We need …”"); None for a role or a thing nobody is
    named by ("The crowd roared.")."""
    subj = _previous_subject(art, q)
    if subj is None:
        return None
    last = resolver.last_speaker(q.open_pos, q.paragraph_index)
    if last is not None and subj[0] <= last.pos:
        return None
    kept = len(resolver.history)
    found = resolver.resolve(subj[0], subj)
    if found is None or not any(w[:1].isupper() for w in found.name.split()) or (
            found.person and not _named(art, found.name)):  # (a capitalised word naming nobody: "De acuerdo con …")
        del resolver.history[kept:]  # no speaker, so no antecedent either
        return None
    return found


def _newer_named(art: Article, resolver: "_Resolver", q: RawQuote) -> Mention | None:
    """Spanish drops the subject of a cue ("«…», dijo a EFE"): the person named last in the
    sentence before ``q`` or in its own, when named after the last speaker ("Entre ellos estaba
    Carmen Robledo, jubilada. «…», dijo a EFE.")."""
    ps, cs = art.sentence_starts(art.tok_index(q.open_pos))
    if ps >= len(art.toks) or art.para_of(art.toks[ps].start) != q.paragraph_index:
        ps = cs  # (not across a paragraph)
    lo = art.toks[ps].start if ps < len(art.toks) else q.open_pos
    last = resolver.last_speaker(q.open_pos, q.paragraph_index)
    if last is not None:
        lo = max(lo, last.pos + 1)
    k = bisect.bisect_left(resolver.people_pos, q.open_pos) - 1
    while k >= 0 and resolver.people[k].pos >= lo:
        m = resolver.people[k]
        first = m.name.split()[0].lower()
        # a given name first ("Martín" too): not a shop or a region taken for a person ("Alcázar Libros")
        given = " " in m.name and (first in C.GENDERED_NAMES or first in C.GENDER_ONLY)
        if m.person and given and _named(art, m.name) and (last is None or m.name != last.name):
            found = Mention(m.pos, m.name, m.gender, True, True)
            resolver.history.append(found)
            return found
        k -= 1
    return None


def _continues(art: Article, p: RawQuote, q: RawQuote) -> bool:
    """Quote ``q`` opens the sentence right after the one that holds quote ``p``."""
    if not p.closed or q.paragraph_index - p.paragraph_index > 1:
        return False
    toks = art.toks
    a = art.tok_index(p.close_pos + 1)
    b = art.tok_index(q.open_pos)
    if b == a or b - a > CONTINUE_MAX_TOKENS:
        return False
    if _ends_sentence(art, toks[a - 1]) and _is_cap(toks[a]):
        return False  # “… .” Bolton distanced himself …: a new sentence, not the quote's tail
    if not (_sentence_break(toks, b - 1, art.text) or toks[b - 1].text == ":"):
        return False
    return not any(_sentence_break(toks, k, art.text) or MASK in toks[k].text for k in range(a, b - 1))


def _resumes(art: Article, p: RawQuote, q: RawQuote) -> bool:
    """Quote ``q`` is the next piece of the quote ``p`` (“A,” said X. “B.”), or the next
    paragraph of a quote that runs on over a paragraph break."""
    if q.closed:
        # the piece must end its sentence too (“A,” said X. “B.” — «…». with the stop outside),
        # not open the next one (“Silent Harbour” is the book …)
        a = art.tok_index(q.close_pos + 1)
        nxt = art.toks[a] if a < len(art.toks) and art.toks[a].start < art.para_end(q.paragraph_index) else None
        if not (nxt is None or nxt.text in (".", "!", "?", "…") or (art.text[q.end - 1] in ".!?…" and (_is_cap(nxt) or not nxt.text[:1].isalnum()))):
            return False
    if not p.closed:
        return p.continued and q.paragraph_index == p.paragraph_index + 1 and q.open_pos == art.para_starts[q.paragraph_index]
    return _continues(art, p, q)


ORG_REFERENCE_PARAGRAPHS = 5  # "the company" refers to an organisation named this many paragraphs back
# Somebody's own words: "selon ses propres mots", "según sus propias palabras".
OWN_WORDS = re.compile(r"^(ses|son|sa|leurs?|sus?|his|her|their|seinen|ihren)\s+(?:propres\s+|propias\s+|own\s+|eigenen\s+)?(?:mots|termes|paroles|palabras|words|worten)$")
# A person known by age alone: "the 45-year-old (former congressman)", "die 45-Jährige".
AGE_DESCRIPTION = re.compile(r"^(?:the|der|die)\s+(?:\w+\s+)?(?:\d+-year-old(?:\s+[a-z]+){0,2}|\d+-jährige[r]?)$")


def _named(art: Article, name: str) -> bool:
    """``name`` holds a word of a person's name seen in the article (not "Border", "Research")."""
    return any(w in art.person_words for w in name.lower().split())


def _compatible(g: str, m: Mention, learned: str = "?") -> bool:
    gender = m.gender if m.gender != "?" else learned  # ("?" names get one from "he"/"she" that resolved to them)
    if g == "m":
        return m.person and gender in ("m", "?")
    if g == "f":
        return m.person and gender in ("f", "?")
    if g == "fp":
        return (m.person and gender in ("f", "?")) or (not m.person)
    if g == "p":
        return not m.person
    if g == "n":
        return not m.person
    return m.person  # first person outside a quote: the last person named


class _Resolver:
    def __init__(self, art: Article, index: NameIndex, lang: str | None = None):
        self.art = art
        self.index = index
        self.lang = lang
        self.history: list[Mention] = []  # resolved speakers, in document order
        self.people: list[Mention] = []  # every name mention, in document order
        for pos, words, gender in index.mentions:
            canon, g, person = index.canonical(" ".join(words))
            self.people.append(Mention(pos, canon, g if g != "?" else gender, person, False))
        self.people_pos = [m.pos for m in self.people]
        self.by_surname: list[Mention] = []  # later mentions by surname alone (see _sole_recent_person)
        for pos, words, gender in index.surname_mentions:
            canon, g, person = index.canonical(" ".join(words))
            self.by_surname.append(Mention(pos, canon, g if g != "?" else gender, person, False))
        self.by_surname_pos = [m.pos for m in self.by_surname]
        self.learned: dict[str, str] = {}  # name of unknown gender -> the gender of a pronoun resolved to it
        # everybody named with a role or title (the index is complete before resolving starts)
        self.roles_of: dict[str, set[str]] = {}  # name -> the roles and titles it was given
        for role, forms in index.titled.items():
            for f in forms:
                self.roles_of.setdefault(index.canonical(f)[0], set()).add(role)
        self._in_role = False
        self._ages: dict[str, str | None] = {}
        self._org_starts = {p: o for p, o in reversed(index.org_pos)}  # (the first read at each position)
        self._interview: tuple[int, Mention, set[int]] | bool | None = None  # (see _interviewee)

    def pronoun(self, pos: int, low: str) -> Mention | None:
        return self.antecedent(pos, C.PRONOUNS[low])

    def antecedent(self, pos: int, g: str, accept=None) -> Mention | None:
        """The mention a reference of gender ``g`` before ``pos`` stands for (see ``_compatible``),
        among those ``accept`` takes when given."""
        h = len(self.history) - 1
        while h >= 0 and self.history[h].pos >= pos:
            h -= 1
        p = bisect.bisect_left(self.people_pos, pos) - 1
        steps = 0
        while (h >= 0 or p >= 0) and steps < PRONOUN_LOOKBACK:
            steps += 1
            from_history = p < 0 or (h >= 0 and self.history[h].pos >= self.people[p].pos)
            if from_history:
                cand = self.history[h]
                h -= 1
            else:
                cand = self.people[p]
                p -= 1
            if _compatible(g, cand, self.learned.get(cand.name, "?")) and (accept is None or accept(cand)):
                if not from_history:
                    # Speaker continuity: a pronoun subject refers to a recent speaker or
                    # subject of a cue rather than to a person merely mentioned since
                    # ("Trump attacked the judge, Gonzalo Curiel. He insisted …" -> Trump).
                    para = self.art.para_of(pos)
                    while h >= 0 and steps < PRONOUN_LOOKBACK and para - self.art.para_of(self.history[h].pos) <= SPEAKER_CONTINUITY_PARAGRAPHS:
                        if _compatible(g, self.history[h], self.learned.get(self.history[h].name, "?")) and self.history[h].person == cand.person and (accept is None or accept(self.history[h])):
                            return self.history[h]
                        h -= 1
                        steps += 1  # bounded, like the main walk
                return cand
        return None

    def resolve(self, pos: int, span: tuple[int, int] | None) -> Mention | None:
        if span is None:
            return None
        phrase = self.art.text[span[0] : span[1]]
        low = phrase.lower()
        if low in C.DETERMINERS:
            return None  # a determiner alone names nobody: "Le"
        low = C.OBJECT_PRONOUNS.get(low, low)  # "Ihr zufolge", "selon lui"
        own = OWN_WORDS.match(low)
        if own:
            # "selon ses propres mots", "in his own words": the person whose words they are
            g = {"his": "m", "her": "f", "seinen": "m", "ihren": "f"}.get(own.group(1), "1")
            found = self.subject_antecedent(span[0], g) if g != "1" else None
            found = found or self.antecedent(span[0], g, lambda m: m.person and _named(self.art, m.name))
            if found is None:
                return None
            m = Mention(span[0], found.name, found.gender, found.person, True)
            self.history.append(m)
            return m
        if AGE_DESCRIPTION.match(low):
            # "the 45-year-old said", "der 65-Jährige betonte": the last person named by name
            # (German gives the gender: "die 25-Jährige" is a woman)
            g = {"die": "f", "der": "m"}.get(low.split()[0], "1")
            age = re.search(r"\d+", low).group()
            fits = lambda m: _named(self.art, m.name) and self._age_of(m.name) in (None, age)  # noqa: E731
            # the person the sentence before is about first ("The match-winner, Jaxon Reid, had
            # missed twice. “…,” the 22-year-old said"), else the last one named
            subject = self.subject_antecedent(span[0], g if g != "1" else "m") or (self.subject_antecedent(span[0], "f") if g == "1" else None)
            found = subject if subject is not None and subject.person and fits(subject) else None
            found = found or self.antecedent(span[0], g, fits)  # (not "Sandra Whitcombe, 67," for "the 45-year-old")
            if found is None:
                return None
            m = Mention(span[0], found.name, found.gender, found.person, True)
        elif low in C.PRONOUNS:
            first_person = C.PRONOUNS[low] == "1"
            found = (self._interview_label(span[0]) or self._interviewee(span[0]) if first_person else None) or (
                self._addressee(span[0]) if low == "sie" else None) or self.subject_antecedent(span[0], C.PRONOUNS[low])
            if found is not None and found.person and found.gender == "?" and C.PRONOUNS[low] in ("m", "f"):
                # "Charlie McDowell remembers it. “…,” he said.": not a "she" later (only a
                # subject teaches a gender; the nearest-name fallback is too weak to)
                self.learned.setdefault(found.name, C.PRONOUNS[low])
            found = found or self._other_than_subject(span[0], C.PRONOUNS[low]) or self._body_speaker_before(span[0], C.PRONOUNS[low]) or self.pronoun(span[0], low) or self.role_subject(span[0], low)
            if found is None:
                return None
            m = Mention(span[0], found.name, found.gender, found.person, True)
        else:
            if low.split()[0] in C.DETERMINERS:
                alt = self._described_name(span)
                if alt is not None and alt[0] >= span[1]:
                    # "His coach, former Davis Cup player Arnaud Villemin, said": the name set after it
                    phrase = self.art.text[alt[0] : alt[1]]
            pw = phrase.split()
            managed = len(pw) >= 4 and pw[1].lower() in MANAGEMENT_NOUNS and pw[-1][:1].isupper()
            if len(pw) >= 4 and pw[0].lower() in C.DETERMINERS and (pw[1].lower() in DOCUMENT_NOUNS or managed) and pw[2].lower() in SOURCE_LINKS:
                # "le communiqué du parquet", "die Mitteilung der Polizei": whose document it is;
                # "la direction de Valmétal": whose management
                phrase = " ".join(pw[2:] if pw[2].lower() in C.DETERMINERS else pw[3:])
            described = placed_unnamed(phrase)  # "a voter from Iowa", not "Iowa"
            role = self.role_reference(span[0], phrase if not described else phrase[: len(phrase) - len(described)] + described.split()[0])
            if role is not None:
                # "the senator (from Vermont)": the senator named last before it
                head = phrase.split()[-1].lower()
                head = head[2:] if head[:2] in ("l'", "l’") else head  # "l'élue"
                if role.person and _is_role_head(head):
                    self.roles_of.setdefault(role.name, set()).add(head)  # "la viticultrice" … "la vigneronne"
                if role.person:
                    # the roles an apposition gives it: "explique la chimiste, cofondatrice et
                    # directrice scientifique d'Hydrolia." … "la directrice scientifique"
                    tail = APPOSITION_TAIL.match(self.art.text, span[1])
                    for w in tail.group(1).lower().split() if tail else ():
                        if w.isalpha() and w not in C.STOP and _is_role_head(w):
                            self.roles_of.setdefault(role.name, set()).add(w)
                self.history.append(role)
                return role
            name, gender, person = (described, "?", True) if described else self.index.canonical(phrase)
            whole = self._org_at(span, name) if not person else None  # (a person stays: "sagte Jonas Keller der Lokalzeitung")
            if whole is not None:
                name, gender, person = whole, "n", False  # "Le Centre | national de la recherche scientifique (CNRS), qui …, a salué"
            words = name.split()
            if words and words[-1][:2].lower() in ("l'", "l’", "d'", "d’"):
                words = words[:-1] + [words[-1][2:]]  # "porte-parole de l'entreprise"
            if self.lang == "de" and words and phrase.split()[0].lower() in ("des", "eines") and len(words[-1]) > 4:
                # a genitive: "des Vereins", "des Unternehmens"
                base = words[-1][:-2] if words[-1].endswith("es") and words[-1][:-2].lower() in C.ORG_REFERENCE_NOUNS else words[-1].rstrip("s")
                words = words[:-1] + [base]
            generic = words[-1].lower() in C.ORG_REFERENCE_NOUNS and (
                name.islower() or (len(words) == 1 and phrase.split()[0].lower() in C.DETERMINERS))  # (German capitalises: "das Unternehmen")
            spokes = _spokes_for(words) if phrase.split()[0].lower() in C.DETERMINERS else None
            if generic or spokes is not None:
                # "the company said" with no company so named: the organisation named last;
                # "a spokeswoman for the company", "un portavoz" with none named: that one too
                org = self._org_in_view(span[0], words[-1].lower() if generic else spokes)
                if org is not None:
                    expanded = self.index.expand_acronym(org) if org.isupper() and org.isalpha() else None
                    name, gender, person = (f"{expanded} ({org})" if expanded else org), "n", False
            elif (org := self._spokes_for_named(phrase, span[0])) is not None:
                name, gender, person = org, "n", False  # "un portavoz de la Consejería de Sostenibilidad"
            elif phrase.split()[0].lower() in C.DETERMINERS and len(words) == 1:
                # "die Polizei", "des Vereins": the organisation in view with that word in its
                # name ("Polizei Hamburg", "Förderverein Freibad Gotthardteich")
                org = self._org_by_head(span[0], words[-1])
                if org is not None:
                    name, gender, person = org, "n", False
            if self.lang == "de" and low.split()[0] == "das" and person:
                person, gender = False, "n"  # "das Produkt", "das Unternehmen": never "er" or "sie"
            if managed:
                person, gender = False, "n"  # the company the management runs
            m = Mention(span[0], name, gender, person, True)
        self.history.append(m)
        return m

    def _org_in_view(self, pos: int, noun: str) -> str | None:
        """The organisation named last before ``pos`` that ``noun`` stands for ("the company", or
        "" for an unnamed spokesperson, who speaks for one named closer); for a business noun,
        not a public body."""
        reach = ORG_REFERENCE_PARAGRAPHS if noun else SPOKES_PARAGRAPHS
        business = noun in C.BUSINESS_NOUNS | {"groupe", "grupo", "direction"}
        return next((o for o in self._orgs_before(pos, reach)
                     if o.lower() not in C.NOT_ORG_ACRONYMS and sum(ch.isalpha() for ch in o) >= 2
                     and not (business and any(w in C.PUBLIC_BODY_HEADS for w in o.lower().split()))), None)

    def _orgs_before(self, pos: int, reach: int):
        """The organisations named before ``pos`` within ``reach`` paragraphs, nearest first; not
        the phrase at ``pos`` itself, nor a document the index took for one ("Mitteilung des
        Vereins")."""
        para = self.art.para_of(pos)
        for p, o in reversed(self.index.org_pos):
            if para - self.art.para_of(p) > reach:
                break
            if p + len(o) <= pos and o.split()[0].lower() not in DOCUMENT_NOUNS:
                yield o

    def _spokes_for_named(self, phrase: str, pos: int | None = None) -> str | None:
        """The organisation an unnamed spokesperson speaks for when the phrase names it: "a
        spokeswoman for the Red Cross", "un portavoz de la Consejería de Sostenibilidad" (not a
        person: "a spokesman for Hillary Clinton" stays the spokesman); given ``pos``, also by
        one word of its name ("Eine Sprecherin des Hauses" after "am Schauspielhaus")."""
        pw = phrase.split()
        if len(pw) < 4 or pw[0].lower() not in C.DETERMINERS or pw[1].lower() not in SPOKES_NOUNS:
            return None
        if pw[2].lower() not in SPOKES_LINKS:
            return None
        comp = pw[3:]
        while comp and comp[0].lower() in C.DETERMINERS:
            comp = comp[1:]
        if not comp or not comp[0][:1].isupper():
            return None
        if len(comp) == 1 and pw[2].lower() == "des" and comp[0].endswith("s") and is_org([comp[0][:-1]]):
            comp = [comp[0][:-1]]  # a German genitive: "Ein Sprecher des Bundesinnenministeriums"
        named = " ".join(comp)
        fuller = self.index.fuller_org(named)  # "the Red Cross"
        if fuller is not None:
            return fuller
        if is_org(comp) or named in self.index.org_names:
            return self.index.canonical(named)[0]
        return self._org_by_head(pos, comp[0]) if pos is not None and len(comp) == 1 else None

    def _org_by_head(self, pos: int, word: str) -> str | None:
        """The organisation named within ORG_REFERENCE_PARAGRAPHS before ``pos`` that has ``word``
        as one of its words, or, in German, as the end of one ("Verein" in "Förderverein"; the
        genitive "Vereins" too)."""
        low = word.lower()
        forms = {low}
        if self.lang == "de" and len(low) > 4 and low.endswith("s"):
            forms |= {low[:-1], low[:-2] if low.endswith("es") else low[:-1]}
        for o in self._orgs_before(pos, ORG_REFERENCE_PARAGRAPHS):
            ws = [w.lower() for w in o.split()]
            # (German compounds: "Förderverein" for "des Vereins"; alone only a longer one,
            # "Schauspielhaus" for "des Hauses", not the bare noun again)
            german = self.lang == "de" and any(w.endswith(f) and len(f) >= 4 and (len(ws) > 1 or len(w) > len(f) + 2) for f in forms for w in ws)
            if (len(ws) > 1 and any(w in forms for w in ws)) or german:
                return o
        return None

    def role_reference(self, pos: int, phrase: str) -> Mention | None:
        """"the senator", "der Minister", "el técnico italiano": the person a definite role
        noun stands for (None when the phrase is no such reference), in this order: the named
        subject of this clause or of the sentence before, when no role of it rules the
        reference out (journalists vary the role: "El entrenador Ana Ruiz …. «…», dijo la
        técnica"); else, of the people named with that role or one of its family, the one
        mentioned last; else, in German, French and Spanish, the one person in view (see
        ``_sole_recent_person``). There, a description outside the role lexicon ("der
        Torwart", "el catalán", "l'attaquant du club") may be such a reference too; English
        keeps to the lexicon ("the heckler" is rarely the last subject)."""
        words = GERMAN_AGE.sub(" ", phrase).split()  # "Der 47 Jahre alte Angeklagte" is "Der Angeklagte"
        if words and words[0][:2].lower() in ("l'", "l’") and len(words[0]) > 2:
            words = [words[0][:2], words[0][2:]] + words[1:]  # "l'attaquant"
        cut = next((k for k, w in enumerate(words) if k > 1 and w.lower() in C.COMPLEMENT_LINKS), len(words))
        words = words[:cut]  # "la titular del Senado", "the head of the agency": the role
        article = words[0].lower() if words else ""
        # a possessive names whose role it is, not who holds it: "Sein Trainer" is the coach
        # titled so, never the subject it belongs to
        possessive = article in POSSESSIVE_ROLE_ARTICLES
        if len(words) < 2 or (article not in C.DEFINITE_ARTICLES | {"l'", "l’"} and not possessive):
            return None
        if len(words) >= 3 and words[-1][:1].isupper() and words[-1].lower() in self.index.person_words:
            return None  # a role and a name: "el doctor Quispe" is Quispe
        # the role noun last ("the new coach", "der neue Trainer") or first ("el técnico italiano")
        head = next((w.lower() for w in (words[-1], words[1]) if self.index.titled.get(w.lower()) or _is_role_head(w.lower())
                     or (self.lang == "de" and any(_role_is(r, w.lower(), True) for r in self.index.titled))), None)  # "Kulturdezernentin" … "die Dezernentin"
        if head and "-" in head and head.rsplit("-", 1)[1] in C.ROLE_FAMILY:
            head = head.rsplit("-", 1)[1]  # "die Steirerwind-Chefin": a chief, of the company before the hyphen
        modifiers = [w for w in words[1:-1] if w[:1].isupper()]
        if modifiers:
            # a place or a body before the role: "the Ohio Republican", "the former Environment
            # Agency scientist" (not a name: "the Tom Hart supporter")
            # (a party member by state, "the Wisconsin Republican", needs the state: no)
            if head != words[-1].lower() or head in C.ORG_HEADS | PARTY_MEMBERS or len(words) > 5 or any(
                    w.lower() in self.index.full or w.lower() in C.GENDERED_NAMES for w in modifiers):
                return None  # (not "The White House")
        elif len(words) > 3:
            return None
        described = head is None
        if described:
            head = self._description_head(article, words)
            if head is None:
                return None
        g = ARTICLE_GENDER.get(article, "?")
        if g == "?" and (head.endswith(FEMININE_ROLE_ENDINGS) or (article == "die" and head.endswith("in") and len(head) > 5)):
            g = "f"
        if head in C.BARE_SPEAKERS or head.endswith("men") or _plural_reference(article, head, self.lang):
            return None  # "the two lawmakers", "the committee chairmen", "die Skilehrer": not one person
        # the people named with that role or one of its family ("la senadora X … la legisladora")
        family = C.ROLE_FAMILIES.get(C.ROLE_FAMILY.get(head, ""), set())
        names = set() if described else {n for n, roles in self.roles_of.items() if roles & family or any(_role_is(r, head, self.lang == "de") for r in roles)}
        # the named subject of this clause or the sentence before, unless its roles rule it out
        # ("Rubio sought … . “…,” the senator said": Rubio, though another senator is titled)
        if possessive and (described or not names):
            return None
        subject = None
        for sg in () if possessive else ("m", "f") if g == "?" else (g,):
            subject = subject or self.subject_antecedent(pos, sg)
        if subject is not None and not self._quote_between(subject.pos, pos):
            subject = None  # "But Trump has one thing …, the columnist suggested": the report's content
        if subject is not None and self._coordinated(subject.pos):
            subject = None  # "Florian Gschwend und Marco Lenz trafen": either may be "der Stürmer"
        if subject is not None and subject.person:
            roles = self._roles(subject.name)
            # (a role of no other family: "El entrenador X … el técnico", "Sen. Ann Lee … the
            # Ohio Republican")
            varies = not names and not self._roles_conflict(head, roles) and not (described and self._other_demonym(subject.name, head))
            if subject.name in names or not roles or varies:
                return Mention(pos, subject.name, subject.gender, True, True)
        quoted = self._quoted_just_before(pos, g) if subject is None and not possessive else None
        if quoted is not None and (quoted.name in names or not (names or self._roles_conflict(head, self._roles(quoted.name)))):
            return Mention(pos, quoted.name, quoted.gender, True, True)
        if not names:
            if self.lang in ("de", "fr", "es") or (described and self.lang == "en"):
                # these house styles vary the role from sentence to sentence: "la chercheuse", "le
                # Belge", "der Stürmer" is the last speaker when nobody else was named since
                found = self._sole_recent_person(pos, g, head)
                return None if found is not None and self.lang == "en" and self._other_demonym(found.name, head) else found
            return None
        if possessive:
            # "Sein Trainer": the one titled Trainer, not the other side's Coach
            names = {n for n in names if head in self.roles_of.get(n, ())} or names
        found = self.antecedent(pos, "1", lambda m: m.name in names)
        if found is None and self.lang in ("de", "fr", "es"):
            return self._sole_recent_person(pos, g, head)  # (the role holders are all named later)
        reach = ROLE_REFERENCE_PARAGRAPHS if len(names) > 1 else SOLE_HOLDER_PARAGRAPHS
        if found is None or self.art.para_of(pos) - self.art.para_of(found.pos) > reach:
            return None  # (a senator named long before is not "the senator": an untitled one may be)
        return Mention(pos, found.name, found.gender, True, True)

    def _quoted_just_before(self, pos: int, g: str) -> Mention | None:
        """The person quoted in the sentence before ``pos`` (a sentence holding a quote gives
        ``subject_antecedent`` no subject): "Tom Ashcombe called it “nonsense”. “…,” said the
        former scientist." Nobody else may be named between."""
        art = self.art
        ps, cs = art.sentence_starts(art.tok_index(pos))
        if ps >= cs or cs - ps > MAX_SENTENCE_TOKENS or art.para_of(art.toks[ps].start) < art.para_of(pos) - 1 or not any(MASK in t.text for t in art.toks[ps:cs]):
            return None
        last = next((m for m in reversed(self.history) if m.pos < pos), None)
        if last is None or last.pos < art.toks[ps].start or not last.person or not _named(art, last.name):
            return None
        if not _compatible(g if g in ("m", "f") else "1", last, self.learned.get(last.name, "?")):
            return None
        lo, hi = bisect.bisect_right(self.people_pos, last.pos), bisect.bisect_left(self.people_pos, pos)
        if any(m.person and m.name != last.name for m in self.people[lo:hi]):
            return None
        return last

    def _roles(self, name: str) -> set[str]:
        """The roles of ``name``, also when written shorter than the titled form ("De Blasio",
        titled as "Mayor Bill de Blasio")."""
        low = name.lower()
        return set().union(*(r for n, r in self.roles_of.items() if n.lower() == low or n.lower().endswith(" " + low)))

    def _coordinated(self, pos: int) -> bool:
        """The name at ``pos`` is joined to another by a coordinator: "X und Y", "X et Y"."""
        toks = self.art.toks
        k = self.art.tok_index(pos)
        while k < len(toks) and (_is_cap(toks[k]) or _particle_run(toks, k, len(toks))):
            k += 1
        return k + 1 < len(toks) and toks[k].low in C.COORDINATORS and _is_cap(toks[k + 1])

    def _sole_recent_person(self, pos: int, g: str, head: str) -> Mention | None:
        """The one person named or speaking in this sentence and the one before; with nobody
        there, the last speaker or person named within ROLE_REFERENCE_PARAGRAPHS.
        Not a person whose roles rule ``head`` out."""
        art = self.art
        b = art.tok_index(pos)
        ps, cs = art.sentence_starts(b)
        since = art.toks[ps].start if ps < len(art.toks) else pos

        gk = g if g in ("m", "f") else "1"

        def fits(m: Mention) -> bool:  # (a person of the other gender is no "der Forscher", the goalkeeper no "el delantero")
            return m.person and _named(art, m.name) and _compatible(gk, m, self.learned.get(m.name, "?")) and not self._roles_conflict(head, self._roles(m.name))

        def people_between(lo: int, hi: int) -> list[Mention]:
            named = self.people[bisect.bisect_left(self.people_pos, lo) : bisect.bisect_left(self.people_pos, hi)]
            named += self.by_surname[bisect.bisect_left(self.by_surname_pos, lo) : bisect.bisect_left(self.by_surname_pos, hi)]
            spoke = [m for m in self.history if lo <= m.pos < hi]
            return [m for m in named + spoke if fits(m)]

        seen = people_between(since, pos)
        if not seen:
            # (both walks bounded, like the pronoun walk)
            def last_fitting(mentions: list[Mention], positions: list[int]) -> Mention | None:
                p = bisect.bisect_left(positions, pos) - 1
                return next((mentions[x] for x in range(p, max(-1, p - PRONOUN_LOOKBACK), -1) if fits(mentions[x])), None)

            speaker = next((m for m in reversed(self.history[-PRONOUN_LOOKBACK:]) if m.pos < pos and fits(m)), None)
            named = last_fitting(self.people, self.people_pos)
            by_surname = last_fitting(self.by_surname, self.by_surname_pos)  # "…, bezweifelt Grünewald.": by surname alone too
            last = max((m for m in (speaker, named, by_surname) if m is not None), key=lambda m: m.pos, default=None)
            if last is None or art.para_of(pos) - art.para_of(last.pos) > ROLE_REFERENCE_PARAGRAPHS:
                return None
            seen = [last] + people_between(last.pos, pos)
        if len({m.name for m in seen}) != 1:
            return None
        last = seen[0]
        if not last.person or not _named(art, last.name) or not _compatible(g if g in ("m", "f") else "1", last, self.learned.get(last.name, "?")):
            return None
        if self._roles_conflict(head, self._roles(last.name)):
            return None
        return Mention(pos, last.name, last.gender, True, True)

    def _description_head(self, article: str, words: list[str]) -> str | None:
        """The noun of a definite description that may stand for a person: a German noun after
        "der" (or a feminine one in -in after "die"), a lower-case noun in French and Spanish;
        never an organisation, a document, a thing that carries words or a crowd, and never a
        word of a name in the article."""
        if self.lang == "en":
            w = words[1]
            ok = len(words) == 2 and article == "the" and w[:1].isupper() and w.lower() in ENGLISH_DEMONYMS and w.lower() not in self.index.words
            return w.lower() if ok else None
        if self.lang not in ("de", "fr", "es"):
            return None
        for w in (words[-1], words[1]):
            lw = w.lower()
            if len(lw) < 3 or not lw.replace("-", "").isalpha() or lw in self.index.words:
                continue
            if lw in NOT_DESCRIPTIONS:
                return None
            if self.lang == "de":
                ok = w[:1].isupper() and (article == "der" or (article == "die" and lw.endswith("in")))
            elif self.lang == "fr" and w[:1].isupper():
                ok = lw in FRENCH_DEMONYMS or lw.endswith(FRENCH_DEMONYM_ENDINGS)  # "le Belge", "l'Argentin"
            else:
                ok = w[:1].islower() and article not in ("les", "los", "las")
            if ok:
                return lw
        return None

    def _other_demonym(self, name: str, head: str) -> bool:
        """``name`` is written after a demonym other than ``head`` ("American Jalen Brooks" is
        no "the Frenchman")."""
        last = re.escape(name.split()[-1])
        return any(m.group(1).lower() in ENGLISH_DEMONYMS and m.group(1).lower() != head
                   for m in re.finditer(rf"\b(\w+)\s+(?:\w+\s+)?{last}\b", self.art.text))

    def _roles_conflict(self, head: str, roles: set[str]) -> bool:
        """``head`` is in a family of roles none of ``roles`` belongs to (see ``C.ROLE_FAMILIES``)."""
        fam = C.ROLE_FAMILY.get(head)
        known = {C.ROLE_FAMILY[r] for r in roles if r in C.ROLE_FAMILY}
        return fam is not None and bool(known) and fam not in known

    def _quote_between(self, a: int, b: int) -> bool:
        """A quote or a sentence break lies between positions ``a`` and ``b``."""
        art = self.art
        i, j = art.tok_index(a), art.tok_index(b)
        return art.last_break_before(j) >= i or any(MASK in t.text for t in art.toks[i:j])

    def subject_antecedent(self, pos: int, g: str) -> Mention | None:
        """A pronoun's antecedent as the subject of its own clause before it or of the sentence
        before ("Young, in his testimony, criticised … . “…,” he said." -> Young, not the last
        speaker; "Simmons teed up McDonald’s cameo. “…,” he said." -> Simmons), when that
        subject is a name of the pronoun's gender and number."""
        if g not in ("m", "f", "fp", "p") and not (g == "n" and self.lang in (None, "en")):
            return None  # ("it": an organisation subject, below)
        art, toks = self.art, self.art.toks
        b = art.tok_index(pos)
        ps, cs = art.sentence_starts(b)
        # "Seine Lieferanten hätten nicht durchkommen können, sagt er": the clause before an
        # inverted cue is what was said, its subject not the speaker (", según él" is no cue verb)
        reported = b >= 2 and toks[b - 2].text == "," and toks[b - 1].low in C.ALL_CUES and toks[b - 1].low not in C.PREPOSITION_CUES
        spans = [(cs, b)] if cs < b and not reported else []
        if ps < cs:
            if art.para_of(toks[ps].start) >= art.para_of(pos) - 1 and not any(MASK in t.text for t in toks[ps:cs]):
                spans.append((ps, cs - 1))  # (a sentence holding a quote has its speaker in the history)
        chained = False
        while spans:
            s, e = spans.pop(0)
            span = sentence_subject(art, _main_clause_start(art, s, e), e)  # not "When … Beijing resume …,"
            if span is None or span[0] >= pos:
                continue
            phrase = art.text[span[0] : span[1]]
            if phrase.lower() in C.PRONOUNS:
                earlier = self._resolved_at(span[0])
                if earlier is not None and _compatible(g, earlier, self.learned.get(earlier.name, "?")):
                    return earlier
                if phrase.lower() == art.text[pos : pos + len(phrase)].lower():
                    if s < cs and not chained and not spans:
                        # the same pronoun opened the sentence before too ("Craig Halloran was
                        # measured. Asked …, he paused. “…,” he said."): the one before that names him
                        chained = True
                        pps = art.sentence_starts(s)[0]
                        if pps < s and art.para_of(toks[pps].start) >= art.para_of(pos) - 1 and not any(MASK in t.text for t in toks[pps:s]):
                            spans.append((pps, s - 1))
                    continue  # the same pronoun earlier in the clause ("When he returned he began …"): the sentence before names him
                return None
            if not phrase[:1].isupper() or toks[art.tok_index(span[0])].low in C.DETERMINERS:
                named = self._described_name(span)  # "El ministro de Economía, Luis Caputo,"
                if named is None and g == "n":
                    return self._named_body(span[0], phrase)
                if named is None:
                    # a name, not "The crowd"; or the person a role stands for ("The defendant
                    # apologised. “…,” he said."); or a body of the pronoun's grammatical gender
                    return self._role_antecedent(span, g) or self._org_subject(span, g) or self._group_subject(span, g)
                span = named
                phrase = art.text[span[0] : span[1]]
            name, gender, person = self.index.canonical(phrase)
            if person and not _named(art, name):
                # a capitalised word nobody is named by: "Border agents “say …,” he said",
                # "Research suggests …", "Conservative icon …"
                return None
            if g == "n":
                return self._named_body(span[0], phrase)
            cand = Mention(span[0], name, gender, person, False)
            return cand if _compatible(g, cand, self.learned.get(name, "?")) else None
        return None

    def _resolved_at(self, pos: int) -> Mention | None:
        """The mention resolved last at ``pos`` (a pronoun subject read before)."""
        return next((m for m in reversed(self.history) if m.pos == pos), None)

    def _other_than_subject(self, pos: int, g: str) -> Mention | None:
        """A "he" or "she" after a sentence whose subject is a person of the other gender: the
        one person of the pronoun's gender that sentence names ("La ministra Luz Cuéllar se
        reunió con el toxicólogo Wilson Mosquera. Él advirtió: …" -> Mosquera)."""
        if g not in ("m", "f"):
            return None
        art, toks = self.art, self.art.toks
        b = art.tok_index(pos)
        ps, cs = art.sentence_starts(b)
        if not ps < cs or cs - ps > MAX_SENTENCE_TOKENS or art.para_of(toks[ps].start) < art.para_of(pos) - 1:
            return None
        if any(t.start < pos and t.low in C.PRONOUNS for t in toks[cs:b]):
            return None  # ("Ella calificó …, y él advirtió": a subject of its own clause first)
        ms = _main_clause_start(art, ps, cs - 1)
        span = sentence_subject(art, ms, cs - 1)
        if span is None or not all(t.low in C.DETERMINERS or _is_role_noun_word(t.low) for t in toks[ms : art.tok_index(span[0])]):
            return None  # the subject opens its clause ("La ministra Luz Cuéllar"; not "Despite … holding Clinton …")
        other = "f" if g == "m" else "m"
        since = span[1]
        if art.text[span[0] : span[1]].lower() in C.PRONOUNS:
            # a pronoun subject of the other gender, resolved: "Ella calificó …. Él, por su parte,
            # advirtió": the one person of this gender in that sentence and the one before
            subject = self._resolved_at(span[0])
            if subject is None or C.PRONOUNS[art.text[span[0] : span[1]].lower()] != other:
                return None
            pps = art.sentence_starts(ps)[0]
            since = toks[pps].start if pps < ps and art.para_of(toks[pps].start) >= art.para_of(pos) - 1 else toks[ps].start
        else:
            if not art.text[span[0] : span[0] + 1].isupper():
                return None
            named = (self._described_name(span) if toks[art.tok_index(span[0])].low in C.DETERMINERS else None) or span
            name, gender, person = self.index.canonical(art.text[named[0] : named[1]])
            subject = Mention(named[0], name, gender, person, False)
            since = named[1]
            if not person or not _named(art, name) or gender != other and self.learned.get(name) != other:
                return None
        lo, hi = bisect.bisect_left(self.people_pos, since), bisect.bisect_left(self.people_pos, toks[cs].start)
        fits = {m.name: m for m in self.people[lo:hi] if m.person and m.name != subject.name and _named(art, m.name)
                and _compatible(g, m, self.learned.get(m.name, "?"))}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _org_at(self, span: tuple[int, int], name: str) -> str | None:
        """The longer organisation name the index read where the phrase ``span`` starts (a
        speaker phrase cut short at the first lower-case word of a French name)."""
        if self.lang not in ("fr", "es", "de"):
            return None  # (names whose later words are lower case or joined by "für")
        start = span[0]
        words = self.art.text[span[0] : span[1]].split()
        if len(words) >= 2 and words[0].lower() in C.DETERMINERS:
            start = self.art.text.index(words[1], span[0])
        org = self._org_starts.get(start)
        if org is None or len(org) <= len(name) or not org.startswith(name + " "):
            return None
        acronym = self.index.acronym_of(org)
        return f"{org} ({acronym})" if acronym else org

    def _interview_label(self, pos: int) -> Mention | None:
        """"Ich", "je", "I" in an interview answer labelled with the speaker's name ("Gruber:
        Natürlich. …") is that person."""
        art = self.art
        start = art.para_starts[art.para_of(pos)]
        label = INTERVIEW_LABEL.match(art.text, start)
        if label is None or label.end() > pos:
            return None
        words = label.group(1).split()
        if not all(w.lower() in art.person_words for w in words):
            return None
        name, gender, person = self.index.canonical(label.group(1))
        return Mention(pos, name, gender, True, True) if person else None

    def addressed(self, q: RawQuote) -> Mention | None:
        """A quote an interviewer's question puts to "vous", "Sie", "usted" or "you" ("Vous
        dites écrire « … ». C'est-à-dire ?") is the interviewee's."""
        art = self.art
        para = q.paragraph_index
        if not SECOND_PERSON.search(art.text, max(art.para_starts[para], q.open_pos - ADDRESS_WINDOW), q.open_pos):
            return None
        labelled = self._addressee(q.open_pos)
        if labelled is not None:
            return labelled
        found = self._q_and_a()
        text = art.text[art.para_starts[para] : art.para_end(para)].strip()
        if not found or para < found[0] or not text.endswith("?") or len(text.split()) > INTERVIEW_QUESTION_WORDS:
            return None
        return Mention(q.open_pos, found[1].name, found[1].gender, True, True)

    def _addressee(self, pos: int) -> Mention | None:
        """German "Sie" in an interviewer's question ("STANDARD: Sie haben einmal gesagt, …") is
        the interviewee: the person whose name labels the answer that follows."""
        art = self.art
        para = art.para_of(pos)
        label = INTERVIEW_LABEL.match(art.text, art.para_starts[para])
        if label is None or label.end() > pos or all(w.lower() in art.person_words for w in label.group(1).split()):
            return None
        nxt = para + 1
        return self._interview_label(art.para_end(nxt)) if nxt < len(art.para_starts) else None

    def _interviewee(self, pos: int) -> Mention | None:
        """"I", "ich", "je" in the answers of an unlabelled interview (questions as paragraphs
        of their own, as Le Monde or the Irish Times print them) is the person its headline and
        introduction name most, not whoever the answer itself named last."""
        art = self.art
        found = self._q_and_a()
        if not found or art.para_of(pos) <= found[0] or art.para_of(pos) in found[2]:
            return None
        return Mention(pos, found[1].name, found[1].gender, True, True)

    def _q_and_a(self) -> tuple[int, Mention, set[int]] | bool:
        """``_find_interviewee``, read once per article."""
        if self._interview is None:
            self._interview = self._find_interviewee()
        return self._interview

    def _find_interviewee(self) -> tuple[int, Mention, set[int]] | bool:
        """(the first question paragraph, the person the paragraphs before it name most, the
        question paragraphs) when the article reads as a Q&A; else False."""
        art = self.art
        questions = []
        for i, start in enumerate(art.para_starts):
            para = art.masked[start : art.para_end(i)].strip()
            if para.endswith("?") and MASK not in para and len(para.split()) <= INTERVIEW_QUESTION_WORDS:
                questions.append(i)
        if len(questions) < INTERVIEW_MIN_QUESTIONS:
            return False
        intro_end = art.para_starts[questions[0]]
        named = [m for m in self.people if m.pos < intro_end and m.person and _named(art, m.name)]
        if not named:
            return False
        counts = Counter(m.name for m in named)
        top = max(counts.values())
        first = next(m for m in named if counts[m.name] == top)  # (the first of those named most)
        return questions[0], first, set(questions)

    def _age_of(self, name: str) -> str | None:
        """The age the article gives right after ``name`` ("Darren Pike, 45,", "Anna Berger (34)",
        "Encarnación Mejías, de 78 años"), or None."""
        if name not in self._ages:
            full = re.escape(name)  # (the full name: "Donald Trump, 70," gives no age to Melania Trump)
            m = re.search(rf"\b{full}\s*(?:,\s*(?:de\s+)?|\()(\d{{1,3}})\b", self.art.text)
            self._ages[name] = m.group(1) if m else None
        return self._ages[name]

    def _named_body(self, pos: int, phrase: str) -> Mention | None:
        """For "it": the subject ``phrase`` when it names a body ("The Environment Agency issued …
        . In a statement, it said"), in its fullest form ("The Post" -> "Washington Post"); not a
        common noun ("the paper", "the group")."""
        name, _, person = self.index.canonical(phrase)
        if person or not name[:1].isupper() or not is_org(name.split()):
            return None
        name = self.index.fuller_org(name) or name
        return Mention(pos, name, "n", False, False)

    def _role_antecedent(self, span: tuple[int, int], g: str) -> Mention | None:
        """The named person a role subject ``span`` stands for, when of gender ``g``."""
        if self._in_role:
            return None  # (role_reference asks for subjects too)
        self._in_role = True
        try:
            found = self.role_reference(span[0], self.art.text[span[0] : span[1]])
        finally:
            self._in_role = False
        if found is None:
            return self._spokes_antecedent(span, g)
        article = ARTICLE_GENDER.get(self.art.text[span[0] : span[1]].split()[0].lower(), g)
        if g in ("m", "f") and article in ("m", "f") and article != g:
            return None  # "Der Chef habe … . »…«, sagte sie": not the Chef
        if not found.person or not _compatible(g, found, self.learned.get(found.name, "?")):
            return None
        return found

    def group_antecedent(self, pos: int) -> Mention | None:
        """The group a plural cue with no subject speaks for: "Las mujeres de la comunidad han
        empezado a caminar. «…», dicen." (a group subject of this sentence or the one before)."""
        found = self.subject_antecedent(pos, "p")
        if found is None or found.gender != "p" or not found.person:
            return None
        self.history.append(found)
        return found

    def _group_subject(self, span: tuple[int, int], g: str) -> Mention | None:
        """A plural pronoun for a group of people named by a plural noun: "Les commerçants ont
        lancé une pétition. « … », écrivent-ils" -> commerçants; "Las mujeres de la comunidad"."""
        if g not in ("p", "fp"):
            return None
        words = self.art.text[span[0] : span[1]].split()
        if len(words) < 2 or words[0].lower() not in PLURAL_GROUP_ARTICLES:
            return None
        cut = next((k for k, w in enumerate(words) if k > 1 and w.lower() in C.COMPLEMENT_LINKS), len(words))
        head = words[cut - 1]
        low = head.lower()
        if not people_plural(low):
            return None
        return Mention(span[0], head, "p", True, True)

    def _body_speaker_before(self, pos: int, g: str) -> Mention | None:
        """French and Spanish "il" / "elle" for the body that spoke just before in the same
        paragraph, named by a noun of that gender, with no person named since: "le ministère de
        l'Intérieur a salué « … ». « … », a-t-il ajouté"."""
        if self.lang not in ("fr", "es") or g not in ("m", "f"):
            return None
        last = self.last_speaker(pos, self.art.para_of(pos))
        if last is None or last.person or self.art.para_of(last.pos) != self.art.para_of(pos):
            return None
        article = self.art.text[last.pos : last.pos + 4].split()[:1]
        if not article or ARTICLE_GENDER.get(article[0].lower()) != g:
            return None
        if bisect.bisect_left(self.people_pos, pos) > bisect.bisect_right(self.people_pos, last.pos):
            return None  # a person named since may be "il"
        return last

    def _org_subject(self, span: tuple[int, int], g: str) -> Mention | None:
        """In French and Spanish a pronoun agrees with its noun, so "elle" may be a body named by
        a feminine noun: "La préfecture de la Gironde a rappelé … . « … », indique-t-elle"."""
        words = self.art.text[span[0] : span[1]].split()
        if self.lang not in ("fr", "es") or len(words) < 3 or ARTICLE_GENDER.get(words[0].lower()) != g:
            return None
        name, _, person = self.index.canonical(" ".join(words))
        if person or not any(w[:1].isupper() for w in words[1:]):
            return None  # (a named body: not "la hausse")
        return Mention(span[0], name, "n", False, True)

    def _spokes_antecedent(self, span: tuple[int, int], g: str) -> Mention | None:
        """An unnamed spokesperson subject, for a pronoun of its gender: the organisation it
        speaks for ("A Brentford spokeswoman said he was in hospital. “…,” she said." -> Brentford;
        "Ein Sprecher der Behörde …. „…“, sagte er.")."""
        words = self.art.text[span[0] : span[1]].split()
        if len(words) < 2 or words[0].lower() not in C.DETERMINERS or g not in ("m", "f"):
            return None
        k = next((k for k, w in enumerate(words) if _spokes_for([w]) is not None), None)
        if k is None or SPOKES_GENDER.get(words[k].lower(), g) != g:
            return None
        owner = words[1:k]
        if owner and all(w[:1].isupper() for w in owner):
            org = self.index.canonical(" ".join(owner))[0]  # "A Brentford spokeswoman"
        elif not owner:
            noun = _spokes_for(words[k:])
            # "Ein Sprecher des Bundesinnenministeriums": the body it names, else the one in view
            org = self._spokes_for_named(" ".join(words), span[0]) if noun is None else self._org_in_view(span[0], noun)
            if org is None:
                return None
        else:
            return None
        return Mention(span[0], org, "n", False, True)

    def _described_name(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The name a subject opening with a determiner stands for: the name closing it ("El
        juez del Tribunal Supremo Pablo Llarena") or set after it by commas ("El ministro de
        Economía, Luis Caputo, anunció"); None for "The crowd"."""
        art, toks = self.art, self.art.toks
        phrase = art.text[span[0] : span[1]]
        name = self.index.canonical(phrase)[0]
        i, j = art.tok_index(span[0]), art.tok_index(span[1])
        if (_named(art, name) and all(w[:1].isupper() for w in name.split()) and phrase.endswith(name.split()[-1])
                and any(_is_role_noun(t) for t in toks[i + 1 : j])):
            return span  # (a role before the name: not "The Cruz campaign", "The Clinton approach")
        found = _named_in_apposition(art, span, len(toks))
        after = art.tok_index(found[1]) if found is not None else len(toks)
        if after >= len(toks) or toks[after].text != ",":
            return None  # (an apposition before the verb closes with a comma)
        return found if _named(art, self.index.canonical(art.text[found[0] : found[1]])[0]) else None

    def role_subject(self, pos: int, low: str) -> Mention | None:
        """A he / she with no named antecedent: the subject of the sentence before, when it is
        a person known by a role ("The mayor defended the plan. “…,” she said.")."""
        g = C.PRONOUNS[low]
        if g not in ("m", "f", "fp"):
            return None
        art = self.art
        ps, cs = art.sentence_starts(art.tok_index(pos))  # the sentence before this one
        if ps == cs:
            return None
        if art.para_of(art.toks[ps].start) < art.para_of(pos) - 1:
            return None
        toks = art.toks
        if toks[ps].low not in C.DETERMINERS:
            return None
        # the role noun among the first words: The mayor, Le président (de la République)
        k = next((k for k in range(ps + 1, min(cs - 1, ps + ROLE_SUBJECT_WORDS + 1)) if _is_role_head(toks[k].low)), None)
        if k is None or any(not _is_word(t) for t in toks[ps:k]):
            return None
        head = toks[k].low
        female = head in C.FEMALE_TITLES or head.endswith(("woman", "frau", "erin", "entin", "esa", "ora", "ista", "trice", "euse", "ente"))
        if (g == "m" and head in C.FEMALE_TITLES) or (g == "f" and head in C.MALE_TITLES):
            return None
        end = k
        if k + 2 < cs and toks[k + 1].low in ROLE_PLACE_LINKS and _is_cap(toks[k + 2]) and toks[k + 2].low not in C.DETERMINERS:
            end = k + 2  # where the role is held: "Der Bürgermeister von Wöllnitz", "The mayor of Hale"
            while end + 1 < cs and _is_cap(toks[end + 1]) and toks[end + 1].start - toks[end].end <= 1:
                end += 1
        phrase = art.text[toks[ps].start : toks[end].end]
        name, _, _ = self.index.canonical(phrase)
        return Mention(toks[ps].start, name, "f" if female else "?", True, True)

    def last_speaker(self, pos: int, para: int) -> Mention | None:
        for m in reversed(self.history):
            if m.pos < pos and m.speaker:
                if para - self.art.para_of(m.pos) <= FLOAT_PARAGRAPHS:
                    return m
                return None
        return None


SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin", "porte-parole",
               "portavoz", "vocero", "vocera"}
SPOKES_GENDER = {"spokesman": "m", "spokeswoman": "f", "sprecher": "m", "sprecherin": "f", "vocero": "m", "vocera": "f"}
# Whom a spokesperson speaks for follows one of these: "spokeswoman for", "Sprecher der", "portavoz del"
SPOKES_LINKS = C.COMPLEMENT_LINKS | {"del", "du", "des", "de", "der", "d'", "d’"}
SPOKES_PARAGRAPHS = 1  # an unnamed spokesperson speaks for an organisation named this near
# German compounds naming whom the spokesperson speaks for: "Unternehmenssprecher"
SPOKES_COMPOUNDS = {"unternehmens": "unternehmen", "konzern": "konzern", "firmen": "firma"}


def _spokes_for(words: list[str]) -> str | None:
    """For an unnamed spokesperson ("Sprecher der Behörde", "portavoz de la compañía",
    "spokeswoman", "Unternehmenssprecher"; ``words`` without the determiner): the organisation
    noun it speaks for ("behörde", "compañía", "" when none is said); None for anything else,
    and for one speaking for a name ("spokesman for Platte River")."""
    if not words:
        return None
    head = words[0].lower()
    noun = ""
    if head not in SPOKES_NOUNS:
        prefix = next((p for p in SPOKES_COMPOUNDS if head.startswith(p) and head[len(p):] in ("sprecher", "sprecherin")), None)
        if prefix is None:
            return None
        noun = SPOKES_COMPOUNDS[prefix]
    rest = [w.lower() for w in words[1:]]
    if not rest:
        return noun
    if rest[0] in SPOKES_LINKS:
        rest = [w for w in rest[1:] if w not in C.DETERMINERS]  # "for the company", "de la compañía"
        if len(rest) == 1 and rest[0] in C.ORG_REFERENCE_NOUNS:
            return rest[0]
    return None


# The gender a definite article gives a role noun ("la técnica", "der Trainer").
ARTICLE_GENDER = {"der": "m", "el": "m", "le": "m", "la": "f"}
# ", cofondatrice et directrice d'Hydrolia." after a role, maybe after an age ("de 34 ans")
APPOSITION_TAIL = re.compile(r"[^,.;:\n]{0,20}?,[^\S\n]+([^,.;:«»“”„\"\n]{3,80})[,.]")
FEMININE_ROLE_ENDINGS = ("woman", "erin", "trice", "euse", "esse")
PLURAL_ARTICLES = frozenset({"les", "los", "las"})
POSSESSIVE_ROLE_ARTICLES = frozenset({"sein", "seine", "his", "her", "son", "sa", "su"})
PLURAL_GROUP_ARTICLES = PLURAL_ARTICLES | {"the", "die", "these", "ces", "estos", "estas"}
# German singular feminines after "die": die Ministerin, die Kauffrau, die Angeklagte.
GERMAN_FEMININE_ENDINGS = ("in", "frau", "e", "mutter", "tochter", "schwester", "person")


def _plural_reference(article: str, head: str, lang: str | None) -> bool:
    """A role with a plural article stands for a group, not the one person in view: "les
    habitants", "los vecinos", and German "die" before a masculine form ("die Skilehrer",
    "die Anwohner"), which only a plural takes."""
    if article in PLURAL_ARTICLES:
        return True
    return lang == "de" and article == "die" and head.isalpha() and not head.endswith(GERMAN_FEMININE_ENDINGS)

# Nouns after a definite article that describe no person: organisations, documents, places.
NOT_DESCRIPTIONS = (C.ORG_HEADS | C.ORG_REFERENCE_NOUNS | C.PUBLIC_BODY_HEADS | C.THING_NOUNS
                    | DOCUMENT_NOUNS | TRADE_NOUNS | C.PLACE_HEADS)
# French writes a demonym noun capitalised ("le Belge", "l'Argentin", "la Québécoise").
FRENCH_DEMONYM_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "and", "ande", "in", "ine", "ol", "ole")
FRENCH_DEMONYMS = {"belge", "suisse", "russe", "tchèque", "slovaque", "basque", "grec", "grecque", "turc",
                   "turque", "serbe", "croate", "slovène", "bulgare", "kurde", "afghan", "afghane"}
# English demonym nouns for one person ("the Dane", "the Frenchman"); a list, not endings:
# "the Vatican", "the Taliban" end like demonyms. No plural-like ones ("the Chinese", "the Swiss").
ENGLISH_DEMONYMS = {
    "dane", "swede", "finn", "norwegian", "icelander", "briton", "scot", "welshman", "welshwoman",
    "englishman", "englishwoman", "irishman", "irishwoman", "frenchman", "frenchwoman", "dutchman",
    "dutchwoman", "spaniard", "german", "austrian", "italian", "belgian", "pole", "czech", "slovak",
    "hungarian", "romanian", "bulgarian", "serb", "croat", "slovenian", "greek", "turk", "russian",
    "ukrainian", "american", "canadian", "mexican", "brazilian", "argentine", "argentinian",
    "chilean", "colombian", "peruvian", "venezuelan", "uruguayan", "cuban", "australian",
    "kiwi", "indian", "pakistani", "kenyan", "ethiopian", "nigerian", "moroccan", "egyptian",
    "israeli", "iranian", "algerian", "tunisian", "ghanaian", "lithuanian", "latvian", "estonian",
    "luxembourger", "korean",
}
PARTY_MEMBERS = {"republican", "democrat", "conservative", "liberal", "socialist", "tory"}
ROLE_REFERENCE_PARAGRAPHS = 2  # "the senator" is a senator named at most this many paragraphs back
SOLE_HOLDER_PARAGRAPHS = 6  # … or this many, when the article gives the role to one person only
ROLE_PLACE_LINKS = frozenset({"of", "von", "de", "del", "du"})  # the mayor of …, der Bürgermeister von …
ROLE_SUBJECT_WORDS = 3  # "The new mayor", "Der neue Bundeskanzler": the role noun within these words


def _role_is(role: str, head: str, compounds: bool) -> bool:
    """A role a person was given is the role noun ``head``, or ends with it after a hyphen or,
    where ``compounds`` (German), as a compound: "Bundesinnenministerin" is a "Ministerin",
    "CSU-Politiker" a "Politiker" (not in English: a spokeswoman is no "woman")."""
    if role == head or (compounds and role in (head + "n", head + "r") and head.endswith("e")):
        return True  # (German inflects a nominalised adjective: "dem Angeklagten" … "der Angeklagte")
    if len(head) < 5 or len(role) <= len(head) + 1 or not role.endswith(head):
        return False
    return role[-len(head) - 1] == "-" or compounds


def _is_role_head(head: str) -> bool:
    """A noun for a person by role: the mayor, der Bundeskanzler, la ministre, el alcalde."""
    return head in C.PERSON_NOUNS or head in C.TITLES or head.endswith(ROLE_SUFFIXES)


def _kind(art: Article, q: RawQuote, att: Attribution, has_speaker: bool, lang: str | None = None) -> str:
    toks = art.toks
    text = art.text
    content = text[q.start : q.end]
    words = content.split()
    b = art.tok_index(q.open_pos)
    pstart = art.para_starts[q.paragraph_index]
    # Where the quote sits in its sentence.
    prev = toks[b - 1] if b > 0 and toks[b - 1].start >= pstart else None
    if prev is not None and prev.text in FORMAT_CHARS:
        prev = toks[b - 2] if b > 1 and toks[b - 2].start >= pstart else None  # invisible: U+202A
    # (right after another quote, unless that one was left open and runs up to this one)
    starts = prev is None or prev.text in (":", ",", "—", "–", "-", "(", ";") or _sentence_break(toks, b - 1, text) or (MASK in prev.text and (text[prev.end - 1] in "\"”“’‘»«'" or _ends_sentence(art, prev)))
    if not q.closed:
        nxt = None
    else:
        a = art.tok_index(q.close_pos + 1)
        nxt = toks[a] if a < len(toks) and toks[a].start < art.para_end(q.paragraph_index) else None
    ends = nxt is None or not nxt.text[:1].isalnum() or att.source == "after" or content[-1:] in ".!?,…;:"
    if q.open_pos > 0 and text[q.open_pos - 1] == "=":
        return "term"  # a markup attribute left in the text: author="realDonaldTrump"
    if len(content.strip(TRIM + " ")) == 1:
        return "term"  # one letter or sign: the ballot's “R,” or “D,”
    if (prev is not None and nxt is not None and len(words) <= TERM_MAX_WORDS and is_given(prev.text)
            and _is_cap(nxt) and nxt.text.isalpha() and not content.rstrip()[-1:] in ".!?,"):
        return "term"  # a nickname inside the name: Omar “el Tano” Benedetti
    cap = content[:1].isupper()
    if _named_by_nobody(art, q, b, pstart, att.mention is not None):
        return "term"  # que l'équipe a surnommée « la Tiède », das als „…“ bezeichnete Vorhaben
    if _names_a_thing(art, q, b, pstart, cap, lang) or _coined_after(art, q, pstart):
        return "term"  # a poem called “…”, HP is called “…”, the nickname of “…”, “…,” as Reed dubbed it
    if cap and _in_title_list(art, b, pstart):
        return "term"  # hits including “Listen To The Music,” “Black Water” and “China Grove”
    titled = cap and len(words) >= 2 and all(_title_word(w) for w in words)
    # A pronoun of the speaker or listener makes a fragment speech ("I am still here").
    personal = not titled and len(words) < LONG_QUOTE_WORDS and any(w.strip(TRIM).lower() in SPEECH_PRONOUNS for w in words)
    sentence_like = len(words) >= LONG_QUOTE_WORDS or content[-1:] in ".!?…" or (len(words) > TERM_MAX_WORDS and cap) or personal
    # What stands right before the quote (a comma skipped): a work noun or a slogan word.
    near, k = prev, b - 1
    if near is not None and near.text == "," and b >= 2 and toks[b - 2].start >= pstart:
        near, k = toks[b - 2], b - 2
    slogan = near is not None and (
        near.low in SLOGAN_WORDS
        or (near.text == ":" and k >= 1 and toks[k - 1].low in SLOGAN_WORDS)
        # the words of a chant or a cry: chants of “Ted! Ted!”, aux cris de « Démission ! »
        or (near.low in SLOGAN_OF and k >= 1 and toks[k - 1].start >= pstart and toks[k - 1].low in CRY_NOUNS)
        or (near.low == "for" and k >= 1 and toks[k - 1].start >= pstart and toks[k - 1].low in CHEER_FOR)
    )
    if cap and not personal and len(words) < LONG_QUOTE_WORDS and not slogan:
        if near is not None and near.low in WORK_NOUNS and (att.source != "after" or titled):
            return "term"  # the reality show “The Apprentice,”; his book, “Rivers of Salt”
        if near is not None and near is prev and near.low in GROUP_KIND_NOUNS and content.rstrip()[-1:] not in ".!?,":
            return "term"  # Obfrau der Bürgerinitiative „Wasser für Gurnitz“
        if nxt is not None and nxt.low in WORK_AFTER and not content.rstrip()[-1:] in ",.!?":
            return "term"  # “Orange is the New Black” star Dascha Polanco
        if starts and nxt is not None and nxt.low == "by" and a + 1 < len(toks) and _is_cap(toks[a + 1]):
            return "term"  # a headline and its byline: —“Museum to close,” by Times' Ben Sisario
    if titled and len(words) <= HEADLINE_MAX_WORDS and not slogan and near is not None and near.low in WORK_NOUNS:
        return "term"  # a long title: his book “Backfire: A Battle for the Soul of the Firm”
    if content.lstrip(TRIM)[:1].isupper() and starts and len(words) <= HEADLINE_MAX_WORDS and nxt is not None:
        # a longer headline, its byline naming the outlet: “…,” by the Post’s Amy Lee: (de „…“, von …)
        by = a + 1 if nxt.text == "," and content.rstrip()[-1:] != "," else a
        if content.rstrip()[-1:] in ",”" or by > a:
            if by < len(toks) and toks[by].low in BYLINE_WORDS and _byline(art, by + 1):
                return "term"
    if slogan and any(ch.isalnum() for ch in content):
        # the whole chant or sign, closing its sentence: chanting “Dump Trump.”, read “15%!”
        # (a sign's words may be a number)
        closes = nxt is None or not nxt.text[:1].isalnum() or (content[-1:] in ".!?…" and nxt.text[:1].isupper())
        return "direct" if closes or (starts and ends) else "mixed"
    # A title-case quote standing as its own sentence is a title, unless it asks: “Mr. Dale?”
    asks = content.rstrip(" " + TRIM.replace("?", ""))[-1:] == "?"
    # (a colon introduction by a speaker counts as a cue: "La alcaldesa fue tajante: «Es una vergüenza»")
    introduced = att.intro and has_speaker and att.source == "subject" and prev is not None and prev.text == ":"
    if starts and ends and (att.cue is not None or sentence_like or introduced) and not (titled and att.cue is None and len(words) < LONG_QUOTE_WORDS and not asks):
        return "direct"
    if cap and len(words) < LONG_QUOTE_WORDS and _calls_by_name(art, b, pstart):
        return "mixed"  # somebody calls somebody a name: Jacobs called Merkel “The Chancellor …”
    title_case = cap and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in C.TITLE_SMALL_WORDS for w in words)
    if title_case and len(words) < LONG_QUOTE_WORDS and not starts and prev is not None and _is_possessive_tok(prev) and content.rstrip(" ,.")[-1:] not in "!?":
        return "term"  # a show or title after its owner, cue or not: on MSNBC’s “Morning Joe,” calling it …
    # a cue after the quote does not make a title-case name after "on" or "with" speech: an
    # appearance on “Morning Joe,” co-host Mika Brzezinski asked
    on_show = att.source == "after" and prev is not None and prev.low in SHOW_PREPOSITIONS
    if title_case and len(words) < LONG_QUOTE_WORDS and (not att.intro or on_show) and not starts and content.rstrip(" ,.")[-1:] not in "!?":
        if len(words) >= 2 or (prev is not None and (prev.low.endswith(("’s", "'s")) or prev.text in ("’", "'"))):
            return "term"  # a title or nickname inside the sentence: told NBC’s “Meet the Press”
    if prev is not None and prev.low == "called" and text[max(pstart, prev.start - 5) : prev.start].lower().rstrip("- ")[-3:] in (" so", "so"):
        return "term"  # "so called" spelt apart is no cue: the so- called ‘special relationship’
    if att.cue is not None:
        return "mixed"
    if len(words) >= LONG_QUOTE_WORDS and has_speaker:
        return "mixed"
    # A cue-less fragment. News puts quote marks round somebody's words far more often than
    # round a coinage, so a lower-case fragment of two or more words is a quoted fragment of a
    # paraphrase; a single word is one only when its sentence reports speech somewhere. Titles,
    # names and nicknames (every word capitalised) and bare numbers or dates are not speech.
    if not any(ch.isalpha() for ch in content):
        return "term"
    if prev is not None and prev.low in C.TERM_MARKERS and not _calls_by_name(art, b, pstart):
        return "term"  # so-called “peace tax”, die sogenannte „Friedenssteuer“
    if all(_title_word(w) for w in words) and cap:
        return "term"
    if lang != "de" and len(words) >= 2 and words[0].lower() in C.DEFINITE_ARTICLES and all(w[:1].isupper() for w in words[1:]) and content.rstrip()[-1:] not in ".!?":
        return "term"  # a nickname or a name with its article: « le Chamois », «el Cóndor», “the Donald”
    reports = _sentence_reports(art, b, lang)
    if cap and not reports and not sentence_like:
        return "term"  # a capitalised name mid-sentence: „Die lange Nacht“ (German capitalises nouns)
    if len(words) >= MIXED_MIN_WORDS or reports:
        return "mixed"
    return "term"


# Naming verbs right before the name they give ("a surnommée « … »", "apodó «…»", "bautizaron
# la tormenta como «…»"), and German participles of naming after it ("das als „…“ bezeichnete
# Vorhaben").
NAME_GIVING_VERBS = NAME_PARTICIPLES | COIN_VERBS | frozenset({
    "surnomme", "surnomment", "baptise", "baptisent", "apodan", "bautizan", "nicknames", "dubs"})
NAMING_AS = frozenset({"como", "comme", "as", "als"})
GERMAN_NAMING_PARTICIPLES = frozenset({"bezeichnete", "bezeichneten", "bezeichneter", "bezeichnetes",
                                       "genannte", "genannten", "genannter", "genanntes", "getaufte", "getauften"})


def _named_by_nobody(art: Article, q: RawQuote, b: int, pstart: int, namer: bool) -> bool:
    """The quote at token ``b`` is a name that a naming verb gives with no speaker phrase in
    its sentence (``namer``; a speaker carried over from before does not count): "que la
    presse a baptisée « … »", "al que la afición apodó «…»"; or the name inside a German
    attributive participle ("das als „…“ bezeichnete Vorhaben"). "Trump dubbed him “…”" has
    its namer: that stays his words."""
    toks = art.toks
    k = b - 1
    if k >= 0 and toks[k].start >= pstart and toks[k].low == "als" and q.closed:
        a = art.tok_index(q.close_pos + 1)
        if a < len(toks) and toks[a].low in GERMAN_NAMING_PARTICIPLES:
            return True
    if namer or _calls_by_name(art, b, pstart):
        return False  # a speaker phrase in the sentence: "Anna Berger nannte den Minister „Herrn Ahnungslos“"
    if k >= 0 and toks[k].low in NAMING_AS:
        k -= 1
        while k >= 0 and toks[k].start >= pstart and b - k <= NAMING_OBJECT_TOKENS and toks[k].low not in NAME_GIVING_VERBS and _is_word(toks[k]):
            k -= 1  # "bautizaron la tormenta como"
    return k >= 0 and toks[k].start >= pstart and toks[k].low in NAME_GIVING_VERBS


def _names_a_thing(art: Article, q: RawQuote, b: int, pstart: int, cap: bool, lang: str | None) -> bool:
    """The quote at token ``b`` is a name given by a naming frame with nobody naming: a naming
    participle after its noun ("a poem called “…”", "eine App namens „…“", "une maladie appelée
    « … »"), the passive ("HP is called “…”", "what's called “…”", "„…“ genannt wird"), a generic or
    reflexive subject ("ce qu'on appelle « … »", "se conoce como «…»", "die Krankheit heißt „…“") or
    a noun for a name ("the nickname of “…”"). A passive with its namer ("called “…” by critics")
    stays speech, and so does a frame in a sentence that reports speech elsewhere: the name may be
    the speaker's word. A participle after its noun names a thing when the quote is a proper
    name (capitalised), reported or not ("a show called “Brokers,” written by …"); a lower-case
    term after one stays a quoted fragment, as cue-less fragments are."""
    toks = art.toks

    def tok(i: int):
        ok = 0 <= i < len(toks) and toks[i].start >= pstart and MASK not in toks[i].text
        return toks[i] if ok else None

    a = art.tok_index(q.close_pos + 1) if q.closed else len(toks)
    nxt = tok(a)
    if nxt is not None and nxt.low in AGENT_WORDS:
        return False  # has been called “…” by a professor: the professor's word

    def nobody_reports(first: int) -> bool:
        return not _sentence_reports(art, b, lang, skip_from=first)

    if nxt is not None and nxt.low == "genannt" and (aux := tok(a + 1)) is not None and aux.low in PASSIVE_AUX_AFTER:
        return nobody_reports(b)  # die Krankheit, die „Federbettlunge“ genannt wird
    j = b - 1
    t = tok(j)
    if t is not None and t.low in ARTICLES:
        j, t = j - 1, tok(j - 1)  # known as the “Midnight Crew”, called an “inversion”
    if t is None:
        return False
    if t.low in NAME_NOUNS or (t.low in NAME_OF and (w := tok(j - 1)) is not None and w.low in NAME_NOUNS):
        return nobody_reports(j - (t.low in NAME_OF))  # which earned it the nickname of “…”
    if t.low in NAME_PRESENT:
        w = tok(j - 1)
        generic = w is not None and (w.low in GENERIC_SUBJECTS or w.low.startswith(("qu'", "qu’")))
        if t.low.startswith("hei") or generic:
            return nobody_reports(j - (1 if generic else 0))  # ce qu'on appelle « … », die Krankheit heißt „…“
        return False
    if t.low.startswith(("s'", "s’")) and t.low[2:] in NAME_PRESENT:
        return nobody_reports(j)  # la maladie s’appelle « … »
    v = j
    if t.low in AS_WORDS and (w := tok(j - 1)) is not None and w.low in NAME_PRESENT:
        g = tok(j - 2)
        return g is not None and g.low in GENERIC_SUBJECTS and nobody_reports(j - 2)  # lo que se conoce como «…»
    if t.low in AS_WORDS and (w := tok(j - 1)) is not None and w.low in NAME_AS_PARTICIPLES:
        v = j - 1  # known as “…”, conocido como «…»
    elif t.low not in NAME_PARTICIPLES:
        return False
    k = v - 1
    while (w := tok(k)) is not None and (w.low in SKIPPED_ADVERBS or (w.low.endswith("ly") and w.text[:1].islower())):
        k -= 1  # what is commonly called, a string of contests also known as
    w = tok(k)
    if w is not None and (w.low in BE_FORMS or (w.low[-2:] in ("'s", "’s") and w.low[:-2] in IS_CONTRACTED)):
        return nobody_reports(k)  # HP is called “…”; diagnosed with what's called “…”
    if toks[v].low not in AMBIGUOUS_PAST:
        # a participle that is no past tense (genannt, namens, appelée, llamado): a name unless
        # it follows its auxiliary (a appelé, ha llamado)
        return cap and not (w is not None and (w.low in C.CUE_AUX or w.low in C.AUX_ADV))
    if w is not None and w.text != ",":
        if not w.text[:1].islower() or not w.text[:1].isalpha() or w.low in C.PRONOUNS or w.low in C.AUX_ADV or w.low in C.RELATIVES or w.low in C.STOP:
            return False  # a subject or an auxiliary: Trump called “…”, which he had called “…”
        i = k - 1
        while (x := tok(i)) is not None and x.text[:1].isalpha() and k - i <= NAMING_OBJECT_TOKENS and x.low not in C.STOP and x.low not in C.DETERMINERS:
            i -= 1  # the noun phrase before the participle, down to its determiner
        x, y = tok(i), tok(i - 1)
        if x is not None and x.low in C.DETERMINERS and y is not None and (y.low in RELATIVE_OPENERS_ALL or y.low in FRONTED_OBJECTS):
            return False  # the subject of a relative clause: what the mayor called “…”
    return cap  # a poem called “…”, a blog, called the “Feed,” (but a formula called the “chained …”: a fragment)


def _coined_after(art: Article, q: RawQuote, pstart: int) -> bool:
    """The quote is followed by "as" and somebody coining it as the name of a thing: the “new
    Gannett,” as Reed dubbed the combination (wie Reed die Fusion taufte, comme Reed a baptisé la
    fusion, como Reed bautizó la fusión). Coining a name for a person ("as he dubbed her", "as
    critics dubbed the senator") is name-calling, which stays speech."""
    if not q.closed:
        return False
    toks = art.toks
    end = art.para_end(q.paragraph_index)
    a = art.tok_index(q.close_pos + 1)
    if a < len(toks) and toks[a].text == ",":
        a += 1
    if a >= len(toks) or toks[a].low not in COIN_AS or toks[a].start >= end:
        return False
    hi = min(len(toks), a + 1 + COIN_WINDOW)
    v = next((i for i in range(a + 1, hi) if toks[i].low in COIN_VERBS and toks[i].start < end), None)
    if v is None or any(not toks[i].text[:1].isalnum() for i in range(a + 1, v)):
        return False
    around = toks[a + 1 : min(len(toks), v + 3)]
    if any(t.low in PERSON_OBJECTS or (t.low in CLITIC_OBJECTS and i + 1 < len(around) and (around[i + 1].low in COIN_VERBS or around[i + 1].low in C.CUE_AUX))
           for i, t in enumerate(around)):
        return False  # as critics dubbed her, como la apodó la prensa
    for i, t in enumerate(around[:-1]):
        nx = around[i + 1]
        if t.low in ARTICLES and _is_role_head(nx.low):  # (not by ending: a merger is no person)
            return False  # as critics dubbed the senator
    return any(t.low in THING_PRONOUNS for t in around) or any(
        t.low in ARTICLES and around[i + 1].text[:1].isalpha() for i, t in enumerate(around[:-1]))


def _in_title_list(art: Article, b: int, pstart: int) -> bool:
    """The quote at token ``b`` is one of a list of titles: quotes in a row with only commas or
    "and" between them, each in title case ("hits including “Listen To The Music,” “Black
    Water” and “China Grove”"). A list of chants after a slogan word stays speech."""
    toks = art.toks
    if not 0 <= b < len(toks):
        return False
    members = [b]
    for step in (-1, 1):
        i = b
        while True:
            j = i + step
            if 0 <= j < len(toks) and toks[j].start >= pstart and toks[j].text in LIST_LINKS_PUNCT | LIST_LINKS:
                j += step  # “A,” and “B”; “A”, “B”
            if not (0 <= j < len(toks) and toks[j].start >= pstart and MASK in toks[j].text and j - i <= 2):
                break
            if art.text[toks[min(i, j)].end : toks[max(i, j)].start].count("\n"):
                break
            members.append(j)
            i = j
    if len(members) < LIST_MIN_TITLES:
        return False
    members.sort()
    first = members[0]
    if first > 0 and toks[first - 1].start >= pstart and toks[first - 1].low in SLOGAN_WORDS:
        return False  # chanting “Lock Her Up,” “Build The Wall”
    multi = False
    for m in members:
        inner = art.text[toks[m].start + 1 : toks[m].end - 1].strip(" \u00a0\u202f")
        words = inner.split()
        if not words or not inner[:1].isupper() or len(words) >= LONG_QUOTE_WORDS or not all(_title_word(w) for w in words):
            return False
        if m != members[-1] and inner.rstrip(" ,;")[-1:] in ".!?…":
            return False  # sentences in a row: “Yes.” “No.”
        multi = multi or len(words) >= 2
    return multi


def _calls_by_name(art: Article, b: int, pstart: int) -> bool:
    """Somebody gives somebody or something a name before the quote at token ``b``: a naming
    verb with its object ("he called Rubio “Little Marco”", "nannte Merz „den Kanzler der
    Herzen“") or a verb that casts its object "as" the quote ("refers to the governor as
    “Chris.”"), the verb after its subject (a name, a pronoun, an adverb or auxiliary), or a
    relative object before the subject pronoun ("Rubio, who he dubbed “…”"). A naming
    participle after a noun names a thing ("a group called “Vote Now”"): no speech."""
    toks = art.toks
    if b < 2:
        return False
    a = b - 2 if toks[b - 1].low in C.DETERMINERS else b - 1  # as the “Great Satan”
    cast = toks[a].low in AS_WORDS and toks[a].start >= pstart
    lo = max(0, b - (NAMING_CAST_TOKENS if cast else NAMING_OBJECT_TOKENS + 1) - 1)
    j = a - 1 if cast else b - 1
    n_obj = 0
    while j >= lo and toks[j].start >= pstart and MASK not in toks[j].text and not _sentence_break(toks, j, art.text):
        low = toks[j].low
        if cast and n_obj == 0 and low in CAST_VERBS and j >= 1 and toks[j - 1].low in BE_FORMS:
            return True  # the passive: were designated as “Confidential”, is listed as “…”
        if n_obj >= 1 and (low in NAMING_VERBS or (cast and low in CAST_VERBS)):
            k = j - 1
            if k < 0 or toks[k].start < pstart:
                return False
            before = toks[k]
            if before.low in NEGATIONS or (k >= 1 and toks[k - 1].low in NEGATIONS):
                return False  # a name not called: not once referring to his rivals as ‘Little Marco’
            if before.low.endswith("ly") and before.text[:1].islower() and k >= 1 and toks[k - 1].start >= pstart:
                before = toks[k - 1]  # an adverb between subject and verb: Tehran relentlessly referring to …
            if before.low in C.DETERMINERS and not (before.low in C.AUX_ADV and low.endswith(("ed", "é", "ée"))):
                return False  # a noun: a call to ABC’s “This Week” (but "a surnommé", French perfect)
            if cast and low in CAST_VERBS and before.text[:1].isalpha() and before.low not in C.PREPOSITIONS:
                return True  # a noun subject casts too: the page lists him as “…”
            return before.low in C.PRONOUNS or before.low in C.RELATIVES or before.low in C.AUX_ADV or (_is_cap(before) and before.low not in C.DETERMINERS and before.text[:1].isalpha())
        if not cast and n_obj == 0 and low in NAMING_VERBS and j >= 2 and toks[j - 1].low in C.PRONOUNS and toks[j - 2].low in FRONTED_OBJECTS:
            return True  # the object fronted: Rubio, who he dubbed “the little senator”; what she calls the “…”
        if not cast and (not toks[j].text[:1].isalnum() or low in C.STOP):
            return False  # the object is a few words, no punctuation or preposition
        if low not in C.DETERMINERS or low in C.PRONOUNS:  # "her" is an object here
            n_obj += 1
        j -= 1
    return False


def _byline(art: Article, j: int) -> bool:
    """Tokens from ``j`` read as a byline's outlet and author: "Times' Ben Sisario", "the New
    York Post's Amy Lee" (an outlet's possessive, then a name), or a name and a colon ("Amy Lee:")."""
    toks = art.toks
    if j < len(toks) and toks[j].low in C.DETERMINERS:
        j += 1
    n_cap = 0
    for k in range(j, min(len(toks), j + BYLINE_MAX_TOKENS)):
        t = toks[k]
        if _is_possessive_tok(t) and (n_cap or _is_cap(t)):
            nx = toks[k + 1] if k + 1 < len(toks) else None
            return nx is not None and _is_cap(nx) and nx.text[:1].isalpha()  # the Post’s Amy Lee
        if _is_cap(t) and t.text[:1].isalpha():
            n_cap += 1
            continue
        return t.text == ":" and n_cap >= 2
    return False


def _is_possessive_tok(t) -> bool:
    return t.low.endswith(("’s", "'s")) or t.text in ("’", "'")


def _sentence_reports(art: Article, b: int, lang: str | None, skip_from: int | None = None) -> bool:
    """The sentence around token ``b`` reports speech (bounded scan): a cue verb, "according
    to", a speech-act word (REPORT_WORDS), or a verb that casts something "as" the quote. Tokens
    from ``skip_from`` up to the quote (a naming frame's own verb) are not looked at, and then
    the scan stops at a quote that closes a sentence. (Without ``skip_from`` it runs on past
    such a quote, as it always has: the dev gold counts fragments whose report is there.)"""
    toks = art.toks
    bounded = skip_from is not None
    n = len(toks)
    j = b - 1 if skip_from is None else min(b, skip_from) - 1
    seen_as = False
    while j >= 0 and b - j <= MAX_SENTENCE_TOKENS and not _sentence_break(toks, j, art.text) and "\n" not in art.text[toks[j].end : toks[j + 1].start if j + 1 < n else toks[j].end]:
        if bounded and MASK in toks[j].text and art.ends_here(j):
            break  # a quote closing the sentence before: “…lung.” When it is on a bird, it is called
        low = toks[j].low
        if (low in C.ALL_CUES or low == "according") and _cue_at(toks, j, lang):
            return True
        if low in REPORT_WORDS or (seen_as and low in CAST_VERBS):
            return True
        seen_as = seen_as or low in AS_WORDS
        j -= 1
    j = b
    while j < n and j - b <= MAX_SENTENCE_TOKENS and not _sentence_break(toks, j, art.text) and (j == b or "\n" not in art.text[toks[j - 1].end : toks[j].start]):
        if (toks[j].low in C.ALL_CUES or toks[j].low == "according") and _cue_at(toks, j, lang):
            return True
        if toks[j].low in REPORT_WORDS:
            return True
        if bounded and j == b and art.ends_here(j):
            break  # the quote closes its sentence: “…lung.” When it is …
        j += 1
    return False


def extract_quotes(text: str, language: str | None = None) -> list[Quote]:
    """Quotes in an article body ``text`` whose paragraphs are joined by a blank line."""
    if not text:
        return []
    lang = (language or "").split("-")[0].lower() or None
    if lang not in ("en", "de", "fr", "es"):
        lang = None
    raws = find_quote_marks(text)
    if not raws:
        return []
    if lang in ("fr", "es") or any(q.open_mark in "«»" for q in raws):
        raws = _split_incises(text, raws)
    raws = _cut_unclosed(text, raws)
    art = Article(text, raws)
    index = _build_names(art, lang)
    art.name_words = index.words
    art.person_words = index.person_words
    atts = [attribute_one(art, q, lang) for q in raws]
    # A cue-less quote right before an attributed one shares its speaker: “A.” “B,” he said.
    share_next = [False] * len(raws)
    for i in range(len(raws) - 1):
        q, r = raws[i], raws[i + 1]
        if atts[i].cue is None and atts[i + 1].source == "after" and q.closed and q.paragraph_index == r.paragraph_index:
            gap = art.masked[q.close_pos + 1 : r.open_pos]
            if not any(ch.isalnum() for ch in gap):
                share_next[i] = True
    resolver = _Resolver(art, index, lang)
    quote_cue_starts = {a.cue[0] for a in atts if a.cue is not None}
    events: list[tuple[int, int, object]] = []
    for pos, span in _paraphrase_events(art, lang, quote_cue_starts):
        events.append((pos, 1, span))
    mention_starts = {a.mention[0] for a in atts if a.mention is not None} | {e[0] for e in events}
    for pos, span in _named_subject_events(art, index, mention_starts):
        events.append((pos, 2, span))
    for i, (q, a) in enumerate(zip(raws, atts)):
        pos = a.mention[0] if a.mention is not None else q.open_pos
        events.append((pos, 0, i))
    events.sort(key=lambda e: (e[0], e[1]))
    speakers: list[Mention | None] = [None] * len(raws)
    for pos, typ, payload in events:
        if typ == 1:
            resolver.resolve(pos, payload)  # a paraphrase subject: history for pronouns
            continue
        if typ == 2:
            # a named sentence subject: an antecedent for pronouns, but nobody who spoke
            kept = len(resolver.history)
            if resolver.resolve(pos, payload) is not None and len(resolver.history) > kept:
                resolver.history[-1] = replace(resolver.history[-1], speaker=False)
            continue
        i = payload
        q, a = raws[i], atts[i]
        if a.mention is not None and lang == "de" and a.cue is None and _reported_thing(art, a.mention, q):
            # "Die Verwaltung habe „jahrelang auf Zeit gespielt“": the Konjunktiv reports the
            # speaker before; the thing is what the speech is about
            speakers[i] = resolver.last_speaker(q.open_pos, q.paragraph_index)
            atts[i] = Attribution(None, None, "none")
        elif a.mention is not None and lang == "de" and a.cue is None and _unknown_german_noun(art, a.mention):
            atts[i] = Attribution(None, None, "none")  # "Kälins nächste Arbeit, … «Biedermann …»": no speaker
            if i > 0 and speakers[i - 1] is not None and _continues(art, raws[i - 1], q):
                speakers[i] = speakers[i - 1]
        elif a.mention is not None and ADDRESS_MENTION.fullmatch(art.text, a.mention[0], a.mention[1]):
            speakers[i] = resolver.addressed(q)  # "You say you write “…”": whom the question asks, if anyone
            if speakers[i] is None:
                atts[i] = replace(a, mention=None)  # (not a speaker called "You")
        elif a.mention is not None:
            speakers[i] = resolver.resolve(pos, a.mention)
        elif (addressed := resolver.addressed(q)) is not None:
            speakers[i] = addressed  # "Vous dites écrire « … ». C'est-à-dire ?": the interviewee's words
        elif a.cue is not None:
            # a cue with no expressed subject ("dijo", "adding"): the last speaker, or the person
            # the sentence before is about when named since ("Juan Mendieta perdió su taxi.
            # «…», lamentó.")
            plural = text[a.cue[0] : a.cue[1]].lower() in C.PLURAL_CUES and lang in ("es", "fr")
            speakers[i] = ((resolver.group_antecedent(a.cue[0]) if plural else None) or _newer_subject(art, resolver, q)
                           or (_newer_named(art, resolver, q) if lang == "es" else None)
                           or resolver.last_speaker(q.open_pos, q.paragraph_index))
        elif i > 0 and speakers[i - 1] is not None and _continues(art, raws[i - 1], q):
            # “A,” said Jo Sims, who runs a bakery that … . “B.”: the quote continues the one
            # in the sentence before, whatever else that sentence's tail reports.
            speakers[i] = speakers[i - 1]
        elif not share_next[i]:
            # A floating quote: the previous speaker, unless the sentence right before it is
            # about someone named later ("Clinton touted her record. “We need …”").
            speakers[i] = _newer_subject(art, resolver, q) or resolver.last_speaker(q.open_pos, q.paragraph_index)
    for i in range(len(raws) - 2, -1, -1):
        if share_next[i]:
            speakers[i] = speakers[i + 1]
            atts[i] = Attribution(None, None, "none")
    _client_speakers(art, raws, atts, speakers, resolver)
    repeated = _headline_speakers(art, raws, speakers)
    out: list[Quote] = []
    kinds: list[str] = []
    for i, (q, a) in enumerate(zip(raws, atts)):
        sp = speakers[i]
        kind = _kind(art, q, a, sp is not None, lang)
        if kind == "term" and i > 0 and kinds[i - 1] == "direct" and a.cue is None and _resumes(art, raws[i - 1], q):
            kind = "direct"  # the next piece of an interrupted quote is speech too, whatever its words look like
        kinds.append(kind)
        quote = Quote(
            text=text[q.start : q.end],
            char_start=q.start,
            char_end=q.end,
            paragraph_index=q.paragraph_index,
            kind=kind,
        )
        if kind != "term":
            if sp is not None:
                quote.speaker = sp.name
            if a.mention is not None:
                quote.speaker_char_start, quote.speaker_char_end = a.mention
                quote.speaker_mention = text[a.mention[0] : a.mention[1]]
            if a.cue is not None:
                quote.cue = text[a.cue[0] : a.cue[1]]
        out.append(quote)
    for i, k in repeated.items():
        said = len(out[k].text.split()) > len(out[i].text.split()) or out[k].text.rstrip()[-1:] in ".!?,…"
        titled = all(_title_word(w) for w in out[i].text.split())  # a Title Case headline's words: a title
        if out[i].kind == "term" and out[k].kind == "direct" and said and not titled:  # (not a title both times)
            out[i].kind, out[i].speaker = "direct", speakers[i].name  # the body's words, however short
    return out
