"""The news readers never crash: any input gives Records or one-line ReadErrors (bounded budget)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.errors import ReadError
from lagebild.readers import read_records
from lagebild.readers.markup import html_to_text
from lagebild.record import Record

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = {
    ".xml": (FIXTURES / "agency" / "dpa-scholz-kiew.xml").read_bytes(),
    ".rss": (FIXTURES / "feeds" / "politik.rss").read_bytes(),
    ".html": (FIXTURES / "pages" / "beispielzeitung-baerbock.html").read_bytes(),
    ".json": (FIXTURES / "agency" / "dpa-scholz-kiew.json").read_bytes(),
    ".warc": gzip.decompress((FIXTURES / "crawl" / "news.warc.gz").read_bytes()),
    ".warc.gz": (FIXTURES / "crawl" / "news.warc.gz").read_bytes(),
}
# `make test` runs 60 inputs per property; `make fuzz` sets LAGEBILD_FUZZ_NEWS_EXAMPLES.
EXAMPLES = int(os.environ.get("LAGEBILD_FUZZ_NEWS_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


def _check(path: Path) -> None:
    for item in read_records([path]):
        assert isinstance(item, Record | ReadError)
        if isinstance(item, ReadError):
            assert "\n" not in str(item) and str(path) in str(item)


@FUZZ
@given(
    suffix=st.sampled_from(sorted(SAMPLES)),
    cut=st.floats(min_value=0.0, max_value=1.0),
    junk=st.binary(max_size=40),
)
def test_a_sample_cut_anywhere_and_spliced_with_junk_never_crashes(tmp_path, suffix, cut, junk):
    sample = SAMPLES[suffix]
    at = int(len(sample) * cut)
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(sample[:at] + junk + sample[at + len(junk) :])
    _check(path)


@FUZZ
@given(
    data=st.binary(max_size=400),
    suffix=st.sampled_from([".xml", ".rss", ".atom", ".html", ".warc", ".warc.gz", ".json"]),
)
def test_arbitrary_bytes_never_crash_a_news_reader(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _check(path)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(
        st.sampled_from(["uri", "urn", "headline", "body_text", "body_html", "bodies", "version",
                         "versioncreated", "located", "dateline", "headlines", "value"]),
        children,
        max_size=5,
    ),
    max_leaves=12,
)  # fmt: skip


@FUZZ
@given(item=_JSON)
def test_arbitrary_ninjs_shaped_json_never_crashes(tmp_path, item):
    path = tmp_path / "item.json"
    path.write_text(json.dumps({"uri": "urn:x", **item} if isinstance(item, dict) else item))
    _check(path)


@FUZZ
@given(markup=st.text(alphabet=st.sampled_from(list("<>/p div br&;amp x\n\"'=")), max_size=80))
def test_html_to_text_never_crashes_and_never_leaves_blank_paragraphs(markup):
    text = html_to_text(markup)
    assert all(p.strip() for p in text.split("\n\n")) or text == ""
