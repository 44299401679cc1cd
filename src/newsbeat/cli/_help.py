"""Help texts in plain sentences: what ``newsbeat X --help`` shows.

Command docstrings are written for the library's documentation (reST double backticks, lines
wrapped at 100 columns). :func:`plain_help_texts` turns every command's and option's help into
plain sentences once, when the commands are registered: no backticks, no line break in the
middle of a sentence. :func:`plain_type_labels` makes the type column say ``TEXT``, ``N``,
``PATH`` or the choices instead of Python type names (``<bool>``, ``<list[str]>``), and nothing
for flags.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import typer
from rich.markup import escape
from typer.core import TyperArgument, TyperOption
from typer.models import ParameterInfo

__all__ = ["plain_help", "plain_help_texts", "plain_type_labels"]

_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")  # :func:`x` -> x
_TICKS = re.compile(r"`{1,2}([^`]+)`{1,2}")


def plain_help(text: str | None) -> str | None:
    """A docstring or help string as plain sentences: reST roles and backticks removed, the
    lines of each paragraph joined (paragraphs stay apart), square brackets escaped for rich
    markup."""
    if not text:
        return text
    text = inspect.cleandoc(text)
    text = _ROLE.sub(lambda m: m[1].rsplit(".", 1)[-1], text)
    text = _TICKS.sub(lambda m: m[1], text)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    # typer renders help as rich markup: "[search] settings" must stay text, not a style tag.
    joined = "\n\n".join(p for p in paragraphs if p)
    return joined if "\\[" in joined else escape(joined)  # once only: options are shared


def _fix_parameters(callback: Any) -> None:
    """Plain help for each parameter. A string annotation (``from __future__ import
    annotations``) would be evaluated anew by typer, so it is replaced by its value, fixed; one
    naming a type imported only for type checking is left alone."""
    for function in {callback, inspect.unwrap(callback)}:
        annotations = function.__annotations__
        for name, annotation in list(annotations.items()):
            if isinstance(annotation, str):
                try:
                    annotation = eval(annotation, inspect.unwrap(callback).__globals__)
                except NameError:
                    continue
                annotations[name] = annotation
            for info in getattr(annotation, "__metadata__", ()):
                if isinstance(info, ParameterInfo) and info.help:
                    info.help = plain_help(info.help)
    for parameter in inspect.signature(callback).parameters.values():
        if isinstance(parameter.default, ParameterInfo) and parameter.default.help:
            parameter.default.help = plain_help(parameter.default.help)


def plain_help_texts(app: typer.Typer) -> None:
    """Rewrite the help of every command, group and option of ``app`` (and its sub-apps) as
    plain sentences. Idempotent."""
    for command in app.registered_commands:
        if command.callback is not None:
            command.help = plain_help(command.help or inspect.getdoc(command.callback))
            _fix_parameters(command.callback)
    for group in app.registered_groups:
        if group.help:
            group.help = plain_help(group.help)
        sub = group.typer_instance
        if sub is not None:
            info = sub.info
            if isinstance(info.help, str):
                info.help = plain_help(info.help)
            plain_help_texts(sub)
    if isinstance(app.info.help, str):
        app.info.help = plain_help(app.info.help)


_NAMES = {"int": "N", "float": "N", "str": "TEXT", "Path": "PATH", "path": "PATH"}


def _label(self: TyperArgument | TyperOption, ctx: Any) -> str | None:
    if isinstance(self, TyperOption) and (self.is_flag or self.count):
        return None
    raw = _ORIGINAL[type(self)](self, ctx) or ""
    label = raw.removeprefix("<").removesuffix(">")
    many = label.startswith("list[")
    label = label.removeprefix("list[").removesuffix("]")
    if label.endswith(" range"):  # "int range": the bounds follow, as [x>=1]
        label = "N"
    elif "|" not in label:
        label = _NAMES.get(label, label.upper())
    return label + ("..." if many else "")


_ORIGINAL: dict[type, Any] = {}


def plain_type_labels() -> None:
    """Show ``TEXT``, ``N``, ``PATH`` or the choices in the type column, nothing for flags."""
    for cls in (TyperArgument, TyperOption):
        if cls not in _ORIGINAL and hasattr(cls, "display_type_rich"):
            _ORIGINAL[cls] = cls.display_type_rich
            cls.display_type_rich = _label  # type: ignore[method-assign]
