import textwrap

from newsmill.segment import segment, wrap_width

LONG_A = (
    "The city council voted on Tuesday to extend the night bus network to the northern suburbs, "
    "a decision that residents had demanded for years after the last train was cut in 2019."
)
LONG_B = (
    "Opponents argued that the cost, estimated at four million a year, would be better spent on "
    "repairing the roads, which they said were in a worse state than at any time since the war."
)


def test_blank_line_paragraphs():
    assert segment(f"{LONG_A}\n\n{LONG_B}\n") == [LONG_A, LONG_B]


def test_one_paragraph_per_line():
    text = "Title of the piece\nFirst paragraph, short.\nSecond paragraph, also short.\n"
    assert segment(text) == ["Title of the piece", "First paragraph, short.", "Second paragraph, also short."]


def test_hard_wrapped_paragraphs_are_rejoined():
    a = LONG_A + " It passed."
    text = textwrap.fill(a, 64) + "\n" + textwrap.fill(LONG_B, 64) + "\n\nShort closing line."
    # The greedy-wrap test separates A from B: B's first word would have fitted after A's last line.
    assert segment(text) == [a, LONG_B, "Short closing line."]


def test_hard_wrapped_with_blank_lines_and_crlf_already_normalised():
    text = textwrap.fill(LONG_A, 72) + "\n\n" + textwrap.fill(LONG_B, 72)
    assert segment(text) == [LONG_A, LONG_B]


def test_wrap_width_detection():
    lines = textwrap.fill(LONG_A + " " + LONG_B, 70).split("\n")
    assert wrap_width(lines) is not None and 60 <= wrap_width(lines) <= 70
    assert wrap_width([LONG_A, "short", LONG_B, "A headline"]) is None


def test_whitespace_is_normalised_and_empty_lines_dropped():
    assert segment("  a   b \t c  \n\n\n   \n d ") == ["a b c", "d"]
