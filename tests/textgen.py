"""Small made-up news articles for refresh, kill and serve tests (and the refresh benchmark).

Every text here is written from word lists below, never taken from a publisher. Articles come
in four languages and a few house styles (headline and byline, dateline, wire credit, a site
footer repeated across a folder so repetition learning has something to learn).
"""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Porthaven", "Eastmoor", "Lindau", "Valcourt", "Sierra Alta", "Norby", "Castelmar", "Brookfield"]
NAMES = ["Anna Keller", "Tom Briggs", "Lena Vogt", "Marc Dubois", "Lucía Romero", "Jonas Berg", "Claire Martin", "Diego Ruiz"]

LANG = {
    "en": {
        "subjects": ["The council", "The ministry", "Local residents", "The company", "The union", "Hospital staff", "The mayor's office", "Farmers"],
        "verbs": ["approved a plan to", "voted against a proposal to", "asked the government to", "announced it would", "refused to", "agreed to"],
        "objects": ["rebuild the old bridge", "close the harbour to cruise ships", "raise the price of water", "open a new school", "cut bus services", "plant ten thousand trees", "extend the tram line", "reduce night flights"],
        "tails": ["on Monday", "after a long debate", "despite strong protests", "by a narrow majority", "for the third year running", "before the summer"],
        "said": "said", "by": "By", "open": "\u201c", "close": "\u201d",
        "quotes": ["This is a good day for everyone who lives here", "We did not expect the vote to be so close", "The numbers simply do not add up", "We will keep fighting for our town"],
        "footer": ["Follow us on social media for more local news", "Sign up for our morning newsletter", "All rights reserved by the Daily Ledger"],
    },
    "de": {
        "subjects": ["Der Stadtrat", "Das Ministerium", "Die Anwohner", "Das Unternehmen", "Die Gewerkschaft", "Das Klinikpersonal", "Die Bürgermeisterin", "Die Landwirte"],
        "verbs": ["beschloss einen Plan, um", "stimmte gegen einen Vorschlag, um", "forderte die Regierung auf, um", "kündigte an, um", "weigerte sich, um", "einigte sich darauf, um"],
        "objects": ["die alte Brücke neu zu bauen", "den Hafen für Kreuzfahrtschiffe zu schließen", "den Wasserpreis zu erhöhen", "eine neue Schule zu eröffnen", "Busverbindungen zu streichen", "zehntausend Bäume zu pflanzen", "die Straßenbahn zu verlängern", "Nachtflüge zu verringern"],
        "tails": ["am Montag", "nach langer Debatte", "trotz heftiger Proteste", "mit knapper Mehrheit", "zum dritten Mal in Folge", "noch vor dem Sommer"],
        "said": "sagte", "by": "Von", "open": "\u201e", "close": "\u201c",
        "quotes": ["Das ist ein guter Tag für alle, die hier leben", "Wir haben nicht mit einem so knappen Ergebnis gerechnet", "Die Zahlen gehen einfach nicht auf", "Wir werden weiter für unsere Stadt kämpfen"],
        "footer": ["Folgen Sie uns in den sozialen Netzwerken", "Abonnieren Sie unseren Newsletter am Morgen", "Alle Rechte vorbehalten Tagesblatt Verlag"],
    },
    "fr": {
        "subjects": ["Le conseil municipal", "Le ministère", "Les habitants", "L'entreprise", "Le syndicat", "Le personnel de l'hôpital", "La mairie", "Les agriculteurs"],
        "verbs": ["a approuvé un projet pour", "a voté contre une proposition pour", "a demandé au gouvernement de", "a annoncé vouloir", "a refusé de", "a accepté de"],
        "objects": ["reconstruire le vieux pont", "fermer le port aux paquebots", "augmenter le prix de l'eau", "ouvrir une nouvelle école", "réduire les lignes de bus", "planter dix mille arbres", "prolonger la ligne de tramway", "limiter les vols de nuit"],
        "tails": ["lundi", "après un long débat", "malgré de vives protestations", "à une courte majorité", "pour la troisième année consécutive", "avant l'été"],
        "said": "a déclaré", "by": "Par", "open": "\u00ab\u00a0", "close": "\u00a0\u00bb",
        "quotes": ["C'est une bonne journée pour tous les habitants", "Nous ne pensions pas que le vote serait si serré", "Les chiffres ne tiennent tout simplement pas", "Nous continuerons à nous battre pour notre ville"],
        "footer": ["Suivez-nous sur les réseaux sociaux", "Inscrivez-vous à notre lettre d'information du matin", "Tous droits réservés Le Courrier du Matin"],
    },
    "es": {
        "subjects": ["El ayuntamiento", "El ministerio", "Los vecinos", "La empresa", "El sindicato", "El personal del hospital", "La alcaldía", "Los agricultores"],
        "verbs": ["aprobó un plan para", "votó contra una propuesta para", "pidió al gobierno", "anunció que iba a", "se negó a", "acordó"],
        "objects": ["reconstruir el viejo puente", "cerrar el puerto a los cruceros", "subir el precio del agua", "abrir una nueva escuela", "recortar las líneas de autobús", "plantar diez mil árboles", "ampliar la línea de tranvía", "reducir los vuelos nocturnos"],
        "tails": ["el lunes", "tras un largo debate", "pese a fuertes protestas", "por una estrecha mayoría", "por tercer año consecutivo", "antes del verano"],
        "said": "dijo", "by": "Por", "open": "\u00ab", "close": "\u00bb",
        "quotes": ["Es un buen día para todos los que viven aquí", "No esperábamos que la votación fuera tan ajustada", "Las cifras simplemente no cuadran", "Seguiremos luchando por nuestra ciudad"],
        "footer": ["Síganos en las redes sociales", "Suscríbase a nuestro boletín de la mañana", "Todos los derechos reservados Diario del Sur"],
    },
}
LANGUAGES = tuple(LANG)


def sentence(rng: random.Random, lang: str) -> str:
    w = LANG[lang]
    place = rng.choice(PLACES)
    return f"{rng.choice(w['subjects'])} {place} {rng.choice(w['verbs'])} {rng.choice(w['objects'])} {rng.choice(w['tails'])}."


def article(rng: random.Random, lang: str, style: int = 0, footer: bool = True, paragraphs: int | None = None) -> str:
    """One article: headline, byline, body paragraphs with a quote, and (optionally) the site footer."""
    w = LANG[lang]
    n = paragraphs or rng.randint(3, 7)
    title = sentence(rng, lang).rstrip(".")
    lines = [title, f"{w['by']} {rng.choice(NAMES)}"]
    if style == 1:
        lines.append(f"{rng.choice(PLACES).upper()}, {rng.randint(1, 28)}.{rng.randint(1, 12)}.2025")
    body = []
    for i in range(n):
        text = " ".join(sentence(rng, lang) for _ in range(rng.randint(2, 4)))
        if i == 1:
            text += f" {w['open']}{rng.choice(w['quotes'])}{w['close']}, {w['said']} {rng.choice(NAMES)}."
        body.append(text)
    if style == 2:
        body[0] = f"{rng.choice(PLACES)} (Wire) - " + body[0]
    lines += body
    if footer:
        lines += w["footer"]
    return "\n\n".join(lines) + "\n"


def write_corpus(root: Path, n: int, seed: int = 0, folders: int = 4) -> list[Path]:
    """``n`` articles spread over ``folders`` outlet folders (one language and style each)."""
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        folder = i % folders
        lang = LANGUAGES[folder % len(LANGUAGES)]
        path = root / f"outlet{folder}" / f"a{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, lang, style=folder % 3), encoding="utf-8")
        paths.append(path)
    return paths
