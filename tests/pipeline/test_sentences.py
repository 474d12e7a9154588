from __future__ import annotations

import pytest
import spacy

import lagebild.pipeline.sentences  # noqa: F401  (registers the component)
from lagebild.pipeline.sentences import find_line_starts


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_sentences")
    return nlp


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "Erster Absatz endet.\n\nZwischenüberschrift ohne Punkt\n\nDann weiter.",
            ["Zwischenüberschrift", "Dann"],
        ),
        ("Zeile eins\nZeile zwei", ["Zeile"]),
        ("Ein Satz. Noch einer.", []),
        ("\n\nAm Anfang Leerzeilen.", ["Am"]),
    ],
)
def test_line_breaks_start_sentences(blank, text, starts):
    doc = blank(text)
    assert [doc[i].text for i in find_line_starts(doc)] == starts
    assert all(doc[i].is_sent_start for i in find_line_starts(doc))


@pytest.mark.model
def test_example_article_has_headings_as_own_sentences(example_analysis):
    texts = [example_analysis.text[s.start : s.end].strip() for s in example_analysis.sentences]
    assert "Angespannte Beziehung zwischen Russland und dem Westen" in texts
    assert len(example_analysis.sentences) >= 20


@pytest.mark.model
def test_sentences_cover_the_text_in_order(example_analysis):
    ends = [(s.start, s.end) for s in example_analysis.sentences]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "continuing"),
    [
        # a paragraph's first word stays in its sentence (the parser cut it off)
        ("Ende.\n\nNeu-Delhi wies dies zurück.", [".", "wies", "dies", "zurück", "."]),
        ("Gestern hat sie gesprochen.", ["hat", "sie", "gesprochen", "."]),
        # after final punctuation or a word with its full stop, a sentence may start
        ("Er ging. Sie kam.", ["ging", ".", "kam", "."]),
        ("im Sommer 2009. Die Anwältin", ["Sommer", "2009.", "Anwältin"]),
        # an ellipsis ends a sentence too
        ("Er zögerte … Dann ging er.", ["zögerte", "…", "ging", "er", "."]),
    ],
)
def test_words_after_a_word_without_final_punctuation_continue_the_sentence(
    blank, text, continuing
):
    from lagebild.pipeline.sentences import find_continuations

    doc = blank(text)
    assert [doc[i].text for i in find_continuations(doc)] == continuing
    assert all(doc[i].is_sent_start is False for i in find_continuations(doc))


@pytest.mark.parametrize(
    ("text", "lead_start"),
    [
        ("Peking (dpa) - China hat Truppen nach Lhasa verlegt.", "China"),
        ("Moskau/Kiew (AFP) - Russland und die Ukraine tauschten Gefangene aus.", "Russland"),
        ("WASHINGTON (Reuters) – Die USA verhängen Sanktionen.", "Die"),
    ],
)
def test_an_agency_dateline_is_a_sentence_of_its_own(text, lead_start):
    from lagebild.analysis import ArticleMeta
    from lagebild.pipeline import sentences
    from lagebild.readers import parse_dateline

    nlp = spacy.blank("de")
    doc = nlp.make_doc(text)
    doc._.meta = ArticleMeta(dateline=parse_dateline(text))
    sentences.LineBreakSentences()(doc)
    first = next(t for t in doc if t.text == lead_start)
    assert first.is_sent_start is True
    # inside the dateline and the lead nothing else is decided as a start
    assert [t.is_sent_start for t in doc[1 : first.i]] == [False] * (first.i - 1)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung (CDU) - so hieß es - lenkte ein.",  # no agency: no dateline
        "China hat Truppen verlegt.",
    ],
)
def test_text_without_a_dateline_gets_no_lead_start(text):
    from lagebild.analysis import ArticleMeta
    from lagebild.pipeline.sentences import find_lead_start
    from lagebild.readers import parse_dateline

    doc = spacy.blank("de").make_doc(text)
    doc._.meta = ArticleMeta(dateline=parse_dateline(text))
    assert find_lead_start(doc) == []


@pytest.mark.model
def test_the_lead_after_a_dateline_is_parsed_without_it():
    import lagebild

    analysis = lagebild.analyze("Peking (dpa) - China hat Truppen nach Lhasa verlegt.")
    assert [(e.type, [p.code for p in e.actor]) for e in analysis.events] == [("MOBILIZE", ["CHN"])]
    assert [analysis.text[s.start : s.end] for s in analysis.sentences][0] == "Peking (dpa) -"
