"""ACCUSE, REJECT and THREATEN, session 11 (issue 13 point 1, branch ``evaccuse11``):
condemning quotations in domestic disputes, condemning words the lemmatizer leaves
inflected, and the generated negative evaluative adjectives that judge someone's conduct.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc

ACCUSE_DEU = ("ACCUSE", ("DEU",), ("DEU",), "asserted")
# "Er sei <word> <noun>, sagte Merkel über <target>."
QUOTE = (
    "Er/er/PRON/3/nsubj sei/sein/AUX/3/cop {word}/{lemma}/{pos}/0/root ,/,/PUNCT/5/punct "
    "sagte/sagen/VERB/3/parataxis Merkel/Merkel/PROPN/5/nsubj über/über/ADP/8/case "
    "{target}/{target}/PROPN/5/obl ././PUNCT/3/punct"
)
DOMESTIC = {"Merkel": ["merkel"], "Scholz": ["scholz"], "Polizei": ["DEU/COP"],
            "Deutschland": ["DEU"]}  # fmt: skip


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "target", "condemns"),
    [
        ("Verbrecherregime", "Verbrecherregime", "NOUN", "Scholz", True),
        # the small model leaves the genitive on the lemma ("eines Verbrecherregimes")
        ("Verbrecherregimes", "Verbrecherregimes", "NOUN", "Scholz", True),
        # reviewed from the generated negative evaluative adjectives
        ("verantwortungslos", "verantwortungslos", "ADJ", "Scholz", True),
        ("rücksichtslos", "rücksichtslos", "ADJ", "Scholz", True),
        # the nouns of "sprach von einem …" that exist only as judgements
        ("Armutszeugnis", "Armutszeugnis", "NOUN", "Scholz", True),
        ("Wortbruch", "Wortbruch", "NOUN", "Scholz", True),
        # misfortune is no one's conduct
        ("tragisch", "tragisch", "ADJ", "Scholz", False),
        # the state as a whole is the speaker's own side, a sector group as often a victim
        ("Verbrecherregime", "Verbrecherregime", "NOUN", "Deutschland", False),
        ("Verbrecherregime", "Verbrecherregime", "NOUN", "Polizei", False),
        # the speaker herself
        ("Verbrecherregime", "Verbrecherregime", "NOUN", "Merkel", False),
    ],
    ids=["condemning noun", "inflected condemning noun", "verantwortungslos", "rücksichtslos",
         "Armutszeugnis", "Wortbruch", "misfortune", "own state", "sector group",
         "speaker herself"],
)  # fmt: skip
def test_a_condemning_quotation_about_a_compatriot_accuses_him(
    vocab, word, lemma, pos, target, condemns
):
    doc = make_doc(
        vocab,
        QUOTE.format(word=word, lemma=lemma, pos=pos, target=target),
        DOMESTIC,
        {"text": f"Er sei {word}", "speaker": "Merkel", "actors": ["merkel"]},
    )
    assert (ACCUSE_DEU in coded(doc)) is condemns


# "Scholz wurde (wegen Betrugs) angeklagt / vor Gericht gestellt / beschuldigt ."
CHARGED = {
    "anklagen": "Scholz/Scholz/PROPN/3/nsubj:pass wurde/werden/AUX/3/aux:pass "
                "angeklagt/anklagen/VERB/0/root/VerbForm=Part ././PUNCT/3/punct",
    "vor Gericht stellen": "Scholz/Scholz/PROPN/5/nsubj:pass wurde/werden/AUX/5/aux:pass "
                           "vor/vor/ADP/4/case Gericht/Gericht/NOUN/5/obl "
                           "gestellt/stellen/VERB/0/root/VerbForm=Part ././PUNCT/5/punct",
    "beschuldigen": "Scholz/Scholz/PROPN/3/nsubj:pass wurde/werden/AUX/3/aux:pass "
                    "beschuldigt/beschuldigen/VERB/0/root/VerbForm=Part ././PUNCT/3/punct",
}  # fmt: skip


@pytest.mark.parametrize(
    ("verb", "charged"),
    [("anklagen", True), ("vor Gericht stellen", True), ("beschuldigen", False)],
    ids=["charged", "put on trial", "blamed by anyone"],
)
def test_an_agentless_charge_is_the_home_states_judiciary(vocab, verb, charged):
    from lagebild.codebook.loader import load_codebook
    from lagebild.pipeline.actors.home import HomeState
    from lagebild.pipeline.events.coder import find_events

    doc = make_doc(vocab, CHARGED[verb], {"Scholz": ["scholz"]})
    doc._.home_state = HomeState("DEU", "dateline (3)")
    events = [e for e in find_events(doc, load_codebook()) if e.type == "ACCUSE"]
    assert bool(events) is charged
    assert all(p.sector == "JUD" for e in events for p in e.actor)
    assert all([p.code for p in e.recipient] == ["DEU"] for e in events)


@pytest.mark.parametrize(
    ("verb", "lemma", "condemns"),
    [("versagt", "versagen", True), ("gehandelt", "handeln", False)],
)
def test_saying_that_a_named_actor_failed_blames_him(vocab, verb, lemma, condemns):
    doc = make_doc(
        vocab,
        f"Scholz/Scholz/PROPN/3/nsubj habe/haben/AUX/3/aux {verb}/{lemma}/VERB/0/root "
        ",/,/PUNCT/5/punct sagte/sagen/VERB/3/parataxis Merkel/Merkel/PROPN/5/nsubj "
        "././PUNCT/3/punct",
        DOMESTIC,
        {"text": f"Scholz habe {verb}", "speaker": "Merkel", "actors": ["merkel"]},
    )
    assert (ACCUSE_DEU in coded(doc)) is condemns


@pytest.mark.parametrize(
    ("noun", "condemns"), [("Wortbruch", True), ("Einmischung", True), ("Vorschlag", False)]
)
def test_calling_an_act_what_one_speaks_of_condemns_it(vocab, noun, condemns):
    """The nouns of "sprach von einem Wortbruch" condemn after "bezeichnete … als" too."""
    doc = make_doc(
        vocab,
        "Iran/Iran/PROPN/2/nsubj bezeichnete/bezeichnen/VERB/0/root den/der/DET/4/det "
        "Plan/Plan/NOUN/2/obj Frankreichs/Frankreich/PROPN/4/nmod/Case=Gen "
        f"als/als/ADP/7/case {noun}/{noun}/NOUN/2/obl ././PUNCT/2/punct",
        {"Iran": ["IRN"], "Frankreichs": ["FRA"]},
    )
    assert (("ACCUSE", ("IRN",), ("FRA",), "asserted") in coded(doc)) is condemns


@pytest.mark.parametrize(
    ("noun", "rejects"), [("Kritik", True), ("Vorwürfe", True), ("Angriffe", False)]
)
def test_defending_oneself_against_criticism_rejects_the_critic(vocab, noun, rejects):
    doc = make_doc(
        vocab,
        "Iran/Iran/PROPN/2/nsubj verteidigte/verteidigen/VERB/0/root sich/sich/PRON/2/obj "
        f"gegen/gegen/ADP/6/case die/der/DET/6/det {noun}/{noun}/NOUN/2/obl "
        "Frankreichs/Frankreich/PROPN/6/nmod/Case=Gen ././PUNCT/2/punct",
        {"Iran": ["IRN"], "Frankreichs": ["FRA"]},
    )
    assert (("REJECT", ("IRN",), ("FRA",), "asserted") in coded(doc)) is rejects
