"""Write a synthetic but realistic news corpus for benchmarks.

    .venv/bin/python bench/make_corpus.py N OUT_DIR [--seed S]

N articles in en, de, fr and es, spread over outlet folders (one folder per outlet, each with its
own house style, encoding habits and repeated furniture lines). Every text is generated from the
templates and word lists below, written for this project (no publisher text).

What varies, as in scraped news:
  * length: 200 B to 20 KB, log-normal, median about 2.5 KB;
  * boilerplate: outlet header and footer lines, bylines, datelines and timestamps, photo captions
    and credits, "Advertisement", newsletter prompts, related links, copyright lines, a headline
    printed twice;
  * quotes: direct quotes before and after the cue, mixed quotes, "according to", with each
    language's quote marks and cue verbs;
  * layout: blank-line paragraphs, one paragraph per line, hard-wrapped lines;
  * encodings: mostly UTF-8, some UTF-8 with BOM, UTF-16, cp1252, CRLF line ends;
  * a few exact duplicates and near duplicates of earlier articles.

Deterministic: the same N, seed and code give byte-identical files. Article i depends only on
(seed, i) and the few earlier articles it may duplicate.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

# Log-normal length: median bytes and spread; clipped to the range below.
MEDIAN_BYTES = 2500
LENGTH_SIGMA = 0.75
MIN_BYTES, MAX_BYTES = 200, 20_000
# Share of articles that are an exact copy / a lightly edited copy of a recent article.
EXACT_DUPLICATE_SHARE = 0.004
NEAR_DUPLICATE_SHARE = 0.006
RECENT_KEPT = 64
# Per-file encoding accidents, on top of the outlet's habit.
BOM_SHARE = 0.03
UTF16_SHARE = 0.01
# Chance of each boilerplate element in an article.
P_BYLINE = 0.7
P_TIMESTAMP = 0.6
P_CAPTION = 0.35
P_ADVERT = 0.3
P_NEWSLETTER = 0.3
P_RELATED = 0.35
P_COPYRIGHT = 0.5
P_TITLE_TWICE = 0.08
P_QUOTE_PARAGRAPH = 0.35

# ---------------------------------------------------------------------------------------------
# Word lists and templates, one block per language. Slots: {place} {org} {person} {role} {topic}
# {num} {day} {month} {year} {quote} {fragment} {outlet}.
# ---------------------------------------------------------------------------------------------

LANG = {
    "en": dict(
        first=["Anna", "Tom", "Priya", "Daniel", "Grace", "Samuel", "Helen", "Omar", "Lucy", "Martin",
               "Ruth", "Kwame", "Elena", "Patrick", "Mei", "George", "Fatima", "Owen", "Claire", "Victor"],
        last=["Keller", "Briggs", "Holloway", "Mensah", "Whitfield", "Carver", "Osei", "Pemberton", "Lindqvist",
              "Ashdown", "Rahman", "Fenwick", "Dalton", "Okafor", "Marsh", "Thornbury", "Castell", "Iqbal"],
        role=["the mayor", "a council spokesperson", "the finance minister", "head of the regional health board",
              "a union representative", "the chief executive", "an economist at Northgate University",
              "the police commissioner", "a local shop owner", "the opposition leader"],
        place=["Porthaven", "Eastbridge", "Millford", "Carrow Bay", "Westmoor", "Ashby", "Kingsreach", "Lowfield",
               "Stonehill", "the northern district", "the river valley", "the coastal region"],
        org=["the city council", "the transport authority", "the regional parliament", "the health ministry",
             "the national rail operator", "the port authority", "the teachers' union", "the central bank",
             "the environment agency", "the football association"],
        topic=["the new tram line", "rising rents", "the hospital budget", "flood defences", "school meals",
               "the harbour expansion", "energy prices", "the night bus service", "a ban on cruise ships",
               "cycle lanes", "the water supply", "youth unemployment", "the summer festival"],
        month=["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"],
        weekday=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        sentences=[
            "{org} voted on {weekday} to approve {topic}, ending months of debate.",
            "The plan for {topic} will cost about {num} million pounds over the next five years.",
            "Residents of {place} have complained for years about {topic}.",
            "Critics say the decision on {topic} came too late and offers too little.",
            "Officials in {place} said more than {num} people had signed a petition against the proposal.",
            "The vote passed by {small} votes to {smaller} after a debate that lasted several hours.",
            "Figures published by {org} show that costs have risen by {small} per cent since last year.",
            "The proposal will now go to {org}, which is expected to decide before {month}.",
            "Businesses in {place} warned that the changes could cost jobs during the busy season.",
            "Supporters argued that {topic} would make {place} cleaner, safer and easier to reach.",
            "It is the second time this year that {org} has been forced to revisit the issue.",
            "Work is due to start in {month} and should be finished within {small} months.",
            "Similar schemes in {place} and {place2} have had mixed results, a recent study found.",
            "Turnout at the public meeting in {place} was the highest in a decade.",
            "The opposition has called for an independent review of {topic}.",
            "Several hundred people gathered outside the town hall in {place} on {weekday} evening.",
            "{org} declined to give a date for the next round of talks.",
            "The report, which runs to {num} pages, makes {small} recommendations.",
        ],
        quotes=[
            "We have listened to the people who live here",
            "This is a good day for everyone who depends on public transport",
            "Nobody in this town wants to see families priced out of their homes",
            "We will keep fighting until the money is on the table",
            "The numbers simply do not add up",
            "I have never seen anything like it in thirty years",
            "Our members are tired of promises that are never kept",
            "It is too early to say what the long-term effects will be",
            "We expect the first results by the end of the year",
        ],
        fragments=["a step in the right direction", "deeply disappointing", "long overdue",
                   "a slap in the face", "the only sensible option"],
        marks=[("\u201c", "\u201d"), ('"', '"')],
        quote_templates=[
            "{o}{quote},{c} said {person}, {role}.",
            "{o}{quote}.{c} That was the message from {person}, {role}, on {weekday}.",
            "{person}, {role}, said: {o}{quote}.{c}",
            "{o}{quote},{c} {person} told reporters in {place}.",
            "{person} described the plan as {o}{fragment}{c} and said more talks were needed.",
            "According to {person}, {role}, the outcome was {o}{fragment}.{c}",
            "{o}{quote},{c} {person} added. {o}{quote2}.{c}",
        ],
        byline=["By {person}", "By {person} and {person2}", "By {person}, Staff Reporter", "{person} | {outlet}"],
        timestamp=["Published {day} {month} {year}, {hh}:{mm}", "Updated: {month} {day}, {year} at {hh}:{mm}",
                   "{day} {month} {year} | {hh}:{mm} GMT", "Last modified on {weekday} {day} {month} {year}"],
        dateline="{PLACE} ({outlet}) \u2013 ",
        caption=["A crowd gathers outside the town hall in {place}. Photo: {person}/{outlet}",
                 "Work on {topic} has been delayed several times. (Photo: {person})",
                 "Image: {outlet} / {person}", "Photograph: {person} for {outlet}"],
        advert=["Advertisement", "ADVERTISEMENT", "Sponsored content", "Story continues below advertisement"],
        newsletter=["Sign up for our morning newsletter and get the day's top stories in your inbox.",
                    "Subscribe to {outlet} for unlimited access.", "Get our free weekly briefing \u2013 sign up here"],
        related=["Read more: {title2}", "Related: {title2}", "More on this story", "You may also like: {title2}",
                 "See also: {title2}"],
        copyright=["\u00a9 {year} {outlet}. All rights reserved.", "Copyright {year} {outlet}",
                   "This material may not be published, broadcast, rewritten or redistributed."],
        headline=["{Place} council backs {topic}", "Row over {topic} deepens in {place}",
                  "{org_cap} approves plan for {topic}", "Protests as {place} votes on {topic}",
                  "What the decision on {topic} means for {place}", "{Place} braces for changes to {topic}"],
    ),
    "de": dict(
        first=["Lena", "Jonas", "Eva", "Markus", "Sabine", "Tobias", "Julia", "Stefan", "Miriam", "Felix",
               "Katrin", "Ahmet", "Ulrike", "Paul", "Hannah", "Dirk"],
        last=["Vogt", "Brandt", "Hofmann", "Winkler", "Schreiber", "Yilmaz", "Lorenz", "Kessler", "Baumann",
              "Engel", "Rieger", "Sommer", "Wendt", "Adler"],
        role=["Bürgermeisterin", "Sprecher der Stadtverwaltung", "Verkehrsminister", "Betriebsratschefin",
              "Vorsitzender des Mieterbundes", "Landrätin", "Polizeisprecher", "Ökonom an der Universität Lindenau"],
        place=["Lindenau", "Bergheim", "Oststadt", "Rheinfeld", "Tannwald", "Neustadt am See", "Kornhausen",
               "der Innenstadt", "dem Landkreis"],
        org=["der Stadtrat", "die Landesregierung", "der Verkehrsverbund", "das Gesundheitsministerium",
             "die Gewerkschaft", "der Kreistag", "die Stadtwerke", "die Bundesagentur"],
        topic=["das neue Radwegenetz", "die steigenden Mieten", "den Ausbau der Straßenbahn", "die Schulsanierung",
               "den Hochwasserschutz", "die Energiepreise", "das Klinikbudget", "den Nachtbus"],
        month=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember"],
        weekday=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        sentences=[
            "{org_cap} hat am {weekday} mit großer Mehrheit {topic} beschlossen.",
            "Die Kosten für {topic} werden auf rund {num} Millionen Euro geschätzt.",
            "Anwohner in {place} beschweren sich seit Jahren über {topic}.",
            "Kritiker bemängeln, dass die Entscheidung zu spät komme und zu wenig bewirke.",
            "Nach Angaben der Verwaltung haben mehr als {num} Menschen eine Petition unterschrieben.",
            "Die Abstimmung fiel mit {small} zu {smaller} Stimmen nach einer langen Debatte.",
            "Die Bauarbeiten sollen im {month} beginnen und in {small} Monaten abgeschlossen sein.",
            "Die Opposition fordert eine unabhängige Prüfung der Pläne für {topic}.",
            "Vor dem Rathaus in {place} versammelten sich am {weekday}abend mehrere hundert Menschen.",
            "Ähnliche Projekte in {place} und {place2} hatten gemischte Ergebnisse, wie eine Studie zeigt.",
            "Es ist bereits das zweite Mal in diesem Jahr, dass sich {org} mit dem Thema befassen muss.",
            "Der Bericht umfasst {num} Seiten und enthält {small} Empfehlungen.",
            "Die Händler in {place} befürchten Umsatzeinbußen während der Bauzeit.",
            "Befürworter argumentieren, dass {topic} die Stadt sicherer und sauberer machen werde.",
        ],
        quotes=[
            "Das ist ein guter Tag für alle, die in dieser Stadt Rad fahren",
            "Wir haben den Menschen hier sehr genau zugehört",
            "Die Zahlen gehen einfach nicht auf",
            "Wir werden weiter kämpfen, bis das Geld bereitsteht",
            "Für eine abschließende Bewertung ist es noch zu früh",
            "So etwas habe ich in dreißig Jahren nicht erlebt",
        ],
        fragments=["ein Schritt in die richtige Richtung", "zutiefst enttäuschend", "längst überfällig",
                   "die einzig vernünftige Lösung"],
        marks=[("\u201e", "\u201c"), ("\u00bb", "\u00ab")],
        quote_templates=[
            "{o}{quote}{c}, sagte {person}, {role}, nach der Sitzung.",
            "{person} ({role}) erklärte: {o}{quote}.{c}",
            "{o}{quote}{c}, betonte {role} {person} am {weekday}.",
            "{person} nannte die Pläne {o}{fragment}{c} und kündigte weitere Gespräche an.",
            "Laut {person} ist das Ergebnis {o}{fragment}{c}.",
            "{o}{quote}{c}, sagte {person}. {o}{quote2}.{c}",
        ],
        byline=["Von {person}", "Von {person} und {person2}", "Autorin: {person}", "{person}, {outlet}"],
        timestamp=["Veröffentlicht am {dd}.{mm2}.{year} um {hh}:{mm} Uhr", "Stand: {dd}.{mm2}.{year}, {hh}:{mm} Uhr",
                   "{day}. {month} {year}, {hh}:{mm} Uhr", "Aktualisiert am {weekday}, {day}. {month} {year}"],
        dateline="{PLACE} (dpa) \u2013 ",
        caption=["Vor dem Rathaus in {place} versammelten sich zahlreiche Menschen. Foto: {person}/{outlet}",
                 "Bild: {person}", "Die Bauarbeiten verzögern sich. (Foto: {outlet})"],
        advert=["Anzeige", "ANZEIGE", "Werbung"],
        newsletter=["Jetzt unseren Newsletter abonnieren und keine Nachricht mehr verpassen.",
                    "Melden Sie sich für den {outlet}-Newsletter an.", "Hier kostenlos registrieren"],
        related=["Lesen Sie auch: {title2}", "Mehr zum Thema: {title2}", "Auch interessant: {title2}"],
        copyright=["\u00a9 {outlet} {year}. Alle Rechte vorbehalten.", "Copyright {year} {outlet} GmbH",
                   "Weiterverbreitung nur mit Genehmigung."],
        headline=["{Place}: Stadtrat beschließt {topic}", "Streit um {topic} in {place}",
                  "Was die Entscheidung über {topic} bedeutet", "Proteste gegen {topic}"],
    ),
    "fr": dict(
        first=["Claire", "Julien", "Sophie", "Mathieu", "Camille", "Nicolas", "Amélie", "Karim", "Léa", "Thomas",
               "Inès", "Olivier", "Manon", "François"],
        last=["Lefèvre", "Moreau", "Girard", "Benali", "Rousseau", "Fontaine", "Chevalier", "Marchand", "Perrin",
              "Lemaire", "Gauthier", "Dumas"],
        role=["la maire", "porte-parole de la préfecture", "le ministre des Transports", "déléguée syndicale",
              "président de l'association des riverains", "économiste à l'université de Valmont",
              "le directeur de l'hôpital"],
        place=["Valmont", "Saint-Aubin-sur-Mer", "Bellerive", "Montclair", "Port-Joli", "la vallée", "le centre-ville"],
        org=["le conseil municipal", "la région", "la préfecture", "le ministère de la Santé", "la SNCF",
             "le syndicat", "l'agglomération"],
        topic=["le nouveau tramway", "la hausse des loyers", "le budget de l'hôpital", "les pistes cyclables",
               "la rénovation des écoles", "la protection contre les crues", "le prix de l'énergie"],
        month=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"],
        weekday=["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        sentences=[
            "{org_cap} a approuvé {weekday} {topic}, après des mois de débats.",
            "Le coût du projet est estimé à environ {num} millions d'euros.",
            "Les habitants de {place} se plaignent depuis des années de {topic}.",
            "Pour les opposants, cette décision arrive trop tard et reste insuffisante.",
            "Plus de {num} personnes ont signé une pétition contre le projet, selon la mairie.",
            "Le texte a été adopté par {small} voix contre {smaller} après un long débat.",
            "Les travaux doivent commencer en {month} et durer {small} mois.",
            "L'opposition réclame une enquête indépendante sur {topic}.",
            "Plusieurs centaines de personnes se sont rassemblées devant la mairie de {place} {weekday} soir.",
            "Des projets similaires à {place} et à {place2} ont donné des résultats mitigés.",
            "Le rapport, qui compte {num} pages, formule {small} recommandations.",
            "Les commerçants de {place} craignent une baisse de leur chiffre d'affaires pendant les travaux.",
            "C'est la deuxième fois cette année que {org} doit revenir sur le sujet.",
        ],
        quotes=[
            "Nous avons écouté les habitants de cette ville",
            "C'est une bonne journée pour tous ceux qui prennent les transports en commun",
            "Les chiffres ne tiennent tout simplement pas",
            "Nous continuerons à nous battre jusqu'au bout",
            "Il est encore trop tôt pour tirer des conclusions",
            "Je n'ai jamais vu une chose pareille en trente ans de carrière",
        ],
        fragments=["un pas dans la bonne direction", "profondément décevant", "attendu depuis longtemps",
                   "la seule option raisonnable"],
        marks=[("\u00ab\u00a0", "\u00a0\u00bb"), ("\u00ab ", " \u00bb"), ("\u201c", "\u201d")],
        quote_templates=[
            "{o}{quote}{c}, a déclaré {person}, {role}.",
            "{person}, {role}, a affirmé : {o}{quote}.{c}",
            "{o}{quote}{c}, a estimé {person} {weekday}.",
            "Selon {person}, {role}, le résultat est {o}{fragment}{c}.",
            "{person} a qualifié le projet de {o}{fragment}{c}.",
            "{o}{quote}{c}, a ajouté {person}. {o}{quote2}.{c}",
        ],
        byline=["Par {person}", "Par {person} et {person2}", "{person}, correspondante à {place}", "{person} - {outlet}"],
        timestamp=["Publié le {day} {month} {year} à {hh}h{mm}", "Mis à jour le {dd}/{mm2}/{year} à {hh}:{mm}",
                   "Le {day} {month} {year} à {hh}h{mm}"],
        dateline="{PLACE} (AFP) \u2013 ",
        caption=["Des habitants rassemblés devant la mairie de {place}. Photo : {person} / {outlet}",
                 "Crédit photo : {person}", "Les travaux ont pris du retard. (Photo {outlet})"],
        advert=["Publicité", "PUBLICITÉ", "Contenu sponsorisé"],
        newsletter=["Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.",
                    "Abonnez-vous à {outlet} pour lire la suite.", "Recevez gratuitement notre lettre d'information"],
        related=["Lire aussi : {title2}", "À lire également : {title2}", "Sur le même sujet : {title2}"],
        copyright=["\u00a9 {outlet} {year}. Tous droits réservés.", "Copyright {year} {outlet}",
                   "Toute reproduction interdite sans autorisation."],
        headline=["{Place} : le conseil adopte {topic}", "Polémique autour de {topic} à {place}",
                  "Ce que change la décision sur {topic}", "Manifestation contre {topic}"],
    ),
    "es": dict(
        first=["Lucía", "Javier", "María", "Andrés", "Carmen", "Diego", "Elena", "Pablo", "Sofía", "Miguel",
               "Rocío", "Tomás", "Isabel", "Raúl"],
        last=["García", "Morales", "Navarro", "Ortega", "Castillo", "Romero", "Herrera", "Medina", "Vidal",
              "Serrano", "Iglesias", "Fuentes"],
        role=["la alcaldesa", "portavoz del ayuntamiento", "el consejero de Transportes", "delegada sindical",
              "presidente de la asociación de vecinos", "economista de la Universidad de Valdemora",
              "el director del hospital"],
        place=["Valdemora", "San Telmo", "Puerto Claro", "Villanueva del Río", "Alcaraz", "el casco antiguo",
               "la comarca"],
        org=["el ayuntamiento", "el gobierno regional", "la consejería de Sanidad", "el sindicato",
             "la autoridad portuaria", "el pleno municipal", "la diputación"],
        topic=["el nuevo tranvía", "la subida de los alquileres", "el presupuesto del hospital", "los carriles bici",
               "la reforma de los colegios", "la defensa contra las inundaciones", "el precio de la luz"],
        month=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"],
        weekday=["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        sentences=[
            "{org_cap} aprobó el {weekday} {topic}, tras meses de debate.",
            "El coste del proyecto se estima en unos {num} millones de euros.",
            "Los vecinos de {place} llevan años quejándose de {topic}.",
            "Los críticos sostienen que la decisión llega tarde y se queda corta.",
            "Más de {num} personas firmaron una petición contra el proyecto, según el ayuntamiento.",
            "La propuesta salió adelante por {small} votos a favor y {smaller} en contra.",
            "Las obras comenzarán en {month} y durarán {small} meses.",
            "La oposición exige una investigación independiente sobre {topic}.",
            "Varios centenares de personas se concentraron ante el ayuntamiento de {place} el {weekday} por la tarde.",
            "Proyectos similares en {place} y {place2} han tenido resultados desiguales.",
            "El informe, de {num} páginas, incluye {small} recomendaciones.",
            "Los comerciantes de {place} temen perder clientes durante las obras.",
            "Es la segunda vez este año que {org} tiene que volver sobre el asunto.",
        ],
        quotes=[
            "Hemos escuchado a la gente que vive aquí",
            "Es un buen día para todos los que usan el transporte público",
            "Las cuentas sencillamente no salen",
            "Seguiremos luchando hasta que el dinero esté sobre la mesa",
            "Todavía es pronto para sacar conclusiones",
            "Nunca había visto algo así en treinta años",
        ],
        fragments=["un paso en la dirección correcta", "profundamente decepcionante", "una medida largamente esperada",
                   "la única opción sensata"],
        marks=[("\u00ab", "\u00bb"), ("\u201c", "\u201d")],
        quote_templates=[
            "{o}{quote}{c}, dijo {person}, {role}.",
            "{person}, {role}, afirmó: {o}{quote}.{c}",
            "{o}{quote}{c}, señaló {person} el {weekday}.",
            "Según {person}, {role}, el resultado es {o}{fragment}{c}.",
            "{person} calificó el plan de {o}{fragment}{c}.",
            "{o}{quote}{c}, añadió {person}. {o}{quote2}.{c}",
        ],
        byline=["Por {person}", "Por {person} y {person2}", "{person} | {outlet}", "{person}, corresponsal en {place}"],
        timestamp=["Publicado el {day} de {month} de {year}, {hh}:{mm}", "Actualizado: {dd}/{mm2}/{year} {hh}:{mm} h",
                   "{place_cap}, {day} de {month} de {year}"],
        dateline="{PLACE} (EFE) \u2013 ",
        caption=["Vecinos concentrados ante el ayuntamiento de {place}. Foto: {person} / {outlet}",
                 "Imagen: {person}", "Las obras acumulan retrasos. (Foto: {outlet})"],
        advert=["Publicidad", "PUBLICIDAD", "Contenido patrocinado"],
        newsletter=["Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.",
                    "Hazte suscriptor de {outlet} para seguir leyendo.", "Apúntate gratis a nuestra newsletter"],
        related=["Lee también: {title2}", "Más información: {title2}", "Te puede interesar: {title2}"],
        copyright=["\u00a9 {outlet} {year}. Todos los derechos reservados.", "Copyright {year} {outlet}",
                   "Prohibida su reproducción total o parcial."],
        headline=["{Place}: el pleno aprueba {topic}", "Polémica por {topic} en {place}",
                  "Qué supone la decisión sobre {topic}", "Protestas contra {topic}"],
    ),
}


@dataclass
class Outlet:
    folder: str
    name: str
    languages: tuple[tuple[str, float], ...]
    layout: str = "blank"  # blank | lines | wrapped
    encoding: str = "utf-8"  # the outlet's usual encoding
    crlf: bool = False
    header: tuple[str, ...] = ()  # repeated lines at the top of most articles
    footer: tuple[str, ...] = ()  # repeated lines at the bottom
    weight: float = 1.0
    extra: dict = field(default_factory=dict)


OUTLETS = [
    Outlet("harbour-gazette", "The Harbour Gazette", (("en", 1.0),), weight=2.0,
           header=("The Harbour Gazette \u2013 independent local news since 1888",),
           footer=("Got a story? Email tips@harbourgazette.example", "Follow The Harbour Gazette on social media")),
    Outlet("northfield-post", "Northfield Post", (("en", 1.0),), layout="lines", encoding="cp1252", crlf=True,
           header=("NORTHFIELD POST | News | Sport | Weather",),
           footer=("Northfield Post, 12 Mill Lane, Northfield",)),
    Outlet("metro-wire", "Metro Wire", (("en", 1.0),), layout="wrapped", extra={"dateline": 0.9},
           footer=("(Reporting by Metro Wire staff; editing by the news desk)",)),
    Outlet("rheinblatt", "Rheinblatt", (("de", 1.0),), weight=1.5,
           header=("Rheinblatt \u2013 Nachrichten aus der Region",),
           footer=("Hinweise an die Redaktion: redaktion@rheinblatt.example",)),
    Outlet("alpenkurier", "Alpenkurier", (("de", 1.0),), encoding="cp1252", crlf=True, layout="lines",
           header=("ALPENKURIER \u00bb Startseite \u00bb Lokales",),
           footer=("Alpenkurier Verlag, Marktplatz 3",)),
    Outlet("courrier-du-lac", "Le Courrier du Lac", (("fr", 1.0),), weight=1.5,
           header=("Le Courrier du Lac \u2013 l'info de chez vous",),
           footer=("Suivez Le Courrier du Lac sur les réseaux sociaux",)),
    Outlet("ouest-matin", "Ouest Matin", (("fr", 1.0),), extra={"bom": 0.3, "dateline": 0.5},
           footer=("Ouest Matin \u2013 Tous les jours dans votre boîte aux lettres",)),
    Outlet("diario-del-valle", "Diario del Valle", (("es", 1.0),), weight=1.5,
           header=("Diario del Valle \u00b7 Portada \u00b7 Local",),
           footer=("Escríbenos a redaccion@diariodelvalle.example",)),
    Outlet("voz-costera", "La Voz Costera", (("es", 1.0),), encoding="cp1252",
           footer=("La Voz Costera, el periódico de la costa",)),
    Outlet("aggregator", "NewsPile", (("en", 0.4), ("de", 0.2), ("fr", 0.2), ("es", 0.2)), weight=1.5,
           extra={"utf16": 0.1, "bom": 0.1},
           header=("NewsPile \u2013 all the news in one place",)),
]


def _pick_weighted(rng: random.Random, pairs):
    x = rng.random() * sum(w for _, w in pairs)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


class _Slots(dict):
    """Slot values drawn on first use: a template pays only for the slots it has."""

    def __init__(self, art: "Article"):
        super().__init__()
        self.art = art
        self.person_i = int(art.rng.random() * 3)

    def __missing__(self, key: str):
        value = getattr(self, "_" + key)()
        self[key] = value
        return value

    # One method per slot.
    def _person(self): return self.art.people[self.person_i]
    def _person2(self): return self.art.people[(self.person_i + 1) % 3]
    def _role(self): return self.art.roles[self.person_i]
    def _place(self): return self.art.places[0]
    def _place2(self): return self.art.places[1]
    def _org(self): return self.art.rng.choice(self.art.L["org"])
    def _topic(self): return self.art.topic if self.art.rng.random() < 0.7 else self.art.rng.choice(self.art.L["topic"])
    def _num(self): return self.art.rng.randint(12, 4800)
    def _small(self): return self.art.rng.randint(5, 30)
    def _smaller(self): return self.art.rng.randint(1, 4)
    def _day(self): return self.art.rng.randint(1, 28)
    def _dd(self): return f"{self.art.rng.randint(1, 28):02d}"
    def _mm2(self): return f"{self.art.rng.randint(1, 12):02d}"
    def _month(self): return self.art.rng.choice(self.art.L["month"])
    def _weekday(self): return self.art.rng.choice(self.art.L["weekday"])
    def _year(self): return self.art.year
    def _hh(self): return f"{self.art.rng.randint(6, 22):02d}"
    def _mm(self): return f"{self.art.rng.randint(0, 59):02d}"
    def _quote(self): return self.art.rng.choice(self.art.L["quotes"])
    def _quote2(self): return self.art.rng.choice(self.art.L["quotes"])
    def _fragment(self): return self.art.rng.choice(self.art.L["fragments"])
    def _outlet(self): return self.art.outlet.name
    def _o(self): return self.art.marks[0]
    def _c(self): return self.art.marks[1]
    def _org_cap(self): return _cap(self.art.rng.choice(self.art.L["org"]))
    def _Place(self): return _cap(self.art.places[0])
    def _place_cap(self): return _cap(self.art.places[0])
    def _PLACE(self): return self.art.places[0].upper()
    def _title2(self): return self.art._other_headline()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Article:
    """One article's text, built from a language's templates with an article-level cast."""

    def __init__(self, rng: random.Random, lang: str, outlet: Outlet):
        self.rng, self.lang, self.outlet = rng, lang, outlet
        L = self.L = LANG[lang]
        # A cast per article: the same people and places recur, as in a real story.
        self.people = [f"{rng.choice(L['first'])} {rng.choice(L['last'])}" for _ in range(3)]
        self.roles = [rng.choice(L["role"]) for _ in range(3)]
        self.places = rng.sample(L["place"], 2)
        self.topic = rng.choice(L["topic"])
        self.year = rng.randint(2019, 2025)
        self.marks = rng.choice(L["marks"])

    def fill(self, template: str) -> str:
        return template.format_map(_Slots(self))

    def headline(self, related: bool = False) -> str:
        text = self.fill(self.rng.choice(self.L["headline"])) if not related else self._other_headline()
        return text

    def _other_headline(self) -> str:
        rng, L = self.rng, self.L
        template = rng.choice(L["headline"])
        place = rng.choice(L["place"])
        return template.format(Place=place[0].upper() + place[1:], place=place, topic=rng.choice(L["topic"]),
                               org_cap=rng.choice(L["org"]).capitalize())

    def paragraph(self, first: bool) -> str:
        rng, L = self.rng, self.L
        if not first and rng.random() < P_QUOTE_PARAGRAPH:
            sentences = [self.fill(rng.choice(L["quote_templates"]))]
            if rng.random() < 0.5:
                sentences.append(self.fill(rng.choice(L["sentences"])))
        else:
            sentences = [self.fill(t) for t in rng.sample(L["sentences"], rng.randint(2, 5))]
        text = " ".join(s[0].upper() + s[1:] for s in sentences)
        if first and rng.random() < self.outlet.extra.get("dateline", 0.1):
            text = self.fill(L["dateline"]) + text
        return text


def target_length(rng: random.Random) -> int:
    n = int(MEDIAN_BYTES * math.exp(rng.gauss(0.0, LENGTH_SIGMA)))
    return max(MIN_BYTES, min(MAX_BYTES, n))


def article_paragraphs(rng: random.Random, outlet: Outlet) -> list[str]:
    """The article as a list of blocks (paragraphs and furniture lines), top to bottom."""
    lang = _pick_weighted(rng, outlet.languages)
    art = Article(rng, lang, outlet)
    L = art.L
    target = target_length(rng)
    blocks: list[str] = []
    for line in outlet.header:
        if rng.random() < 0.9:
            blocks.append(line)
    title = art.headline()
    blocks.append(title)
    if rng.random() < P_TITLE_TWICE:
        blocks.append(title)
    if rng.random() < P_BYLINE:
        blocks.append(art.fill(rng.choice(L["byline"])))
    if rng.random() < P_TIMESTAMP:
        blocks.append(art.fill(rng.choice(L["timestamp"])))
    if rng.random() < P_CAPTION:
        blocks.append(art.fill(rng.choice(L["caption"])))

    tail: list[str] = []
    if rng.random() < P_RELATED:
        tail.append(art.fill(rng.choice(L["related"])))
        if rng.random() < 0.5:
            tail.append(art.fill(rng.choice(L["related"])))
    if rng.random() < P_NEWSLETTER:
        tail.append(art.fill(rng.choice(L["newsletter"])))
    if rng.random() < P_COPYRIGHT:
        tail.append(art.fill(rng.choice(L["copyright"])))
    for line in outlet.footer:
        if rng.random() < 0.85:
            tail.append(line)

    size = sum(len(b) + 2 for b in blocks) + sum(len(b) + 2 for b in tail)
    body: list[str] = []
    while size < target or not body:
        p = art.paragraph(first=not body)
        n = len(p.encode("utf-8")) + 2
        if body and size + n > MAX_BYTES - 200:
            break
        body.append(p)
        size += n
    # Furniture inside the body: an advert slot or a newsletter prompt between paragraphs.
    if len(body) > 3 and rng.random() < P_ADVERT:
        body.insert(rng.randint(2, len(body) - 1), rng.choice(L["advert"]))
    if len(body) > 5 and rng.random() < P_NEWSLETTER / 2:
        body.insert(rng.randint(3, len(body) - 1), art.fill(rng.choice(L["newsletter"])))
    blocks.extend(body)
    blocks.extend(tail)
    return blocks


def layout(blocks: list[str], style: str) -> str:
    if style == "lines":
        return "\n".join(blocks) + "\n"
    if style == "wrapped":
        return "\n\n".join(textwrap.fill(b, 72, break_long_words=False) if len(b) > 72 else b for b in blocks) + "\n"
    return "\n\n".join(blocks) + "\n"


def encode(text: str, rng: random.Random, outlet: Outlet) -> bytes:
    if outlet.crlf:
        text = text.replace("\n", "\r\n")
    x = rng.random()
    if x < UTF16_SHARE + outlet.extra.get("utf16", 0.0):
        return text.encode("utf-16")  # with BOM
    if outlet.encoding == "cp1252":
        try:
            return text.encode("cp1252")
        except UnicodeEncodeError:
            pass
    if rng.random() < BOM_SHARE + outlet.extra.get("bom", 0.0):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


def near_duplicate(text: str, rng: random.Random) -> str:
    """A lightly edited copy: one paragraph dropped or a line appended, as when an article is updated."""
    sep = "\n\n" if "\n\n" in text else "\n"
    parts = text.rstrip("\n").split(sep)
    if len(parts) > 4 and rng.random() < 0.5:
        del parts[rng.randrange(2, len(parts) - 1)]
    else:
        parts.insert(len(parts) - 1, "This article has been updated with further details.")
    return sep.join(parts) + "\n"


def generate(n: int, out_dir: Path, seed: int = 0) -> dict:
    """Write ``n`` articles under ``out_dir``; returns counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for outlet in OUTLETS:
        (out_dir / outlet.folder).mkdir(exist_ok=True)
    weights = [(o, o.weight) for o in OUTLETS]
    recent: list[tuple[Outlet, str]] = []
    stats = {"files": 0, "bytes": 0, "exact_duplicates": 0, "near_duplicates": 0}
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        outlet = _pick_weighted(rng, weights)
        x = rng.random()
        if recent and x < EXACT_DUPLICATE_SHARE:
            outlet, text = rng.choice(recent)  # same outlet: a re-scraped page
            stats["exact_duplicates"] += 1
        elif recent and x < EXACT_DUPLICATE_SHARE + NEAR_DUPLICATE_SHARE:
            source_outlet, text = rng.choice(recent)
            outlet = source_outlet
            text = near_duplicate(text, rng)
            stats["near_duplicates"] += 1
        else:
            text = layout(article_paragraphs(rng, outlet), outlet.layout)
            if len(recent) < RECENT_KEPT:
                recent.append((outlet, text))
            else:
                recent[i % RECENT_KEPT] = (outlet, text)
        data = encode(text, rng, outlet)
        (out_dir / outlet.folder / f"{i:07d}.txt").write_bytes(data)
        stats["files"] += 1
        stats["bytes"] += len(data)
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    stats = generate(args.n, args.out_dir, args.seed)
    seconds = time.perf_counter() - start
    print(
        f"wrote {stats['files']} files, {stats['bytes'] / 1e6:.1f} MB to {args.out_dir} in {seconds:.1f}s "
        f"({stats['exact_duplicates']} exact and {stats['near_duplicates']} near duplicates)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
