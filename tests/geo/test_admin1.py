"""The generated first-level regions: built from GeoNames cities1000 rows, never ambiguous."""

from __future__ import annotations

import pytest

from lagebild.geo.build_admin1 import MIN_PLACES, OUTPUT, build_lines
from lagebild.geo.gazetteer import get_gazetteer


def _csv(tmp_path, rows):
    """rows: "lat,lon,name,admin1,cc" (the file has an empty admin2 before cc)."""
    lines = [",".join([*r.split(",")[:4], "", r.split(",")[4]]) for r in rows]
    path = tmp_path / "rg.csv"
    path.write_text("lat,lon,name,admin1,admin2,cc\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_region_is_at_the_mean_of_its_places_under_its_iso3_country(tmp_path):
    rows = [f"{24 + i},{66 + i},Town{i},Sindh" for i in range(MIN_PLACES)]
    (line,) = build_lines(_csv(tmp_path, [r + ",PK" for r in rows]))
    assert line.split("\t") == ["Sindh", "PAK", "26.000", "68.000", str(MIN_PLACES)]


@pytest.mark.parametrize(
    ("rows", "why"),
    [([f"{i},{i},T{i},Punjab,IN" for i in range(5)] + [f"{i},{i},T{i},Punjab,PK" for i in range(5)],
      "one name, two countries"),
     ([f"{i},{i},T{i},Tabasco,MX" for i in range(MIN_PLACES - 1)], "too few places"),
     ([f"{i},{i},T{i},Ost,DE" for i in range(5)], "under four letters")],
)  # fmt: skip
def test_a_name_that_could_mislead_is_left_out(tmp_path, rows, why):
    assert build_lines(_csv(tmp_path, rows)) == [], why


def test_shipped_regions_never_displace_a_city_or_state_of_their_name():
    gazetteer = get_gazetteer()
    text = OUTPUT.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert len(lines) > 1500
    for name in ("Kandahar", "Idlib", "Donetsk", "Mexico", "Madrid", "Moscow"):
        assert all(c.place.precision != "admin1" or c.place.geonames_id
                   for c in gazetteer.lookup(name)), name  # fmt: skip
