"""Where a speaker phrase ends: a name stops at its first word that is no part of it.

A proper name (capitalised words, lower-case surname particles before a capitalised word,
initials) ends at a lower-case preposition, adverb or time word, in every language; a
possessive keeps the noun it owns; a common-noun speaker keeps its of-phrase. Every input is
written for these tests. Each case gives the exact quote text, speaker and speaker_mention.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_speakers import check  # offsets of quote and mention slice back


CASES = [
    # a prepositional phrase or an adverb after an inverted name
    ("fr", "« Nous gagnerons », a déclaré Marie Dubois devant les délégués.",
     "Nous gagnerons", "Marie Dubois", "Marie Dubois"),
    ("es", "«No hay plan», afirmó Ana Ruiz ante la prensa.",
     "No hay plan", "Ana Ruiz", "Ana Ruiz"),
    ("en", "“We will win,” said Marie Dubois aujourd’hui.",
     "We will win,", "Marie Dubois", "Marie Dubois"),
    ("de", "„Wir schaffen das“, sagte Angela Merkel am Montag in Berlin.",
     "Wir schaffen das", "Angela Merkel", "Angela Merkel"),
    ("en", "“The pier stays shut,” said Colm Tierney himself.",
     "The pier stays shut,", "Colm Tierney", "Colm Tierney"),
    ("de", "„Die Brücke bleibt zu“, sagte Jonas Keller der Lokalzeitung.",
     "Die Brücke bleibt zu", "Jonas Keller", "Jonas Keller"),
    ("fr", "« Le pont restera fermé », a affirmé Lucie Garnier depuis la mairie.",
     "Le pont restera fermé", "Lucie Garnier", "Lucie Garnier"),
    ("es", "«El puente seguirá cerrado», dijo Pablo Ortega durante la rueda de prensa.",
     "El puente seguirá cerrado", "Pablo Ortega", "Pablo Ortega"),
    # a role noun before the name, then the name ends
    ("es", "«El puente seguirá cerrado», dijo el alcalde Pablo Ortega ante los vecinos.",
     "El puente seguirá cerrado", "Pablo Ortega", "el alcalde Pablo Ortega"),
    ("fr", "« Le pont restera fermé », a déclaré le ministre Paul Martin devant les élus.",
     "Le pont restera fermé", "Paul Martin", "le ministre Paul Martin"),
    # a possessive owns the noun after it: the team is not the person
    ("en", "“We will win,” Tom Reilly’s team said.",
     "We will win,", "Tom Reilly’s team", "Tom Reilly’s team"),
    ("en", "“The pier stays shut,” said Colm Tierney’s office.",
     "The pier stays shut,", "Colm Tierney’s office", "Colm Tierney’s office"),
    # surname particles between capitalised words belong to the name
    ("en", "“We will win,” said Sophie in 't Veld, a Dutch MEP.",
     "We will win,", "Sophie in 't Veld", "Sophie in 't Veld"),
    ("en", "“The pier stays shut,” Lotte van der Berg told reporters.",
     "The pier stays shut,", "Lotte van der Berg", "Lotte van der Berg"),
    ("de", "„Die Brücke bleibt zu“, sagte Ursula von der Halde vor Journalisten.",
     "Die Brücke bleibt zu", "Ursula von der Halde", "Ursula von der Halde"),
    ("es", "«El puente seguirá cerrado», dijo Juan de la Fuente en Sevilla.",
     "El puente seguirá cerrado", "Juan de la Fuente", "Juan de la Fuente"),
    ("fr", "« Le pont restera fermé », a déclaré Aurélien d’Aubigny devant la presse.",
     "Le pont restera fermé", "Aurélien d’Aubigny", "Aurélien d’Aubigny"),
    # appositions and organisations as before
    ("en", "“We are full,” said Maria Lopez, a nurse at the hospital, on Monday.",
     "We are full,", "Maria Lopez", "Maria Lopez"),
    ("en", "“We are full,” the ministry said in a statement.",
     "We are full,", "ministry", "the ministry"),
    ("en", "“We are full,” said Olga Brandt of the Harbour Council.",
     "We are full,", "Olga Brandt", "Olga Brandt of the Harbour Council"),
    ("fr", "« Rien ne change », a déclaré le ministère.",
     "Rien ne change", "ministère", "le ministère"),
    ("fr", "« Rien ne change », a déclaré le porte-parole du gouvernement devant la presse.",
     "Rien ne change", "porte-parole du gouvernement", "le porte-parole du gouvernement"),
    ("es", "«No hay plan», dijo un portavoz del ministerio ante la prensa.",
     "No hay plan", "portavoz del ministerio", "un portavoz del ministerio"),
    ("de", "„Die Brücke bleibt zu“, sagte der Sprecher der Stadtwerke.",
     "Die Brücke bleibt zu", "Stadtwerke", "der Sprecher der Stadtwerke"),
    ("en", "“The pier stays shut,” said Harbour Board chairman Colm Tierney.",
     "The pier stays shut,", "Colm Tierney", "Harbour Board chairman Colm Tierney"),
    ("en", "“The pier stays shut,” said a longtime Harbour Board adviser.",
     "The pier stays shut,", "longtime Harbour Board adviser", "a longtime Harbour Board adviser"),
    # a role noun joined to its employer by "for" / "to" is one speaker phrase
    ("en", "“We will appeal,” a spokesman for the ministry said.",
     "We will appeal,", "spokesman for the ministry", "a spokesman for the ministry"),
    ("en", "“We will appeal,” an adviser to the mayor said.",
     "We will appeal,", "adviser to the mayor", "an adviser to the mayor"),
    ("en", "“We will appeal,” a lawyer for the family said.",
     "We will appeal,", "lawyer for the family", "a lawyer for the family"),
    # a role phrase, a comma, then the name: the name speaks
    ("en", "“It is dead on arrival,” said the committee chairman, Tom Reilly.",
     "It is dead on arrival,", "Tom Reilly", "Tom Reilly"),
    ("es", "«Esta ley no resolverá nada», dijo el líder del partido, Alberto Ruiz Molina.",
     "Esta ley no resolverá nada", "Alberto Ruiz Molina", "Alberto Ruiz Molina"),
    ("fr", "« C’est injuste », a réagi le chef de file des écologistes, Jean-Marc Duval.",
     "C’est injuste", "Jean-Marc Duval", "Jean-Marc Duval"),
    ("de", "„Das ist falsch“, sagte der Fraktionschef der Union, Jens Berger.",
     "Das ist falsch", "Jens Berger", "Jens Berger"),
    ("en", "“We have not been briefed,” a spokesman for Mayor Ana Ruiz, Tom Reilly, told the Post.",
     "We have not been briefed,", "Tom Reilly", "Tom Reilly"),
    ("de", "„Nein“, sagte der Sprecher der Stadt, Jens Berger, am Montag.", "Nein", "Jens Berger", "Jens Berger"),
    # ... before the cue too, quote after or before
    ("en", "The chief executive, Ana Ruiz, said: “We will grow.”", "We will grow.", "Ana Ruiz", "Ana Ruiz"),
    ("de", "Die Sprecherin der Stadt, Anna Berger, sagte: „Wir sind müde.“", "Wir sind müde.", "Anna Berger", "Anna Berger"),
    # a German capitalised role after its determiner or possessive, then the name: the name ends
    # at the dative object ("der Nachrichtenagentur"), "ihr" here is a possessive, no pronoun
    ("de", "Die Gewerkschaft reagierte skeptisch. „Genug“, sagte ihr Vorsitzender Martin Berger der Nachrichtenagentur dpa.",
     "Genug", "Martin Berger", "ihr Vorsitzender Martin Berger"),
    ("de", "„Genug“, sagte der Vorsitzende Martin Berger der Nachrichtenagentur dpa.",
     "Genug", "Martin Berger", "der Vorsitzende Martin Berger"),
    # a quantifier opens a speaker phrase like a determiner; a time phrase is no speaker
    ("en", "“I don’t buy it,” one trader told the agency, asking not to be named.",
     "I don’t buy it,", "one trader", "one trader"),
    ("en", "“It is over,” two officials said.", "It is over,", "two officials", "two officials"),
    # a German role compound with a party prefix is a role, not part of the name
    ("de", "„Das ist ein Gesetz mit der Brechstange“, erklärte CDU-Fraktionsvize Jens Berger.",
     "Das ist ein Gesetz mit der Brechstange", "Jens Berger", "CDU-Fraktionsvize Jens Berger"),
]


@pytest.mark.parametrize("lang, text, quote, speaker, mention", CASES)
def test_speaker_phrase_bounds(lang, text, quote, speaker, mention):
    qs = check(text, lang)
    assert [(q.text, q.speaker, q.speaker_mention) for q in qs] == [(quote, speaker, mention)]


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        ("en", "Sophie in 't Veld arrived late. “We will win,” she said.", "Sophie in 't Veld"),
        ("fr", "Marie Dubois est arrivée tard. « Nous gagnerons », a-t-elle déclaré devant les délégués.", "Marie Dubois"),
        ("es", "«No hay plan», afirmó Ana Ruiz ante la prensa. «Nada cambia», añadió.", "Ana Ruiz"),
        ("de", "„Die Brücke bleibt zu“, sagte Ursula von der Halde. „Sie bleibt zu“, fügte sie hinzu.", "Ursula von der Halde"),
    ],
)
def test_bounded_names_resolve_pronouns_and_continuations(lang, text, speaker):
    qs = check(text, lang)
    assert [q.speaker for q in qs] == [speaker] * len(qs)


@pytest.mark.parametrize(
    "lang, text, speakers",
    [
        # more reporting verbs, and object pronouns after "selon", "según", "zufolge"
        ("fr", "« Cette réforme est injuste », a réagi Jean-Marc Duval. Selon lui, « personne ne l’acceptera ».",
         ["Jean-Marc Duval", "Jean-Marc Duval"]),
        ("es", "«Es injusto», replicó Ana Ruiz. Según ella, «nadie lo aceptará».", ["Ana Ruiz", "Ana Ruiz"]),
        ("de", "„Das ist falsch“, entgegnete Anna Berger. Ihr zufolge „wird niemand das akzeptieren“.",
         ["Anna Berger", "Anna Berger"]),
    ],
)
def test_more_cues_and_object_pronouns(lang, text, speakers):
    assert [q.speaker for q in check(text, lang)] == speakers


def test_a_floating_quote_follows_the_main_report_not_a_clause_inside_it():
    text = ("Mayor Ana Ruiz said that for years some critics had been predicting the harbour would close.\n\n"
            "“This harbour will stay open as long as I am mayor.”")
    assert [q.speaker for q in check(text, "en")] == ["Ana Ruiz"]


def test_a_cue_without_subject_takes_the_named_apposition_of_the_sentence_before():
    text = "El alcalde de la ciudad, Pedro Ruiz Gómez, defendió el plan. «No vamos a dar marcha atrás», aseguró."
    assert [q.speaker for q in check(text, "es")] == ["Pedro Ruiz Gómez"]


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        # he / she with no named antecedent: the role subject of the sentence before
        ("en", "The mayor defended the plan on Monday. “We will not back down,” she said.", "mayor"),
        ("fr", "Le président de la République a défendu jeudi son projet. « Nous ne reculerons pas », a-t-il lancé.", "président de la République"),
        ("de", "Der Bundeskanzler verteidigte am Montag den Plan. „Wir weichen nicht zurück“, sagte er.", "Bundeskanzler"),
        ("es", "El alcalde defendió el plan. «No daremos marcha atrás», dijo él.", "alcalde"),
        # ... never a thing, nor a role of the other gender
        ("en", "The storm hit the coast on Monday. “It was terrible,” he said.", None),
        ("en", "The spokeswoman defended the plan. “It was terrible,” he said.", None),
    ],
)
def test_a_pronoun_with_no_named_antecedent_takes_the_role_subject_before(lang, text, speaker):
    assert [q.speaker for q in check(text, lang)] == [speaker]


@pytest.mark.parametrize(
    "lang, text, speakers",
    [
        # "Pour X, …" / "Para X, …" opening a sentence names the opinion's holder
        ("es", "Para la líder de la oposición, Isabel Ruiz Gómez, se trata de «una cortina de humo». "
               "«Los vecinos merecen la verdad», escribió.", ["Isabel Ruiz Gómez", "Isabel Ruiz Gómez"]),
        ("fr", "Pour Marine Dubois, présidente du groupe, il s’agit d’« un passage en force ».", ["Marine Dubois"]),
        # ... but not "pour" / "para" inside a sentence
        ("fr", "Il a voté pour la loi, qui est « un progrès », a dit Jean Morel.", ["Jean Morel"]),
        ("es", "Es un paso «histórico» para el país, dijo Ana Ruiz.", ["Ana Ruiz"]),
    ],
)
def test_the_holder_of_an_opinion_opening_a_sentence(lang, text, speakers):
    assert [q.speaker for q in check(text, lang)] == speakers


@pytest.mark.parametrize(
    "lang, text, speaker, mention",
    [
        # the listener between an inverted cue and its speaker is skipped
        ("es", "«Seguiremos trabajando», indicó a este diario un portavoz de la empresa.",
         "portavoz de la empresa", "un portavoz de la empresa"),
        ("es", "«Seguiremos», dijo a la prensa Ana Ruiz.", "Ana Ruiz", "Ana Ruiz"),
        ("fr", "« Nous continuerons », a déclaré à l’AFP le ministre de l’Intérieur.",
         "ministre de l’Intérieur", "le ministre de l’Intérieur"),
        # a thing judged with a copula does not speak: the speaker before does
        ("de", "«Wir sind enttäuscht», sagt Gemeindepräsidentin Ursula Meier. Der Entscheid sei «schwer nachvollziehbar».",
         "Ursula Meier", None),
        ("en", "“We are disappointed,” Mayor Ana Ruiz said. The decision was “hard to understand”.", "Ana Ruiz", None),
    ],
)
def test_listeners_and_judged_things_are_no_speakers(lang, text, speaker, mention):
    last = check(text, lang)[-1]
    assert (last.speaker, last.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        ("en", "The mayor, Ana Ruiz, was blunt: “We waited too long.”", "Ana Ruiz"),
        ("es", "La alcaldesa, Ana Ruiz, fue tajante: «Hemos esperado demasiado.»", "Ana Ruiz"),
        ("de", "Der Bürgermeister, Jens Berger, blieb hart: „Wir handeln.“", "Jens Berger"),
    ],
)
def test_a_colon_introduction_by_a_role_with_its_name_in_apposition(lang, text, speaker):
    assert [q.speaker for q in check(text, lang)] == [speaker]


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        # the source behind a document, a bare plural of people, a document alone
        ("en", "According to a statement from the Ministry of Health, the outbreak is “under control”.", "Ministry of Health"),
        ("en", "According to officials, the outbreak is “under control”.", "officials"),
        # ... but an adjective is no source: the quote floats to the speaker before
        ("en", "“We are ready,” Mayor Ana Ruiz said. According to official figures, the outbreak is “under control”.", "Ana Ruiz"),
        ("en", "The outbreak is “under control”, according to a report.", "report"),
        ("de", "Laut einer Mitteilung des Gesundheitsamts Köln ist die Lage „unter Kontrolle“.", "Gesundheitsamts Köln"),
    ],
)
def test_the_source_after_according_to(lang, text, speaker):
    assert check(text, lang)[-1].speaker == speaker
