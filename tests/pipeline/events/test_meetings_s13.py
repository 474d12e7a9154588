"""Meetings, talks and mediation in canonical wire sentences: the parse (session 13).

Hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``) reproduce the
small model's mis-parse; the ``model`` tests run one sentence through the full pipeline.
"""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.arguments import datives, objects, prepositional, subjects
from lagebild.pipeline.events.coder import is_urged
from tests.pipeline.events.test_coder import analysed, make_doc

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "den" before a singular: the accusative, labelled obl:arg (GSD's dative label)
        (
            f"Erdogan/Erdogan/PROPN/2/nsubj empfing/empfangen/VERB/0/root/{PAST} "
            "den/der/DET/5/det/Case=Acc|Number=Sing ungarischen/ungarisch/ADJ/5/amod "
            "Ministerpräsidenten/Ministerpräsident/NOUN/2/obl:arg/Case=Acc|Number=Sing "
            "Orban/Orban/PROPN/5/appos ././PUNCT/2/punct",
            "Ministerpräsidenten",
        ),
        # "einen" is only accusative
        (
            f"Der/der/DET/2/det Papst/Papst/NOUN/3/nsubj empfing/empfangen/VERB/0/root/{PAST} "
            "einen/ein/DET/6/det/Case=Acc ranghohen/ranghoch/ADJ/6/amod "
            "Gesandten/Gesandte/NOUN/3/obl:arg/Case=Dat ././PUNCT/3/punct",
            "Gesandten",
        ),
        # a dative stays the dative: "dankte den Helfern" (plural)
        (
            f"Der/der/DET/2/det Präsident/Präsident/NOUN/3/nsubj dankte/danken/VERB/0/root/{PAST} "
            "den/der/DET/6/det/Case=Dat|Number=Plur freiwilligen/freiwillig/ADJ/6/amod "
            "Helfern/Helfer/NOUN/3/obl:arg/Case=Dat|Number=Plur ././PUNCT/3/punct",
            None,
        ),
    ],
    ids=["den-singular", "einen", "dative-plural"],
)
def test_an_obl_arg_with_an_accusative_only_article_is_the_object(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    found = [t.text for t in objects(verb)]
    dative = [t.text for t in datives(verb)]
    if expected is None:
        assert found == []
        assert dative == ["Helfern"]
        return
    assert found == [expected]
    assert expected not in dative


@pytest.mark.parametrize(
    ("spec", "prep", "expected"),
    [
        # "seit Wochen mit der Hamas" with the partner hung on the weeks
        (
            f"Israel/Israel/PROPN/2/nsubj verhandelt/verhandeln/VERB/0/root/{PRES} "
            "seit/seit/ADP/4/case Wochen/Woche/NOUN/2/obl mit/mit/ADP/7/case "
            "der/der/DET/7/det Hamas/Hamas/PROPN/4/nmod ././PUNCT/2/punct",
            "mit",
            ["Hamas"],
        ),
        # "seit Wochen zwischen Israel und der Hamas"
        (
            f"Ägypten/Ägypten/PROPN/2/nsubj vermittelt/vermitteln/VERB/0/root/{PRES} "
            "seit/seit/ADP/4/case Wochen/Woche/NOUN/2/obl zwischen/zwischen/ADP/6/case "
            "Israel/Israel/PROPN/4/nmod und/und/CCONJ/9/cc der/der/DET/9/det "
            "Hamas/Hamas/PROPN/6/conj ././PUNCT/2/punct",
            "zwischen",
            ["Israel"],
        ),
        # "ist am Sonntag in Teheran … zusammengetroffen": the place hung on the day
        (
            "Emir/Emir/PROPN/7/nsubj ist/sein/AUX/7/aux am/an/ADP/4/case "
            "Sonntag/Sonntag/NOUN/7/obl in/in/ADP/6/case Teheran/Teheran/PROPN/4/nmod "
            "zusammengetroffen/zusammentreffen/VERB/0/root/VerbForm=Part ././PUNCT/7/punct",
            "in",
            ["Teheran"],
        ),
        # a phrase on a noun that is no time keeps its head: "in der Nähe von Kiew"
        (
            f"Die/der/DET/2/det Truppen/Truppe/NOUN/3/nsubj stehen/stehen/VERB/0/root/{PRES} "
            "in/in/ADP/6/case der/der/DET/6/det Grenzregion/Grenzregion/NOUN/3/obl "
            "zwischen/zwischen/ADP/8/case Polen/Polen/PROPN/6/nmod ././PUNCT/3/punct",
            "zwischen",
            [],
        ),
    ],
    ids=["seit-wochen-mit", "seit-wochen-zwischen", "am-sonntag-in", "place-noun"],
)
def test_a_partner_hung_on_a_time_adverbial_is_the_verbs(vocab, spec, prep, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in prepositional([verb], prep)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "Erdogan empfing den ungarischen Ministerpräsidenten Orban in Ankara.",
            ("CONSULT", "HUN", "TUR"),
            None,
        ),
        (
            "Israel verhandelt seit Wochen mit der Hamas über eine Waffenruhe.",
            ("CONSULT", "ISR", "HAMAS"),
            None,
        ),
        (
            "Ägypten vermittelt seit Wochen zwischen Israel und der Hamas.",
            ("CONSULT", "EGY", "HAMAS,ISR"),
            None,
        ),
        # a planned meeting is an intention, not a visit to the partner's state
        (
            "Moskau (dpa) - Kremlchef Putin will sich in der kommenden Woche mit Chinas "
            "Staatschef Xi treffen.",
            ("AGREE", "RUS", "CHN"),
            ("CONSULT", "RUS", "CHN"),
        ),
    ],
    ids=["empfing-den", "verhandelt-seit-wochen-mit", "vermittelt-seit-wochen", "will-treffen"],
)
def test_meetings_in_wire_sentences(nlp, text, expected, excluded):
    events = analysed(nlp, text, "2024-05-01")
    assert expected in events
    assert excluded not in events


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "dass Biden nächste Woche Japan besuchen werde": the object hung on a bare time
        (
            "dass/dass/SCONJ/6/mark Biden/Biden/PROPN/6/nsubj nächste/nah/ADJ/4/amod "
            "Woche/Woche/NOUN/6/obl Japan/Japan/PROPN/4/appos "
            "besuchen/besuchen/VERB/0/root/VerbForm=Inf werde/werden/AUX/6/aux ././PUNCT/6/punct",
            ["Japan"],
        ),
        # a bare time without determiner or adjective is no such phrase ("Woche" alone)
        (
            "dass/dass/SCONJ/5/mark Biden/Biden/PROPN/5/nsubj Woche/Woche/NOUN/5/obl "
            "Japan/Japan/PROPN/3/appos besuchen/besuchen/VERB/0/root/VerbForm=Inf "
            "werde/werden/AUX/5/aux ././PUNCT/5/punct",
            [],
        ),
    ],
    ids=["naechste-woche", "bare-noun"],
)
def test_a_name_after_a_bare_accusative_of_time_is_the_object(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in objects(verb)] == expected


@pytest.mark.parametrize(
    ("spec", "index", "expected"),
    [
        (
            "Ungarn/Ungarn/PROPN/5/nsubj sollte/sollen/AUX/5/aux seinen/sein/DET/4/det:poss "
            "Widerstand/Widerstand/NOUN/5/obj aufgeben/aufgeben/VERB/0/root/VerbForm=Inf "
            "././PUNCT/5/punct",
            4,
            True,
        ),
        (
            "Israel/Israel/PROPN/3/nsubj muss/müssen/AUX/3/aux "
            "einlenken/einlenken/VERB/0/root/VerbForm=Inf ././PUNCT/3/punct",
            2,
            True,
        ),
        # "musste" tells what was done
        (
            "Israel/Israel/PROPN/3/nsubj musste/müssen/AUX/3/aux "
            "einlenken/einlenken/VERB/0/root/VerbForm=Inf ././PUNCT/3/punct",
            2,
            False,
        ),
        # the speaker's own side: "Wir müssen nachgeben"
        (
            "Wir/wir/PRON/3/nsubj müssen/müssen/AUX/3/aux "
            "nachgeben/nachgeben/VERB/0/root/VerbForm=Inf ././PUNCT/3/punct",
            2,
            False,
        ),
        # "muss eingelenkt haben" infers a past act
        (
            "Israel/Israel/PROPN/3/nsubj muss/müssen/AUX/3/aux "
            "eingelenkt/einlenken/VERB/0/root/VerbForm=Part haben/haben/AUX/3/aux "
            "././PUNCT/3/punct",
            2,
            False,
        ),
    ],
    ids=["sollte", "muss", "musste", "wir", "muss-perfect"],
)
def test_a_concession_with_a_modal_of_obligation_is_urged_not_made(vocab, spec, index, expected):
    doc = make_doc(vocab, spec, {})
    assert is_urged(doc[index]) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # "zu" labelled an adverb: still "zusagen", which announces the infinitive's act
        (
            "Die Türkei sagte zu, den Nato-Beitritt Schwedens zu ratifizieren.",
            ("AGREE", "TUR"),
            None,
        ),
        (
            "Das Weiße Haus kündigte an, dass Biden nächste Woche Japan besuchen werde.",
            ("AGREE", "USA", "JPN"),
            None,
        ),
        (
            "Ungarn hat seinen Widerstand gegen die EU-Hilfen für die Ukraine aufgegeben.",
            ("CONCEDE", "HUN"),
            None,
        ),
        (
            "Polen zog sein Veto gegen den EU-Haushalt zurück.",
            ("CONCEDE", "POL"),
            None,
        ),
        (
            "Der Sprecher sagte, Ungarn sollte seinen Widerstand aufgeben.",
            None,
            ("CONCEDE", "HUN"),
        ),
    ],
    ids=["sagte-zu", "naechste-woche", "widerstand-aufgegeben", "veto-zurueck", "sollte"],
)
def test_promises_and_concessions_in_wire_sentences(nlp, text, expected, excluded):
    events = analysed(nlp, text, "2024-05-01")
    if expected is not None:
        assert expected in {e[: len(expected)] for e in events}
    if excluded is not None:
        assert excluded not in {e[:2] for e in events}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "empfing der Staatschef Xi den spanischen Regierungschef" hung on the subject
        (
            f"Am/an/ADP/2/case Dienstag/Dienstag/PROPN/3/obl empfing/empfangen/VERB/0/root/{PAST} "
            "der/der/DET/6/det/Case=Nom chinesische/chinesisch/ADJ/6/amod "
            "Staatschef/Staatschef/NOUN/3/nsubj/Case=Nom|Number=Sing Xi/Xi/PROPN/6/appos "
            "den/der/DET/10/det/Case=Acc spanischen/spanisch/ADJ/10/amod "
            "Regierungschef/Regierungschef/NOUN/6/appos/Case=Acc|Number=Sing "
            "././PUNCT/3/punct",
            ["Regierungschef"],
        ),
        # an apposition in the subject's case stays one ("der Staatschef, der Präsident")
        (
            f"Am/an/ADP/2/case Dienstag/Dienstag/PROPN/3/obl sprach/sprechen/VERB/0/root/{PAST} "
            "der/der/DET/5/det/Case=Nom Staatschef/Staatschef/NOUN/3/nsubj/Case=Nom "
            "der/der/DET/7/det/Case=Nom Präsident/Präsident/NOUN/5/appos/Case=Nom "
            "././PUNCT/3/punct",
            [],
        ),
    ],
    ids=["den-apposition", "nominative-apposition"],
)
def test_an_accusative_apposition_of_the_subject_is_the_object(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in objects(verb)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Dienstag empfing der chinesische Staatschef Xi den spanischen Regierungschef "
            "Sánchez in Peking.",
            ("CONSULT", "ESP", "CHN"),
        ),
        # an offer to mediate is an intended meeting: AGREE with the sides
        (
            "Der türkische Präsident bot an, zwischen Russland und der Ukraine zu vermitteln.",
            ("AGREE", "TUR", "RUS,UKR"),
        ),
    ],
    ids=["empfing-inverted", "bot-an-zu-vermitteln"],
)
def test_hosts_and_offers_in_wire_sentences(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "den argentinischen Präsidenten Milei" tagged dative plural: one name, singular
        (
            "Lula/Lula/PROPN/7/nsubj hat/haben/AUX/7/aux den/der/DET/5/det/Case=Dat|Number=Plur "
            "argentinischen/argentinisch/ADJ/5/amod "
            "Präsidenten/Präsident/NOUN/7/obj/Case=Dat|Number=Plur Milei/Milei/PROPN/5/appos "
            "empfangen/empfangen/VERB/0/root/VerbForm=Part ././PUNCT/7/punct",
            ["Präsidenten"],
        ),
        # without a name "den Präsidenten" may be the dative plural
        (
            "Lula/Lula/PROPN/6/nsubj hat/haben/AUX/6/aux den/der/DET/5/det/Case=Dat|Number=Plur "
            "argentinischen/argentinisch/ADJ/5/amod "
            "Präsidenten/Präsident/NOUN/6/obj/Case=Dat|Number=Plur "
            "gedankt/danken/VERB/0/root/VerbForm=Part ././PUNCT/6/punct",
            [],
        ),
    ],
    ids=["title-and-name", "title-alone"],
)
def test_den_before_a_title_with_one_name_is_the_accusative(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in objects(verb)] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Nach Angaben … telefonierte Macron am Abend mit …": the name labelled object
        (
            f"Am/an/ADP/2/case Abend/Abend/NOUN/3/obl telefonierte/telefonieren/VERB/0/root/{PAST} "
            "Macron/Macron/PROPN/3/obj/Case=Nom|Number=Sing ././PUNCT/3/punct",
            ["Macron"],
        ),
        # with nothing before the verb it is no inverted subject
        (
            f"telefonierte/telefonieren/VERB/0/root/{PAST} "
            "Macron/Macron/PROPN/1/obj/Case=Nom|Number=Sing ././PUNCT/1/punct",
            [],
        ),
    ],
    ids=["vorfeld-filled", "verb-first"],
)
def test_the_one_name_after_a_verb_with_its_vorfeld_filled_is_the_subject(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in subjects(verb)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brasilia (dpa) - Brasiliens Präsident Lula hat in Brasília den argentinischen "
            "Präsidenten Milei empfangen.",
            ("CONSULT", "ARG", "BRA"),
        ),
        (
            "Scholz reist am Mittwoch zu einem Staatsbesuch nach China.",
            ("CONSULT", "DEU", "CHN"),
        ),
        (
            "Nach Angaben des Präsidialamts telefonierte Macron am Abend mit dem iranischen "
            "Präsidenten.",
            ("CONSULT", "FRA", "IRN"),
        ),
    ],
    ids=["den-praesidenten-milei", "zu-einem-staatsbesuch-nach", "telefonierte-macron"],
)
def test_visits_and_calls_in_wire_sentences(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "traf am Rande des Gipfels den polnischen Präsidenten Duda" hung on "Gipfels"
        (
            f"Selenskyj/Selenskyj/PROPN/2/nsubj traf/treffen/VERB/0/root/{PAST} "
            "am/an/ADP/4/case Rande/Rand/NOUN/2/obl des/der/DET/6/det/Case=Gen "
            "Gipfels/Gipfel/NOUN/4/nmod/Case=Gen den/der/DET/9/det/Case=Acc "
            "polnischen/polnisch/ADJ/9/amod Präsidenten/Präsident/NOUN/6/nmod/Case=Acc|Number=Sing "
            "././PUNCT/2/punct",
            ["Präsidenten"],
        ),
        # a genitive stays the noun's: "am Rande des Gipfels der Nato"
        (
            f"Selenskyj/Selenskyj/PROPN/2/nsubj sprach/sprechen/VERB/0/root/{PAST} "
            "am/an/ADP/4/case Rande/Rand/NOUN/2/obl des/der/DET/6/det/Case=Gen "
            "Gipfels/Gipfel/NOUN/4/nmod/Case=Gen der/der/DET/8/det/Case=Gen "
            "Nato/Nato/PROPN/6/nmod/Case=Gen ././PUNCT/2/punct",
            [],
        ),
    ],
    ids=["den-on-genitive", "genitive"],
)
def test_an_accusative_hung_on_a_genitive_attribute_is_the_object(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in objects(verb)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # a meeting planned is an intention (AGREE), not a meeting held
        (
            "Ein Treffen zwischen Xi und Biden ist für November geplant.",
            ("AGREE", "CHN,USA", ""),
            ("CONSULT", "CHN,USA", ""),
        ),
        (
            "Putin kam zu einem Staatsbesuch nach Pjöngjang.",
            ("CONSULT", "RUS", "PRK"),
            None,
        ),
        (
            "Selenskyj traf am Rande des Gipfels den polnischen Präsidenten Duda.",
            ("CONSULT", "UKR", "POL"),
            None,
        ),
    ],
    ids=["treffen-geplant", "kam-zu-einem-staatsbesuch", "am-rande-des-gipfels-den"],
)
def test_planned_meetings_and_visits_in_wire_sentences(nlp, text, expected, excluded):
    events = analysed(nlp, text, "2024-05-01")
    assert expected in events
    assert excluded not in events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # "im Streit mit Italien" names the opponent, not a place the actor is in
        (
            "Frankreich lenkte im Streit mit Italien über die Migrationspolitik ein.",
            ("CONCEDE", "FRA"),
            ("CONSULT", "FRA", "ITA"),
        ),
    ],
    ids=["im-streit-mit"],
)
def test_a_partner_inside_an_in_phrase_is_no_place_visited(nlp, text, expected, excluded):
    events = analysed(nlp, text, "2024-05-01")
    assert expected in {e[:2] for e in events}
    assert excluded not in events


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Kolumbiens Regierung … haben … geschlossen": the subject a dative "passive subject"
        (
            "Kolumbiens/Kolumbien/PROPN/2/dep/Case=Gen "
            "Regierung/Regierung/NOUN/6/nsubj:pass/Case=Dat "
            "haben/haben/AUX/6/aux ein/ein/DET/5/det Abkommen/Abkommen/NOUN/6/obj/Case=Acc "
            "geschlossen/schließen/VERB/0/root/VerbForm=Part ././PUNCT/6/punct",
            ["Regierung"],
        ),
        # "Spaniens Regierungschef … ist … eingetroffen" with the subject labelled obl
        (
            "Spaniens/Spanien/PROPN/2/dep/Case=Gen "
            "Regierungschef/Regierungschef/NOUN/5/obl/Case=Nom "
            "ist/sein/AUX/5/aux in/in/ADP/5/case eingetroffen/eintreffen/VERB/0/root/VerbForm=Part "
            "././PUNCT/5/punct",
            ["Regierungschef"],
        ),
        # with an article the tagger's dative stands: "der Regierung … geholfen"
        (
            "der/der/DET/2/det/Case=Dat Regierung/Regierung/NOUN/4/nsubj:pass/Case=Dat "
            "wurde/werden/AUX/4/aux geholfen/helfen/VERB/0/root/VerbForm=Part ././PUNCT/4/punct",
            [],
        ),
    ],
    ids=["nsubj-pass-dative", "obl-nominative", "dative-with-article"],
)
def test_a_noun_after_a_prenominal_genitive_shows_no_case(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in subjects(verb)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kolumbiens Regierung und die Farc-Rebellen haben ein Friedensabkommen geschlossen.",
            ("AGREE", "COL,FARC", ""),
        ),
        (
            "Madrid (AFP) - Spaniens Regierungschef Sánchez ist am Freitag zu einem zweitägigen "
            "Besuch in Marokko eingetroffen.",
            ("CONSULT", "ESP", "MAR"),
        ),
    ],
    ids=["kolumbiens-regierung", "spaniens-regierungschef"],
)
def test_subjects_with_a_prenominal_genitive_in_wire_sentences(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


@pytest.mark.model
def test_a_meeting_in_the_partners_capital_hung_on_the_day_is_a_visit(nlp):
    text = (
        "Der Emir von Katar ist am Sonntag in Teheran mit dem iranischen Präsidenten "
        "zusammengetroffen."
    )
    assert ("CONSULT", "QAT", "IRN") in analysed(nlp, text, "2024-05-01")
