"""Boilerplate stripping on pages written for the tests, in en, de, fr and es."""

from __future__ import annotations

import pytest

from newsmill.boilerplate import CATEGORIES, Removed, Stripped, repetition, rules, strip_boilerplate

BODY = {
    "en": [
        "The city council approved the new harbour budget on Tuesday evening after a debate that lasted "
        "more than four hours, and the mayor said that the money would be spent on the old quays first.",
        "Residents who live near the water had asked for years that the council repair the walls, which were "
        "damaged in the storms of the last two winters, and many of them came to the meeting to listen.",
        "The work is expected to start in the spring and to last until the end of next year, when the "
        "council will decide whether it should also rebuild the ferry terminal on the northern side.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend den neuen Haushalt für den Hafen beschlossen, nachdem die Debatte "
        "mehr als vier Stunden gedauert hatte, und die Bürgermeisterin sagte, dass zuerst die alten Kais saniert werden.",
        "Die Anwohner am Wasser hatten seit Jahren gefordert, dass die Stadt die Mauern repariert, die bei den "
        "Stürmen der letzten beiden Winter beschädigt wurden, und viele von ihnen waren bei der Sitzung dabei.",
        "Die Arbeiten sollen im Frühjahr beginnen und bis zum Ende des nächsten Jahres dauern, wenn der Rat "
        "auch darüber entscheiden wird, ob das Fährterminal auf der Nordseite neu gebaut werden soll.",
    ],
    "fr": [
        "Le conseil municipal a adopté mardi soir le nouveau budget du port après un débat qui a duré plus de "
        "quatre heures, et la maire a dit que l'argent serait d'abord consacré aux vieux quais de la ville.",
        "Les habitants qui vivent au bord de l'eau demandaient depuis des années que la ville répare les murs, "
        "qui ont été endommagés par les tempêtes des deux derniers hivers, et beaucoup sont venus à la réunion.",
        "Les travaux doivent commencer au printemps et durer jusqu'à la fin de l'année prochaine, lorsque le "
        "conseil décidera s'il faut aussi reconstruire le terminal des ferries sur la rive nord.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto del puerto después de un debate que "
        "duró más de cuatro horas, y la alcaldesa dijo que el dinero se destinará primero a los muelles viejos.",
        "Los vecinos que viven junto al agua pedían desde hace años que la ciudad reparara los muros, que fueron "
        "dañados por las tormentas de los dos últimos inviernos, y muchos de ellos acudieron a la reunión.",
        "Las obras comenzarán en primavera y durarán hasta el final del próximo año, cuando el ayuntamiento "
        "decidirá si también hay que reconstruir la terminal de transbordadores en la orilla norte.",
    ],
}

# category -> line, per language (house styles written for the tests).
FURNITURE = {
    "en": {
        "breadcrumb": "Home > News > Local",
        "title": "Council approves new harbour budget after long debate",
        "byline": "By Jane Roe and Sam Poe",
        "dateline_timestamp": "Published March 3, 2024 at 10:15 am",
        "caption": "The harbour front seen from the old lighthouse. Photo: Jane Roe/Reuters",
        "photo_credit": "Photo: Getty Images",
        "advertisement": "Advertisement",
        "related_links": "Read more: Harbour fees rise again",
        "source_credit": "[Source: Example Wire]",
        "newsletter_or_subscribe": "Sign up for our morning newsletter",
        "social_or_share": "Share on Facebook",
        "cookie_or_consent": "We use cookies to improve your experience on our site.",
        "copyright": "© 2024 Example Media. All rights reserved.",
    },
    "de": {
        "breadcrumb": "Startseite > Nachrichten > Region",
        "title": "Stadtrat beschließt neuen Haushalt für den Hafen",
        "byline": "Von Erika Beispiel",
        "dateline_timestamp": "Veröffentlicht am 03.03.2024, 10:15 Uhr",
        "caption": "Der Hafen am frühen Morgen. Foto: Max Muster/dpa",
        "photo_credit": "Foto: picture alliance",
        "advertisement": "Anzeige",
        "related_links": "Lesen Sie auch: Hafengebühren steigen erneut",
        "source_credit": "Quelle: Beispiel-Agentur",
        "newsletter_or_subscribe": "Jetzt Newsletter abonnieren",
        "social_or_share": "Teilen auf Facebook",
        "cookie_or_consent": "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "copyright": "© 2024 Beispiel Verlag. Alle Rechte vorbehalten.",
    },
    "fr": {
        "breadcrumb": "Accueil > Actualités > Région",
        "title": "Le conseil municipal adopte le budget du port",
        "byline": "Par Jean Dupont",
        "dateline_timestamp": "Publié le 3 mars 2024 à 10h15",
        "caption": "Le port au petit matin. Photo : Jean Dupont/AFP",
        "photo_credit": "Crédit photo : Archives",
        "advertisement": "Publicité",
        "related_links": "À lire aussi : Les tarifs du port augmentent",
        "source_credit": "Source : Agence Exemple",
        "newsletter_or_subscribe": "Abonnez-vous à notre newsletter",
        "social_or_share": "Partager sur Facebook",
        "cookie_or_consent": "Nous utilisons des cookies pour améliorer votre expérience.",
        "copyright": "© 2024 Exemple Médias. Tous droits réservés.",
    },
    "es": {
        "breadcrumb": "Inicio > Noticias > Región",
        "title": "El ayuntamiento aprueba el presupuesto del puerto",
        "byline": "Por María García López",
        "dateline_timestamp": "Publicado el 3 de marzo de 2024 a las 10:15",
        "caption": "El puerto al amanecer. Foto: María García/EFE",
        "photo_credit": "Foto: Archivo",
        "advertisement": "Publicidad",
        "related_links": "Lee también: Las tarifas del puerto vuelven a subir",
        "source_credit": "Fuente: Agencia Ejemplo",
        "newsletter_or_subscribe": "Suscríbete a nuestro boletín",
        "social_or_share": "Compartir en Facebook",
        "cookie_or_consent": "Utilizamos cookies para mejorar su experiencia.",
        "copyright": "© 2024 Ejemplo Medios. Todos los derechos reservados.",
    },
}

HEAD = ("breadcrumb", "title", "byline", "dateline_timestamp", "caption", "photo_credit")
TAIL = ("source_credit", "newsletter_or_subscribe", "social_or_share", "cookie_or_consent", "copyright")


def _page(lang: str) -> tuple[list[str], dict[int, str]]:
    """A full page: header furniture, body with an ad and a related link inside, footer furniture."""
    f, body = FURNITURE[lang], BODY[lang]
    paragraphs: list[str] = [f[c] for c in HEAD]
    paragraphs += [body[0], f["advertisement"], body[1], f["related_links"], body[2]]
    paragraphs += [f[c] for c in TAIL]
    expected = {i: c for i, c in enumerate(HEAD)}
    expected[len(HEAD) + 1] = "advertisement"
    expected[len(HEAD) + 3] = "related_links"
    expected.update({len(HEAD) + 5 + k: c for k, c in enumerate(TAIL)})
    return paragraphs, expected


@pytest.mark.parametrize("lang", sorted(BODY))
def test_every_category_on_a_full_page(lang: str) -> None:
    paragraphs, expected = _page(lang)
    stripped = strip_boilerplate(paragraphs, lang)
    assert stripped.body == BODY[lang]
    assert stripped.title == FURNITURE[lang]["title"]
    got = {r.position: r.category for r in stripped.removed}
    assert got == expected
    assert all(r.text == paragraphs[r.position] for r in stripped.removed)


@pytest.mark.parametrize("lang", sorted(BODY))
def test_nothing_is_lost(lang: str) -> None:
    paragraphs, _ = _page(lang)
    stripped = strip_boilerplate(paragraphs, lang)
    pieces = sorted([(r.position, r.text) for r in stripped.removed])
    assert len(pieces) + len(stripped.body) == len(paragraphs)
    assert {r.category for r in stripped.removed} <= set(CATEGORIES)
    assert all(isinstance(r, Removed) for r in stripped.removed) and isinstance(stripped, Stripped)


@pytest.mark.parametrize("lang", sorted(BODY))
def test_headline_and_teaser_printed_twice(lang: str) -> None:
    title, body = FURNITURE[lang]["title"], BODY[lang]
    teaser = body[0].split(",")[0] + "."
    paragraphs = [title, teaser, title, teaser + " " + body[0], body[1], body[2]]
    stripped = strip_boilerplate(paragraphs, lang)
    assert stripped.title == title
    assert stripped.body == [teaser + " " + body[0], body[1], body[2]]
    assert [(r.position, r.category) for r in stripped.removed] == [(0, "title"), (1, "duplicate"), (2, "duplicate")]


@pytest.mark.parametrize(
    ("lang", "prefix", "credit"),
    [("en", " date 2024-03-03 ", " (AP)"), ("de", "03.03.2024 | ", " (abc/dpa)"),
     ("fr", " date 2024-03-03 ", " (AFP)"), ("es", "03/03/2024 - ", " (EFE)")],
)
def test_glued_date_and_trailing_agency_credit_are_cut(lang: str, prefix: str, credit: str) -> None:
    body = BODY[lang]
    paragraphs = [prefix + body[0], body[1], body[2] + credit]
    stripped = strip_boilerplate(paragraphs, lang)
    assert stripped.body == body
    cut = [(r.position, r.category, r.text) for r in stripped.removed]
    assert cut == [(0, "dateline_timestamp", prefix.strip(" |-")), (2, "source_credit", credit.strip())]


@pytest.mark.parametrize("lang", sorted(BODY))
def test_short_subhead_and_quote_between_body_paragraphs_stay(lang: str) -> None:
    body = BODY[lang]
    subhead = {"en": "What comes next", "de": "Wie es weitergeht", "fr": "Et après", "es": "Lo que viene"}[lang]
    quote = "“" + {"en": "We waited too long.", "de": "Wir haben zu lange gewartet.",
                   "fr": "Nous avons trop attendu.", "es": "Esperamos demasiado."}[lang] + "”"
    paragraphs = [body[0], quote, body[1], subhead, body[2]]
    assert strip_boilerplate(paragraphs, lang).body == paragraphs


@pytest.mark.parametrize("lang", sorted(BODY))
def test_staff_writer_byline_and_outlet_beside_it(lang: str) -> None:
    byline = {"en": "Jane Roe, Staff Writer", "de": "Erika Beispiel, Redakteurin",
              "fr": "Jean Dupont, journaliste", "es": "María García, corresponsal"}[lang]
    paragraphs = [byline, "Harbour Gazette", *BODY[lang]]
    stripped = strip_boilerplate(paragraphs, lang)
    assert stripped.body == BODY[lang]
    assert [(r.position, r.category) for r in stripped.removed] == [(0, "byline"), (1, "source_credit")]


def test_menu_and_related_lists_around_the_article_are_dropped() -> None:
    menu = ["News", "Sport", "Business", "Culture", "Weather", "Travel", "Opinion"]
    related = ["Harbour fees rise again", "Ferry strike ends after two days", "New bridge opens to cyclists",
               "Fishermen protest new quotas at the port"]
    paragraphs = menu + ["Council approves new harbour budget"] + BODY["en"] + ["More from Local"] + related
    stripped = strip_boilerplate(paragraphs, "en")
    assert stripped.body == BODY["en"]
    assert stripped.title == "Council approves new harbour budget"
    assert {r.category for r in stripped.removed if r.position < len(menu)} == {"navigation"}


def test_comments_after_the_article_are_dropped() -> None:
    comments = ["12 Comments", "harbourfan says:",
                "I have lived by the quays for thirty years and this is the first time that the council has "
                "listened to us, so I am glad that the work will finally start next spring.",
                "Reply", "oldsailor says:",
                "It is about time, but I do not believe that the work will be finished by the end of the year."]
    stripped = strip_boilerplate(BODY["en"] + comments, "en")
    assert stripped.body == BODY["en"]


@pytest.mark.parametrize("lang", sorted(BODY))
def test_cookie_wall_page_has_no_body(lang: str) -> None:
    f = FURNITURE[lang]
    consent = {
        "en": ["We use cookies and similar technologies to personalise content and ads and to analyse our traffic.",
               "Accept all", "Reject all", "Manage preferences", "Privacy policy"],
        "de": ["Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.",
               "Alle akzeptieren", "Einstellungen", "Datenschutzerklärung"],
        "fr": ["Nous utilisons des cookies pour personnaliser le contenu et les annonces et analyser notre trafic.",
               "Tout accepter", "Paramètres des cookies", "Politique de confidentialité"],
        "es": ["Utilizamos cookies propias y de terceros para personalizar el contenido y analizar el tráfico.",
               "Aceptar", "Configurar cookies", "Política de privacidad"],
    }[lang]
    stripped = strip_boilerplate(consent + [f["copyright"]], lang)
    assert stripped.body == []
    assert stripped.removed[0].category == "cookie_or_consent"
    assert len(stripped.removed) == len(consent) + 1


@pytest.mark.parametrize(
    ("lang", "article"),
    [("en", "The harbour will be closed on Sunday because of the storm."),
     ("de", "Der Hafen bleibt am Sonntag wegen des Sturms geschlossen."),
     ("fr", "Le port sera fermé dimanche à cause de la tempête."),
     ("es", "El puerto estará cerrado el domingo por la tormenta.")],
)
def test_single_short_paragraph_article_is_kept(lang: str, article: str) -> None:
    f = FURNITURE[lang]
    stripped = strip_boilerplate([f["title"], f["dateline_timestamp"], article, f["social_or_share"]], lang)
    assert stripped.body == [article]
    assert stripped.title == f["title"]


def test_repeated_lines_are_learnt_per_folder_and_removed() -> None:
    slogan = "Your harbour, your news, every day"
    files = {
        "gazette": [
            repetition.line_keys([slogan, f"Story {i} about the port", "Contact the newsroom"]) for i in range(5)
        ],
        "other": [repetition.line_keys([slogan, "Something else"])],
    }
    learnt = repetition.learn_repeated(files)
    assert rules.normalize(slogan) in learnt["gazette"]
    assert rules.normalize("Contact the newsroom") in learnt["gazette"]
    assert not any("story" in k for k in learnt["gazette"])
    assert learnt["other"] == frozenset()  # one file teaches nothing

    paragraphs = [slogan, *BODY["en"]]
    stripped = strip_boilerplate(paragraphs, "en", learnt["gazette"])
    assert stripped.body == BODY["en"]
    assert stripped.removed == [Removed(0, slogan, "repeated", "learnt_repetition")]


def test_unknown_language_still_finds_the_body() -> None:
    stripped = strip_boilerplate(["Home", "Menu", *BODY["en"], "© 2024 Example"], None)
    assert stripped.body == BODY["en"]


def test_deterministic() -> None:
    paragraphs, _ = _page("fr")
    assert strip_boilerplate(paragraphs, "fr") == strip_boilerplate(paragraphs, "fr")


@pytest.mark.parametrize(
    "notice",
    ["We and our partners store cookies on your device to measure audiences.",
     "Mit Ihrer Zustimmung speichern wir und unsere Partner Cookies auf Ihrem Gerät."],
)
def test_consent_notice_not_opening_with_a_cue_is_still_consent(notice: str) -> None:
    stripped = strip_boilerplate(["Your privacy matters", notice, "OK"], None)
    assert stripped.body == []
    assert [r.category for r in stripped.removed][:2] == ["cookie_or_consent", "cookie_or_consent"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Girl Scouts in Ohio use the money from cookie sales to pay for summer camps, the troop leader said.",
        "Die Bäckerei verwendet für ihre Cookies nur Butter aus der Region, sagte die Inhaberin.",
        "Les enfants acceptent volontiers un cookie au chocolat après l'école, raconte l'enseignante.",
    ],
)
def test_news_about_cookies_is_not_a_consent_notice(paragraph: str) -> None:
    from newsmill.boilerplate.rules import match

    assert match(paragraph) is None
