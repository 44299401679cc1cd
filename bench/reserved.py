"""The ECB+ sub-topics the reader scripts of this folder refuse to print: the test topics 36-45
(never read) and the sub-topics reserved for a held-out gold (so that no rule is chosen on them
before it is scored). One list for every reader; change it here when a new gold is reserved."""

from __future__ import annotations

# The tenth held-out gold's conflict stories, unseen until its first scores are read (session
# 12). (The sixth held-out gold's sub-topics were reserved the same way, scored twice unseen and
# then read, branch h6errors.)
# 16_ecb: the eleventh held-out gold's story (session 13), unseen until its first scores are read.
RESERVED: frozenset[str] = frozenset(
    {"1_ecb", "4_ecb", "22_ecbplus", "29_ecb", "29_ecbplus", "31_ecb", "31_ecbplus", "16_ecb"}
)
TEST = frozenset(range(36, 46))


def readable(subtopic: str) -> bool:
    """Whether a sub-topic (``"12_ecbplus"``) may be printed."""
    return subtopic not in RESERVED and int(subtopic.split("_")[0]) not in TEST
