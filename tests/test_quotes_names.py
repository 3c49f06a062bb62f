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
