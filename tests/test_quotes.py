"""Quote finding and speaker attribution: the hard cases of issue 3, in en, de, fr and es.

Every input is written for these tests. Each case asserts exact quote spans (the text between
the marks) and the speaker; ``check`` also asserts the offset contract for every quote.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmill.quotes import Quote, extract_quotes

RAW = Path(__file__).resolve().parents[1] / "raw"


def check(text: str, language: str | None = None) -> list[Quote]:
    quotes = extract_quotes(text, language)
    paragraphs = text.split("\n\n")
    starts = [0]
    for p in paragraphs[:-1]:
        starts.append(starts[-1] + len(p) + 2)
    for q in quotes:
        assert text[q.char_start : q.char_end] == q.text
        assert q.kind in ("direct", "mixed", "term")
        assert starts[q.paragraph_index] <= q.char_start
        if q.speaker_mention is not None:
            assert text[q.speaker_char_start : q.speaker_char_end] == q.speaker_mention
    return quotes


def by_text(quotes: list[Quote]) -> dict[str, Quote]:
    return {q.text: q for q in quotes}


# --- interrupted quotes ---------------------------------------------------------------


def test_interrupted_quote_en():
    t = "“We will rebuild the bridge,” said Anna Berger, the mayor of Linz. “It will take two years.”"
    qs = by_text(check(t, "en"))
    assert set(qs) == {"We will rebuild the bridge,", "It will take two years."}
    assert qs["We will rebuild the bridge,"].speaker == "Anna Berger"
    assert qs["We will rebuild the bridge,"].speaker_mention == "Anna Berger"
    assert qs["We will rebuild the bridge,"].cue == "said"
    assert qs["It will take two years."].speaker == "Anna Berger"
    assert all(q.kind == "direct" for q in qs.values())


def test_interrupted_quote_de():
    t = "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Berger. „Das dauert zwei Jahre.“"
    qs = by_text(check(t, "de"))
    assert set(qs) == {"Wir bauen die Brücke neu", "Das dauert zwei Jahre."}
    assert qs["Wir bauen die Brücke neu"].speaker == "Anna Berger"
    assert qs["Wir bauen die Brücke neu"].cue == "sagte"
    assert qs["Das dauert zwei Jahre."].speaker == "Anna Berger"


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("“Only two people can save the mill,” said Nora Lindqvist, a union organiser in Duluth. “Jane Doe and Mary Roe.”",
         "en", "Nora Lindqvist"),
        ("„Wir haben einen gemeinsamen Gegner“, sagte Klaus Berg vor den Delegierten. „Die Große Koalition.“",
         "de", "Klaus Berg"),
        ("« Nous avons un adversaire commun », a déclaré Marie Dubois. « Le Grand Capital. »",
         "fr", "Marie Dubois"),
    ],
)
def test_next_piece_of_interrupted_quote_is_speech(text, lang, speaker):
    # The second piece is all names or capitalised words, but it finishes what the speaker said.
    qs = check(text, lang)
    assert len(qs) == 2
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert qs[1].speaker == speaker


def test_title_after_a_quote_stays_a_term():
    t = "“We need a plan,” said Nora Lindqvist. “Silent Harbour” is the book she reads."
    qs = check(t, "en")
    assert [(q.text, q.kind) for q in qs] == [("We need a plan,", "direct"), ("Silent Harbour", "term")]


# --- multi-paragraph and floating quotes ----------------------------------------------


def test_multi_paragraph_quote_en():
    t = (
        "Harbour master Tom Reilly described the storm.\n\n"
        "“The waves came over the wall at midnight,” Reilly said. “Nobody had seen anything like it.\n\n"
        "“By morning the boats were on the quay.”"
    )
    qs = check(t, "en")
    texts = [q.text for q in qs]
    assert texts == [
        "The waves came over the wall at midnight,",
        "Nobody had seen anything like it.",
        "By morning the boats were on the quay.",
    ]
    assert [q.paragraph_index for q in qs] == [1, 1, 2]
    assert all(q.speaker == "Tom Reilly" for q in qs)


def test_multi_paragraph_quote_de():
    t = (
        "Der Hafenmeister Tom Reiter schilderte die Nacht.\n\n"
        "„Die Wellen kamen um Mitternacht über die Mauer“, sagte Reiter. „So etwas hatte niemand gesehen.\n\n"
        "„Am Morgen lagen die Boote auf dem Kai.“"
    )
    qs = check(t, "de")
    assert [q.text for q in qs] == [
        "Die Wellen kamen um Mitternacht über die Mauer",
        "So etwas hatte niemand gesehen.",
        "Am Morgen lagen die Boote auf dem Kai.",
    ]
    assert all(q.speaker == "Tom Reiter" for q in qs)


@pytest.mark.parametrize(
    "text, lang, pieces, speaker",
    [
        ("“Our volunteers knock on doors every weekend and will keep doing it\n\n"
         "until the last ballot is counted,” Morton Blake said.", "en",
         ["Our volunteers knock on doors every weekend and will keep doing it",
          "until the last ballot is counted,"], "Morton Blake"),
        ("„Die Partei war seit der Wahl im Jahr\n\n2005 nicht mehr geeint“, sagte Klaus Berg.", "de",
         ["Die Partei war seit der Wahl im Jahr", "2005 nicht mehr geeint"], "Klaus Berg"),
    ],
)
def test_quote_over_a_formatting_paragraph_break(text, lang, pieces, speaker):
    # a paragraph break inside a sentence: the next paragraph opens in lower case or with a digit
    qs = check(text, lang)
    assert [q.text for q in qs] == pieces
    assert qs[1].kind == "direct" and qs[1].speaker == speaker


def test_signature_after_an_unclosed_quote_is_not_quoted():
    t = "\"The harbour needs dredging before the winter storms arrive.\n\nKarin Solberg, Port Authority.\""
    qs = check(t, "en")
    assert [q.text for q in qs] == ["The harbour needs dredging before the winter storms arrive."]


def test_floating_quote_en():
    t = (
        "“Prices will fall next year,” central bank governor Maria Lindqvist said on Monday.\n\n"
        "“We are confident the worst is behind us.”"
    )
    qs = check(t, "en")
    assert qs[1].text == "We are confident the worst is behind us."
    assert qs[1].speaker == "Maria Lindqvist"
    assert qs[1].kind == "direct"
    assert qs[1].speaker_mention is None


def test_floating_quote_de():
    t = (
        "„Die Preise werden sinken“, sagte Notenbankchefin Maria Lindqvist am Montag.\n\n"
        "„Wir sind zuversichtlich.“"
    )
    qs = check(t, "de")
    assert qs[1].text == "Wir sind zuversichtlich."
    assert qs[1].speaker == "Maria Lindqvist"


# --- pronouns, titles, apposition -------------------------------------------------------


def test_pronoun_speaker_resolved_en():
    t = (
        "Chancellor Peter Novak visited the flooded town on Tuesday. The river had risen by three metres.\n\n"
        "“We will not leave anyone behind,” he said."
    )
    q = check(t, "en")[0]
    assert q.speaker == "Peter Novak"
    assert q.speaker_mention == "he"
    assert t[q.speaker_char_start : q.speaker_char_end] == "he"


def test_pronoun_speaker_gender_en():
    t = (
        "Senator Laura Finch met Governor James Holt in Denver. Holt spoke first.\n\n"
        "“This is a good day for the state,” she said."
    )
    q = check(t, "en")[0]
    assert q.speaker == "Laura Finch"


def test_pronoun_speaker_resolved_de():
    t = (
        "Kanzler Peter Novak besuchte am Dienstag die überflutete Stadt.\n\n"
        "„Wir lassen niemanden zurück“, sagte er."
    )
    q = check(t, "de")[0]
    assert q.speaker == "Peter Novak"
    assert q.speaker_mention == "er"


def test_title_surname_maps_to_full_name_en():
    t = (
        "Prime Minister Helena Marsh announced the budget.\n\n"
        "“Nobody will pay more tax,” Ms Marsh said."
    )
    q = check(t, "en")[0]
    assert q.speaker_mention == "Ms Marsh"
    assert q.speaker == "Helena Marsh"


def test_title_surname_maps_to_full_name_de():
    t = (
        "Die Ministerin Helena Marsch stellte den Haushalt vor.\n\n"
        "„Niemand zahlt mehr Steuern“, sagte Frau Marsch."
    )
    q = check(t, "de")[0]
    assert q.speaker == "Helena Marsch"


def test_apposition_after_cue_en():
    t = "“The ward is full every night,” said Maria Lopez, a nurse at the city hospital, on Sunday."
    q = check(t, "en")[0]
    assert q.speaker == "Maria Lopez"
    assert q.speaker_mention == "Maria Lopez"
    assert q.cue == "said"


def test_apposition_before_cue_en():
    t = "Maria Lopez, a nurse at the city hospital, said: “The ward is full every night.”"
    q = check(t, "en")[0]
    assert q.speaker == "Maria Lopez"
    assert q.text == "The ward is full every night."


def test_apposition_de():
    t = "„Die Station ist jede Nacht voll“, sagte Maria Lopez, Pflegerin im Stadtspital."
    q = check(t, "de")[0]
    assert q.speaker == "Maria Lopez"


# --- organisations, colon introductions, attribution phrases ---------------------------------


def test_organisation_speaker_en():
    t = (
        "The Ministry of Transport published new rules on Friday.\n\n"
        "“Drivers must carry a warning triangle at all times,” the ministry said in a statement."
    )
    q = check(t, "en")[0]
    assert q.speaker == "Ministry of Transport"
    assert q.speaker_mention == "the ministry"


def test_organisation_speaker_de():
    t = "„Fahrer müssen ein Warndreieck mitführen“, teilte das Verkehrsministerium am Freitag mit."
    q = check(t, "de")[0]
    assert q.speaker == "Verkehrsministerium"


def test_colon_introduction_en():
    t = "The minister turned to one mother. He told her: “Your son will come home.”"
    t = "Defence minister Paul Grant met the families. He told one mother: “Your son will come home.”"
    q = check(t, "en")[0]
    assert q.text == "Your son will come home."
    assert q.speaker == "Paul Grant"
    assert q.cue == "told"
    assert q.kind == "direct"


def test_colon_introduction_de():
    t = "Verteidigungsminister Paul Grunt traf die Familien. Einer Mutter sagte er: „Ihr Sohn kommt nach Hause.“"
    q = check(t, "de")[0]
    assert q.text == "Ihr Sohn kommt nach Hause."
    assert q.speaker == "Paul Grunt"


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("“The vote was rigged,” opposition leader Ivan Petrov wrote on his blog.", "wrote"),
        ("“The vote was rigged,” opposition leader Ivan Petrov tweeted.", "tweeted"),
        ("“The vote was rigged,” opposition leader Ivan Petrov added.", "added"),
        ("Opposition leader Ivan Petrov urged: “Go out and vote.”", "urged"),
        ("Opposition leader Ivan Petrov told reporters: “The vote was rigged.”", "told"),
    ],
)
def test_attribution_phrases_en(sentence, cue):
    q = check(sentence, "en")[0]
    assert q.speaker == "Ivan Petrov"
    assert q.cue == cue


def test_according_to_en():
    t = "“The vote was rigged,” according to opposition leader Ivan Petrov."
    q = check(t, "en")[0]
    assert q.speaker == "Ivan Petrov"
    assert q.cue == "according to"


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("„Die Wahl war manipuliert“, erklärte Oppositionsführer Iwan Petrow.", "erklärte"),
        ("„Die Wahl war manipuliert“, betonte Oppositionsführer Iwan Petrow.", "betonte"),
        ("„Die Wahl war manipuliert“, schrieb Oppositionsführer Iwan Petrow.", "schrieb"),
        ("„Die Wahl war manipuliert“, so Oppositionsführer Iwan Petrow.", "so"),
    ],
)
def test_attribution_phrases_de(sentence, cue):
    q = check(sentence, "de")[0]
    assert q.speaker == "Iwan Petrow"
    assert q.cue == cue


# --- mixed quotes, scare quotes, titles, nicknames ------------------------------------------------


def test_mixed_quote_en():
    t = "Senator Laura Finch said the plan was “a gift to polluters” and promised to fight it."
    q = check(t, "en")[0]
    assert q.text == "a gift to polluters"
    assert q.kind == "mixed"
    assert q.speaker == "Laura Finch"


def test_mixed_quote_de():
    t = "Senatorin Laura Fink sagte, der Plan sei „ein Geschenk an die Verschmutzer“ und kündigte Widerstand an."
    q = check(t, "de")[0]
    assert q.text == "ein Geschenk an die Verschmutzer"
    assert q.kind == "mixed"
    assert q.speaker == "Laura Fink"


def test_scare_quotes_and_titles_are_terms_en():
    t = "The so-called “peace tax” was debated after a screening of “The Long Night” on Friday."
    qs = check(t, "en")
    assert [(q.text, q.kind) for q in qs] == [("peace tax", "term"), ("The Long Night", "term")]
    assert all(q.speaker is None for q in qs)


def test_scare_quotes_and_titles_are_terms_de():
    t = "Die sogenannte „Friedenssteuer“ wurde nach der Vorführung von „Die lange Nacht“ diskutiert."
    qs = check(t, "de")
    assert [(q.text, q.kind) for q in qs] == [("Friedenssteuer", "term"), ("Die lange Nacht", "term")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a cue-less lower-case fragment of two or more words quotes somebody: mixed
        ("Mayor Tom Reilly attacked the council for its “reckless spending habits” on Monday.", "en",
         [("reckless spending habits", "mixed")]),
        ("Bürgermeisterin Anna Berger kritisierte den Rat für seine „rücksichtslose Ausgabenpolitik“ am Montag.", "de",
         [("rücksichtslose Ausgabenpolitik", "mixed")]),
        ("La maire Anne Morel a dénoncé une « politique irresponsable » du conseil.", "fr",
         [("politique irresponsable", "mixed")]),
        ("La alcaldesa Ana Ruiz criticó la «política irresponsable» del consejo.", "es",
         [("política irresponsable", "mixed")]),
        # one word: mixed only when its sentence reports speech somewhere
        ("The council’s “reckless” budget will fail, Reilly said on Monday.", "en", [("reckless", "mixed")]),
        ("Der „rücksichtslose“ Haushalt werde scheitern, sagte Berger am Montag.", "de", [("rücksichtslose", "mixed")]),
        ("The “alternative” media ecosystem grew quickly.", "en", [("alternative", "term")]),
        ("Die „alternative“ Medienwelt wuchs schnell.", "de", [("alternative", "term")]),
        # names and titles mid-sentence, numbers, so-called
        ("Fans queued for “Night Train to Lisbon” and the “Blue Line” tour.", "en",
         [("Night Train to Lisbon", "term"), ("Blue Line", "term")]),
        ("Le film « La longue nuit » sort vendredi.", "fr", [("La longue nuit", "term")]),
        ("The post was tagged “1448038800” by the site.", "en", [("1448038800", "term")]),
        ("Critics of the so-called “bathroom bill” marched on Friday.", "en", [("bathroom bill", "term")]),
        # a title-case name inside the sentence is a term even next to a cue; a chant is speech
        ("Laura Finch told NBC’s “Meet the Press” that she would run.", "en", [("Meet the Press", "term")]),
        ("Anna Berger sagte in der Sendung „Berlin Direkt“, sie trete an.", "de", [("Berlin Direkt", "term")]),
        ("The crowd chanted “Lock Her Up!” as Finch spoke.", "en", [("Lock Her Up!", "mixed")]),
        ("Anna Berger said on Channel 4’s “The Hour with Jon Snow,” that she would run.", "en",
         [("The Hour with Jon Snow,", "term")]),
        ("Berger appeared on Fox’s “Hannity,” where she was asked about the vote.", "en", [("Hannity,", "term")]),
        # a whole sentence is speech even without a cue
        ("Her slogan, repeated for months, was “Jeb is the conservative you can trust.”", "en",
         [("Jeb is the conservative you can trust.", "mixed")]),
        ("Los críticos de la llamada «ley mordaza» marcharon el viernes.", "es", [("ley mordaza", "term")]),
    ],
)
def test_mixed_or_term_without_a_cue(text, lang, expected):
    assert [(q.text, q.kind) for q in check(text, lang)] == expected


# --- speakers of paraphrase fragments, long appositions, brackets --------------------------------


@pytest.mark.parametrize(
    "text, lang, fragment, speaker",
    [
        # no cue at all: the fragment belongs to the subject of its sentence
        ("Mayor Tom Reilly attacked the council for its “reckless spending habits” on Monday.", "en",
         "reckless spending habits", "Tom Reilly"),
        ("Bürgermeisterin Anna Berger kritisierte den Rat für seine „rücksichtslose Ausgabenpolitik“ am Montag.", "de",
         "rücksichtslose Ausgabenpolitik", "Anna Berger"),
        ("La alcaldesa Ana Ruiz criticó la «política irresponsable» del consejo.", "es",
         "política irresponsable", "Ana Ruiz"),
        # an opening word that is not a name is not the subject
        ("Tom Reilly spoke first.\n\nHours later, Reilly returned the favour, praising the “tireless crews of the port.”", "en",
         "tireless crews of the port.", "Tom Reilly"),
        # a colon introduction with no cue verb
        ("Tom Reilly leaned in and boomed: “Let’s win this thing in November.”", "en",
         "Let’s win this thing in November.", "Tom Reilly"),
        ("Anna Berger blieb hart: „Wir geben nicht nach.“", "de", "Wir geben nicht nach.", "Anna Berger"),
        ("After the vote, Tom Reilly was blunt:\n\n“We lost because we did not listen.”", "en",
         "We lost because we did not listen.", "Tom Reilly"),
        # the paraphrase's main cue, not a nearer embedded verb
        ("Laura Finch said she was sure Reyes would continue to be “a champion for the party.”", "en",
         "a champion for the party.", "Laura Finch"),
        ("Laura Fink sagte, sie sei sicher, dass Reyes weiterhin „ein Vorkämpfer der Partei“ bleibe.", "de",
         "ein Vorkämpfer der Partei", "Laura Fink"),
        # a party tag in brackets between the name and the cue
        ("Sen. Marco Ruiz (R-Fla.) said the bill was “dead on arrival.”", "en", "dead on arrival.", "Marco Ruiz"),
        # an apposition with a comma inside it, and one with dashes
        ("Dean Hall, a salesman from Sumter, Ohio, says the mayor will “leave here with momentum.”", "en",
         "leave here with momentum.", "Dean Hall"),
        ("Jo Sims — a teacher from Dover — says the vote was “a big deal.”", "en", "a big deal.", "Jo Sims"),
        # a possessive modifies the subject, it is not the subject
        ("Reilly’s old rival Anna Berger said the plan was “pure theatre.”", "en", "pure theatre.", "Anna Berger"),
        # an apposition after the quote, before the cue
        ("“We will appeal,” Seth Park, a lecturer at the Open University, told reporters.", "en",
         "We will appeal,", "Seth Park"),
        ("“We will appeal,” Park, 58, told reporters.", "en", "We will appeal,", "Park"),
        ("„Wir gehen in Berufung“, erklärte Seth Park, Dozent an der Fernuniversität, am Montag.", "de",
         "Wir gehen in Berufung", "Seth Park"),
        # a capitalised adjective in front of the subject's name
        ("Democratic presidential candidate Laura Finch is choosing not to respond to the “reckless attacks” of her rival.", "en",
         "reckless attacks", "Laura Finch"),
        ("Der sozialdemokratische Kandidat Jonas Weber will auf die „rücksichtslosen Angriffe“ nicht antworten.", "de",
         "rücksichtslosen Angriffe", "Jonas Weber"),
        # a noun that looks like a cue is no cue: "Trump’s remarks", "his repeated calls"
        ("Mayor Tom Reilly denounced the minister’s remarks as “hurtful and humiliating.”", "en",
         "hurtful and humiliating.", "Tom Reilly"),
        ("Tom Reilly, who lives in Cork, decried Berger’s repeated calls for cuts, noting she has “sacrificed nothing.”", "en",
         "sacrificed nothing.", "Tom Reilly"),
        # a phrase after a preposition is not the subject
        ("Tom Reilly at the time said he had asked his staff to “look into” the fees.", "en", "look into", "Tom Reilly"),
        ("Anna Berger hat in ihrer Rede gesagt, der Plan sei „ein Desaster“.", "de", "ein Desaster", "Anna Berger"),
        # party tags in brackets after the quote, an auxiliary before the cue, "shot back"
        ("“We want the House back,” Rep. Jim Ortiz (D-Wash.) said.", "en", "We want the House back,", "Jim Ortiz"),
        ("“I would hope a wise judge would decide otherwise,” Berger has said in speeches.", "en",
         "I would hope a wise judge would decide otherwise,", "Berger"),
        ("“Tom wants to be a tough guy tonight,” Berger shot back.", "en", "Tom wants to be a tough guy tonight,", "Berger"),
        # a clause between the cue and the comma: the cue does not introduce the quote
        ("Sen. Marco Ruiz said that once the Senate goes on recess, “I intend to help wherever I can.”", "en",
         "I intend to help wherever I can.", "Marco Ruiz"),
        # a gerund used as an adjective is no cue; English does not invert before a clause
        ("Tom Reilly, a creative writing teacher, said he holds his roots “very near and dear.”", "en",
         "very near and dear.", "Tom Reilly"),
        ("Anna Hemsley, a co-author, said the days of “a unifying story” are gone.", "en",
         "a unifying story", "Anna Hemsley"),
        # role nouns between a capitalised modifier and the name
        ("Former Ohio governor Ed Rendell praised the result, calling it “an incredible feat.”", "en",
         "an incredible feat.", "Ed Rendell"),
        ("Der frühere Berliner Bürgermeister Klaus Weber lobte das Ergebnis als „eine unglaubliche Leistung“.", "de",
         "eine unglaubliche Leistung", "Klaus Weber"),
        # a fragment that does not close its clause takes no cue from the rest of the sentence
        ("Laura Finch says she would tell him “no more games” and tells the crowd she was the “first one” to act.", "en",
         "no more games", "Laura Finch"),
    ],
)
def test_speaker_of_fragments_and_appositions(text, lang, fragment, speaker):
    qs = by_text(check(text, lang))
    assert fragment in qs
    assert qs[fragment].kind != "term"
    assert qs[fragment].speaker == speaker


def test_floating_quote_after_a_sentence_about_someone_else():
    t = (
        "“The port will close,” said Tom Reilly.\n\n"
        "Anna Berger touted her record on jobs.\n\n"
        "“We need to find ways to support workers.”"
    )
    qs = check(t, "en")
    assert [q.speaker for q in qs] == ["Tom Reilly", "Anna Berger"]
    t = (
        "„Der Hafen schließt“, sagte Tom Reiter.\n\n"
        "Anna Berger verwies auf ihre Bilanz.\n\n"
        "„Wir müssen die Beschäftigten unterstützen.“"
    )
    qs = check(t, "de")
    assert [q.speaker for q in qs] == ["Tom Reiter", "Anna Berger"]


def test_pronoun_prefers_the_recent_speaker_over_a_mere_mention():
    t = ("“We will appeal,” Tom Reilly said. He attacked the judge, Gonzalo Ruiz, on Monday.\n\n"
         "He insisted Ruiz had “a conflict of interest” in the case.")
    qs = check(t, "en")
    assert [q.speaker for q in qs] == ["Tom Reilly", "Tom Reilly"]
    t = ("„Wir gehen in Berufung“, sagte Tom Reiter. Er griff den Richter Gonzalo Ruiz an.\n\n"
         "Er sagte, Ruiz sei „befangen und parteiisch“.")
    qs = check(t, "de")
    assert [q.speaker for q in qs] == ["Tom Reiter", "Tom Reiter"]


@pytest.mark.parametrize(
    "text, lang, fragment, speaker",
    [
        # a cue clause closing the sentence after a comma
        ("His backing will bring candidates the “grass-roots firepower” they need, party spokesman Neil Sroka said.", "en",
         "grass-roots firepower", "Neil Sroka"),
        ("The vote signals “the beginning of the end” for the union, said Geert Molen, founder of the Freedom Party.", "en",
         "the beginning of the end", "Geert Molen"),
        ("Die Abstimmung sei „der Anfang vom Ende“ der Union, sagte Geert Molen, Gründer der Freiheitspartei.", "de",
         "der Anfang vom Ende", "Geert Molen"),
        ("Le vote marque « le début de la fin » pour l’Union, a déclaré Geert Molen.", "fr",
         "le début de la fin", "Geert Molen"),
        # a name right before a colon, also at the end of the previous paragraph
        ("Polls were wrong - More from Jo Jones: “The polls ended too early.”", "en",
         "The polls ended too early.", "Jo Jones"),
        ("Umfragen lagen falsch - Jo Jones:\n\n„Die Umfragen endeten zu früh.“", "de",
         "Die Umfragen endeten zu früh.", "Jo Jones"),
        # a signature line under the quote
        ("“Americans are worried about the future of their kids.”\n\n— Bernie Sandler.\n\nThe claim is outdated.", "en",
         "Americans are worried about the future of their kids.", "Bernie Sandler"),
        ("„Die Bürger sorgen sich um die Zukunft ihrer Kinder.“\n\n– Anna Berger, auf Twitter.", "de",
         "Die Bürger sorgen sich um die Zukunft ihrer Kinder.", "Anna Berger"),
        # a passive cue with its agent
        ("The plan has been called “strategic ambiguity” by Joshua Hendrick, a professor.", "en",
         "strategic ambiguity", "Joshua Hendrick"),
        # a name after a dash before the colon, not the subject of the cue before it
        ("Pollsters agree - Carl Bialik: “Keep contacting voters as late as possible.”", "en",
         "Keep contacting voters as late as possible.", "Carl Bialik"),
        # an apposition in several segments after the quote; the name as the apposition
        ("“Both candidates scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.", "en",
         "Both candidates scare me,", "Harry Bond"),
        ("One of the firm’s top executives, Michael Sexton, subsequently testified that “none of the staff” were chosen.", "en",
         "none of the staff", "Michael Sexton"),
        ("Clinton weighed in on Tuesday, hours after Sanders said he was “encouraged by the plan.”", "en",
         "encouraged by the plan.", "Sanders"),
        # a capitalised function word inside a name after the quote
        ("“But that was the first time in a long time,” CBS This Morning anchor Dee Morgan said.", "en",
         "But that was the first time in a long time,", "Dee Morgan"),
        ("“What sport is he talking about?” reacted Tom Reilly.", "en", "What sport is he talking about?", "Tom Reilly"),
        # an affiliation after the name, a long apposition
        ("Conservative commentator Jonah Gold of the Weekly Review imagined the mayor was thinking: “What have I done?”", "en",
         "What have I done?", "Jonah Gold"),
        ("Marty West, an education professor at Harvard who previously worked for Sen. Lamar Alder (R-Tenn.), "
         "one of the bill’s Republican architects, called it “an incredibly significant development.”", "en",
         "an incredibly significant development.", "Marty West"),
        # abbreviated states inside an apposition, "as X puts it", "quip"
        ("Sen. Rand Pole, R-Ky., told Fox News that polls could be “way off.”", "en", "way off.", "Rand Pole"),
        ("Cory Jameson, 22, of Flint, Mich., said the party “doesn’t represent me anymore.”", "en",
         "doesn’t represent me anymore.", "Cory Jameson"),
        ("As the Post’s Dana Milburn puts it, “Republicans are unmoved.”", "en", "Republicans are unmoved.", "Dana Milburn"),
        # (the spokesman speaks, for his employer)
        ("The scheduling was so odd that a spokesman for Anna Berger could only quip: “I guess Christmas Eve was booked.”", "en",
         "I guess Christmas Eve was booked.", "spokesman for Anna Berger"),
        # long inverted speaker phrases: ordinals, capitalised cue-like words, role words before the name
        ("“I really don’t understand it,” said Air Force 1st Lt. Tyler Livingstone.", "en",
         "I really don’t understand it,", "Tyler Livingstone"),
        ("“He out-shouted everyone,” said Montclair State University political scientist Brigid Harris.", "en",
         "He out-shouted everyone,", "Brigid Harris"),
        ("„Er hat alle übertönt“, sagte Politikwissenschaftlerin Brigitte Harms von der Freien Universität Berlin.", "de",
         "Er hat alle übertönt", "Brigitte Harms"),
        # the canonical name of an "according to" source starts after the cue word
        ("Selon Marie Dubois, « le plan est une catastrophe ».", "fr", "le plan est une catastrophe", "Marie Dubois"),
        ("Según Ana Ruiz, «el plan es una catástrofe».", "es", "el plan es una catástrofe", "Ana Ruiz"),
        ("Laut Anna Berger ist der Plan „eine Katastrophe“.", "de", "eine Katastrophe", "Anna Berger"),
        # a subject after a conjunction is still the clause subject
        ("The group is such a presence that Anna Berger during a rally thanked its members “for their support in my campaign.”", "en",
         "for their support in my campaign.", "Anna Berger"),
    ],
)
def test_tail_colon_and_signature_attribution(text, lang, fragment, speaker):
    qs = by_text(check(text, lang))
    assert qs[fragment].speaker == speaker


def test_two_people_joined_by_and_are_not_an_organisation():
    t = ("Jeb Barr and Hilda Clint, among others, reject the plan.\n\n"
         "Clint: “Our goal is to defeat it.” Barr: “The mission is to stop it.”")
    qs = check(t, "en")
    assert [q.speaker for q in qs] == ["Hilda Clint", "Jeb Barr"]
    t = ("Jens Bauer und Hilde Klein lehnen den Plan ab.\n\n"
         "Klein: „Unser Ziel ist, ihn zu stoppen.“ Bauer: „Wir stoppen ihn.“")
    qs = check(t, "de")
    assert [q.speaker for q in qs] == ["Hilde Klein", "Jens Bauer"]


def test_quote_ending_a_sentence_takes_no_cue_from_the_next_one():
    t = "Tom Reilly called the plan “arbitrary.” Anna Berger, a councillor, warned that the port could close."
    q = check(t, "en")[0]
    assert q.text == "arbitrary."
    assert q.speaker == "Tom Reilly"
    t = "Tom Reilly said Berger had called for members to be “closely coordinated.” She added that the vote was close."
    q = check(t, "en")[0]
    assert q.speaker == "Tom Reilly" and q.cue == "said"
    t = "Tom Reilly sagte, Berger wolle „eng abgestimmt“ handeln. Sie fügte hinzu, die Wahl sei knapp."
    q = check(t, "de")[0]
    assert q.speaker == "Tom Reilly" and q.cue == "sagte"
    # but a short cue clause after a quote that ends in a full stop still attributes it
    t = "“We will win.” Anna Berger said. “The count is on our side.”"
    qs = check(t, "en")
    assert [q.speaker for q in qs] == ["Anna Berger", "Anna Berger"]


# --- nesting and apostrophes ---------------------------------------------------------------


def test_nested_quotes_en():
    t = "“My father always said ‘never give up’, and I never have,” said Olga Brandt."
    qs = check(t, "en")
    assert [q.text for q in qs] == ["My father always said ‘never give up’, and I never have,"]
    assert qs[0].speaker == "Olga Brandt"


def test_nested_quotes_de():
    t = "„Mein Vater sagte immer ‚niemals aufgeben‘, und das habe ich getan“, sagte Olga Brandt."
    qs = check(t, "de")
    assert [q.text for q in qs] == ["Mein Vater sagte immer ‚niemals aufgeben‘, und das habe ich getan"]
    assert qs[0].speaker == "Olga Brandt"


def test_apostrophes_do_not_misalign_straight_quotes_en():
    t = (
        "The soldiers' mothers met at James's house. \"We don't know where they're held,\" "
        "said Irina Volkova. \"The '90s were quieter,\" she added. 'Nobody answers,' Volkova said."
    )
    qs = check(t, "en")
    assert [q.text for q in qs] == [
        "We don't know where they're held,",
        "The '90s were quieter,",
        "Nobody answers,",
    ]
    assert all(q.speaker == "Irina Volkova" for q in qs)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an elision opens no quote: the quotes after it are top-level
        ("\"The port will grow,\" said Joost van 't Hek, a Dutch harbour official. \"It's our best year.\"",
         ["The port will grow,", "It's our best year."]),
        ("So how ‘bout this headline in the Linden Gazette: “Bakery wins award for rye bread.”",
         ["Bakery wins award for rye bread."]),
        # ‘08 is an elided year, not an opening mark
        ("Hank Olson moved here in ‘08 and opened a shop. “Business was slow at first,” he said. “Now it is fine.”",
         ["Business was slow at first,", "Now it is fine."]),
    ],
)
def test_unclosed_single_mark_is_no_quote(text, expected):
    qs = check(text, "en")
    assert [q.text for q in qs] == expected
    assert all(q.kind == "direct" for q in qs)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a closing mark typed where the quote opens: after a comma, at the paragraph's start
        ("Dale Porter says,” nobody in this valley ever asks the farmers.”",
         ["nobody in this valley ever asks the farmers."]),
        ("” … and so the bridge will stay closed until spring,” wrote the Hillsboro Courier.",
         ["… and so the bridge will stay closed until spring,"]),
        ('Dale Porter says," nobody called us back."', ["nobody called us back."]),
        # a closing mark with nothing to close and no quote after it opens nothing
        ("The soldiers’ mothers met on Friday,” and then they went home.", []),
    ],
)
def test_mistyped_opening_mark(text, expected):
    qs = check(text, "en")
    assert [q.text for q in qs] == expected
    assert all(q.kind == "direct" for q in qs)


def test_inch_marks_close_no_quote():
    t = ("“My brother, ‘Big Tom,’ is 6’2”,” Tom Reilly said.\n\n"
         "“And I am 5'10\". So what?” he asked.")
    qs = check(t, "en")
    assert [q.text for q in qs] == ["My brother, ‘Big Tom,’ is 6’2”,", "And I am 5'10\". So what?"]
    assert [q.speaker for q in qs] == ["Tom Reilly", "Tom Reilly"]


def test_unclosed_quote_ends_before_its_reporting_clause():
    # the closing mark was forgotten before ", said X": the clause is not quoted text
    t = ("\"Nobody told the tenants about the rent rise, said Helen Marsh, whose group runs the food bank.\n\n"
         "\"We are still waiting,\" she said.")
    qs = check(t, "en")
    assert [q.text for q in qs] == ["Nobody told the tenants about the rent rise,", "We are still waiting,"]
    assert [q.speaker for q in qs] == ["Helen Marsh", "Helen Marsh"]
    # an inverted cue that is part of the quoted speech stays in it ("…, told the truth")
    t = "\"The mayor, whom nobody believed, told them the truth about the budget."
    assert [q.text for q in check(t, "en")] == ["The mayor, whom nobody believed, told them the truth about the budget."]


def test_markup_attributes_are_no_quotes():
    # an attribute value broken over a paragraph break must not open a quote in the next one
    t = ('<tweet tweet-author="@laurafinch" tweet-date="May 9, 2016\n\n">Great turnout at the county fair.<tweet/>.\n\n'
         '„Wir gewinnen“, sagte Klaus Berg. <a href="https://example.org/x">Mehr</a>')
    qs = check(t, "en")
    assert [(q.text, q.kind, q.speaker) for q in qs] == [("Wir gewinnen", "direct", "Klaus Berg")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The charter reads: ““Every resident has a right to clean water.”", "en", "Every resident has a right to clean water."),
        ("Die Partei schlägt vor: „„Wir stehen an der Seite jedes Opfers.“", "de", "Wir stehen an der Seite jedes Opfers."),
    ],
)
def test_doubled_opening_mark_is_one_mark(text, lang, expected):
    qs = check(text, lang)
    assert [(q.text, q.kind) for q in qs] == [(expected, "direct")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # British style: single marks for quotes, so a plural possessive's apostrophe is inside one
        ("‘We’re not going anywhere,’ said Tom Reilly. ‘The players’ union agrees.’",
         ["We’re not going anywhere,", "The players’ union agrees."]),
        ("'The workers' pay is too low,' said Tom Reilly.", ["The workers' pay is too low,"]),
        # … but a quote that ends in -s before a lower-case word still closes there
        ("She called them ‘the usual suspects’ and then said ‘no’.", ["the usual suspects", "no"]),
    ],
)
def test_plural_possessive_inside_single_quotes(text, expected):
    assert [q.text for q in check(text, "en")] == expected


def test_apostrophes_de():
    t = "Die Mütter trafen sich in Hans' Haus. \"Wir wissen nicht, wo sie sind\", sagte Irina Wolkowa."
    qs = check(t, "de")
    assert [q.text for q in qs] == ["Wir wissen nicht, wo sie sind"]
    assert qs[0].speaker == "Irina Wolkowa"


def test_doubled_apostrophes_not_paired_by_default(monkeypatch):
    # The reference annotation does not read ''…'' or ``…'' as quotation marks (find.py).
    from newsmill.quotes import find

    t = "''We will not back down,'' said Tom Reilly. ``Never,'' he added. Reilly's boat \"sank,\" he said."
    qs = check(t, "en")
    assert [q.text for q in qs] == ["sank,"]
    monkeypatch.setattr(find, "PAIR_DOUBLED_APOSTROPHES", True)
    qs = check(t, "en")
    assert [q.text for q in qs] == ["We will not back down,", "Never,", "sank,"]
    assert qs[0].speaker == "Tom Reilly" and qs[1].speaker == "Tom Reilly"


def test_doubled_apostrophes_hide_what_they_enclose(monkeypatch):
    # With the switch off, a single-quoted piece inside ''…'' is nested, not a quote of its own.
    from newsmill.quotes import find

    t = ("''When I told them, 'We are closing the plant,' nobody moved,'' said Dana Whitford.\n\n"
         "''Then a worker said: 'What about us?' '' Whitford recalled. Her plant \"closed,\" she said.")
    assert [q.text for q in check(t, "en")] == ["closed,"]
    monkeypatch.setattr(find, "PAIR_DOUBLED_APOSTROPHES", True)
    qs = check(t, "en")
    assert [q.text for q in qs][:2] == ["When I told them, 'We are closing the plant,' nobody moved,",
                                        "Then a worker said: 'What about us?'"]
    assert qs[0].speaker == "Dana Whitford"


def test_doubled_apostrophes_de():
    from newsmill.quotes import find

    t = "''Wir geben nicht auf'', sagte Klaus Berg. „Niemals“, sagte er."
    assert [q.text for q in check(t, "de")] == ["Niemals"]
    assert find.PAIR_DOUBLED_APOSTROPHES is False


def test_guillemets_german_direction():
    t = "»Wir sind bereit«, sagte Klaus Berg."
    q = check(t, "de")[0]
    assert q.text == "Wir sind bereit"
    assert q.speaker == "Klaus Berg"


# --- French and Spanish ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang, pieces, speaker, cue",
    [
        ("« C’est une honte, a lancé Marie Dubois. Nous ne céderons pas. »", "fr",
         ["C’est une honte,", "Nous ne céderons pas."], "Marie Dubois", "a lancé"),
        ("«\u00a0Le vote est clair, explique Paul Girard. Il n’y aura pas de report.\u00a0»", "fr",
         ["Le vote est clair,", "Il n’y aura pas de report."], "Paul Girard", "explique"),
        ("Paul Girard a parlé. « Il faut, estime-t-il, agir vite. »", "fr",
         ["Il faut,", "agir vite."], "Paul Girard", "estime-t-il"),
        ("«No hay plan —dijo Ana Ruiz— y lo sabemos».", "es", ["No hay plan", "y lo sabemos"], "Ana Ruiz", "dijo"),
        ("«No hay plan, afirmó Ana Ruiz. Lo sabemos todos».", "es", ["No hay plan,", "Lo sabemos todos"], "Ana Ruiz", "afirmó"),
        # a reporting clause that ends the quote is cut off it
        ("«Ganaremos, dijo Ana Ruiz».", "es", ["Ganaremos,"], "Ana Ruiz", "dijo"),
        ("« Nous reviendrons, a assuré Marie Dubois. »", "fr", ["Nous reviendrons,"], "Marie Dubois", "a assuré"),
    ],
)
def test_incise_inside_the_marks_splits_the_quote(text, lang, pieces, speaker, cue):
    # French and Spanish write the reporting clause inside the marks; it is not quoted text.
    qs = check(text, lang)
    assert [q.text for q in qs] == pieces
    assert all(q.kind == "direct" and q.speaker == speaker for q in qs)
    assert qs[0].cue == cue


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a cue verb inside the speaker's own sentence, with no subject after it
        ("« Ce que j’ai dit, explique tout », a déclaré Marie Dubois.", "fr", ["Ce que j’ai dit, explique tout"]),
        # English and German close their marks around the reporting clause
        ("“We will win, said nobody, ever,” Tom Reilly joked.", "en", ["We will win, said nobody, ever,"]),
        ("»Wir gewinnen, sagte keiner«, spottete Anna Berger.", "de", ["Wir gewinnen, sagte keiner"]),
    ],
)
def test_no_incise_split(text, lang, expected):
    assert [q.text for q in check(text, lang)] == expected


def test_guillemets_with_plain_spaces():
    t = "« Nous allons gagner », a déclaré Marie Dubois. Selon elle, « le vote est clair »."
    qs = check(t, "fr")
    assert [q.text for q in qs] == ["Nous allons gagner", "le vote est clair"]
    assert all(q.speaker == "Marie Dubois" for q in qs)
    t = "«Vamos a ganar», dijo Ana Ruiz. Según ella, « el voto está claro »."
    qs = check(t, "es")
    assert [q.text for q in qs] == ["Vamos a ganar", "el voto está claro"]
    assert all(q.speaker == "Ana Ruiz" for q in qs)


def test_french_guillemets_with_no_break_spaces():
    t = "«\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre Jean Dupont.\n\n«\u00a0Jamais\u00a0!\u00a0» a-t-il ajouté."
    qs = check(t, "fr")
    assert [q.text for q in qs] == ["Nous ne céderons pas", "Jamais\u00a0!"]
    assert qs[0].speaker == "Jean Dupont"
    assert qs[0].cue == "a déclaré"
    assert qs[1].speaker == "Jean Dupont"
    assert qs[1].speaker_mention == "il"


def test_french_inverted_pronoun():
    t = "La maire Claire Martin a visité l'école. « Les travaux commencent lundi », a-t-elle déclaré."
    q = check(t, "fr")[0]
    assert q.text == "Les travaux commencent lundi"
    assert q.speaker == "Claire Martin"


def test_spanish_guillemets():
    t = "«No vamos a rendirnos», afirmó el ministro Juan Pérez. «Nunca», dijo."
    qs = check(t, "es")
    assert [q.text for q in qs] == ["No vamos a rendirnos", "Nunca"]
    assert qs[0].speaker == "Juan Pérez"
    assert qs[0].cue == "afirmó"
    assert qs[1].speaker == "Juan Pérez"


def test_spanish_pronoun_and_segun():
    t = "La alcaldesa Carmen Ruiz visitó la escuela.\n\n«Las obras empiezan el lunes», según Ruiz."
    q = check(t, "es")[0]
    assert q.speaker == "Carmen Ruiz"


# --- robustness --------------------------------------------------------------------------------


def test_unclosed_mark_and_empty_inputs():
    assert extract_quotes("") == []
    assert extract_quotes("no quotes at all") == []
    qs = check("He said: “this never closes and runs on and on", "en")
    assert len(qs) == 1 and qs[0].text == "this never closes and runs on and on"
    check("“ ” \" ' ‘ ’ « » „ “", None)


@pytest.mark.timeout(60)
def test_one_megabyte_paragraph_with_unclosed_mark():
    t = "“" + "word and another " * 65_000  # ~1 MB, one paragraph, never closed
    qs = extract_quotes(t, "en")
    assert len(qs) == 1 and qs[0].char_start == 1


@pytest.mark.timeout(60)
def test_hundreds_of_thousands_of_marks():
    t = "a \"b\" c 'd' “e ‘f ” " * 30_000  # 180k marks in one paragraph
    qs = extract_quotes(t, "en")
    for q in qs[:1000]:
        assert t[q.char_start : q.char_end] == q.text


# --- the seed sample ------------------------------------------------------------------------------


def _seed_quotes(prefix: str) -> list[dict]:
    from newsmill.pipeline import process_text

    path = next(RAW.glob(prefix + "*.txt"))
    result = process_text(path.read_text(encoding="utf-8"), path.name)
    assert result.article is not None
    for q in result.quotes:
        assert result.article["text"][q["char_start"] : q["char_end"]] == q["text"]
    return result.quotes


@pytest.mark.skipif(not any(RAW.glob("000_*.txt")), reason="seed sample not present")
def test_seed_000_speakers():
    quotes = _seed_quotes("000_")
    speech = [q for q in quotes if q["kind"] != "term"]

    def speaker_of(fragment: str) -> str | None:
        return next(q["speaker"] for q in speech if fragment in q["text"])

    assert speaker_of("I would like you to know") == "Vladimir Putin"
    assert speaker_of("You can’t trust everything") == "Vladimir Putin"
    assert speaker_of("Information is also a weapon") == "Vladimir Putin"
    assert speaker_of("Do you have the courage") == "Olga Tsukanova"
    assert speaker_of("The Kremlin will likely be concerned") == "UK Ministry of Defense"
    assert "British military officials" in speaker_of("Their deployment is often characterized")
    he = next(q for q in speech if "I would like you to know" in q["text"])
    assert he["speaker_mention"] == "he"
    assert all(q["speaker"] for q in speech)
