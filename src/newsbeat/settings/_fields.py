"""How one setting is declared once: its default, its one-line explanation and its range.

A section of the settings file is a frozen dataclass deriving from :class:`Section`; each field
is made with :func:`setting`, which keeps the explanation and the allowed range in the field's
metadata. Building a section checks every value (type, finiteness, range), so a section can
never hold a value its stage cannot use, whether it came from a file or from code.
"""

from __future__ import annotations

import dataclasses
import json
import math
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from newsbeat.exceptions import ConfigError

__all__ = ["Section", "explanation", "setting"]

_T = TypeVar("_T")

_KIND_WORDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


@dataclass(frozen=True, kw_only=True)
class _Rule:
    """What a setting accepts besides its type.

    Attributes:
        ge: the lowest allowed value.
        gt: values must be above this.
        le: the highest allowed value.
        check: returns why a value is unusable (None when it is fine).
    """

    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    check: Callable[[Any], str | None] | None = None
    secret: bool = False

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is out of range, or None."""
        if self.ge is not None and value < self.ge:
            return f"must be at least {_number(self.ge)}"
        if self.gt is not None and value <= self.gt:
            return f"must be above {_number(self.gt)}"
        if self.le is not None and value > self.le:
            return f"must be at most {_number(self.le)}"
        return self.check(value) if self.check is not None else None


def _number(bound: float) -> str:
    return str(int(bound)) if float(bound).is_integer() else str(bound)


def shown(value: object) -> str:
    """A value as it would be written in TOML (near enough for an error message)."""
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def setting(
    default: _T,
    doc: str,
    *,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    check: Callable[[Any], str | None] | None = None,
    secret: bool = False,
) -> _T:
    """Declare a setting: its default, its explanation and what it accepts.

    Args:
        default: the value when nothing sets it (the only place the default is written).
        doc: one line, shown in ``settings.example.toml`` above the key.
        ge: the lowest allowed value.
        gt: values must be above this.
        le: the highest allowed value.
        check: returns why a value is unusable, or None (for rules a range cannot say).
        secret: a password: left out of the section's repr (and so of logs and tracebacks).

    Returns:
        A dataclass field (typed as the default so that the class body type-checks).
    """
    rule = _Rule(ge=ge, gt=gt, le=le, check=check, secret=secret)
    field: _T = dataclasses.field(
        default=default, repr=not secret, metadata={"doc": doc, "rule": rule}
    )
    return field


def explanation(field: dataclasses.Field[Any]) -> str:
    """The one-line explanation a setting was declared with ("" for a field without one)."""
    return str(field.metadata.get("doc", ""))


def _kinds(cls: type[Section]) -> dict[str, type]:
    """Each field's type; a settings file holds only strings, integers, numbers and booleans."""
    hints = typing.get_type_hints(cls)
    kinds = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    for name, kind in kinds.items():
        if kind not in _KIND_WORDS:
            raise TypeError(f"{cls.__name__}.{name}: a setting is a str, int, float or bool")
    return kinds


def _checked(key: str, kind: type, value: Any, rule: _Rule | None) -> Any:
    """``value`` as the setting's type (an int is taken for a float), or a ConfigError."""
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    value_shown = "(hidden)" if rule is not None and rule.secret else shown(value)
    # bool is an int to Python, but `concurrency = true` is a mistake, not 1
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ConfigError(f"{key} must be {_KIND_WORDS[kind]}, got {value_shown}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{key} must be a finite number, got {value_shown}")
    if rule is not None and (problem := rule.problem(value)) is not None:
        raise ConfigError(f"{key} {problem}, got {value_shown}")
    return value


@dataclass(frozen=True, kw_only=True)
class Section:
    """Base of a section of the settings file (``[NAME]``): checks its values when built.

    Raises:
        ConfigError: a value has the wrong type or is out of range; the message names
            ``section.key`` (the loader adds the file).
    """

    NAME: ClassVar[str] = ""

    def __post_init__(self) -> None:
        kinds = _kinds(type(self))
        for field in dataclasses.fields(self):
            value = _checked(
                f"{self.NAME}.{field.name}",
                kinds[field.name],
                getattr(self, field.name),
                field.metadata.get("rule"),
            )
            object.__setattr__(self, field.name, value)
