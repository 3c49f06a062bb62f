"""Canonical speaker names: the fullest form of a name in the article, without titles, roles or
stray words fused into it, and organisations known by their acronyms.

Every input is invented for these tests. ``spoken`` (from test_quotes_speakers) maps each
quote's first words to (speaker, speaker_mention).
"""

from __future__ import annotations

import pytest

from tests.test_quotes_speakers import spoken


def speakers(text: str, language: str) -> list[str | None]:
    return [sp for sp, _ in spoken(text, language).values()]


# --- three-word names keep their first given name; a role noun before a given name goes -----

THREE_WORD_NAMES = [
    ("en", "The panel was Len Goodwin, Bruno Tallis and Carrie Ann Ostrowski. “This is not easy,” "
           "judge Ostrowski noted.", ["Carrie Ann Ostrowski"]),
    ("en", "The case was taken by Dr. Ewan Rhys Kettley in Leeds. “We are paid to be curious,” "
           "Kettley said.", ["Ewan Rhys Kettley"]),
    ("en", "Nurse Maria Lopez was at the desk. “We are full tonight,” Lopez said.", ["Maria Lopez"]),
    ("de", "„Wir sind voll“, sagte Krankenschwester Maria Huber. „Kein Bett ist frei.“",
     ["Maria Huber", "Maria Huber"]),
    ("de", "„Wir sind voll“, sagte Ärztin Petra Lanz am Montag.", ["Petra Lanz"]),
]


@pytest.mark.parametrize("lang, text, expected", THREE_WORD_NAMES)
def test_three_word_names(lang, text, expected):
    assert speakers(text, lang) == expected


# --- a surname said later expands to the full name given inside a longer run ----------------

SURNAME_EXPANDS = [
    # a title or an organisation in front of the name
    ("en", "Hampton State Nurses Association President Karl Wendorf told members the strike would go on.\n\n"
           "“We are not going anywhere,” Wendorf said.", ["Karl Wendorf"]),
    ("en", "Ohio House Speaker Dale Runkle met the union on Monday.\n\n“We hear you,” Runkle said.",
     ["Dale Runkle"]),
    ("en", "White House Press Secretary Marla Quint issued a statement.\n\n“This is a sham,” Quint said.",
     ["Marla Quint"]),
    ("en", "The decision was announced by Deputy Director of Public Prosecution Eva-Marie Lind on Tuesday.\n\n"
           "Ms Lind said: “The case is closed.”", ["Eva-Marie Lind"]),
    ("de", "Landesschulbehörde Leiterin Petra Vogelsang sprach am Montag vor Eltern.\n\n"
           "„Wir schließen keine Schule“, sagte Vogelsang.", ["Petra Vogelsang"]),
    # a name followed by "of <place>"
    ("en", "“It took me an hour to climb the stairs,” wrote Colin Marsh of Fifeshire, Scotland.\n\n"
           "“It was awful,” Marsh added.", ["Colin Marsh", "Colin Marsh"]),
    # the full name only as a possessor
    ("en", "The mayor waited for Helen Varga’s response.\n\n“We were shocked,” Varga said.", ["Helen Varga"]),
    # a generational suffix is no surname
    ("en", "U.S. Attorney Thomas R. Whitford Jr. announced the charges.\n\n"
           "“Free speech has limits,” Whitford said in a statement.", ["Thomas R. Whitford Jr."]),
    # a surname that is also a title word
    ("en", "“Import duties are a tax,” said Gordon White, a professor at the university. “They hurt the poor.”",
     ["Gordon White", "Gordon White"]),
]


@pytest.mark.parametrize("lang, text, expected", SURNAME_EXPANDS)
def test_surname_expands_to_the_full_name(lang, text, expected):
    assert speakers(text, lang) == expected


# --- titles, roles and stray words are no part of the name ---------------------------------

NO_FUSED_WORDS = [
    ("en", "“We are proud,” NASA Administrator Jim Brandeis said in a statement.", ["Jim Brandeis"]),
    ("en", "Boris Kettering leads the party. Both Kettering and Corwin want to win.\n\n"
           "Audience members laughed when Kettering urged voters, “Look what I did.”", ["Boris Kettering"]),
    ("en", "Even Ted Marlowe agreed. “It is a fair deal,” Marlowe said.", ["Ted Marlowe"]),
    ("en", "“We sold out in a day,” said Texas-based promoter Dan Fulton.", ["Dan Fulton"]),
    ("en", "“I could not believe it,” FBI General Counsel James Rourke said.", ["James Rourke"]),
    ("de", "Selbst Anna Kessler stimmte zu. „Das ist ein fairer Vertrag“, sagte Kessler.", ["Anna Kessler"]),
    ("de", "„Wir sind bereit“, sagte SPD-Chef Markus Lehner.", ["Markus Lehner"]),
    # the place a role is for, between the role and the name
    ("en", "Another diplomat, former special envoy to Moldova Kurt Rasmund, changed his story.\n\n"
           "“I was wrong,” Rasmund said.", ["Kurt Rasmund"]),
    ("en", "“I was wrong,” said the special envoy to Moldova Kurt Rasmund.", ["Kurt Rasmund"]),
    ("en", "“No comment,” said a former top aide to President Ed Bush.",
     ["former top aide to President Ed Bush"]),
    # ranks without periods
    ("en", "Lt Col Alexander Varga testified on Tuesday.\n\n“I could not believe it,” Varga said.",
     ["Alexander Varga"]),
    # a trade before one name
    ("en", "Developer Valve called the game “a flagship VR game.”", ["Valve"]),
    ("de", "„Wir bauen keine Fabrik“, sagte Autobauer Velox am Montag.", ["Velox"]),
    ("en", "Hunter Bexley said: “No comment.”", ["Hunter Bexley"]),
    # a plural compound role before two names
    ("en", "The band is back. Singer-guitarists Tom Jaworski and Pete Lamm will tour.\n\n"
           "“We are excited,” Jaworski said in a statement.", ["Tom Jaworski"]),
    ("de", "Die Band kommt zurück. Sänger-Gitarristen Tom Jaworski und Pete Lamm gehen auf Tour.\n\n"
           "„Wir freuen uns“, sagte Jaworski.", ["Tom Jaworski"]),
]


def test_an_adverb_ends_the_name():
    t = "Chris Early runs the unit. Sales are slow, but Early still says they are “believers” in streaming."
    assert spoken(t, "en") == {"believers": ("Chris Early", "Early")}


@pytest.mark.parametrize("lang, text, expected", NO_FUSED_WORDS)
def test_no_title_or_stray_word_in_the_name(lang, text, expected):
    assert speakers(text, lang) == expected


# --- an acronym is the organisation written out in the article ------------------------------

ACRONYMS = [
    # given in brackets after the name
    ("en", "According to the Narcotics Control Bureau (NCB), seizures rose.\n\n"
           "“We are winning,” the Narcotics Control Bureau said. Still, the NCB says the border "
           "“remains the main entry point.”",
     ["Narcotics Control Bureau (NCB)", "Narcotics Control Bureau (NCB)"]),
    ("de", "Am Montag warnte die Nordische Entwicklungsbank (NEB) vor Risiken.\n\n"
           "„Das Risiko ist gering“, teilte die NEB mit.", ["Nordische Entwicklungsbank (NEB)"]),
    # spelt by the initials, after a qualifier, skipping "for" and "and"
    ("en", "The Danish Institute for Food Safety and Hygiene reported two cases.\n\n"
           "The IFSH assured residents that the risk was “extremely low.”",
     ["Danish Institute for Food Safety and Hygiene (IFSH)"]),
]


@pytest.mark.parametrize("lang, text, expected", ACRONYMS)
def test_acronym_is_the_organisation(lang, text, expected):
    assert speakers(text, lang) == expected


def test_two_letters_are_no_acronym_by_initials():
    t = "Evan Ulrich spoke first. “We are ready,” the EU said."
    assert speakers(t, "en") == ["EU"]


def test_the_first_surname_after_two_given_names_is_the_full_name():
    from newsmill.quotes import extract_quotes

    text = ("La ministra de Hacienda, María Luisa Ortega Villanueva, defendió el impuesto.\n\n"
            "«No es un castigo», insistió la ministra Ortega.")
    assert extract_quotes(text, "es")[-1].speaker == "María Luisa Ortega Villanueva"


def test_a_nickname_in_quote_marks_inside_a_name_keeps_the_name_whole():
    from newsmill.quotes import extract_quotes

    text = ("«No vamos a levantar la medida», advirtió Omar «el Flaco» Benedetti, secretario general del gremio.\n\n"
            "«Mañana seguimos», dijo Benedetti.")
    assert [q.speaker for q in extract_quotes(text, "es") if q.kind != "term"] == ["Omar Benedetti", "Omar Benedetti"]
