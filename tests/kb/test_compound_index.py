"""Compound role heads are looked up by their last letters: the same answers as trying every
rule, for far fewer rules tried (``KnowledgeBase._suffix_index``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.kb.loader import KBError, KnowledgeBase, RoleWord, get_kb
from tests.kb.test_kb_loader import ROLES, write_kb


def _trying_every_rule(kb: KnowledgeBase, word: str) -> RoleWord | None:
    """``_compound_role`` as it was before the index: every rule tried, in order."""
    if kb._surfaces.get(word):
        return None
    folded = word.casefold()
    for rule in kb._suffix_rules:
        for form in rule.forms:
            if folded.endswith(form) and len(word) >= len(form) + rule.min_modifier:
                modifier = word[: -len(form)]
                if modifier.lower().endswith(tuple(rule.not_compounds)):
                    break
                code = next(
                    (c for p, c in kb._compound_codes.items() if modifier.startswith(p)), None
                )
                title = modifier + rule.suffix if rule.suffix else word
                return RoleWord(word, title, rule.sector, rule.kind, code)
    return kb._demonym_compound(word)


def _no_compound_trying_every_rule(kb: KnowledgeBase, word: str) -> bool:
    folded = word.casefold()
    return any(
        folded.endswith(form) and folded[: -len(form)].endswith(tuple(rule.not_compounds))
        for rule in kb._suffix_rules
        if rule.not_compounds
        for form in rule.forms
    )


WORDS = [
    "Außenministerin", "Verteidigungsministeriums", "Bundesinnenminister", "Polizeichef",
    "Stadtrat", "Sicherheitsrat", "Landesverrat", "Haftrichter", "Schiedsrichter",
    "Konferenzteilnehmer", "Regierungssprecherin", "Oppositionsführer", "Armeeführung",
    "Rebellenkommandeur", "Gewerkschaftsvertreter", "Hausaufgabe", "Tor", "Ukrainerinnen",
    "Machtdemonstration", "Avantgarde", "Festlandschinesen", "Exilkubaner",
]  # fmt: skip


def _words(kb: KnowledgeBase) -> list[str]:
    """The listed words, and every rule's forms alone and after typical modifiers."""
    forms = [form for rule in kb._suffix_rules for form in rule.forms]
    made = [m + f for f in forms for m in ("", "Landes", "Ver", "Bundes", "Stadt")]
    return WORDS + [w[:1].upper() + w[1:] for w in made]


def test_indexed_compound_roles_are_those_every_rule_gives() -> None:
    kb = get_kb()
    for word in _words(kb):
        assert kb._compound_role(word) == _trying_every_rule(kb, word), word
        assert kb.no_compound(word) == _no_compound_trying_every_rule(kb, word), word


def test_every_rule_is_reachable_through_the_index() -> None:
    kb = get_kb()
    indexed = {i for rules in kb._suffix_index.values() for i in rules}
    assert indexed == set(range(len(kb._suffix_rules)))


def test_a_compound_head_form_too_short_to_index_is_a_clear_error(tmp_path: Path) -> None:
    roles = ROLES + ("suffixes:\n  - {suffix: am, forms: [am], sector: GOV, kind: group}\n")
    with pytest.raises(KBError, match="shorter than 3 letters"):
        KnowledgeBase.load(write_kb(tmp_path, {"roles.yaml": roles}), use_cache=False)
