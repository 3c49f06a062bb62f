"""Page phenomena the body classifier handles, on pages written for the tests in several languages.

Each test builds a full page (menus, teasers, footers around an article) in one house style and
checks which paragraphs end up in the body.
"""

from __future__ import annotations

import pytest

from newsmill.boilerplate import strip_boilerplate

# --- Scripts without spaces: a Japanese or Chinese paragraph of 30 characters is a full sentence.

CJK_PAGES = {
    "ja": (
        ["ホーム", "ニュース", "スポーツ", "天気", "ログイン"],
        [
            "市議会は火曜日の夜、長い議論の末に港の新しい予算をようやく承認した。",
            "議論は四時間以上も続き、市長はまず古い岸壁の修理に資金を使うと述べた。",
            "水辺に住む住民たちは、何年も前から壊れた壁の修理を市に求めていた。",
            "工事は春に始まり、来年の終わりまで続く予定だと市の担当者は説明した。",
            "市議会は北側のフェリーターミナルを建て直すかどうかも今後検討する。",
        ],
        ["利用規約", "お問い合わせ", "© 2024 Example"],
    ),
    "zh-cn": (
        ["首页", "新闻", "体育", "天气", "登录"],
        [
            "市议会星期二晚上经过长时间的讨论，终于批准了港口的新预算方案。",
            "讨论持续了四个多小时，市长表示这笔资金将首先用于修复旧码头。",
            "住在水边的居民多年来一直要求市政府修复在风暴中损坏的墙壁。",
            "工程预计将在春天开始，并将持续到明年年底，官员在会上解释说。",
            "市议会今后还将讨论是否需要重建北岸的渡轮码头以及附近的道路。",
        ],
        ["使用条款", "联系我们", "© 2024 Example"],
    ),
}


@pytest.mark.parametrize("language", sorted(CJK_PAGES))
def test_cjk_short_paragraphs_are_full_sentences(language):
    menu, article, footer = CJK_PAGES[language]
    page = menu + ["港の予算が承認された" if language == "ja" else "港口新预算获批"] + article + footer
    result = strip_boilerplate(page, language)
    assert result.body == article


# --- Teasers of other stories: glued headlines and truncated summaries.

ARTICLE = {
    "en": [
        "The city council approved the new harbour budget on Tuesday evening after a debate that lasted "
        "more than four hours, and the mayor said that the money would be spent on the old quays first.",
        "Residents who live near the water had asked for years that the council repair the walls, which were "
        "damaged in the storms of the last two winters, and many of them came to the meeting to listen.",
        "The work is expected to start in the spring and to last until the end of next year.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend den neuen Haushalt für den Hafen beschlossen, nachdem die Debatte "
        "mehr als vier Stunden gedauert hatte, und die Bürgermeisterin sagte, dass zuerst die alten Kais saniert werden.",
        "Die Anwohner am Wasser hatten seit Jahren gefordert, dass die Stadt die Mauern repariert, die bei den "
        "Stürmen der letzten beiden Winter beschädigt wurden, und viele von ihnen waren bei der Sitzung dabei.",
        "Die Arbeiten sollen im Frühjahr beginnen und bis zum Ende des nächsten Jahres dauern.",
    ],
    "fr": [
        "Le conseil municipal a adopté mardi soir le nouveau budget du port après un débat qui a duré plus de "
        "quatre heures, et la maire a dit que l'argent serait d'abord consacré aux vieux quais de la ville.",
        "Les habitants qui vivent au bord de l'eau demandaient depuis des années que la ville répare les murs, "
        "qui ont été endommagés par les tempêtes des deux derniers hivers, et beaucoup sont venus à la réunion.",
        "Les travaux doivent commencer au printemps et durer jusqu'à la fin de l'année prochaine.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto del puerto después de un debate que "
        "duró más de cuatro horas, y la alcaldesa dijo que el dinero se destinará primero a los muelles viejos.",
        "Los vecinos que viven junto al agua pedían desde hace años que la ciudad reparara los muros, que fueron "
        "dañados por las tormentas de los dos últimos inviernos, y muchos de ellos acudieron a la reunión.",
        "Las obras comenzarán en primavera y durarán hasta el final del próximo año.",
    ],
    "pt": [
        "A câmara municipal aprovou na terça-feira à noite o novo orçamento do porto, depois de um debate que "
        "durou mais de quatro horas, e a presidente disse que o dinheiro será gasto primeiro nos cais antigos.",
        "Os moradores que vivem junto à água pediam há anos que a cidade reparasse os muros, que foram "
        "danificados pelas tempestades dos dois últimos invernos, e muitos deles foram à reunião para ouvir.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì sera il nuovo bilancio del porto dopo un dibattito che è "
        "durato più di quattro ore, e la sindaca ha detto che i soldi saranno spesi prima per le vecchie banchine.",
        "Gli abitanti che vivono vicino all'acqua chiedevano da anni che la città riparasse i muri, che sono "
        "stati danneggiati dalle tempeste degli ultimi due inverni, e molti di loro sono venuti alla riunione.",
    ],
}

GLUED_TEASERS = {
    "en": [
        "Snow Expected Across The Valley This WeekendForecasters say that the first snow of the season could "
        "fall on Saturday night, and they have asked drivers to take care on the roads over the hills.",
        "Local Bakery Wins National Bread PrizeThe family that has run the bakery for three generations said "
        "that they were surprised by the prize and that they would keep their prices as they are.",
        "New Bus Line Will Link The Two HospitalsThe transport office said on Monday that the new line will "
        "run every ten minutes and that it should be ready before the start of the winter season.",
        "School Choir Heads To The Finals Next SpringThe choir of the old grammar school has won the regional "
        "round and will sing in the national finals, which are held in the capital in the spring.",
    ],
    "de": [
        "Schnee Im Tal Am Wochenende ErwartetDie Meteorologen sagen, dass der erste Schnee der Saison in der "
        "Nacht zum Sonntag fallen könnte, und sie bitten die Fahrer, auf den Straßen vorsichtig zu sein.",
        "Bäckerei Aus Der Altstadt Gewinnt PreisDie Familie, die die Bäckerei seit drei Generationen führt, "
        "sagte, dass sie von dem Preis überrascht war und dass die Preise so bleiben sollen, wie sie sind.",
        "Neue Buslinie Verbindet Die Beiden KlinikenDas Verkehrsamt teilte am Montag mit, dass die neue Linie "
        "alle zehn Minuten fahren wird und dass sie noch vor dem Beginn des Winters fertig sein soll.",
        "Schulchor Fährt Zum Finale Nach BerlinDer Chor des alten Gymnasiums hat die Runde im Land gewonnen "
        "und wird im Finale singen, das im Frühjahr in der Hauptstadt stattfindet, wie die Schule sagte.",
    ],
}


@pytest.mark.parametrize("language", sorted(GLUED_TEASERS))
def test_glued_headline_teasers_are_not_the_article(language):
    page = ["Home", "News", "Sport"] + GLUED_TEASERS[language] + ["Harbour budget approved"] + ARTICLE[language] + ["Contact", "Imprint"]
    result = strip_boilerplate(page, language)
    assert result.body == ARTICLE[language]
    teasers = [r for r in result.removed if r.text in GLUED_TEASERS[language]]
    assert len(teasers) == 4 and {r.category for r in teasers} == {"related_links"}


def test_a_label_glued_to_a_long_statement_is_body():
    # A profile box that lost its line breaks: the glued "27City" looks like a headline seam, but a
    # teaser's summary is a sentence or two, and this is a page-long statement.
    statement = (
        "Name: Dana Whitfield Age: 31City: ClevelandJob: Line cookWhy she is striking: \u201cI work two jobs and "
        + "I still cannot pay the rent on time, and every month it is the same choice between the bills and food. " * 6
        + "Nobody in this kitchen asks for much, only for a wage you can live on.\u201d"
    )
    page = ["Home", "News"] + ARTICLE["en"] + [statement] + ["Contact"]
    result = strip_boilerplate(page, "en")
    assert statement in result.body


TRUNCATED_TEASERS = {
    "fr": [
        "Les pompiers de la région ont lutté toute la nuit contre un incendie qui a détruit un entrepôt près de la gare, et les habitants du quartier...",
        "Le musée de la ville rouvre ses portes après deux ans de travaux, avec une nouvelle salle consacrée aux peintres de la côte qui…",
        "La ligne de train entre les deux villes sera fermée pendant trois semaines cet été, a annoncé la direction régionale, qui promet des bus…",
        "Le club de football local a signé un nouveau contrat avec son entraîneur, qui restera en poste jusqu'en 2027 et qui a dit que...",
    ],
    "es": [
        "Los bomberos de la región lucharon toda la noche contra un incendio que destruyó un almacén cerca de la estación, y los vecinos del barrio...",
        "El museo de la ciudad vuelve a abrir sus puertas después de dos años de obras, con una nueva sala dedicada a los pintores de la costa que…",
        "La línea de tren entre las dos ciudades estará cerrada durante tres semanas este verano, anunció la dirección regional, que promete autobuses…",
        "El club de fútbol local firmó un nuevo contrato con su entrenador, que seguirá en el cargo hasta 2027 y que dijo que...",
    ],
}


@pytest.mark.parametrize("language", sorted(TRUNCATED_TEASERS))
def test_truncated_teasers_after_the_article_are_dropped(language):
    page = ["Accueil", "Harbour"] + ARTICLE[language] + TRUNCATED_TEASERS[language] + ["Contact"]
    result = strip_boilerplate(page, language)
    assert result.body == ARTICLE[language]


def test_single_trailing_ellipsis_in_an_article_is_kept():
    article = ARTICLE["en"][:2] + ["She looked at the water for a long time and then said that she was not sure what would happen next..."] + ARTICLE["en"][2:]
    result = strip_boilerplate(["Home"] + article + ["Contact"], "en")
    assert result.body == article


RELATED_BOX = {
    "pt": (
        "Você pode gostar...",
        [
            "A escola da aldeia vai receber um novo telhado antes do inverno, disse o presidente da junta, que espera...",
            "O mercado de sábado muda de lugar durante as obras na praça principal, e os vendedores dizem que...",
        ],
        [
            "A vida pede de nós coragem para esperar o melhor e fazer o melhor, mesmo quando o caminho parece longo e "
            "difícil, porque é assim que crescemos e aprendemos com os outros e com os nossos erros de cada dia.",
            "O que une uma família é o carinho e o cuidado de cada dia, e é nas pequenas coisas que se vê o amor que "
            "existe entre as pessoas que vivem juntas e que partilham a mesma casa durante tantos anos.",
        ],
    ),
    "it": (
        "Potrebbe interessarti",
        [
            "La scuola del paese avrà un nuovo tetto prima dell'inverno, ha detto il sindaco, che spera...",
            "Il mercato del sabato cambia posto durante i lavori nella piazza principale, e i venditori dicono che...",
        ],
        [
            "La vita ci chiede il coraggio di sperare il meglio e di fare il meglio, anche quando la strada sembra "
            "lunga e difficile, perché è così che cresciamo e impariamo dagli altri e dai nostri errori di ogni giorno.",
            "Ciò che unisce una famiglia è l'affetto e la cura di ogni giorno, ed è nelle piccole cose che si vede "
            "l'amore che esiste tra le persone che vivono insieme e che condividono la stessa casa per tanti anni.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(RELATED_BOX))
def test_related_header_with_teasers_closes_the_article(language):
    header, teasers, others = RELATED_BOX[language]
    page = ["Menu"] + ARTICLE[language] + [header] + teasers + others + ["Contatti"]
    result = strip_boilerplate(page, language)
    assert result.body == ARTICLE[language]
    assert any(r.text == header and r.category == "related_links" for r in result.removed)


# --- Lists of parallel items that belong to the article (dates, numbered picks, results).

ITEM_LISTS = {
    "en": (
        "Tour dates:",
        ["June 9 – Springfield, IL @ Riverside Hall", "June 11 – Dayton, OH @ Fairground Arena",
         "June 14 – Erie, PA @ Lakeside Pavilion", "June 17 – Albany, NY @ Capitol Theatre"],
    ),
    "de": (
        "Unsere Empfehlungen:",
        ["1. Wanderschuhe Modell Alpin, 89 Euro", "https://example.com/a1",
         "2. Regenjacke Nordwind, 120 Euro", "https://example.com/a2",
         "3. Thermoskanne Classic, 25 Euro", "https://example.com/a3"],
    ),
    "fr": (
        "Les résultats",
        ["Saint-Malo (3-1) : Durand 2 buts, Petit 1 but.", "Rennes B (1-3) : Moreau 1 but.",
         "Vannes (2-2) : Lefèvre 1 but, Roux 1 but.", "Lorient B (2-2) : Girard 2 buts."],
    ),
    "es": (
        "Resultados de la jornada",
        ["Getafe B (2-0): Ruiz 1 gol, Navarro 1 gol.", "Leganés C (0-2): sin goles.",
         "Alcorcón B (1-1): Serrano 1 gol.", "Móstoles (1-1): Castro 1 gol."],
    ),
}


@pytest.mark.parametrize("language", sorted(ITEM_LISTS))
def test_item_list_after_the_article_is_kept(language):
    lead, items = ITEM_LISTS[language]
    page = ["Home", "News"] + ARTICLE[language] + [lead] + items + ["Contact", "Impressum"]
    result = strip_boilerplate(page, language)
    assert result.body == ARTICLE[language] + [lead] + items


@pytest.mark.parametrize("language", ["en", "de"])
def test_item_list_far_from_the_article_or_behind_a_related_header_is_dropped(language):
    _, items = ITEM_LISTS[language]
    far = ["Home"] + ARTICLE[language] + ["Contact", "Imprint", "Jobs"] + items
    assert strip_boilerplate(far, language).body == ARTICLE[language]
    header = {"en": "Most read", "de": "Meistgelesen"}[language]
    boxed = ["Home"] + ARTICLE[language] + [header] + items
    assert strip_boilerplate(boxed, language).body == ARTICLE[language]


# --- Menus: runs of short title-case labels are not crossed by the body.

MENUS = {
    "en": ("World Africa Americas Asia Europe India|Middle East|United Kingdom|US Politics|Business Markets "
           "Tech Media Success Health Food Fitness Wellness Parenting Style Arts Design Fashion Travel Sports|"
           "Live TV|Audio|Weather|About Us|Contact|Newsletters|Careers",
           "Our station has served the valley since 1962 and we are proud of the journalists who report from "
           "every town in the region, in the good years and in the hard ones, for the people who live here."),
    "de": ("Politik Wirtschaft Panorama Sport Kultur Netzwelt Wissenschaft Gesundheit Reise Auto Karriere|"
           "Deutschland|Ausland|Europa|Bundesliga|Formel 1|Fernsehen|Kino|Musik|Literatur|Spiele|Podcasts|"
           "Impressum|Kontakt|Jobs|Archiv|Abo|Shop",
           "Unsere Zeitung berichtet seit 1962 aus dem ganzen Tal, und wir sind stolz auf die Journalisten, die "
           "in guten wie in schweren Jahren aus jeder Stadt der Region für die Menschen hier berichten."),
}


@pytest.mark.parametrize("language", sorted(MENUS))
def test_long_menu_is_not_crossed_by_the_body(language):
    labels, blurb = MENUS[language]
    items = [w for chunk in labels.split("|") for w in ([chunk] if " " in chunk and len(chunk.split()) <= 2 else chunk.split())]
    page = ["Home"] + ARTICLE[language] + items + [blurb]
    result = strip_boilerplate(page, language)
    assert result.body == ARTICLE[language]
    menu_removed = [r for r in result.removed if r.text in items]
    assert len(menu_removed) == len(items) and all(r.category != "other" for r in menu_removed)


def test_short_sentence_case_items_and_table_rows_are_not_menus():
    from newsmill.boilerplate.lists import menu_runs

    kit = ["Our kit is simple:", "Bottled water", "A warm jacket", "Trail snacks", "First aid kit", "Sun cream"]
    assert menu_runs(kit) == set()
    table = ["Ticker", "Security", "Last", "Change", "HD", "HOME DEPOT INC.", "225.86", "-12.99", "-5.44%", "LOW", "113.40"]
    assert menu_runs(table) == set()
    assert menu_runs(["Politique", "Économie", "Culture", "Sport", "Météo"]) == {0, 1, 2, 3, 4}
    assert menu_runs(["Política", "Economía", "Cultura", "Deportes", "Internacional"]) == {0, 1, 2, 3, 4}


# --- An inline "Related: Headline" link inside a long article does not close it (a bare
# "Related stories" header over a box does).

INLINE_RELATED = {
    "en": ("Related: Ferry timetable to change in the spring", ("First", "Then", "Later", "Meanwhile", "Finally", "Also", "Still", "Again", "Today")),
    "de": ("Lesen Sie auch: Fahrplan der Fähre ändert sich im Frühjahr", ("Zuerst", "Dann", "Später", "Inzwischen", "Schließlich", "Auch", "Noch", "Wieder", "Heute")),
    "fr": ("À lire aussi : les horaires du bac changent au printemps", ("D'abord", "Ensuite", "Plus tard", "Entre-temps", "Enfin", "Aussi", "Encore", "Puis", "Aujourd'hui")),
    "es": ("Te puede interesar: cambia el horario del ferri en primavera", ("Primero", "Luego", "Después", "Mientras", "Finalmente", "También", "Además", "Otra vez", "Hoy")),
}


@pytest.mark.parametrize("language", sorted(INLINE_RELATED))
def test_inline_related_link_does_not_close_a_long_article(language):
    link, openers = INLINE_RELATED[language]
    text = ARTICLE[language][0] + " " + ARTICLE[language][1]
    paragraphs = [f"{opener}, {text[0].lower()}{text[1:]}" for opener in openers]
    page = ["Menu", "Home", *paragraphs[:7], link, *paragraphs[7:], "© 2024 Example"]
    result = strip_boilerplate(page, language)
    assert result.body == paragraphs
    assert any(r.text == link and r.category == "related_links" for r in result.removed)


# --- Short one-sentence paragraphs in a short-line house style stay with the text around them.

SHORT_LINES = {
    "en": ["The mayor did not answer the question.", "Nobody else in the room spoke.", "Then the vote came."],
    "de": ["Die Bürgermeisterin antwortete nicht.", "Niemand sonst im Saal sagte etwas.", "Dann kam die Abstimmung."],
    "fr": ["La maire n'a pas répondu à la question.", "Personne d'autre n'a parlé.", "Puis le vote est arrivé."],
    "es": ["La alcaldesa no respondió a la pregunta.", "Nadie más en la sala habló.", "Entonces llegó la votación."],
}


@pytest.mark.parametrize("language", sorted(SHORT_LINES))
def test_short_sentence_paragraphs_between_text_stay(language):
    a, b, c = ARTICLE[language]
    s1, s2, s3 = SHORT_LINES[language]
    article = [a, s1, s2, b, s3, c]
    page = ["Home", "News", "Sport", "Weather", *article, "Most read", "Ferry timetable to change", "© 2024 Example"]
    assert strip_boilerplate(page, language).body == article


# --- A subhead playing on reported speech is not a comment header.


@pytest.mark.parametrize("text", ["He said, she said", "Er sagt, sie sagt", "Il dit, elle dit", "Él dice, ella dice"])
def test_reported_speech_subhead_is_not_a_comment_header(text):
    from newsmill.boilerplate import _is_end_zone

    assert not _is_end_zone(text)


@pytest.mark.parametrize("text", ["jdoe says:", "Max Muster schreibt:", "Jean a écrit :", "ana_p escribió:"])
def test_comment_headers_still_open_the_comment_zone(text):
    from newsmill.boilerplate import _is_end_zone

    assert _is_end_zone(text)


# --- A page with no prose whose article is item lists (a results roundup) keeps the lists.

ROUNDUP = {
    "en": ("GIRLS HOCKEY", "Northside d. Lakeview 4-2", "Northside (3-1): {} 2 goals. Goalkeeper 21 saves.", "Lakeview (1-3): {} 1 goal, 1 assist."),
    "de": ("FRAUEN HANDBALL", "Nordstadt - Seeblick 28:24", "Nordstadt (3-1): {} 9 Tore. Torhüterin 12 Paraden.", "Seeblick (1-3): {} 7 Tore, 2 Vorlagen."),
    "fr": ("HANDBALL FÉMININ", "Nordville bat Lacvue 28-24", "Nordville (3-1) : {} 9 buts. Gardienne 12 arrêts.", "Lacvue (1-3) : {} 7 buts, 2 passes."),
    "es": ("BALONMANO FEMENINO", "Norte vence a Lago 28-24", "Norte (3-1): {} 9 goles. Portera 12 paradas.", "Lago (1-3): {} 7 goles, 2 asistencias."),
}


@pytest.mark.parametrize("language", sorted(ROUNDUP))
def test_results_roundup_without_prose_keeps_its_lists(language):
    head, score, home, away = ROUNDUP[language]
    names = ["Ada Moss", "Bea Lind", "Cleo Hart", "Dana Roy", "Eva Stone", "Fay Ward"]
    items = []
    for k in range(3):
        items += [score.replace("4", str(k + 4)), home.format(names[2 * k]), away.format(names[2 * k + 1])]
    page = ["Home", "Sports", "Schools", "Weather", "Roundup of the night", head, *items, "© 2024 Example Media"]
    body = strip_boilerplate(page, language).body
    assert [p for p in items if "(" in p] == [p for p in body if "(" in p]
    assert "Home" not in body and "© 2024 Example Media" not in body


# --- Short sentences right after the last long paragraph continue the article (short-line style);
# a short "Advert" label does not.

TAIL_SHORTS = {
    "en": ["Or for a quiet walk on a Sunday.", "The pier will be ready for that!"],
    "de": ["Oder für einen ruhigen Spaziergang am Sonntag.", "Der Steg wird dafür bereit sein!"],
    "fr": ["Ou pour une promenade tranquille le dimanche.", "La jetée sera prête pour cela !"],
    "es": ["O para un paseo tranquilo el domingo.", "¡El muelle estará listo para eso!"],
}


@pytest.mark.parametrize("language", sorted(TAIL_SHORTS))
def test_short_sentences_after_the_text_continue_it(language):
    a, b, _ = ARTICLE[language]
    article = [a, b, *TAIL_SHORTS[language]]
    page = ["Home", "News", "Sport", "Weather", "Advert", *article, "Privacy", "Contact", "About us", "Jobs"]
    result = strip_boilerplate(page, language)
    assert result.body == article
    assert any(r.text == "Advert" and r.category == "advertisement" for r in result.removed)


# --- A bare "Top stories" header over headline + summary teasers closes the article.

TOP_STORIES = {
    "en": ("Top stories", [("Ferry timetable to change in spring", "The operator said on Friday that the first boat will leave half an hour earlier from April."),
                           ("Old lighthouse to open as a museum", "Volunteers have restored the tower and its lamp, which visitors will be able to see from June.")]),
    "de": ("Meistgelesen", [("Fahrplan der Fähre ändert sich im Frühjahr", "Der Betreiber teilte am Freitag mit, dass das erste Boot ab April eine halbe Stunde früher ablegt."),
                            ("Alter Leuchtturm wird zum Museum", "Freiwillige haben den Turm und seine Lampe restauriert, die Besucher ab Juni sehen können.")]),
    "fr": ("Les plus lus", [("Les horaires du bac changent au printemps", "L'exploitant a annoncé vendredi que le premier bateau partira une demi-heure plus tôt dès avril."),
                            ("Le vieux phare devient un musée", "Des bénévoles ont restauré la tour et sa lampe, que les visiteurs pourront voir dès le mois de juin.")]),
    "es": ("Lo más leído", [("Cambia el horario del ferri en primavera", "La empresa anunció el viernes que el primer barco saldrá media hora antes a partir de abril."),
                            ("El viejo faro se convierte en museo", "Los voluntarios han restaurado la torre y su lámpara, que los visitantes podrán ver desde junio.")]),
}


@pytest.mark.parametrize("language", sorted(TOP_STORIES))
def test_top_stories_header_over_headline_summary_teasers_closes_the_article(language):
    header, teasers = TOP_STORIES[language]
    article = list(ARTICLE[language][:3])
    a, b = ARTICLE[language][0], ARTICLE[language][1]
    # Long teaser summaries that read like article text: only the box header tells them apart.
    page = ["Home", "News", "Sport", "Weather", *article, header]
    for head, summary in teasers:
        page += [head, summary + " " + a]
    page += [b.replace(b.split()[0], "Then", 1)]
    result = strip_boilerplate(page, language)
    assert result.body == article


# --- The body's own edges: a quote introduced by "X says:", a live blog's clock stamps, and a
# short closing line of reported speech.

BODY_LINES = [
    "The harbour board met on Tuesday night and agreed, after a long debate, to rebuild the old sea wall before the winter storms arrive.",
    "Residents of the waterfront have asked the council for years to repair the wall, which was damaged in two storms last spring.",
    "The work will start in March and is expected to last until the end of next year, the board's engineers told the meeting.",
]


BODY_LINES_DE = [
    "Der Hafenrat hat am Dienstagabend nach einer langen Debatte beschlossen, die alte Mauer noch vor den Winterstürmen neu zu bauen.",
    "Die Anwohner am Wasser hatten den Rat seit Jahren gebeten, die Mauer zu reparieren, die im Frühjahr bei zwei Stürmen beschädigt wurde.",
    "Die Arbeiten sollen im März beginnen und bis zum Ende des nächsten Jahres dauern, sagten die Ingenieure des Rates in der Sitzung.",
]


@pytest.mark.parametrize(
    "lang, lines, intro, quoted, after",
    [
        ("en", BODY_LINES, "Reporter Dana Whitcombe says:",
         "“The water came over the wall twice this week, and the road behind it was closed for a day each time.”",
         "The board will publish the engineers' full report on its website next month, together with the cost estimate."),
        ("de", BODY_LINES_DE, "Die Sprecherin Lena Kraft sagt:",
         "„Das Wasser kam diese Woche zweimal über die Mauer, und die Straße dahinter war jeweils einen Tag gesperrt.“",
         "Der Rat will den Bericht der Ingenieure im nächsten Monat auf seiner Seite veröffentlichen, zusammen mit den Kosten."),
    ],
)
def test_says_colon_over_a_quoted_paragraph_introduces_a_quote_not_comments(lang, lines, intro, quoted, after):
    page = ["Home", "News", "Sport", *lines, intro, quoted, after, "Contact", "© 2024 Example"]
    body = strip_boilerplate(page, lang).body
    assert quoted in body and after in body


def test_a_comment_header_over_unquoted_words_still_closes_the_article():
    page = [*BODY_LINES, "harbourfan says:", "I have lived by that wall for thirty years and it has never been this bad, fix it now please."]
    body = strip_boilerplate(page, "en").body
    assert body == BODY_LINES


def test_live_blog_clock_stamps_do_not_split_the_article():
    page = [
        "Live: the harbour storm.",
        "6:05 p.m.",
        "The storm reached the harbour in the late afternoon, and the coast guard closed the port to all ferries until the morning.",
        "Waves broke over the old sea wall twice within an hour, flooding the road behind it and the car park of the ferry terminal.",
        "4:40 p.m.:",
        "The weather service raised its warning to the highest level for the coast and asked residents to stay away from the waterfront.",
        "Schools near the harbour closed early, and buses were sent to take the children home before the wind became too strong.",
    ]
    body = strip_boilerplate(page, "en").body
    assert body == [page[2], page[3], page[5], page[6]]


def test_a_short_closing_line_of_reported_speech_stays_in_the_body():
    closing = "“Ask the engineers,” Mayor Whitcombe replied."
    page = ["Home", "News", *BODY_LINES, closing, "Contact us", "© 2024 Example"]
    assert strip_boilerplate(page, "en").body == [*BODY_LINES, closing]


def test_sentences_introducing_stripped_embeds_stay_in_the_body():
    # The embedded posts were lost in rendering; the sentences that introduced them are text.
    lines = [
        "The council's candidates debated on Tuesday night, and their rivals across town watched and commented online.",
        "As the candidates argued over the harbour budget, Mayor Whitcombe pointed out that the sea wall was still broken:",
        "When the debate turned to the ferry timetable, her deputy reminded viewers that he had proposed a new one in May:",
        "And after two hours of the debate, Whitcombe said she was “proud of this town.”",
    ]
    page = ["Home", "News", *lines, "Contact us", "© 2024 Example"]
    assert strip_boilerplate(page, "en").body == lines
