"""Event locations in the store: columns, --country and --near queries, CSV and PLOVER export."""

from __future__ import annotations

import io
import json

import pytest

from lagebild.analysis import Place
from lagebild.cli import _near
from lagebild.errors import LagebildError
from lagebild.export import export, write_csv
from lagebild.record import Record
from lagebild.store import Store, queries
from tests.store.test_store import make_analysis

PLACES = {
    "bagdad": Place(text="Bagdad", name="Bagdad", country="IRQ", admin1="IRQ.07", lat=33.34,
                    lon=44.40, precision="point", geonames_id=98182, feature_class="P"),
    "falludscha": Place(text="Falludscha", name="Falludscha", country="IRQ", lat=33.35,
                        lon=43.78, precision="point", geonames_id=99347),
    "irak": Place(text="Irak", name="Irak", country="IRQ", precision="country"),
    "moskau": Place(text="Moskau", name="Moskau", country="RUS", lat=55.75, lon=37.62,
                    precision="point"),
}  # fmt: skip


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "geo.db") as s:
        for key, place in [*PLACES.items(), ("none", None)]:
            rec = Record(text="Moskau (dpa) - Russland fordert von der Nato ein Ende der "
                         "Osterweiterung. «Wir warten», sagte Putin.", id=key, title=key,
                         date="2022-02-04", origin=f"{key}.txt")  # fmt: skip
            analysis = make_analysis(rec)
            analysis.events[0].location = place
            with s.transaction():
                s.save(analysis)
        yield s


@pytest.mark.parametrize(
    ("country", "articles"), [("IRQ", {"bagdad", "falludscha", "irak"}), ("rus", {"moskau"})]
)
def test_events_are_filtered_by_country(store, country, articles):
    rows = queries.query_events(store.conn, country=country)
    assert {r["article"] for r in rows} == articles


@pytest.mark.parametrize(
    ("radius", "articles"), [(30, {"bagdad"}), (100, {"bagdad", "falludscha"})]
)
def test_events_are_filtered_by_distance(store, radius, articles):
    rows = queries.query_events(store.conn, near=(33.34, 44.40, radius))
    assert {r["article"] for r in rows} == articles


def test_location_round_trips_through_the_store(store):
    (analysis,) = [a for a in queries.iter_articles(store.conn) if a.id == "bagdad"]
    assert analysis.events[0].location == PLACES["bagdad"]


def test_csv_rows_carry_gdelt_like_location_columns(store):
    out = io.StringIO()
    write_csv(queries.iter_event_rows(store.conn), out)
    rows = {r.split(",")[0]: r for r in out.getvalue().splitlines()}
    header = out.getvalue().splitlines()[0].split(",")
    assert {"location_country", "location_lat", "location_lon", "location_geonames_id",
            "location_precision", "location_admin1"} <= set(header)  # fmt: skip
    assert len(rows) == 6


def test_plover_records_fill_location_fields(store, tmp_path):
    path = tmp_path / "events.jsonl"
    export(store.conn, "plover", str(path))
    records = {r["cite_info"]["citation"]: r for r in map(json.loads, path.open())}
    assert (records["bagdad"]["placename"], records["bagdad"]["country"]) == ("Bagdad", "IRQ")
    assert (records["bagdad"]["lat"], records["bagdad"]["long"]) == (33.34, 44.40)
    assert records["none"]["placename"] is None and records["none"]["lat"] is None


@pytest.mark.parametrize(("radius", "km"), [("100km", 100.0), ("25", 25.0), (" 2.5 km", 2.5)])
def test_near_option_reads_kilometres(radius, km):
    lat, lon, got = _near("Bagdad", radius)
    assert got == km and abs(lat - 33.34) < 0.2


@pytest.mark.parametrize(("place", "radius"), [("Bagdad", "100 miles"), ("Xyzzyville", "10km")])
def test_near_option_rejects_unknown_places_and_units(place, radius):
    with pytest.raises(LagebildError):
        _near(place, radius)


@pytest.mark.parametrize(
    ("options", "articles"),
    [(["--country", "irq"], {"bagdad", "falludscha", "irak"}),
     (["--near", "Bagdad", "--radius", "30km"], {"bagdad"}),
     (["--near", "Bagdad", "--radius", "100 km"], {"bagdad", "falludscha"})],
)  # fmt: skip
def test_events_command_filters_by_country_and_distance(store, tmp_path, options, articles):
    from typer.testing import CliRunner

    from lagebild.cli import app

    result = CliRunner().invoke(
        app, ["events", "--db", str(tmp_path / "geo.db"), "--json", *options]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["article"] for r in rows} == articles
    assert all(r["location"] for r in rows)
