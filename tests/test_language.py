from newsmill import language

DE = "Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen, die ab dem kommenden Jahr gelten sollen."
FR = "Le gouvernement a présenté mercredi un projet de loi sur le logement qui doit entrer en vigueur l'année prochaine."
ES = "El Gobierno aprobó el miércoles un nuevo plan de vivienda que entrará en vigor el próximo año en todo el país."
EN = "The government on Wednesday approved new housing rules that are due to take effect across the country next year."


def test_detects_languages():
    assert [language.detect(t)[0] for t in (EN, DE, FR, ES)] == ["en", "de", "fr", "es"]


def test_detection_is_deterministic():
    mixed = "Brexit deal: EU und UK einigen sich. The pound rose."
    first = language.detect(mixed)
    assert all(language.detect(mixed) == first for _ in range(20))


def test_too_short_is_undetermined():
    assert language.detect("ok") == ("und", 0.0)


def test_score_is_a_probability():
    lang, score = language.detect(DE)
    assert lang == "de" and 0.5 < score <= 1.0


def test_paragraph_language_keeps_article_language_unless_clearly_other():
    long_fr = (FR + " ") * 3
    assert language.paragraph_language(EN, "en") == "en"
    assert language.paragraph_language(long_fr, "en") == "fr"
    assert language.paragraph_language("Merci beaucoup.", "en") == "en"  # too short to tell


def test_article_detection_uses_body_not_menus():
    paragraphs = ["Home", "News", "Sport", DE, DE.replace("Mittwoch", "Donnerstag")]
    assert language.detect_article(paragraphs)[0] == "de"
