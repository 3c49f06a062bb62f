"""A bare title ("the president", "der Kanzler") resolves to the person last named with it."""

from newsmill.quotes import extract_quotes


def _speakers(text, lang):
    return [(q.text, q.speaker) for q in extract_quotes(text, lang) if q.kind == "direct"]


def test_the_title_resolves_to_the_titled_person_en():
    text = (
        "Chilean President Ana Morales visited the flooded valley on Sunday.\n\n"
        "“We will rebuild every bridge,” the president said."
    )
    assert _speakers(text, "en") == [("We will rebuild every bridge,", "Ana Morales")]


def test_the_title_resolves_to_the_titled_person_de():
    text = (
        "Bundeskanzler Klaus Berger besuchte am Montag das Hochwassergebiet.\n\n"
        "„Wir lassen niemanden allein“, sagte der Bundeskanzler."
    )
    assert _speakers(text, "de") == [("Wir lassen niemanden allein", "Klaus Berger")]
