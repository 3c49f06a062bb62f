"""Speaker attribution, hard cases (issue 3): exact speakers and speaker_mention spans.

Every input is written for these tests, in several house styles and in en, de, fr and es.
``check`` asserts the offset contract; ``spoken`` maps each quote's first words to
(speaker, speaker_mention) so a case reads as the expected attribution of every quote.
"""

from __future__ import annotations

import pytest

from newsmill.quotes import Quote, extract_quotes


def check(text: str, language: str | None = None) -> list[Quote]:
    quotes = extract_quotes(text, language)
    for q in quotes:
        assert text[q.char_start : q.char_end] == q.text
        if q.speaker_mention is not None:
            assert text[q.speaker_char_start : q.speaker_char_end] == q.speaker_mention
    return quotes


def spoken(text: str, language: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {" ".join(q.text.split()[:3]): (q.speaker, q.speaker_mention) for q in check(text, language) if q.kind != "term"}


# --- continued quotes: the sentence tail after the speaker reports somebody else -------------

CONTINUED = [
    ("en", "“We will not close the clinic,” said Jo Sims, a nurse at the hospital where Tom Hill said "
           "last week that cuts were coming. “We will fight for every bed in this town.”",
     {"We will not": ("Jo Sims", "Jo Sims"), "We will fight": ("Jo Sims", None)}),
    ("de", "„Wir schließen die Klinik nicht“, sagte Anna Berger, Ärztin an dem Spital, wo Tom Hill "
           "vorige Woche sagte, dass gekürzt werde. „Wir kämpfen um jedes Bett in dieser Stadt.“",
     {"Wir schließen die": ("Anna Berger", "Anna Berger"), "Wir kämpfen um": ("Anna Berger", None)}),
    ("fr", "« Nous ne fermerons pas la clinique », a déclaré Marie Dubois, infirmière à l’hôpital où "
           "Paul Martin a dit la semaine dernière que des coupes arrivaient. « Nous nous battrons pour "
           "chaque lit de la ville. »",
     {"Nous ne fermerons": ("Marie Dubois", "Marie Dubois"), "Nous nous battrons": ("Marie Dubois", None)}),
    ("es", "«No cerraremos la clínica», dijo Ana García, enfermera del hospital donde Pedro Ruiz dijo la "
           "semana pasada que habría recortes. «Vamos a luchar por cada cama de esta ciudad».",
     {"No cerraremos la": ("Ana García", "Ana García"), "Vamos a luchar": ("Ana García", None)}),
]


@pytest.mark.parametrize("lang, text, expected", CONTINUED, ids=[c[0] for c in CONTINUED])
def test_continued_quote_keeps_the_speaker(lang, text, expected):
    assert spoken(text, lang) == expected


def test_new_sentence_after_a_closed_quote_has_its_own_subject():
    t = ("“We will fight for every bed,” said Jo Sims, a nurse.\n\n"
         "Tom Hill, the mayor of Dover, praised the staff. “They are the heroes of this town, all of them.”")
    assert spoken(t, "en") == {"We will fight": ("Jo Sims", "Jo Sims"), "They are the": ("Tom Hill", None)}


# --- participles: "…, calling it “…”" takes the subject of its clause -----------------------

PARTICIPLES = [
    ("Hours later, Jo Sims returned the compliment, telling reporters, “She is a fine mayor and a friend.”",
     {"She is a": ("Jo Sims", "Jo Sims")}),
    ("Speaking in Dover, Jo Sims went after the council, calling its plan “a disgrace to this town.”",
     {"a disgrace to": ("Jo Sims", "Jo Sims")}),
    # the participle extends the report before it, not the clause reported
    ("The bridge will reopen in May, Tom Hill said, adding, “We owe the drivers of this city an apology.”",
     {"We owe the": ("Tom Hill", "Tom Hill")}),
    # after the quote a participle never inverts: "the quay" is not the speaker
    ("Anna Berger defended the “old harbour,” saying the quay embodied “the soul of this town.”",
     {"old harbour,": ("Anna Berger", "Anna Berger"), "the soul of": ("Anna Berger", "Anna Berger")}),
    # an organisation opening the sentence with its article
    ("The Dover Rowing Club did not want to comment on “that person,” telling reporters it is focused on "
     "“safety on the river.”",
     {"that person,": ("Dover Rowing Club", "The Dover Rowing Club"),
      "safety on the": ("Dover Rowing Club", "The Dover Rowing Club")}),
]


@pytest.mark.parametrize("text, expected", PARTICIPLES)
def test_participle_takes_the_clause_subject(text, expected):
    assert spoken(text, "en") == expected


def test_place_apposition_is_not_the_subject():
    t = ("Preceded at the lectern by Joe Arpaio, the Arizona sheriff and a hard-liner, Jo Sims launched into "
         "a lament for the drivers who are “victims of the council.”")
    assert spoken(t, "en") == {"victims of the": ("Jo Sims", "Jo Sims")}


# --- colon introductions closing the paragraph before the quote ------------------------------

COLON_PARAGRAPH = [
    ("en", "The Courier ran the story on Monday, and the Dover Rowing Club responded:\n\n"
           "“We have never taken a penny from the council.”",
     {"We have never": ("Dover Rowing Club", "the Dover Rowing Club")}),
    ("de", "Der Kurier berichtete am Montag darüber, und Anna Berger, die Vorsitzende des Vereins, antwortete:\n\n"
           "„Wir haben nie Geld vom Rat genommen.“",
     {"Wir haben nie": ("Anna Berger", "Anna Berger")}),
    ("fr", "Le Courrier a publié l’article lundi, et Marie Dubois, la présidente du club, a répondu :\n\n"
           "« Nous n’avons jamais pris un centime au conseil. »",
     {"Nous n’avons jamais": ("Marie Dubois", "Marie Dubois")}),
]


@pytest.mark.parametrize("lang, text, expected", COLON_PARAGRAPH, ids=[c[0] for c in COLON_PARAGRAPH])
def test_colon_paragraph_intro_is_the_cue_subject(lang, text, expected):
    assert spoken(text, lang) == expected


# --- unnamed sources are known by whom they speak for ----------------------------------------

UNNAMED = [
    ("en", "“We have a ton of work to do,” said a longtime adviser to both Clintons, who asked not to be named.",
     {"We have a": ("longtime adviser to both Clintons", "a longtime adviser to both Clintons")}),
    ("en", "A spokesman for Platte River declined to comment but said in a statement that “the server was never wiped.”",
     {"the server was": ("spokesman for Platte River", "A spokesman for Platte River")}),
    ("de", "„Das ist Unsinn“, sagte ein Sprecher von Siemens.",
     {"Das ist Unsinn": ("Sprecher von Siemens", "ein Sprecher von Siemens")}),
    ("fr", "« C’est absurde », a déclaré un porte-parole de Renault.",
     {"C’est absurde": ("porte-parole de Renault", "un porte-parole de Renault")}),
    ("es", "«Es absurdo», dijo un portavoz de Iberdrola.",
     {"Es absurdo": ("portavoz de Iberdrola", "un portavoz de Iberdrola")}),
]


@pytest.mark.parametrize("lang, text, expected", UNNAMED, ids=[c[0] for c in UNNAMED])
def test_unnamed_source_keeps_its_affiliation(lang, text, expected):
    assert spoken(text, lang) == expected


def test_title_of_a_named_person_is_not_an_affiliation():
    t = "“The vote was an important step,” Secretary of State John F. Kerry said."
    assert spoken(t, "en") == {"The vote was": ("John F. Kerry", "Secretary of State John F. Kerry")}


# --- cue clauses: nested closing marks, after-quote verbs, statements, objects, clauses ------

CUE_CLAUSES = [
    # the quote ends in a nested quote: its comma is still the one closing the quote
    ("en", "“The answer you’d like is, ‘I’m for the bridge, darn it,’” Jo Sims, who opposed the plan for "
           "years, said at the time.",
     {"The answer you’d": ("Jo Sims", "Jo Sims")}),
    ("de", "„Die Antwort lautet: ‚Ich bin für die Brücke‘“, sagte Anna Berger, die den Plan jahrelang ablehnte.",
     {"Die Antwort lautet:": ("Anna Berger", "Anna Berger")}),
    # a verb that reports speech only right after a quote and its speaker
    ("en", "“Would it be negotiable?” Tom Hill pressed. “Maybe let some people stay?”",
     {"Would it be": ("Tom Hill", "Tom Hill"), "Maybe let some": ("Tom Hill", None)}),
    # an organisation's statement
    ("en", "When the mayor died in 1998, the Dover Rowing Club released the following statement:\n\n"
           "“We offer our condolences to the family of the mayor.”",
     {"We offer our": ("Dover Rowing Club", "the Dover Rowing Club")}),
    ("en", "The Dover Rowing Club issued a statement apologizing to the mayor, saying the emails were "
           "“a grave mistake by our staff.”",
     {"a grave mistake": ("Dover Rowing Club", "The Dover Rowing Club")}),
    # "denounced" is followed by its object, not by an inverted speaker
    ("en", "Jo Sims summed up the plan as “a disgrace,” denounced the council and said it should resign.",
     {"a disgrace,": ("Jo Sims", "Jo Sims")}),
    # a report inside an adverbial clause is not the content of the report before it
    ("en", "Tom Hill issued a statement after Jo Sims told a town hall on Monday that the bridge is “a death trap.”",
     {"a death trap.": ("Jo Sims", "Jo Sims")}),
    ("de", "Tom Hill veröffentlichte eine Erklärung, nachdem Anna Berger am Montag sagte, die Brücke sei "
           "„eine Todesfalle“.",
     {"eine Todesfalle": ("Anna Berger", "Anna Berger")}),
    # "before Dover," is a phrase, not a clause: the main report stands
    ("en", "Jo Sims recalled that before Dover, the plan wasn’t taken seriously by readers, who wondered if "
           "“it would ever be built.”",
     {"it would ever": ("Jo Sims", "Jo Sims")}),
]


@pytest.mark.parametrize("lang, text, expected", CUE_CLAUSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CUE_CLAUSES)])
def test_cue_clauses(lang, text, expected):
    assert spoken(text, lang) == expected


# --- coordinated, infinitive and passive cues ------------------------------------------------

SHARED_SUBJECT = [
    # a coordinated verb after the quote shares the subject before it: no inversion
    ("De Blasio, speaking on the radio, called Jo Sims a “blowhard,” and said her remarks were "
     "“propaganda for the other side.”",
     {"blowhard,": ("De Blasio", "De Blasio"), "propaganda for the": ("De Blasio", "De Blasio")}),
    # an infinitive cue takes the subject of the verb governing it
    ("Jo Sims joked that Dover was her answer, but went on to say, “There are places in this county "
     "that are dangerous.”",
     {"There are places": ("Jo Sims", "Jo Sims")}),
    # the agent of a passive cue asks the question
    ("Jo Sims was asked by moderator Tom Hill whether the plan would risk “adding another expensive "
     "program to the budget.”",
     {"adding another expensive": ("Tom Hill", "moderator Tom Hill")}),
]


@pytest.mark.parametrize("text, expected", SHARED_SUBJECT)
def test_shared_subject_cues(text, expected):
    assert spoken(text, "en") == expected


# --- the main clause: after an opening adverbial clause, and a coordinated clause of its own -

MAIN_CLAUSE = [
    ("en", "After Tom Hill argued that the bridge should stay open, Jo Sims said only that his "
           "“numbers don’t add up.”",
     {"numbers don’t add": ("Jo Sims", "Jo Sims")}),
    ("en", "When Tom Hill suggested that Dover would sue, Jo Sims fired back: “If they sue us in a court in "
           "Dover, they’re going to lose.”",
     {"If they sue": ("Jo Sims", "Jo Sims")}),
    ("en", "Tom Hill accuses the council of “leading from behind” and Jo Sims says it is “losing the war "
           "on potholes.”",
     {"leading from behind": ("Tom Hill", "Tom Hill"), "losing the war": ("Jo Sims", "Jo Sims")}),
    ("de", "Nachdem Tom Hill erklärt hatte, die Brücke bleibe offen, sagte Anna Berger nur, seine Zahlen "
           "seien „nicht stimmig“.",
     {"nicht stimmig": ("Anna Berger", "Anna Berger")}),
    ("de", "Tom Hill wirft dem Rat „Führung von hinten“ vor und Anna Berger sagt, er verliere „den Kampf "
           "gegen Schlaglöcher“.",
     {"Führung von hinten": ("Tom Hill", "Tom Hill"), "den Kampf gegen": ("Anna Berger", "Anna Berger")}),
]


@pytest.mark.parametrize("lang, text, expected", MAIN_CLAUSE, ids=[f"{c[0]}-{i}" for i, c in enumerate(MAIN_CLAUSE)])
def test_main_clause_speaks(lang, text, expected):
    assert spoken(text, lang) == expected


# --- long appositions ------------------------------------------------------------------------

APPOSITIONS = [
    # several segments, one closed by the comma of a quoted title
    ("en", "Sam Solovey, a contestant on the reality TV show “The Apprentice,” who went on to work for the "
           "firm, said his boss was “always kind and generous.”",
     {"always kind and": ("Sam Solovey", "Sam Solovey")}),
    ("en", "Morton Blackwell, founder of the Leadership Institute, a member since the 1960s and a committeeman "
           "from Virginia, endorsed Cruz last week, saying he “has shown his deep commitment.”",
     {"has shown his": ("Morton Blackwell", "Morton Blackwell")}),
    ("de", "Anna Berger, Gründerin des Instituts, seit 1960 Mitglied der Partei, sagte, der Plan sei „ein Fehler“.",
     {"ein Fehler": ("Anna Berger", "Anna Berger")}),
    # a place after a preposition, with its state, is not the subject
    ("en", "Speaking at a town hall in Salem, New Hampshire, Tom Hill went after the council, calling its plan "
           "“a total stiff.”",
     {"a total stiff.": ("Tom Hill", "Tom Hill")}),
    # the comma after a party tag
    ("en", "On Tuesday in Berea, Ohio, after winning the primary, Gov. Jo Sims (R-OH), said, “I’m getting ready "
           "to rent a covered wagon.”",
     {"I’m getting ready": ("Jo Sims", "Gov. Jo Sims")}),
]


@pytest.mark.parametrize("lang, text, expected", APPOSITIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(APPOSITIONS)])
def test_long_appositions(lang, text, expected):
    assert spoken(text, lang) == expected


# --- names that are function words; quotes inside an apposition ------------------------------

NAME_WORDS = [
    ("en", "“We will leave the union,” Theresa May said.", {"We will leave": ("Theresa May", "Theresa May")}),
    ("en", "“The eruption of war is a reminder,” Will wrote. “This should hasten the eclipse of the outsiders.”",
     {"The eruption of": ("Will", "Will"), "This should hasten": ("Will", None)}),
    ("en", "“It is a pretty expensive business model,” said Will Doyle, a professor in Nashville, Tennessee. "
           "“The biggest thing is personnel costs.”",
     {"It is a": ("Will Doyle", "Will Doyle"), "The biggest thing": ("Will Doyle", None)}),
    ("en", "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy "
           "hat and “Ted Cruz” campaign pins, said matter-of-factly.",
     {"We’ve had more": ("Bill Eastland", "Texas delegate Bill Eastland")}),
]


@pytest.mark.parametrize("lang, text, expected", NAME_WORDS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAME_WORDS)])
def test_names_that_are_function_words(lang, text, expected):
    assert spoken(text, lang) == expected


# --- subjects: role words before a name, governed phrases, conjunctions, opening participles --

SUBJECTS = [
    ("en", "Sims says he was “kind of riding the fence” until Haley said she was backing the senator.",
     {"kind of riding": ("Sims", "Sims")}),
    ("en", "Former network anchor Katie Couric has promoted a humble approach, telling graduates, “If you're too "
           "big for a small job, you're too small for a big one.”",
     {"If you're too": ("Katie Couric", "Katie Couric")}),
    ("en", "In the depths of the Great Recession, Paul Ryan worried that the safety net was becoming “a hammock "
           "that lulls people to lives of dependency.”",
     {"a hammock that": ("Paul Ryan", "Paul Ryan")}),
    ("en", "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that his wealth helps.",
     {"says a lot": ("Allen", "Allen")}),
    ("de", "Die ehemalige Fernsehmoderatorin Katja Brandt lobte den Plan und sagte, er sei „ein großer Wurf“.",
     {"ein großer Wurf": ("Katja Brandt", "Die ehemalige Fernsehmoderatorin Katja Brandt")}),
]


@pytest.mark.parametrize("lang, text, expected", SUBJECTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SUBJECTS)])
def test_subjects(lang, text, expected):
    assert spoken(text, lang) == expected


# --- colon introductions, relative clauses and speech nouns ----------------------------------

FRAMES = [
    # a sentence-opening name with a verb after it speaks; the addressee before the colon does not
    ("Jo Sims gestured to the crowd, then leaned in and boomed: “Let’s win in November.”",
     {"Let’s win in": ("Jo Sims", "Jo Sims")}),
    ("Council leader Tom Hill, R-Ky., delivered a blunt message to Sims: “It is time to quit attacking people.”",
     {"It is time": ("Tom Hill", "Tom Hill")}),
    # "in what X, an apposition, called “…”": the relative clause's subject
    ("He protected the delegates in 1976, in what Bay Buchanan, treasurer for a rival campaign, called "
     "“hand-to-hand combat.”",
     {"hand-to-hand combat.": ("Bay Buchanan", "Bay Buchanan")}),
    # the possessor of a speech noun
    ("Trump's recent evidence-free assertion that “thousands” of people celebrated parallels other stories.",
     {"thousands": ("Trump", "Trump")}),
    ("It is the persistent pull of Obama's “if you like your plan, you can keep it” promise.",
     {"if you like": ("Obama", "Obama")}),
]


@pytest.mark.parametrize("text, expected", FRAMES)
def test_frames(text, expected):
    assert spoken(text, "en") == expected


# --- transcripts, "as reported by", interjected adverbs, "wie … berichtete" ------------------

SOURCES = [
    ("en", "Rep. Tom Hill (R-S.C.): “I have not heard anyone other than you cite that figure.”",
     {"I have not": ("Tom Hill", "Rep. Tom Hill")}),
    ("en", "As reported by the Dover Courier, the mayor found both issues “disqualifying for any candidate.”",
     {"disqualifying for any": ("Dover Courier", "the Dover Courier")}),
    ("en", "Proponents of the new bill, however, say it would let the council act as an “umpire.”",
     {"umpire.": ("Proponents", "Proponents of the new bill")}),
    ("en", "And in explaining why many of those “common-sense solutions” had not passed, Jo Sims described a "
           "rigged system.",
     {"common-sense solutions": ("Jo Sims", "Jo Sims")}),
    ("de", "Wie der Kurier berichtete, nannte der Bürgermeister den Plan „untragbar“.",
     {"untragbar": ("Bürgermeister", "der Bürgermeister")}),
]


@pytest.mark.parametrize("lang, text, expected", SOURCES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SOURCES)])
def test_sources(lang, text, expected):
    assert spoken(text, lang) == expected


# --- clause boundaries ------------------------------------------------------------------------

CLAUSES = [
    # ", and X vowed" after a quote is a new clause, not an attribution of the quote before it
    ("Cruz said he'd make sand “glow in the dark,” for instance, and Trump vowed to “bomb the hell” out of them.",
     {"glow in the": ("Cruz", "Cruz"), "bomb the hell": ("Trump", "Trump")}),
    # a fragment inside an opening clause that reports speech itself
    ("After Scalia said that some students might do better at “less advanced schools,” Trump said: "
     "“I don't like what he said.”",
     {"less advanced schools,": ("Scalia", "Scalia"), "I don't like": ("Trump", "Trump")}),
    # an aspect verb before the -ing cue; "with X telling …"
    ("Clinton first testified in 2013, and Sen. Ron Johnson (R-Wis.) kept asking her why the department had "
     "tied the violence to “spontaneous” protests.",
     {"spontaneous": ("Ron Johnson", "Sen. Ron Johnson")}),
    ("The attack sparked a debate over how the United States responds, with Senator John McCain telling "
     "reporters he viewed Obama as “directly responsible” for it.",
     {"directly responsible": ("John McCain", "Senator John McCain")}),
    ("No wonder Trump said, and I quote, “We love the poorly educated.”",
     {"We love the": ("Trump", "Trump")}),
]


@pytest.mark.parametrize("text, expected", CLAUSES)
def test_clause_boundaries(text, expected):
    assert spoken(text, "en") == expected


def test_place_after_a_name_is_not_the_speaker():
    t = "Stacy Baker of Columbia, South Carolina says she thinks Cruz can win if he keeps “doing what he’s doing.”"
    assert spoken(t, "en") == {"doing what he’s": ("Stacy Baker", "Stacy Baker")}


def test_addressee_with_modifiers_before_a_colon():
    t = ("Former candidate Jeb Bush broke down what was wrong with the image to the Dutch newspaper NRC Handelsblad: "
         "“What Trump did was so insensitive.”")
    assert spoken(t, "en") == {"What Trump did": ("Jeb Bush", "Jeb Bush")}


def test_name_after_a_landmark_with_of_speaks():
    t = ("Discussing a tweet with a star likened to the Star of David, Speaker of the House Rep. Paul Ryan (R-WI) "
         "said “such images have no place in a campaign.”")
    assert spoken(t, "en") == {"such images have": ("Paul Ryan", "Speaker of the House Rep. Paul Ryan")}


# --- signatures and names inside after-quote clauses ------------------------------------------

SIGNATURES = [
    ("en", "The report came out on Monday.\n\n“We are heading into the next downturn with no plan for the "
           "harbour.”\n\nLena Ortiz, Coastal Budget Institute.\n\nThe council agreed.",
     {"We are heading": ("Lena Ortiz", "Lena Ortiz")}),
    ("de", "„Wir gehen ohne Konsens in die nächste Rezession.“\n\nAnna Berger, Institut für Wirtschaftsforschung.",
     {"Wir gehen ohne": ("Anna Berger", "Anna Berger")}),
    # a paragraph telling what a person did is no signature
    ("en", "“Our members are frustrated with the council,” said Jo Sims, a spokeswoman for the club.\n\n"
           "Tom Hill, the radio host, has even likened the mayor to a dictator.",
     {"Our members are": ("Jo Sims", "Jo Sims")}),
    ("en", "“He just stopped and said, ‘We’ve got to win Dover. How do we win Dover?’” Will Estrada, the chairman "
           "for the county, said of the encounter.",
     {"He just stopped": ("Will Estrada", "Will Estrada")}),
]


@pytest.mark.parametrize("lang, text, expected", SIGNATURES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SIGNATURES)])
def test_signatures(lang, text, expected):
    assert spoken(text, lang) == expected


def test_surname_that_is_a_function_word_after_the_cue():
    t = "“We won a smaller share of votes than any party,” said Al From, who helped found the group."
    (q,) = check(t, "en")
    assert (q.speaker, q.speaker_mention) == ("Al From", "Al From")
    assert (q.speaker_char_start, q.speaker_char_end) == (t.index("Al From"), t.index("Al From") + len("Al From"))


def test_exact_mention_offsets_in_four_languages():
    cases = [
        ("en", "“The bridge stays shut,” said Maria Lopez, a nurse at the hospital.", "Maria Lopez", "Maria Lopez"),
        ("de", "„Die Brücke bleibt zu“, sagte die Ärztin Anna Berger am Montag.", "Anna Berger", "die Ärztin Anna Berger"),
        ("fr", "« Le pont reste fermé », a déclaré Marie Dubois, infirmière.", "Marie Dubois", "Marie Dubois"),
        ("es", "«El puente sigue cerrado», dijo Ana García, enfermera del hospital.", "Ana García", "Ana García"),
    ]
    for lang, t, name, mention in cases:
        (q,) = [q for q in check(t, lang) if q.kind != "term"]
        start = t.index(mention)
        assert q.speaker == name, lang
        assert (q.speaker_char_start, q.speaker_char_end) == (start, start + len(mention)), lang
