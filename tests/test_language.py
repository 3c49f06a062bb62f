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


# The fast n-gram extraction must give exactly langdetect's n-grams, in order.
from hypothesis import given, settings, strategies as st  # noqa: E402
from langdetect.detector import Detector  # noqa: E402

_MIXED_ALPHABET = st.sampled_from(
    list("abcXYZ éÉßçñ \u0219\u021b\u06cc\u1ea1\u1ec7ぁアㄅ漢字한ÆØ12.,;—–…“”«»\n\t")
    + ["ABC", "NASA ", "Über ", "l'été ", "  "]
)


def _both(text: str) -> tuple[list[str], list[str]]:
    factory = language._get_factory()
    stock, fast = Detector(factory), language._Detector(factory)
    for d in (stock, fast):
        d.append(text)
        d.cleaning_text()
    return stock._extract_ngrams(), fast._extract_ngrams()


@settings(max_examples=300, deadline=None)
@given(st.lists(_MIXED_ALPHABET, max_size=80).map("".join))
def test_fast_ngrams_equal_langdetect(text):
    stock, fast = _both(text)
    assert fast == stock


def test_fast_ngrams_equal_langdetect_on_prose():
    for text in (EN, DE, FR, ES, "THE UN SAID: Ärzte ohne Grenzen (MSF) warnten am 3. März…", "東京で会議が開かれた。한국어 텍스트"):
        stock, fast = _both(text)
        assert fast == stock and fast


def test_fast_detector_gives_langdetects_probabilities():
    factory = language._get_factory()
    for text in (EN, DE, FR, ES, EN + " " + DE, "Brexit: EU und UK einigen sich. The pound rose.", "東京で会議が開かれた。"):
        stock, fast = Detector(factory), language._Detector(factory)
        for d in (stock, fast):
            d.n_trial = language.N_TRIAL
            d.append(text)
        assert [(x.lang, x.prob) for x in fast.get_probabilities()] == [(x.lang, x.prob) for x in stock.get_probabilities()]
