"""An unnamed spokesperson's "he said … he added" followed back past the few sentences the
spokesperson rule reads (read29: "MV Gibe was later escorted to safety, he added", the Navy
spokesperson four sentences up). Invented articles with fictional names; the rule case fails
without the rule, the guard passes on both."""

from __future__ import annotations

from tests._quotes import quote

_TEXT = (
    "The pirates had surrounded the merchant vessel when the warship intervened, a Velmar Navy"
    " spokesperson said here.\n"
    "The pirates fired at the vessel, which sent out a rescue call, he said.\n"
    "The attack took place about 150 nautical miles off the coast.\n"
    "The navy flew its commandos to the scene and rescued the ship.\n"
)


def test_he_added_goes_on_from_the_spokespersons_he_said() -> None:
    text = _TEXT + "The Orla Star was later escorted to safety, he added.\n"
    assert quote(text, "escorted to safety", kind="indirect").speaker == "Velmar Navy"


def test_a_man_named_since_is_whom_he_added_means() -> None:
    text = (
        _TEXT
        + "Captain Ivo Kell, 52, steered the ship into port.\n"
        + "The Orla Star was later escorted to safety, he added.\n"
    )
    assert quote(text, "escorted to safety", kind="indirect").speaker == "Ivo Kell"
