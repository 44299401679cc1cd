"""How every view writes a count with its noun: "1 article", "3 articles", "2 stories"."""

from __future__ import annotations

__all__ = ["counted"]


def counted(n: int, word: str, words: str | None = None) -> str:
    """``n`` and its noun, plural unless ``n`` is 1.

    Args:
        n: the count.
        word: the noun in the singular ("article", "new event").
        words: the plural where it is not ``word`` + "s" ("stories").

    Returns:
        ``"1 article"``, ``"0 articles"``, ``"2 stories"``.
    """
    return f"{n} {word if n == 1 else (words or word + 's')}"
