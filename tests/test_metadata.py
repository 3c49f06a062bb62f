"""extract_metadata on documents written for the tests (en, de, fr, es; article texts and full pages),
with a stub Stripped (as if boilerplate stripping had found nothing) and with the real stage, plus the seeds."""

import datetime as dt
from pathlib import Path

import pytest

from newsmill.boilerplate import Removed, Stripped, strip_boilerplate
from newsmill.decode import decode
from newsmill.metadata import Metadata, extract_metadata
from newsmill.segment import segment

D = dt.date
RAW = Path(__file__).resolve().parent.parent / "raw"

BODY_EN = [
    "The city council approved the new tram line on Tuesday evening after a debate that lasted more than "
    "six hours, ending a dispute that had divided the northern districts for almost a decade.",
    "Supporters said the line would cut commuting times in half, while opponents warned that the cost of "
    "the project had already doubled since the first estimate was published in 2019.",
    "Construction is expected to begin next spring, according to Reuters, and the first trams should run "
    "by the end of 2027 if the regional government releases its share of the funding.",
]
BODY_DE = [
    "Der Stadtrat hat am Dienstagabend nach mehr als sechs Stunden Debatte die neue Straßenbahnlinie "
    "beschlossen und damit einen Streit beendet, der die nördlichen Bezirke fast zehn Jahre gespalten hat.",
    "Befürworter sagen, die Linie halbiere die Fahrzeiten, während Gegner warnen, die Kosten hätten sich "
    "seit der ersten Schätzung aus dem Jahr 2019 bereits verdoppelt, wie die Verwaltung einräumte.",
]
BODY_FR = [
    "Le conseil municipal a approuvé mardi soir la nouvelle ligne de tramway après un débat de plus de six "
    "heures, mettant fin à un différend qui divisait les quartiers nord depuis près de dix ans.",
    "Les partisans affirment que la ligne réduira de moitié les temps de trajet, tandis que les opposants "
    "rappellent que le coût du projet a déjà doublé depuis la première estimation publiée en 2019.",
]
BODY_ES = [
    "El ayuntamiento aprobó el martes por la noche la nueva línea de tranvía tras un debate de más de seis "
    "horas, poniendo fin a una disputa que dividía a los barrios del norte desde hacía casi una década.",
    "Los partidarios aseguran que la línea reducirá a la mitad los tiempos de viaje, mientras que los "
    "opositores recuerdan que el coste del proyecto ya se ha duplicado desde la primera estimación de 2019.",
]


def meta(paragraphs, language="en", stripped=None):
    return extract_metadata(paragraphs, stripped or Stripped(body=list(paragraphs)), language)


# ---------------------------------------------------------------- article texts, one per house style


def test_english_title_byline_outlet_date():
    doc = ["Council approves northern tram line after six-hour debate", "By Priya Raman", "Example News",
           "3 April 2024", *BODY_EN]
    m = meta(doc)
    assert m == Metadata(title="Council approves northern tram line after six-hour debate",
                         published_date=D(2024, 4, 3), authors=["Priya Raman"], outlet="Example News")


def test_english_us_style_date_and_source_line():
    doc = ["Council approves northern tram line", "April 3, 2024 6:15 pm", "[Source: Example Wire Service]",
           *BODY_EN]
    m = meta(doc)
    assert m.title == "Council approves northern tram line"
    assert m.published_date == D(2024, 4, 3)
    assert m.syndicated_from == "Example Wire Service"
    assert m.outlet is None


def test_date_glued_before_the_first_line():
    doc = ["date 2024-04-03 " + BODY_EN[0], *BODY_EN[1:]]
    m = meta(doc)
    assert m.published_date == D(2024, 4, 3)
    assert m.title is None
    assert m.authors == []


def test_glued_date_before_a_headline_leaves_the_headline():
    doc = ["date 2024-04-03 Council approves northern tram line", *BODY_EN]
    m = meta(doc)
    assert m.published_date == D(2024, 4, 3)
    assert m.title == "Council approves northern tram line"


def test_german_byline_and_trailing_agency_credit():
    doc = ["datum 2024-04-03 Startseite Politik", "Von: Jana Köhler",
           "Der Stadtrat beschließt die neue Linie im Norden.", *BODY_DE[:-1],
           BODY_DE[-1] + " (kor/dpa)"]
    m = meta(doc, "de")
    assert m.published_date == D(2024, 4, 3)
    assert m.authors == ["Jana Köhler"]
    assert m.syndicated_from == "dpa"
    assert m.title is None  # a breadcrumb and a teaser, no headline


def test_german_date_line_and_two_authors():
    doc = ["Stadtrat beschließt neue Straßenbahnlinie", "Von Jana Köhler und Malte Brandt",
           "Veröffentlicht am 3. März 2023, 14:30 Uhr", *BODY_DE]
    m = meta(doc, "de")
    assert m.title == "Stadtrat beschließt neue Straßenbahnlinie"
    assert m.authors == ["Jana Köhler", "Malte Brandt"]
    assert m.published_date == D(2023, 3, 3)


def test_french_publie_le_and_agency_dateline():
    doc = ["Le conseil municipal adopte la ligne de tramway du nord", "Par Camille Lefèvre et Hugo Marchand",
           "Publié le 12 janvier 2024 à 18h05, mis à jour le 13 janvier 2024 à 09h00",
           "Lyon (AFP) - " + BODY_FR[0], *BODY_FR[1:]]
    m = meta(doc, "fr")
    assert m.title == "Le conseil municipal adopte la ligne de tramway du nord"
    assert m.authors == ["Camille Lefèvre", "Hugo Marchand"]
    assert m.published_date == D(2024, 1, 12)
    assert m.syndicated_from == "AFP"


def test_spanish_byline_role_date_and_efe():
    doc = ["El ayuntamiento aprueba la línea de tranvía del norte", "Por Lucía Ferrer, corresponsal",
           "12 de enero de 2024", *BODY_ES, "(EFE)"]
    m = meta(doc, "es")
    assert m.title == "El ayuntamiento aprueba la línea de tranvía del norte"
    assert m.authors == ["Lucía Ferrer"]
    assert m.published_date == D(2024, 1, 12)
    assert m.syndicated_from == "EFE"


def test_numeric_dates_read_from_context():
    doc = ["Council approves northern tram line", "15/10/2021", *BODY_EN]
    assert meta(doc).published_date == D(2021, 10, 15)
    ambiguous = ["Council approves northern tram line", "03/04/2024", *BODY_EN]
    assert meta(ambiguous, "en").published_date == D(2024, 4, 3)  # day-first by default
    assert meta(ambiguous, "fr").published_date == D(2024, 4, 3)
    american = ["Council approves northern tram line", "03/04/2024 8:15 a.m. EDT", *BODY_EN]
    assert meta(american, "en").published_date == D(2024, 3, 4)
    # another header date shows the order: 10/28/2023 is month-first, so 03/04/2024 is too
    hinted = ["Council approves northern tram line", "Published 03/04/2024", "Updated 10/28/2024", *BODY_EN]
    assert meta(hinted, "en").published_date == D(2024, 3, 4)


def test_body_dates_and_agency_mentions_are_not_metadata():
    doc = ["Council approves northern tram line", *BODY_EN,
           "The previous vote, on 12 March 2019, had failed, Reuters reported."]
    m = meta(doc)
    assert m.published_date is None
    assert m.syndicated_from is None


def test_caption_is_not_a_title_and_its_date_is_not_the_date():
    doc = ["Trams in the northern depot. Photo: 2 April 2024Image source, Example Agency", "Image caption,",
           "The new trams will be built in Spain", "By Priya Raman", "Example News", *BODY_EN]
    m = meta(doc)
    assert m.title is None
    assert m.published_date is None
    assert m.authors == ["Priya Raman"]
    assert m.outlet == "Example News"


def test_headline_printed_twice_with_teaser():
    doc = ["'A decade of waiting': council backs tram line", "The northern districts finally get their tram.",
           "'A decade of waiting': council backs tram line", *BODY_EN]
    assert meta(doc).title == "'A decade of waiting': council backs tram line"


def test_copyright_gives_the_outlet_when_nothing_better():
    doc = ["Council approves northern tram line", *BODY_EN, "© 2024 Example Media. All rights reserved."]
    assert meta(doc).outlet == "Example Media"
    doc2 = ["Council approves northern tram line", "By Priya Raman", "Example News", *BODY_EN,
            "© 2024 Example Media. All rights reserved."]
    assert meta(doc2).outlet == "Example News"


def test_empty_and_body_only_documents():
    assert meta([]) == Metadata()
    m = meta(BODY_EN)
    assert m == Metadata()


# ---------------------------------------------------------------- full pages


def test_full_page_header_zone():
    menu = ["Home", "World", "Business", "Sport", "Culture", "Newsletters", "Sign in"]
    related = ["Most read", "Mayor resigns after budget row", "Storm closes ports on the east coast"]
    header = ["Council approves northern tram line after six-hour debate",
              "The vote ends a decade-long dispute over the route through the northern districts.",
              "By Priya Raman, Senior Reporter", "Published 3 March 2023, Updated 4 March 2023",
              "Email the author", "4 min read"]
    footer = ["Share this article", "© 2023 Example Media. All rights reserved.", "Privacy policy"]
    doc = menu + related + header + BODY_EN + footer
    m = meta(doc)
    assert m.title == "Council approves northern tram line after six-hour debate"
    assert m.published_date == D(2023, 3, 3)
    assert m.authors == ["Priya Raman"]
    assert m.outlet == "Example Media"


def test_full_page_bare_name_and_numeric_date_lines():
    doc = ["Menu", "Search", "Opinion", "Why the tram line matters for the north", "Lea Brandt", "11.14.2023 09:00",
           *BODY_EN]
    m = meta(doc)
    assert m.title == "Why the tram line matters for the north"
    assert m.authors == ["Lea Brandt"]
    assert m.published_date == D(2023, 11, 14)


def test_full_page_lone_by_line_and_name_date_line():
    doc = ["Sections", "Council approves northern tram line", "By", "Priya Raman", "Example Herald", *BODY_EN]
    m = meta(doc)
    assert m.authors == ["Priya Raman"]
    assert m.outlet == "Example Herald"
    doc2 = ["Council approves northern tram line", "Tom Okafor - Nov 19, 2023, 10:31 pm CST", *BODY_EN]
    m2 = meta(doc2)
    assert m2.authors == ["Tom Okafor"]
    assert m2.published_date == D(2023, 11, 19)


def test_full_page_agency_line_with_date():
    doc = ["Council approves northern tram line", "Associated Press November 19, 2023, 9:02 AM", *BODY_EN]
    m = meta(doc)
    assert m.syndicated_from == "AP"
    assert m.published_date == D(2023, 11, 19)
    assert m.authors == []


def test_headline_with_site_suffix():
    doc = ["Council approves northern tram line | Example News", "3 April 2024", *BODY_EN]
    m = meta(doc)
    assert m.title == "Council approves northern tram line"
    assert m.outlet == "Example News"


# ---------------------------------------------------------------- working with the boilerplate stage's output


def test_uses_stripped_title_and_removed_blocks():
    doc = ["Lea Brandt", "Council approves northern tram line", *BODY_EN]
    stripped = Stripped(
        body=list(BODY_EN),
        removed=[Removed(0, "Lea Brandt", "byline", "test"),
                 Removed(1, "Council approves northern tram line", "title", "test")],
        title="Council approves northern tram line",
    )
    m = extract_metadata(doc, stripped, "en")
    assert m.title == "Council approves northern tram line"
    assert m.authors == ["Lea Brandt"]


def test_implausible_stripped_title_is_replaced():
    doc = ["Council approves northern tram line", "By Priya Raman", "3 April 2024", *BODY_EN]
    for bad in ("By Priya Raman", "3 April 2024", "Priya Raman"):
        m = extract_metadata(doc, Stripped(body=list(BODY_EN), title=bad), "en")
        assert m.title == "Council approves northern tram line", bad


def test_removed_caption_is_never_the_title():
    doc = ["Trams wait in the northern depot", "Council approves northern tram line", "By Priya Raman", *BODY_EN]
    stripped = Stripped(body=list(BODY_EN), removed=[Removed(0, doc[0], "caption", "test")])
    assert extract_metadata(doc, stripped, "en").title == "Council approves northern tram line"


def test_real_boilerplate_stage_on_a_written_page():
    doc = ["Council approves northern tram line after six-hour debate", "By Priya Raman and Tom Okafor",
           "Example News", "Published 3 April 2024", *BODY_EN, "Share this article"]
    m = extract_metadata(doc, strip_boilerplate(doc, "en"), "en")
    assert m.title == "Council approves northern tram line after six-hour debate"
    assert m.authors == ["Priya Raman", "Tom Okafor"]
    assert m.outlet == "Example News"
    assert m.published_date == D(2024, 4, 3)


def test_deterministic():
    doc = ["Council approves northern tram line", "By Priya Raman", "3 April 2024", *BODY_EN]
    assert meta(doc) == meta(doc)


# ---------------------------------------------------------------- seeds


def _seed(prefix):
    path = next(RAW.glob(prefix + "_*.txt"))
    return segment(decode(path.read_bytes()).text)


SEED_EXPECTED = {
    "000": {"published_date": D(2022, 11, 26)},
    "001": {"title": "\"Share their pain\": Putin meets soldiers' mothers"},
    "002": {"authors": ["Jaroslav Lukiv"], "outlet": "BBC News"},
    "003": {"syndicated_from": "BBC News", "published_date": D(2022, 11, 26),
            "title": "Putin tells Russian soldiers' mothers he shares their pain"},
    "004": {"published_date": D(2022, 11, 25), "authors": ["Daniel Dillman"], "syndicated_from": "dpa"},
}


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTED))
@pytest.mark.parametrize("stage", ["stub", "real"])
def test_seeds(prefix, stage):
    if not any(RAW.glob(prefix + "_*.txt")):
        pytest.skip("seed sample not in raw/")
    paragraphs = _seed(prefix)
    stripped = Stripped(body=list(paragraphs)) if stage == "stub" else strip_boilerplate(paragraphs, "en")
    m = extract_metadata(paragraphs, stripped, "en")
    for name, value in SEED_EXPECTED[prefix].items():
        assert getattr(m, name) == value, name


def test_seed_002_has_no_caption_title_and_no_caption_date():
    if not any(RAW.glob("002_*.txt")):
        pytest.skip("seed sample not in raw/")
    m = meta(_seed("002"))
    assert m.title is None
    assert m.published_date is None


def test_single_paragraph_article_with_trailing_credit():
    doc = ["Der Stadtrat hat die neue Linie beschlossen, teilte die Verwaltung am Abend mit (ans/dpa)"]
    assert meta(doc, "de").syndicated_from == "dpa"


def test_name_followed_by_agency_line():
    doc = ["Teachers rally at the state capitol", "Tom Okafor Associated Press", "Published 3:15 p.m. ET Nov. 19, 2023",
           *BODY_EN]
    m = meta(doc)
    assert m.title == "Teachers rally at the state capitol"
    assert m.authors == ["Tom Okafor"]
    assert m.syndicated_from == "AP"
    assert m.published_date == D(2023, 11, 19)


def test_time_only_lines_and_us_clock():
    doc = ["Related: Mayor resigns after budget row", "Jane Roe", "11/12/23 4:40PM",
           "Council approves northern tram line", "Lea Brandt", "Monday 5:30PM", *BODY_EN]
    m = meta(doc, None)
    assert m.title == "Council approves northern tram line"


@pytest.mark.parametrize(
    "bad",
    [
        "Jane Roe Senior Contributor",
        "Jane Roe and Tom Okafor Example Times",
        "Example TV, Associated Press",
        "Jane Roe/Example Agency",
        "By Staff Reports -",
        "Trams wait in the depot on Monday.Credit...Jane Roe/Example Agency",
        "13/06/2023 Jane Roe All, Reviews, News",
        "Media playback is unsupported on your device",
        "Posted on March 30, 2023 by Admin",
        "Council approves northern tram line,...",
    ],
)
def test_implausible_titles_from_the_boilerplate_stage(bad):
    doc = ["Council approves northern tram line", "By Priya Raman", "3 April 2024", *BODY_EN]
    m = extract_metadata(doc, Stripped(body=list(BODY_EN), title=bad), "en")
    assert m.title == "Council approves northern tram line"


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© Copyright Example Gazette 2023", "Example Gazette"),
        ("©2023 Example Media", "Example Media"),
        ("© Copyright 2023, The Example-Review | Terms of Service | Privacy Policy", "The Example-Review"),
        ("Copyright and Reprint", None),
        ("Copyright Policy", None),
    ],
)
def test_copyright_footer_holders(footer, outlet):
    doc = ["Council approves northern tram line", *BODY_EN, footer]
    assert meta(doc).outlet == outlet
