"""mypy plugin: spaCy's stub for ``MorphAnalysis.get`` makes ``default`` required, while
the Cython implementation has ``default=None`` (returning ``[]``); this makes it optional."""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_OPT
from mypy.plugin import MethodSigContext, Plugin
from mypy.types import CallableType

MORPH_GET = "spacy.tokens.morphanalysis.MorphAnalysis.get"


class SpacyStubs(Plugin):
    def get_method_signature_hook(
        self, fullname: str
    ) -> Callable[[MethodSigContext], CallableType] | None:
        return _optional_default if fullname == MORPH_GET else None


def _optional_default(ctx: MethodSigContext) -> CallableType:
    signature = ctx.default_signature
    kinds = list(signature.arg_kinds)
    if "default" in signature.arg_names:
        kinds[signature.arg_names.index("default")] = ARG_OPT
    return signature.copy_modified(arg_kinds=kinds)


def plugin(version: str) -> type[Plugin]:
    return SpacyStubs
