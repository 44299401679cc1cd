"""A site's copyright notice printed after the article's own.

An article may end with its own copyright line, which the extraction benchmark's gold keeps
(``© 2026 Coastline Press Wire. All rights reserved.``, a column's ``저작권자 ⓒ Harbour Media,
무단전재 및 재배포금지``); the page's footer then often prints the site's notice again
(``Copyright ⓒ Harbourmedia.example. 무단전재 및 재배포 금지``), which trafilatura kept as the
text's last paragraph (read35: a Korean column ended with two notices). When the text's last
paragraph is a copyright notice and one of the two paragraphs before it is one too, the last one
leaves. A notice on its own stays: the gold keeps it on 4 pages of the benchmark (session 36:
the repeated notice is on 2 pages of one site).
"""

from __future__ import annotations

import re

__all__ = ["is_copyright_notice", "without_repeated_notice"]

_NOTICE = re.compile(
    r"^\W{0,3}(?:저작권자\s*|copyright\s*)?(?:©|ⓒ|\(c\)|copyright\b)"
    r"|all rights reserved|무단\s*전재|todos os direitos reservados|alle rechte vorbehalten"
    r"|tous droits réservés|todos los derechos reservados",
    re.IGNORECASE,
)
_MAX_WORDS = 30
_REACH = 2  # paragraphs before the last one that may hold the article's own notice


def is_copyright_notice(paragraph: str) -> bool:
    """Whether a paragraph is a short copyright notice (``© 2026 Kessa Ledger``)."""
    return len(paragraph.split()) <= _MAX_WORDS and _NOTICE.search(paragraph) is not None


def without_repeated_notice(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a last copyright notice that follows another one.

    Args:
        paragraphs: the article's paragraphs, in order.

    Returns:
        ``paragraphs`` without its last one when that is a copyright notice and one of the
        two paragraphs before it is one too; else ``paragraphs`` unchanged.
    """
    if len(paragraphs) < 2 or not is_copyright_notice(paragraphs[-1]):
        return paragraphs
    if any(is_copyright_notice(p) for p in paragraphs[-1 - _REACH : -1]):
        return paragraphs[:-1]
    return paragraphs
