"""Word lists for attribution: cue verbs per language, pronouns, titles, function words.

All entries are lower-case. Cue verbs are listed as written forms (inflections included)
because the core is rule-based: no lemmatiser, no model.
"""

from __future__ import annotations

import re

from newsmill.quotes import given_names as _given_names


# Verbs that double their final consonant before -ed / -ing.
DOUBLE_FINAL = {"admit", "beg", "slam", "quip", "jab", "snap", "chat", "commit", "regret", "rebut", "bat", "nag", "plan"}


def _en_forms(*bases: str) -> set[str]:
    """Regular English inflections: warn -> warn, warns, warned, warning."""
    out: set[str] = set()
    for b in bases:
        if b in DOUBLE_FINAL:
            out |= {b, b + "s", b + b[-1] + "ed", b + b[-1] + "ing"}  # admit -> admitted
        elif b.endswith("e"):
            out |= {b, b + "s", b + "d", b[:-1] + "ing"}
        elif b.endswith("y") and b[-2] not in "aeiou":
            out |= {b, b[:-1] + "ies", b[:-1] + "ied", b + "ing"}
        else:
            out |= {b, b + "s", b + "ed", b + "ing"}
    return out


CUES_EN = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes",
    "wrote", "writing", "written", "read", "reads", "tweet", "tweets", "tweeted", "tweeting",
    "retweeted", "post", "posted", "ask", "asks", "asked", "asking", "call", "calls", "called",
    "calling", "put", "puts", "quip", "quipped", "quips", "shot", "snapped", "thundered", "went",
    "testified", "testifies", "proclaimed",
} | _en_forms(
    "add", "urge", "explain", "note", "reply", "respond", "answer", "continue", "declare",
    "state", "argue", "insist", "warn", "claim", "admit", "acknowledge", "announce", "suggest",
    "recall", "conclude", "remark", "joke", "describe", "pledge", "promise", "vow", "accuse",
    "shout", "chant", "report", "concede", "complain", "observe", "counter", "predict",
    "caution", "emphasize", "emphasise", "stress", "boast", "muse", "lament", "demand",
    "confirm", "deny", "agree", "maintain", "contend", "allege", "assert", "estimate",
    "wonder", "exclaim", "whisper", "scream", "yell", "mutter", "cry", "question", "charge",
    "retort", "assure", "tease", "blast", "slam", "mock", "recount", "comment", "reflect",
    "point", "plead", "beg", "implore", "advise", "reason", "add", "list", "urge",
    "blame", "label", "dub", "brand", "term", "refer", "characterize", "characterise",
    "recommend", "propose", "concur", "sigh", "laugh", "gush", "rave", "rant", "fume",
    "inform", "reveal", "disclose", "confide", "conclude", "acknowledge", "apologize",
    "apologise", "thank", "pray", "hint", "indicate", "specify", "clarify", "elaborate",
    "summarize", "summarise", "post", "text", "email", "message", "react", "remember", "scoff",
    "beam", "interject", "chime", "marvel", "gloat", "grumble", "protest", "object",
    "confess", "echo", "bark", "jab", "criticize", "criticise", "denounce", "praise", "chide",
    "lecture", "opine", "retaliate", "rebut", "scold", "reassure", "chat", "preach", "vent",
)
# Nouns as often as verbs: only their past forms are cues ("promised", not "promises").
NOUNISH = {"remark", "protest", "object", "beam", "chime", "promise", "report", "claim", "comment", "note", "charge", "answer", "question", "demand",
           "estimate", "joke", "list", "post", "text", "message", "warning", "reply", "response",
           "call", "tweet", "email", "plea", "pledge", "vow", "blast", "slam", "label", "brand", "term",
           "counter", "point", "reason", "reflect", "cry", "hint", "laugh", "rant", "rave", "sigh"}
for _b in NOUNISH:
    for _f in (_b, _b + "s", _b + "es"):
        if _f not in ("calls",):
            CUES_EN.discard(_f)
CUES_EN |= {"calls"}
# Their present forms are cues right after a quote and its speaker ("“…,” Smith notes.").
AFTER_CUES = {"pressed", "started", "began", "offered", "ventured", "boomed", "notes", "comments", "claims", "answers", "replies", "reports", "warns", "jokes",
              "counters", "posts", "texts", "emails", "tweets", "cries", "laughs", "sighs",
              "reasons", "points", "reflects", "promises", "pledges", "vows", "demands", "charges", "states", "questions"}

# English cues whose object, never their speaker, follows them: "“…,” denounced her record".
NO_INVERSION = _en_forms("denounce", "criticize", "criticise", "praise", "slam", "blast", "mock",
                         "accuse", "label", "dub", "brand", "thank", "blame", "chide", "scold",
                         "inform", "tell", "call") | {"told"}

# Cue words that need a following word to be a cue ("according to", "went on").
CUE_PHRASES_EN = {("according", "to"): 2, ("went", "on"): 2, ("goes", "on"): 2, ("pointed", "out"): 2,
                  ("points", "out"): 2, ("in", "the", "words", "of"): 4,
                  ("shot", "back"): 2, ("fired", "back"): 2, ("hit", "back"): 2, ("chimed", "in"): 2,
                  ("chimes", "in"): 2, ("weighed", "in"): 2, ("weighs", "in"): 2, ("spoke", "up"): 2,
                  ("puts", "it"): 2, ("put", "it"): 2,
                  # organisations: "the DNC issued a statement apologizing …", "released the following statement:"
                  ("issued", "a", "statement"): 3, ("released", "a", "statement"): 3,
                  ("issued", "the", "following", "statement"): 4, ("released", "the", "following", "statement"): 4,
                  ("put", "out", "a", "statement"): 4,
                  # the multi-word PREPOSITION_CUES below
                  ("de", "acuerdo", "con"): 3, ("nach", "angaben"): 2}
# "in her own words": the source is the possessive inside the cue (the resolver's OWN_WORDS)
OWN_WORDS_CUES = {f"in {p}{own} words" for p in ("his", "her", "their") for own in (" own", "")}
CUE_PHRASES_EN.update({tuple(c.split()): len(c.split()) for c in OWN_WORDS_CUES})
PHRASE_HEADS = {phrase[0] for phrase in CUE_PHRASES_EN}
# Cues whose speaker follows them ("according to X", "laut X", "selon X", "según X").
PREPOSITION_CUES = {"according to", "laut", "selon", "según", "d'après", "d’après", "zufolge",
                    "in the words of", "nach angaben", "de acuerdo con"} | OWN_WORDS_CUES
# Cue tokens that are only cues in a phrase.
PHRASE_ONLY = {"according", "went", "goes", "put", "puts", "point", "points", "pointed", "shot",
               "read", "reads", "list", "lists", "listed", "listing", "term", "terms", "termed",
               "post", "posts", "text", "texts", "texting", "message", "messages", "messaging",
               "state", "states", "question", "questions", "charge", "charges", "reason", "reasons",
               "email", "emails", "counter", "counters", "cry", "refer", "refers", "referring"}

CUES_DE = {
    "sagte", "sagt", "sagten", "sagen", "gesagt", "erklärte", "erklärt", "erklärten", "erklärt",
    "betonte", "betont", "betonten", "meinte", "meint", "fügte", "fügt", "ergänzte", "ergänzt",
    "schrieb", "schreibt", "twitterte", "twittert", "kritisierte", "kritisiert", "warnte", "warnt",
    "forderte", "fordert", "teilte", "teilt", "berichtete", "berichtet", "räumte", "räumt",
    "erläuterte", "erläutert", "bestätigte", "bestätigt", "versicherte", "versichert",
    "unterstrich", "unterstreicht", "stellte", "so", "laut", "zufolge", "hieß", "heißt",
    "sprach", "spricht", "antwortete", "antwortet", "fragte", "fragt", "rief", "ruft",
    "kommentierte", "kommentiert", "bekräftigte", "bekräftigt", "mahnte", "mahnt",
    "beklagte", "beklagt", "verkündete", "verkündet", "kündigte", "kündigt", "sagt", "ergänzten",
    "erzählte", "erzählt", "schilderte", "schildert", "argumentierte", "argumentiert",
    "behauptete", "behauptet", "versprach", "verspricht", "gab", "gibt", "zitiert", "zitierte",
    "nannte", "nennt", "bezeichnete", "bezeichnet",
    "entgegnete", "entgegnet", "konterte", "kontert", "widersprach", "widerspricht", "erwiderte",
    "erwidert", "bemerkte", "bemerkt", "beteuerte", "beteuert", "monierte", "moniert",
    "resümierte", "resümiert", "bilanzierte", "bilanziert", "sagten", "befand", "befindet",
    "urteilte", "urteilt", "räumte", "gestand", "gesteht", "klagte", "klagt", "verwies", "verweist",
}
# German cues that are only cues with a particle or in a fixed position.
DE_WEAK = {"stellte", "teilte", "teilt", "räumte", "räumt", "gab", "gibt", "hieß", "heißt", "so",
           "kündigte", "kündigt", "sprach", "spricht", "rief", "ruft", "fügte", "fügt"}

CUES_FR = {
    "déclaré", "dit", "affirmé", "ajouté", "expliqué", "estimé", "souligné", "indiqué", "précisé",
    "assuré", "confié", "lancé", "écrit", "tweeté", "martelé", "insisté", "prévenu", "averti",
    "répondu", "rappelé", "reconnu", "annoncé", "dénoncé", "regretté", "jugé", "raconté",
    "déclare", "affirme", "ajoute", "explique", "estime", "souligne", "indique", "précise",
    "assure", "confie", "lance", "écrit", "tweete", "martèle", "insiste", "prévient", "répond",
    "rappelle", "reconnaît", "annonce", "dénonce", "regrette", "juge", "raconte", "poursuit",
    "poursuivi", "commente", "commenté", "observe", "observé", "selon", "d'après", "d’après",
    "déclarait", "disait", "affirmait", "ajoutait", "expliquait", "estimait", "soulignait",
    "déclara", "dit-il", "dit-elle", "a-t-il", "a-t-elle", "ont-ils", "ont-elles",
    "explique-t-il", "explique-t-elle", "ajoute-t-il", "ajoute-t-elle", "poursuit-il",
    "poursuit-elle", "estime-t-il", "estime-t-elle", "souligne-t-il", "souligne-t-elle",
    "assure-t-il", "assure-t-elle", "affirme-t-il", "affirme-t-elle", "précise-t-il",
    "précise-t-elle", "lance-t-il", "lance-t-elle", "confie-t-il", "confie-t-elle",
    "raconte-t-il", "raconte-t-elle", "indique-t-il", "indique-t-elle", "insiste-t-il",
    "insiste-t-elle", "répond-il", "répond-elle", "déclare-t-il", "déclare-t-elle",
    "réagi", "réagit", "répliqué", "réplique", "rétorqué", "rétorque", "conclu", "conclut",
    "résumé", "résume", "plaidé", "plaide", "tranché", "glissé", "glisse", "ironisé",
    "ironise", "admis", "admet", "concédé", "concède", "témoigné", "témoigne", "fustigé", "fustige",
    "avancé", "nuancé", "noté", "relevé", "relève", "demandé",
    "réagit-il", "réagit-elle", "réplique-t-il", "réplique-t-elle", "conclut-il", "conclut-elle",
    "note-t-il", "note-t-elle", "glisse-t-il", "glisse-t-elle", "résume-t-il", "résume-t-elle",
    "martèle-t-il", "martèle-t-elle", "rappelle-t-il", "rappelle-t-elle", "reconnaît-il", "reconnaît-elle",
}
CUES_ES = {
    "dijo", "dice", "dicen", "dijeron", "dicho", "afirmó", "afirma", "afirmado", "aseguró",
    "asegura", "asegurado", "declaró", "declara", "declarado", "explicó", "explica", "explicado",
    "añadió", "añade", "añadido", "agregó", "agrega", "agregado", "señaló", "señala", "señalado",
    "indicó", "indica", "indicado", "manifestó", "manifiesta", "sostuvo", "sostiene", "escribió",
    "escribe", "escrito", "tuiteó", "tuitea", "advirtió", "advierte", "advertido", "según",
    "subrayó", "subraya", "destacó", "destaca", "destacado", "apuntó", "apunta", "insistió",
    "insiste", "expresó", "expresa", "comentó", "comenta", "comentado", "precisó", "precisa",
    "respondió", "responde", "reconoció", "reconoce", "anunció", "anuncia", "recordó", "recuerda",
    "denunció", "denuncia", "criticó", "critica", "lamentó", "lamenta", "aseveró", "enfatizó",
    "relató", "relata", "contó", "cuenta", "preguntó", "pregunta", "exclamó", "concluyó",
    "replicó", "reaccionó", "sentenció", "zanjó", "reiteró", "reitera", "aclaró",
    "aclara", "admitió", "admite", "prometió", "promete", "avisó", "alertó", "opinó", "opina",
    "valoró", "valora", "consideró", "considera", "estimó", "estima", "remarcó", "puntualizó",
    "detalló", "detalla", "informó", "informa", "ironizó", "reprochó", "defendió", "defiende",
}


def _fr_forms(*bases: str) -> set[str]:
    """Cue forms of French verbs given by the 3rd person present: "déplore" -> déplore,
    déplorent, déploré(e), déplorait, déplore-t-il / -t-elle; "renchérit" -> renchéri,
    renchérit-il; reflexive "s'indigne" -> s'indigne, s’indigne, s'indigne-t-il, indigné(e)
    ("s'est indignée"). A bare present that is also an English word stays out (see callers)."""
    out: set[str] = set()
    for b in bases:
        refl = b.startswith("s'")
        stem = b[2:] if refl else b
        if stem.endswith("e"):
            # (the open "è" of the present closes before a stressed ending: répète -> répété, répétait)
            closed = stem[:-1][::-1].replace("è", "é", 1)[::-1]
            forms = {stem + "nt", closed + "ait", stem + "-t-il", stem + "-t-elle"}
            pp = closed + "é"
        else:  # -ir verbs: "renchérit", "avertit", "sourit"
            forms = {stem + "-il", stem + "-elle"}
            pp = stem[:-1]
        if refl:
            out |= {"s'" + f for f in {stem} | forms} | {"s’" + f for f in {stem} | forms} | {pp, pp + "e"}
        else:
            out |= {stem, pp, pp + "e"} | forms
    return out


def _es_forms(*preterites: str) -> set[str]:
    """Cue forms of regular Spanish verbs given by the preterite: "recalcó" -> recalcó, recalca,
    recalcado, recalcaron, recalcan; "aplaudió" -> aplaudió, aplaude, aplaudido, aplaudieron."""
    out: set[str] = set()
    for w in preterites:
        if w.endswith("ió"):
            stem = w[:-2]
            out |= {w, stem + "e", stem + "en", stem + "ido", stem + "ieron"}
        else:
            stem = w[:-1]
            out |= {w, stem + "a", stem + "an", stem + "ado", stem + "aron"}
    return out


def _de_forms(*pasts: str) -> set[str]:
    """Cue forms of regular German verbs given by the past: "bedauerte" -> bedauerte,
    bedauerten, bedauert ("„…“, bedauert die Ministerin")."""
    return {f for w in pasts for f in (w, w + "n", w[:-2] + ("et" if w[:-2].endswith(("t", "d")) else "t"))}


# More reporting verbs: the ways news in these languages says who said it.
CUES_FR |= _fr_forms(
    "souffle", "lâche", "déplore", "avoue", "confirme", "complète", "détaille", "abonde", "avertit",
    "renchérit", "promet", "espère", "assène", "clame", "proclame", "rapporte", "constate", "signale",
    "mentionne", "interroge", "questionne", "répète", "plaisante", "sourit", "soupire", "enchaîne",
    "remarque", "réclame", "exige", "salue", "tonne", "nuance", "critique", "relate", "cite",
    "s'indigne", "s'exclame", "s'inquiète", "s'étonne", "s'emporte", "s'insurge", "s'agace",
    "s'alarme", "s'interroge", "s'amuse", "s'enthousiasme", "s'explique", "s'excuse",
    # temper and tone: "a pesté le manager", "raille-t-il", "s'esclaffe la maire"
    "invoque",  # "la direction invoque « une baisse durable »" (not "évoque": "a évoqué l'avenir de X, surnommé « … »")
    "peste", "râle", "fulmine", "grogne", "tempête", "raille", "tacle", "jubile", "exulte", "rigole",
    "s'énerve", "s'esclaffe", "s'offusque", "s'impatiente", "conseille", "suggère", "décrypte",
    "tempère", "argumente", "objecte", "proteste", "conteste", "réfute", "jure", "menace", "analyse",
) - {"tonne", "nuance", "critique", "relate", "cite", "promet", "remarque", "menace", "analyse"}  # (English words, or cues only with "a": "a promis")
# (bare "maintenu", "soutenu" keep or back things: "a maintenu la vigilance orange")
CUES_FR |= {"soutient-il", "soutient-elle", "maintient-il", "maintient-elle", "dément", "démenti", "prédit"}
CUES_FR |= {"reprend", "reprend-il", "reprend-elle", "repris", "promis", "promet-il", "promet-elle",
            "défendu", "défendue",  # "a défendu l'échevine"
            "félicité", "félicitée", "félicite", "réjoui", "réjouie", "réjouit", "désolé", "désolée", "souvient", "défend",
            "défend-il", "défend-elle", "justifie", "justifié", "pense", "pense-t-il",
            "pense-t-elle", "tranche", "tranche-t-il", "tranche-t-elle", "note", "résume", "dénonce-t-il",
            "dénonce-t-elle", "regrette-t-il", "regrette-t-elle", "juge-t-il", "juge-t-elle"}
# interrupting is speaking: "lo interrumpió: «…»", "l'interrompt : « … »", "unterbrach ihn: „…“"
CUES_FR |= {"interrompt", "interrompt-il", "interrompt-elle", "interrompu", "interrompue"}
CUES_DE |= {"unterbrach", "unterbricht"}
CUES_ES |= _es_forms(
    "remató", "recalcó", "matizó", "celebró", "aplaudió", "confirmó", "contestó", "narró", "resaltó",
    "espetó", "lanzó", "bromeó", "apostilló", "ahondó", "deploró", "cuestionó", "planteó", "reclamó",
    "exigió", "adelantó", "anticipó", "argumentó", "razonó", "justificó", "describió", "calificó",
    "acusó", "agradeció", "elogió", "reivindicó", "concretó", "asumió", "insistió", "confesó",
    "interrumpió", "suspiró", "protestó", "quejó", "garantizó", "continuó",
) | {"prosiguió", "prosigue", "repitió", "repite"} | {"replicó", "replicaron", "sentenció", "zanjó",  # (not "replica", "sentence": English words)
     "confiesa", "confiesan", "pidió", "pide", "piden", "pidieron", "pedido", "sugirió", "sugiere",
     "sugieren", "sugirieron", "negó", "niega", "niegan", "negaron", "desmintió", "desmiente",
     "mantuvo", "mantiene", "mantienen", "expuso", "expone", "resumió", "resume", "resumen", "bromea"}
CUES_ES -= {"acusado"}  # "declaró el acusado": the defendant, a noun
CUES_DE |= _de_forms(
    "bedauerte", "lobte", "begrüßte", "äußerte", "appellierte", "drängte", "verlangte", "schätzte",
    "erinnerte", "schimpfte", "spottete", "scherzte", "witzelte", "seufzte", "analysierte",
    "prognostizierte", "vermutete", "folgerte", "präzisierte", "relativierte", "dementierte",
    "verteidigte", "rechtfertigte", "drohte", "hoffte", "fürchtete", "befürchtete", "glaubte",
    "freute", "ärgerte", "beschwerte", "wunderte", "jubelte", "stöhnte", "sagte", "bilanzierte",
    "polterte", "wetterte", "schwärmte", "lästerte",
) | {"bekannte", "bekennt", "beschrieb", "beschreibt", "bestritt", "bestreitet", "empfahl",
     "empfiehlt", "riet", "rät", "hob", "hebt", "wies", "weist", "zeigte", "zeigt", "machte", "macht"}
DE_WEAK |= {"hob", "hebt", "wies", "weist", "zeigte", "zeigt", "machte", "macht", "freute", "freut",
            "glaubte", "glaubt", "hoffte", "hofft"}

# French/Spanish auxiliaries that belong to the cue as written ("a déclaré", "ha dicho").
CUE_AUX = {"a", "ont", "avait", "avaient", "ha", "han", "había", "habían", "hat", "haben", "hatte",
           "has", "have", "had", "has also", "also", "s'est", "s’est"}

# "Pour Marine Dubois, il s'agit d'« … »", "Para la líder, Ana Ruiz, se trata de «…»": the opinion
# holder opening a sentence, before a comma (only there: "pour" and "para" are everywhere else).
OPINION_PREPOSITIONS = {"pour", "para"}
PREPOSITION_CUES |= OPINION_PREPOSITIONS


def _plurals_es(words: set[str]) -> set[str]:
    """Third-person plurals of the Spanish cues: afirmó -> afirmaron, añadió -> añadieron,
    afirma -> afirman ("«…», explicaron fuentes del ministerio")."""
    out = set()
    for w in words:
        if w.endswith("ió"):
            out.add(w[:-2] + "ieron")
        elif w.endswith("ó"):
            out.add(w[:-1] + "aron")
        elif w.endswith(("a", "e")) and w not in ("según",):
            out.add(w + "n")
    return out


def _plurals_fr(words: set[str]) -> set[str]:
    """Present plurals of the French cues: déclare -> déclarent ("« … », soulignent les experts")."""
    plurals = {w + "nt" for w in words if w.endswith("e") and "-" not in w} | {"disent", "écrivent", "répondent", "préviennent", "soutiennent"}
    # and inverted after the quote: "« … », écrivent-ils", "disent-elles"
    return plurals | {f"{w}-{p}" for w in plurals for p in ("ils", "elles")}


_PLURALS_ES, _PLURALS_FR = _plurals_es(CUES_ES), _plurals_fr(CUES_FR)
# Third-person plural cues: with no subject written, a group speaks ("«…», dicen.").
PLURAL_CUES = frozenset(_PLURALS_ES | _PLURALS_FR | {
    "sagen", "sagten", "erklären", "erklärten", "betonen", "betonten", "meinen", "meinten", "fordern", "forderten",
    "dicen", "cuentan", "explican", "aseguran", "afirman", "relatan", "denuncian", "reclaman", "piden", "insisten",
})
CUES_ES |= _PLURALS_ES
CUES_FR |= _PLURALS_FR
ALL_CUES = CUES_EN | CUES_DE | CUES_FR | CUES_ES | OPINION_PREPOSITIONS
LANG_OF_CUE = {}
for _lang, _words in (("en", CUES_EN), ("de", CUES_DE), ("fr", CUES_FR), ("es", CUES_ES)):
    for _w in _words:
        LANG_OF_CUE.setdefault(_w, _lang)

# Lower-case words inside a title ("The Lead with Jake Tapper", "Planet of the Apes").
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "in", "on", "at", "to", "with", "from",
                     "by", "but", "nor", "as", "into", "over", "vs", "vs.", "der", "die", "das", "und",
                     "von", "le", "la", "les", "de", "du", "des", "et", "el", "los", "las", "y", "del"}

# Words right before a quote that mark it as a term, not somebody's words.
TERM_MARKERS = {
    "so-called", "self-styled", "self-described", "dubbed", "titled", "entitled", "nicknamed",
    "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sogenanntem", "sog", "titel",
    "prétendu", "prétendue", "soi-disant", "dite", "dits", "dites", "intitulé", "intitulée",
    "llamado", "llamada", "llamados", "llamadas", "denominado", "denominada", "supuesto",
    "supuesta", "titulado", "titulada",
}

# Words skipped between a speaker and the cue ("he has also said", "Trump later told").
AUX_ADV = {
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
    "might", "should", "also", "later", "then", "previously", "once", "again", "repeatedly",
    "recently", "reportedly", "publicly", "privately", "simply", "just", "even", "often", "has",
    "never", "already", "frequently", "famously", "separately", "earlier", "told", "been",
    "further", "quickly", "angrily", "bluntly", "flatly", "finally", "initially", "first",
    "hat", "habe", "hatte", "auch", "noch", "dann", "später", "zudem", "außerdem", "bereits",
    "a", "avait", "aussi", "encore", "ensuite", "ha", "había", "también", "luego", "ya",
    "nur", "jedoch", "allerdings", "erneut", "zuletzt", "damals", "seulement", "toutefois", "solo", "sólo",
    "not", "n't", "did", "does", "do", "only", "just", "cannot", "can't", "can’t", "won't", "won’t",
    "still", "now", "always", "immediately", "soon", "ever", "since", "long", "immer", "stets",
    "sofort", "toujours", "déjà", "aún", "todavía", "siempre",
    # contrastive adverbs between a pronoun and its verb: "Sie wiederum betont", "lui, en revanche,"
    "wiederum", "ihrerseits", "seinerseits", "hingegen", "dagegen", "indes", "dennoch", "trotzdem",
    "s'est", "s’est", "est", "sont", "se", "s'était", "s’était",  # "s'est indignée", "se ha mostrado"
}
AUX_ADV.discard("told")

PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "it": "n", "i": "1", "we": "p", "him": "m", "her": "f",
    "er": "m", "sie": "fp", "es": "n", "ich": "1", "wir": "p",
    "il": "m", "elle": "f", "ils": "p", "elles": "p", "je": "1", "nous": "p", "on": "p",
    "él": "m", "ella": "f", "ellos": "p", "ellas": "p", "yo": "1", "nosotros": "p",
}
# Object forms standing for a speaker after "zufolge", "selon", "laut": "Ihr zufolge", "selon lui"
# (resolved as the subject form; "ihr" before a noun is a possessive, so never a pronoun there).
OBJECT_PRONOUNS = {"ihm": "er", "ihr": "sie", "ihnen": "sie", "lui": "il", "eux": "ils"}
# Relative pronouns standing for the noun before them ("Smith, who said ...").
RELATIVES = {"who", "which", "that", "der", "die", "das", "welcher", "welche", "qui", "quien", "quienes", "que"}

# "One of them, Ana Ruiz, …", "L'une d'elles, …", "Einer von ihnen, …": a name in apposition follows
ONE_OF = frozenset({"one", "una", "uno", "l'une", "l’une", "l'un", "l’un", "eine", "einer"})
DETERMINERS = {
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines",
    "le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses",
    "el", "los", "las", "uno", "una", "su", "sus",
}
# Tokens that end a speaker phrase when walking away from the cue.
STOP = {
    "and", "but", "or", "as", "when", "while", "because", "if", "after", "before", "since",
    "that", "which", "who", "whom", "whose", "where", "what", "how", "why", "so", "than", "whether",
    "until", "unless", "though", "although", "whereas",
    "to", "in", "on", "at", "during", "with", "without", "from", "by", "into", "about",
    "over", "under", "for", "against", "through", "via", "per", "also", "not", "yet", "nor", "upon",
    "meanwhile", "however", "but", "then", "there", "here", "this", "these", "those", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "must", "should", "shall", "it's", "reporters",
    "und", "aber", "oder", "als", "wenn", "weil", "dass", "wie", "comme", "como", "im", "am", "in", "auf", "mit",
    "bei", "nach", "vor", "für", "über", "unter", "von", "zu", "zum", "zur", "ist", "sind",
    "war", "waren", "hat", "haben", "wird", "werden", "et", "mais", "ou", "quand", "que",
    "qu'", "dans", "sur", "avec", "pour", "par", "lors", "est", "sont", "était", "y", "pero",
    "o", "cuando", "porque", "en", "con", "para", "por", "sobre", "es", "son", "era", "fue",
    "yesterday", "today", "tonight", "tomorrow", "gestern", "heute", "morgen", "hier",
    "aujourd'hui", "ayer", "hoy", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "last", "earlier",
    "later", "previously", "recently", "again", "once", "had", "told", "asked", "according",
    "said", "says", "like", "unlike", "said:", "statement", "interview", "later",
    # the other prepositions of fr and es, so a common-noun speaker keeps only its complement
    # ("le porte-parole du gouvernement | devant la presse")
    "à", "au", "aux", "devant", "derrière", "chez", "vers", "contre", "entre", "pendant", "depuis",
    "parmi", "envers", "après", "avant", "ante", "tras", "hacia", "bajo", "durante", "contra",
    "hasta", "mediante", "aujourd’hui", "anoche", "demain", "mañana",
    # German pronominal adverbs: "Darin heißt es: »…«" has no speaker "Darin"
    "darin", "darauf", "dazu", "dabei", "damit", "davon", "daher", "dafür", "dagegen", "darüber",
    "hierzu", "hierin", "deshalb", "deswegen", "dort", "bis",
}
# Finite auxiliaries right after a sentence-opening name ("Trump has …", "Merkel hat …").
FINITE_AUX = {"has", "had", "was", "is", "will", "would", "did", "does", "hat", "hatte", "ist", "war", "wird", "a", "est", "ha", "es"}
# Relative words opening a clause whose subject is the name after them ("in what Bay Buchanan called").
RELATIVE_OPENERS = {"what", "which", "who", "whom", "whose", "where", "was", "wie", "ce", "lo"}
# Nouns of speech whose possessor is the speaker ("Trump's assertion that “…”").
SPEECH_NOUNS = {"assertion", "claim", "claims", "promise", "pledge", "vow", "remark", "remarks", "statement",
                "comment", "comments", "words", "warning", "accusation", "argument", "description", "call",
                "plea", "slogan", "insistence", "admission", "boast", "prediction", "complaint", "quip",
                "aussage", "behauptung", "versprechen", "worte", "warnung", "forderung",
                "déclaration", "promesse", "propos", "affirmation", "declaración", "promesa", "palabras"}
# Adverbs set off by commas between a subject and its verb ("Proponents, however, say").
SENTENCE_ADVERBS = {"however", "though", "too", "meanwhile", "instead", "also", "moreover", "therefore",
                    "nonetheless", "nevertheless", "jedoch", "allerdings", "indes", "cependant", "toutefois",
                    "pourtant", "sin", "embargo", "además", "también"}
# Verbs of aspect before an -ing cue ("kept asking", "began saying").
ASPECT_VERBS = {"kept", "keeps", "keep", "began", "begins", "started", "starts", "continued", "continues",
                "stopped", "tried", "tries", "spent", "went"}
# Function words that are also names ("Will Doyle", "Theresa May", "Al From").
NAME_STOPS = {"will", "may", "from", "hope", "grant", "rich"}
# Prepositions that may sit inside a name ("Olga Tsukanova of the Mothers Council").
NAME_LINKS = {"of", "de", "du", "des", "la", "le", "von", "van", "der", "da", "di", "del",
              "al", "el", "bin", "ibn", "y", "for", "and", "the", "&"}
# Lower-case particles of a surname ("Ursula von der Leyen", "Sophie in 't Veld", "Juan de la
# Vega", "Gerard 't Hooft"). Articles among them only follow another particle (German "sagte
# Merkel der Zeitung" is an object); leads only precede one ("Sophie in Brüssel" is a place).
NAME_PARTICLES = {"van", "von", "de", "der", "den", "dem", "des", "ter", "ten", "da", "di", "du",
                  "la", "le", "las", "los", "del", "della", "dos", "bin", "ibn", "al", "el", "het",
                  "'t", "’t", "in", "op"}
PARTICLE_ARTICLES = {"der", "den", "dem", "des", "la", "le", "las", "los", "het"}
PARTICLE_LEADS = {"in", "op"}
# Short particles written joined to the surname ("al-Assad", "d’Estaing", "bin-Salman").
JOINED_PARTICLE_RE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|d)[’'\-][A-ZÀ-Ý]")

# Titles and roles dropped from the front of a name ("Mr Putin", "President Vladimir Putin").
TITLES = {
    "me", "maître",  # French lawyers: "Me Antoine Delcourt"
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
    "sir", "dame", "lord", "lady", "president", "vice", "prime", "minister", "chancellor",
    "secretary", "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman",
    "congresswoman", "gov", "gov.", "governor", "mayor", "judge", "justice", "general", "gen",
    "gen.", "colonel", "col.", "lt.", "captain", "capt.", "sergeant", "sgt.", "officer", "chief",
    "director", "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "commissioner", "leader", "king", "queen", "prince",
    "princess", "pope", "father", "sister", "brother", "rabbi", "imam", "bishop", "cardinal",
    "reverend", "rev", "rev.", "speaker", "candidate", "nominee", "attorney", "deputy",
    "foreign", "defence", "defense", "interior", "finance", "health", "press", "house",
    "herr", "frau", "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "präsident",
    "präsidentin", "ministerin", "ministerpräsident", "ministerpräsidentin", "bürgermeister",
    "bürgermeisterin", "m.", "mme", "mme.", "monsieur", "madame", "président", "présidente",
    "ministre", "sr.", "sra.", "señor", "señora", "don", "doña", "presidente", "presidenta",
    "ministro", "ministra", "alcalde", "alcaldesa", "white", "state",
    # military ranks, also written without periods ("Lt Col Anna Berger")
    "lt", "col", "maj", "maj.", "sgt", "capt", "gen", "cpl", "cpl.", "adm", "adm.", "cmdr", "cmdr.",
    "lieutenant", "major", "admiral", "corporal", "commander",
    # legal, police and council offices before a name ("Assistant Prosecutor Tanisha Brooks", "Cllr Ann Lee")
    "assistant", "prosecutor", "detective", "inspector", "superintendent", "trooper", "sheriff", "councillor",
    "cllr", "councilman", "councilwoman", "alderman", "constable", "district",
    # Austrian and German academic titles written before the name ("Mag. Ingrid Hochleitner")
    "mag", "mag.", "mag.a", "mmag", "mmag.", "di", "dipl", "ing", "ing.", "univ", "dkfm", "dkfm.",
}
MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "herr", "m.",
               "monsieur", "sr.", "señor", "don", "congressman", "chairman", "spokesman"}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister",
                 "frau", "mme", "mme.", "madame", "sra.", "señora", "doña", "congresswoman",
                 "chairwoman", "spokeswoman", "kanzlerin", "bundeskanzlerin", "präsidentin",
                 "ministerin", "bürgermeisterin", "présidente", "presidenta", "ministra", "alcaldesa"}
# Common given names with a clear gender (en, de, fr, es): enough to keep "he" off a woman.
FEMALE_NAMES = set("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary hilary
nancy elena ivanka melania michelle kamala nikki sarah theresa angela ursula annalena
christine marine ségolène anne isabelle nathalie sophie sylvie valérie élisabeth brigitte
carmen pilar dolores isabel lucía ana sofía marta olga natalia tatiana svetlana irina
elena yulia ludmila galina jacinda giorgia greta kate meghan camilla liz nicola priti suella
keir rishi boris jill hope kellyanne sarah huckabee condoleezza madeleine nancy debbie
elizabeth kirsten tammy dianne amy maxine barbara katie jeanne rosa lena petra sabine
claudia andrea susanne birgit monika ursula katarina julia
jane janet joanne jo lucy molly rose ellen eleanor caroline catherine clare claire fiona
gemma harriet holly jenny jessie josephine karin katrin kristin lara leah lily louise lydia
mandy marion mia miriam naomi nina paula penny rachel rebekah rita rosie ruby sally sheila
stella susie tanya tina tracy vanessa vera wendy yvonne zoe zoë ava chloe ella isla amelia
francesca giulia chiara federica valentina alessandra silvia elisa martina simona
gabriele heike ingrid jutta karin kerstin manuela nadine renate silke steffi uta angelika
christiane cornelia doris elke gisela hannelore ilse käthe margarete marlene ruth saskia
amélie aurélie camille céline chantal claire delphine émilie hélène juliette léa manon
mathilde océane pauline véronique agnès béatrice cécile colette geneviève laure margaux
alba beatriz begoña blanca consuelo elena inés irene lourdes mercedes montserrat nuria
paloma rocío soledad yolanda ximena valeria daniela gabriela fernanda alejandra
fatima aisha leila yasmin amira noor zeynep ayşe svetlana oksana yulia anastasia
valerie elise beth bethany betsy kali ivy june eva nora norah alison allison erin kathy
cathy peggy marcia lynn carrie tara gwen gwendolyn wanda rhonda sonia sonja tamara
jillian lillian vivian eva carrie
""".split()) - {"keir", "rishi", "boris"}
MALE_NAMES = set("""
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
vincent ralph eugene russell bobby mason philip louis barack bernie ted marco ben jeb chris
mike mitt rand bill vladimir emmanuel olaf friedrich boris rishi keir volodymyr joe
recep xi narendra sergei sergey dmitry alexei alexey yevgeny pedro pablo carlos luis jorge
miguel manuel francisco javier antonio jean pierre jacques françois nicolas michel
hans klaus jürgen wolfgang helmut gerhard frank markus karl heinz horst olaf robert
lindsey reince newt rudy corey kellyanne
tom tim tony nick nicky jim jimmy bob rob dan danny dave steve sam matt pete ken greg jeff
fred harry charlie oliver oscar leo max felix hugo luke liam owen connor callum rory finn
jamie jake ed eddie neil nigel ian alastair alistair graham gordon stuart duncan colin
craig derek dean gavin glenn grant hugh jon julian kieran lee martin nathan phil rupert
simon trevor vince warren
stefan thomas jan jens jörg lars lukas leon finn niklas tobias florian sebastian dominik
matthias andreas christoph christian bernd dieter günter manfred uwe rainer reinhard
ralf sven torsten volker ulrich werner wilhelm fritz otto armin cem winfried norbert
hubert joachim alexandre antoine arnaud benoît bruno cédric christophe damien didier
emmanuel éric fabien frédéric gérard guillaume hervé julien laurent lionel marc mathieu
maxime olivier patrice philippe rémi sébastien stéphane thierry vincent xavier yves
alejandro alberto álvaro andrés ángel diego enrique ernesto esteban felipe fernando
gonzalo guillermo ignacio iñigo jaime joaquín josé lorenzo marcelo mario mariano
nicolás óscar rafael ramón ricardo roberto rodrigo salvador santiago sergio tomás
alessandro andrea giorgio giovanni giuseppe luca lorenzo marco massimo matteo paolo
roberto silvio stefano vittorio
ahmed ali hassan hussein ibrahim khalid mahmoud mohamed mohammed muhammad omar yusuf
mustafa abdullah ivan igor oleg pavel viktor andrei mikhail nikolai anatoly yuri
adrian declan tristan brendan ewan evan ronan roman dorian fabian damian cristian bastian
kilian kurt
""".split()) - {"kellyanne", "andrea"}

# Articles of a reference back to somebody named ("the senator", "der Minister", "la ministre").
DEFINITE_ARTICLES = {"the", "der", "die", "das", "den", "dem", "le", "la", "les", "el", "los", "las"}
EN_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                  "these", "those", "whose"}
# Auxiliaries of the passive ("has been called … by", "wurde … von", "a été qualifié … par").
PASSIVE_AUX = {"been", "was", "were", "is", "are", "be", "being", "wurde", "wurden", "worden", "été",
               "fue", "fueron", "sido"}

# Words opening an unnamed source's phrase besides determiners ("said one longtime adviser").
QUANTIFIERS = {"one", "two", "three", "another", "several", "some", "many", "eine", "einer", "ein", "un", "une", "uno", "una"}
# ... and, like a determiner, open a speaker phrase: "one trader said", "two officials said".
SUBJECT_QUANTIFIERS = QUANTIFIERS | {
    "four", "five", "six", "most", "both", "each", "few", "dozens", "hundreds", "all", "zwei", "drei",
    "mehrere", "einige", "viele", "deux", "trois", "plusieurs", "certains", "dos", "tres", "varios",
    "varias", "algunos", "algunas", "muchos",
}
# Prepositions linking a role noun to whom it speaks for ("a spokesman for Platte River").
COMPLEMENT_LINKS = {"for", "to", "of", "at", "with", "für", "von", "bei", "des", "der", "pour", "de", "du",
                    "auprès", "para", "del"}

# Coordinators that may join two names ("Jeb Bush and Hillary Clinton").
COORDINATORS = {"and", "&", "und", "et", "y"}

# Words opening a clause: the name after one is that clause's subject.
CLAUSE_OPENERS = {"that", "and", "but", "while", "when", "because", "as", "although", "though",
                  "since", "if", "whereas", "dass", "und", "aber", "während", "weil", "als", "que",
                  "et", "mais", "quand", "y", "pero", "cuando", "porque"}
# Words opening an adverbial clause: a report inside one is not the content of a report before it.
ADVERBIAL_OPENERS = {"after", "before", "when", "while", "since", "because", "although", "though", "until",
                     "whereas", "nachdem", "bevor", "während", "weil", "obwohl", "après", "avant", "quand",
                     "lorsque", "pendant", "después", "antes", "cuando", "mientras", "porque", "aunque",
                     # German conditional, interrogative and other subordinators: "Ob …, ließ der
                     # Bürgermeister offen" (the main clause, verb first, follows the comma)
                     "ob", "wenn", "falls", "sobald", "solange", "sofern", "obgleich", "obschon",
                     "puisque", "si", "tandis", "dès"}

CLAUSE_OPENERS |= ADVERBIAL_OPENERS

# Prepositions: a phrase right after one is not a clause subject.
PREPOSITIONS = {
    "at", "in", "on", "of", "for", "with", "from", "by", "to", "after", "before", "during", "since",
    "about", "over", "under", "into", "through", "via", "like", "unlike", "without", "among", "upon",
    "im", "am", "auf", "mit", "bei", "nach", "vor", "für", "über", "unter", "von", "zu", "zum", "zur",
    "dans", "sur", "avec", "pour", "par", "en", "con", "para", "por", "sobre", "desde",
    "aus", "gegen", "ohne", "durch", "seit", "wegen", "trotz", "zwischen", "neben", "hinter",
}

# Words opening an object, never a subject, after a verb ("kritisierte den Rat", "criticó la ...").
OBJECT_WORDS = {"den", "dem", "einen", "einem", "ihm", "ihn", "ihnen", "uns", "mir", "dir", "euch",
                "la", "le", "les", "l'", "l’", "lo", "los", "las", "un", "una", "une", "des", "du",
                "him", "her", "them", "us", "me", "it"}

# Endings of capitalised adjectives (demonyms, parties) that modify a name: "Republican
# pollster Jo Shaw", "British officials", "Democratic candidate".
ADJECTIVE_ENDINGS = ("an", "ic", "ish", "ese", "ian", "al", "ische", "ischen", "isch", "ais", "aise", "ano", "ana")

# Common nouns for people that may head a subject ("the nurse said", "the senator added").
PERSON_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "senator", "governor",
    "president", "minister", "candidate", "nominee", "mayor", "lawmaker", "lawmakers", "leader",
    "leaders", "chairman", "chairwoman", "adviser", "advisers", "aide", "aides", "analyst",
    "analysts", "expert", "experts", "critic", "critics", "voter", "voters", "residents",
    "resident", "witness", "witnesses", "woman", "man", "mother", "father", "businessman",
    "billionaire", "congressman", "congresswoman", "democrat", "republican", "republicans",
    "democrats", "prosecutor", "prosecutors", "lawyer", "lawyers", "attorney", "judge", "police",
    "officer", "officers", "sheriff", "general", "commander", "secretary", "director", "manager",
    "sprecher", "sprecherin", "ministerin", "kanzlerin", "kanzler", "experte", "expertin",
    "porte-parole", "ministre", "portavoz", "ministro", "ministra",
    "líder", "presidente", "presidenta", "alcalde", "alcaldesa", "dirigente", "secretario",
    "secretaria", "diputado", "diputada", "senador", "senadora", "président", "présidente",
    "maire", "député", "députée", "dirigeant", "dirigeante", "secrétaire", "sénateur",
    "sénatrice", "syndicaliste", "bürgermeister", "bürgermeisterin", "chef", "chefin",
    "vorsitzende", "vorsitzender", "präsident", "präsidentin", "minister",
    # roles a later reference uses ("el técnico", "la cinéaste", "der Richter"), es / fr / de
    "técnico", "técnica", "entrenador", "entrenadora", "seleccionador", "funcionario", "funcionaria",
    "magistrado", "magistrada", "juez", "jueza", "fiscal", "legislador", "legisladora", "senador",
    "senadora", "diputado", "titular", "vocero", "vocera", "gerente", "secretario", "secretaria",
    "consejero", "consejera", "concejal", "concejala", "gobernador", "gobernadora", "mandatario",
    "mandataria", "jefe", "jefa", "científico", "científica", "investigador", "investigadora",
    "experto", "experta", "escritor", "escritora", "autor", "autora", "cineasta", "actriz",
    "abogado", "abogada", "cinéaste", "réalisateur", "réalisatrice", "entraîneur", "sélectionneur",
    "magistrat", "magistrate", "juge", "procureur", "procureure", "avocat", "avocate", "député",
    "députée", "maire", "directeur", "directrice", "chercheur", "chercheuse", "écrivain",
    "écrivaine", "romancier", "romancière", "dirigeant", "dirigeante", "regisseur", "regisseurin",
    "richter", "richterin", "staatsanwalt", "staatsanwältin", "verteidiger", "verteidigerin",
    "trainer", "trainerin", "kapitän", "kapitänin", "autorin", "schriftsteller", "schriftstellerin",
    # trades whose endings say nothing ("Nurse Maria Lopez", "the coach said")
    "nurse", "doctor", "coach", "pilot", "poet", "priest", "nun", "monk", "chef", "cook", "student",
    "teacher", "actress", "artist", "singer", "actor", "envoy", "counsel", "host", "anchor",
    # trades a later reference uses ("the scientist", "the striker", "the novelist")
    "scientist", "researcher", "economist", "historian", "player", "striker", "goalkeeper",
    "midfielder", "defender", "quarterback", "executive", "founder", "entrepreneur", "novelist",
    "author", "writer", "filmmaker", "musician", "comedian", "athlete", "legislator", "politician",
    # courts, sport, business, culture, local news: roles a later reference uses ("the defendant",
    # "der Angeklagte", "le prévenu", "la acusada", "the midfielder", "die Sängerin")
    "defendant", "accused", "plaintiff", "claimant", "suspect", "detective", "inspector",
    "firefighter", "paramedic", "surgeon", "physician", "professor", "ceo", "owner", "farmer",
    "engineer", "architect", "designer", "producer", "composer", "conductor", "dancer", "rapper",
    "guitarist", "drummer", "referee", "captain", "winger", "forward", "pitcher", "cyclist",
    "swimmer", "boxer", "champion", "veteran", "survivor", "activist", "campaigner", "organiser",
    "organizer", "volunteer", "pastor", "imam", "rabbi", "bishop", "diplomat", "ambassador",
    "negotiator", "investor", "banker", "strategist", "pollster", "consultant", "journalist",
    "reporter", "editor", "photographer", "broadcaster", "presenter", "landlord", "tenant",
    "shopkeeper", "headteacher", "principal", "coroner", "magistrate",
    "angeklagte", "angeklagter", "beschuldigte", "beschuldigter", "kläger", "klägerin", "zeuge",
    "zeugin", "ermittler", "ermittlerin", "kommissar", "kommissarin", "polizist", "polizistin",
    "arzt", "ärztin", "chirurg", "chirurgin", "professor", "professorin", "stürmer", "stürmerin",
    "torhüter", "torhüterin", "torwart", "spieler", "spielerin", "schiedsrichter",
    "schiedsrichterin", "manager", "managerin", "unternehmer", "unternehmerin", "gründer",
    "gründerin", "ökonom", "ökonomin", "sänger", "sängerin", "musiker", "musikerin",
    "schauspieler", "schauspielerin", "künstler", "künstlerin", "komponist", "komponistin",
    "dirigent", "dirigentin", "pfarrer", "pfarrerin", "bischof", "landrat", "landrätin",
    "anwohner", "anwohnerin", "bewohner", "bewohnerin", "augenzeuge", "augenzeugin", "lehrer",
    "lehrerin", "diplomat", "diplomatin", "botschafter", "botschafterin", "autor",
    "prévenu", "prévenue", "accusé", "accusée", "plaignant", "plaignante", "témoin", "victime",
    "enquêteur", "enquêtrice", "commissaire", "policier", "policière", "gendarme", "pompier",
    "médecin", "chirurgien", "chirurgienne", "professeur", "professeure", "attaquant",
    "attaquante", "défenseur", "gardien", "gardienne", "joueur", "joueuse", "capitaine", "arbitre",
    "patron", "patronne", "pdg", "fondateur", "fondatrice", "économiste", "analyste", "chanteur",
    "chanteuse", "musicien", "musicienne", "acteur", "actrice", "comédien", "comédienne",
    "artiste", "compositeur", "compositrice", "auteur", "autrice", "auteure", "curé", "évêque",
    "préfet", "préfète", "habitant", "habitante", "riverain", "riveraine", "agriculteur",
    "agricultrice", "enseignant", "enseignante", "diplomate", "ambassadeur", "ambassadrice",
    "élu", "élue", "conseiller", "conseillère", "échevin", "échevine", "obfrau", "obmann", "landesrat", "landesrätin", "sélectionneuse", "entraîneuse",
    "acusado", "acusada", "imputado", "imputada", "procesado", "procesada", "demandante",
    "testigo", "víctima", "comisario", "comisaria", "agente", "bombero", "bombera", "médico",
    "médica", "cirujano", "cirujana", "profesor", "profesora", "delantero", "delantera", "portero",
    "portera", "centrocampista", "jugador", "jugadora", "capitán", "capitana", "árbitro",
    "árbitra", "empresario", "empresaria", "fundador", "fundadora", "economista", "analista",
    "cantante", "músico", "artista", "compositor", "compositora", "sacerdote", "obispo", "vecino",
    "vecina", "agricultor", "agricultora", "maestro", "maestra", "diplomático", "diplomática",
    "embajador", "embajadora", "periodista", "edil", "regidor", "regidora", "delegado", "delegada",
    "directora", "entrenadora",
    "officier", "lieutenant", "colonel", "secouriste", "bénévole", "vigneron", "vigneronne",
    "viticulteur", "viticultrice", "éleveur", "éleveuse", "pêcheur", "prévisionniste",
    "météorologue", "climatologue", "sociologue", "historien", "historienne", "infirmier",
    "infirmière", "pharmacien", "pharmacienne", "étudiant", "étudiante", "lycéen", "lycéenne",
    "retraité", "retraitée", "ouvrier", "ouvrière", "salarié", "salariée", "footballeur",
    "footballeuse", "ailier", "buteur", "buteuse", "nageur", "nageuse", "coureur", "coureuse",
    "cycliste", "skieur", "skieuse", "religieuse", "prêtre", "pasteur", "rabbin", "adjoint",
    "adjointe", "experte", "gérant", "gérante", "cheffe", "cuisinier", "cuisinière", "boulanger",
    "boulangère", "maraîcher", "commerçant", "commerçante", "chauffeur", "conducteur",
    "conductrice", "passager", "passagère", "rescapé", "rescapée", "survivant", "survivante",
    "sinistré", "sinistrée", "autrice", "romancière", "technicien", "technicienne", "sélectionneur",
    "teniente", "coronel", "rescatista", "socorrista", "voluntario", "voluntaria", "viticultor",
    "viticultora", "ganadero", "ganadera", "pescador", "pescadora", "novelista", "historiador",
    "historiadora", "sociólogo", "socióloga", "climatólogo", "climatóloga", "meteorólogo",
    "meteoróloga", "enfermero", "enfermera", "farmacéutico", "farmacéutica", "estudiante",
    "jubilado", "jubilada", "obrero", "obrera", "trabajador", "trabajadora", "sindicalista",
    "repartidor", "repartidora", "taxista", "conductor", "conductora", "pasajero", "pasajera",
    "futbolista", "atacante", "guardameta", "ciclista", "tenista", "nadador", "nadadora",
    "párroco", "monja", "ejecutivo", "ejecutiva", "perito", "perita", "forense", "doctora",
    "especialista", "ingeniero", "ingeniera", "arquitecto", "arquitecta", "productor",
    "productora", "cantautor", "cantautora", "bailarina", "vendedor", "vendedora", "comerciante",
    "dueño", "dueña", "propietario", "propietaria", "directivo", "directiva", "coautor", "coautora",
    "feuerwehrmann", "feuerwehrfrau", "sanitäter", "sanitäterin", "notarzt", "notärztin", "winzer",
    "winzerin", "landwirt", "landwirtin", "bäuerin", "hauptdarsteller", "hauptdarstellerin",
    "darsteller", "darstellerin", "produzent", "produzentin", "stadtrat", "stadträtin",
    "gewerkschafter", "gewerkschafterin", "angreifer", "angreiferin", "torschütze", "pflegekraft",
    "rentner", "rentnerin", "schüler", "schülerin", "student", "studentin", "erzieher",
    "erzieherin", "wirt", "wirtin", "unparteiische", "ingenieur", "ingenieurin", "architekt",
    "architektin", "anwältin", "anwalt",
}

# Groups of people that speak with no determiner: "“…,” officials said", "said police".
# Plurals for people that no role ending gives away ("Les commerçants …, disent-ils").
PEOPLE_PLURALS = frozenset({
    "people", "residents", "women", "men", "families", "youngsters", "locals",
    "leute", "anwohner", "bewohner", "frauen", "männer", "familien", "eltern",
    "gens", "habitants", "riverains", "femmes", "hommes", "familles", "jeunes", "parents",
    "vecinos", "habitantes", "mujeres", "hombres", "familias", "jóvenes", "padres", "hermanos",
})
BARE_SPEAKERS = {w for w in PERSON_NOUNS if w.endswith("s") and not w.endswith("ss")} | {  # (not "actress")
    "police", "officers", "authorities", "investigators", "prosecutors", "protesters",
    "protestors", "demonstrators", "supporters", "opponents", "organizers", "organisers",
    "researchers", "scientists", "doctors", "nurses", "teachers", "students", "parents",
    "workers", "employees", "executives", "economists", "diplomats", "observers", "activists",
    "campaigners", "advocates", "sources", "witnesses", "survivors", "relatives", "neighbors",
    "neighbours", "villagers", "locals", "passengers", "soldiers", "troops", "rebels",
    "militants", "firefighters", "paramedics", "rescuers", "traders", "investors", "farmers",
    "fans", "historians", "scholars", "officials", "staff", "medics", "negotiators", "delegates",
    "agents", "guards", "judges", "lawmakers", "senators", "ministers", "leaders",
    # (German nouns are capitalised, so "sagten Experten" is a name-like phrase already)
    "fuentes", "expertos", "analistas", "testigos", "vecinos", "manifestantes", "autoridades",
    "funcionarios", "responsables", "investigadores", "sources", "témoins", "manifestants",
    "habitants", "enquêteurs", "policiers", "militants", "syndicats",
    # indefinite speakers: "“…,” someone shouted" is nobody named, not the last person named
    "someone", "somebody", "others", "jemand", "alguien",
}

# Head words of organisation names ("UK Ministry of Defense", "the ministry").
ORG_HEADS = {
    "ministry", "department", "office", "council", "committee", "commission", "agency",
    "bureau", "government", "administration", "university", "institute", "bank", "company",
    "corporation", "group", "party", "campaign", "association", "union", "federation",
    "court", "police", "army", "navy", "military", "foundation", "society", "center",
    "centre", "service", "services", "board", "authority", "organization", "organisation",
    "network", "newspaper", "paper", "magazine", "times", "post", "news", "journal", "house",
    "kremlin", "pentagon", "statement", "report", "embassy", "parliament", "congress",
    "senate", "church", "club", "team", "firm", "inc", "ltd", "corp", "llc", "foundation",
    "ministerium", "regierung", "partei", "polizei", "behörde", "ministère", "gouvernement",
    "parti", "ministerio", "gobierno", "partido", "policía", "website", "site", "blog",
    "network", "channel", "tv", "radio", "agency", "press", "times", "tribune", "herald",
    "images", "photo", "photos",  # picture credits: "Getty Images"
    "productions", "records", "media", "entertainment", "studios", "pictures", "holdings",
    "partners", "technologies", "labs", "airlines", "motors", "pharmaceuticals", "coalition",
    "alliance", "initiative", "institution", "trust", "fund", "council", "commission",
    "school", "college", "academy", "hospital", "clinic", "museum", "library", "schule", "école", "escuela",
    # sports clubs: "1. FC Magdeburg", "VfL Bochum", "Sevilla FC", "RCD Espanyol"
    "fc", "sc", "sv", "vfl", "vfb", "bsc", "tsg", "tsv", "ssv", "fsv", "afc", "cf", "fk", "rcd",
    "rc", "ac", "as", "cd", "ud", "sd", "stade", "olympique", "racing", "sporting", "atlético",
    "atletico", "athletic", "deportivo", "borussia", "eintracht", "dynamo", "dinamo",
    # leagues and cups: "Premier League", "LaLiga", "Coupe de France"
    "league", "liga", "ligue", "bundesliga", "cup", "pokal", "copa", "coupe",
    # picture credits in fr/es/de: "Archivo El Comercio", "Archiv"
    "archive", "archives", "archivo", "archiv",
    # public bodies and institutions in fr/es/de
    "agence", "agencia", "institut", "instituto", "université", "universidad", "universität",
    "hôpital", "klinikum", "krankenhaus", "ayuntamiento", "mairie", "rathaus", "préfecture",
    "prefectura", "autoridad", "autorité", "tribunal", "audiencia", "cour", "fiscalía", "gendarmerie", "guardia", "fédération",
    "federación", "asociación", "sindicato", "syndicat", "confederación", "cofradía", "comisión",
    "comité", "consejo", "conseil", "junta", "senat", "bundestag", "landtag", "assemblée",
    "asamblea", "congreso", "banco", "banque", "fundación", "fondation", "stiftung", "verband",
    # company forms and trades: "Acme Corp.", "Rheinfels AG", "Brightwater Energy"
    "corp.", "inc.", "ltd.", "co.", "plc", "gmbh", "ag", "kg", "s.a.", "sarl", "s.l.", "llp",
    "energy", "industries", "systems", "solutions", "logistics", "airways", "freight", "pharma",
    "insurance", "telecom", "communications", "brands", "resources", "mining", "chemicals",
    "automotive", "software", "ventures", "enterprises", "consulting", "bancorp",
    "metals", "minerals", "steel", "petroleum", "electric", "utilities", "foods", "beverages", "textiles",
    "construction", "shipping", "railways", "transit", "realty", "properties", "mines", "semiconductors",
    # armed forces, emergency services and public bodies in es/fr/de
    "ejército", "armada", "armée", "armee", "bundeswehr", "bundesheer", "feuerwehr", "gendarmería",
    "defensoría", "gobernación", "procuraduría", "contraloría", "alcaldía", "diputación", "generalitat",
    "régie", "intercommunalité", "landesregierung", "stadtverwaltung", "magistrat",
}

# Common nouns standing for the organisation last named: "the company said", "das Unternehmen".
# A business noun stands for a business, never for a public body ("the company" is not the Senate).
BUSINESS_NOUNS = {
    "company", "firm", "label", "studio", "airline", "carrier", "retailer", "startup", "start-up",
    "broadcaster", "publisher", "manufacturer", "automaker", "carmaker", "insurer", "lender",
    "operator", "platform", "unternehmen", "konzern", "firma", "entreprise", "société", "empresa",
    "compañía", "plataforma", "plateforme", "plattform", "aerolínea", "compagnie", "cadena",
    "fabricante", "constructeur", "hersteller", "anbieter", "aseguradora", "assureur", "versicherer",
    "supplier", "subcontractor", "maker", "sous-traitant", "équipementier", "fournisseur", "distributeur",
    "transporteur", "fabricant", "éditeur", "brasseur", "zulieferer", "händler", "versandhändler",
    "reederei", "verlag", "brauerei", "proveedor", "distribuidora", "naviera", "cervecera", "editorial",
}
ORG_REFERENCE_NOUNS = BUSINESS_NOUNS | {
    "agency", "organisation", "organization", "charity", "club",
    # "la dependencia", "el organismo", "das Amt", "die Behörde", "l'organisme", "la direction"
    "organismo", "dependencia", "corporación", "institución", "entidad", "grupo", "organisme",
    "institution", "groupe", "direction", "amt", "behörde", "verband", "organisation", "organización",
    "force"}  # "The RCMP said … “…,” the force said"
PUBLIC_BODY_HEADS = {"senate", "house", "congress", "parliament", "ministry", "department", "government",
                     "court", "police", "army", "university", "school", "college", "party", "campaign",
                     "committee", "council", "commission", "administration", "office", "center", "centre"}

# Capitalised abbreviations that are no organisation "the company" could stand for.
NOT_ORG_ACRONYMS = {"us", "u.s.", "usa", "uk", "u.k.", "uae", "ipo", "ceo", "cfo", "coo", "tv", "gdp", "pm", "am", "ai",
                    "pdg", "dg", "drh", "pib", "bip", "pil", "dt"}  # ("el DT": the director técnico, a coach)

# Last or first words that make a capitalised run a place, an event or a law, never a person
# ("Lake Erie", "Middle East", "Trump Plaza", "Security Act"); surnames such as Hall or Park are not here.
PLACE_HEADS = {
    "east", "west", "north", "south", "belt", "plaza", "square", "avenue", "boulevard", "road",
    "highway", "valley", "county", "province", "district", "region", "act", "convention",
    "conference", "summit", "tower", "towers", "building", "airport", "station", "river", "lake",
    "mountains", "island", "islands", "islander", "islanders", "beach", "coast", "ocean", "sea",
    "gulf", "peninsula", "heights", "harbor", "harbour", "canyon", "desert", "states", "kingdom",
    "republic", "city", "state", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "straße", "strasse", "platz", "rue", "calle", "plaza",
    "street", "caucus", "caucuses", "stadium", "arena", "palace", "cathedral", "canal", "strait",
    "forest", "mountain",
}
PLACE_LEADS = {"lake", "mount", "fort", "cape", "gulf", "port", "lac", "mont", "río", "sierra",
               "new", "san", "los", "las", "santa",
               # kinds of place written before the name: "die Kleinstadt Quellingen", "Punta Salina"
               "stadt", "kleinstadt", "großstadt", "gemeinde", "marktgemeinde", "dorf", "landkreis", "kreis",
               "bezirk", "kanton", "ville", "commune", "ciudad", "municipio", "localidad", "pueblo", "punta",
               "puerto", "playa", "isla"}
COMPASS_WORDS = {"east", "west", "north", "south"}  # also surnames after a given name: "Marty West"

# Names given to both sexes (Jean in French vs English) tell nothing.
_AMBIGUOUS_NAMES = FEMALE_NAMES & MALE_NAMES
FEMALE_NAMES -= _AMBIGUOUS_NAMES
MALE_NAMES -= _AMBIGUOUS_NAMES
# The larger hand-written list (given_names.py) adds what the lists above lack; a name that is
# also a word only tells a named person's gender (GENDER_ONLY), it marks no given name.
_KNOWN = FEMALE_NAMES | MALE_NAMES | _AMBIGUOUS_NAMES
FEMALE_NAMES |= _given_names.FEMALE - _given_names.WORDLIKE - _KNOWN
MALE_NAMES |= _given_names.MALE - _given_names.WORDLIKE - _KNOWN
_AMBIGUOUS_NAMES |= _given_names.UNISEX - _given_names.WORDLIKE - _KNOWN
GENDER_ONLY = {**{n: "f" for n in _given_names.FEMALE & _given_names.WORDLIKE - _KNOWN},
               **{n: "m" for n in _given_names.MALE & _given_names.WORDLIKE - _KNOWN}}
GIVEN_NAMES = frozenset(FEMALE_NAMES | MALE_NAMES | _AMBIGUOUS_NAMES)
GENDERED_NAMES = frozenset(FEMALE_NAMES | MALE_NAMES)

# Families of roles one person may be called by in turn ("el entrenador … el técnico", "the
# senator … the lawmaker"). A reference whose role is in one family does not stand for somebody
# titled only in another ("Gov. Ann Lee …, the senator said" is someone else); roles outside
# every family ("official", "funcionario", "the Frenchman") fit anybody.
ROLE_FAMILIES = {
    "head of government": {"president", "président", "présidente", "presidente", "presidenta",
                           "präsident", "präsidentin", "governor", "gobernador", "gobernadora",
                           "mayor", "alcalde", "alcaldesa", "maire", "bürgermeister",
                           "bürgermeisterin", "chancellor", "kanzler", "kanzlerin", "premier",
                           "mandatario", "mandataria", "bourgmestre", "syndic", "syndique"},
    "legislator": {"senator", "representative", "congressman", "congresswoman", "lawmaker",
                   "legislator", "senador", "senadora", "diputado", "diputada", "legislador",
                   "legisladora", "congresista", "sénateur", "sénatrice", "député", "députée",
                   "parlementaire", "abgeordnete", "abgeordneter", "parlamentarier",
                   "parlamentarierin"},
    "judge": {"judge", "justice", "magistrate", "juez", "jueza", "magistrado", "magistrada",
              "juge", "magistrat", "richter", "richterin"},
    "prosecutor": {"prosecutor", "fiscal", "procureur", "procureure", "staatsanwalt",
                   "staatsanwältin"},
    "lawyer": {"lawyer", "attorney", "counsel", "abogado", "abogada", "avocat", "avocate", "me", "maître", "pénaliste",
               "anwalt", "anwältin", "verteidiger", "verteidigerin", "letrado", "letrada"},
    "coach": {"coach", "trainer", "trainerin", "bundestrainer", "técnico", "técnica", "dt",
              "entrenador", "entrenadora", "seleccionador", "seleccionadora", "entraîneur",
              "entraîneuse", "sélectionneur", "technicien"},
    "defendant": {"defendant", "accused", "angeklagte", "angeklagter", "beschuldigte", "beschuldigter",
                  "accusé", "accusée", "prévenu", "prévenue", "acusado", "acusada", "imputado",
                  "imputada", "procesado", "procesada"},
    "officer": {"officer", "officier", "officière", "lieutenant", "colonel", "lieutenant-colonel",
                "général", "sergeant", "sergent", "sargento", "teniente", "coronel", "offizier",
                "offizierin", "oberst", "oberstleutnant", "leutnant"},
    "witness": {"witness", "zeuge", "zeugin", "témoin", "testigo"},
    "nurse": {"nurse", "krankenschwester", "pfleger", "pflegerin", "krankenpfleger", "krankenpflegerin",
              "infirmier", "infirmière", "enfermero", "enfermera"},
    "doctor": {"doctor", "physician", "surgeon", "arzt", "ärztin", "chirurg", "chirurgin", "médecin",
               "chirurgien", "chirurgienne", "médico", "médica", "cirujano", "cirujana"},
    "teacher": {"teacher", "lehrer", "lehrerin", "enseignant", "enseignante", "institutrice", "instituteur",
                "maestro", "maestra", "docente"},
    "winegrower": {"winegrower", "winemaker", "vintner", "vigneron", "vigneronne", "viticulteur",
                   "viticultrice", "winzer", "winzerin", "viticultor", "viticultora", "bodeguero",
                   "bodeguera"},
    "farmer": {"farmer", "agriculteur", "agricultrice", "paysan", "paysanne", "éleveur", "éleveuse",
               "landwirt", "landwirtin", "bauer", "bäuerin", "agricultor", "agricultora",
               "campesino", "campesina", "ganadero", "ganadera"},
    # team positions: "el delantero" is not the goalkeeper named beside him
    "forward": {"forward", "striker", "delantero", "delantera", "goleador", "ariete", "attaquant", "attaquante",
                "buteur", "avant-centre", "stürmer", "stürmerin", "mittelstürmer", "torjäger"},
    "goalkeeper": {"goalkeeper", "keeper", "goalie", "arquero", "portero", "portera", "guardameta", "gardien",
                   "gardienne", "portier", "torwart", "torhüter", "torhüterin", "schlussmann"},
    "defender": {"defender", "zaguero", "défenseur", "arrière",
                 "innenverteidiger", "abwehrspieler"},  # (a "Verteidiger", a "defensor", "la defensa" are lawyers too)
    "midfielder": {"midfielder", "centrocampista", "mediocampista", "volante", "milieu", "mittelfeldspieler",
                   "mittelfeldspielerin", "spielmacher", "regista"},
    "executive": {"ceo", "executive", "chief executive", "geschäftsführer", "geschäftsführerin", "chef", "chefin",
                  "managerin", "vorstandschef", "vorstandschefin", "konzernchef", "konzernchefin", "firmenchef",
                  "firmenchefin", "unternehmenschef", "unternehmenschefin", "pdg", "patron", "patronne", "dirigeant",
                  "dirigeante", "empresario", "empresaria", "directivo", "directiva", "consejero delegado"},
    "writer": {"writer", "author", "novelist", "écrivain", "écrivaine", "romancier", "romancière",
               "auteur", "autrice", "autor", "autora", "autorin", "schriftsteller",
               "schriftstellerin", "escritor", "escritora", "novelista"},
}
ROLE_FAMILY = {w: fam for fam, words in ROLE_FAMILIES.items() for w in words}
# People known by their age decade, which French and Spanish reporters vary with the name:
# "Danielle Favre, 58 ans. La quinquagénaire …", "el octogenario"
AGE_DECADE_NOUNS = {f"{d}{e}" for d in ("trenten", "quadragén", "quinquagén", "sexagén", "septuagén", "octogén", "nonagén", "centen")
                    for e in ("aire", "aires")} | {f"{d}{e}" for d in ("cuarent", "cincuent", "sesent", "setent", "ochent", "novent")
                                                   for e in ("ón", "ona")} | {f"{d}genari{e}" for d in ("sexa", "septua", "octo", "nona")
                                                                            for e in ("o", "a")}
PERSON_NOUNS |= AGE_DECADE_NOUNS
# ("manager" is in none: a coach in English football, an executive in German business)
# every role of a family is a noun for a person (not the adjectives "premier", "général", nor "Bauer", a surname)
PERSON_NOUNS |= set(ROLE_FAMILY) - TITLES - {"premier", "général", "bauer"}
# Kin, who speak in local news: "Son neveu, Lucas Morin, raconte", "Sein Neffe Lukas Morin",
# "his widow said" (not the ambiguous "son", "Mann", "Frau", "mujer", "partner")
KIN_NOUNS = {
    "daughter", "brother", "sister", "wife", "husband", "nephew", "niece", "cousin", "uncle", "aunt",
    "grandson", "granddaughter", "grandmother", "grandfather", "widow", "widower", "stepfather",
    "stepmother", "fiancée", "fiancé", "girlfriend", "boyfriend", "neighbour", "neighbor",
    "tochter", "sohn", "bruder", "schwester", "vater", "mutter", "ehefrau", "ehemann", "neffe", "nichte",
    "cousine", "onkel", "tante", "enkel", "enkelin", "großmutter", "großvater", "oma", "opa", "witwe",
    "witwer", "lebensgefährtin", "lebensgefährte", "nachbar", "nachbarin",
    "fils", "fille", "frère", "sœur", "soeur", "père", "mère", "épouse", "époux", "mari", "neveu",
    "nièce", "oncle", "petit-fils", "petite-fille", "grand-mère", "grand-père", "veuve", "veuf",
    "compagne", "compagnon", "voisin", "voisine",
    "hijo", "hija", "hermano", "hermana", "padre", "madre", "esposa", "esposo", "marido", "sobrino",
    "sobrina", "primo", "prima", "tío", "tía", "nieto", "nieta", "abuela", "abuelo", "viuda", "viudo",
}
PERSON_NOUNS |= KIN_NOUNS

# Things that carry somebody's words and head a cue's subject like a role noun: "sostiene el
# auto", "the ruling said", "précise le texte". Never a person described.
THING_NOUNS = {
    "ruling", "order", "lawsuit", "complaint", "indictment", "ad", "advert", "video", "website",
    "site", "message", "tweet", "post", "page", "book", "article", "note", "sign", "paper", "bill",
    "decision", "verdict", "opinion", "motion", "brief", "text", "account", "list", "plan",
    "nota", "texto", "carta", "escrito", "auto", "sentencia", "fallo", "resolución", "demanda",
    "documento", "mensaje", "publicación", "vídeo", "web", "página", "cuenta", "libro", "artículo",
    "texte", "lettre", "arrêt", "jugement", "décision", "courrier", "plainte", "compte", "livre",
    "schreiben", "urteil", "beschluss", "klage", "buch", "artikel", "papier", "erklärung",
    "antrag", "gutachten", "konto", "seite",
    # crowds: "respondió el público", "a scandé la foule"
    "público", "multitud", "gente", "afición", "hinchada", "grada", "foule", "public", "assistance",
    "salle", "publikum", "menge",
}

# Separable particles closing a German verb after its subject: "kündigte der Abgeordnete an",
# "fügte sie hinzu", "so der Staatsanwalt weiter" (lower-case: never a German noun).
GERMAN_VERB_PARTICLES = {"an", "hinzu", "weiter", "fort", "zu", "ab", "auf", "aus", "mit", "ein", "vor",
                         "bei", "fest", "dar", "zurück", "heraus", "hervor", "klar"}
# Endings of the names of media a German speaker talks to in the dative ("der ZEIT", "der dpa").
MEDIA_ENDINGS = ("zeitung", "agentur", "zeit", "dpa", "afp", "spiegel", "bild", "welt", "taz", "faz",
                 "sender", "rundfunk", "fernsehen", "radio", "magazin", "blatt", "post", "rundschau")
