"""Quote finding and kind (direct / mixed / term): hard cases written for these tests.

Each case gives the exact quote spans found (text between the marks) and their kinds, in
several house styles and languages (en, de, fr, es).
"""

import pytest

from newsmill.quotes import extract_quotes


def kinds(text, lang):
    out = []
    for q in extract_quotes(text, lang):
        assert text[q.char_start : q.char_end] == q.text
        out.append((q.text, q.kind))
    return out


# --- speech pieces made only of short words are not titles ------------------------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("“I have not spoken to any campaign in a year,” Tom Reilly said. “This is all me.”", "en",
         [("I have not spoken to any campaign in a year,", "direct"), ("This is all me.", "direct")]),
        ("„Ich habe mit keiner Kampagne gesprochen“, sagte Anna Berger. „Das bin ganz ich.“", "de",
         [("Ich habe mit keiner Kampagne gesprochen", "direct"), ("Das bin ganz ich.", "direct")]),
        ("« Je n’ai parlé à personne », a déclaré Marie Dubois. « C’est moi. »", "fr",
         [("Je n’ai parlé à personne", "direct"), ("C’est moi.", "direct")]),
        # a pronoun of the speaker makes a short fragment speech, not a name
        ("Dawson lifted a placard of her own. “I am still here,” it said.", "en",
         [("I am still here,", "direct")]),
        # ... while a title in title case stays a title, small verbs included
        ("Fans of “Orange is the New Black” queued for hours.", "en", [("Orange is the New Black", "term")]),
        # a name standing as its own sentence is a title unless it asks: somebody addresses somebody
        ("The judge then turned to me. “Mr. Dale?” I had prepared a short statement.", "en", [("Mr. Dale?", "direct")]),
        ("Der Richter wandte sich dann an mich. „Frau Berger?“ Ich hatte eine Erklärung vorbereitet.", "de",
         [("Frau Berger?", "direct")]),
        ("The judge then turned to me. “Mr. Dale.” I had prepared a short statement.", "en", [("Mr. Dale.", "term")]),
    ],
)
def test_short_word_speech_is_not_a_title(text, lang, expected):
    assert kinds(text, lang) == expected


# --- one quoted word: speech when its sentence puts it in somebody's mouth ----------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a verb that casts something "as" the word
        ("Mayor Tom Reilly dismissed the report as “absurd.”", "en", [("absurd.", "mixed")]),
        ("The party has long portrayed migrants as “invaders” in its leaflets.", "en", [("invaders", "mixed")]),
        ("Anna Berger bezeichnete den Bericht als „absurd“.", "de", [("absurd", "mixed")]),
        ("Anne Morel a qualifié le rapport d’« absurde ».", "fr", [("absurde", "mixed")]),
        ("Ana Ruiz calificó el informe de «absurdo».", "es", [("absurdo", "mixed")]),
        # labelling verbs cast too, in the passive or with a noun subject
        ("Reilly identified the inspector as “Welsh,” the court heard.", "en", [("Welsh,", "mixed")]),
        ("Most of the files were designated as “Restricted,” the lowest level.", "en", [("Restricted,", "mixed")]),
        ("Her profile page lists her as “Chief Engineer at Harbour Works.”", "en", [("Chief Engineer at Harbour Works.", "mixed")]),
        # a speech-act noun
        ("Reilly’s claim that “thousands” cheered was false.", "en", [("thousands", "mixed")]),
        ("His call for a “revolution” drew large crowds.", "en", [("revolution", "mixed")]),
        ("Ihre Forderung nach „Respekt“ wurde laut beklatscht.", "de", [("Respekt", "mixed")]),
        # a study's findings are a report
        ("A 2014 study found the rule caused “significant” harm to jobs.", "en", [("significant", "mixed")]),
        ("The results also showed the weakness of “centrist” as a label.", "en", [("centrist", "mixed")]),
        ("Die Studie ergab einen „deutlichen“ Schaden für die Betriebe.", "de", [("deutlichen", "mixed")]),
        # so is a belief: the believers' word
        ("Party leaders believe an “unfiltered” candidate will win back voters.", "en", [("unfiltered", "mixed")]),
        ("Viele Anhänger glauben, das „manipulierte“ System sei schuld.", "de", [("manipulierte", "mixed")]),
        ("Les militants croient que le système «\u00a0truqué\u00a0» les a trahis.", "fr", [("truqué", "mixed")]),
        # no report anywhere in the sentence: a scare quote
        ("The “alternative” media ecosystem grew quickly.", "en", [("alternative", "term")]),
        ("Das „alternative“ Medienangebot wuchs schnell.", "de", [("alternative", "term")]),
        ("Il s’agit d’une primaire « fermée » cette année.", "fr", [("fermée", "term")]),
    ],
)
def test_one_word_fragments(text, lang, expected):
    assert kinds(text, lang) == expected


# --- titles of works, bylines, markup ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a work noun right before the title, a comma between them or not
        ("Sam Dale, a contestant on the reality show, “The Big Deal,” said he was fired.", "en",
         [("The Big Deal,", "term")]),
        ("She wrote in her memoir, “Hard Lessons,” that the board had misled her.", "en",
         [("Hard Lessons,", "term")]),
        ("Die Sendung „Hart aber fair“ lief am Montag.", "de", [("Hart aber fair", "term")]),
        ("Elle était l’invitée de l’émission « Quotidien » lundi.", "fr", [("Quotidien", "term")]),
        ("Ana Ruiz apareció en el programa «Salvados» el domingo.", "es", [("Salvados", "term")]),
        # a long title after its work noun is still a title, a cue nearby or not
        ("Critics have combed her new book, “Harbour Lights: How We Rebuilt the Town After the Storm,” for clues, Sam Dale said.", "en",
         [("Harbour Lights: How We Rebuilt the Town After the Storm,", "term")]),
        ("Kritiker lasen ihr neues Buch „Hafenlichter: Wie Wir Die Stadt Nach Dem Sturm Wieder Aufbauten“ genau, sagte Anna Berger.", "de",
         [("Hafenlichter: Wie Wir Die Stadt Nach Dem Sturm Wieder Aufbauten", "term")]),
        # a role noun right after it
        ("“Blue Harbour” star Ana Lee said she would vote.", "en", [("Blue Harbour", "term")]),
        # a show after its channel's possessive, even next to a cue
        ("Giuliani attacked Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer.”", "en",
         [("Morning Joe,", "term"), ("no-brainer.", "mixed")]),
        # a show after "on", "bei", "sur", even with a cue after it
        ("In an extended appearance on “Morning Joe,” co-host Mika Brzezinski asked Trump how he would do it.", "en",
         [("Morning Joe,", "term")]),
        ("In einem langen Auftritt bei „Markus Lanz“, sagte Anna Berger, sei alles gesagt worden.", "de",
         [("Markus Lanz", "term")]),
        ("Lors de son passage sur «\u00a0Radio Nova\u00a0», a déclaré Marie Dubois, tout était dit.", "fr",
         [("Radio Nova", "term")]),
        # a headline and its byline in a newsletter
        ("—“Museum to close its doors,” by Times' Ben Sisario.", "en", [("Museum to close its doors,", "term")]),
        # "so called" spelt apart is a term marker, not the cue "called"
        ("Investors prize the so- called ‘special relationship’ with Washington, officials say.", "en",
         [("special relationship", "term")]),
        ("The so called “peace dividend” was spent long ago, the minister said.", "en", [("peace dividend", "term")]),
        # one letter is a label, not speech, even next to a cue
        ("Voters pull the lever for “R,” or “D,” according to habit, the survey found.", "en",
         [("R,", "term"), ("D,", "term")]),
        ("Auf dem Zettel stand nur ein „X“, sagte Anna Berger.", "de", [("X", "term")]),
        # a markup attribute left in the text is no quote at all (find.py)
        ('<tweet author="realLauraFinch">We will win the state.</tweet>', "en", []),
    ],
)
def test_titles_bylines_and_markup_are_terms(text, lang, expected):
    assert kinds(text, lang) == expected


# --- a newsletter's headline before its byline is a title, however long -------------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("—“Museum plans a new wing for its growing photography collection downtown,” by the Post’s Amy Lee: "
         "“The museum will close for a year.”", "en",
         [("Museum plans a new wing for its growing photography collection downtown,", "term"),
          ("The museum will close for a year.", "direct")]),
        ("—“‘Blue Harbour’ to tour six cities in a long run starting next spring,” by Times’ Ben Sisario: "
         "“The show will travel.”", "en",
         [("‘Blue Harbour’ to tour six cities in a long run starting next spring,", "term"),
          ("The show will travel.", "direct")]),
        ("—„Museum plant einen neuen Flügel für seine wachsende Fotosammlung“, von FAZ-Autorin Anna Berger: "
         "„Das Museum schließt.“", "de",
         [("Museum plant einen neuen Flügel für seine wachsende Fotosammlung", "term"),
          ("Das Museum schließt.", "direct")]),
        ("—«\u00a0Le musée prévoit une nouvelle aile pour sa collection de photographies\u00a0», par Marie Dubois\u00a0: "
         "«\u00a0Le musée ferme.\u00a0»", "fr",
         [("Le musée prévoit une nouvelle aile pour sa collection de photographies", "term"),
          ("Le musée ferme.", "direct")]),
        # "by" and a possessive that is no byline: speech
        ("“We will finish the bridge, the road and the tunnel,” by Mayor Reilly’s own account, the mayor said.", "en",
         [("We will finish the bridge, the road and the tunnel,", "direct")]),
    ],
)
def test_headline_before_its_byline(text, lang, expected):
    assert kinds(text, lang) == expected


# --- chants, slogans and signs are speech, title case or not -----------------------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Protesters marched downtown, chanting “Dump Trump.”", "en", [("Dump Trump.", "direct")]),
        ("He held up a sign that read “Hispanics 4 Trump” and waved it.", "en", [("Hispanics 4 Trump", "mixed")]),
        ("Demonstranten skandierten „Wir sind das Volk“ vor dem Rathaus.", "de", [("Wir sind das Volk", "mixed")]),
        ("Les manifestants scandaient « Macron démission » devant la mairie.", "fr", [("Macron démission", "mixed")]),
        ("Los manifestantes coreaban «Fuera Trump» frente al hotel.", "es", [("Fuera Trump", "mixed")]),
        # a sign's words may be a number
        ("At the rally, Ana Lee, 14, hoisted a sign that read “15%!” Her father cheered.", "en", [("15%!", "direct")]),
        # a message or mantra before a colon
        ("The rally had one message: “Dump The Mayor.”", "en", [("Dump The Mayor.", "direct")]),
        ("Die Kundgebung hatte nur eine Botschaft: „Weg Mit Dem Gesetz“.", "de", [("Weg Mit Dem Gesetz", "direct")]),
        # the chant named by a noun and "of": chants of, cries of, Rufe nach, cris de, grito de
        ("Their chants of “Ted! Ted! Ted!” were cut short by the news.", "en", [("Ted! Ted! Ted!", "mixed")]),
        ("The team was met with chants of “Build The Wall” at the game.", "en", [("Build The Wall", "mixed")]),
        # what a crowd cheers for, in title case too; a party that calls for something is no chant
        ("The band got the crowd to cheer for “Mayor Tom Reilly.” Many said he was the only choice.", "en",
         [("Mayor Tom Reilly.", "direct")]),
        ("Die Ministerin wurde mit Rufen nach „Rücktritt“ empfangen.", "de", [("Rücktritt", "mixed")]),
        ("Le ministre a été accueilli aux cris de «\u00a0Démission\u00a0!\u00a0» devant la mairie.", "fr",
         [("Démission\u00a0!", "mixed")]),
        ("La ministra fue recibida al grito de «Fuera» en la plaza.", "es", [("Fuera", "mixed")]),
    ],
)
def test_chants_and_signs_are_speech(text, lang, expected):
    assert kinds(text, lang) == expected


# --- calling somebody a name is speech; a thing called a name is a title -----------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Within minutes, he called Rubio “Little Marco” twice.", "en", [("Little Marco", "mixed")]),
        ("Mayor Tom Reilly called Laura Finch “The Queen of Delay.”", "en", [("The Queen of Delay.", "mixed")]),
        ("Christie refers to the candidate, his friend of many years, as “Mr. Trump,” in every interview.", "en",
         [("Mr. Trump,", "mixed")]),
        ("Anna Berger nannte den Minister „Herrn Ahnungslos“.", "de", [("Herrn Ahnungslos", "mixed")]),
        ("Marie Dubois a surnommé le ministre «\u00a0Monsieur Non\u00a0».", "fr", [("Monsieur Non", "mixed")]),
        ("Ana Ruiz llamó al alcalde «El Breve» en el pleno.", "es", [("El Breve", "mixed")]),
        # an adverb between the subject and the verb; a name never called is no speech
        ("We watched the envoys in Tehran relentlessly referring to the council as the “Great Stall.” It was a long winter.",
         "en", [("Great Stall.", "mixed")]),
        ("He spoke for an hour, not once referring to his rival as “Little Tom.” It was a long night.", "en",
         [("Little Tom.", "term")]),
        # the object fronted as a relative before the subject
        ("But she could not resist taking swipes at Tom Reilly, who she dubbed “the little mayor.” She mocked Reilly.", "en",
         [("the little mayor.", "mixed")]),
        ("Der Minister, den sie „Herr Ahnungslos“ nannte, schwieg.", "de", [("Herr Ahnungslos", "mixed")]),
        # a naming participle after a noun, or a noun "call": a title
        ("The town has a new mayor, a man dubbed “the little mayor” by his critics.", "en",
         [("the little mayor", "term")]),
        ("She set up a website called “Vote Now Ohio” last year.", "en", [("Vote Now Ohio", "term")]),
        ("He spoke during a call to ABC’s “This Week.”", "en", [("This Week.", "term")]),
    ],
)
def test_calling_somebody_a_name(text, lang, expected):
    assert kinds(text, lang) == expected


# --- marks after invisible format characters -----------------------------------------------------


def test_a_mark_after_a_bidi_control_character_opens():
    text = "Reilly’s post drew replies.\n\n\u202a”Sorry Tom, you should have said ‘never’, because we all know it!!” wrote one reader."
    assert kinds(text, "en") == [("Sorry Tom, you should have said ‘never’, because we all know it!!", "direct")]


def test_slammed_and_shrugged_off_as_report_a_word():
    assert kinds("Laura Finch slammed the bill as “reckless.”", "en") == [("reckless.", "mixed")]
    assert kinds("The mayor shrugged off the report as mere “noise” on Friday.", "en") == [("noise", "mixed")]


# --- a mistyped closing mark -------------------------------------------------------------------


def test_a_curly_apostrophe_after_a_full_stop_closes_a_double_quote():
    # “…’ typed for “…”: the quote ends at the ’, the next quote in the paragraph pairs normally
    text = "Ana Lee tweeted: “Let’s go. We can stop this.’ Lee later starred in the film “Dry Season.”"
    assert kinds(text, "en") == [("Let’s go. We can stop this.", "direct"), ("Dry Season.", "term")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # doubled curly single marks typeset a double mark: ‘‘…’’, and “…’’ from a mixed keyboard
        ("“It was an attempt to mislead,’’ said Ana Lee, the editor.", "en", [("It was an attempt to mislead,", "direct", "Ana Lee")]),
        ("The mayor told reporters: ‘‘We will rebuild the bridge.’’ She then left.", "en", [("We will rebuild the bridge.", "direct", "mayor")]),
        ("‘‘Wir bauen die Brücke wieder auf’’, sagte Anna Berger.", "de", [("Wir bauen die Brücke wieder auf", "direct", "Anna Berger")]),
        # ... while a plural possessive before a closing single mark stays an apostrophe
        ("‘It is the workers’ decision,’ said Ana Lee.", "en", [("It is the workers’ decision,", "direct", "Ana Lee")]),
    ],
)
def test_doubled_curly_single_marks_are_a_double_mark(text, lang, expected):
    assert [(q.text, q.kind, q.speaker) for q in extract_quotes(text, lang)] == expected


def test_a_nested_single_quote_still_closes_itself():
    text = "“He told me, ‘We are done.’ Then he left,” said Ana Lee."
    assert kinds(text, "en") == [("He told me, ‘We are done.’ Then he left,", "direct")]


def test_a_chant_that_closes_its_sentence_is_direct():
    assert kinds("The fans chanted, “Build a wall,” all night.", "en") == [("Build a wall,", "direct")]
    assert kinds("Obama ended by saying “Too many.” The room was silent.", "en") == [("Too many.", "direct")]


# --- multi-paragraph quotes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a fragment inside a paraphrase runs on into a quoted paragraph: the open piece counts
        ("Ana Lee said the plan was “a bad idea from the very start.\n\n“We warned them twice,” she added.", "en",
         [("a bad idea from the very start.", "mixed"), ("We warned them twice,", "direct")]),
        ("Anna Berger sagte, der Plan sei „von Anfang an eine schlechte Idee.\n\n„Wir haben zweimal gewarnt“, fügte sie hinzu.", "de",
         [("von Anfang an eine schlechte Idee.", "mixed"), ("Wir haben zweimal gewarnt", "direct")]),
        # an unclosed fragment that no quoted paragraph continues is not speech
        ("Ana Lee said the plan was “a bad idea from the very start.\n\nThe council met on Monday.", "en", []),
    ],
)
def test_open_fragment_continued_by_a_quoted_paragraph(text, lang, expected):
    assert kinds(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a quote that lost its closing mark, then a new quoted sentence with the same mark:
        # the first ends where the second opens, and the second is a quote of its own
        ("Dale said the mayor met her “and said, ‘Welcome to the harbour’ and all that. I just stood there. “And then she said, ‘Do you see it now,’” Dale said.", "en",
         [("and said, ‘Welcome to the harbour’ and all that. I just stood there.", "mixed"),
          ("And then she said, ‘Do you see it now,’", "direct")]),
        ("Berger sagte, die Bürgermeisterin habe sie „begrüßt und alles Mögliche gesagt. Ich stand nur da. „Und dann sagte sie: ‚Sehen Sie es jetzt?‘“, sagte Berger.", "de",
         [("begrüßt und alles Mögliche gesagt. Ich stand nur da.", "mixed"),
          ("Und dann sagte sie: ‚Sehen Sie es jetzt?‘", "direct")]),
        # a quote that never closes, with a same-mark quote closed inside it mid-sentence
        ("The paper accuses Reilly of being “a lot like other mayors, comparing his plan to their promises “that new roads will pay for themselves.”", "en",
         [("a lot like other mayors, comparing his plan to their promises", "mixed"),
          ("that new roads will pay for themselves.", "mixed")]),
        # ... but a quoted name inside a quote, mid-sentence, stays nested
        ("“People behind the mayor wore “Settle For Less” shirts at the event,” Dale wrote.", "en",
         [("People behind the mayor wore “Settle For Less” shirts at the event,", "direct")]),
    ],
)
def test_a_same_mark_opening_a_new_sentence_ends_an_unclosed_quote(text, lang, expected):
    assert kinds(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # "states" after a quote and its subject is the verb, a document's words included
        ("“Family Leave,” the handbook states, starts after a year of work.", "en", [("Family Leave,", "direct", "states", "handbook")]),
        ("“Paid leave is rare,” the report states.", "en", [("Paid leave is rare,", "direct", "states", "report")]),
        # ... but the capitalised noun of a name is no cue
        ("“We will win,” the United States said.", "en", [("We will win,", "direct", "said", "United States")]),
    ],
)
def test_states_after_a_quote_is_a_cue(text, lang, expected):
    assert [(q.text, q.kind, q.cue, q.speaker) for q in extract_quotes(text, lang)] == expected


def test_spanish_continued_paragraph_reopens_with_a_closing_guillemet():
    # Spanish typography: a quote running on opens its next paragraph with »
    text = "La alcaldesa fue tajante: «Hemos esperado demasiado. La gente ya no lo entiende.\n\n»Es hora de actuar».\n\nLa sesión terminó."
    assert kinds(text, "es") == [("Hemos esperado demasiado. La gente ya no lo entiende.", "direct"), ("Es hora de actuar", "direct")]


# --- a naming frame with nobody naming gives a name, not speech -----------------------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # the passive, "what's called", a noun for a name: "called" is no cue here
        ("In children the illness is called “hay fever lung.” It is rare.", "en", [("hay fever lung.", "term")]),
        ("The nurse was diagnosed with what's called “pillow dust lung,” a rare allergy.", "en",
         [("pillow dust lung,", "term")]),
        ("Years of work with horses have earned it the nickname of “stable cough.” Few cases are severe.", "en",
         [("stable cough.", "term")]),
        ("The group is known as the “Night Watch” in the town.", "en", [("Night Watch", "term")]),
        # a participle after its noun names a thing, a cue after the name or not
        ("One of her stories, a tale called “Night Train, Harbour Station,” went on to win a prize.", "en",
         [("Night Train, Harbour Station,", "term")]),
        ("The city launched an app named “Find Your Route” for visitors.", "en", [("Find Your Route", "term")]),
        # "as" somebody coins the quote as the name of a thing
        ("The “new Harbour,” as Reed dubbed the merger, will be large.", "en", [("new Harbour,", "term")]),
        ("Die Krankheit heißt „Heustaublunge“.", "de", [("Heustaublunge", "term")]),
        ("Die Stadt startete eine App namens „Finde deinen Weg“.", "de", [("Finde deinen Weg", "term")]),
        ("Die Krankheit, die „Kissenstaublunge“ genannt wird, ist selten.", "de", [("Kissenstaublunge", "term")]),
        ("Die „neue Hafenbank“, wie Reed die Fusion taufte, wird groß.", "de", [("neue Hafenbank", "term")]),
        ("C’est ce qu’on appelle «\u00a0le poumon de duvet\u00a0».", "fr", [("le poumon de duvet", "term")]),
        ("La maladie s’appelle «\u00a0poumon de duvet\u00a0».", "fr", [("poumon de duvet", "term")]),
        ("Un recueil appelé «\u00a0Nuit d’Hiver\u00a0» a gagné le prix.", "fr", [("Nuit d’Hiver", "term")]),
        ("La «\u00a0nouvelle banque\u00a0», comme Reed a baptisé la fusion, sera grande.", "fr", [("nouvelle banque", "term")]),
        ("Es lo que se conoce como «pulmón de plumas».", "es", [("pulmón de plumas", "term")]),
        ("Una aplicación llamada «Encuentra tu Ruta» ayuda a los turistas.", "es", [("Encuentra tu Ruta", "term")]),
        ("La «nueva banca», como Reed bautizó la fusión, será grande.", "es", [("nueva banca", "term")]),
        # somebody names: a subject, a namer after "by", a person named, a report in the sentence
        ("The “iron lady,” as critics dubbed her, left the party.", "en", [("iron lady,", "mixed")]),
        ("Die Krankheit, die „Kissenstaublunge“ genannt wird, sei selten, sagte Anna Berger.", "de",
         [("Kissenstaublunge", "mixed")]),
        # a lower-case term after a participle stays a quoted fragment, as cue-less fragments do
        ("Both parties oppose a formula called the “chained index” for pensions.", "en", [("chained index", "mixed")]),
    ],
)
def test_naming_frames_give_names(text, lang, expected):
    assert kinds(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The plan is what Mayor Tom Reilly called “a slow disaster.”", "en", [("a slow disaster.", "mixed", "Tom Reilly")]),
        ("The method has been called “strategic patience” by Lena Fox, a professor.", "en",
         [("strategic patience", "mixed", "Lena Fox")]),
        ("Marie Dubois a surnommé le ministre «\u00a0Monsieur Non\u00a0».", "fr", [("Monsieur Non", "mixed", "Marie Dubois")]),
    ],
)
def test_somebody_naming_is_speech(text, lang, expected):
    assert [(q.text, q.kind, q.speaker) for q in extract_quotes(text, lang)] == expected


# --- a list of titles in title case: every one a title, a cue nearby or not ---------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("According to the promoter, expect to hear hits including “Walk The Line,” “Ring Of Fire,” “Folsom Prison Blues” and others.", "en",
         [("Walk The Line,", "term"), ("Ring Of Fire,", "term"), ("Folsom Prison Blues", "term")]),
        ("Laut Veranstalter spielt die Band Hits wie „Am Fenster“, „Über Sieben Brücken“ und „Jugendliebe“.", "de",
         [("Am Fenster", "term"), ("Über Sieben Brücken", "term"), ("Jugendliebe", "term")]),
        ("Selon l’organisateur, le groupe jouera «\u00a0Le Vent Nous Portera\u00a0», «\u00a0Aux Champs-Élysées\u00a0» et «\u00a0La Bohème\u00a0».", "fr",
         [("Le Vent Nous Portera", "term"), ("Aux Champs-Élysées", "term"), ("La Bohème", "term")]),
        ("Según el promotor, sonarán «Mediterráneo», «Lucía» y «Penélope Sigue Esperando».", "es",
         [("Mediterráneo", "term"), ("Lucía", "term"), ("Penélope Sigue Esperando", "term")]),
        # chants in a row stay speech; so do short sentences in a row
        ("Protesters kept chanting “Lock Her Up,” “Build The Wall” all night.", "en",
         [("Lock Her Up,", "direct"), ("Build The Wall", "mixed")]),
        ("“Yes.” “No.” “Maybe,” she said.", "en", [("Yes.", "direct"), ("No.", "direct"), ("Maybe,", "direct")]),
    ],
)
def test_a_list_of_titles(text, lang, expected):
    assert kinds(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # a name given by a group, no speaker named: a nickname, not speech
        ("fr", "La planète, que l’équipe a surnommée « la Tiède » en raison de sa température, est grande."),
        ("fr", "L'affaire, que la presse locale a baptisée « le scandale des Brotteaux », avait éclaté en 2021."),
        ("es", "El delantero, al que la afición apodó «el Cóndor», marcó dos goles."),
        ("es", "Los vecinos bautizaron la tormenta como «la Bestia»."),
        # a German attributive participle of naming
        ("de", "Das intern als „Sicherheitspaket Schiene“ bezeichnete Vorhaben sieht mehr Kameras vor."),
    ],
)
def test_a_name_given_by_nobody_named_is_a_term(lang, text):
    (q,) = extract_quotes(text, language=lang)
    assert q.kind == "term"


def test_a_nickname_given_by_a_named_speaker_stays_his_words():
    (q,) = extract_quotes("Trump dubbed him “Little Marco” at the rally.", language="en")
    assert (q.kind, q.speaker) == ("mixed", "Trump")


@pytest.mark.parametrize("mark_open,mark_close", [("‘", "’"), ("'", "'")])
def test_a_single_mark_quote_runs_on_over_paragraphs(mark_open, mark_close):
    # British style: the first paragraph is left open and the next one reopens it
    text = (f"The chief executive, Angela Birt, said in a statement: {mark_open}This has been a hard time for our staff.\n\n"
            f"{mark_open}We have tightened our controls and we are grateful.{mark_close}")
    quotes = extract_quotes(text, language="en")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("This has been a hard time for our staff.", "Angela Birt"),
        ("We have tightened our controls and we are grateful.", "Angela Birt"),
    ]


def test_an_apostrophe_left_open_before_a_reopening_paragraph_is_no_quote():
    # "‘80s" ends its paragraph open, and the next one opens with an apostrophe too
    text = "The band was big in the ‘80s.\n\n‘Tis the season, said Ann Lee."
    assert [q.text for q in extract_quotes(text, language="en") if q.kind != "term"] == []


def test_a_speaker_carried_over_is_no_namer():
    # the researcher spoke before; the team, not she, gave the planet its nickname
    text = ("« C'est une première », explique l'astrophysicienne Lucie Ferrand.\n\n"
            "La planète, que l’équipe a surnommée « la Tiède », est deux fois plus grande que la Terre.")
    quotes = extract_quotes(text, language="fr")
    assert [(q.text, q.kind) for q in quotes][-1] == ("la Tiède", "term")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le grimpeur, que tout le peloton appelle désormais « le Chamois » depuis sa victoire, a signé un contrat."),
        ("es", "El delantero, a quien todos conocen en el barrio como «el Cóndor» desde niño, firmó por dos años."),
        ("en", "Outside the arena, a crowd waited for “the Donald” until midnight."),
    ],
)
def test_an_article_and_a_capitalised_name_is_a_nickname(lang, text):
    (q,) = extract_quotes(text, language=lang)
    assert q.kind == "term"


def test_a_german_article_and_noun_is_not_taken_for_a_nickname():
    # German capitalises every noun: „die Zunge“ may be quoted words, the rule stays off
    text = "Der Gletscher werde bald „die Ruhe vor dem Sturm“ sein, sagte die Forscherin Anna Imhof."
    (q,) = extract_quotes(text, language="de")
    assert q.kind == "mixed"
