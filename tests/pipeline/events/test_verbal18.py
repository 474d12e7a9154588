"""Recall of the statement types (session 18, issue 13): offering one's mediation (AGREE
between parties), granting a state a status in a body (SUPPORT), a visit announced as "wird in
X erwartet" (AGREE), a dative object the model hung on the subject ("dankte die Regierung
dem Heiligen Stuhl"), and a verb-first clause after a main clause that continues it with its
subject ("Russland wies die Vorwürfe zurück, warf der Ukraine Provokationen vor").

Hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, heads 1-based, as in ``test_coder``)
reproduce the small model's mis-parse; the other tests run sentences through the pipeline."""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.repair import (
    repair_dative_under_argument,
    repair_verb_first_conjuncts,
)
from tests.pipeline.events.test_coder import coded as coded_doc
from tests.pipeline.events.test_coder import make_doc
from tests.pipeline.events.test_types_s15 import coded

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"

# "Russland wies die Vorwürfe zurück, warf der Ukraine Provokationen vor": the first clause
# hung on the second as if it were said, the dative taken for the second verb's subject
OBJECT_OF_ITS_OWN = (
    f"Russland/Russland/PROPN/2/nsubj wies/weisen/VERB/7/ccomp/{PAST} die/der/DET/4/det "
    "Vorwürfe/Vorwurf/NOUN/2/obj zurück/zurück/ADP/2/compound:prt ,/,/PUNCT/2/punct "
    f"warf/werfen/VERB/0/root/{PAST} der/der/DET/9/det Ukraine/Ukraine/PROPN/7/nsubj "
    "Provokationen/Provokation/NOUN/7/obj vor/vor/ADP/7/compound:prt ././PUNCT/7/punct"
)
# "Israel bot Gespräche an, lehnte eine Waffenruhe ab": the second verb has no subject
NO_SUBJECT = (
    f"Israel/Israel/PROPN/2/nsubj bot/anbieten/VERB/6/ccomp/{PAST} "
    "Gespräche/Gespräch/NOUN/2/obj an/an/ADP/2/compound:prt ,/,/PUNCT/2/punct "
    f"lehnte/ablehnen/VERB/0/root/{PAST} eine/ein/DET/8/det Waffenruhe/Waffenruhe/NOUN/6/obj "
    "ab/ab/ADP/6/compound:prt ././PUNCT/6/punct"
)
# "Die Regierung handelt falsch, sagte der Minister" with the speaker taken for an object
SAID = (
    f"Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj handelt/handeln/VERB/6/ccomp/{PRESENT} "
    "falsch/falsch/ADV/3/advmod ,/,/PUNCT/3/punct "
    f"sagte/sagen/VERB/0/root/{PAST} der/der/DET/8/det Minister/Minister/NOUN/6/obj "
    "././PUNCT/6/punct"
)


@pytest.mark.parametrize(
    ("spec", "restored"),
    [(OBJECT_OF_ITS_OWN, ["warf"]), (NO_SUBJECT, ["lehnte"]), (SAID, [])],
    ids=["object-of-its-own", "no-subject", "verb-of-saying"],
)
def test_a_verb_first_clause_that_is_no_speakers_frame_continues_the_clause_before(
    vocab, spec, restored
) -> None:
    doc = make_doc(vocab, spec, {})
    found = repair_verb_first_conjuncts(doc)
    assert [t.text for t in found] == restored
    for verb in found:
        assert verb.head == doc[1] and verb.dep_ == "conj" and doc[1].dep_ == "root"
    if restored == ["warf"]:
        assert doc[8].dep_ == "iobj"  # "der Ukraine" after the verb: the dative


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russland wies die Vorwürfe zurück, warf der Ukraine aber Provokationen vor.",
            ("ACCUSE", ("RUS",), ("UKR",)),
        ),
        (
            "Die Regierung in Peking wies die Kritik zurück, warf den USA Einmischung vor.",
            ("ACCUSE", ("CHN",), ("USA",)),
        ),
    ],
    ids=["warf-der-Ukraine", "warf-den-USA"],
)
def test_an_accusation_continuing_a_rejection_is_the_first_subjects(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Präsident Brasiliens bot sich als Vermittler an.", ("AGREE", ("BRA",), ())),
        ("Die Schweiz bot sich erneut als Vermittlerin im Konflikt an.", ("AGREE", ("CHE",), ())),
        (
            "Der türkische Präsident Erdogan bot seine Vermittlung zwischen Russland und der "
            "Ukraine an.",
            ("AGREE", ("TUR",), ("RUS", "UKR")),
        ),
    ],
    ids=["sich-als-Vermittler", "Vermittlerin", "seine-Vermittlung-zwischen"],
)
def test_offering_ones_mediation_is_agree_between_parties(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.model
def test_offering_mediation_in_private_matters_is_no_event(nlp) -> None:
    assert not coded(nlp, "Der Sprecher bot sich als Vermittler für den Kauf der Wohnung an.")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Generalversammlung der Vereinten Nationen hat Palästina den Status eines "
            "Beobachterstaates zuerkannt.",
            ("SUPPORT", ("UN",), ("PSE",)),
        ),
        ("Die EU-Staaten verliehen Moldau den Kandidatenstatus.", ("SUPPORT", ("EU",), ("MDA",))),
        (
            "Die EU-Außenminister wollen Serbien den Kandidatenstatus zusprechen.",
            ("AGREE", ("EU",), ("SRB",)),
        ),
    ],
    ids=["Status-eines-Beobachterstaates", "Kandidatenstatus", "announced"],
)
def test_granting_a_state_a_status_recognises_it(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.model
def test_a_persons_protection_status_is_no_recognition(nlp) -> None:
    text = "Das Bundesamt hat den Flüchtlingen aus Syrien einen Schutzstatus zuerkannt."
    assert not coded(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US-Außenministerin Condoleezza Rice wird am Mittwoch in Neu-Delhi erwartet.",
            ("AGREE", ("USA",), ("IND",)),
        ),
        (
            "Der französische Präsident wird am Freitag zu einem Staatsbesuch in Peking erwartet.",
            ("AGREE", ("FRA",), ("CHN",)),
        ),
        (
            "Eine hochrangige Delegation der EU wird noch in dieser Woche in Kiew erwartet.",
            ("AGREE", ("EU",), ("UKR",)),
        ),
    ],
    ids=["Außenministerin", "Staatsbesuch", "Delegation"],
)
def test_an_official_expected_abroad_is_an_announced_visit(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In Berlin werden am Wochenende Tausende Demonstranten erwartet.",
        "Eine Entscheidung des Gerichts wird in Brüssel im Juni erwartet.",
        "Bundeskanzler Olaf Scholz wird am Montag in München erwartet.",
        # told in the past, the expectation does not say the visit took place
        "Der russische Außenminister Lawrow wurde am Montag in Ankara erwartet.",
    ],
    ids=["crowd", "decision", "own-country", "past"],
)
def test_expected_crowds_decisions_and_past_plans_are_no_visit(nlp, text) -> None:
    assert not coded(nlp, text)


# "Am Montag dankte die Regierung dem Vatikan für die Vermittlung" with the dative hung on the
# subject as if it were its attribute, as the model parsed a develop sentence
DATIVE_ON_SUBJECT = (
    f"Am/an/ADP/2/case Montag/Montag/NOUN/3/obl dankte/danken/VERB/0/root/{PAST} "
    "die/der/DET/5/det Regierung/Regierung/NOUN/3/nsubj dem/der/DET/7/det "
    "Vatikan/Vatikan/PROPN/5/nmod für/für/ADP/10/case die/der/DET/10/det "
    "Vermittlung/Vermittlung/NOUN/3/obl ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("spec", "restored"),
    [
        (DATIVE_ON_SUBJECT, ["Vatikan"]),
        # "die Regierung des Vatikans": a genitive is the noun's attribute
        (DATIVE_ON_SUBJECT.replace("dem/der/DET/7/det", "des/der/DET/7/det"), []),
        # "die Regierung mit dem Vatikan": a prepositional attribute
        (DATIVE_ON_SUBJECT.replace("dem/der/DET/7/det", "mit/mit/ADP/7/case"), []),
    ],
    ids=["dem", "des", "preposition"],
)
def test_a_phrase_with_a_dative_article_is_no_attribute_of_the_noun(vocab, spec, restored):
    doc = make_doc(vocab, spec, {})
    found = repair_dative_under_argument(doc)
    assert [t.text for t in found] == restored
    for noun in found:
        assert noun.head == doc[2] and noun.dep_ == "iobj"


def test_thanks_to_a_dative_hung_on_the_subject_support_it(vocab) -> None:
    doc = make_doc(vocab, DATIVE_ON_SUBJECT, {"Regierung": ["POL"], "Vatikan": ["UKR"]})
    assert ("SUPPORT", ("POL",), ("UKR",), "asserted") in coded_doc(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung untersagte dem Rüstungskonzern Rheinmetall den Export eines "
            "Übungszentrums nach Russland.",
            ("SANCTION", ("DEU",), ("RUS",)),
        ),
        ("Russland stoppte der Ukraine die Gaslieferungen.", ("SANCTION", ("RUS",), ("UKR",))),
    ],
    ids=["exporter-in-the-dative", "bare-dative"],
)
def test_a_trade_ban_sanctions_where_the_goods_go(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)
