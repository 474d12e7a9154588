"""Session 16 (issue 14): appositions after an office's post, the Holy See's envoy, a group
that rules a state, and ``auf`` before a capital. Full-pipeline sentences: the parse and the
knowledge base are the point."""

from __future__ import annotations

import pytest

import lagebild


def codes_of(nlp, text: str, words: str, date: str = "2023-07-20") -> list[str]:
    """Codes of the mention whose text is ``words`` (sorted; empty when there is none)."""
    analysis = lagebild.analyze(text, date=date, nlp=nlp)
    return sorted(
        {
            code
            for m in analysis.mentions
            if m.text == words
            for a in m.actors
            if (code := analysis.actors[a].code)
        }
    )


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # The post ("in Kambodscha") between the title and the comma: the envoy stays the
        # title's (was the story's state, KHM).
        (
            "Phnom Penh (dpa) - Ein Gericht hat Kem Sokha verurteilt. Der US-Botschafter in "
            "Kambodscha, Patrick Murphy, nannte das Urteil einen Justizirrtum.",
            "Patrick Murphy",
            "USA",
        ),
        (
            "Damaskus (dpa) - Der Apostolische Nuntius in Syrien, Kardinal Mario Zenari, rief "
            "die internationale Gemeinschaft zu Hilfe auf.",
            "Kardinal Mario Zenari",
            "VAT",
        ),
        # A role without a post still reaches its name (as before).
        (
            "Kiew (dpa) - Der Bürgermeister von Kiew, Vitali Klitschko, sagte das.",
            "Vitali Klitschko",
            "UKR",
        ),
    ],
)
def test_an_apposed_name_after_the_post_of_an_office_takes_the_office(nlp, text, name, code):
    assert codes_of(nlp, text, name) == [code]


def test_a_nuncio_is_the_holy_sees(nlp):
    text = "Managua (dpa) - Die Regierung hatte bereits den päpstlichen Nuntius ausgewiesen."
    assert codes_of(nlp, text, "den päpstlichen Nuntius") == ["VAT"]


TALIBAN = (
    "Kabul (dpa) - Taliban-Kämpfer griffen pakistanische Grenzposten an. Islamabad wirft "
    "den Taliban vor, Extremisten Unterschlupf zu gewähren."
)


@pytest.mark.parametrize(
    ("date", "code"),
    [
        ("2025-10-19", "AFG"),  # ruling Afghanistan since 2021-09-07: its government
        ("2021-09-07", "AFG"),  # the day they named their interim government
        ("2021-08-16", "TALIBAN"),  # the day after Kabul fell: no government yet
        ("2010-02-16", "TALIBAN"),  # an insurgency before
    ],
)
def test_a_group_that_rules_a_state_acts_as_its_government(nlp, date, code):
    assert codes_of(nlp, TALIBAN, "Taliban", date) == [code]
    assert codes_of(nlp, TALIBAN, "Taliban-Kämpfer", date) == [code]


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Pristina (dpa) - Er rief die internationale Gemeinschaft auf, Druck auf Belgrad "
            "auszuüben.",
            "Belgrad",
            ["SRB"],
        ),
        ("Kiew (dpa) - Russland hat erneut Raketen auf Kiew abgefeuert.", "Kiew", ["UKR"]),
        # "in" and "nach" say where: no actor.
        ("Kiew (dpa) - Tausende demonstrierten in Belgrad.", "Belgrad", []),
        ("Berlin (dpa) - Der Kanzler reiste nach Belgrad.", "Belgrad", []),
    ],
)
def test_auf_before_a_capital_names_whom_it_is_aimed_at(nlp, text, words, codes):
    assert codes_of(nlp, text, words) == codes


CASTILLO = "Lima (dpa) - Präsident Pedro Castillo wurde abgesetzt. "


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The model leaves the bare surname unlabelled: the person named in full before.
        (CASTILLO + "Castillo bestreitet die Vorwürfe.", "Castillo"),
        (CASTILLO + "Castillo war zuvor festgenommen worden.", "Castillo"),
    ],
)
def test_a_surname_after_the_full_name_is_that_person(nlp, text, words):
    analysis = lagebild.analyze(text, date="2022-12-14", nlp=nlp)
    (full,) = [m for m in analysis.mentions if m.text == "Präsident Pedro Castillo"]
    bare = [m for m in analysis.mentions if m.text == words]
    assert bare and bare[0].actors == full.actors


def test_a_surname_that_is_a_german_word_stays_a_word(nlp):
    from lagebild.kb.parlgov import common_nouns

    assert "kurz" in common_nouns()
    text = "Wien (dpa) - Der Politiker Sebastian Kurz trat zurück. Kurz danach sprach er."
    analysis = lagebild.analyze(text, date="2021-10-09", nlp=nlp)
    assert not [m for m in analysis.mentions if m.text == "Kurz"]


@pytest.mark.parametrize(
    ("text", "role", "sector"),
    [
        # After an article the title takes the case ("des Präsidenten Putin"): a genitive
        # name is whose the role is (was the person himself).
        (
            CASTILLO + "Die Anhänger Castillos fordern dessen Freilassung.",
            "Die Anhänger Castillos",
            "CVL",
        ),
        (
            "Moskau (dpa) - Die Anhänger Nawalnys fordern dessen Freilassung.",
            "Die Anhänger Nawalnys",
            "CVL",
        ),
    ],
)
def test_a_role_before_a_genitive_name_is_not_its_title(nlp, text, role, sector):
    analysis = lagebild.analyze(text, date="2022-12-14", nlp=nlp)
    (mention,) = [m for m in analysis.mentions if m.text == role]
    assert mention.kind == "role"
    assert [analysis.actors[a].sector for a in mention.actors] == [sector]


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("Sowjetunion", "RUS"),
        ("sowjetischen", "RUS"),
        ("Jugoslawiens", "SRB"),
        ("Serbien und Montenegro", "SRB"),
        ("Dritten Reiches", "DEU"),
        ("DDR", "DEU"),
        ("Zaire", "COD"),
        ("Ceylon", "LKA"),
    ],
)
def test_a_former_state_is_a_name_of_the_state_that_continues_it(surface, code):
    from lagebild.kb.loader import get_kb

    kb = get_kb()
    assert {kb.entries[m.entry_id].code for m in kb.lookup(surface)} == {code}


def test_the_government_of_a_former_state_is_its_continuators(nlp):
    text = (
        "Den Haag (dpa) - Demnach ist die damalige Regierung Jugoslawiens nicht direkt "
        "verantwortlich."
    )
    assert codes_of(nlp, text, "die damalige Regierung Jugoslawiens", "2007-03-02") == ["SRB"]
