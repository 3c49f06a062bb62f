"""Reader prompts and notes on the authors around an article: subscribe, follow, contact, bios."""

from __future__ import annotations

import pytest

from newsmill.boilerplate import rules, strip_boilerplate


@pytest.mark.parametrize(
    "text, category",
    [
        ("Get the best of our reporting in your inbox every morning. Sign up now.", "newsletter_or_subscribe"),
        ("Never miss a story: subscribe to our weekly newsletter for the latest from the valley.", "newsletter_or_subscribe"),
        ("Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.", "newsletter_or_subscribe"),
        ("Recevez chaque matin l'essentiel de l'actualité. Abonnez-vous à notre newsletter.", "newsletter_or_subscribe"),
        ("Recibe las noticias más importantes. Suscríbete a nuestro boletín diario.", "newsletter_or_subscribe"),
        ("Follow the Harbour Gazette opinion desk on Facebook and Twitter.", "social_or_share"),
        ("Folgen Sie uns auf Instagram, um keine Neuigkeit zu verpassen.", "social_or_share"),
        ("Email Jane Smith at jsmith@example.org or follow her @janesmith.", "byline"),
        ("Have a tip? Our newsroom may be reached at tips@example.org.", "byline"),
        ("(Reporting by Tom Baker; Editing by Ann Green)", "byline"),
        ("Associated writers Ben Ross and Lia Chen contributed to this report.", "byline"),
        ("Jane Smith is a staff writer at the Harbour Gazette covering transport and the port.", "byline"),
        ("Max Muster ist Redakteur im Ressort Wirtschaft und schreibt über Häfen und Verkehr.", "byline"),
        ("Jean Dupont est journaliste au service économie depuis 2015.", "byline"),
        ("Ana Pérez es periodista y cubre la actualidad del puerto desde Valencia.", "byline"),
    ],
)
def test_prompt_and_author_notes(text, category):
    assert rules.match(text)[0] == category


@pytest.mark.parametrize(
    "text",
    [
        # Article sentences that mention subscriptions, inboxes or writers are prose.
        "Streaming services now charge more for a subscription than cable did ten years ago, analysts said.",
        "If you only want the sports channel, you can sign up for a free trial and cancel before it ends.",
        "The company said two million readers subscribe to its print edition, down from three million.",
        "Smith is a former editor who said the paper had lost most of its reporters since the sale.",
        "Die Zeitung hat nach eigenen Angaben inzwischen mehr Abonnenten im Netz als auf Papier.",
    ],
)
def test_prose_mentioning_subscriptions_is_not_a_prompt(text):
    assert rules.match(text) is None


ARTICLE = [
    "The harbour board agreed on Monday to rebuild the old northern pier, which has been closed to the "
    "public since a storm damaged its wooden deck three winters ago, and work is expected to begin in May.",
    "Board members said the cost would be shared between the city and the regional government, and that "
    "fishermen who moor their boats along the pier would be offered places in the southern basin meanwhile.",
    "Residents who had campaigned for the repair welcomed the decision but said they would watch the timetable.",
]


def test_tail_prompts_after_an_article_are_removed():
    tail = [
        "Jane Smith is a staff writer at the Harbour Gazette covering transport and the port.",
        "Get the latest local news right in your inbox. Subscribe to the Gazette's newsletters.",
    ]
    result = strip_boilerplate(["Pier to be rebuilt after years of delay"] + ARTICLE + tail, "en")
    assert result.body == ARTICLE
    assert {r.category for r in result.removed if r.text in tail} == {"byline", "newsletter_or_subscribe"}


@pytest.mark.parametrize(
    "text, category",
    [
        ("No thanks", "newsletter_or_subscribe"),
        ("Nein, danke", "newsletter_or_subscribe"),
        ("Non merci", "newsletter_or_subscribe"),
        ("No, gracias", "newsletter_or_subscribe"),
        ("You have successfully subscribed. Thank you!", "newsletter_or_subscribe"),
        ("A confirmation link has just been sent to your email address. Please click it to finish.", "newsletter_or_subscribe"),
    ],
)
def test_subscription_form_feedback(text, category):
    assert rules.match(text)[0] == category


ABOUT_AUTHOR = {
    "en": ("About Jane Smith", "Jane has covered the harbour and the ferries for the paper since the summer of 2012, and before that she wrote about farming."),
    "de": ("Über Max Muster", "Seit dem Sommer 2012 berichtet er für die Zeitung über den Hafen und die Fähren, davor schrieb er über die Landwirtschaft."),
    "fr": ("À propos de Jean Dupont", "Depuis l'été 2012, il couvre le port et les ferries pour le journal, et avant cela il écrivait sur l'agriculture."),
    "es": ("Sobre Ana Pérez", "Desde el verano de 2012 cubre el puerto y los ferris para el periódico, y antes escribía sobre la agricultura y el campo."),
}


@pytest.mark.parametrize("language", sorted(ABOUT_AUTHOR))
def test_about_the_named_author_box_closes_the_article(language):
    from tests.test_boilerplate_phenomena import ARTICLE as ARTICLES

    header, bio = ABOUT_AUTHOR[language]
    article = list(ARTICLES[language][:3])
    result = strip_boilerplate(["Home", "News", "Sport", "Weather", *article, header, bio], language)
    assert result.body == article
