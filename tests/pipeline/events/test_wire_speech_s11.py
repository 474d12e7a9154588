"""Speech acts in wire copy, session 11 (issue 13, branch ``wirespeech11``).

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc

# "Großbritannien nannte die Angriffe der USA <judgement>."
JUDGING = (
    "Großbritannien/Großbritannien/PROPN/2/nsubj nannte/nennen/VERB/0/root "
    "die/der/DET/4/det/Case=Acc|Definite=Def|Number=Plur|PronType=Art "
    "Angriffe/Angriff/NOUN/2/obj der/der/DET/6/det/Case=Gen USA/USA/PROPN/4/nmod/Case=Gen "
    "{judgement} ././PUNCT/2/punct"
)
ACCUSE = ("ACCUSE", ("GBR",), ("USA",), "asserted")


@pytest.mark.parametrize(
    ("judgement", "accuses"),
    [
        # the strikes are what is judged ("angriff" is a judging word only as the judgement)
        ("notwendig/notwendig/ADJ/2/xcomp", False),
        ("inakzeptabel/inakzeptabel/ADJ/2/xcomp", True),
        # an indefinite second object is the judgement ("nannte … einen Angriff auf …")
        ("einen/ein/DET/8/det/Case=Acc|Definite=Ind|Number=Sing|PronType=Art "
         "Angriff/Angriff/NOUN/2/obj", True),
    ],
    ids=["definite object praised", "definite object condemned", "indefinite judgement noun"],
)  # fmt: skip
def test_the_definite_object_of_a_judging_verb_is_judged_not_the_judgement(
    vocab, judgement, accuses
):
    doc = make_doc(
        vocab, JUDGING.format(judgement=judgement), {"Großbritannien": ["GBR"], "USA": ["USA"]}
    )
    assert (ACCUSE in coded(doc)) is accuses


# "<det> <subject> Russlands sei eine <noun>, sagte Merkel."
JUDGED_THING = (
    "{first} {subject}/{subject}/{pos}/6/nsubj Russlands/Russland/PROPN/2/nmod/Case=Gen "
    "sei/sein/AUX/6/cop eine/ein/DET/6/det {noun}/{noun}/NOUN/0/root ,/,/PUNCT/8/punct "
    "sagte/sagen/VERB/6/parataxis Merkel/Merkel/PROPN/8/nsubj ././PUNCT/6/punct"
)
ARTICLE = "Das/der/DET/2/det"
ADVERB = "Auch/auch/ADV/2/advmod"


@pytest.mark.parametrize(
    ("first", "subject", "pos", "noun", "accuses"),
    [
        # a judging noun of "bezeichnete … als" as the predicate of an act
        (ARTICLE, "Vorgehen", "NOUN", "Verletzung", True),
        (ARTICLE, "Vorgehen", "NOUN", "Provokation", True),
        # not a judgement: a neutral predicate noun
        (ARTICLE, "Vorgehen", "NOUN", "Reaktion", False),
        # a pronoun subject may point at people ("Das sind Terroristen")
        (ADVERB, "dies", "PRON", "Verletzung", False),
    ],
    ids=["Verletzung", "Provokation", "neutral noun", "pronoun subject"],
)
def test_a_judging_noun_predicated_of_an_act_in_a_quotation_accuses_its_author(
    vocab, first, subject, pos, noun, accuses
):
    spec = JUDGED_THING.format(first=first, subject=subject, pos=pos, noun=noun)
    doc = make_doc(
        vocab,
        spec,
        {"Merkel": ["merkel"], "Russlands": ["RUS"]},
        {"text": f"{subject} Russlands sei eine {noun}", "speaker": "Merkel", "actors": ["merkel"]},
    )
    assert (("ACCUSE", ("DEU",), ("RUS",), "asserted") in coded(doc)) is accuses


@pytest.mark.parametrize(
    ("spec", "visits"),
    [
        # the place of the violations, hung on the verb by the parser
        ("Merkel/Merkel/PROPN/2/nsubj äußerte/äußern/VERB/0/root Besorgnis/Besorgnis/NOUN/2/obj "
         "über/über/ADP/5/case Verhaftungen/Verhaftung/NOUN/2/obl in/in/ADP/7/case "
         "Peking/Peking/PROPN/2/obl ././PUNCT/2/punct", False),
        # where the speaker is
        ("Merkel/Merkel/PROPN/2/nsubj äußerte/äußern/VERB/0/root in/in/ADP/4/case "
         "Peking/Peking/PROPN/2/obl Besorgnis/Besorgnis/NOUN/2/obj über/über/ADP/7/case "
         "Verhaftungen/Verhaftung/NOUN/2/obl ././PUNCT/2/punct", True),
    ],
    ids=["place of the content", "place of the speaker"],
)  # fmt: skip
def test_a_place_after_a_prepositional_noun_is_not_where_the_speaker_visits(vocab, spec, visits):
    doc = make_doc(vocab, spec, {"Merkel": ["merkel"]})
    consults = {e for e in coded(doc) if e[0] == "CONSULT"}
    assert (("CONSULT", ("DEU",), ("CHN",), "asserted") in consults) is visits


# "Das Parlament hat eine Reform gebilligt. Polen lehnt <det> <noun> in Berlin ab." (the
# place gives the rejection a default addressee, as a dateline does in wire copy)
DECISION = (
    "Das/der/DET/2/det Parlament/Parlament/NOUN/6/nsubj hat/haben/AUX/6/aux "
    "eine/ein/DET/5/det Reform/Reform/NOUN/6/obj gebilligt/billigen/VERB/0/root "
    "././PUNCT/6/punct Polen/Polen/PROPN/9/nsubj lehnt/lehnen/VERB/0/root "
    "{det}/{det_lemma}/DET/11/det/{det_morph} {noun}/{noun}/NOUN/9/obj "
    "in/in/ADP/13/case Berlin/Berlin/PROPN/9/obl ab/ab/ADP/9/compound:prt ././PUNCT/9/punct"
)
DEFINITE = "Case=Acc|Definite=Def|Number=Sing|PronType=Art"
INDEFINITE = "Case=Acc|Definite=Ind|Number=Sing|PronType=Art"


@pytest.mark.parametrize(
    ("det", "det_lemma", "det_morph", "noun", "addressed"),
    [
        ("die", "der", DEFINITE, "Reform", True),
        ("die", "der", DEFINITE, "Entscheidung", True),
        # not a decision told before: an indefinite one is new
        ("eine", "ein", INDEFINITE, "Reform", False),
        # not a decision noun
        ("die", "der", DEFINITE, "Grenze", False),
    ],
    ids=["die Reform", "die Entscheidung", "indefinite", "no decision noun"],
)
def test_rejecting_a_decision_told_before_is_addressed_to_who_took_it(
    vocab, det, det_lemma, det_morph, noun, addressed
):
    spec = DECISION.format(det=det, det_lemma=det_lemma, det_morph=det_morph, noun=noun)
    doc = make_doc(vocab, spec, {"Parlament": ["EU"], "Polen": ["POL"]})
    rejections = {e for e in coded(doc) if e[0] == "REJECT"}
    assert (("REJECT", ("POL",), ("EU",), "asserted") in rejections) is addressed


@pytest.mark.parametrize(
    ("noun", "welcomed"),
    [("Entscheidung", True), ("Beschlüsse", True), ("Grenze", False)],
    ids=["die Entscheidung", "die Beschlüsse", "no decision noun"],
)
def test_welcoming_a_decision_told_before_needs_no_other_addressee(vocab, noun, welcomed):
    """ "Das Parlament hat eine Reform gebilligt. Polen begrüßte die Entscheidung." """
    spec = (
        "Das/der/DET/2/det Parlament/Parlament/NOUN/6/nsubj hat/haben/AUX/6/aux "
        "eine/ein/DET/5/det Reform/Reform/NOUN/6/obj gebilligt/billigen/VERB/0/root "
        "././PUNCT/6/punct Polen/Polen/PROPN/9/nsubj begrüßte/begrüßen/VERB/0/root "
        f"die/der/DET/11/det/{DEFINITE} {noun}/{noun}/NOUN/9/obj ././PUNCT/9/punct"
    )
    doc = make_doc(vocab, spec, {"Parlament": ["EU"], "Polen": ["POL"]})
    assert (("SUPPORT", ("POL",), ("EU",), "asserted") in coded(doc)) is welcomed
