"""Names NER cut short (issue 12, entities).

* A mention whose name is the start of a longer name the article gives elsewhere, and
  the text there goes on with the rest of that longer name, is a mention of the longer name:
  "the Islamic State group" tagged "Islamic" (a nationality) beside "Islamic State".
* An organisation's name with a possessive inside it, which NER cuts in two at the
  possessive: "Westminster Magistrate's Court" tagged "Westminster Magistrate" and "Court";
  or before the title word that owns an office: "Bristol District Attorney's Office" tagged
  "Bristol District".
* An organisation's name cut at a hyphen after a prefix: "the Committee for the
  Re-election of the President" tagged "Committee for the Re" (ents38, read37): the name
  goes on over the hyphened word and an "of (the) <Name>" after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.actor_table import ArticleActors, MentionRef, _ActorInfo

__all__ = ["extend_cut_names"]

# ... and an office named for its holder's title ("Bristol District Attorney's Office" tagged
# "Bristol District", the rest left out)
_POSSESSIVE_HEAD = re.compile(
    r"(?: (?:Attorney|Sheriff|Coroner|Prosecutor|Marshal|Auditor))?"
    r"['’]s (Court|College|Hospital|School|Cathedral|Office)\b"
)
# A name cut at the hyphen after a prefix ("... for the Re" + "-election of the President").
_PREFIXES = frozenset({"Re", "Pre", "Non", "Anti", "Co", "Post", "Counter", "Self", "Multi"})
_HYPHEN_REST = re.compile(r"-[a-z]+(?: of(?: the)? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?")


def _hyphen_rest(table: ArticleActors, m: MentionRef) -> str | None:
    """What follows an organisation's mention cut at a prefix's hyphen, or None."""
    words = m.actor.split()
    if m.label != "ORG" or len(words) < 2 or words[-1] not in _PREFIXES:
        return None
    if not table.text.startswith(words[-1], m.end - len(words[-1])):
        return None
    rest = _HYPHEN_REST.match(table.text, m.end)
    return rest.group(0) if rest is not None else None


def extend_cut_names(table: ArticleActors) -> None:
    """Give the cut mentions of the module docstring their whole names, in place."""
    # the names another name starts with, up to a space: only those have longer names to
    # look for (a walk of every name for each name would be quadratic)
    prefixes: set[str] = set()
    for other in table.actors:
        if " " in other:
            parts = other.split(" ")
            prefixes.update(" ".join(parts[:k]) for k in range(1, len(parts)))
    longer = {  # longest first
        name: sorted(
            (other for other in table.actors if other.startswith(name + " ")),
            key=len,
            reverse=True,
        )
        if name in prefixes
        else []
        for name in table.actors
    }
    starts = {(m.start, m.actor) for m in table.mentions}
    out: list[MentionRef] = []
    dropped_at: set[int] = set()
    for m in table.mentions:
        whole = next(
            (
                name
                for name in longer.get(m.actor, ())
                if table.text.startswith(name, m.start)
                and (m.start, name) not in starts
                # "Kessel" ORG + "Marten" PERSON is a company split in two, which
                # join_split_companies reads; a person's name is not extended so
                and (table.actors[name].type != "PERSON" or m.label == "PERSON")
            ),
            None,
        )
        named_end = m.start + len(m.actor)  # NER's span may hold the possessive
        head = (
            _POSSESSIVE_HEAD.match(table.text, named_end)
            if m.label == "ORG" and table.text.startswith(m.actor, m.start)
            else None
        )
        if whole is None and head is not None and " " in m.actor:
            whole = table.text[m.start : head.end()]
        rest = _hyphen_rest(table, m) if whole is None else None
        if rest is not None:
            whole = m.actor + rest
        if whole is None:
            out.append(m)
            continue
        _move(table, m.actor, whole, "ORG" if m.label == "NORP" else m.label)
        end = m.end + len(rest) if rest is not None else m.start + len(whole)
        out.append(replace(m, actor=whole, end=end, label=table.actors[whole].type))
        # the rest of the name, tagged apart ("Border Protection", "Court"), is this mention
        dropped_at.update(o.start for o in table.mentions if m.start < o.start and o.end <= end)
    kept = []
    for m in out:
        if m.start in dropped_at:
            _move(table, m.actor, None, m.label)
            continue
        kept.append(m)
    table.mentions = kept


def _move(table: ArticleActors, old: str, new: str | None, label: str) -> None:
    """One mention of ``old`` becomes one of ``new`` (a new organisation if need be), or
    none; ``old`` goes with its last mention."""
    table.drop_mention(old)
    if new is None:
        return
    if new not in table.actors:
        kind = label if label in {"ORG", "GPE", "LOC", "PERSON"} else "ORG"
        table.actors[new] = _ActorInfo(name=new, type=kind)
    table.actors[new].mentions += 1
