"""Cue phrases per boilerplate category, in en, de, fr and es (and a few widely shared words).

Every pattern is anchored at the start of a (short) paragraph and matched case-insensitively on
the paragraph with outer whitespace and trailing punctuation stripped. These are generic phrases
that sites use for page furniture, not wording from any particular outlet.
"""

from __future__ import annotations

import re

# What may close a sentence after its full stop: quote marks of every convention, a bracket.
CLOSING_MARKS = "'\"“”‘’«»)"

_MONTHS = (
    "jan(?:uary|uar|vier|\\.)?|feb(?:ruary|ruar|\\.)?|f[ée]vrier|febrero|mar(?:ch|s|zo|\\.)?|märz|"
    "apr(?:il|\\.)?|avril|abril|may|mai|mayo|june?|juni|juin|junio|july?|juli|juillet|julio|"
    "aug(?:ust|\\.)?|ao[uû]t|agosto|sep(?:t(?:ember|embre|iembre)?|\\.)?|setiembre|oct(?:ober|obre|ubre|\\.)?|"
    "okt(?:ober|\\.)?|nov(?:ember|embre|iembre|\\.)?|dec(?:ember|\\.)?|dez(?:ember|\\.)?|d[ée]cembre|diciembre"
)
_WEEKDAYS = (
    "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
    "samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
)
MONTHS = re.compile(rf"\b(?:{_MONTHS})\b", re.I)

# Words that may surround a date in a date line: "Published", "Updated", "le", "à", "Uhr" ...
_DATE_WORDS = (
    "date|dated|published|posted|updated|last updated|modified|first published|on|at|am|pm|a\\.m|p\\.m|"
    "edt|est|cet|cest|gmt|utc|bst|pst|pdt|cdt|cst|et|"
    "veröffentlicht|aktualisiert|stand|uhr|um|vom|am|"
    "publié|publie|mis à jour|modifié|le|à|h|"
    "publicado|actualizado|el|a las|de|del|hace|"
    "ago|hours?|minutes?|mins?|days?|stunden?|minuten?|heures?|horas?|minutos?|"
    "read|reading|time|lesezeit|min\\.?|lecture|de lectura|today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer"
)
DATE_WORD = re.compile(rf"\b(?:{_DATE_WORDS}|{_WEEKDAYS}|{_MONTHS})\b\.?", re.I)
NUMERIC_DATE = re.compile(r"\b\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b|\b\d{1,2}[:h.]\d{2}(?::\d{2})?\b|\b\d{1,4}(?:st|nd|rd|th|er|\.)?\b", re.I)
# A date glued to the start of the first line: " date 2022-11-26 Text ..." or "26.11.2022 | Text".
DATE_PREFIX = re.compile(
    r"^\s*(?:date|datum|fecha|published|posted|updated)?\s*:?\s*"
    r"(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:\s*[,|–—-]?\s*\d{1,2}[:h.]\d{2}(?:\s*(?:uhr|h))?)?\s*[|–—:-]?\s+",
    re.I,
)

# Trailing agency credit at the end of a paragraph: "(dil/dpa)", "(AFP)", "(Reuters)", "- dpa".
TRAILING_CREDIT = re.compile(r"\s*\((?:[a-z]{1,5}/)*(?:dpa|afp|ap|reuters|epd|kna|sid|apa|efe|ansa|ats|upi|ips)(?:/[a-z]{1,5})*\)\s*$", re.I)
# A leading agency dateline: "(Reuters) - ", "WASHINGTON (AP) — " is kept in body (gold keeps it).

# Literal -> category cues for whole short paragraphs, anchored at the start.
CUES: dict[str, re.Pattern[str]] = {
    "advertisement": re.compile(
        r"^(?:advertisement|advertising|advertorial|adverts?|ad|ads|anzeige|werbung|publicit[ée]|publicidad|anuncio|"
        r"sponsored(?: content| by| post)?|paid (?:content|post|partner)|gesponsert|sponsoris[ée]|patrocinado|"
        r"(?:the )?(?:article|story) continues (?:below|after)|continue reading (?:below|the main story)|"
        r"weiter nach der anzeige|artikel (?:wird )?(?:geht )?(?:nach der anzeige )?weiter|"
        r"la suite (?:après|apr[eè]s) (?:cette )?publicit[ée]|l'article continue|"
        r"contin[uú]a (?:despu[ée]s|tras) (?:de )?(?:la )?publicidad|sigue leyendo)\b",
        re.I,
    ),
    "caption": re.compile(
        r"^(?:image|photo|picture|media|video|foto|bild)\s*caption|^(?:caption|hide caption|toggle caption|"
        r"enlarge this image|bildunterschrift|l[ée]gende|pie de foto|image \d+ (?:of|/)|bild \d+ (?:von|/)|"
        r"photo \d+ (?:sur|/|of)|foto \d+ de|\d+\s*/\s*\d+$|back to gallery|view (?:the )?(?:photo )?gallery|"
        r"zur (?:bilder)?galerie|voir la galerie|ver galer[ií]a|open gallery|fullscreen|vollbild|plein [ée]cran)",
        re.I,
    ),
    "photo_credit": re.compile(
        r"^(?:image|photo|picture|video|media|foto|bild|bildquelle|crédit photo|credit photo|cr[ée]dits?|"
        r"credit|fotos?|photograph|illustration|grafik|gr[áa]fico)s?(?: source| credit| by| de| von)?\s*[:,©]"
        r"|^(?:©|\(c\)|copyright)\s*\S.{0,60}/\s*(?:afp|ap|dpa|reuters|getty|epa|imago|picture alliance)\b"
        r"|^getty images\b|^\(?(?:ap|afp|reuters|epa|dpa) photo\b",
        re.I,
    ),
    "byline": re.compile(
        r"^(?:by|von|par|por|of|de|written by|reporting by|text|texte|autor(?:in)?|auteur|author|escrito por|"
        r"redacci[óo]n|reportage)\s*:?\s+\S",
        re.I,
    ),
    "source_credit": re.compile(
        r"^\[?(?:source|quelle|fuente|sources?|quellen|with|mit|avec|con|via|agency|agencies|agencias|agences|"
        r"agenturen)\s*:\s*\S|^\((?:[a-z]{1,5}/)*(?:dpa|afp|ap|reuters|epd|kna|efe|apa|ansa)(?:/[a-z]{1,5})*\)$",
        re.I,
    ),
    "breadcrumb": re.compile(
        r"^(?:home(?: ?page)?|startseite|accueil|inicio|portada|you are here|sie sind hier|vous [êe]tes ici|"
        r"est[áa]s en)\b",
        re.I,
    ),
    "related_links": re.compile(
        r"^(?:you (?:may|might) also (?:be interested|like|enjoy)|related(?: articles?| stories| posts| content|"
        r" coverage| news| topics| links| reading)?|read more|read next|more (?:on|about) this|more from|more in|"
        r"more stories|see also|also read|further reading|recommended(?: for you| stories)?|most (?:popular|read|"
        r"viewed|shared)|trending|top stories|watch|media caption|listen|what to read next|don't miss|"
        r"lesen sie auch|lesen sie mehr|mehr zum thema|weitere artikel|das k[öo]nnte sie auch interessieren|"
        r"auch interessant|meistgelesen|empfohlen|à lire aussi|a lire aussi|lire aussi|lire la suite|voir aussi|"
        r"sur le m[êe]me sujet|les plus lus|[àa] d[ée]couvrir|te puede interesar|lee tambi[ée]n|leer m[áa]s|"
        r"m[áa]s informaci[óo]n|noticias relacionadas|relacionad[oa]s|lo m[áa]s le[íi]do|ver m[áa]s|"
        r"next (?:article|story|post)|previous (?:article|story|post)|n[äa]chster artikel|article suivant|"
        r"siguiente (?:art[íi]culo|noticia)|tags?|schlagw[öo]rter|mots-cl[ée]s|etiquetas|topics|themen|"
        r"sujets|categor(?:y|ies)|kategorien?|cat[ée]gories?|filed under|posted in|"
        # pt, it, nl: the same headers in the next most common languages of the web
        r"leia (?:tamb[ée]m|mais)|veja (?:tamb[ée]m|mais)|voc[êe] (?:tamb[ée]m )?(?:pode|vai) gostar|"
        r"(?:artigos|not[íi]cias|posts|mat[ée]rias) relacionad[oa]s|mais lid[oa]s|leggi anche|"
        r"(?:ti )?potrebbe(?:ro)? (?:anche )?interessarti|articoli correlati|i pi[ùu] letti|lees ook|"
        r"gerelateerde artikelen|meest gelezen)\b",
        re.I,
    ),
    "newsletter_or_subscribe": re.compile(
        r"^(?:subscribe|sign up|sign in|log ?in|log out|register|newsletter|get (?:our|the) newsletter|"
        r"already (?:a subscriber|have an account)|create (?:an|a free) account|become a member|support us|"
        r"donate|abonnieren|jetzt abonnieren|anmelden|registrieren|abo\b|s'abonner|abonnez-vous|je m'abonne|"
        r"se connecter|connexion|inscri(?:ption|vez-vous)|suscr[íi]bete|suscribirse|reg[íi]strate|"
        r"iniciar sesi[óo]n|bolet[íi]n|enter your email|your email|e-mail address|email address|no,? thanks|"
        r"nein,? danke|non,? merci|no,? gracias)\b",
        re.I,
    ),
    "social_or_share": re.compile(
        r"^(?:share|shares|share this|tweet|pin it|email|e-mail|print|facebook|twitter|linkedin|whatsapp|"
        r"pinterest|reddit|flipboard|instagram|youtube|telegram|copy link|copy url|link copied|follow us|"
        r"follow|teilen|drucken|folgen sie uns|partager|imprimer|suivez-nous|compartir|imprimir|s[íi]guenos|"
        r"comments?|\d+ comments?|view comments|leave a (?:comment|reply)|post a comment|add a comment|"
        r"kommentare?|commentaires?|comentarios?|reply|antworten|r[ée]pondre|responder|like|likes)\b",
        re.I,
    ),
    "cookie_or_consent": re.compile(
        r"^(?:we use cookies|this (?:site|website) uses cookies|cookies?|cookie settings|cookie policy|"
        r"accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|consent)|consent|privacy|"
        r"privacy (?:policy|notice|settings)|your privacy|by (?:using|continuing)|wir verwenden cookies|"
        r"diese (?:website|seite) verwendet cookies|datenschutz|alle akzeptieren|zustimmen|einwilligung|"
        r"nous utilisons des cookies|ce site utilise des cookies|accepter|tout accepter|param[èe]tres des cookies|"
        r"confidentialit[ée]|utilizamos cookies|este sitio (?:web )?utiliza cookies|aceptar|"
        r"pol[íi]tica de (?:privacidad|cookies)|configurar cookies)\b",
        re.I,
    ),
    "copyright": re.compile(
        r"^(?:©|\(c\)\s|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|"
        r"todos los derechos reservados|terms (?:of use|of service|and conditions)|impressum|mentions l[ée]gales|"
        r"aviso legal|nutzungsbedingungen|conditions g[ée]n[ée]rales|t[ée]rminos y condiciones)",
        re.I,
    ),
    "navigation": re.compile(
        r"^(?:skip to (?:main )?(?:content|navigation)|menu|main menu|close|search|back to top|return to top|"
        r"go to top|top|navigation|zum inhalt|suche|men[üu]|aller au contenu|rechercher|fermer|buscar|cerrar|"
        r"ir al contenido|load more|show more|mehr laden|voir plus|cargar m[áa]s|more|mehr|plus|m[áa]s|"
        r"next|previous|prev|weiter|zur[üu]ck|suivant|pr[ée]c[ée]dent|siguiente|anterior|page \d+|seite \d+)$",
        re.I,
    ),
}

# Categories whose cue alone is enough even in a longer paragraph (up to CUE_LONG_MAX chars).
LONG_CUE_CATEGORIES = ("cookie_or_consent", "newsletter_or_subscribe", "copyright", "advertisement")

# Headers that open an end-of-article zone (comments, related lists): the body run stops there.
END_ZONE = re.compile(
    r"^(?:\d+|one|no)\s+(?:comments?|responses?|replies|thoughts? on|reactions?|kommentare?|commentaires?|"
    r"r[ée]ponses?|comentarios?|respuestas?)\b"
    r"|^(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:comment|reply)|post a comment|join the discussion|"
    r"discussion|kommentare?|commentaires?|r[ée]agir|comentarios?|deja un comentario|"
    r"about the author|über den autor|[àa] propos de l'auteur|sobre el autor)\b",
    re.I,
)
# "About Jane Doe", "Über Max Muster", "Sobre Ana Pérez": the box on the author (a name of 2-4 words).
ABOUT_NAME = re.compile(r"^(?i:about|über|sobre|[àa] propos de|acerca de)\s+[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}$")

# Headers of related-story lists: they close the article once enough text came before them.
RELATED_ZONE = re.compile(
    r"^(?:related(?: articles?| stories| posts| content| coverage| news)?|you (?:may|might) also (?:like|enjoy)|"
    r"more (?:stories|from|on|in)\b|recommended(?: for you| stories)?|most (?:popular|read|viewed|shared)|"
    r"trending(?: now)?|read next|what to read next|top stories|lesen sie auch|mehr zum thema|"
    r"das k[öo]nnte sie auch interessieren|meistgelesen|weitere artikel|[àa] lire aussi|lire aussi|"
    r"sur le m[êe]me sujet|les plus lus|te puede interesar|noticias relacionadas|lo m[áa]s le[íi]do|"
    r"m[áa]s noticias|leia tamb[ée]m|veja tamb[ée]m|voc[êe] (?:tamb[ée]m )?(?:pode|vai) gostar|"
    r"(?:artigos|not[íi]cias|posts|mat[ée]rias) relacionad[oa]s|mais lid[oa]s|leggi anche|"
    r"(?:ti )?potrebbe(?:ro)? (?:anche )?interessarti|articoli correlati|i pi[ùu] letti|lees ook|"
    r"gerelateerde artikelen|meest gelezen)\b",
    re.I,
)

# A comment's header: "jdoe says:", "Max schreibt:", "Jean a écrit :".
COMMENT_HEADER = re.compile(
    r"^[^\s,]+(?: [^\s,]+){0,3} (?:says|said|wrote|replied|schreibt|sagt|a [ée]crit|dit|dice|escribi[óo])\s*:?$"
    r"|^.{0,80} (?:says|said|wrote|replied|schreibt|sagt|a [ée]crit|dit|dice|escribi[óo])\s*:$",
    re.I,
)

# A short line ending with the word for comments: "Top Rated Comments", "[ 167 comments ]".
COMMENTS_TAIL = re.compile(r"^.{0,30}\b(?:comments|kommentare|commentaires|comentarios|responses|replies)$", re.I)
# Relative time stamps of list items: "32M ago", "vor 3 Stunden", "il y a 2 heures", "hace 3 horas".
RELATIVE_TIME = re.compile(
    r"^(?:updated |aktualisiert |mis à jour |actualizado )?(?:\d+\s*(?:[smhdw]|sec|secs|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago|"
    r"vor \d+\s+(?:sekunden|minuten|stunden|tagen|wochen)|il y a \d+\s+(?:secondes?|min(?:utes?)?|heures?|h|jours?)|"
    r"hace \d+\s+(?:segundos?|minutos?|horas?|d[íi]as?))$",
    re.I,
)

# Role words of a staff byline: "Jane Doe, Staff Writer", "Max Muster, Redakteur".
BYLINE_ROLE = re.compile(
    r",\s*(?:(?:senior|chief|staff|contributing|special|political|foreign|business|science|sports?|ap|afp|"
    r"reuters)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|redakteur(?:in)?|"
    r"korrespondent(?:in)?|journaliste|r[ée]dacteur|rédactrice|envoy[ée] sp[ée]cial[e]?|corresponsal|"
    r"periodista|redactor[a]?)\b",
    re.I,
)

# --- Prompts and notes a page prints around (mostly after) the article, a sentence or two long.

# A newsletter/subscription prompt: a subscribe word addressed to the reader ("Subscribe to our
# newsletters", "Get the latest news in your inbox", "Abonnieren Sie unseren Newsletter").
SUBSCRIBE_WORD = re.compile(
    r"\b(?:subscribe|unsubscribe|newsletters?|abonnieren|abonnez|abonner|suscr[íi]bete|suscribirse|bolet[íi]n)\b", re.I
)
OUTLET_WORD = re.compile(r"\b(?:our|unser(?:e[nmrs]?)?|notre|nos|nuestr[oa]s?)\b", re.I)
# ... or one sentence of it starts with the imperative, or it offers the reader's inbox.
SUBSCRIBE_PROMPT = re.compile(
    r"(?:^|[.!?]\s+)(?:subscribe|sign up|abonnieren sie|abonnez-vous|inscrivez-vous|suscr[íi]bete|reg[íi]strate)\b"
    r"|\b(?:your|votre|ihr(?:en)?|tu|su) (?:e-?mail )?(?:inbox|postfach|bo[îi]te mail)\b"
    r"|\byou(?:'ve| have)? (?:successfully |succesfully )?subscribed\b|\byour (?:e-?mail address|subscription)\b",
    re.I,
)
# "Follow The Times on Facebook, Twitter", "Folgen Sie uns auf Instagram", "Suivez-nous sur X".
FOLLOW_PROMPT = re.compile(
    r"^(?:follow|like|join|folgen sie|suivez|s[íi]guenos|siga)\b.{0,80}\b(?:on|auf|sur|en|in)\s+"
    r"(?:facebook|twitter|instagram|linkedin|youtube|tiktok|telegram|whatsapp)\b",
    re.I,
)
# Contact lines under an article: "Email Jane Doe at jd@x.com or follow her @jdoe", "Have a tip? ...".
CONTACT_LINE = re.compile(
    r"^(?:e-?mail|contact|reach|write to|kontakt|contacter|escr[íi]b(?:e|anos))\b[^.!?]{0,60}(?:\S@\S|\bat\b|@\w)"
    r"|^(?:have|got) a (?:news )?tip\b|^(?:send|share) (?:us )?(?:your )?(?:news )?tips?\b",
    re.I,
)
# A contributors' note: "(Reporting by A; Editing by B)", "AP writers A and B contributed to this report."
CONTRIBUTORS = re.compile(
    r"^\(?(?:additional |further )?(?:reporting|writing|editing|mitarbeit|reportage|avec la contribution) (?:by|von|de|par)\b",
    re.I,
)
CONTRIBUTED = re.compile(r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b", re.I)
# An author's biography: "Jane Doe is a staff writer at ...", "Max Muster ist Redakteur ...",
# "Jean Dupont est journaliste ...", "Ana Pérez es periodista ...": a name, a copula, a role.
AUTHOR_BIO = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’.-]+\s+){2,3}(?:\([^)]{1,60}\)\s+)?(?:is|was|ist|est|es)\s+"
    r"(?:an?\s+|the\s+|ein(?:e)?\s+|un(?:e)?\s+|una?\s+|el\s+|la\s+|der\s+|die\s+)?[^.!?]{0,80}?"
    r"\b(?i:writer|reporter|editor|correspondent|contributor|journalist|columnist|freelancer|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|journaliste|r[ée]dact(?:eur|rice)|"
    r"chroniqueu(?:r|se)|periodista|redactor(?:a)?|corresponsal|columnista)",
    re.UNICODE,
)
