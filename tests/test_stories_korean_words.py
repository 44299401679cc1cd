"""Korean articles in the story stage: the copyright line of a news page is no text of the
report."""

from __future__ import annotations

from newsbeat.stories.language_words import hashable_text

_COPYRIGHT = "저작권자 ⓒ 하늘마루뉴스(www.haneulmaru.example), 무단전재 및 재배포금지"

_FERRY_KO = (
    "벨마르 항구에서 정박 중이던 여객선에 불이 났다. 승객 서른두 명은 모두 구조됐다. "
    "항만공사는 부두 운영을 이틀 중단한다고 했다.\n\n" + _COPYRIGHT
)


def test_the_copyright_line_is_not_hashed() -> None:
    kept = hashable_text(_FERRY_KO, "ko")
    assert "무단전재" not in kept
    assert "haneulmaru" not in kept  # the site's address would be a term of every report
    assert "여객선에" in kept  # the report itself stays
    assert "무단전재" in hashable_text("무단전재 및 재배포금지", "en")  # Korean text only
