"""The wheel's licence metadata names the licence of every data file it ships."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# shipped data file -> the SPDX identifier of its source's licence
SHIPPED_DATA = {
    "lagebild/codebook/evaluative_words.generated.yaml": "GPL-2.0-or-later",
    "lagebild/kb/data/first_names.generated.yaml": "GFDL-1.2-or-later",
    "lagebild/kb/data/parties.generated.yaml": "CC-BY-SA-4.0",
    "lagebild/geo/data/places.generated.tsv": "CC-BY-4.0",
    "lagebild/geo/data/small_places.generated.tsv": "CC-BY-4.0",
    "lagebild/kb/data/states.generated.yaml": "LGPL-2.1-only",
    "lagebild/geo/data/world.generated.json": "ISC",
    "lagebild/models/de_lagebild/meta.json": "CC-BY-SA-4.0",
}


def licence_ids() -> set[str]:
    return set(re.split(r"\s+(?:AND|OR)\s+", PYPROJECT["project"]["license"]))


@pytest.mark.parametrize(("path", "spdx"), sorted(SHIPPED_DATA.items()))
def test_licence_expression_names_each_shipped_data_licence(path: str, spdx: str) -> None:
    assert (ROOT / path).exists(), path
    assert spdx in licence_ids()


@pytest.mark.parametrize(
    "licence_file",
    sorted(str(p.relative_to(ROOT)) for p in (ROOT / "lagebild").rglob("LICENSE.*")),
)
def test_every_licence_text_in_the_package_goes_into_the_wheel(licence_file: str) -> None:
    globbed = {p for pattern in PYPROJECT["project"]["license-files"] for p in ROOT.glob(pattern)}
    assert ROOT / licence_file in globbed
