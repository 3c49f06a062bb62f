import codecs

import pytest

from newsmill.decode import DecodeError, decode

TEXT = "Der Bürgermeister sagte: „Wir schaffen das.“ Café, naïve – ok.\nZweite Zeile."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_unicode_encodings_round_trip(data):
    assert decode(data).text == TEXT


def test_cp1252_smart_quotes_and_euro():
    text = "The minister said “it costs €5” – and left.\nNext line about the café."
    assert decode(text.encode("cp1252")).text == text


def test_latin1():
    text = "Le président a déclaré à Genève que l'été serait chaud. Ça va très bien."
    assert decode(text.encode("latin-1")).text == text


def test_mojibake_is_repaired():
    broken = "The café’s owner said ‘yes’.".encode("utf-8").decode("cp1252").encode("utf-8")
    assert decode(broken).text == "The café’s owner said ‘yes’."


def test_line_endings_and_controls_are_normalised():
    data = b"first\r\nsecond\rthird\x00 with nul\x07bell\x0b\n"
    assert decode(data).text == "first\nsecond\nthird with nulbell\n"


def test_soft_hyphens_are_removed():
    # CMS hyphenation hints: invisible, but they cut "Reilly" out of "Tom \u00adReilly"
    text = "“No,” Tom \u00adReilly, a spokes\u00adman, told the Post.\n"
    assert decode(text.encode("utf-8")).text == "“No,” Tom Reilly, a spokesman, told the Post.\n"


def test_cyrillic_code_page_is_not_read_as_western():
    text = "Президент заявил, что правительство примет новые меры уже на этой неделе."
    assert decode(text.encode("cp1251")).text == text


def test_nfc_normalisation():
    decomposed = "Cafe\u0301 Zu\u0308rich"
    assert decode(decomposed.encode("utf-8")).text == "Café Zürich"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\ufeff".encode("utf-8")])
def test_empty_inputs_are_rejected(data):
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert info.value.reason == "empty"


def test_random_binary_is_rejected():
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(5000))
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert info.value.reason == "binary"
