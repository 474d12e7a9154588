"""Places: every place mention resolved to the gazetteer, and each event's location.

Runs after ``lagebild_events``. First it *finds* the place mentions (LOC entities, the
dateline's places, a place before a colon opening the title, a place after *in/bei* in the
title) and resolves each name in context; then it *places* every event by the Location
section of EVENTS-GUIDELINES.md; ``set_annotations`` writes ``doc._.places`` and each
``Event.location``.

Resolution in context. A name may denote several entries (Tripoli in Lebanon and in Libya,
Washington in the US and in England). The choice weighs population against the article's
context: the states it mentions (as places or as actors, the most mentioned being its home
state), the dateline, and the unambiguous places already resolved, since the places of one
article lie close together. A name known only as an alternate name of a small foreign town
that nothing in the article supports stays unresolved: no coordinates are ever guessed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import ENT_TYPE, IS_TITLE, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.analysis import Event, EventParticipant, Place
from lagebild.codebook.quotes_loader import load_lexicon
from lagebild.geo.gazetteer import (
    ADMIN1_KINDS,
    COMPASS_PREFIXES,
    Candidate,
    Gazetteer,
    GeoPlace,
    distance_km,
    english_spellings,
    get_gazetteer,
)
from lagebild.geo.place_words import place_words
from lagebild.german.scan import tokens_among, tokens_where, tokens_with_lemma_among
from lagebild.german.verbs import is_object_in_haben_perfect, morph_values, particle
from lagebild.kb import KnowledgeBase, SurfaceMatch

VERBAL_QUADS = frozenset({"verbal_cooperation", "verbal_conflict"})
# Acts a government decides where it governs: a sanction or a mobilisation order is placed by
# the scene or setting only when its actor is that place's state (Die EU hat ein Moratorium
# für Waffenlieferungen beschlossen, in a story set in the Ukraine: no place).
DECIDED_AT_HOME = frozenset({"SANCTION", "MOBILIZE"})
# the sectors of a state that coerce only where the state rules: government, police, courts
HOME_SECTORS = frozenset({"GOV", "COP", "JUD"})
# what police do at home: arrest, search, ban (COERCE) and use force (ASSAULT); sending
# police abroad (AID, MOBILIZE: a police mission in Haiti) is no policing at home
POLICING = frozenset({"COERCE", "ASSAULT"})
# Prepositions that put an event at a place (in Bagdad, im Irak, bei Kabul, nahe Tikrit,
# vor dem Rathaus, auf Kreta); "aus" and "nach" name where someone comes from or goes to.
# "auf" is left out: with a state it names a target far more often (Angriff auf die Ukraine).
LOCATIVE = frozenset({"in", "im", "bei", "beim", "nahe", "vor", "an", "am", "unweit"})
# (the words of areas, seas, streets, seated authorities, regional governments, meetings,
# stays, sayings, attacks and "an"-arguments: geo/data/place_words.yaml, place_words())
# the relations in which an authority named after its seat acts (subject, passive agent)
AGENTS = frozenset({"nsubj", "obl:agent"})
# Nouns naming a region's kind before its name (im US-Bundesstaat Michigan, in der Provinz
# Helmand, im Kanton Zürich)
# kind nouns the model may take into a place's name (die Hafenstadt Tripoli)
PLACE_KINDS = ("stadt", "dorf", "ortschaft", "gemeinde", "bezirk", "distrikt", "provinz", "region")
# kind nouns of a settlement before its name (in der südungarischen Stadt Pécs, im Dorf X)
SETTLEMENT_KINDS = ("stadt", "dorf", "ortschaft", "gemeinde", "metropole")
# kind nouns of a part of a state before its name (die afghanische Provinz Kunar, die
# südkoreanische Insel Yeonpyeong, der mexikanische Bundesstaat Tabasco): after a state's
# adjective the name lies in that state whether or not the gazetteer knows it
PART_KINDS = (*SETTLEMENT_KINDS, "provinz", "region", "bundesstaat", "insel", "distrikt",
              "bezirk", "oblast", "gouvernement", "präfektur")  # fmt: skip
SETTLEMENTS = ("städte", "dörfer", "ortschaften", "gemeinden", "metropolen")  # their plurals
# plurals of places and parts of a state (in mehreren Städten, in weiten Teilen), dative -n off
PLACES_PLURAL = (*SETTLEMENTS, "orte", "teile", "landesteile", "regionen", "provinzen")
# the prepositions that put something at a visit: bei seinem Israelbesuch, während seines
# Japanbesuches (vor seiner Israelreise is a time)
AT_VISIT = ("bei", "beim", "während")
REGION_KINDS = ("bundesstaat", "provinz", "bundesland", "kanton", "region", "distrikt")
# Nouns of a first-level region before a name the region shares with its capital city (in
# der Region Charkiw, im Gebiet Donezk, in der Oblast Saporischschja, in der Provinz Idlib,
# im Grenzgebiet Kursk): the phrase names the region, not the city. Their genitives and
# compounds too (des Gebiets Cherson, die Grenzregion Belgorod), but not a city's own area
# (das Stadtgebiet X) or a metropolitan area, which is no first-level region.
ADMIN1_KIND_ENDINGS = ("region", "gebiet", "gebiets", "gebietes", "oblast", "provinz",
                       "bundesstaat", "bundesstaats", "bundesstaates")  # fmt: skip
NOT_ADMIN1_KINDS = ("stadtgebiet", "metropolregion", "hauptstadtregion", "stadtregion")
# Articles that name again what the text told before (an dem Treffen, an diesen Gesprächen);
# fused forms (am, beim) carry the definite article
REFERRING = frozenset(
    {"der", "die", "das", "dem", "den", "diese", "dieser", "diesem", "diesen", "am", "beim"}
)
# Prepositions that put something at a meeting (auf der Konferenz, beim Gipfel)
AT_MEETING = frozenset({"in", "im", "bei", "beim", "an", "am", "auf", "während"})
# Words that make a meeting one still to come or called off: modal and future auxiliaries,
# planen, absagen (der geplante Gipfel, die Konferenz soll stattfinden, wird abgesagt)
PLANNED = frozenset(
    {"werden", "wollen", "sollen", "können", "müssen", "planen", "geplant", "absagen",
     "abgesagt", "verschieben", "verschoben"}
)  # fmt: skip
# Prepositions of where someone or something comes from
ORIGINS = frozenset({"aus", "von", "vom"})
# A state's parliament and seat of government sit in its capital (im Kongress, vor dem
# Parlament, im Kanzleramt); some names belong to one state (der Bundestag, die Knesset).
INSTITUTIONS = frozenset(
    {"parlament", "parlamentsgebäude", "kongress", "senat", "unterhaus", "oberhaus",
     "repräsentantenhaus", "nationalversammlung", "kanzleramt", "präsidentenpalast",
     "regierungssitz", "regierungsviertel", "kapitol"}
)  # fmt: skip
INSTITUTION_STATES = {"bundestag": "DEU", "reichstag": "DEU", "knesset": "ISR", "duma": "RUS",
                      "staatsduma": "RUS", "sejm": "POL"}  # fmt: skip
# The UN's bodies of all its members, which sit at its headquarters in New York
UN_BODIES = frozenset({"sicherheitsrat", "vollversammlung", "generalversammlung"})
# the seats of government among them; the rest are parliaments (seats.yaml tells where a
# state's parliament or government sits when not in the capital: Den Haag, Valparaíso)
GOVERNMENT_SEATS = frozenset(
    {"kanzleramt", "präsidentenpalast", "regierungssitz", "regierungsviertel"}
)
# The states German news names its own towns in without naming the state (in Kaiserslautern,
# in Iserlohn): a town of theirs under its own name needs no support from the article
READERS_STATES = frozenset({"DEU", "AUT", "CHE"})
# Articles no genitive takes: after a noun they open a new noun phrase
NON_GENITIVE_ARTICLES = frozenset({"die", "das", "den", "dem", "ein", "einen", "einem"})
# Articles that show the dative after "auf" (auf der Krim, auf dem Platz): a place.
DATIVE = frozenset({"dem", "der", "einem", "einer"})
# How far back from a place name a locative preposition may stand: "in der nordirakischen
# Stadt Mossul", "im nördlichen Libanon".
LOCATIVE_WINDOW = 5
# How long an extended attribute between a place phrase's article and its participle may be
# (der | 2014 | annektierten Krim; der | von der Terrormiliz IS | kontrollierten Stadt)
ATTRIBUTE_WINDOW = 6
# the articles of a place phrase in the dative (in der, im = in dem, auf einer)
DATIVE_ARTICLES = frozenset({"der", "dem", "den", "einer", "einem"})
FUSED_LOCATIVES = frozenset({"im", "am", "beim"})
# How far before a place phrase a source adverbial may open (nach Angaben des
# Gesundheitsministeriums in Gaza)
SOURCE_WINDOW = 6
# finite verbs end an attribute (STTS: full, auxiliary, modal)
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# Places of one article lie close together: a candidate this near an unambiguous place
# of the article is supported by it.
NEAR_KM = 500.0
# A place this many times as populous as another of its name is the one meant, whatever
# else the article names (Rom: Rome, Italy, not Rome, Georgia; Alexandria: the Egyptian
# city; Frankfurt: am Main, 11 times Frankfurt (Oder), which the news names in full);
# below it the article's context decides (Tripoli in Lebanon or in Libya, 1:5).
DOMINANT = 10
# A name found only among geonames' alternate names (any language) needs this many
# inhabitants, or support from the article, to be taken.
MIN_ALTERNATE_POPULATION = 100_000
TITLE_DATELINE = re.compile(r"^\s*([A-ZÄÖÜ][\w.\- ]{1,40}?)\s*:\s")
# in Hamburg, im Irak, in der Türkei, in der Republik Irland: German names states with an
# article (der Irak, die Schweiz), so the article may stand between preposition and name
TITLE_LOCATIVE = re.compile(
    r"\b(?:in|im|bei|beim|nahe)\s+(?:(?:der|dem|den)\s+)?"
    r"([A-ZÄÖÜ][\w\-]+(?:\s[A-ZÄÖÜ][\w\-]+)?)"
)
# in der thailändischen Hauptstadt, in der Hauptstadt Äthiopiens, im Zentrum der Hauptstadt,
# in den Straßen der Hauptstadt; bare (in der Hauptstadt, not followed by its name): the
# capital of the article's home state. The preposition may open the sentence (In der
# kolumbianischen Hauptstadt nahm die Polizei …)
CAPITAL_PHRASE = re.compile(
    r"\b(?i:in|im|nahe|bei|am|vor)\s(?:(?:den|dem|die)\s)?(?:[A-ZÄÖÜ]\w+\s)?"
    r"(der\s(?:(\w+en)\sHauptstadt|Hauptstadt\s([A-ZÄÖÜ]\w+s)\b|Hauptstadt(?![\w-])(?!\s+[A-ZÄÖÜ])))"
)
# die thailändische Hauptstadt as the object of an act (legten die thailändische Hauptstadt
# lahm); groups as in CAPITAL_PHRASE: the phrase, the adjective, no genitive
OBJECT_CAPITAL = re.compile(r"\b(die\s(\w+e)\sHauptstadt()(?![\w-])(?!\s+[A-ZÄÖÜ]))")
# Physical acts whose direct object, a city, is where they happen (besetzten Bagdad,
# beschossen Donezk, legten die Hauptstadt lahm); a statement's object city is a government
# (kritisierte Peking), and a state as object is a side, not ground.
ACTS_ON_PLACES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
# Events that happen where someone goes: a visit at its destination (reiste nach Peking), a
# deployment where the troops are sent (verlegt Soldaten nach Litauen), not where it was
# decided or reported from
GOES_TO = frozenset({"CONSULT", "MOBILIZE"})
# the prepositions of a place at sea (im Roten Meer, in der Ostsee, vor der Küste)
AT_SEA = frozenset({"in", "im", "auf", "vor"})
# events a wire story's lead reports across a whole state from its capital (Kiew (dpa) - In
# der Ukraine sind bei russischen Angriffen …): not narrowed to the dateline city
SPREAD_ACROSS = frozenset({"ASSAULT", "MOBILIZE"})
# the prepositions of an attack's target (Angriffe gegen Bengasi, Raketen auf Sderot)
ATTACK_TARGETS = frozenset({"gegen", "auf"})
# A state's adjective before a noun for its ground, waters, air or broadcasting puts the
# event in that state: israelisches Territorium, auf libanesischem Staatsgebiet, im
# iranischen Fernsehen (where a statement was made), in syrischen Hoheitsgewässern; also
# plain *Gebiet* (auf kambodschanischem Gebiet, auf polnischem Gebiet niedergegangen: in the
# Bundestag speeches every state adjective before it names that state's territory).
# *vom/von* right before a territory phrase: its origin (vom afghanischen Boden aus)
ORIGIN_BEFORE = re.compile(r"\b[Vv]o[nm] (?:\w+ )?$")
TERRITORY_PHRASE = re.compile(
    r"\b(\w+isch(?:e[mnrs]?)?) (Territorium|Staatsgebiet|Hoheitsgebiet|Gebiet|Boden|Grund|Luftraum"
    r"|Hoheitsgewässern?|Gewässern?|Fernsehen|Staatsfernsehen|Rundfunk|Staatsrundfunk)\b"
)
# an die Grenze zu Belarus, an der Grenze zum Iran, entlang der Grenze zu Russland: a
# state's border with another is named from the side of whom it is told of (Polen verlegt
# Soldaten an die Grenze zu Belarus: to Poland's side of it)
BORDER_PHRASE = re.compile(
    r"\b(?:an|entlang) (?:die|der) (?:\w+ )?Grenze (?:zu|zum|zur) ((?:[A-ZÄÖÜ][\w-]+ ?){1,3})"
)
# in zahlreichen chinesischen Städten, in einer syrischen Stadt, in mehreren iranischen
# Provinzen: places of a state the text does not name, which lie in that state (country
# precision, the most specific place the text supports). Only after *in* and in the dative
# (ukrainische Städte angreifen is a target, aus syrischen Städten an origin); a state's
# adjective only (europäischen, ostdeutschen Städten name no state).
SETTLEMENTS_PHRASE = re.compile(
    r"\b[Ii]n (?:(?:den|einer|einem|mehreren|zahlreichen|vielen|einigen|verschiedenen|anderen"
    r"|weiteren|allen|\d+) )?(\w+ischen) (?:Städten|Stadt|Orten|Ort|Ortschaften|Ortschaft"
    r"|Dörfern|Dorf|Provinzen|Provinz|Regionen|Region|Landesteilen|Gemeinden|Gemeinde)\b"
)


@dataclass
class PlaceMention:
    text: str
    start: int | None
    end: int | None
    source: str  # text, dateline, title
    candidates: list[Candidate]
    resolved: GeoPlace | None = None
    name: str | None = None  # set when the text does not name the place (die Hauptstadt)
    # a dateline by the guideline: the dateline's places and a place before a colon
    # opening the title (Kairo: …), not a place the title puts something at (… in Hamburg)
    is_dateline: bool = False
    # a city's adjective (Berliner Reichstag): located only by a preposition of its own phrase
    adjective: bool = False
    # a parliament or seat of government standing for its capital (im Kongress): a place
    # where something happens, but no article's setting (German politics is not all in Berlin)
    institution: bool = False
    # a bare institution (im Unterhaus, im Parlament) given the article's home state, as
    # nothing in its phrase names one: the event's own state may tell better
    home_institution: bool = False
    # a seat named by an adjective before the authority or government seated there
    # (Münchner Polizei, die niedersächsische Landesregierung)
    seat_adjective: bool = False
    # a settlement the gazetteer lacks, placed in the state its adjective names (die
    # ukrainische Stadt Awdijiwka): a city by the text, the state by precision
    settlement: bool = False


@Language.factory(
    "lagebild_places",
    requires=["doc.ents", "token.dep", "doc._.mentions", "doc._.events", "doc._.meta"],
    assigns=["doc._.places", "doc._.events"],
)
def make_places(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver()


class PlaceResolver:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        # loaded on first use: building the pipeline stays fast for commands that never analyse
        if self._gazetteer is None:
            self._gazetteer = get_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        mentions = _handed_over.pop(doc, None)
        if mentions is None:
            mentions = find_places(doc, self.gazetteer)
        locations = locate_events(doc, list(doc._.events or []), mentions, self.gazetteer)
        set_annotations(doc, mentions, locations)
        return doc


# Mentions the event coder already found in a Doc (to place the target of an attack), kept for
# this component so they are found once per article. Weakly keyed and taken once: a Doc this
# component never sees leaves nothing behind, and none is kept in ``doc.user_data``, which must
# stay serialisable.
_handed_over: WeakKeyDictionary[Doc, list[PlaceMention]] = WeakKeyDictionary()


def hand_over(doc: Doc, mentions: list[PlaceMention]) -> None:
    """Keep the place mentions found in ``doc`` for the resolver, which runs on it next."""
    _handed_over[doc] = mentions


# -- finding and resolving ---------------------------------------------------------------


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    mentions = _dateline_mentions(doc, gazetteer) + _title_mentions(doc, gazetteer)
    taken = {m.start for m in mentions if m.start is not None}  # the dateline's own places
    mentions += [
        _entity_mention(ent, gazetteer)
        for ent in doc.ents
        if ent.label_ == "LOC" and ent.start_char not in taken
    ]
    mentions = _hyphen_dropped(doc, mentions, gazetteer)
    countries = context_countries(doc, mentions)
    mentions += _missed_by_ner(doc, gazetteer, countries)
    mentions += _cities_read_as_other(doc, gazetteer, mentions)
    # inside an entity the gazetteer does not know (Belgrader Kriegsverbrechergericht,
    # Straßen Bangkoks), a city adjective or genitive still names a place
    unknown = [m for m in mentions if m.source == "text" and not m.candidates]
    found = _genitives(doc, gazetteer, countries) + _city_adjectives(doc, gazetteer)
    found += _authority_seats(doc, gazetteer) + _visit_compounds(doc, gazetteer)
    found += _named_settlements(doc, gazetteer, countries)
    known = [m for m in mentions if m.candidates]  # the dateline's, Addis Abebas
    found = [m for m in found if not any(_inside(m, k) for k in known)]
    mentions = [m for m in mentions if not (m in unknown and any(_inside(f, m) for f in found))]
    mentions += found
    settlements = _unknown_settlements(doc, gazetteer, mentions)
    mentions = [m for m in mentions if not any(_inside(s, m) for s in settlements)]
    mentions += settlements
    _small_places(doc, mentions, gazetteer, countries)
    mentions.sort(key=lambda m: (m.start is not None, m.start or 0))
    _within_container(doc, mentions)
    _state_adjectives(doc, mentions, gazetteer, countries)
    resolve(mentions, countries)
    for mention in mentions:
        _region_of_kind(doc, mention, gazetteer)
    capitals = _capital_mentions(doc, gazetteer, mentions)
    capitals += _institution_mentions(doc, gazetteer, mentions)
    capitals += _regional_seats(doc, gazetteer)
    capitals += _un_bodies(doc, gazetteer)
    if capitals:  # the phrase replaces a name inside it (der Hauptstadt Äthiopiens)
        mentions = [m for m in mentions if not any(_inside(m, c) for c in capitals)]
        mentions = sorted([*mentions, *capitals], key=lambda m: (m.start is not None, m.start or 0))
    return mentions


def _hyphen_dropped(
    doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """Two place names one space apart that are one name with its hyphen dropped (Baden
    Württemberg, Sachsen Anhalt, Schleswig Holstein): one mention of that name, not Baden
    (Baden-Baden) and Württemberg."""
    merged: list[PlaceMention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if (
            before is not None and before.end is not None and mention.start == before.end + 1
            and before.source == mention.source == "text" and _spaced(doc, before)
        ):  # fmt: skip
            name = f"{before.text}-{mention.text}"
            found = gazetteer.lookup_exact(name)
            if found:
                joined = f"{before.text} {mention.text}"
                merged[-1] = PlaceMention(
                    joined, before.start, mention.end, "text", found, name=name
                )
                continue
        merged.append(mention)
    return merged


def _spaced(doc: Doc, mention: PlaceMention) -> bool:
    """Whether a plain space follows the mention (doc.text is rebuilt on each access)."""
    span = _span(doc, mention)
    return span is not None and span[-1].whitespace_ == " "


def _candidates(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A place entity's entries: by its German name, else by its English spelling
    (Schiraz → Shiraz), which the model's LOC label makes safe to try."""
    found = gazetteer.lookup(name) or gazetteer.lookup_transliterated(name)
    if not found and name.endswith("-Stadt"):  # Gaza-Stadt, Kuwait-Stadt: the city X
        found = gazetteer.cities_named(name.removesuffix("-Stadt"))
    return found


def _mention(text: str, start: int, end: int, gazetteer: Gazetteer) -> PlaceMention:
    """A place named in the text, or a city's district named after it (Berlin-Tiergarten,
    Frankfurt-Höchst), which is named by the city whose centre it gets."""
    found = _candidates(text, gazetteer)
    city = _district_city(text, gazetteer) if not found else []
    name = text.partition("-")[0] if city else None
    return PlaceMention(text, start, end, "text", found or city, name=name)


def _entity_mention(ent: Span, gazetteer: Gazetteer) -> PlaceMention:
    """A LOC entity; when the model took the kind noun into the name (in der Hafenstadt
    Tripoli, im Dorf X, in der Provinz Y), the name after it."""
    mention = _mention(ent.text, ent.start_char, ent.end_char, gazetteer)
    if mention.candidates or len(ent) < 2 or ent[0].pos_ != "NOUN":
        return mention
    if ent[0].lower_.endswith(PLACE_KINDS):
        name = ent[1:].text
        mention.candidates, mention.name = _candidates(name, gazetteer), name
    return mention


def _authority_seats(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The seat in an authority's name (Amtsgericht Berlin-Tiergarten, Polizei Hamburg),
    which the model often reads as part of an organisation: a name the gazetteer knows
    by its own name, not by a foreign alternate one."""
    found = []
    authorities = place_words().seated_authorities
    # the words by their form first (each form tested once), not a Token per word
    for token in tokens_where(doc, lambda form: form.endswith(authorities)):
        if token.i == len(doc) - 1:
            continue
        if token.pos_ != "NOUN":
            continue
        word = doc[token.i + 1]
        if not word.is_title or word.ent_type_ in ("LOC", "PER"):
            continue
        mention = _mention(word.text, word.idx, word.idx + len(word), gazetteer)
        mention.candidates = [c for c in mention.candidates if c.via != "alternate"]
        found += [mention] if mention.candidates else []
    return found


def _visit_compounds(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """A visit named by a compound with its place as first part (bei seinem Israelbesuch,
    beim China-Besuch, bei seiner Moskaureise): German builds these from any state or city,
    so the place of the visit is the first part, when the gazetteer knows it as a state or
    a city of ``MIN_ALTERNATE_POPULATION`` or more (Staatsbesuch, Arbeitsbesuch, Zugreise
    name none). Only after *bei/beim/während* (während seines Japanbesuches, the genitive),
    where it says when and where something happened (vor seiner Israelreise is a time)."""
    found = []
    visits = place_words().visits
    # only the words ending in a visit's noun, found once per distinct form
    for token in tokens_where(doc, lambda lower: bool(_visit_suffix(lower, visits))):
        stem = token.text[: -len(suffix)] if (suffix := _visit_suffix(token.lower_, visits)) else ""
        stem = stem.rstrip("-")
        if len(stem) < 3 or token.pos_ not in ("NOUN", "PROPN"):
            continue
        before = doc[max(token.i - 3, 0) : token.i]
        if not any(t.lower_ in AT_VISIT for t in before):
            continue
        candidates = [
            c for c in gazetteer.lookup_exact(stem)
            if c.place.precision == "country" or c.place.population >= MIN_ALTERNATE_POPULATION
        ]  # fmt: skip
        if candidates:
            end = token.idx + len(token)
            found.append(PlaceMention(token.text, token.idx, end, "text", candidates, name=stem))
    return found


def _visit_suffix(lower: str, visits: tuple[str, ...]) -> str:
    """The visit's noun a lower-case form ends in after some first part, else ""."""
    return next((s for s in visits if lower.endswith(s) and len(lower) > len(s)), "")


def _district_city(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """German names a city's district city first, joined by a hyphen (Berlin-Tiergarten,
    Frankfurt-Höchst, Hamburg-Altona): the district lies in that city, a point within
    reach of its centre. Only a city of ``MIN_ALTERNATE_POPULATION`` or more (Frankfurt,
    an alternate name of Frankfurt am Main), so a compound of two small names is not
    guessed."""
    city, dash, district = name.partition("-")
    if not dash or not district[:1].isupper() or " " in city:
        return []
    return [
        c for c in gazetteer.lookup_exact(city)
        if c.place.precision == "point" and c.place.population >= MIN_ALTERNATE_POPULATION
    ]  # fmt: skip


def _inside(mention: PlaceMention, outer: PlaceMention) -> bool:
    if mention.start is None or outer.start is None or outer.end is None:
        return False
    return outer.start <= mention.start < outer.end


def _missed_by_ner(doc: Doc, gazetteer: Gazetteer, countries: Counter[str]) -> list[PlaceMention]:
    """A capitalised word right after *in/bei/nahe* that the gazetteer knows by its own name
    (in Innsbruck), where the model saw no entity. City names take no article in German,
    so the bare preposition is a strong sign; a small foreign place needs the article's
    support. After an article only a seat of government the knowledge base lists for a
    state counts (in der Downing Street, im Weißen Haus): those names take one."""
    found = []
    for token in tokens_among(doc, BARE_PREPOSITIONS):
        # der/dem/den after in, die after auf/gegen (Angriffe auf die belagerte Stadt X)
        if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("der", "dem", "den", "die"):
            seat = _seat_of_government(doc, token.i + 2, gazetteer)
            named = _after_settlement_kind(doc, token.i + 2, gazetteer, countries)
            part = _compass_part(doc, token.i + 2, gazetteer)
            region = _region_with_article(doc, token.i + 2, gazetteer) if part is None else None
            found += [m for m in (seat, named, part, region) if m is not None]
            continue
        if token.i + 1 >= len(doc):
            continue
        word = doc[token.i + 1]
        # im russischen Sotschi, im nordirakischen Mossul
        while word.pos_ == "ADJ" and word.is_lower and word.i + 1 < len(doc):
            word = doc[word.i + 1]
        if token.lower_ in ("im", "beim"):
            # im Westen, beim Treffen: a bare "im" opens a common noun, or a seat (im Kreml),
            # or a region with its kind (im nigerianischen Bundesstaat Zamfara)
            seat = _seat_of_government(doc, token.i + 1, gazetteer)
            # im Ostkongo, im Nordirak: the part of a state that takes an article
            part = _compass_part(doc, token.i + 1, gazetteer) if seat is None else None
            found += [m for m in (seat, part) if m is not None]
            if seat is not None or part is not None or word.i == token.i + 1:
                continue
        if not word.is_title or word.pos_ not in ("PROPN", "NOUN"):
            continue
        name = doc[word.i : word.i + 1]
        if word.ent_type_:
            read_as_person = _city_read_as_person(doc, token, word, gazetteer) or (
                _city_of_state_read_as_person(doc, token, word, gazetteer)
            )
            if read_as_person is None:
                continue
            name = read_as_person
        # im indischen Dharamshala: the state's adjective vouches for a foreign spelling
        state = _preceding_state_adjective(doc, word.i, gazetteer.kb) if gazetteer.kb else None
        # a large city's German name is one of its alternates (Bengasi, Mailand)
        # a city read as a person may be in German spelling (Chan Junis): _candidates
        spelled = _candidates(name.text, gazetteer) if word.ent_type_ else []
        spelled = spelled or gazetteer.lookup(name.text)
        small = token.lower_ in SMALL_PLACE_PREPOSITIONS and word.pos_ == "PROPN"
        if not spelled and small:  # in Dörverden: a small place, if the article names its state
            spelled = _small_place_of(name.text, gazetteer, countries, state)
        candidates = [
            c for c in spelled
            if c.via != "alternate" or c.place.country == state
            or c.place.population >= MIN_ALTERNATE_POPULATION
        ]  # fmt: skip
        supported = [
            c for c in candidates
            if _known_here(c, countries) or c.place.country == state
        ]  # fmt: skip
        if token.lower_ in ATTACK_TARGETS:  # a target: only a city (gegen Merkel, auf Israel)
            supported = [c for c in supported if c.place.precision == "point"]
        if supported:
            found.append(PlaceMention(name.text, name.start_char, name.end_char, "text", supported))
    return found


def _name_after_adjectives(doc: Doc, start: int) -> Token | None:
    """The capitalised noun after an article and its lower-case adjectives (der umkämpften
    Ostukraine), if the model did not already take it for a place."""
    word = doc[start]
    while word.pos_ == "ADJ" and word.is_lower and word.i + 1 < len(doc):
        word = doc[word.i + 1]
    if not word.is_title or word.ent_type_ == "LOC" or word.pos_ not in ("PROPN", "NOUN"):
        return None
    return word


def _compass_part(doc: Doc, start: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """in der (umkämpften) Ostukraine, im Ostkongo, im Nordsinai: German names the part of a
    state or region with a compass compound, and the states and regions that take an article
    (der Irak, der Kongo, die Ukraine) take it in the compound too, so the bare-preposition
    rule does not see them; the compound is unambiguous where the model saw no place."""
    word = _name_after_adjectives(doc, start)
    if word is None:
        return None
    parts = gazetteer.part_named(word.text)
    if not parts:
        return None
    candidates = [Candidate(place, "name") for place in parts]
    return PlaceMention(word.text, word.idx, word.idx + len(word.text), "text", candidates)


def _region_with_article(doc: Doc, start: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """auf der Krim, auf den Golanhöhen, in der (besetzten) Westbank: the regions German
    names with an article (die Krim, die Golanhöhen, der Gazastreifen, die Lombardei) stand
    after one, so the bare-preposition rule does not see them; where the model saw no
    place there, the gazetteer's German regions (``regions.yaml``) still know the name."""
    word = _name_after_adjectives(doc, start)
    if word is None:
        return None
    region = gazetteer.german_region(word.text)
    if region is None:
        return None
    candidates = [Candidate(region, "name")]
    return PlaceMention(word.text, word.idx, word.idx + len(word.text), "text", candidates)


def _after_settlement_kind(
    doc: Doc, start: int, gazetteer: Gazetteer, countries: Counter[str]
) -> PlaceMention | None:
    """in der südungarischen Stadt Pécs, im Dorf X, in der Kleinstadt Y: a settlement's
    kind noun names what follows as a place, so a capitalised word after it the model saw
    no entity in is the gazetteer's city (a city; a small foreign one needs the article's
    support). Capitals (in der Hauptstadt Kabul) are the capital phrases' business."""
    kind = doc[start]
    while kind.pos_ == "ADJ" and kind.is_lower and kind.i + 1 < len(doc):
        kind = doc[kind.i + 1]
    lower = kind.lower_
    if kind.pos_ != "NOUN" or not lower.endswith(SETTLEMENT_KINDS) or "hauptstadt" in lower:
        return None
    if kind.i + 1 >= len(doc):
        return None
    word = doc[kind.i + 1]
    if not word.is_title or word.pos_ not in ("PROPN", "NOUN"):
        return None
    name = _name_after_kind(doc, word)
    if name is None:
        return None
    supported = _settlement_candidates(name.text, gazetteer, countries)
    if not supported:
        return None
    return PlaceMention(name.text, name.start_char, name.end_char, "text", supported)


def _settlement_candidates(
    name: str, gazetteer: Gazetteer, countries: Counter[str]
) -> list[Candidate]:
    """The cities a name after a settlement's kind noun may be: a city by its own name, a
    large one by a foreign name, and a small foreign one only with the article's support."""
    return [
        c for c in gazetteer.lookup(name)
        if c.place.precision == "point" and c.place.feature_class != "A"
        and (c.via != "alternate" or c.place.population >= MIN_ALTERNATE_POPULATION)
        and _known_here(c, countries)
    ]  # fmt: skip


def _ends_with_settlement_kind(form: str) -> bool:
    return form.endswith(SETTLEMENT_KINDS)


def _ends_with_part_kind(form: str) -> bool:
    return form.endswith(PART_KINDS)


def _named_settlements(
    doc: Doc, gazetteer: Gazetteer, countries: Counter[str]
) -> list[PlaceMention]:
    """A name in apposition to a settlement's kind noun wherever the phrase stands (in der
    Nähe der Hauptstadt Dili, südwestlich der Hauptstadt Palma de Mallorca, im Zentrum der
    Hauptstadt Addis Abeba): German names a city right after its kind noun, so a name there
    that the model read as an organisation or nothing is the city, and after *Hauptstadt*
    one it read as a person too. The same test as after *in der Stadt* (a city; a small
    foreign one needs the article's support); unlike there, a common noun after the kind
    noun is not read (der Stadt Leichen)."""
    found = []
    for kind in tokens_where(doc, _ends_with_settlement_kind):  # each form tested once
        if kind.i == len(doc) - 1:
            continue
        if kind.pos_ != "NOUN":
            continue
        word = doc[kind.i + 1]
        if not word.is_title or (word.pos_ != "PROPN" and not word.ent_type_):
            continue
        # a capital's name read as a person (der Hauptstadt Dili, Palma de Mallorca, Addis
        # Abeba): after *Stadt* a person may follow (der Hansestadt Jens Böhrnsen)
        name = _name_after_kind(doc, word, person=kind.lower_.endswith("hauptstadt"))
        if name is None:
            continue
        supported = _settlement_candidates(name.text, gazetteer, countries)
        if supported:
            found.append(PlaceMention(name.text, name.start_char, name.end_char, "text", supported))
    return found


def _unknown_settlements(
    doc: Doc, gazetteer: Gazetteer, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """A settlement the gazetteer does not know, named after a state's adjective and its
    kind noun (die ukrainische Stadt Awdijiwka, im syrischen Dorf Kafr Nabl): German says
    it lies in that state, so the state is the most specific place the text supports
    (``country`` precision), where the dateline city of another state stood in before. The
    same for a province, region or island (der afghanischen Provinz Kunar, GeoNames' Konar;
    die südkoreanische Insel Yeonpyeong): the state, never a guessed point."""
    kb = gazetteer.kb
    if kb is None:
        return []
    # a name known alone or with its kind (Bundesstaat Zamfara, the name read as a person)
    known = [(m.start, m.end) for m in mentions if m.candidates and m.start is not None]
    found: list[PlaceMention] = []
    for kind in tokens_where(doc, _ends_with_part_kind):  # each form tested once
        if not 0 < kind.i < len(doc) - 1:
            continue
        if kind.pos_ != "NOUN" or "hauptstadt" in kind.lower_:
            continue
        word, adjective = doc[kind.i + 1], doc[kind.i - 1]
        if not word.is_title or not (word.pos_ == "PROPN" or word.ent_type_):
            continue
        if any(start <= word.idx < (end or start) for start, end in known):
            continue
        if adjective.pos_ != "ADJ" or not adjective.is_lower:
            continue
        code = kb.adjective_state(adjective.text)
        state = gazetteer.country(code) if code else None
        if state is None:
            continue
        name = doc[word.i : _end_of_name(doc, word)]
        mention = PlaceMention(name.text, name.start_char, name.end_char, "text", [])
        mention.candidates, mention.settlement = [Candidate(state, "name")], True
        found.append(mention)
    return found


def _small_places(
    doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer, countries: Counter[str]
) -> None:
    """A place entity or dateline place the gazetteer's cities do not know, read in the
    small places' layer (1,000 to 15,000 inhabitants: in Srebrenica, Davos (dpa) -, die
    Stadt Ključ) when the text calls it a place — a dateline, a bare preposition of place
    before the name (city names take no article in German: in den Alpen is no town Alpen),
    a settlement's kind noun — and the article names the state it lies in (a state's
    adjective before the kind noun, else a place or state of the article). A name of
    several such states stays unresolved: never guessed. A settlement named after its
    state's adjective (die bosnische Stadt Srebrenica) becomes the point the layer knows
    in that state."""
    for mention in mentions:
        if mention.candidates and not mention.settlement:
            continue
        span = _span(doc, mention) if mention.source == "text" else None
        if mention.settlement:
            if span is None or not doc[span.start - 1].lower_.endswith(SETTLEMENT_KINDS):
                continue  # a province or island keeps its state: no guessed point
        elif not mention.is_dateline and (span is None or not _called_a_place(doc, span)):
            continue
        state = mention.candidates[0].place.country if mention.settlement else None
        found = _small_place_of(mention.text, gazetteer, countries, state)
        if found:
            mention.candidates, mention.settlement = found, False


def _small_place_of(
    name: str, gazetteer: Gazetteer, countries: Counter[str], state: str | None
) -> list[Candidate]:
    """The small place a name denotes in ``state``, else in a state the article names; none
    when it names such places in several states."""
    found = [
        c for c in gazetteer.small_places(name)
        if c.place.country == state or (state is None and countries[c.place.country] > 0)
    ]  # fmt: skip
    if len({c.place.country for c in found}) != 1:
        return []
    return [max(found, key=lambda c: c.place.population)]


def _called_a_place(doc: Doc, span: Span) -> bool:
    """Whether the text calls a name a place: a proper name right after a bare *in* or
    *nahe* or after a settlement's kind noun (im Dorf X). Not *bei*, *aus*, *nach*, which
    take persons as often (bei Noboa, nach Guttenberg: according to him)."""
    if span.start == 0 or any(t.pos_ != "PROPN" for t in span):
        return False
    before = doc[span.start - 1]
    if before.lower_ in SMALL_PLACE_PREPOSITIONS:
        return True
    kind = before.lower_
    return before.pos_ == "NOUN" and kind.endswith(SETTLEMENT_KINDS) and "hauptstadt" not in kind


def _end_of_name(doc: Doc, word: Token) -> int:
    """The token after the entity ``word`` opens (the word itself outside an entity)."""
    end = word.i + 1
    while word.ent_iob_ == "B" and end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _name_after_kind(doc: Doc, word: Token, person: bool = False) -> Span | None:
    """The name after a settlement's kind noun: the word the model saw no entity in, or the
    whole name it took for an organisation or a miscellaneous name (die belagerte Stadt El
    Fasher read as ORG): after *Stadt* or *Dorf* a name is the settlement's. A place entity
    is found already; a person's only with ``person`` (der Hauptstadt Dili read as PER:
    after *Hauptstadt* a name is the capital's, whatever its form)."""
    if not word.ent_type_:
        return doc[word.i : word.i + 1]
    kinds = ("ORG", "MISC", "PER") if person else ("ORG", "MISC")
    if word.ent_type_ not in kinds or word.ent_iob_ != "B":
        return None
    end = word.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[word.i : end]


def _cities_read_as_other(
    doc: Doc, gazetteer: Gazetteer, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """A large city the model read as an organisation, a person or a miscellaneous name
    right after a preposition of place (in Addis Abeba read as PER, Nachrichten aus Sankt
    Petersburg and Botschafter aus Doha abgezogen read as ORG, nach Addis Abeba entsandt):
    German names a city after *in/bei/nahe/aus/nach* without an article, an organisation
    rarely so, a person not after *bei/nahe* (bei Sofia: at her place). The whole entity
    must be a city of ``MIN_ALTERNATE_POPULATION`` or more by one of its names, and the
    knowledge base must know it as nothing but a place (bei Siemens is the KB's business)."""
    taken = {m.start for m in mentions}
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PER", "MISC") or ent.start == 0 or ent.start_char in taken:
            continue
        preposition = doc[ent.start - 1].lower_
        # bei/nahe a person is at her place (bei Sofia): a person's name only after in/aus/nach
        if preposition not in PLACE_PREPOSITIONS or (
            ent.label_ == "PER" and preposition in ("bei", "nahe")
        ):
            continue
        if gazetteer.kb and any(m.form != "place" for m in gazetteer.kb.lookup(ent.text)):
            continue
        cities = [
            c for c in gazetteer.lookup(ent.text)
            if c.place.precision == "point" and c.place.feature_class == "P"
            and c.place.population >= MIN_ALTERNATE_POPULATION
        ]  # fmt: skip
        if cities:
            found.append(PlaceMention(ent.text, ent.start_char, ent.end_char, "text", cities))
    return found


def _city_read_as_person(
    doc: Doc, preposition: Token, word: Token, gazetteer: Gazetteer
) -> Span | None:
    """A large city with a first name's form (Sofia, Victoria, Tel Aviv) the model took for
    a person: right after a bare *in*, a name is a place (in Sofia getroffen; in the
    Bundestag speeches every *in Sofia*, *in Paris* is the city), never a person. The
    whole entity must be the city's own name (in Tel Aviv; in Sofia Coppola is no city)."""
    if preposition.lower_ != "in" or word.ent_type_ != "PER" or word.ent_iob_ != "B":
        return None
    end = word.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[word.i : end]
    # by its own name, or a German transliteration of it (in Chan Junis: Khan Yunis)
    candidates = [c for c in gazetteer.lookup_exact(name.text) if c.via == "name"]
    candidates = candidates or gazetteer.lookup_transliterated(name.text)
    city = any(
        c.place.precision == "point" and c.place.population >= MIN_ALTERNATE_POPULATION
        for c in candidates
    )
    return name if city else None


def _city_of_state_read_as_person(
    doc: Doc, preposition: Token, word: Token, gazetteer: Gazetteer
) -> Span | None:
    """A city the model took for a person after *in/im* and a state's adjective (im
    saudischen Al-Ula, in der … no: the adjective follows the bare preposition): German
    puts a state's adjective before a place it lies in (im russischen Sotschi), never
    before a person after *in*. The whole entity must be a city of that state by its own
    name, of any size the gazetteer holds: the adjective vouches for the state."""
    if preposition.lower_ not in ("in", "im") or word.ent_type_ != "PER" or word.ent_iob_ != "B":
        return None
    if word.i == preposition.i + 1 or gazetteer.kb is None:
        return None
    state = _preceding_state_adjective(doc, word.i, gazetteer.kb)
    end = word.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[word.i : end]
    city = any(
        c.via == "name" and c.place.precision == "point" and c.place.country == state
        for c in gazetteer.lookup_exact(name.text)
    )
    return name if state is not None and city else None


def _seat_of_government(doc: Doc, start: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """Downing Street, Weißes Haus, Kreml at ``start`` (two words or one), which the
    knowledge base lists as places standing for a state's capital. A LOC entity is a
    mention already; the model often reads these names as organisations (ORG)."""
    for end in (start + 2, start + 1):
        words = doc[start:end]
        if end > len(doc) or not all(w.is_title and w.ent_type_ in ("", "ORG") for w in words):
            continue
        seats = [c for c in gazetteer.lookup(words.text) if c.via == "capital"]
        if seats:
            return PlaceMention(words.text, words.start_char, words.end_char, "text", seats)
    return _named_region(doc, start, gazetteer)


def _named_region(doc: Doc, start: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """A region named with its kind (im US-Bundesstaat Michigan, in der Provinz Helmand)
    where the model saw no place: the gazetteer must know it as a region, not a city. An
    adjective may stand between the article and the kind (in der russischen Region
    Belgorod, in der ostukrainischen Region Donezk), as before a settlement's kind."""
    kind = doc[start]
    while kind.pos_ == "ADJ" and kind.is_lower and kind.i + 1 < len(doc):
        kind = doc[kind.i + 1]
    start = kind.i
    lower = kind.lower_
    admin1_kind = lower.endswith(ADMIN1_KIND_ENDINGS) and not lower.endswith(NOT_ADMIN1_KINDS)
    if start + 1 >= len(doc) or not (lower.endswith(REGION_KINDS) or admin1_kind):
        return None
    words = doc[start : start + 2]
    if not words[1].is_title or words[1].ent_type_ == "LOC":
        return None
    regions = [c for c in gazetteer.lookup(words.text) if c.place.precision == "admin1"]
    if not regions and admin1_kind:  # im Grenzgebiet Belgorod, in der Region Charkiw
        region = _admin1_named(words[1].text, gazetteer, None)
        regions = [] if region is None else [Candidate(replace(region, name=words[1].text), "name")]
    if not regions:
        return None
    return PlaceMention(words.text, words.start_char, words.end_char, "text", regions)


def _region_of_kind(doc: Doc, mention: PlaceMention, gazetteer: Gazetteer) -> None:
    """A city's name right after a region's kind noun (in der Region Charkiw, im Gebiet
    Donezk, in der Provinz Idlib) names the region the city is the capital of: the region
    (``admin1``) from the gazetteer, under the name or its English spelling (Charkiw:
    Kharkiv), in the city's state; else, where the gazetteer lacks the region (Saporischschja:
    GeoNames writes Zaporizhia), the region at its capital's coordinates, still ``admin1``."""
    city = mention.resolved
    if city is None or city.precision == "country" or mention.source != "text":
        return
    span = _span(doc, mention)
    if span is None or span.start == 0:
        return
    kind = doc[span.start - 1].lower_
    if not kind.endswith(ADMIN1_KIND_ENDINGS) or kind.endswith(NOT_ADMIN1_KINDS):
        return
    name = mention.name or mention.text
    if city.precision != "point":
        # a region's name two states use, told apart by its kind (der Provinz Kurdistan:
        # Iran's province; the Iraqi one is the Autonome Region Kurdistan)
        # only under the kind the text gives (die autonome Region Kurdistan is no Provinz)
        named = gazetteer.lookup_exact(f"{doc[span.start - 1].text} {name}")
        kinded = [c.place for c in named if c.place.precision == "admin1"]
        mention.resolved = kinded[0] if kinded else city
        return
    region = _admin1_named(name, gazetteer, city.country)
    # named as the text names it (Charkiw, not GeoNames' Kharkiv)
    mention.resolved = replace(region or city, name=name, precision="admin1", admin1=name)
    if region is None:
        mention.resolved = replace(mention.resolved, population=0, feature_class="A")


def _admin1_named(name: str, gazetteer: Gazetteer, country: str | None) -> GeoPlace | None:
    """The first-level region *Region/Provinz/Bundesstaat X* of the gazetteer, X written as
    German writes it or in English spelling (Charkiw: Kharkiv, Donezk: Donetsk), in
    ``country`` when given."""
    for spelling in (name, *english_spellings(name)):
        for form in (f"{k} {spelling}" for k in ADMIN1_KINDS):
            for candidate in gazetteer.lookup_exact(form):
                region = candidate.place
                if region.precision == "admin1" and country in (None, region.country):
                    return region
    return None


def _open_to_rules(token: Token) -> bool:
    """A token the model saw no place in, or one inside a LOC or ORG entity (Hamburger
    Oberverwaltungsgericht) whose whole name the gazetteer may not know."""
    return not token.ent_type_ or token.ent_type_ in ("LOC", "ORG", "LOCderiv")


def _genitives(doc: Doc, gazetteer: Gazetteer, countries: Counter[str]) -> list[PlaceMention]:
    """A place in the genitive after a noun (in den Straßen Bangkoks, im Zentrum Kairos,
    Bürgermeister Roms; with the article of a name that takes one: im Süden des
    Gazastreifens, die Grenzen des Sudans) that is no entity of its own: German marks the
    genitive of a place name with -s, so the word without it must be a name the gazetteer
    knows."""
    found = []
    title, pos = doc.to_array([IS_TITLE, POS]).T
    noun = doc.vocab.strings["NOUN"]
    after_noun = numpy.flatnonzero((title[1:] == 1) & (pos[:-1] == noun)) + 1
    after_des = [
        i for i in numpy.flatnonzero(title[2:] == 1) + 2
        if doc[int(i) - 1].lower_ == "des" and pos[i - 2] == noun
    ]  # fmt: skip
    for i in sorted({*after_noun, *after_des}):
        word, before = doc[int(i)], doc[int(i) - 1]
        if (
            before.pos_ != "NOUN" and before.lower_ != "des"
            or len(word) < 4 or not word.text.endswith("s")
            or word.text.endswith(("ss", "us")) or not _open_to_rules(word)
            or (word.ent_type_ and word.ent_iob_ == "B" and not before.ent_type_)
        ):  # fmt: skip
            continue  # a whole entity of its own (Thailands) is looked up as one already
        # German exonyms (Kairo, Rom) are among geonames' alternate names: large places only
        candidates = [
            c for c in gazetteer.lookup(word.text[:-1])
            if c.via != "alternate" or c.place.population >= MIN_ALTERNATE_POPULATION
        ]  # fmt: skip
        supported = [c for c in candidates if _large_or_supported(c, countries)]
        if supported:
            found.append(PlaceMention(word.text, word.idx, word.idx + len(word), "text", supported))
    return found


def _city_adjectives(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """A city's adjective before a noun (Berliner Reichstag, im Pariser Vorort, Münchner
    Polizei) names the city. German forms it by adding -er to the city's name (Berlin →
    Berliner, Wien → Wiener), dropping the -e of a final -en (München → Münchner, Dresden
    → Dresdner) or the -en itself (Bremen → Bremer); the form without the suffix must be
    a city the gazetteer knows. Inhabitants (die Hongkonger) are nouns, not taken."""
    found = []
    title, tag, entity = doc.to_array([IS_TITLE, TAG, ENT_TYPE]).T
    strings = doc.vocab.strings
    adjective = (tag == strings.add("ADJA")) | (entity == strings.add("LOCderiv"))
    streets = place_words().named_after_cities
    for i in numpy.flatnonzero((title[:-1] == 1) & adjective[:-1]):
        word, after = doc[int(i)], doc[int(i) + 1]
        if (
            not word.text.endswith("er") or len(word) < 5 or after.pos_ not in ("NOUN", "PROPN")
            or not (word.tag_ == "ADJA" or word.ent_type_ == "LOCderiv")
            or not _open_to_rules(word) or after.text in streets
        ):  # fmt: skip
            continue
        before = doc[word.i - 1] if word.i else None
        # New Yorker, Tel Aviver: the adjective of a two-word name takes its first word along
        if before is not None and before.is_title and before.ent_type_ == word.ent_type_:
            city = _city_of_adjective(word.text, gazetteer, prefix=before.text + " ")
            if city is not None:
                found.append(_adjective_mention(before.idx, word.idx + len(word), *city))
                continue
        city = _city_of_adjective(word.text, gazetteer)
        if city is not None:
            found.append(_adjective_mention(word.idx, word.idx + len(word), *city))
    return found


def _adjective_mention(
    start: int, end: int, text: str, name: str, candidates: list[Candidate]
) -> PlaceMention:
    mention = PlaceMention(text, start, end, "text", candidates)
    mention.name, mention.adjective = name, True
    return mention


def _city_of_adjective(
    adjective: str, gazetteer: Gazetteer, prefix: str = ""
) -> tuple[str, str, list[Candidate]] | None:
    """(text, city name, candidates) of a city adjective, or None. Of the stems that name a
    city, the one with the most populous city: Erlanger is Erlangen's (Germany), not
    Erlang's (China); Göttinger, Tübinger likewise."""
    # Berliner, Kaiserslauterer (-ern: Kaiserslautern), Bremer (-en: Bremen)
    stems = [adjective[:-2], adjective[:-2] + "n", adjective[:-2] + "en"]
    if adjective.endswith("ner"):
        stems.append(adjective[:-3] + "en")
    found = []
    for stem in stems:
        candidates = [
            c for c in gazetteer.lookup_exact(prefix + stem)
            if c.place.precision == "point"
            and (c.via != "alternate" or c.place.population >= MIN_ALTERNATE_POPULATION)
        ]  # fmt: skip
        if candidates:
            found.append((prefix + adjective, prefix + stem, candidates))
    return max(found, key=lambda f: max(c.place.population for c in f[2]), default=None)


def _known_here(candidate: Candidate, countries: Counter[str]) -> bool:
    """A city the text may name without an entity: a large one, one of a state the article
    names, or a town of the readers' states under its own name (in Kaiserslautern, in der
    Stadt Wesel), which German news names without naming the state."""
    return _large_or_supported(candidate, countries) or (
        candidate.via == "name" and candidate.place.country in READERS_STATES
    )


def _large_or_supported(candidate: Candidate, countries: Counter[str]) -> bool:
    place = candidate.place
    return (
        place.precision != "point" or place.population >= MIN_ALTERNATE_POPULATION
        or bool(countries[place.country])
    )  # fmt: skip


def _dateline_mentions(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    dateline = doc._.meta.dateline
    if dateline is None:
        return []
    region = doc.char_span(dateline.start, dateline.end or 0, alignment_mode="expand")
    text, offset = (region.text, region.start_char) if region is not None else ("", 0)
    found = []
    for name in dateline.places:
        start = text.find(name)
        begin, end = (offset + start, offset + start + len(name)) if start >= 0 else (None, None)
        candidates = _candidates(name, gazetteer)
        if candidates and all(c.place.precision == "country" for c in candidates):
            # a dateline (Ortsmarke) names the city reported from: Gaza, Luxemburg, Kuwait
            # are the cities there, not the states
            candidates = gazetteer.cities_named(name) or candidates
        found.append(PlaceMention(name, begin, end, "dateline", candidates, is_dateline=True))
    return found


def _title_mentions(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """A place before a colon opening the title counts as a dateline (Kairo: …); a place
    after *in* in the title (Demonstration in Hamburg) tells where the story is set."""
    title = doc._.meta.title or ""
    found = []
    colon = TITLE_DATELINE.match(title)
    if colon and gazetteer.lookup(colon.group(1)):
        candidates = gazetteer.lookup(colon.group(1))
        found.append(PlaceMention(colon[1], None, None, "title", candidates, is_dateline=True))
    for match in TITLE_LOCATIVE.finditer(title):
        words = match.group(1).split()
        for name in (match.group(1), words[0], words[-1]):
            # a title word known only as some small town's foreign name is no place (in der
            # Champions League, im Raum Knittelfeld); a last word only as a state or region
            # (in der Republik Irland, not Homburg of in Bad Homburg)
            candidates = [
                c for c in gazetteer.lookup(name)
                if (c.via != "alternate" or c.place.population >= MIN_ALTERNATE_POPULATION)
                and (name is not words[-1] or len(words) == 1 or c.place.precision != "point")
            ]  # fmt: skip
            if candidates:
                found.append(PlaceMention(name, None, None, "title", candidates))
                break
        else:
            # a city's adjective opening the phrase (in Kaiserslauterer Innenstadt, im
            # Londoner Stadtteil Stockwell, im Wiener Prater): the story is set in the city
            city = _city_of_adjective(words[0], gazetteer) if words[0].endswith("er") else None
            if city is not None:
                text, name, candidates = city
                found.append(PlaceMention(text, None, None, "title", candidates, name=name))
    return found


BARE_PREPOSITIONS = frozenset({"in", "im", "bei", "beim", "nahe", *ATTACK_TARGETS})
# prepositions of where, whence and whither that take a city's bare name (in Doha, aus Sankt
# Petersburg, nach Addis Abeba): a city name after them is the city whatever the model read
PLACE_PREPOSITIONS = frozenset({"in", "bei", "nahe", "aus", "nach"})
SMALL_PLACE_PREPOSITIONS = frozenset({"in", "nahe"})


def context_countries(doc: Doc, mentions: list[PlaceMention]) -> Counter[str]:
    """How often each state is named in the article, as a place or as an actor."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        if len(mention.candidates) == 1:
            counts[mention.candidates[0].place.country] += 1
    for mention in doc._.mentions or []:
        for actor in mention.actors:
            if len(actor) == 3 and actor.isupper():
                counts[actor] += 1
    return counts


def _describes(doc: Doc, outer: PlaceMention, inner: PlaceMention) -> bool:
    """Whether the place phrase of ``outer`` describes the place ``inner`` (Tripoli im
    nördlichen Libanon, im Bezirk Zhari in der afghanischen Provinz Kandahar): it hangs on
    the inner name or on the kind noun the name stands beside (Bezirk Zhari)."""
    preposition = _locative_preposition(doc, outer)
    span = _span(doc, inner)
    if preposition is None or span is None or preposition.dep_ != "case":
        return False
    head = preposition.head.head
    if span.start <= head.i < span.end and not span.start <= preposition.i < span.end:
        return True
    if preposition.i == span.end and _lies_within(inner, outer):
        return True  # Stadt El Fasher in der Region Darfur, the phrase parsed onto the verb
    return head.i == span.start - 1 and span.root.head == head and head.pos_ == "NOUN"


def _lies_within(inner: PlaceMention, outer: PlaceMention) -> bool:
    """A city and a region or state of the same state: a place phrase right after the
    city's name says where the city lies (X in der Region Y, X im Norden des Landes Y)."""
    if inner.resolved is None or outer.resolved is None:
        return False
    wider = outer.resolved.precision in ("admin1", "country")
    same = inner.resolved.country == outer.resolved.country
    return wider and same and inner.resolved.precision == "point"


def _described_place(doc: Doc, mention: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention:
    """The place a locative phrase describes, when the phrase only says where that place
    lies (nach Den Haag in den Niederlanden überstellt): the described place is the more
    specific one the text supports. Not an origin (Flüchtlinge aus Mossul im Nordirak):
    where they came from is not where the event happened."""
    for other in mentions:
        span = _span(doc, other)
        origin = span is not None and span.start > 0 and doc[span.start - 1].lower_ in ORIGINS
        if (
            other is not mention
            and not origin
            and _rank(other) < _rank(mention)
            and _describes(doc, mention, other)
        ):
            return other
    return mention


def _acted_on(doc: Doc, mention: PlaceMention, trigger: int, attack: bool = False) -> bool:
    """A city that is the direct object of the trigger or of its verb (die Demonstranten
    legten die thailändische Hauptstadt lahm, Rebellen besetzten Bengasi), or the target of
    an attack (Luftangriffe gegen Bengasi, Raketen auf Sderot): an attack on a city strikes
    there, a protest against one need not be held there."""
    span = _span(doc, mention)
    trigger_span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if span is None or trigger_span is None or mention.resolved is None:
        return False
    # a state struck is a side (Angriff auf die Ukraine), a part of it is ground (Raketen
    # auf Nordisrael, Angriffe auf die Ostukraine): a target where it lies
    ground = attack and _part_of_state(mention)
    if mention.resolved.precision != "point" and not mention.settlement and not ground:
        return False
    root = span.root
    if root.dep_ in ("appos", "flat") and root.head.i < root.i:
        root = root.head  # "die ukrainische Hafenstadt Odessa": the name of the object
    elif _name_of_kind(root):
        root = root.head  # "die Städte Charkiw und Sumy", the name parsed as a modifier
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # griff Saporischschja und Dnipro an: conjuncts share the object's role
    targeted = attack and any(
        c.dep_ == "case" and c.lower_ in ATTACK_TARGETS for c in root.children
    )
    if root.dep_ != "obj" and not is_object_in_haben_perfect(root) and not targeted:
        return False
    own = trigger_span[0]
    if targeted and root.head.lower_.endswith(place_words().attack_nouns):
        return True  # the attack phrase itself (Luftangriffe gegen Bengasi zu fliegen)
    return root.head in (own, _governing_verb(own))


def _part_of_state(mention: PlaceMention) -> bool:
    """A state named with a compass point before it (Nordisrael, Ostukraine, Süd-Libanon),
    which the gazetteer resolves to the state."""
    resolved = mention.resolved
    if resolved is None or resolved.precision != "country":
        return False
    prefix = next((p for p in COMPASS_PREFIXES if mention.text.startswith(p)), "")
    rest = mention.text[len(prefix) :].lstrip("-").lower()
    # Südafrika, Nordkorea, Osttimor are states of their own, not a part of one
    return bool(prefix) and rest.startswith(resolved.name.lower())


def _name_of_kind(name: Token) -> bool:
    """A name right after a settlement's kind noun that the parser hung on it as a modifier
    (die Städte Charkiw und Sumy): in German it is the kind's name, an apposition."""
    kind = name.head
    close = kind.i == name.i - 1 and not any(c.dep_ == "case" for c in name.children)
    settlement = _lemma(kind).endswith(SETTLEMENT_KINDS) or kind.lower_.endswith(SETTLEMENTS)
    return name.dep_ == "nmod" and close and settlement


def _within_container(doc: Doc, mentions: list[PlaceMention]) -> None:
    """A place described as lying in another (X in Y, X im nördlichen Y) lies in Y's
    state: its entries abroad are dropped, and with none left it stays unresolved rather
    than guessed (Zhari in der afghanischen Provinz Kandahar is no town in Poland)."""
    for inner in mentions:
        if not inner.candidates or inner.source != "text":
            continue
        for outer in mentions:
            states = {c.place.country for c in outer.candidates}
            if outer is inner or len(states) != 1 or not _describes(doc, outer, inner):
                continue
            inner.candidates = [c for c in inner.candidates if c.place.country in states]
            break


def _state_adjectives(
    doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer, countries: Counter[str]
) -> None:
    """A state's adjective before a city names the city's state (im indischen
    Dharamshala, im russischen Sotschi, in der irakischen Stadt Mossul): entries
    abroad are dropped, none left leaves it unresolved, and the state supports a small
    place known by a foreign name only."""
    if gazetteer.kb is None:
        return
    for mention in mentions:
        span = _span(doc, mention) if mention.candidates and mention.source == "text" else None
        if span is None or _is_area(mention.candidates):
            continue  # a state or region is not told apart by an adjective
        code = _preceding_state_adjective(doc, span.start, gazetteer.kb)
        if code is not None:
            mention.candidates = [c for c in mention.candidates if c.place.country == code]
            countries[code] += 1


def _preceding_state_adjective(doc: Doc, start: int, kb: KnowledgeBase) -> str | None:
    """The state of an adjective right before ``start``, over a kind noun (der irakischen
    Stadt Mossul). Only a state's own adjective: südamerikanisch is no American one."""
    for i in range(start - 1, max(start - 3, -1), -1):
        word = doc[i]
        if word.pos_ == "NOUN" and word.lower_.endswith(PLACE_KINDS):
            continue
        if word.pos_ != "ADJ" or not word.is_lower:
            return None
        return kb.adjective_state(word.text)
    return None


def _is_area(candidates: list[Candidate]) -> bool:
    return bool(candidates) and any(c.place.precision != "point" for c in candidates)


def resolve(mentions: list[PlaceMention], countries: Counter[str]) -> None:
    """Choose one entry per mention: unambiguous ones first, then the rest in their light."""
    for mention in mentions:
        if len(mention.candidates) == 1:
            mention.resolved = _acceptable(mention.candidates[0], countries, [])
        elif _is_area(mention.candidates):  # Kongo: the state the article speaks of, if one
            named = [c.place for c in mention.candidates if countries[c.place.country]]
            mention.resolved = named[0] if len(named) == 1 else None
            mention.candidates = [] if mention.resolved is None else mention.candidates
    anchors = [
        m.resolved for m in mentions if m.resolved is not None and m.resolved.lat is not None
    ]
    chosen: dict[str, GeoPlace | None] = {}
    for mention in mentions:
        if mention.resolved is not None or not mention.candidates:
            continue
        if mention.text not in chosen:  # one name, one place within an article
            chosen[mention.text] = _choose(mention.candidates, countries, anchors)
        mention.resolved = chosen[mention.text]


def _score(candidate: Candidate, countries: Counter[str], anchors: list[GeoPlace]) -> float:
    place = candidate.place
    score = math.log10(place.population + 10)
    if countries[place.country]:
        score += 2.0 + min(countries[place.country], 5) * 0.2
    if place.lat is not None and any(
        a.lat is not None and a.lon is not None and a.geonames_id != place.geonames_id
        and distance_km(place.lat, place.lon or 0.0, a.lat, a.lon) < NEAR_KM
        for a in anchors
    ):  # fmt: skip
        score += 1.5
    if candidate.via != "alternate":
        score += 0.5
    return score


def _choose(
    candidates: list[Candidate], countries: Counter[str], anchors: list[GeoPlace]
) -> GeoPlace | None:
    # a large city under its own name is not a smaller town's foreign spelling (Kiel, not
    # Kehl, among whose alternate names is Kiel); a larger one may be (St. Petersburg)
    own = max((c.place.population for c in candidates if c.via == "name"), default=0)
    if own >= MIN_ALTERNATE_POPULATION:
        candidates = [c for c in candidates if c.via != "alternate" or c.place.population > own]
    best = max(candidates, key=lambda c: _score(c, countries, anchors))
    largest = max(candidates, key=lambda c: c.place.population)
    if largest.place.population >= DOMINANT * best.place.population:
        best = largest  # Rom is Rome, Italy, even in a story that names the United States
    return _acceptable(best, countries, anchors)


def _acceptable(
    candidate: Candidate, countries: Counter[str], anchors: list[GeoPlace]
) -> GeoPlace | None:
    """Never guess: a small place known only by a foreign alternate name needs support."""
    place = candidate.place
    if candidate.via != "alternate" or place.population >= MIN_ALTERNATE_POPULATION:
        return place
    return place if countries[place.country] else None


# -- event locations -----------------------------------------------------------------------


def locate_events(
    doc: Doc, events: list[Event], mentions: list[PlaceMention], gazetteer: Gazetteer
) -> list[Place | None]:
    """Where each event happened (EVENTS-GUIDELINES.md, Location)."""
    return [locate_event_by_rule(doc, e, mentions, gazetteer)[1] for e in events]


def locate_event_by_rule(
    doc: Doc, event: Event, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> tuple[str, Place | None]:
    """The rule that placed the event and its place: a place the clause of its predicate
    puts it at (in/bei/nahe X, in der irakischen Hauptstadt) → ``clause``, a state's
    territory (israelisches Territorium) → ``territory``, the scene of the paragraph →
    ``scene``, the article's setting → ``setting``; else ``none``."""
    start, end = event.sentence.start, event.sentence.end
    trigger = event.trigger.start
    # doc.text is rebuilt from every token on each access: read the sentence's span only
    sentence = doc.char_span(start, end, alignment_mode="expand")
    text = sentence.text if sentence is not None else ""
    in_sentence = [
        m for m in mentions
        if m.resolved is not None and m.start is not None and start <= m.start < end
    ]  # fmt: skip
    speech = is_speech_act(event)
    located = [
        m for m in in_sentence
        if _is_locative(doc, m) and _in_clause_of(doc, m, trigger)
        and (not speech or _where_said(doc, m, trigger))
    ]  # fmt: skip
    if not located:
        located = _there(doc, trigger, mentions)
    if speech and not located:
        located = [m for m in in_sentence if _said_from(doc, m, trigger)]
    if speech and not located:
        located = _speaker_places(doc, event.trigger.start, in_sentence, event)
    if speech and not located:
        located = _where_speaker_stays(doc, event, in_sentence)
    if speech and not located:
        located = _envoy_in_state(doc, event, in_sentence, gazetteer)
    if speech and not located:
        located = (
            _said_next(doc, event, mentions)
            or _said_after_arriving(doc, event, mentions)
            or _said_in_report(doc, event, mentions)
        )
    if not located and event.type in GOES_TO:
        located = [m for m in in_sentence if _travelled_to(doc, m, trigger)][:1]
    if not located:
        located = _where_antecedent(doc, trigger, in_sentence)
    if not located:
        located = _meeting_referred_to(doc, sentence, mentions)
    located = [m for m in located if not any(_describes(doc, m, o) for o in located if o is not m)]
    located = [_described_place(doc, m, in_sentence) for m in located]
    # nach Angaben der Armee in Bangkok: where the source sits, which may be where the event
    # happened, but the target or territory the clause names comes first
    sourced = [] if speech else [m for m in located if _in_source_phrase(doc, m)]
    located = [m for m in located if m not in sourced]
    if event.type == "SANCTION":
        # ihren Botschafter in Teheran zurückgerufen, Sanktionen gegen Firmen in China: the
        # object's place; a government decides a sanction where it governs
        located = [m for m in located if not _describes_other(doc, m, trigger)]
    attack = event.type == "ASSAULT"
    if not located and event.type in ACTS_ON_PLACES:
        located = [m for m in in_sentence if _acted_on(doc, m, trigger, attack)]
    if sourced and not located and _territory_phrase(text, start, gazetteer) is None:
        located = sourced
    if located:
        # Demonstranten in Bagdad … aus Protest gegen eine Koranverbrennung in Schweden: a
        # place after what a protest is against or for describes that, and ranks below
        protest = event.type == "PROTEST"
        best = min(
            located,
            key=lambda m: (
                _attachment(doc, m, trigger),
                protest and _after_protested(doc, m),
                abs((m.start or 0) - trigger),
                _rank(m),
            ),
        )
        if event.type in ACTS_ON_PLACES:
            best = _target_within(doc, best, in_sentence, trigger, attack)
        own = _own_house(doc, best, event, gazetteer) if best.home_institution else None
        if own is not None:
            return "institution", own
        city = _dateline_city_within(
            doc, best, event, mentions, _opened_by_dateline(doc, start), end
        )
        return ("dateline", to_place(city)) if city is not None else ("clause", to_place(best))
    territory = _territory_phrase(text, start, gazetteer, doc if speech else None, trigger)
    if territory is not None:
        return "territory", territory
    border = None if speech else _own_border(text, event, gazetteer)
    if border is not None:
        return "border", border
    seat = next((m for m in in_sentence if _seat_of_actor(doc, m, event)), None)
    # a Land's government speaks from its seat (die niedersächsische Landesregierung will
    # festhalten: Hannover); a court's or prosecutor's statements follow the statement rules
    if seat is not None and (not speech or seat.seat_adjective):
        return "seat", to_place(seat)
    court = _court_of_actor(event, gazetteer)
    if court is not None:
        return "court", court
    council = _un_body_acting(doc, event, gazetteer)
    if council is not None:
        return "un-body", council
    if speech:
        exile = _exile_statement(doc, event, in_sentence)
        if exile is not None:
            return exile
        envoy = _un_ambassador(doc, event, gazetteer)
        if envoy is not None:
            return "envoy", envoy
        return _place_statement(doc, event, sentence, mentions, _seats(event, gazetteer))
    if event.type in DECIDED_AT_HOME:
        return _at_home(doc, event, sentence, mentions, _seats(event, gazetteer))
    if _at_sea(doc, trigger):
        return "sea", None
    earlier = _scene(doc, sentence, mentions)
    setting = earlier if earlier is not None else article_setting(doc, mentions)
    police = _police_at_home(doc, event, setting, mentions, gazetteer)
    if police is not None:
        return "police", police
    if earlier is not None:
        return "scene", to_place(earlier)
    ground = _attack_ground(event, setting, gazetteer) if setting is not None else None
    if ground is not None:
        return "ground", ground
    return ("setting", to_place(setting)) if setting is not None else ("none", None)


def _own_house(doc: Doc, mention: PlaceMention, event: Event, gazetteer: Gazetteer) -> Place | None:
    """A bare parliament with *im / in* (Johnson nannte das Gesetz im Unterhaus einen
    Verstoß) is the acting state's own: one speaks or votes *in* a parliament one sits in,
    whichever state the story is about (Hongkong). A guest speaks *vor dem Parlament*,
    which stays the home state's. Read gold: each *im* + bare Parlament / Kongress /
    Unterhaus / Senat it places is the actor's state's (11 of 11)."""
    preposition = _locative_preposition(doc, mention)
    codes = {actor.code for actor in event.actor}
    if preposition is None or preposition.lower_ not in ("im", "in") or len(codes) != 1:
        return None
    code = codes.pop()
    if not code or mention.resolved is None or mention.resolved.country == code:
        return None
    word = mention.text.lower().rsplit("-", 1)[-1]
    kind = "government" if word in GOVERNMENT_SEATS else "parliament"
    seat = gazetteer.seat_of_state(code, kind) if gazetteer.country(code) else None
    return (
        None
        if seat is None
        else _place(seat, mention.text, mention.start, mention.end, "text", seat.name)
    )


def _own_border(sentence: str, event: Event, gazetteer: Gazetteer) -> Place | None:
    """An act at a state's border with another (Polen verlegt Soldaten an die Grenze zu
    Belarus; an der Grenze zu Russland festgenommen) the sentence places nowhere else: on
    the acting state's side, that state at country precision (which of its regions, the
    text does not say). Only a state actor and a state on the other side; read gold: each
    such act it places is in the actor's state (wire-14 ×2, s15-06, n23b-09)."""
    match = BORDER_PHRASE.search(sentence)
    kb = gazetteer.kb
    codes = {actor.code for actor in event.actor}
    if match is None or kb is None or len(codes) != 1:
        return None
    code = codes.pop()
    other = _state_named(kb, match.group(1).strip())
    country = gazetteer.country(code) if code else None
    if country is None or other is None or other == code:
        return None
    return _place(country, match.group(0), None, None, "text", country.name)


def _state_named(kb: KnowledgeBase, words: str) -> str | None:
    """The state a name at the start of ``words`` names (Belarus, Russland, dem Iran's Iran)."""
    parts = words.split()
    for length in range(len(parts), 0, -1):
        matches = [m for m in kb.lookup(" ".join(parts[:length])) if m.form == "name"]
        code = _state_of(matches, kb)
        if code:
            return code
    return None


def _attack_ground(event: Event, setting: PlaceMention, gazetteer: Gazetteer) -> Place | None:
    """Where an attack the text does not place happened, when the story is told from a
    state none of its sides belongs to (a regional bureau: Istanbul (dpa) - for Syria,
    Beirut for Israel and Iran; Den Haag for Srebrenica): on the target's ground. Only when
    the target is a state and every side is one, whose ground is known (a militia's is
    not), and only the state: which of its places, the text does not say."""
    sides = [p.code for p in (*event.actor, *event.recipient)]
    found = setting.resolved.country if setting.resolved is not None else None
    if event.type != "ASSAULT" or not sides or found is None:
        return None
    if any(code is None or gazetteer.country(code) is None for code in sides):
        return None
    # a side's own ground: its state, a territory it governs or one its forces hold (Gaza
    # (dpa) - Israelische Soldaten haben ein Krankenhaus gestürmt: in Gaza)
    admin1 = setting.resolved.admin1 if setting.resolved is not None else None
    if any(code in gazetteer.ruling_states(found, admin1) for code in sides):
        return None
    # only a named target: a coder's missed recipient would send the attack to the
    # attacker's state (Kiew (dpa) - Russland griff die Bewohner Charkiws an: not Russia)
    targets = [p.code for p in event.recipient]
    country = gazetteer.country(targets[0]) if len(set(targets)) == 1 and targets[0] else None
    return None if country is None else _place(country, country.name, None, None, "text")


def _police_at_home(
    doc: Doc,
    event: Event,
    found: PlaceMention | None,
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
) -> Place | None:
    """Police act on their own state's ground only: a state's police arresting or using
    force (die venezolanische Polizei nahm fest) in a story told from another state
    (Madrid (dpa) - Spanien protestierte …) did so at home, not at the dateline or scene.
    The first place of that state the text puts something at (the most specific place the
    text supports), else the state itself; ``None`` when scene or setting lie in it, or
    when the actor's words do not name the police's state.

    Not for a joint act with the forces of the scene's own state: that act is on the host
    state's ground (kenianische und haitianische Polizisten nahmen fest, in Port-au-Prince;
    a police mission abroad works beside the host's police)."""
    state = next(
        (a.code for a in event.actor
         if (a.sector == "COP" and event.type in POLICING and _names_its_state(a, gazetteer))
         or _coerces_at_home(event, a, gazetteer)),
        None,
    )  # fmt: skip
    if state is None or (
        found is not None
        and any(a.code and _rules_there(found, a.code, gazetteer) for a in event.actor)
    ):
        return None
    return _home_place(doc, state, mentions, gazetteer)


def _rules_there(found: PlaceMention, state: str, gazetteer: Gazetteer) -> bool:
    """Whether the state's authorities rule at the place: in the state, in a dependent
    territory it governs (French police in Nouméa, NCL; Chinese authorities in Hongkong),
    or in a territory its forces hold (Israeli police in Hebron, PSE; Moroccan police in
    Laâyoune, ESH)."""
    if found.resolved is None:
        return False
    return state in gazetteer.ruling_states(found.resolved.country, found.resolved.admin1)


def _coerces_at_home(event: Event, actor: EventParticipant, gazetteer: Gazetteer) -> bool:
    """A state's government, police or courts coerce where they rule (PLOVER COERCE:
    arrests, searches, a state of emergency, bans): die Behörden durchsuchten Wohnungen, er
    verhängte den Ausnahmezustand, in a story whose scene lies in another state. Not an
    army, which coerces abroad too (die israelische Marine stoppte ein Schiff vor Gaza),
    nor a group without a state."""
    return (
        event.type == "COERCE" and actor.sector in HOME_SECTORS and actor.code is not None
        and gazetteer.country(actor.code) is not None
    )  # fmt: skip


def _names_its_state(actor: EventParticipant, gazetteer: Gazetteer) -> bool:
    """Whether the actor's own words name its state (die venezolanische Polizei, die
    Polizei Georgiens): a bare "die Polizei" (or an actor the text leaves out, a
    passive's) takes its state from the story, which is what is in question when the
    story's place is weighed against the actor's home."""
    kb = gazetteer.kb
    if kb is None or not actor.code or not actor.text or actor.start is None:
        return False
    return any(_state_of(kb.lookup(w.strip(".,")), kb) == actor.code for w in actor.text.split())


def _home_place(
    doc: Doc, state: str, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> Place | None:
    """A state's first city the text puts something at, else the state itself."""
    home = next(
        (m for m in mentions
         if m.resolved is not None and m.resolved.country == state and m.source == "text"
         and m.resolved.precision == "point" and _is_locative(doc, m)),
        None,
    )  # fmt: skip
    if home is not None:
        return to_place(home)
    country = gazetteer.country(state)
    return None if country is None else _place(country, country.name, None, None, "text")


def _target_within(
    doc: Doc, best: PlaceMention, in_sentence: list[PlaceMention], trigger: int, attack: bool
) -> PlaceMention:
    """The city the act is aimed at, inside the state or region the clause names (Im Sudan
    haben die RSF ihre Angriffe auf die Stadt El Fasher verstärkt; In der Ukraine hat
    Russland die Stadt Charkiw beschossen): the most specific place the text supports."""
    area = best.resolved
    if area is None or area.precision == "point":
        return best
    for mention in in_sentence:
        city = mention.resolved
        if mention is best or city is None or city.precision != "point":
            continue
        inside = city.country == area.country and (area.precision == "country" or _near(city, area))
        if inside and _acted_on(doc, mention, trigger, attack):
            return mention
    return best


def _describes_other(doc: Doc, mention: PlaceMention, trigger: int) -> bool:
    """Whether the place phrase describes a noun other than the subject, through the nouns
    it hangs on (ihren Botschafter in Teheran, Sanktionen gegen mehrere Firmen in China,
    nach der Hinrichtung eines Deutschen im Iran), not the verb or the trigger or the
    subject (das Gericht in Moskau verurteilte)."""
    if not _attachment(doc, mention, trigger):
        return False
    preposition = _locative_preposition(doc, mention)
    if preposition is None or preposition.dep_ != "case":
        return False
    noun = preposition.head.head
    for _ in range(4):
        if noun.dep_ in ("nsubj", "nsubj:pass"):
            return False
        if noun.dep_ not in ("nmod", "appos", "flat") or noun.head == noun:
            return True
        noun = noun.head
    return True


def _there(doc: Doc, trigger: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """*dort* on the event's verb points back to the place named last before it (reiste nach
    Kairo. Dort kritisierte er …; eine Kundgebung in Sankt Petersburg … Die Polizei hat dort
    Aktivisten festgenommen): the last place a phrase put something at or sent someone to,
    in this sentence before *dort* or in the sentence before; the text says where, as with
    *in X*. *von dort (aus)* and *nach dort* are a way, not the place of the event."""
    span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if span is None:
        return []
    there = next((c for c in _governing_verb(span[0]).children if c.lower_ == "dort"), None)
    if there is None or (there.i > 0 and doc[there.i - 1].lower_ in ("von", "nach")):
        return []
    first = there.sent.start - 1
    while first > 0 and doc[first].is_space:
        first -= 1  # the blank line before a paragraph
    begin = doc[first].sent.start_char if first >= 0 else there.sent.start_char
    before = [
        m for m in mentions
        if m.resolved is not None and m.start is not None and m.source == "text"
        and begin <= m.start < there.idx and (_is_locative(doc, m) or _goal(doc, m))
    ]  # fmt: skip
    return before[-1:]


def _goal(doc: Doc, mention: PlaceMention) -> bool:
    """Whether the place is the goal of a journey made (reiste nach Kairo, ist nach Kiew
    gereist): *nach X* on its sentence's main verb; a goal in an infinitive is only aimed at
    (versuchen, nach Italien zu gelangen)."""
    span = _span(doc, mention)
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "nach":
        return False
    verb = _governing_verb(doc[span.start - 1])
    return verb.dep_ == "ROOT"


def _where_antecedent(
    doc: Doc, trigger: int, in_sentence: list[PlaceMention]
) -> list[PlaceMention]:
    """The place a relative *wo* clause refers back to (floh nach Moskau, wo ihm Asyl gewährt
    wurde; auf der Krim, wo er ein Manöver verfolgte): the trigger's clause is opened by
    *wo* right after a comma that follows the place's name."""
    span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if span is None:
        return []
    own = _governing_verb(span[0])
    opener = own.left_edge
    if opener.is_punct and opener.i + 1 < len(doc):
        opener = doc[opener.i + 1]  # the comma the parser hangs on the clause's verb
    if opener.lower_ != "wo" or opener.i < 2 or doc[opener.i - 1].text != ",":
        return []
    name_end = doc[opener.i - 2].idx + len(doc[opener.i - 2])
    return [m for m in in_sentence if m.end == name_end and m.source == "text"][:1]


def _in_source_phrase(doc: Doc, mention: PlaceMention) -> bool:
    """Whether the place phrase ends a source adverbial (nach Angaben der Armee in Bangkok,
    laut dem Militär in Kiew, nach Polizeiangaben in Kairo): it tells where the source sits.
    The words between the source's preposition and the place are its genitive chain."""
    preposition = _locative_preposition(doc, mention)
    if preposition is None:
        return False
    source = False
    for i in range(preposition.i - 1, max(preposition.i - 1 - SOURCE_WINDOW, -1), -1):
        word = doc[i]
        if word.lower_ == "laut":
            return True
        if word.lower_ == "nach":
            return source
        if word.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
            return False
        source = source or (word.pos_ == "NOUN" and _is_source_noun(word.text))
    return False


def _is_source_noun(word: str) -> bool:
    return load_lexicon().source_noun(word) is not None


def _at_sea(doc: Doc, trigger: int) -> bool:
    """Whether the trigger's clause puts the event at sea (griff im Roten Meer ein Schiff
    an, im Schwarzen Meer versenkt, in der Ostsee): the sea lies in no state, so neither
    the paragraph's scene nor the dateline city is where it happened."""
    span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if span is None:
        return False
    own = _governing_verb(span[0])
    seas, sea_endings = place_words().seas, place_words().sea_endings
    for token in own.sent:
        if _lemma(token) not in seas and not _lemma(token).endswith(sea_endings):
            continue
        before = token.i - 1  # im Roten Meer: the parser may hang *im* on the adjective
        while before > own.sent.start and doc[before].pos_ in ("ADJ", "DET"):
            before -= 1
        if doc[before].lower_ not in AT_SEA:
            continue
        head = token.head if token.dep_ != "ROOT" else token
        if head in (own, span[0]) or _governing_verb(token) in (own, span[0]):
            return True
    return False


def _exile_statement(
    doc: Doc, event: Event, in_sentence: list[PlaceMention]
) -> tuple[str, Place | None] | None:
    """A speaker in exile (das tibetische Exilparlament im indischen Dharamshala erklärte,
    im Exil lebende Uiguren weisen zurück) speaks from the place its own phrase names, else
    from no place the text gives: never at home, where the story is set. None when the
    speaker is not in exile."""
    speaker = _subject_tokens(doc, event)
    texts = [a.text or "" for a in event.actor] + [t.text for t in speaker]
    if not any("exil" in text.lower() for text in texts):
        return None
    starts = {t.idx for t in speaker}
    for mention in in_sentence:
        span = _span(doc, mention)
        if span is not None and span[0].idx in starts and _is_locative(doc, mention):
            return "exile", to_place(mention)
    return "exile", None


def _subject_tokens(doc: Doc, event: Event) -> list[Token]:
    """The tokens of the subject of the trigger's clause (its whole phrase)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return []
    verb = _governing_verb(span[0])
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return [t for s in subjects for t in s.subtree]


def _seats(event: Event, gazetteer: Gazetteer) -> frozenset[str]:
    """The cities the event's organisations sit in (the UN in Genf, the EU in Brüssel)."""
    seats = gazetteer.kb.seats if gazetteer.kb is not None else {}
    return frozenset(city for p in event.actor for city in seats.get(p.code or "", ()))


def _place_statement(
    doc: Doc,
    event: Event,
    sentence: Span | None,
    mentions: list[PlaceMention],
    seats: frozenset[str] = frozenset(),
) -> tuple[str, Place | None]:
    """A statement the text does not place: the dateline (the guideline), else the scene or
    the article's setting when the speaker belongs to that place's state. A state's own
    government, parties or protesters speak at home in a story set there (Auch sie forderten
    den Rücktritt der Regierung, in Bangkok); a foreign reaction (Frankreich und die
    Vereinigten Staaten haben das Vorgehen kritisiert) is made elsewhere, and where, the text
    does not say."""
    titled = _title_place_of_lead(doc, sentence, mentions)
    if titled is not None:
        return "title", to_place(titled)
    dateline = _statement_dateline(doc, event, mentions, seats)
    if dateline is not None:
        return "dateline", to_place(dateline)
    return _at_home(doc, event, sentence, mentions)


def _title_place_of_lead(
    doc: Doc, sentence: Span | None, mentions: list[PlaceMention]
) -> PlaceMention | None:
    """The city the title puts its story at (Pakistan und Afghanistan vereinbaren in Doha
    Waffenruhe), for a statement of the lead: a news title sums up the lead, so the lead's
    statement (… haben eine sofortige Waffenruhe vereinbart) was made there, which the
    dateline (Islamabad/Kabul) need not be."""
    lead = lead_sentence(doc)
    if sentence is None or lead is None or sentence.start_char != lead.start_char:
        return None
    return next(
        (m for m in mentions
         if m.source == "title" and not m.is_dateline and m.resolved is not None
         and m.resolved.precision == "point"),
        None,
    )  # fmt: skip


def _statement_dateline(
    doc: Doc, event: Event, mentions: list[PlaceMention], seats: frozenset[str] = frozenset()
) -> PlaceMention | None:
    """The dateline place a statement is made at: the dateline place only for speakers who
    are there (the guideline). A double dateline of two states (Pristina/Belgrad, Baku/
    Eriwan (AFP) -) reports from both sides: each side speaks from its own place. A speaker
    of no dateline state (Caracas (dpa) - … Die EU forderte, Russland und China gratulierten)
    reacts from abroad, unless the lead reports a summit or a visit there (Washington (dpa) -
    … beim Nato-Gipfel; Peking (AFP) - … zum Abschluss seines Besuchs in China) or the title
    names the dateline city (Putin in Peking). An organisation speaks from its seat (Genf
    (dpa) - Der UN-Menschenrechtsrat …, Brüssel (AFP) - Die EU-Kommission …)."""
    datelines = [m for m in mentions if _datelines_a_statement(m)]
    codes = {actor.code for actor in event.actor}
    side = next(
        (m for m in datelines
         if m.resolved and (m.resolved.country in codes or m.text in seats)),
        None,
    )  # fmt: skip
    countries = {m.resolved.country for m in datelines if m.resolved is not None}
    if side is not None or len(countries) != 1:
        return side
    there = _lead_meets(doc, datelines[0]) or _title_names(doc, datelines[0])
    return datelines[0] if there else None


def _title_names(doc: Doc, dateline: PlaceMention) -> bool:
    """A title that names the dateline city (Putin in Peking, Blinken trifft Xi in Peking)
    says the story's subject is there."""
    title = doc._.meta.title or ""
    return (
        dateline.source == "dateline"
        and re.search(rf"\b{re.escape(dateline.text)}\b", title) is not None
    )


def _lead_meets(doc: Doc, dateline: PlaceMention) -> bool:
    """Whether the lead, the paragraph the dateline opens (a title's place: the article's
    first paragraph), reports a meeting or a visit (… zum Auftakt des Gipfels in Washington)."""
    start = dateline.start if dateline.source == "dateline" and dateline.start else 0
    span = doc.char_span(start, start + 1, alignment_mode="expand") if len(doc) else None
    if span is None:
        return False
    for token in doc[span[0].i :]:
        if _is_meeting_word(token):
            return True
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            return False
    return False


def _opened_by_dateline(doc: Doc, start: int) -> int:
    """A sentence's start, moved back to the text's start for the lead the dateline opens,
    so the dateline's place counts as the lead's (it is a sentence of its own)."""
    dateline = doc._.meta.dateline
    if dateline is None or not 0 < dateline.end <= start:
        return start
    lead = lead_sentence(doc)
    return dateline.start if lead is not None and lead.start_char == start else start


def _dateline_city_within(
    doc: Doc, found: PlaceMention, event: Event, mentions: list[PlaceMention], start: int, end: int
) -> PlaceMention | None:
    """The dateline city in place of its state in the lead (Peking (AFP) - Blinken ist zum
    Abschluss seines Besuchs in China von Xi empfangen worden; Libreville (AFP) - Im
    zentralafrikanischen Gabun hat das Militär die Macht übernommen): the lead sums up what
    happened where the reporter is, the most specific place the text supports. Not for
    attacks and troop moves, which a capital's reporter covers across the country."""
    resolved = found.resolved
    if resolved is None or resolved.precision != "country" or event.type in SPREAD_ACROSS:
        return None
    if found.settlement or _many_places_of(doc, found):
        return None  # im syrischen Dorf X, in mehreren Städten Venezuelas: not the dateline's
    return next(
        (m for m in mentions
         if m.source == "dateline" and m.start is not None and start <= m.start < end
         and m.resolved is not None and m.resolved.precision == "point"
         and m.resolved.country == resolved.country),
        None,
    )  # fmt: skip


def _many_places_of(doc: Doc, mention: PlaceMention) -> bool:
    """A state in the genitive after a plural of places or parts (in mehreren Städten
    Venezuelas, in weiten Teilen Syriens, in zahlreichen Provinzen des Irans is not read):
    the text says the event happened in many places of it, not in one city."""
    span = _span(doc, mention)
    if span is None or span.start == 0:
        return False
    return doc[span.start - 1].lower_.removesuffix("n").endswith(PLACES_PLURAL)


def _at_home(
    doc: Doc,
    event: Event,
    sentence: Span | None,
    mentions: list[PlaceMention],
    seats: frozenset[str] = frozenset(),
) -> tuple[str, Place | None]:
    """The paragraph's scene, else the article's setting, when the actor belongs to that
    place's state or the place is the seat of the acting organisation (``seats``: Brüssel
    (dpa) - Die EU hat Sanktionen gegen Belarus beschlossen; an organisation decides where
    its organs meet, as a government at home); else no place."""
    codes = {actor.code for actor in event.actor}
    for rule, found in (("scene", _scene(doc, sentence, mentions, adverbial=True)),
                        ("setting", article_setting(doc, mentions))):  # fmt: skip
        if found is not None:
            at_home = found.resolved is not None and found.resolved.country in codes
            at_home = at_home or found.text in seats
            there = at_home or (rule == "scene" and _hosts_meeting(doc, found))
            return (rule, to_place(found)) if there else ("none", None)
    return "none", None


def _hosts_meeting(doc: Doc, mention: PlaceMention) -> bool:
    """Whether the place phrase puts a meeting or visit there (auf der in München
    stattfindenden Sicherheitskonferenz, am Vorbereitungstreffen in Dakar, trafen sich in
    Brüssel, eine Konferenz findet in Rabat statt): those who speak or decide in the scene
    of a meeting do so at the meeting, wherever they come from."""
    preposition = _locative_preposition(doc, mention)
    if preposition is None or _planned(_governing_verb(preposition)):
        return False
    head = preposition.head.head if preposition.dep_ == "case" else preposition.head
    for _ in range(2):  # the phrase's head, or the noun a participle describes
        if _is_meeting_word(head) or any(
            c.dep_ in ("nsubj", "nsubj:pass") and _is_meeting_word(c) for c in head.children
        ):
            return True
        if not (head.pos_ == "ADJ" or _is_verb(head)) or head.head == head:
            return False
        head = head.head
    return False


def _planned(verb: Token) -> bool:
    """A meeting still to come or called off (Solana will sich in Kinshasa treffen, die
    Konferenz soll in Washington stattfinden, der geplante Gipfel wird abgesagt) is no
    scene anyone spoke at yet."""
    words = [verb, *verb.children]
    return any(_lemma(w) in PLANNED for w in words) or any(
        _lemma(w) in PLANNED for w in verb.subtree if w.tag_ in ("ADJA", "VVPP")
    )


def _signed_together(verb: Token) -> bool:
    """Whether a plural subject signs (beide Seiten unterzeichneten, die Außenminister haben
    unterschrieben): the finite verb, or the subject itself, is plural."""
    finite = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any("Plur" in morph_values(w, "Number") for w in (*finite, *subjects))


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _is_meeting_word(token: Token) -> bool:
    """A meeting verb, or a meeting noun that says where or when something happened (auf
    der Konferenz, beim Treffen, am Gipfel), not one that bounds a time (bis zum Gipfel,
    vor dem Treffen)."""
    lemma = _lemma(token)
    if _is_verb(token):
        words = place_words()
        return lemma in words.meeting_verbs or (
            lemma in words.signing_verbs and _signed_together(token)
        )
    if token.pos_ not in ("NOUN", "PROPN") or not lemma.endswith(place_words().meetings):
        return False
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    return not cases or cases[0] in AT_MEETING


def _seat_of_actor(doc: Doc, mention: PlaceMention, event: Event) -> bool:
    """A place naming the seat of the court or police that acts: German names these
    authorities after their seat (vom Amtsgericht Wolfsburg verurteilt, die Polizei Hamburg
    nahm fest), and they act there. The authority must be the subject or agent of the
    trigger, or one of the event's actors. (Statements, a prosecutor's charges among them,
    follow the rules for statements.)"""
    span = _span(doc, mention)
    if span is None:
        return False
    authority = _seated_authority(doc, mention, span)
    if authority is None:
        return False
    if authority.dep_ in AGENTS and authority.head.idx == event.trigger.start:
        return True
    # the actor may be the authority or, when the coder took the seat for it, the seat
    return any(
        a.start is not None and a.end is not None
        and (a.start <= authority.idx < a.end or a.start <= span.start_char < a.end)
        for a in event.actor
    )  # fmt: skip


def _court_of_actor(event: Event, gazetteer: Gazetteer) -> Place | None:
    """A court whose seat its name does not say acts at its seat: it rules, charges and
    issues warrants there (das Bundesverfassungsgericht entschied: Karlsruhe; der
    Internationale Strafgerichtshof erließ Haftbefehl: Den Haag), whoever it speaks to."""
    for actor in event.actor:
        seat = gazetteer.seat_of_court(actor.text) if actor.text else None
        if seat is not None:
            return _place(seat, actor.text, actor.start, actor.end, "text", seat.name)
    return None


def _seated_authority(doc: Doc, mention: PlaceMention, span: Span) -> Token | None:
    """The authority a seat names: after it (Amtsgericht Wolfsburg, Polizei Hamburg), or
    named by its adjective before it (Münchner Polizei, Hamburger Landgericht, die
    niedersächsische Landesregierung)."""
    if mention.seat_adjective:
        return doc[span.end] if span.end < len(doc) else None
    if mention.adjective:
        after = doc[span.end] if span.end < len(doc) else None
        seated = after is not None and after.lower_.endswith(place_words().seated_authorities)
        return after if seated and after is not None and after.pos_ == "NOUN" else None
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "von" and span.start > 1:
        before = doc[span.start - 2]  # die Polizei von Rio de Janeiro: as Polizei Hamburg
    authorities = place_words().seated_authorities
    if before is None or not before.lower_.endswith(authorities) or before.pos_ != "NOUN":
        return None
    return before


def _span(doc: Doc, mention: PlaceMention) -> Span | None:
    if mention.start is None or mention.end is None:
        return None
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _datelines_a_statement(mention: PlaceMention) -> bool:
    """A dateline (Ortsmarke) names the city reported from; a state before the title's
    colon (Bulgarien: …) is the story's rubric, not where a statement was made."""
    if not mention.is_dateline or mention.resolved is None:
        return False
    return mention.source == "dateline" or mention.resolved.precision == "point"


def is_speech_act(event: Event) -> bool:
    """A statement (verbal quad classes); a meeting (CONSULT) happens at a place."""
    return event.quad in VERBAL_QUADS and event.type != "CONSULT"


def _is_verb(token: Token) -> bool:
    """A verb by its part of speech or, where the two disagree, by its fine tag: the
    tagger's STTS tag is right more often on finite verbs (schloss: VVFIN, but ADP)."""
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("V")


def _governing_verb(token: Token) -> Token:
    while not _is_verb(token) and token.head != token:
        token = token.head
    # a phrase the parser hangs on an auxiliary (waren vor einem Duisburger Restaurant …
    # erschossen worden) belongs to the clause of the auxiliary's main verb
    while token.dep_ in ("aux", "aux:pass", "cop") and token.head != token:
        token = token.head
    return token


def _in_clause_of(doc: Doc, mention: PlaceMention, trigger: int) -> bool:
    """A place in a clause of its own (eine Lehrerin, die in Teheran festgenommen wurde)
    is not where the predicate's event happened; one in the main clause above still is."""
    preposition = _locative_preposition(doc, mention)
    trigger_span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if preposition is None or trigger_span is None:
        return False
    verb = _governing_verb(preposition)
    trigger_token = trigger_span[0]
    own = _governing_verb(trigger_token)
    return verb in (own, trigger_token) or verb.is_ancestor(trigger_token)


def _scene(
    doc: Doc, sentence: Span | None, mentions: list[PlaceMention], adverbial: bool = False
) -> PlaceMention | None:
    """The scene carries over: the last place the paragraph put something at before this
    sentence (In Sofia demonstrierten … Über 140 Personen wurden festgenommen)."""
    if sentence is None:
        return None
    start, paragraph = sentence.start_char, 0
    for i in range(sentence.start - 1, -1, -1):
        if "\n" in doc[i].whitespace_ or doc[i].is_space:
            paragraph = doc[i].idx
            break
    before = [
        m for m in mentions
        if m.resolved is not None and m.start is not None and paragraph <= m.start < start
        and _is_locative(doc, m) and (not adverbial or _where_said(doc, m, -1))
    ]  # fmt: skip
    # im Flüchtlingslager Dschenin im nördlichen Westjordanland: the last phrase says where
    # the place before it lies, and the scene is that more specific place
    return _described_place(doc, before[-1], before) if before else None


def _rank(mention: PlaceMention) -> int:
    order = {"point": 0, "admin1": 1, "country": 2}
    return order[mention.resolved.precision] if mention.resolved else 3


def _is_locative(doc: Doc, mention: PlaceMention) -> bool:
    return _locative_preposition(doc, mention) is not None


def _locative_preposition(doc: Doc, mention: PlaceMention) -> Token | None:
    if mention.start is None or mention.end is None:
        return None
    span: Span | None = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    i, stop = span.start - 1, max(span.start - 1 - LOCATIVE_WINDOW, -1)
    while i > stop:
        token = doc[i]
        opening = _attribute_opening(doc, token)
        if opening is not None:  # auf der 2014 annektierten Krim: skip the attribute
            i, stop = opening, max(opening - LOCATIVE_WINDOW, -1)
            continue
        i -= 1
        if token.lower_ in LOCATIVE or _dative_auf(doc, token):
            return None if _not_a_place_an(doc, token) else token
        if token.lower_ == "während" and span[-1].lower_.endswith(place_words().visits):
            return token  # während seines Japanbesuches: at the visit, as bei seinem Besuch
        if token.lower_ == "von":
            return _area_preposition(doc, token)
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
            return None
        if token.like_num or token.text[:1].isdigit():
            return None  # a date (am 24. März Russland ausgeschlossen): a time, not a place
        if mention.adjective and token.pos_ in ("NOUN", "PROPN"):
            return None  # in einem Bericht der Salzburger Nachrichten: not in Salzburg
        if _new_noun_phrase(doc, token):
            return None  # in einer Ansprache die Regierung Israels: not in Israel
        if token.ent_type_ == "LOC":
            return None  # in Peking China aufgerufen: the preposition is Peking's
    return None


def _attribute_opening(doc: Doc, adjective: Token) -> int | None:
    """The article or fused preposition that opens an extended attribute ending in this
    participle or adjective (auf der 2014 annektierten Krim, in der von Russland besetzten
    Region Cherson, in der seit Monaten umkämpften Stadt Pokrowsk, im von Rebellen
    gehaltenen Osten): German puts a whole phrase between the article and its noun, so the
    dates, prepositions and names inside it do not end the place phrase. None when the
    word does not close such an attribute (an adjective right after its article, or no
    article of a place phrase before it)."""
    if adjective.tag_ != "ADJA" or adjective.i < 2 or doc[adjective.i - 1].pos_ == "DET":
        return None  # in dem Nachbarland der Demokratischen Republik: the adjective's own article
    if adjective.like_num or adjective.text[:1].isdigit():
        return None  # am 24. März: an ordinal of a date
    fused: int | None = None
    for j in range(adjective.i - 2, max(adjective.i - 2 - ATTRIBUTE_WINDOW, 0), -1):
        word = doc[j]
        if word.is_punct or word.tag_ in FINITE_TAGS or word.pos_ in ("SCONJ", "CCONJ"):
            break
        # the attribute opens the phrase: a noun right after the article is the phrase's head
        opens = doc[j + 1].pos_ not in ("NOUN", "PROPN")
        before = doc[j - 1]
        if (
            word.lower_ in DATIVE_ARTICLES
            and word.pos_ == "DET"
            and opens
            and (before.lower_ in LOCATIVE or _dative_auf(doc, before))
        ):
            return j
        if fused is None and word.lower_ in FUSED_LOCATIVES and opens:
            fused = j  # im von Rebellen gehaltenen Osten: the scan goes on at *im*
        elif word.lower_ in LOCATIVE:
            break  # beim Gipfel in Den Haag am 24. März: a place phrase of its own ends it
    return fused


def _new_noun_phrase(doc: Doc, token: Token) -> bool:
    """An article no genitive takes (die, das, den, dem, ein, einen, einem) right after a
    noun opens a noun phrase of its own (in einer Fernsehansprache | die Regierung Israels):
    a preposition before it governs the first phrase, not a place after the second. A
    genitive chain stays one phrase (in der Nähe der Stadt X, in den Straßen der Hauptstadt)."""
    before = doc[token.i - 1] if token.i > 0 else None
    return (
        token.lower_ in NON_GENITIVE_ARTICLES and token.pos_ == "DET"
        and before is not None and before.pos_ in ("NOUN", "PROPN")
    )  # fmt: skip


def _accusative_an(doc: Doc, preposition: Token) -> bool:
    """*an* with the accusative (an die Ukraine, an das Land) names a recipient or a goal
    (Lieferungen an die Ukraine, appellierte an die Türkei), not where something happens:
    *die* and *das* are never dative, so the place phrase is *an der*, *am*. Nor is *an*
    before a bare name (Waffenlieferungen an Taiwan, grenzt an Polen, appellierte an
    Moskau): what German puts things *an* (a border, coast, river, lake, front) it names
    with an article, and a city or state without one is where things go, not where they are."""
    following = doc[preposition.i + 1] if preposition.i + 1 < len(doc) else None
    return (
        preposition.lower_ == "an" and following is not None
        and (following.lower_ in ("die", "das") or following.pos_ == "PROPN")
    )  # fmt: skip


def _not_a_place_an(doc: Doc, preposition: Token) -> bool:
    """*an* naming a goal, a noun's argument or an idiom's genitive, not a place."""
    return (
        _accusative_an(doc, preposition) or _argument_an(doc, preposition)
        or _figurative_an(doc, preposition)
    )  # fmt: skip


def _figurative_an(doc: Doc, preposition: Token) -> bool:
    """*an der Seite* + a genitive or *von* (Deutschland steht an der Seite der Ukraine,
    Soldaten kämpfen an der Seite Russlands), *an der Stelle*, *an der Spitze*: an idiom of
    support, substitution or leadership whose genitive is no place the event is at."""
    if preposition.lower_ != "an" or preposition.i + 2 >= len(doc):
        return False
    article, noun = doc[preposition.i + 1], doc[preposition.i + 2]
    return article.lower_ == "der" and noun.lower_ in place_words().an_figurative_nouns


def _argument_an(doc: Doc, preposition: Token) -> bool:
    """*an* after a noun that takes it as its argument (Kritik an der Ukraine, Interesse am
    Iran, Zweifel an der Regierung, Beteiligung an der Mission): what the noun is about, not
    a place; in the Bundestag speeches every *Kritik/Interesse/Zweifel an der/dem X* is so."""
    if preposition.lower_ not in ("an", "am") or preposition.i == 0:
        return False
    noun = doc[preposition.i - 1]
    nouns = place_words().an_argument_nouns
    return _lemma(noun) in nouns or noun.lower_ in nouns


def _area_preposition(doc: Doc, von: Token) -> Token | None:
    """*von X* after a part or the surroundings of X is a place phrase: in der Nähe von
    Turpan, im Westen von Xinjiang, nördlich von Bagdad, unweit von Kabul. The phrase's own
    locative (in, im) or adverb stands for it; any other *von* is no locative (der
    Bürgermeister von Rom, die Anschläge von Bali)."""
    if von.i == 0:
        return None
    area = doc[von.i - 1]
    if area.lower_ in place_words().area_adverbs:
        return area
    if area.lower_ not in place_words().area_nouns:
        return None
    for i in range(von.i - 2, max(von.i - 4, -1), -1):
        if doc[i].lower_ in LOCATIVE:
            return doc[i]
        if doc[i].lower_ not in ("der", "dem", "des"):
            return None
    return None


def _dative_auf(doc: Doc, token: Token) -> bool:
    """*auf* with the dative is a place (auf der Krim, auf der Insel Margarita, auf dem
    Tahrir-Platz), with the accusative a target or direction (Angriff auf die Ukraine): the
    article after it shows the case, as auf + genitive does not exist."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ != "auf" or following is None:
        return False
    if following.lower_ in DATIVE:
        return True
    # *den* is the dative plural as well (auf den Golanhöhen, auf den Philippinen) as the
    # masculine accusative (Angriff auf den Irak, auf den Flughafen): the model's case and
    # number of the article, or of the word after it, tell them apart
    return following.lower_ == "den" and any(
        _dative_plural(word) for word in doc[following.i : following.i + 2]
    )


def _dative_plural(word: Token) -> bool:
    return "Dat" in word.morph.get("Case") and "Plur" in word.morph.get("Number")


def _attachment(doc: Doc, mention: PlaceMention, trigger: int) -> int:
    """0 when the place phrase hangs on the trigger or a verb (traf sich in Ankara), 1 when
    it describes another noun (eine Mission in der Demokratischen Republik Kongo)."""
    preposition = _locative_preposition(doc, mention)
    if preposition is None:
        return 1
    # the preposition is the `case` of the place phrase; what that phrase hangs on decides
    phrase = preposition.head if preposition.dep_ == "case" else preposition
    head = phrase.head
    return 0 if head.idx == trigger or _is_verb(head) or head == phrase else 1


def _where_said(doc: Doc, mention: PlaceMention, trigger: int) -> bool:
    """Whether a place tells where a statement was made: it hangs on the verb (sagte in
    Brüssel) or on an adverbial of the verb (auf einer Pressekonferenz in Berlin, bei
    einem Besuch in Bagdad). A place describing an object is what the statement is about
    (forderte ein Ende der Mission im Sudan, die Korruption in Bulgarien)."""
    if not _attachment(doc, mention, trigger):
        # a scene's phrase (trigger -1) is no statement's: das Lager in Aileu is where it was
        return trigger < 0 or not _after_topic(doc, mention)
    preposition = _locative_preposition(doc, mention)
    if preposition is None or preposition.dep_ != "case":
        return False
    noun = preposition.head.head  # the noun the place phrase describes
    if _genitive_meeting(noun):  # am Rande eines Treffens in Neu-Delhi: the Rand's place
        noun = noun.head
    elif _is_topic(noun):  # rief zum Frieden in der Ukraine auf: what the call is about
        return False
    adverbial = any(child.dep_ == "case" for child in noun.children)
    if adverbial and (noun.head.idx == trigger or _is_verb(noun.head)):
        return True
    return _on_occasion(noun, trigger)


def _on_occasion(noun: Token, trigger: int) -> bool:
    """A place phrase deeper in an adverbial of a meeting or speech (bei einer Rede vor der
    UN-Vollversammlung in New York, bei seinem Treffen mit Netanjahu in Jerusalem): the
    occasion's place is where the statement was made; a topic on the way (bei Gesprächen
    über die Lage in Syrien) is what was spoken of."""
    for _ in range(2):
        if noun.dep_ != "nmod" or noun.head.pos_ != "NOUN" or noun.head.i > noun.i:
            return False
        noun = noun.head
        if _is_topic(noun):
            return False
        adverbial = any(child.dep_ == "case" for child in noun.children)
        if adverbial and (noun.head.idx == trigger or _is_verb(noun.head)):
            # after the talks the speaker is still there; before them, not yet
            cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
            at = cases[0] in (*AT_MEETING, "nach")
            words = place_words()
            return at and _lemma(noun).endswith((*words.meetings, *words.speech_occasions))
    return False


def _genitive_meeting(noun: Token) -> bool:
    """A meeting in the genitive of an adverbial (am Rande eines Treffens, zum Abschluss
    des Gipfels, zu Beginn der Konferenz): its place is where the adverbial puts the
    statement. Only a meeting: other genitives are what is spoken of (warnte vor der
    Eskalation des Konflikts in Nahost)."""
    if noun.dep_ != "nmod" or noun.head.pos_ != "NOUN" or noun.head == noun:
        return False
    genitive = not any(child.dep_ == "case" for child in noun.children)
    lemma = _lemma(noun)  # the genitive's -s, -es where the lemmatiser kept it (Gipfels)
    forms = (lemma, lemma.removesuffix("s"), lemma.removesuffix("es"))
    meetings = place_words().meetings
    return genitive and noun.pos_ == "NOUN" and any(f.endswith(meetings) for f in forms)


# what a statement is about or blames: "über die Lage", "für sein Vorgehen", "wegen der Gewalt",
# "gegen die Offensive", "zu den Kämpfen" (a place after them describes that, not the speaker)
TOPIC_PREPOSITIONS = frozenset(
    {"über", "für", "wegen", "gegen", "zu", "zum", "zur", "übers", "fürs"}
)  # with their fused forms: rief zum Frieden in der Ukraine auf


def _after_topic(doc: Doc, mention: PlaceMention) -> bool:
    """A place phrase right after the object or the *über* phrase of a statement describes
    what was said (äußerte Besorgnis über Menschenrechtsverletzungen in Xinjiang), however
    the parser attaches it: German puts where a statement was made before its object
    (äußerte in Peking Besorgnis über …)."""
    if mention.institution:
        # kritisierte Russland in der UN-Vollversammlung, im Bundestag: a body in session
        # is where one speaks, not what one speaks of
        return False
    noun = _noun_before_place(doc, mention)
    return noun is not None and (noun.dep_ == "obj" or _is_topic(noun))


def _after_protested(doc: Doc, mention: PlaceMention) -> bool:
    """A place phrase right after what a protest is against or for (Protest gegen eine
    Koranverbrennung in Schweden, Demonstrationen für die Freilassung der Gefangenen in
    Israel): it says where that is, not where the protest is. Not the object's place
    (stürmten die Botschaft in Bagdad), which is where the protesters are."""
    noun = _noun_before_place(doc, mention)
    return noun is not None and any(
        c.dep_ == "case" and c.lower_ in ("gegen", "für") for c in noun.children
    )


def _noun_before_place(doc: Doc, mention: PlaceMention) -> Token | None:
    """The noun the place phrase follows (Besorgnis über Menschenrechtsverletzungen | in
    Xinjiang), taken up to the noun a genitive describes (zum Schutz der Zivilisten | in
    Gaza: Schutz); None when the phrase opens the text or follows no noun."""
    preposition = _locative_preposition(doc, mention)
    if preposition is None or preposition.i == 0:
        return None
    noun = doc[preposition.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while _genitive_of_noun(noun):
        noun = noun.head
    return noun


def _genitive_of_noun(noun: Token) -> bool:
    genitive = not any(child.dep_ == "case" for child in noun.children)
    return genitive and noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i


def _is_topic(noun: Token) -> bool:
    """A noun opened by a preposition of what a statement is about (über, für, zum)."""
    return any(c.dep_ == "case" and c.lower_ in TOPIC_PREPOSITIONS for c in noun.children)


def _said_from(doc: Doc, mention: PlaceMention, trigger: int) -> bool:
    """*aus X* on the verb of saying tells where a statement came from (ließ ein Sprecher
    aus Washington verlauten, meldete aus Kairo, aus Moskau hieß es): on the trigger's own
    verb, or on the frame verb of the quotation the trigger stands in (its sibling under
    the same head, as the parser attaches *ließ … verlauten*). On a noun it is an origin
    (Truppen aus Deutschland), not a place of speaking."""
    found = _preposition_of(doc, mention, trigger, "aus")
    if found is None or not _is_verb(found[0].head.head):
        return False
    preposition, trigger_token = found
    verb = preposition.head.head
    own = _governing_verb(trigger_token)
    reported = own.dep_ in ("ccomp", "parataxis")  # the clause a frame verb reports
    frame = reported and (own.head == verb or (verb.head == own.head and verb != own.head))
    return verb == own or frame


def _travelled_to(doc: Doc, mention: PlaceMention, trigger: int) -> bool:
    """*nach X* on the verb of a visit (ist zu Gesprächen nach Peking gereist, reiste nach
    Tiflis weiter, brach nach Kiew auf): a journey's destination is where the visit takes
    place, not the dateline the traveller left from (Berlin (dpa) - Baerbock ist …)."""
    found = _preposition_of(doc, mention, trigger, "nach")
    if found is None:
        return _sent_onto(doc, mention, trigger)
    preposition, trigger_token = found
    head = preposition.head.head
    if not _is_verb(head) and head.lower_.endswith((*place_words().visits, "flug", "fahrt")):
        return False  # a journey noun's own goal: sagte eine Reise nach Rom ab
    return _governing_verb(preposition.head) == _governing_verb(trigger_token)


def _sent_onto(doc: Doc, mention: PlaceMention, trigger: int) -> bool:
    """*auf* with the accusative on the verb of a deployment or journey (verlegte Truppen
    auf die Krim, schickte Soldaten auf die Insel Lampedusa, reiste auf die Philippinen):
    German names a destination on an island or peninsula so, as *nach X* elsewhere; *auf
    der Krim* (dative) is a place already. Only on the verb itself: *mit Blick auf die
    Krim*, *Angriffe auf die Krim* name no destination."""
    span = _span(doc, mention)
    trigger_span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if span is None or trigger_span is None:
        return False
    phrase = span.root
    if phrase.dep_ in ("appos", "flat", "nk") and phrase.head.i < phrase.i:
        phrase = phrase.head  # auf die Insel Lampedusa: the kind noun heads the phrase
    words = {c.lower_: c for c in phrase.children if c.dep_ in ("case", "det")}
    if "aufs" not in words and not ("auf" in words and ({"die", "das"} & words.keys())):
        return False
    verb = _governing_verb(trigger_span[0])
    return _is_verb(phrase.head) and _governing_verb(phrase.head) == verb


def _preposition_of(
    doc: Doc, mention: PlaceMention, trigger: int, word: str
) -> tuple[Token, Token] | None:
    """The preposition *word* right before the place, as its case marker, with the trigger's
    token; None when the place has no such preposition."""
    span = _span(doc, mention)
    trigger_span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if span is None or trigger_span is None or span.start == 0:
        return None
    preposition = doc[span.start - 1]
    if preposition.lower_ != word or preposition.dep_ != "case":
        return None
    return preposition, trigger_span[0]


def _said_next(doc: Doc, event: Event, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The place the next sentence of the paragraph says the statement was made at: agency
    copy reports a statement, then quotes it with its place (Scholz verurteilte den Angriff.
    Der Iran riskiere …, sagte der SPD-Politiker in Berlin; Tusk kündigte an, … . Polen werde
    keine Migranten aufnehmen, sagte er in Warschau). The verb of saying's subject must refer
    back to the speaker: a personal pronoun, a noun with the definite article (der
    SPD-Politiker), or a name from the speaker's own phrase (sagte Biden im Weißen Haus)."""
    last = doc.char_span(event.sentence.end - 1, event.sentence.end, alignment_mode="expand")
    if last is None or last[-1].sent.end >= len(doc):
        return []
    sentence = last[-1].sent
    if "\n" in doc[sentence.end - 1].whitespace_ or doc[sentence.end].is_space:
        return []  # a new paragraph
    following = doc[sentence.end].sent
    speaker = " ".join(a.text or "" for a in event.actor)
    saying = place_words().saying_verbs
    for verb in following:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if _lemma(verb) not in saying or not _is_verb(verb) or not subjects:
            continue
        if not _refers_back(subjects[0], speaker):
            continue
        return [
            m for m in mentions
            if m.resolved is not None and m.start is not None
            and following.start_char <= m.start < following.end_char
            and _is_locative(doc, m) and _where_said(doc, m, verb.idx)
        ]  # fmt: skip
    return []


def _meeting_referred_to(
    doc: Doc, sentence: Span | None, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """A meeting named again by a definite or demonstrative article (An diesen Gesprächen
    werden die Außenminister teilnehmen; Selenskyj nahm an dem Treffen teil; auf der
    Migrationskonferenz) is one the text named before, and it takes place where the text put
    it (ein Treffen in Wien ist geplant; bei ihrem Gipfel in Apulien): the meeting of the same
    name, else (and always after *dies-*) the last meeting of this paragraph or the one
    before. Whether that meeting is still to come does not matter here."""
    if sentence is None:
        return []
    referring = next((t for t in sentence if _refers_to_meeting(t)), None)
    if referring is None:
        return []
    told = [
        (meeting, m) for m in mentions
        if m.resolved is not None and m.start is not None and m.source == "text"
        and m.start < sentence.start_char
        for meeting in [_meeting_of(doc, m)] if meeting is not None
    ]  # fmt: skip
    demonstrative = any(c.lower_.startswith("dies") for c in referring.children)
    same = [m for meeting, m in told if _lemma(meeting) == _lemma(referring)]
    if same and not demonstrative:
        return same[-1:]
    paragraphs, opening = 0, sentence.start
    while opening > 0 and paragraphs < 2:
        opening -= 1
        paragraphs += "\n" in doc[opening].whitespace_ or doc[opening].is_space
    return [m for meeting, m in told if meeting.i >= opening][-1:]


def _meeting_of(doc: Doc, mention: PlaceMention) -> Token | None:
    """The meeting noun a place phrase puts somewhere (ein Treffen in Wien, bei ihrem Gipfel
    in Apulien, in Rabat findet eine Konferenz statt), if any."""
    preposition = _locative_preposition(doc, mention)
    if preposition is None:
        return None
    head = preposition.head.head if preposition.dep_ == "case" else preposition.head
    if head.dep_ == "nmod" and _is_meeting_noun(head.head):
        head = head.head  # ein Treffen der Verhandlungspartner in Wien: the parser's nmod
    meeting = head if _is_meeting_noun(head) else None
    # the meeting is the verb's subject, or its object after *findet … statt*, which the
    # parser often reads so
    takes_place = any(c.dep_ == "compound:prt" and c.lower_ == "statt" for c in head.children)
    roles = ("nsubj", "nsubj:pass", "obj") if takes_place else ("nsubj", "nsubj:pass")
    if meeting is None and _is_verb(head):
        meeting = next(
            (c for c in head.children
             if c.dep_ in roles and _is_meeting_noun(c)),
            None,
        )  # fmt: skip
    return meeting


def _is_meeting_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and _lemma(token).endswith(place_words().meetings)


def _refers_to_meeting(token: Token) -> bool:
    """A meeting noun after *an/bei/auf* and a definite or demonstrative article (an dem
    Treffen, an diesen Gesprächen, bei der Konferenz), which names a meeting already told."""
    if not _is_meeting_noun(token):
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("case", "det")}
    return bool(words & {"an", "am", "bei", "beim", "auf"}) and bool(words & REFERRING)


def _said_after_arriving(
    doc: Doc, event: Event, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """A speaker the sentence before put at a place, speaking on as *er/sie* or named again
    (Baerbock ist zu Gesprächen in Kiew eingetroffen. Sie/Baerbock sagte der Ukraine weitere
    Hilfe zu; the name must be in that event's actor's words), or whom it sent there (ist
    nach Kiew gereist. Sie sagte …): the statement was made there, not at the dateline.
    Only a place on that sentence's main
    verb, in the same paragraph, whose event has the speaker among its actors (not: Der
    Iran hat in Teheran einen Deutschen festgenommen. Er forderte …)."""
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger is None:
        return []
    subjects = [c for c in _governing_verb(trigger[0]).children if c.dep_ == "nsubj"]
    subject = subjects[0] if subjects else None
    # er/sie, or the speaker's name again (… in Kiew eingetroffen. Scholz sagte …)
    pronoun = subject is not None and subject.tag_ == "PPER" and subject.lower_ in ("er", "sie")
    if subject is None or not (pronoun or subject.pos_ == "PROPN"):
        return []
    sentence = trigger[0].sent
    if sentence.start == 0 or "\n" in doc[sentence.start - 1].whitespace_:
        return []
    before = doc[sentence.start - 1].sent
    if doc[sentence.start - 1].is_space:
        return []  # a new paragraph
    # the pronoun continues the actor of that sentence's own event (Baerbock, DEU)
    codes = {a.code for a in event.actor if a.code}
    there = [e for e in doc._.events or [] if e.sentence.start == before.start_char]
    verb = before.root
    # the name again: the subject of that sentence's main verb bears it (Zuvor hatte Scholz
    # in Berlin den Handel verteidigt. Scholz forderte …), whether or not it coded an event
    named = (
        not pronoun
        and any(subject.text in (a.text or "").split() for a in event.actor)
        and any(
            subject.text == t.text for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
        )
    )
    # er/sie after a sentence whose main verb of saying has a singular speaker (teilte
    # Guterres in New York mit. Er begrüßte …): the pronoun goes on with that speaker
    reported = pronoun and _saying(verb) and _singular_speaker(verb)
    if (
        not named
        and not reported
        and not any(
            a.code in codes and (pronoun or subject.text in (a.text or "").split())
            for e in there
            for a in e.actor
        )
    ):
        return []
    return [
        m for m in mentions
        if m.resolved is not None and m.start is not None and m.source == "text"
        and before.start_char <= m.start < before.end_char
        and ((_is_locative(doc, m) and _attachment(doc, m, verb.idx) == 0
              and _in_clause_of(doc, m, verb.idx))
             or _travelled_to(doc, m, verb.idx))
    ][:1]  # fmt: skip


def _saying(verb: Token) -> bool:
    """Whether the verb is one of saying, with its separable particle (teilte … mit)."""
    lemma, prt = _lemma(verb), particle(verb)
    return (lemma if lemma.startswith(prt) else prt + lemma) in place_words().saying_verbs


def _singular_speaker(verb: Token) -> bool:
    """Whether the verb's subject is one person or body (a singular noun or name)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ in ("NOUN", "PROPN")
        and "Plur" not in morph_values(subject, "Number")
        and not any(c.dep_ == "conj" for c in subject.children)
    )


def _speaker_places(
    doc: Doc, trigger: int, in_sentence: list[PlaceMention], event: Event | None = None
) -> list[PlaceMention]:
    """A speaker named with the city it speaks from (ein Sprecher in Peking sagte, die
    US-Botschafterin in Manila verurteilte, die Regierung in Kiew erklärte): the city's
    phrase inside the subject of the statement's verb, when that subject is the event's
    actor (not: Die Regierung in Colombo muss die Steuern erhöhen, the IWF's demand) and the
    phrase is not in a clause of its own (die Regierung, die in Kiew tagte)."""
    trigger_span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if trigger_span is None:
        return []
    verb = _governing_verb(trigger_span[0])
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    subject = subjects[0]
    if event is not None and not any(
        a.start is not None and a.end is not None and a.start <= subject.idx < a.end
        for a in event.actor
    ):
        return []
    found = []
    for mention in in_sentence:
        city = mention.resolved is not None and mention.resolved.precision == "point"
        if not city or mention.institution:
            continue  # die UN-Mission in Libyen, der Fraktionschef im Landtag: a domain
        preposition = _locative_preposition(doc, mention)
        if preposition is None or preposition.lower_ not in ("in", "im"):
            continue
        inside = subject.left_edge.i <= preposition.i <= subject.right_edge.i
        if inside and preposition.i > subject.i and _governing_verb(preposition) == verb:
            found.append(mention)
    return found[:1]


def _where_speaker_stays(
    doc: Doc, event: Event, in_sentence: list[PlaceMention]
) -> list[PlaceMention]:
    """A speaker the subject's own clause or attribute puts somewhere speaks from there
    (Bolsonaro, der sich seit Dezember in Florida aufhält, wies zurück; die seit Jahren in
    Berlin lebende Journalistin warf dem Kreml vor): the text says where the speaker is, so
    not at the dateline the agency reports from. Only *in/im* + place on a verb of staying
    (sich aufhalten, sich befinden, weilen, leben, wohnen) that is a relative clause or
    participle of the statement verb's subject, and only when that subject is the event's
    actor (not: die Regierung, die sich in Colombo befindet, muss …, the IWF's demand)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return []
    verb = _governing_verb(span[0])
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _is_actor(subject, event):
        return []
    inside = {t.i for t in subject.subtree}
    for mention in in_sentence:
        preposition = _locative_preposition(doc, mention)
        if preposition is None or preposition.lower_ not in ("in", "im"):
            continue
        stay = preposition.head.head
        if stay.i in inside and _stays(stay) and stay.head.i in inside:
            return [mention]
    return []


def _stays(verb: Token) -> bool:
    """Whether a relative clause's verb or an attribute's participle says where someone
    is (aufhält with *sich*, lebt, lebende, weilenden)."""
    if verb.dep_ not in ("acl", "acl:relcl", "amod"):
        return False
    lemma = verb.lemma_.lower()
    lemma = lemma[:-1] if verb.tag_ == "ADJA" and lemma.endswith("end") else lemma
    if lemma in place_words().stay_verbs:
        return True
    return lemma in place_words().reflexive_stay_verbs and any(
        c.tag_ == "PRF" for c in verb.children
    )


def _is_actor(token: Token, event: Event) -> bool:
    """Whether a subject's head word is the event's actor: within an actor's offsets, or
    one of its words."""
    return any(
        (a.start is not None and a.end is not None and a.start <= token.idx < a.end)
        or token.text in (a.text or "").split()
        for a in event.actor
    )


def _said_in_report(doc: Doc, event: Event, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A statement in reported speech that goes on without a verb of saying (…, sagte ein
    Sprecher in Peking. Manila müsse seine Provokationen einstellen, sonst werde China …):
    the quotation finder gives it the speaker of the report before it, and it was made
    where that report's verb of saying, or its speaker's phrase, puts the speaker."""
    quotes = doc._.quotes or []
    trigger = event.trigger.start
    inner = next(
        (q for q in quotes
         if q.kind == "free_indirect" and q.start <= trigger < q.end and q.speaker is not None),
        None,
    )  # fmt: skip
    if inner is None or inner.speaker is None:
        return []
    speaker = inner.speaker.start
    frames = [
        q for q in quotes
        if q.end <= inner.start and q.cue is not None and q.speaker is not None
        and q.speaker.start == speaker
    ]  # fmt: skip
    cue = frames[-1].cue if frames else None
    cue_span = doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue else None
    if cue_span is None or not _is_verb(cue_span[0]):
        return []  # Laut Aussage des Ministeriums lebte er in den USA: where he lived
    verb = _governing_verb(cue_span[0])
    sentence = verb.sent
    there = [
        m for m in mentions
        if m.resolved is not None and m.start is not None
        and sentence.start_char <= m.start < sentence.end_char
    ]  # fmt: skip
    said = [
        m for m in there
        if _where_said(doc, m, verb.idx)
        and _governing_verb(_locative_preposition(doc, m) or verb) == verb
    ]  # fmt: skip
    return said or _speaker_places(doc, verb.idx, there)


def _refers_back(subject: Token, speaker: str) -> bool:
    """Whether a subject names the speaker of the sentence before: er/sie, a noun with the
    definite article (der SPD-Politiker, die Ministerin), a name in the speaker's phrase."""
    if subject.tag_ == "PPER":
        return subject.lower_ in ("er", "sie")
    if subject.pos_ == "PROPN":
        return bool(speaker) and subject.text in speaker.split()
    articles = [c.lower_ for c in subject.children if c.dep_ == "det"]
    return subject.pos_ == "NOUN" and articles[:1] in (["der"], ["die"])


def _capital_mentions(
    doc: Doc, gazetteer: Gazetteer, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """in der thailändischen Hauptstadt, in der Hauptstadt Äthiopiens → that capital;
    in der Hauptstadt with no state named → the capital of the article's home state."""
    if gazetteer.kb is None:
        return []
    found = []
    for match, offset in _capital_matches(doc):
        adjective, genitive = match.group(2), match.group(3)
        if adjective and _names_a_region(adjective, gazetteer):
            continue  # die tibetische Hauptstadt is Lhasa, not the state's capital
        if adjective or genitive:
            form = "adjective" if adjective else "name"
            kb_matches = gazetteer.kb.lookup(adjective or genitive)
            codes = {m.entry_id for m in kb_matches if m.form == form}
            code = codes.pop() if len(codes) == 1 else None
        else:
            code = home_state(doc, mentions)
        capital = gazetteer.capital(code) if code else None
        if capital is None:
            continue
        begin, end = offset + match.start(1), offset + match.end(1)
        mention = PlaceMention(match.group(1), begin, end, "text", [Candidate(capital, "capital")])
        mention.resolved, mention.name = capital, capital.name
        found.append(mention)
    return found


def _names_a_region(adjective: str, gazetteer: Gazetteer) -> bool:
    """An adjective made from a region's name (tibetisch from Tibet, kurdisch from
    Kurdistan is not, bayerisch from Bayern is not): the knowledge base may give it the
    state, but its capital is the region's."""
    stem = re.sub(r"isch(e[nmrs]?)?$", "", adjective)
    return stem != adjective and any(
        c.place.precision == "admin1" for c in gazetteer.lookup_exact(stem.capitalize())
    )


def _institution_mentions(
    doc: Doc, gazetteer: Gazetteer, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """A state's parliament or seat of government with a locative preposition (im
    Kongress, vor dem griechischen Parlament, im Senat der Vereinigten Staaten, im
    US-Kongress, im Bundestag): it sits in that state's capital, a point (or where
    ``seats.yaml`` puts it: im niederländischen Parlament, Den Haag). The state is the
    one its adjective, genitive or compound names, or that the name itself stands for
    (Knesset), else the article's home state; an institution of no state (im Europäischen
    Parlament, im EU-Parlament) is none."""
    if gazetteer.kb is None:
        return []
    found = []
    for token in tokens_where(doc, _is_institution_word):
        if not _after_locative(doc, token):
            continue
        code, end = _institution_state(doc, token, gazetteer)
        bare = code == ""
        code = code if not bare else _home_unless_senate(doc, token, mentions)
        kind = "government" if token.lower_.rsplit("-", 1)[-1] in GOVERNMENT_SEATS else "parliament"
        capital = gazetteer.seat_of_state(code, kind) if code else None
        if capital is None:
            continue
        span = doc[token.i : end]
        mention = PlaceMention(span.text, span.start_char, span.end_char, "text",
                               [Candidate(capital, "capital")])  # fmt: skip
        mention.resolved, mention.name = capital, capital.name
        mention.institution = True
        mention.home_institution = bare
        found.append(mention)
    return found


def _un_bodies(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The UN Security Council and General Assembly with *in/im/vor* (mit seinem Veto im
    UN-Sicherheitsrat, vor dem Weltsicherheitsrat, in der UN-Vollversammlung, im
    Sicherheitsrat der Vereinten Nationen): they sit at the UN's headquarters in New York,
    as a parliament in its capital. Not a national security council (der Nationale
    Sicherheitsrat), and not *beim* (eine Beschwerde beim UN-Sicherheitsrat einreichen names
    whom a complaint goes to, not where it was made)."""
    # each distinct form tested once (german.scan), without building the article's text:
    # most articles name no such body
    bodies = tokens_where(doc, _is_un_body_word)
    seat = _un_seat(gazetteer) if bodies else None
    if seat is None:
        return []
    found = []
    for token in bodies:
        if not _names_un_body(doc, token) or not _after_locative(doc, token):
            continue
        mention = PlaceMention(token.text, token.idx, token.idx + len(token.text), "text",
                               [Candidate(seat, "capital")])  # fmt: skip
        mention.resolved, mention.name = seat, "New York"
        mention.institution = True
        found.append(mention)
    return found


def _is_un_body_word(form: str) -> bool:
    return "sicherheitsrat" in form or "versammlung" in form


def _envoy_in_state(
    doc: Doc, event: Event, in_sentence: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """An ambassador named with the state he is posted to (Der US-Botschafter in
    Kambodscha, Patrick Murphy, nannte das Urteil einen Justizirrtum) speaks from the
    embassy, which is in that state's capital: the capital, a point. The ambassador must be
    a subject before the trigger, the state's phrase hang on him."""
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger is None:
        return []
    for mention in in_sentence:
        resolved = mention.resolved
        preposition = _locative_preposition(doc, mention)
        if resolved is None or resolved.precision != "country" or preposition is None:
            continue
        envoy = preposition.head.head
        posted = envoy.lower_.endswith(("botschafter", "botschafterin")) and envoy.dep_ == "nsubj"
        capital = gazetteer.capital(resolved.country) if posted else None
        if capital is None or preposition.lower_ not in ("in", "im") or envoy.i > trigger.start:
            continue
        found = PlaceMention(mention.text, mention.start, mention.end, "text",
                             [Candidate(capital, "capital")])  # fmt: skip
        found.resolved, found.name = capital, capital.name
        return [found]
    return []


def _un_ambassador(doc: Doc, event: Event, gazetteer: Gazetteer) -> Place | None:
    """A state's UN ambassador who speaks (Israels UN-Botschafter Gilad Erdan begrüßte die
    Verlängerung; der russische UN-Botschafter begründete das Veto) speaks at the UN in New
    York, where the post is, when the text gives no other place. The ambassador is a
    subject before the trigger in its sentence (the parser may hang a second verb of the
    speaker elsewhere: …, warf der Schiitenmiliz aber vor)."""
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger is None:
        return None
    speaker = [
        t for t in doc[trigger[0].sent.start : trigger.start]
        if t.dep_ == "nsubj" and t.lower_.startswith(("un-botschafter", "uno-botschafter"))
    ]  # fmt: skip
    if not speaker:
        return None
    seat = _un_seat(gazetteer)
    if seat is None:
        return None
    word = speaker[0]
    return _place(seat, word.text, word.idx, word.idx + len(word.text), "text", "New York")


def _un_body_acting(doc: Doc, event: Event, gazetteer: Gazetteer) -> Place | None:
    """The UN Security Council or General Assembly as the actor (Der UN-Sicherheitsrat
    verlangte eine Untersuchung; die UN-Vollversammlung hat Russlands Mitgliedschaft
    ausgesetzt): a council or assembly acts only in session, and it sits at the UN's
    headquarters in New York, so its decisions and statements are made there when the
    clause names no other place. Read in the actor's own words only."""
    for actor in event.actor:
        if actor.start is None or actor.end is None:
            continue
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        body = next(
            (t for t in span or () if _is_un_body_word(t.lower_) and _names_un_body(doc, t)),
            None,
        )
        seat = _un_seat(gazetteer) if body is not None else None
        if body is not None and seat is not None:
            end = body.idx + len(body.text)
            return _place(seat, body.text, body.idx, end, "text", "New York")
    return None


def _un_seat(gazetteer: Gazetteer) -> GeoPlace | None:
    """New York, the seat of the UN's headquarters."""
    return next(
        (c.place for c in gazetteer.lookup("New York")
         if c.place.country == "USA" and c.place.precision == "point"),
        None,
    )  # fmt: skip


def _names_un_body(doc: Doc, token: Token) -> bool:
    """UN-Sicherheitsrat, Weltsicherheitsrat, UNO-Vollversammlung; or the bare body before
    *der Vereinten Nationen*, *der UN*, *der UNO*."""
    word = token.lower_
    body = word.rsplit("-", 1)[-1].removesuffix("es").removesuffix("s")
    if body not in UN_BODIES and word.removesuffix("es").removesuffix("s") != "weltsicherheitsrat":
        return False
    if "-" in word or word.startswith("welt"):
        return word.split("-", 1)[0] in ("un", "uno", "welt") or word.startswith("welt")
    after = doc[token.i + 1 : token.i + 4].text.lower()
    return after.startswith(("der vereinten nationen", "der un ", "der uno"))


def _regional_seats(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """A Land's adjective before its government or parliament (die niedersächsische
    Landesregierung, des bayerischen Landtags): its seat of government, a point. Like a
    parliament standing for a capital it is no article's setting."""
    found = []
    governments = place_words().regional_governments
    # the words whose form or lemma is a government's, read off arrays, each form once
    named = {
        t.i: t
        for t in (*tokens_among(doc, governments), *tokens_with_lemma_among(doc, governments))
    }
    for token in (named[i] for i in sorted(named) if i > 0):
        adjective = doc[token.i - 1]
        seat = gazetteer.seat_of_adjective(adjective.text) if adjective.pos_ == "ADJ" else None
        if seat is None:
            continue
        mention = PlaceMention(adjective.text, adjective.idx, adjective.idx + len(adjective),
                               "text", [Candidate(seat, "capital")])  # fmt: skip
        mention.resolved, mention.name = seat, seat.name
        mention.institution = mention.seat_adjective = True
        found.append(mention)
    return found


INSTITUTION_WORDS = frozenset({*INSTITUTIONS, *INSTITUTION_STATES})


def _is_institution_word(form: str) -> bool:
    """An institution's word, bare or as the last part of a compound (US-Kongress)."""
    return form in INSTITUTION_WORDS or (
        "-" in form and form.rsplit("-", 1)[1] in INSTITUTION_WORDS
    )


def _after_locative(doc: Doc, token: Token) -> bool:
    """in/im/vor + article and adjectives right before the word (beim Kongress des
    Verbandes is a conference)."""
    for i in range(token.i - 1, max(token.i - 4, -1), -1):
        word = doc[i]
        if word.lower_ in ("in", "im", "vor"):
            return True
        if word.pos_ not in ("DET", "ADJ"):
            return False
    return False


def _institution_state(doc: Doc, token: Token, gazetteer: Gazetteer) -> tuple[str | None, int]:
    """(the state code, the end of the phrase): "" when nothing in the phrase names a state,
    None when something names no state (Europäischen, EU-)."""
    assert gazetteer.kb is not None
    kb, end = gazetteer.kb, token.i + 1
    word = token.lower_.rsplit("-", 1)[-1]
    if word in INSTITUTION_STATES:
        return INSTITUTION_STATES[word], end
    if "-" in token.text:  # US-Kongress; EU-Parlament is no state's
        return _state_of(kb.lookup_prefix(token.text), kb), end
    before = doc[token.i - 1]
    if before.pos_ == "ADJ" and before.is_title:
        return None, end  # a name (im Europäischen Parlament)
    if before.pos_ == "ADJ" and kb.is_adjective(before.text):
        return kb.adjective_state(before.text), end  # im chilenischen Parlament
    genitive = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("des", "der")
    start = token.i + (2 if genitive else 1)
    for length in (3, 2, 1):  # im Senat der Vereinigten Staaten, im Parlament Thailands
        words = doc[start : start + length]
        # a name after the noun without an article is its genitive (im Parlament Thailands,
        # Israels); a bare name (vor dem Parlament Israel kritisiert) is a phrase of its own
        if not genitive and not words.text.endswith("s"):
            continue
        if len(words) == length and words[-1].is_title:
            code = _state_of(kb.lookup(words.text), kb)
            if code:
                return code, start + length
    # another's institution (im Senat der Universität, im Parlament der Region)
    return (None if genitive else ""), end


def _state_of(matches: list[SurfaceMatch], kb: KnowledgeBase) -> str | None:
    states = {m.entry_id for m in matches if kb.entries[m.entry_id].kind == "state"}
    return states.pop() if len(states) == 1 else None


def _home_unless_senate(doc: Doc, token: Token, mentions: list[PlaceMention]) -> str | None:
    """The home state's capital for a bare name, but not a German Senat or Parlament: in
    Germany a Senat is the government of Berlin, Hamburg or Bremen, and a Parlament as
    often a Landtag as the Bundestag."""
    home = home_state(doc, mentions)
    return None if home == "DEU" and token.lower_ in ("senat", "parlament") else home


def _capital_matches(doc: Doc) -> list[tuple[re.Match[str], int]]:
    """CAPITAL_PHRASE around each token *Hauptstadt*: doc.text is rebuilt from every token
    on each access, so only a few words around the word are read."""
    hauptstadt = doc.vocab.strings.add("Hauptstadt")
    found = []
    for i in numpy.flatnonzero(doc.to_array([ORTH]) == hauptstadt):
        window = doc[max(int(i) - 6, 0) : int(i) + 3]
        after = doc[int(i) + 1] if int(i) + 1 < len(doc) else None
        if after is not None and after.pos_ != "PROPN" and not after.ent_type_:
            # in der Hauptstadt Hunderte Demonstranten: no name of the capital follows
            window = doc[max(int(i) - 6, 0) : int(i) + 1]
        match = CAPITAL_PHRASE.search(window.text) or OBJECT_CAPITAL.search(window.text)
        if match is not None:
            found.append((match, window.start_char))
    return found


def home_state(doc: Doc, mentions: list[PlaceMention]) -> str | None:
    """The state the article is about: its dateline's, else its title's place's, else the
    state it names most often (as a place or an actor) when one leads."""
    for source in ("dateline", "title"):
        for mention in mentions:
            if mention.source == source and mention.resolved is not None:
                return mention.resolved.country
    ranked = context_countries(doc, mentions).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _territory_phrase(
    sentence: str,
    offset: int,
    gazetteer: Gazetteer,
    statement: Doc | None = None,
    trigger: int = -1,
) -> Place | None:
    """israelisches Territorium, im libanesischen Fernsehen, in mehreren chinesischen
    Städten → the state (country precision).
    For a statement (``statement`` is its Doc) only in the clause of the verb of saying: the
    ground named in what was said is what it is about (Polen warf Russland vor, dass Drohnen
    auf polnischem Gebiet niedergegangen sind: said in Warschau), and ground named as an
    origin (vom afghanischen Boden aus dürfe es keinen Terrorismus geben; von deutschem Boden
    darf nie wieder Krieg ausgehen) is where something comes from, not where it is said."""
    if gazetteer.kb is None:
        return None
    for match in (*TERRITORY_PHRASE.finditer(sentence), *SETTLEMENTS_PHRASE.finditer(sentence)):
        if statement is not None and not _said_on(statement, offset + match.start(), trigger):
            continue
        if statement is not None and ORIGIN_BEFORE.search(sentence, 0, match.start()):
            continue
        code = gazetteer.kb.adjective_state(match.group(1))
        country = gazetteer.country(code) if code else None
        if country is not None:
            begin, end = offset + match.start(), offset + match.end()
            return _place(country, match.group(0), begin, end, "text", country.name)
    return None


def _said_on(doc: Doc, position: int, trigger: int) -> bool:
    """Whether the word at a character position hangs in the clause of the trigger's own
    verb (im iranischen Fernsehen sagte er), not in a clause below it (…, dass Drohnen auf
    polnischem Gebiet niedergegangen sind)."""
    word = doc.char_span(position, position + 1, alignment_mode="expand")
    trigger_span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if word is None or trigger_span is None:
        return True
    return _governing_verb(word[0]) in (_governing_verb(trigger_span[0]), trigger_span[0])


def article_setting(doc: Doc, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The dateline place, else a title place: where the story is told from. A state
    (Bulgarien: …) gives way to the first city of that state the text puts something at
    (in Sofia): the most specific place the text supports. Without either, the article's
    main place: the one its text most often puts something at, and a state there gives
    way to its city likewise (im Irak … in Bagdad … im Irak: Bagdad)."""
    for source in ("dateline", "title"):
        for mention in mentions:
            if mention.source == source and mention.resolved is not None:
                return _city_within(doc, mention, mentions)
    lead = _lead_place(doc, mentions)
    if lead is not None:
        return lead
    main = main_place(doc, mentions)
    return _city_within(doc, main, mentions) if main is not None else None


def _lead_place(doc: Doc, mentions: list[PlaceMention]) -> PlaceMention | None:
    """A dateline place the gazetteer lacks (Borgo Egnazia (dpa) - … bei ihrem Gipfel in
    Apulien): the lead, which the dateline opens, names where the story is at a scale the
    gazetteer knows. Its first place phrase is the setting; a place the lead only names
    (Kredit für die Ukraine) is not."""
    dateline = next((m for m in mentions if m.source == "dateline" and m.start is not None), None)
    if dateline is None or dateline.resolved is not None or dateline.start is None:
        return None
    lead = lead_sentence(doc)
    if lead is None:
        return None
    return next(
        (m for m in mentions
         if m.source == "text" and m.resolved is not None and m.start is not None
         and lead.start_char <= m.start < lead.end_char and _is_locative(doc, m)),
        None,
    )  # fmt: skip


def lead_sentence(doc: Doc) -> Span | None:
    """The lead the dateline opens: the sentence after it (the dateline is a sentence of its
    own, ``sentences.find_lead_start``), or the first when there is no dateline."""
    dateline = doc._.meta.dateline
    start = dateline.end if dateline is not None else 0
    first = next((t for t in doc if t.idx >= start and not t.is_space), None)
    return first.sent if first is not None else None


def main_place(doc: Doc, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place the text most often puts something at (in Hongkong, im Zentrum Dublins);
    of equally frequent ones the first, as a news story opens with its setting."""
    counts: Counter[int | str] = Counter()
    named: Counter[int | str] = Counter()
    first: dict[int | str, PlaceMention] = {}
    for mention in mentions:
        place = mention.resolved
        if place is None or mention.source != "text" or mention.institution:
            continue
        key = place.geonames_id or place.name
        named[key] += 1
        if not _is_locative(doc, mention) or _said_about(doc, mention):
            continue
        counts[key] += 1
        first.setdefault(key, mention)
    if not counts:
        return None
    # of equally frequent settings, the one the text names most often in any role (der
    # Vatikan bestätigte … im Vatikan wohnen against one *sagte Seibert in Berlin*)
    return first[max(counts, key=lambda key: (counts[key], named[key], -(first[key].start or 0)))]


def _said_about(doc: Doc, mention: PlaceMention) -> bool:
    """A place that describes what a statement is about (forderte den Abzug der Tornados in
    Syrien, kritisierte die Lage in Deutschland) is no setting of the story: the statement
    names it, nothing is put there."""
    events = doc._.events or []
    return any(
        is_speech_act(e) and e.sentence.start <= (mention.start or 0) < e.sentence.end
        and _in_clause_of(doc, mention, e.trigger.start)
        and not _where_said(doc, mention, e.trigger.start)
        for e in events
    )  # fmt: skip


def _city_within(doc: Doc, setting: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention:
    """The first city of the setting's state, or of its region (near its centre), that the
    text puts something at: the most specific place the text supports."""
    area = setting.resolved
    if area is None or area.precision == "point":
        return setting
    for mention in mentions:
        place = mention.resolved
        if (
            place is not None and place.precision == "point" and place.country == area.country
            and mention.source == "text" and _is_locative(doc, mention)
            and (area.precision == "country" or _near(place, area))
        ):  # fmt: skip
            return mention
    return setting


def _near(place: GeoPlace, area: GeoPlace) -> bool:
    if None in (place.lat, place.lon, area.lat, area.lon):
        return False
    return (
        distance_km(place.lat or 0.0, place.lon or 0.0, area.lat or 0.0, area.lon or 0.0) < NEAR_KM
    )


# -- writing -------------------------------------------------------------------------------


def to_place(mention: PlaceMention) -> Place:
    if mention.resolved is None:
        return Place(text=mention.text, name=mention.text, start=mention.start,
                     end=mention.end, source=mention.source)  # fmt: skip
    return _place(
        mention.resolved, mention.text, mention.start, mention.end, mention.source, mention.name
    )


def _place(
    place: GeoPlace,
    text: str,
    start: int | None,
    end: int | None,
    source: str,
    name: str | None = None,
) -> Place:
    # a point is named as the text names it (Peking, not geonames' Beijing)
    name = name or (place.name if place.precision != "point" else _german_name(text, place))
    return Place(
        text=text, name=name, country=place.country, admin1=place.admin1,
        lat=None if place.lat is None else round(place.lat, 4),
        lon=None if place.lon is None else round(place.lon, 4),
        precision=place.precision, geonames_id=place.geonames_id,
        feature_class=place.feature_class, start=start, end=end, source=source,
    )  # fmt: skip


def _german_name(text: str, place: GeoPlace) -> str:
    """The mention without a genitive -s (Bagdads → Bagdad) when that form names the place,
    unless the mention as written is a name of the place already: the -s of Paris or
    Damaskus is the name's own (GeoNames also lists Pari and Damasku among its alternates)."""
    text = " ".join(text.split())
    gazetteer = get_gazetteer()
    if text.endswith("s") and len(text) > 3 and not gazetteer.lists_name(text, place):
        stem = gazetteer.lookup(text[:-1])
        if any(c.place.geonames_id == place.geonames_id for c in stem):
            return text[:-1]
    return text


def set_annotations(doc: Doc, mentions: list[PlaceMention], locations: list[Place | None]) -> None:
    doc._.places = [to_place(m) for m in mentions]
    for event, location in zip(doc._.events or [], locations, strict=True):
        event.location = location
