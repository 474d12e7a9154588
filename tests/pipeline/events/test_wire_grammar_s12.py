"""German grammar the parse hides in wire sentences of verbal events (session 12, round 2).

Hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``) reproduce the
small model's mis-parse; the ``model`` tests run one sentence through the full pipeline.
"""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.arguments import objects, subjects
from tests.pipeline.events.test_coder import analysed, make_doc

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past"


@pytest.mark.parametrize(
    ("spec", "subject", "obj"),
    [
        # the fronted object labelled subject, the subject labelled object
        (
            "Den/der/DET/2/det/Case=Acc Vorschlag/Vorschlag/NOUN/3/nsubj/Case=Dat "
            f"lehnte/lehnen/VERB/0/root/{PAST} die/der/DET/5/det/Case=Acc "
            "Regierung/Regierung/NOUN/3/obj/Case=Nom ab/ab/ADP/3/compound:prt ././PUNCT/3/punct",
            "Regierung",
            "Vorschlag",
        ),
        # both labelled objects
        (
            "Den/der/DET/2/det/Case=Acc Angriff/Angriff/NOUN/3/obj/Case=Acc "
            f"verurteilte/verurteilen/VERB/0/root/{PAST} "
            "Deutschland/Deutschland/PROPN/3/obj/Case=Acc ././PUNCT/3/punct",
            "Deutschland",
            "Angriff",
        ),
        # a temporal accusative ("Einen Tag zuvor") labelled subject
        (
            "Einen/ein/DET/2/det/Case=Acc Tag/Tag/NOUN/4/nsubj/Case=Acc zuvor/zuvor/ADV/4/advmod "
            f"stürmten/stürmen/VERB/0/root/{PAST} Bewaffnete/Bewaffnete/NOUN/4/obj/Case=Acc "
            "die/der/DET/7/det/Case=Acc Wache/Wache/NOUN/4/obj/Case=Acc ././PUNCT/4/punct",
            None,
            None,
        ),
        # a subject of its own after the verb stays the subject
        (
            "Den/der/DET/2/det/Case=Acc Vorschlag/Vorschlag/NOUN/3/obj/Case=Acc "
            f"lehnte/lehnen/VERB/0/root/{PAST} er/er/PRON/3/nsubj/Case=Nom "
            "ab/ab/ADP/3/compound:prt ././PUNCT/3/punct",
            "er",
            "Vorschlag",
        ),
    ],
    ids=["fronted-object-as-subject", "two-objects", "temporal-accusative", "own-subject"],
)
def test_a_phrase_with_den_or_dem_before_the_verb_is_never_the_subject(vocab, spec, subject, obj):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    found = subjects(verb)
    if subject is None:  # two bare phrases after the verb: no guess, but not the accusative
        assert all(t.text != "Tag" for t in found)
        return
    assert [t.text for t in found] == [subject]
    assert obj in [t.text for t in objects(verb)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den Vorschlag lehnte die Regierung in Moskau ab.", ("REJECT", "RUS")),
        ("Den Angriff auf Kiew verurteilte Deutschland.", ("ACCUSE", "DEU")),
    ],
)
def test_a_fronted_accusative_leaves_the_subject_its_actor(nlp, text, expected):
    events = analysed(nlp, text, "2024-03-05")
    assert any((e[0], e[1]) == expected for e in events)


@pytest.mark.parametrize(
    ("spec", "subject", "obj"),
    [
        # "und warf Scholz einen Bruch vor": the name after the verb labelled its subject
        (
            "Lindner/Lindner/PROPN/2/nsubj/Case=Nom "
            f"wies/weisen/VERB/0/root/{PAST} die/der/DET/4/det/Case=Acc "
            "Darstellung/Darstellung/NOUN/2/obj/Case=Acc zurück/zurück/ADV/2/compound:prt "
            f"und/und/CCONJ/7/cc warf/werfen/VERB/2/conj/{PAST} "
            "Scholz/Scholz/PROPN/7/nsubj/Case=Nom einen/ein/DET/10/det/Case=Acc "
            "Bruch/Bruch/NOUN/7/obj/Case=Acc vor/vor/ADP/7/compound:prt ././PUNCT/2/punct",
            "Lindner",
            "Scholz",
        ),
        # a conjunct with its own subject before the verb keeps it
        (
            "Russland/Russland/PROPN/2/nsubj/Case=Nom "
            f"griff/greifen/VERB/0/root/{PAST} Kiew/Kiew/PROPN/2/obj/Case=Acc "
            "an/an/ADP/2/compound:prt und/und/CCONJ/8/cc die/der/DET/7/det/Case=Nom "
            f"Ukraine/Ukraine/PROPN/8/nsubj/Case=Nom wehrte/wehren/VERB/2/conj/{PAST} "
            "ab/ab/ADP/8/compound:prt ././PUNCT/2/punct",
            "Ukraine",
            None,
        ),
    ],
    ids=["verb-first-conjunct", "own-subject-first"],
)
def test_a_verb_right_after_und_shares_the_subject_before(vocab, spec, subject, obj):
    from lagebild.pipeline.events.arguments import datives

    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB")
    assert [t.text for t in subjects(verb)] == [subject]
    if obj:
        assert obj in [t.text for t in datives(verb)]


@pytest.mark.model
def test_a_verb_first_conjunct_accuses_the_name_after_it(nlp):
    text = "China wies die Kritik der USA zurück und warf Washington Einmischung vor."
    events = analysed(nlp, text, "2024-03-05")
    assert ("ACCUSE", "CHN", "USA") in events


@pytest.mark.parametrize(
    ("spec", "subject", "obj"),
    [
        # "Auch Russland wies die Vorwürfe zurück": the name labelled obl, the object nsubj
        (
            "Auch/auch/ADV/2/advmod Russland/Russland/PROPN/3/obl/Case=Gen "
            f"wies/weisen/VERB/0/root/{PAST} die/der/DET/5/det/Case=Nom "
            "Vorwürfe/Vorwurf/NOUN/3/nsubj/Case=Acc zurück/zurück/ADV/3/compound:prt "
            "././PUNCT/3/punct",
            "Russland",
            "Vorwürfe",
        ),
        # a preposition makes it an adverbial: the labelled subject stays
        (
            "Auch/auch/ADV/3/advmod in/in/ADP/3/case Berlin/Berlin/PROPN/4/obl/Case=Dat "
            f"kritisierte/kritisieren/VERB/0/root/{PAST} die/der/DET/6/det/Case=Nom "
            "Regierung/Regierung/NOUN/4/nsubj/Case=Nom ././PUNCT/4/punct",
            "Regierung",
            None,
        ),
    ],
    ids=["focus-particle-name", "focus-particle-adverbial"],
)
def test_a_phrase_after_a_focus_particle_before_the_verb_is_the_subject(vocab, spec, subject, obj):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in subjects(verb)] == [subject]
    if obj:
        assert obj in [t.text for t in objects(verb)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auch der Iran drohte Israel mit Vergeltung.", ("THREATEN", "IRN", "ISR")),
        ("Nur Ungarn lehnte die Sanktionen ab.", ("REJECT", "HUN", "HUN")),
    ],
)
def test_a_focus_particle_leaves_its_phrase_the_subject(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-03-05")


@pytest.mark.parametrize(
    ("noun", "morph", "dative"),
    [
        ("USA", "Case=Dat|Number=Plur", True),  # a plural acronym: "drohte den USA"
        ("VAE", "Number=Plur", True),
        ("IWF", "Case=Acc|Number=Sing", False),  # a singular one: "kritisierte den IWF"
        ("Vorschlag", "Case=Dat|Number=Sing", False),
    ],
)
def test_den_before_a_plural_acronym_is_the_dative(vocab, noun, morph, dative):
    from lagebild.pipeline.events.arguments import is_dative

    spec = (
        f"Nordkorea/Nordkorea/PROPN/2/nsubj/Case=Nom drohte/drohen/VERB/0/root/{PAST} "
        f"den/der/DET/4/det/Case=Acc {noun}/{noun}/PROPN/2/obj/{morph} ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert is_dative(doc[3]) is dative


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nordkorea drohte den USA.", ("THREATEN", "PRK", "USA")),
        ("Russland sicherte den USA Unterstützung zu.", ("SUPPORT", "RUS", "USA")),
    ],
)
def test_den_usa_is_the_addressee(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-03-05")


@pytest.mark.parametrize(
    ("subject", "name_object"),
    [
        # a bare name hung on a plural subject with its article: the verb's object
        ("die/der/DET/3/det/Case=Nom G7-Staaten/G7-Staat/NOUN/1/nsubj/Number=Plur", True),
        # a singular head names one thing with the name ("die Regierung Netanjahu")
        ("die/der/DET/3/det/Case=Nom Regierung/Regierung/NOUN/1/nsubj/Number=Sing", False),
        # a bare title before a name ("Vize-Premier David Lidington")
        ("erneut/erneut/ADV/1/advmod Vize-Premiers/Vize-Premier/NOUN/1/nsubj/Number=Plur", False),
    ],
    ids=["plural-subject", "singular-subject", "bare-title"],
)
def test_a_bare_name_after_a_plural_subject_is_the_object(vocab, subject, name_object):
    spec = (
        f"forderten/fordern/VERB/0/root/{PAST} {subject} "
        "Russland/Russland/PROPN/3/nmod/Case=Gen zum/zu/ADP/6/case Rückzug/Rückzug/NOUN/1/obl "
        "auf/auf/ADP/1/compound:prt ././PUNCT/1/punct"
    )
    doc = make_doc(vocab, spec, {})
    verb = doc[0]
    assert ("Russland" in [t.text for t in objects(verb)]) is name_object


@pytest.mark.model
def test_a_name_after_a_plural_subject_is_addressed(nlp):
    text = "In einer gemeinsamen Erklärung forderten die G7-Staaten Russland zum Rückzug auf."
    assert ("REQUEST", "G7", "RUS") in analysed(nlp, text, "2024-03-05")


@pytest.mark.parametrize(
    ("first", "subject"),
    [
        # a fronted dative with "der" before a feminine noun, labelled subject
        ("Der/der/DET/2/det/Case=Nom Ukraine/Ukraine/PROPN/3/nsubj/Case=Nom", "Deutschland"),
        ("Der/der/DET/2/det/Case=Nom Regierung/Regierung/NOUN/3/nsubj/Gender=Masc", "Deutschland"),
        # masculine: the tagger's feminine is not trusted for names ("der Iran"), nor "-e"
        # of common nouns ("der Russe")
        ("Der/der/DET/2/det/Case=Nom Iran/Iran/PROPN/3/nsubj/Gender=Fem", "Iran"),
        ("Der/der/DET/2/det/Case=Nom Russe/Russe/NOUN/3/nsubj/Case=Nom", "Russe"),
    ],
    ids=["feminine-name", "feminine-suffix", "masculine-name", "masculine-noun-in-e"],
)
def test_der_before_a_feminine_noun_is_never_the_subject(vocab, first, subject):
    spec = (
        f"{first} sagte/sagen/VERB/0/root/{PAST} Deutschland/Deutschland/PROPN/3/obj/Case=Nom "
        "Hilfe/Hilfe/NOUN/3/obj/Case=Acc zu/zu/ADP/3/compound:prt ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert [t.text for t in subjects(doc[2])] == [subject]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Ukraine sagte Deutschland weitere Hilfe zu.", ("AGREE", "DEU", "UKR")),
        (
            "Der Regierung in Kiew sicherte Scholz die Unterstützung Deutschlands zu.",
            ("SUPPORT", "DEU", "UKR"),
        ),
    ],
)
def test_a_fronted_feminine_dative_is_the_addressee(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-03-05")
