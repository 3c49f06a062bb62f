"""Page phenomena the body classifier handles, on pages written for the tests in several languages.

Each test builds a full page (menus, teasers, footers around an article) in one house style and
checks which paragraphs end up in the body.
"""

from __future__ import annotations

import pytest

from newsmill.boilerplate import strip_boilerplate

# --- Scripts without spaces: a Japanese or Chinese paragraph of 30 characters is a full sentence.

CJK_PAGES = {
    "ja": (
        ["ホーム", "ニュース", "スポーツ", "天気", "ログイン"],
        [
            "市議会は火曜日の夜、長い議論の末に港の新しい予算をようやく承認した。",
            "議論は四時間以上も続き、市長はまず古い岸壁の修理に資金を使うと述べた。",
            "水辺に住む住民たちは、何年も前から壊れた壁の修理を市に求めていた。",
            "工事は春に始まり、来年の終わりまで続く予定だと市の担当者は説明した。",
            "市議会は北側のフェリーターミナルを建て直すかどうかも今後検討する。",
        ],
        ["利用規約", "お問い合わせ", "© 2024 Example"],
    ),
    "zh-cn": (
        ["首页", "新闻", "体育", "天气", "登录"],
        [
            "市议会星期二晚上经过长时间的讨论，终于批准了港口的新预算方案。",
            "讨论持续了四个多小时，市长表示这笔资金将首先用于修复旧码头。",
            "住在水边的居民多年来一直要求市政府修复在风暴中损坏的墙壁。",
            "工程预计将在春天开始，并将持续到明年年底，官员在会上解释说。",
            "市议会今后还将讨论是否需要重建北岸的渡轮码头以及附近的道路。",
        ],
        ["使用条款", "联系我们", "© 2024 Example"],
    ),
}


@pytest.mark.parametrize("language", sorted(CJK_PAGES))
def test_cjk_short_paragraphs_are_full_sentences(language):
    menu, article, footer = CJK_PAGES[language]
    page = menu + ["港の予算が承認された" if language == "ja" else "港口新预算获批"] + article + footer
    result = strip_boilerplate(page, language)
    assert result.body == article
