"""The pipeline contract: factories by entry point, complete requires/assigns, and the
table in docs/architecture.md that describes them."""

from __future__ import annotations

import re
from importlib.metadata import entry_points

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.pipeline import COMPONENTS
from tests.conftest import ROOT

ARCHITECTURE = ROOT / "docs" / "architecture.md"
ATTRIBUTE = re.compile(r"`((?:doc|token)\.[\w.]+)`")


def documented_components() -> list[tuple[str, set[str], set[str]]]:
    """(component, requires, assigns) for each `lagebild_*` row of the pipeline table."""
    rows = []
    for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[1].startswith("`lagebild_"):
            name = cells[1].strip("`")
            rows.append((name, set(ATTRIBUTE.findall(cells[2])), set(ATTRIBUTE.findall(cells[3]))))
    return rows


@pytest.mark.parametrize("name", [name for name, _, _ in COMPONENTS])
def test_every_component_has_an_entry_point(name: str) -> None:
    points = {p.name: p.value for p in entry_points(group="spacy_factories")}
    assert name in points, f"{name}: add it to [project.entry-points.spacy_factories]"


def test_no_component_requires_what_no_earlier_one_assigns(nlp: Language) -> None:
    problems = nlp.analyze_pipes()["problems"]
    assert {name: p for name, p in problems.items() if p} == {}


def test_architecture_table_matches_the_pipeline(nlp: Language) -> None:
    ours = [name for name in nlp.pipe_names if name.startswith("lagebild_") and name in
            {c[0] for c in COMPONENTS}]  # fmt: skip
    documented = documented_components()
    assert [name for name, _, _ in documented] == ours
    for name, requires, assigns in documented:
        meta = nlp.get_pipe_meta(name)
        assert requires == set(meta.requires), name
        assert assigns == set(meta.assigns), name


def test_every_doc_extension_is_registered_by_the_extensions_module() -> None:
    """No other module calls Doc.set_extension."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "lagebild").rglob("*.py")
        if "set_extension(" in path.read_text(encoding="utf-8") and path.name != "extensions.py"
    ]
    assert offenders == []
    for name in ("meta", "entities", "mentions", "actors", "quotes", "events"):
        assert Doc.has_extension(name)
