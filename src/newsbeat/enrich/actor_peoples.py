"""Peoples without a state of their own named as actors (issue 12, entities; ents34).

NER types an ethnic or religious people it does not know as an organisation or a person: "the
detention of a million or more Uighurs", "Kessel's Uzbeks". A people is a nationality or
group (NORP), as "Greeks" is: an ORG, PERSON, GPE or LOC actor whose whole name is one of
:data:`_PEOPLES` (our own list, singular and plural) becomes NORP.

Guard: a longer name is left ("Kurdish Regional Government", "Sikh Coalition" are bodies).
"""

from __future__ import annotations

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["is_people_word", "type_peoples"]

_PEOPLES = frozenset(
    {
        "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Kurd", "Kurds", "Rohingya", "Rohingyas",
        "Tamil", "Tamils", "Pashtun", "Pashtuns", "Hazara", "Hazaras", "Yazidi", "Yazidis",
        "Tibetans", "Berber", "Berbers", "Tuareg", "Tuaregs", "Chechen", "Chechens",
        "Bedouin", "Bedouins", "Druze", "Maasai", "Hutu", "Hutus", "Tutsi", "Tutsis",
        "Uzbek", "Uzbeks", "Kazakh", "Kazakhs", "Tatar", "Tatars", "Sikh", "Sikhs",
        "Hindu", "Hindus", "Muslim", "Muslims", "Sunni", "Sunnis", "Shiite", "Shiites",
        "Alawite", "Alawites", "Copt", "Copts", "Catholics", "Protestants", "Mormons",
        "Jews", "Christians", "Arabs", "Latinos", "Hispanics", "Inuit",
    }
)  # fmt: skip
_RETYPED = frozenset({"ORG", "PERSON", "GPE", "LOC"})


def is_people_word(name: str) -> bool:
    """Whether ``name`` is a people or a faith of the list (as written)."""
    return name in _PEOPLES


def type_peoples(table: ArticleActors) -> None:
    """Type the peoples of the module docstring as NORP, in place."""
    for name, info in list(table.actors.items()):
        if name in _PEOPLES and info.type in _RETYPED:
            retype_actor(table, name, "NORP")
