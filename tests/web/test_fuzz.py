"""A bounded property-based fuzz of every API parameter: whatever comes in, never a 5xx.

`make test` sends 40 examples per property; `make fuzz-web` 1,000 (LAGEBILD_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.model

EXAMPLES = int(os.environ.get("LAGEBILD_FUZZ_EXAMPLES", "40"))

words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60
) | st.sampled_from(['"', "AND", "Nato*", "(", ")", "NEAR(a b)", "a:b", "^", "-", "''", "%", "_"])
dates = st.one_of(st.none(), st.sampled_from(["2022", "2022-02", "2022-02-30", ""]), words)
ints = st.one_of(st.integers(-(2**70), 2**70), st.text(max_size=5))
anything = st.one_of(st.none(), words, ints, st.booleans())

ENDPOINTS = {
    "/api/articles": ["q", "from", "to", "actor", "speaker", "type", "limit", "offset"],
    "/api/actors": ["name", "kind", "code", "limit", "offset"],
    "/api/quotes": ["speaker", "q", "kind", "from", "to", "limit", "offset"],
    "/api/events": [
        "actor", "recipient", "type", "modality", "quad", "from", "to", "sort", "desc",
        "limit", "offset", "country", "near", "radius",
    ],
    "/api/events/export": [
        "actor", "recipient", "type", "quad", "from", "to", "format", "country", "near", "radius",
    ],
    "/api/dyads": ["a", "b"],
    "/api/network": ["from", "to", "edges"],
    "/api/failures": ["limit", "offset", "all"],
    "/": ["q", "from", "to", "actor", "speaker", "type", "page"],
    "/events": [
        "actor", "recipient", "type", "quad", "modality", "from", "to", "sort", "page",
        "country", "near", "radius",
    ],
    "/actors": ["name", "kind", "code", "page"],
    "/network": ["from", "to", "edges"],
    "/dyad": ["a", "b"],
    "/failures": ["page", "all"],
}  # fmt: skip


def _value(name: str) -> st.SearchStrategy:
    if name in ("from", "to"):
        return dates
    if name in ("limit", "offset", "page", "edges", "radius"):
        return ints
    return anything


@pytest.mark.parametrize("path", sorted(ENDPOINTS))
def test_no_parameter_value_makes_a_server_error(client, path):
    names = ENDPOINTS[path]

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.fixed_dictionaries({}, optional={n: _value(n) for n in names}))
    def check(params):
        sent = {k: str(v) for k, v in params.items() if v is not None}
        response = client.get(path, params=sent)
        assert response.status_code < 500, (path, sent, response.text[:300])

    check()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.one_of(
        st.fixed_dictionaries({"text": anything}, optional={"title": anything, "date": dates}),
        st.lists(anything, max_size=3),
        anything,
    )
)
def test_analyze_never_fails_with_a_server_error(client, body):
    response = client.post("/api/analyze", json=body)
    assert response.status_code < 500, (body, response.text[:300])


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40))
def test_any_article_or_actor_id_is_found_or_a_404(client, name):
    from urllib.parse import quote

    for path in ("/api/articles/", "/api/actors/", "/articles/", "/actors/"):
        response = client.get(path + quote(name, safe=""))
        assert response.status_code in (200, 404, 405), (path, name, response.status_code)
