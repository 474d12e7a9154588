"""Who fills an event's actor and recipient (session 10, from fresh Wikinews text): rules of
German about the phrases that name the participants.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``); mentions
and their actors are set by hand, as ``lagebild_actors`` would.
"""

from __future__ import annotations

import pytest

from lagebild.analysis import Actor, Mention
from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.coder import find_events
from tests.pipeline.events import test_coder
from tests.pipeline.events.test_coder import make_doc

GROUPS = {
    "DEU/LEG": Actor(name="Parlament", kind="group", code="DEU", sector="LEG"),
}


@pytest.fixture(autouse=True)
def _groups(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, actor in GROUPS.items():
        monkeypatch.setitem(test_coder.ACTORS, key, actor)


def sides(doc) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, actor mentions, recipient mentions) of every event found."""
    return {
        (e.type, tuple(p.text for p in e.actor), tuple(p.text for p in e.recipient))
        for e in find_events(doc, load_codebook())
    }


PROPOSAL = (
    "Der/der/DET/2/det/Case=Nom {subject}/{subject}/NOUN/3/nsubj schlug/schlagen/VERB/0/root "
    "dem/der/DET/5/det/Case=Dat {addressee}/{addressee}/NOUN/3/obj/Case=Dat "
    "vor/vor/ADP/3/compound:prt ,/,/PUNCT/11/punct Zwangsheiraten/Zwangsheirat/NOUN/11/obj "
    "als/als/CCONJ/10/case eigenen/eigen/ADJ/10/amod Straftatbestand/Straftatbestand/NOUN/11/obl "
    "anzuerkennen/anerkennen/VERB/3/xcomp ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("subject", "addressee", "mentions", "expected"),
    [
        # two bodies of one sector (both linked to the parliament group DEU/LEG): the
        # second is the addressee, not the actor again
        (
            "Bundesrat",
            "Bundestag",
            {"Bundesrat": ["DEU/LEG"], "Bundestag": ["DEU/LEG"]},
            ("REQUEST", ("Bundesrat",), ("Bundestag",)),
        ),
        # one person named twice is one entity: no addressee of his own proposal
        (
            "Kanzler",
            "Minister",
            {"Kanzler": ["scholz"], "Minister": ["scholz"]},
            None,
        ),
    ],
    ids=["two-bodies-of-one-sector", "one-person"],
)
def test_two_bodies_of_one_sector_group_are_two_participants(
    vocab, subject, addressee, mentions, expected
):
    doc = make_doc(vocab, PROPOSAL.format(subject=subject, addressee=addressee), mentions)
    found = {s for s in sides(doc) if s[0] == "REQUEST"}
    if expected is None:
        assert all(addressee not in s[2] for s in found)
    else:
        assert expected in found


ARREST = (
    "Die/der/DET/2/det/Case=Nom Polizei/Polizei/NOUN/6/nsubj konnte/können/AUX/6/aux "
    "den/der/DET/5/det/Case=Acc Mann/Mann/NOUN/6/obj/Case=Acc überreden/überreden/VERB/0/root "
    "und/und/CCONJ/{last}/cc {second} ././PUNCT/6/punct"
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "den Mann überreden und festnehmen": the object before the verbs is each verb's
        ("festnehmen/festnehmen/VERB/6/conj", ("COERCE", ("Polizei",), ("Mann",))),
        # the second verb's own object is its own
        (
            "die/der/DET/9/det/Case=Acc Frau/Frau/NOUN/10/obj/Case=Acc "
            "festnehmen/festnehmen/VERB/6/conj",
            ("COERCE", ("Polizei",), ("Frau",)),
        ),
    ],
    ids=["shared-object", "own-object"],
)
def test_coordinated_verbs_at_the_end_of_the_clause_share_the_object_before_them(
    vocab, second, expected
):
    last = 8 if second.count("/") < 6 else 10
    spec = ARREST.format(second=second, last=last)
    doc = make_doc(vocab, spec, {"Polizei": ["DEU/COP"], "Mann": ["DEU/CVL"], "Frau": ["DEU/CVL"]})
    assert expected in sides(doc)


WELCOME = (
    "Merkel/Merkel/PROPN/2/nsubj begrüßte/begrüßen/VERB/0/root das/der/DET/4/det "
    "Urteil/Urteil/NOUN/2/obj {comparison} ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    "comparison",
    [
        "ebenso/ebenso/ADV/2/advmod wie/wie/CCONJ/7/case Scholz/Scholz/PROPN/2/obl",
        "wie/wie/CCONJ/6/case Scholz/Scholz/PROPN/2/obl",
    ],
    ids=["ebenso-wie", "wie"],
)
def test_a_wie_comparison_is_never_what_an_act_is_about(vocab, comparison):
    doc = make_doc(
        vocab, WELCOME.format(comparison=comparison), {"Merkel": ["merkel"], "Scholz": ["scholz"]}
    )
    assert all("Scholz" not in s[2] for s in sides(doc))


@pytest.mark.parametrize(
    ("form", "is_act"),
    [
        ("massenprotesten", True),
        ("terroranschläge", True),
        # an event noun's stem with -er is the person who does it, not the act: "Küng, der
        # als Kritiker des Papstes gilt" is no criticism by the Pope
        ("kritiker", False),
        ("regimekritiker", False),
        ("besucher", False),
        ("attentäter", False),
    ],
)
def test_an_event_nouns_stem_with_er_is_a_person_not_the_act(form, is_act):
    from lagebild.pipeline.events.matching import _inflected_noun_entries

    assert bool(_inflected_noun_entries(form, load_codebook())) is is_act


PRAISE = (
    "Die/der/DET/2/det/Case=Nom Arbeit/Arbeit/NOUN/5/nsubj/Case=Nom der/der/DET/4/det/Case=Gen "
    "Regierung/Regierung/NOUN/2/nmod/Case=Gen lobte/loben/VERB/0/root "
    "{pronoun}/{pronoun}/PRON/5/nsubj/Case=Nom ././PUNCT/5/punct"
)


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [
        # "er" is nominative by its form, "die Arbeit" either case: the object came first
        ("er", ("SUPPORT", ("er",), ("Regierung",))),
        ("wir", ("SUPPORT", ("wir",), ("Regierung",))),
    ],
)
def test_a_nominative_pronoun_is_the_subject_before_a_fronted_object(vocab, pronoun, expected):
    doc = make_doc(vocab, PRAISE.format(pronoun=pronoun), {"Regierung": ["DEU"]})
    token = doc[5]  # the pronoun, resolved as the coreference step would
    doc._.mentions = [*doc._.mentions, Mention(start=token.idx, end=token.idx + len(token),
                                               text=token.text, kind="pronoun",
                                               actors=["merkel"])]  # fmt: skip
    doc._.actors = {**doc._.actors, "merkel": test_coder.ACTORS["merkel"]}
    assert expected in sides(doc)


SEIZED = (
    "Rebellen/Rebell/NOUN/2/nsubj einnahmen/einnehmen/VERB/0/root/VerbForm=Inf "
    "die/der/DET/4/det Stadt/Stadt/NOUN/2/obj ,/,/PUNCT/6/punct "
    "{verb}/{lemma}/VERB/2/conj/{form} die/der/DET/9/det Vereinten/Vereinte/ADJ/9/amod "
    "Nationen/Nation/NOUN/6/obj mit/mit/ADP/6/compound:prt ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("verb", "lemma", "form", "completes"),
    [
        # "…, teilten die Vereinten Nationen mit": a coordinated clause's finite verb is no
        # complement of the first ("teilen" is no "Teil" of the land), its object no target
        ("teilten", "teilen", "VerbForm=Fin", False),
        # a participle the parser coordinated may be ("hält die Kritik für gerechtfertigt")
        ("geteilt", "teilen", "VerbForm=Part", True),
    ],
)
def test_a_coordinated_clauses_finite_verb_completes_no_light_verb(
    vocab, verb, lemma, form, completes
):
    from lagebild.pipeline.events.matching import _complements

    doc = make_doc(vocab, SEIZED.format(verb=verb, lemma=lemma, form=form),
                   {"Rebellen": ["RUS"]})  # fmt: skip
    assert (doc[5] in _complements(doc[1])) is completes
    if not completes:
        assert all("Nationen" not in " ".join(s[2]) for s in sides(doc))


@pytest.mark.parametrize(
    ("spec", "subject"),
    [
        # "Trotz des Austritts von Akteuren wie Henkel findet die Bewegung Anklang" with
        # "Henkel" parsed as a subject and "wie" as cc: an example is not who acts
        (
            "Akteure/Akteur/NOUN/4/obl wie/wie/CCONJ/3/cc Henkel/Henkel/PROPN/4/nsubj "
            "findet/finden/VERB/0/root die/der/DET/6/det Bewegung/Bewegung/NOUN/4/nsubj "
            "Anklang/Anklang/NOUN/4/obj ././PUNCT/4/punct",
            "Bewegung",
        ),
        (
            "Henkel/Henkel/PROPN/2/nsubj findet/finden/VERB/0/root die/der/DET/4/det "
            "Bewegung/Bewegung/NOUN/2/obj gut/gut/ADJ/2/advmod ././PUNCT/2/punct",
            "Henkel",
        ),
    ],
    ids=["after-wie", "plain"],
)
def test_a_nominal_after_wie_is_never_the_subject(vocab, spec, subject):
    from lagebild.pipeline.events import arguments as args

    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in args.subjects(verb)][:1] == [subject]


@pytest.mark.parametrize(
    ("victims", "is_object"),
    [
        # no article: the tagger's dative is a guess (the form shows no case), the label holds
        ("neun/neun/NUM/4/nummod Polizisten/Polizist/NOUN/2/obj/Case=Dat", True),
        # the article's dative is reliable: a dative, not the object
        ("den/der/DET/4/det/Case=Dat Polizisten/Polizist/NOUN/2/obj/Case=Dat", False),
    ],
    ids=["without-article", "dative-article"],
)
def test_an_object_without_article_is_the_object_whatever_its_tagged_case(
    vocab, victims, is_object
):
    from lagebild.pipeline.events import arguments as args

    spec = (
        f"Soldaten/Soldat/NOUN/2/nsubj erschossen/erschießen/VERB/0/root {victims} "
        "././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert (doc[3] in args.objects(doc[1])) is is_object


@pytest.mark.parametrize("verb", ["gelang/gelingen", "glückte/glücken", "misslang/misslingen"])
def test_the_dative_of_a_verb_of_success_is_the_agent_of_its_infinitive(vocab, verb):
    from lagebild.pipeline.events import arguments as args

    spec = (
        f"Den/der/DET/2/det/Case=Dat Rebellen/Rebell/NOUN/3/obl:arg/Case=Dat {verb}/VERB/0/root "
        "es/es/PRON/3/nsubj ,/,/PUNCT/9/punct die/der/DET/7/det/Case=Acc "
        "Stadt/Stadt/NOUN/9/obj/Case=Acc zu/zu/PART/9/mark einnehmen/einnehmen/VERB/3/xcomp "
        "././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert [t.text for t in args.subjects(doc[8])] == ["Rebellen"]


@pytest.mark.parametrize(
    ("determiner", "lemma", "expected"),
    [
        # "…, darunter keine Deutschen": the phrase denies that Germans are among them
        ("keine", "kein", []),
        ("keinerlei", "keinerlei", []),
        ("alle", "alle", ["DEU"]),
        ("die", "der", ["DEU"]),
    ],
)
def test_a_phrase_with_a_negative_determiner_names_no_participant(
    vocab, determiner, lemma, expected
):
    from lagebild.pipeline.events.participants import participants_in

    spec = (
        f"Russland/Russland/PROPN/2/nsubj kritisierte/kritisieren/VERB/0/root "
        f"{determiner}/{lemma}/DET/4/det Deutschen/Deutsche/NOUN/2/obj ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Deutschen": ["DEU"]})
    assert [p.code for p in participants_in(doc, [doc[3]])] == expected
