"""Facts of a parse remembered while the parse stays as it is.

The event rules ask the same questions of the same words many times over (the subject of a
verb, whether it is passive, the preposition of a phrase): for every codebook entry, every
frame slot, every derived event. Inside ``fixed_parse(doc)`` a function decorated with
``per_token`` answers each question once per token; outside it, or for another Doc, it
computes as before. Only code that no longer changes the parse may run inside: the parse
repairs come first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

Result = TypeVar("Result")
Key = TypeVar("Key")
_UNKNOWN = object()  # not yet asked (None is an answer)

# the Doc whose parse is fixed, and the answers found in it; a ContextVar keeps threads apart
_fixed: ContextVar[tuple[Doc, dict[tuple[Any, ...], Any]] | None] = ContextVar(
    "lagebild_fixed_parse", default=None
)


@contextmanager
def fixed_parse(doc: Doc) -> Iterator[None]:
    """Remember ``per_token`` answers about ``doc`` until the block ends."""
    token = _fixed.set((doc, {}))
    try:
        yield
    finally:
        _fixed.reset(token)


def per_token(function: Callable[..., Result]) -> Callable[..., Result]:
    """Answer once per token (and further positional arguments) inside ``fixed_parse``. A list
    answer is handed out as a copy: callers extend what they get."""
    name = function.__qualname__

    @wraps(function)
    def remembered(token: Token, *rest: Any, **options: Any) -> Result:
        fixed = _fixed.get()
        if fixed is None or options or token.doc is not fixed[0]:
            return function(token, *rest, **options)
        key = (name, token.i, *rest)
        answers = fixed[1]
        answer = answers.get(key, _UNKNOWN)  # one look-up, not two: asked ~100,000 times
        if answer is _UNKNOWN:
            answer = answers[key] = function(token, *rest)
        return list(answer) if isinstance(answer, list) else answer  # type: ignore[return-value]

    return remembered


def by_identity(make: Callable[[Key], Result], limit: int) -> Callable[[Key], Result]:
    """What ``make`` derives from an object, kept by the object's identity: for objects that
    cannot be hashed or cost too much to hash on every call (a codebook; a tuple of hundreds of
    stems, whose hash a tuple does not keep). The object is held beside its value, so while the
    entry lives no other object can take its id; the table is cleared at ``limit`` entries. A
    closure, not a class with ``__call__``: it is asked on hot paths (~100 ns less a call)."""
    table: dict[int, tuple[Key, Result]] = {}

    def derived(key: Key) -> Result:
        found = table.get(id(key))
        if found is None or found[0] is not key:
            if len(table) >= limit:
                table.clear()
            found = table[id(key)] = (key, make(key))
        return found[1]

    return derived
