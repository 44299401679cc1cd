"""Errors with a kind: the library's messages name no command; each edge adds its own hint."""

from __future__ import annotations

import pickle

import pytest

from newsbeat.cli._common import NOT_FOUND_HINTS, not_found_message
from newsbeat.exceptions import NotFoundError, StoreError


@pytest.mark.parametrize(
    ("kind", "key", "message"),
    [
        ("article", 7, "no article with id 7"),
        ("story", "s-1", "no story with id 's-1'"),
        ("source", 3, "no source with id 3"),
        ("alert", 4, "no alert with id 4"),
        ("beat", "alliance", "no beat named 'alliance'"),
        ("actor", "Lena Holm", "no actor named 'Lena Holm'"),
    ],
)
def test_not_found_carries_kind_and_key_and_names_no_command(
    kind: str, key: object, message: str
) -> None:
    error = NotFoundError(kind, key)
    assert (error.kind, error.key, str(error)) == (kind, key, message)
    assert isinstance(error, StoreError)
    assert not_found_message(error) == f"{message} (see `{NOT_FOUND_HINTS[kind]}`)"


def test_errors_keep_kind_and_key_across_processes() -> None:
    error = pickle.loads(pickle.dumps(NotFoundError("story", "s-1", "story s-1 is gone")))
    assert (error.kind, error.key, str(error)) == ("story", "s-1", "story s-1 is gone")
    store_error = pickle.loads(pickle.dumps(StoreError("disk full", kind="article")))
    assert (store_error.kind, str(store_error)) == ("article", "disk full")
    assert StoreError("disk full").kind is None


def test_a_kind_without_a_hint_keeps_its_message() -> None:
    assert not_found_message(NotFoundError("quote", 1)) == "no quote with id 1"
