"""News as it arrives: agency JSON (ninjs, digitalwires), NewsML-G2, feeds, pages, crawls."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.errors import ReadError
from lagebild.readers import extension, iter_directory, read_records, reader_for
from lagebild.readers.markup import html_to_text
from lagebild.record import Record

FIXTURES = Path(__file__).parent / "fixtures"
DPA_NINJS = FIXTURES / "agency" / "dpa-scholz-kiew.json"
DIGITALWIRES = FIXTURES / "agency" / "digitalwires-entries.json"
DPA_NEWSML = FIXTURES / "agency" / "dpa-scholz-kiew.xml"
RSS = FIXTURES / "feeds" / "politik.rss"
ATOM = FIXTURES / "feeds" / "ausland.atom"
PAGE_A = FIXTURES / "pages" / "beispielzeitung-baerbock.html"
PAGE_B = FIXTURES / "pages" / "zweite-zeitung-gipfel.html"
CRAWL = FIXTURES / "crawl" / "news.warc.gz"


def _records(path: Path) -> list[Record]:
    items = list(read_records([path]))
    assert all(isinstance(i, Record) for i in items), [str(i) for i in items]
    return items


# (file, item index) → id, title, date, source, agency, version, dateline places, body start
EXPECTED = [
    (
        DPA_NINJS,
        0,
        "urn:newsml:dpa.com:20220616:220616-99-680123",
        "Scholz, Macron und Draghi in Kiew eingetroffen",
        "2022-06-16",
        "dpa",
        "dpa",
        2,
        ["Kiew"],
        "Kiew (dpa) - Bundeskanzler Olaf Scholz",
    ),
    (
        DIGITALWIRES,
        1,
        "urn:newsml:dpa.com:20220224:220224-99-250002",
        "Bundesregierung beruft Krisenstab ein",
        "2022-02-24",
        "dpa",
        "dpa",
        3,
        ["Berlin"],
        "Die Bundesregierung hat",
    ),
    (
        DPA_NEWSML,
        0,
        "urn:newsml:dpa.com:20220616:220616-99-680124",
        "Selenskyj dankt Scholz für Unterstützung",
        "2022-06-16",
        "dpa",
        "dpa",
        1,
        ["Kiew"],
        "Der ukrainische Präsident Wolodymyr Selenskyj",
    ),
    (
        RSS,
        1,
        "https://www.beispielzeitung.example/politik#bz-1002",
        "Nato stockt Truppen im Osten auf",
        "2023-04-13",
        "Beispielzeitung Politik",
        "AFP",
        None,
        ["Brüssel"],
        "Brüssel (AFP) - Die Nato",
    ),
    (
        ATOM,
        0,
        "tag:zweite-zeitung.example,2023:ausland/2001",
        "Erdogan gewinnt Stichwahl",
        "2023-05-28",
        "Zweite Zeitung Ausland",
        "Reuters",
        None,
        ["Ankara"],
        "Ankara (Reuters) - Der türkische",
    ),
    (
        PAGE_A,
        0,
        "https://www.beispielzeitung.example/politik/baerbock-nahost-2001",
        "Baerbock fordert Waffenruhe in Nahost",
        "2023-11-05",
        "Beispielzeitung",
        "dpa",
        None,
        ["Amman"],
        "Amman (dpa) - Außenministerin Annalena Baerbock",
    ),
    (
        PAGE_B,
        0,
        "https://zweite-zeitung.example/ausland/g7-hiroshima",
        "G7-Gipfel: Staats- und Regierungschefs beraten über China",
        "2023-05-19",
        "Zweite Zeitung",
        "AFP",
        None,
        ["Hiroshima"],
        "HIROSHIMA (AFP) – Die Staats- und Regierungschefs",
    ),
]


@pytest.mark.parametrize(
    "path, index, id, title, date, source, agency, version, places, start",
    EXPECTED,
    ids=[f"{e[0].name}[{e[1]}]" for e in EXPECTED],
)
def test_each_format_gives_id_title_date_source_agency_version_and_place(
    path, index, id, title, date, source, agency, version, places, start
):
    record = _records(path)[index]
    assert (record.id, record.title, record.date) == (id, title, date)
    assert (record.source, record.agency, record.version) == (source, agency, version)
    assert record.dateline is not None and record.dateline.places == places
    assert record.text.startswith(start)
    assert record.origin == str(path)


@pytest.mark.parametrize("path", [DPA_NINJS, DPA_NEWSML, RSS, PAGE_A, PAGE_B, CRAWL])
def test_markup_bodies_keep_paragraph_breaks_and_no_tags(path):
    for record in _records(path):
        assert "<" not in record.text and "&lt;" not in record.text
        if any("only a summary" in note for note in record.notes):
            continue  # a one-paragraph summary
        paragraphs = record.text.split("\n\n")
        assert len(paragraphs) >= 2 and all(p.strip() == p and p for p in paragraphs)


def test_a_dateline_in_the_body_spans_it_and_one_from_metadata_spans_nothing():
    (in_text,) = _records(DPA_NINJS)
    assert in_text.text[in_text.dateline.start : in_text.dateline.end] == "Kiew (dpa) - "
    (from_metadata,) = _records(DPA_NEWSML)
    assert from_metadata.dateline.start == from_metadata.dateline.end == 0


def test_a_page_never_repeats_its_headline_nor_keeps_navigation_or_footer():
    (record,) = _records(PAGE_A)
    assert not record.text.startswith("Baerbock fordert")
    for boilerplate in ("Startseite", "Meistgelesen", "Impressum"):
        assert boilerplate not in record.text


def test_a_page_date_comes_from_json_ld_when_it_has_no_meta_date(tmp_path):
    page = PAGE_B.read_text(encoding="utf-8")
    assert "published_time" not in page  # the date is only in JSON-LD
    (record,) = _records(PAGE_B)
    assert record.date == "2023-05-19"


def test_a_feed_item_without_full_text_is_read_from_its_summary_with_a_note():
    records = _records(RSS)
    assert len(records) == 3
    assert [bool(r.notes) for r in records] == [False, False, True]
    assert "only a summary" in records[2].notes[0]
    assert records[2].text.startswith("Der französische Präsident Emmanuel Macron")


def test_ninjs_2_headlines_and_bodies_are_read(tmp_path):
    item = {
        "uri": "http://example.org/ninjs/2/abc",
        "version": "1",
        "versioncreated": "2023-01-02T10:00:00Z",
        "headlines": [{"role": "main", "value": "Ein Titel"}],
        "bodies": [
            {"role": "main", "contenttype": "text/html", "value": "<p>Eins.</p><p>Zwei.</p>"}
        ],
        "located": {"name": "Wien"},
        "infosources": [{"name": "APA", "role": "source"}],
    }
    path = tmp_path / "item.json"
    path.write_text(json.dumps(item), encoding="utf-8")
    (record,) = _records(path)
    assert (record.title, record.text, record.date) == ("Ein Titel", "Eins.\n\nZwei.", "2023-01-02")
    assert (record.agency, record.url, record.dateline.places) == (
        "APA",
        "http://example.org/ninjs/2/abc",
        ["Wien"],
    )


@pytest.mark.parametrize(
    "name, head, reader",
    [
        ("a.json", b'{"uri": "x", "body_text": "t"}', "ninjs"),
        ("a.json", b'{"documentName": "1 - T (2020-01-01)", "originalText": "t"}', "wikinews"),
        ("a.xml", b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>', "newsml"),
        ("a.xml", b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "feed"),
        ("a.xml", b'<feed xmlns="http://www.w3.org/2005/Atom"/>', "feed"),
        ("a.htm", b"<html></html>", "html"),
        ("crawl.warc.gz", b"\x1f\x8b", "warc"),
        ("crawl.WARC", b"WARC/1.0", "warc"),
    ],
)
def test_readers_are_chosen_by_extension_then_content(tmp_path, name, head, reader):
    path = tmp_path / name
    path.write_bytes(head)
    assert reader_for(path).__name__.rsplit(".", 1)[-1] == reader


def test_a_directory_walk_finds_every_news_format():
    found = {extension(p) for p in iter_directory(FIXTURES)}
    assert found >= {".json", ".xml", ".rss", ".atom", ".html", ".warc.gz"}
    assert not any(p.suffix == ".py" for p in iter_directory(FIXTURES))


def test_a_crawl_keeps_german_html_pages_and_counts_what_it_skips():
    records = _records(CRAWL)
    assert [r.url for r in records] == [
        "https://www.beispielzeitung.example/politik/baerbock-nahost-2001",
        "https://zweite-zeitung.example/ausland/g7-hiroshima",
        "https://www.beispielzeitung.example/inland/haushalt-3001",
    ]
    assert all(r.id == r.url for r in records)
    # the last page declares no language and has only meta dates: both read all the same
    assert (records[2].date, records[2].source) == ("2023-12-01", "beispielzeitung.example")
    (note,) = records[-1].notes
    assert "5 HTML pages, 3 German pages kept, 2 in other languages skipped" in note


def test_the_same_page_in_a_crawl_and_as_a_file_has_the_same_id_and_text():
    (page,) = _records(PAGE_A)
    from_crawl = _records(CRAWL)[0]
    assert (page.id, page.text, page.title) == (from_crawl.id, from_crawl.text, from_crawl.title)


@pytest.mark.parametrize(
    "markup, text",
    [
        ("<p>Eins <b>fett</b> und\n  weiter.</p><p>Zwei.</p>", "Eins fett und weiter.\n\nZwei."),
        ("<div>A<div>B</div>C</div>", "A\n\nB\n\nC"),
        ("<p>Zeile<br>umbrochen</p><script>var x;</script>", "Zeile umbrochen"),
        ("<ul><li>eins</li><li>zwei</li></ul>", "eins\n\nzwei"),
        ("Nur Text &amp; Entität", "Nur Text & Entität"),
        ("   ", ""),
    ],
)
def test_html_to_text_makes_one_paragraph_per_block(markup, text):
    assert html_to_text(markup) == text


def test_errors_are_values_and_name_file_and_item(tmp_path):
    path = tmp_path / "entries.json"
    good = json.loads(DIGITALWIRES.read_text(encoding="utf-8"))["entries"][0]
    path.write_text(json.dumps({"entries": [good, {"urn": "urn:x:1"}, "nonsense", good]}))
    items = list(read_records([path]))
    assert [type(i).__name__ for i in items] == ["Record", "ReadError", "ReadError", "Record"]
    assert str(items[1]).startswith(f"{path}:2: urn:x:1: no body text")
    assert str(items[2]).startswith(f"{path}:3: ")
    assert all("\n" not in str(i) for i in items[1:3])


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("broken.xml", b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"><', "XML"),
        ("broken.rss", b"<rss><channel><item><title>x", "malformed XML"),
        ("notafeed.rss", b"just words", "not a readable RSS/Atom feed"),
        ("nothing.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
        ("garbage.warc", b"this is not a WARC file at all\r\n\r\n" * 3, "broken WARC record"),
        ("empty.warc.gz", b"", "no HTML response record"),
        ("bad.json", b'{"uri": "u", "body_text": "t", "version": "zwei"}', "version"),
    ],
)
def test_malformed_input_gives_one_line_naming_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    items = list(read_records([path]))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert errors and reason in str(errors[-1]) and str(path) in str(errors[-1])
    assert "\n" not in str(errors[-1])


def test_a_crawl_cut_off_in_the_middle_keeps_the_pages_before_the_cut(tmp_path):
    data = CRAWL.read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) * 3 // 4])
    items = list(read_records([path]))
    records = [i for i in items if isinstance(i, Record)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(records) >= 2 and len(errors) == 1
    assert str(errors[0]).startswith(f"{path}:") and "record" in str(errors[0])


FRENCH = "<p>Le gouvernement a approuvé une nouvelle aide pour l'Ukraine, selon le ministère.</p>"
GERMAN = "<p>Die Bundesregierung hat am Montag neue Hilfen für die Ukraine beschlossen.</p>"


@pytest.mark.parametrize(
    "page, german",
    [
        (f'<html lang="fr"><body>{GERMAN * 4}</body></html>', False),  # the declaration counts
        (f'<html lang="de"><body>{FRENCH * 4}</body></html>', True),  # checked after extraction
        (f"<html><body>{FRENCH * 4}</body></html>", False),
        (f"<html><body>{GERMAN * 4}</body></html>", True),
        (f"<html><body><div>{FRENCH}</div></body></html>", True),  # too little to judge here
    ],
)
def test_foreign_pages_are_recognised_before_extraction(page, german):
    from lagebild.readers.warc import is_german_markup

    assert is_german_markup(page.encode()) is german


LD_GRAPH = '{"@graph": [{"@type": "NewsArticle", "datePublished": "2019-07-04"}]}'


@pytest.mark.parametrize(
    "head, day",
    [
        ('<meta property="article:published_time" content="2023-03-01T10:00+01:00">', "2023-03-01"),
        ('<meta name="DC.date" content="2021-12-24">', "2021-12-24"),
        ('<meta itemprop="datePublished" content="2020-02-29T23:00Z">', "2020-02-29"),
        (f'<script type="application/ld+json">{LD_GRAPH}</script>', "2019-07-04"),
        ('<meta name="date" content="gestern">', None),
        ('<meta name="date" content="2021-02-30">', None),
    ],
)
def test_meta_and_json_ld_dates_are_the_fallback(head, day):
    from lagebild.readers.html import meta_date

    assert meta_date(f"<html><head>{head}</head><body><p>x</p></body></html>".encode()) == day


NAR = "http://iptc.org/std/nar/2006-10-01/"


def news_item(guid: str, content: str, meta: str = "") -> str:
    guid_attr = f' guid="{guid}"' if guid else ""
    return (
        f'<newsItem xmlns="{NAR}"{guid_attr} version="4"><itemMeta>'
        "<versionCreated>2023-02-01T09:00:00Z</versionCreated></itemMeta>"
        f"<contentMeta><headline>Ein Titel</headline>{meta}</contentMeta>"
        f"<contentSet>{content}</contentSet></newsItem>"
    )


XHTML = (
    '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
    "<head><title>Kopf</title></head><body><h1>Ein Titel</h1><p>Eins.</p><p>Zwei.</p></body>"
    "</html></inlineXML>"
)
PLAIN = '<inlineData contenttype="text/plain">  Eins.\n\nZwei.  </inlineData>'


@pytest.mark.parametrize(
    "content, meta, text, places",
    [
        (XHTML, "<dateline>WIEN (APA) -</dateline>", "Ein Titel\n\nEins.\n\nZwei.", ["Wien"]),
        (PLAIN, '<located literal="Graz"/>', "Eins.\n\nZwei.", ["Graz"]),
    ],
    ids=["xhtml body, dateline element", "inlineData, located literal"],
)
def test_newsml_bodies_in_xhtml_or_plain_data_and_their_place(
    tmp_path, content, meta, text, places
):
    path = tmp_path / "item.xml"
    path.write_text(news_item("urn:x:1", content, meta), encoding="utf-8")
    (record,) = _records(path)
    assert (record.id, record.version, record.date, record.title) == (
        "urn:x:1",
        4,
        "2023-02-01",
        "Ein Titel",
    )
    assert (record.text, record.dateline.places) == (text, places)


def test_a_newsml_message_gives_each_item_and_names_the_broken_one(tmp_path):
    items = news_item("urn:x:1", PLAIN) + news_item("", PLAIN) + news_item("urn:x:3", PLAIN)
    path = tmp_path / "message.xml"
    path.write_text(f'<newsMessage xmlns="{NAR}"><itemSet>{items}</itemSet></newsMessage>')
    got = list(read_records([path]))
    assert [getattr(i, "id", None) for i in got] == ["urn:x:1", None, "urn:x:3"]
    assert [i.position for i in got] == [1, 2, 3]
    assert str(got[1]).startswith(f"{path}:2: newsItem without a guid")


def test_malformed_xml_names_its_line_once(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_bytes(f'<newsItem xmlns="{NAR}" guid="x">\n<contentMeta><'.encode())
    (error,) = list(read_records([path]))
    assert str(error).count("line 2") == 1, str(error)


def test_pages_without_a_url_are_named_by_their_path_so_two_index_pages_never_collide(tmp_path):
    sentence = "Die Bundesregierung hat am Montag in Berlin neue Hilfen beschlossen, sagte er. "
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        page = f"<html><body><article><p>{folder}: {sentence * 3}</p></article></body></html>"
        (tmp_path / folder / "index.html").write_text(page, encoding="utf-8")
    records = _records(tmp_path)
    assert [r.id for r in records] == ["a/index.html", "b/index.html"]
    assert all(r.derived_id and r.url is None for r in records)
