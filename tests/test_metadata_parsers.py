"""Unit tests of the small metadata parsers: dates, bylines, source credits (inputs written for the tests)."""

import datetime as dt

import pytest

from newsmill.metadata import parse_byline, parse_date, parse_source_credit
from newsmill.metadata.credits import looks_like_outlet, trailing_agency
from newsmill.metadata.dates import numeric_order

D = dt.date


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("date 2023-05-14 The council voted on Tuesday", None, D(2023, 5, 14)),
        ("April 3, 2024 6:15 pm", "en", D(2024, 4, 3)),
        ("Apr. 3rd 2024", "en", D(2024, 4, 3)),
        ("3 April 2024", "en", D(2024, 4, 3)),
        ("Wednesday 3 April 2024 09:12 BST", "en", D(2024, 4, 3)),
        ("Publié le 9 février 2024 à 07h40", "fr", D(2024, 2, 9)),
        ("Mis à jour le 1er mars 2024", "fr", D(2024, 3, 1)),
        ("Veröffentlicht am 7. Oktober 2023, 14:30 Uhr", "de", D(2023, 10, 7)),
        ("Stand: 02.11.2023 11:05 Uhr", "de", D(2023, 11, 2)),
        ("Publicado el 21 de agosto de 2023", "es", D(2023, 8, 21)),
        ("21 agosto 2023", "it", D(2023, 8, 21)),
        ("21 de setembro de 2023", "pt", D(2023, 9, 21)),
        ("21 maart 2023", "nl", D(2023, 3, 21)),
        ("2023-08-21T06:00:00Z", None, D(2023, 8, 21)),
        ("2023-08-21T06:00:00+02:00", None, D(2023, 8, 21)),
        ("14-Jun-2022", None, D(2022, 6, 14)),
        ("Sept. 9, 2021", "en", D(2021, 9, 9)),
    ],
)
def test_parse_date_shapes(text, language, expected):
    assert parse_date(text, language) == expected


def test_parse_date_none_without_a_full_date():
    assert parse_date("Updated 4 March") is None
    assert parse_date("3 hours ago") is None
    assert parse_date("The 1990s were different") is None
    assert parse_date("") is None
    assert parse_date("31/02/2024") is None  # no such day
    assert parse_date("3 mai maison 2023") is None  # "mai" inside a word is no month


def test_published_beats_updated_in_either_order():
    assert parse_date("Published 3 March 2023, Updated 4 March") == D(2023, 3, 3)
    assert parse_date("Published 3 March 2023, Updated 4 March 2023") == D(2023, 3, 3)
    assert parse_date("Updated 4 March 2023 · Published 3 March 2023") == D(2023, 3, 3)
    assert parse_date("Aktualisiert am 5.4.2023, veröffentlicht am 4.4.2023") == D(2023, 4, 4)
    assert parse_date("Actualizado 10/05/2023 – Publicado 09/05/2023") == D(2023, 5, 9)


def test_updated_date_only_when_nothing_else():
    assert parse_date("Last updated 8 June 2023") == D(2023, 6, 8)


def test_numeric_component_above_twelve_decides():
    assert parse_date("15/10/2021") == D(2021, 10, 15)
    assert parse_date("10/15/2021") == D(2021, 10, 15)
    assert parse_date("15/10/2021", "en", month_first=True) == D(2021, 10, 15)


def test_ambiguous_numeric_dates_day_first_by_default():
    assert parse_date("03/04/2024") == D(2024, 4, 3)
    assert parse_date("03/04/2024", "fr") == D(2024, 4, 3)
    assert parse_date("03/04/2024", "de") == D(2024, 4, 3)
    assert parse_date("03/04/2024", "en") == D(2024, 4, 3)  # English without US signs: day-first


def test_ambiguous_numeric_dates_month_first_for_american_english():
    assert parse_date("03/04/2024 8:15 a.m. EDT", "en") == D(2024, 3, 4)
    assert parse_date("03/04/2024 8:15 a.m. EDT", "es") == D(2024, 4, 3)  # not English: day-first
    assert parse_date("03/04/2024", "en", month_first=True) == D(2024, 3, 4)


def test_dotted_numeric_dates_are_always_day_first():
    assert parse_date("03.04.2024", "en", month_first=True) == D(2024, 4, 3)
    assert numeric_order(3, 4, ".", True) == (3, 4)


def test_two_digit_years():
    assert parse_date("15.10.21") == D(2021, 10, 15)
    assert parse_date("12/31/99") == D(1999, 12, 31)


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Priya Raman", ["Priya Raman"]),
        ("BY PRIYA RAMAN", ["Priya Raman"]),
        ("By Priya Raman and Tom Okafor", ["Priya Raman", "Tom Okafor"]),
        ("By Priya Raman, Tom Okafor and Lea Brandt", ["Priya Raman", "Tom Okafor", "Lea Brandt"]),
        ("By Priya Raman, Senior Reporter", ["Priya Raman"]),
        ("By Priya Raman, Staff Writer, and Tom Okafor, Correspondent", ["Priya Raman", "Tom Okafor"]),
        ("By Priya Raman, Example Herald", ["Priya Raman"]),
        ("By Priya Raman | 3 April 2024 | 5 min read", ["Priya Raman"]),
        ("By Priya Raman April 3, 2024, 6:15 PM EDT", ["Priya Raman"]),
        ("By Priya Raman Email the author", ["Priya Raman"]),
        ("By Priya RamanStaff Writer", ["Priya Raman"]),
        ("By Priya Raman @praman", ["Priya Raman"]),
        ("Written by Priya Raman. Edited by Tom Okafor", ["Priya Raman"]),
        ("By Priya Raman; edited by Tom Okafor", ["Priya Raman"]),
        ("Von Jana Köhler", ["Jana Köhler"]),
        ("Von Jana Köhler und Malte Brandt", ["Jana Köhler", "Malte Brandt"]),
        ("Von: Jana Köhler", ["Jana Köhler"]),
        ("Of: Jana Köhler", ["Jana Köhler"]),  # machine-translated "Von:"
        ("Von Jana Köhler, Berlin", ["Jana Köhler"]),
        ("Von Jana Köhler, Korrespondentin in Wien", ["Jana Köhler"]),
        ("Text: Jana Köhler, Fotos: Malte Brandt", ["Jana Köhler"]),
        ("Autor: Jana Köhler", ["Jana Köhler"]),
        ("Par Camille Lefèvre", ["Camille Lefèvre"]),
        ("Par Camille Lefèvre et Hugo Marchand", ["Camille Lefèvre", "Hugo Marchand"]),
        ("Par Camille Lefèvre le 12 janvier 2024 à 18h05", ["Camille Lefèvre"]),
        ("Auteur : Jean-Baptiste Morel", ["Jean-Baptiste Morel"]),
        ("Por Lucía Ferrer", ["Lucía Ferrer"]),
        ("Por Lucía Ferrer y Andrés Molina", ["Lucía Ferrer", "Andrés Molina"]),
        ("Por Lucía Ferrer, corresponsal en Bruselas", ["Lucía Ferrer"]),
        ("By Ursula van der Berg", ["Ursula van der Berg"]),
        ("By J. K. Ortega", ["J. K. Ortega"]),
    ],
)
def test_parse_byline_names(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By the time the vote was held, most members had left.",
        "Von Montag an gilt die neue Regel.",
        "Par ailleurs, le ministre a démenti.",
        "Por su parte, el Gobierno guarda silencio.",
        "Of the 40 members, 12 voted against.",
        "Edited by Tom Okafor",
        "Text messages seen by the newspaper show the plan.",
        "The council voted on Tuesday.",
        "",
    ],
)
def test_parse_byline_rejects_sentences_and_editors(line):
    assert parse_byline(line) is None


def test_byline_without_a_person_is_still_a_byline():
    assert parse_byline("By Reuters") == []
    assert parse_byline("Von dpa") == []
    assert parse_byline("By Example News Staff") == []


# ---------------------------------------------------------------- credits


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[Source: Example News]", (None, "Example News")),
        ("Source: AFP", (None, "AFP")),
        ("Quelle: dpa", (None, "dpa")),
        ("Quelle: dpa, AFP", (None, "dpa/AFP")),
        ("Fuente: EFE", (None, "EFE")),
        ("Source : Agence France-Presse", (None, "AFP")),
        ("(Reuters)", (None, "Reuters")),
        ("(AP)", (None, "AP")),
        ("(dpa)", (None, "dpa")),
        ("(kor/dpa)", (None, "dpa")),
        ("(AFP)", (None, "AFP")),
        ("Reuters", (None, "Reuters")),
        ("With Reuters", (None, "Reuters")),
        ("Mit Material von dpa", (None, "dpa")),
        ("Avec AFP", (None, "AFP")),
        ("Con información de EFE", (None, "EFE")),
        ("LONDON (Reuters) - Shares fell on Monday after the report.", (None, "Reuters")),
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", (None, "AP")),
        ("Berlin (dpa) - Die Regierung hat am Montag beschlossen.", (None, "dpa")),
        ("MADRID, 12 Ene. (EUROPA PRESS) - El Gobierno ha aprobado", (None, "Europa Press")),
        ("The meeting ended late at night. (rtr/dpa)", (None, "dpa")),
        ("© 2024 Example Media", ("Example Media", None)),
        ("© 2024 Example Media. All rights reserved.", ("Example Media", None)),
        ("Copyright 2023 The Associated Press. All rights reserved.", (None, "AP")),
    ],
)
def test_parse_source_credit(line, expected):
    assert parse_source_credit(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "According to Reuters, the talks failed.",
        "The minister told AFP that the talks failed.",
        "Lena Ostrowski meeting voters in Gdansk. © JAN KOWALSKI/AFP",
        "© JAN KOWALSKI/AFP",
        "(Photo: AFP)",
        "Paris (France) is a city.",
        "Example News",
        "",
    ],
)
def test_parse_source_credit_ignores_mentions_and_photo_credits(line):
    assert parse_source_credit(line) is None


def test_trailing_agency_only_at_the_very_end():
    assert trailing_agency("The vote is due on Friday. (ans/dpa)") == "dpa"
    assert trailing_agency("The vote is due on Friday. — AFP") == "AFP"
    assert trailing_agency("Reuters reported that the vote is due on Friday.") is None
    assert trailing_agency("The vote (AFP reported) is due on Friday.") is None


def test_outlet_lines():
    assert looks_like_outlet("Example News")
    assert looks_like_outlet("The Daily Example")
    assert looks_like_outlet("NPR")
    assert looks_like_outlet("example.com")
    assert not looks_like_outlet("Senior Reporter")
    assert not looks_like_outlet("Priya Raman")
    assert not looks_like_outlet("The council voted on Tuesday.")
