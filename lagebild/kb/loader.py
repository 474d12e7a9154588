"""Load the actor knowledge base (YAML under ``kb/data/``) into fast lookup tables.

Surfaces are indexed once, with their inflected forms generated here (genitive
``Russlands``, adjective endings ``russischen``, declined multi-word names
``Vereinten Nationen``), so the linker only does dictionary look-ups. Which of
several matches is meant (Moskau the place or the government) is the linker's
decision: every match says what kind of surface it is (``form``) and which
sector it implies.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from lagebild.datafile import parse_yaml, read_text, validate
from lagebild.errors import DataFileError
from lagebild.kb.cache import (
    cache_key,
    read_cache,
    write_cache,
)
from lagebild.kb.dates import (
    date_bounds,
    role_preference,
    role_valid_at,
)
from lagebild.kb.entries import (
    KBEntry,
    KBRole,
    Matches,
    RoleWord,
    SurfaceMatch,
)
from lagebild.kb.forms import (
    adjective_forms,
    genitive,
    name_forms,
)
from lagebild.kb.index import (
    SurfaceIndex,
    append_unique,
    surface_parts,
    unique_surfaces,
)

KB_DIR = Path(__file__).parent
DATA_DIR = KB_DIR / "data"
SCHEMA_DIR = KB_DIR / "schema"
REGIONS_FILE = KB_DIR.parent / "geo" / "data" / "regions.yaml"
# Titles of generated office holders by sector (PETRARCH2 names no office).
GENERATED_TITLES = {"GOV": "Regierungsmitglied", "MIL": "Militär"}
GENERATED_PERSON = "p:petrarch-"  # the id prefix of generated office holders
HolderRole = tuple[str, str, str | None, str | None]  # code, sector, start, end
# Closed compounds: what follows a name must not look like a derivation of it
# ("Irakische", "Iraner"), which are adjectives or demonyms, not compounds.
_DERIVATION_STARTS = ("isch", "er", "in", "ian", "an", "en", "es")
# The rest of a closed compound must start like a German word: a vowel, or consonants
# that can begin one (Irak|krieg, Nato|gipfel; not Rada|rschirm).
_WORD_ONSET = re.compile(
    r"(?:[aeiouäöü]|sch[lmnrw]?[aeiouäöü]|(?:[bdfgkpt][lr]|pf|qu|sp|st|spr|str|zw|kn|ch"
    r"|[bcdfghjklmnprstvwz])[aeiouäöüy])"
)
MIN_CLOSED_PREFIX = 4
MIN_CLOSED_REST = 4
MAX_RISKY_GENITIVE_BASE = 3
# Shortest name before a role in a closed compound ("Uno" in "Unochef").
MIN_OFFICER_MODIFIER = 3
# Role words whose compound's first part is what the people oppose (G8-Gegner, Kriegsgegner).
OPPOSING_TITLES = frozenset({"Gegner"})


class KBError(DataFileError):
    """A knowledge-base file is missing, not valid YAML, or does not match its schema."""


# A demonym compound's modifier (``Festlands|chinesen``) and head have at least this many
# letters; modifiers that make another people's name are no compounds of the demonym.
MIN_DEMONYM_MODIFIER = 3
MIN_DEMONYM_HEAD = 5
OTHER_PEOPLE_MODIFIERS = (
    "süd",
    "nord",
    "ost",
    "west",
    "latein",
    "mittel",
    "zentral",
    "weiß",
    "klein",
    "groß",
)


SUFFIX_KEY = 3  # letters of a compound head's form that index it (the shortest form has 3)


@dataclass(frozen=True)
class _SuffixRule:
    forms: tuple[str, ...]
    suffix: str
    sector: str
    kind: str
    # how words end before a form when they are no compounds of it: "avant" (Avantgarde),
    # "ver" (Verrat, Landesverrat), "k" (Demokrat), from the rule's `not_compounds`
    not_compounds: frozenset[str] = frozenset()
    min_modifier: int = 2  # letters before the form: "Stadtrat", not the name "Bharrat"


def _load_schema(file_name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / file_name).read_text(encoding="utf-8"))


def _inline_refs(node: Any, schema: dict[str, Any]) -> Any:
    """The schema with every ``$ref`` replaced by its target.

    The schemas share definitions (surface.schema.json) but are not recursive;
    resolving references once makes validation about a third faster than
    resolving them at every node.
    """
    if isinstance(node, list):
        return [_inline_refs(item, schema) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        file_name, _, pointer = node["$ref"].partition("#")
        base = _load_schema(file_name) if file_name else schema
        target: Any = base
        for key in filter(None, pointer.split("/")):
            target = target[key]
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return _inline_refs({**target, **rest}, base)
    return {k: _inline_refs(v, schema) for k, v in node.items() if k != "$defs"}


@functools.cache
def _validator(schema_name: str) -> Draft202012Validator:
    schema = _load_schema(f"{schema_name}.schema.json")
    return Draft202012Validator(_inline_refs(schema, schema))


def read_data_file(path: Path, schema_name: str, text: str | None = None) -> Any:
    """Parse one YAML file and validate it; raise ``KBError`` naming the file and reason."""
    if text is None:
        text = _read_text(path)
    data = parse_yaml(text, path, KBError)
    if data is None:  # an empty file (or only comments) has no entries
        return None
    validate(data, _validator(schema_name), path, f"{schema_name}.schema.json", KBError)
    return data


class KnowledgeBase:
    """All actors and the surfaces that name them, indexed for the linker."""

    def __init__(self) -> None:
        self.entries: dict[str, KBEntry] = {}
        self.sectors: dict[str, str] = {}
        self.role_words: dict[str, RoleWord] = {}
        self._surfaces = SurfaceIndex()
        self._prefix = SurfaceIndex()  # forms that can open a hyphenated compound
        self._closed: dict[str, Matches] = {}
        self._role_folded: dict[str, RoleWord] = {}
        self._suffix_rules: list[_SuffixRule] = []
        # last letters of a rule's forms → the rules, in order: a word is tried only against
        # the few rules one of whose forms it can end in, not all of them
        self._suffix_index: dict[str, tuple[int, ...]] = {}
        self._compound_codes: dict[str, str] = {}
        self._inherit_sector: set[str] = set()
        self._person_heads: tuple[str, ...] = ()
        # Inspektion, Wache, Präsidium: a unit of the body the compound's modifier names.
        self.unit_heads: tuple[str, ...] = ()
        self._common_names: frozenset[str] = frozenset()
        self._not_demonym_heads: frozenset[str] = frozenset()
        self.continents: dict[str, str] = {}  # state code → geonames continent (AF, EU, …)
        self.state_places: dict[str, list[str]] = {}  # state code → its places' names (Athen)
        self.seats: dict[str, tuple[str, ...]] = {}  # organisation code → cities it sits in
        # Organisation id → the state it is based in or fights in (HAMAS → PSE), for groups
        # that act under their own code: where a story about them is set, not their code.
        self.home_states: dict[str, str] = {}
        # Organisation id → (state, ISO date): a group that rules a state from that date on
        # acts as its government in news of then and later (the Taliban from 2021-09-07).
        self.governing: dict[str, tuple[str, str]] = {}
        self.state_nouns: frozenset[str] = frozenset()  # das südamerikanische *Land*
        # (north, south) of states named by their half: der Norden, der Süden (Korea)
        self.divided_states: tuple[tuple[str, str], ...] = ()
        self.continent_adjectives: dict[str, tuple[str, ...]] = {}  # afrikanisch → (AF,)
        # State noun → the states of that form of government (Emirat → ARE, KWT, QAT)
        self.state_forms: dict[str, frozenset[str]] = {}
        self._by_office: dict[tuple[str, str], list[str]] = {}
        # City name (and its genitive) → state code. Kept apart from the surfaces:
        # a city is where a story is set, never an actor.
        self._cities: dict[str, str] = {}
        # Generated office holders by full name (and its genitive): (id, name, roles as
        # plain tuples). Kept as plain data, not entries: 17,000 entries would make loading
        # from the cache several times slower; an entry is made when a look-up finds one.
        self._holders: dict[str, tuple[str, str, tuple[HolderRole, ...]]] = {}
        # First names that open a person's name, and words that open sentences capitalised
        # but are no names (lagebild_entities); not actors either.
        self.first_names: frozenset[str] = frozenset()
        self.lowercase_words: frozenset[str] = frozenset()

    # loading

    @classmethod
    def load(cls, data_dir: Path | None = None, *, use_cache: bool = True) -> KnowledgeBase:
        """Read, validate and index every file under ``data_dir`` (default: the packaged KB).

        Validating and indexing takes longer than the 0.5 s budget for loading, so the
        indexed form is pickled under the user's cache directory, keyed by a hash of the
        data, the schemas and the package's modules: any edit is validated afresh on the next load.
        """
        data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
        texts = _read_texts(data_dir)
        key = cache_key(data_dir, texts)
        if use_cache:
            cached = read_cache(key, cls)
            if cached is not None:
                return cached
        kb = cls._build(data_dir, texts)
        if use_cache:
            write_cache(key, kb)
        return kb

    @classmethod
    def _build(cls, data_dir: Path, texts: dict[Path, str]) -> KnowledgeBase:
        def parse(path: Path, schema_name: str) -> Any:
            return read_data_file(path, schema_name, texts[path]) if path in texts else None

        kb = cls()
        generated = parse(data_dir / "states.generated.yaml", "states.generated") or []
        hand = parse(data_dir / "states.yaml", "states") or []
        kb._add_states(generated, hand, data_dir)
        if REGIONS_FILE in texts:
            kb._add_regions()
        orgs_path = data_dir / "organisations.yaml"
        kb._add_organisations(parse(orgs_path, "organisations") or [], orgs_path)
        roles = parse(data_dir / "roles.yaml", "roles")
        if roles:
            kb._add_roles(roles)
        for path in texts:
            if path.parent.name == "persons":
                kb._add_persons(parse(path, "persons") or [], path)
        # After the hand-written persons, whose names and offices win.
        holders = data_dir / "officeholders.generated.yaml"
        kb._add_generated_persons(parse(holders, "officeholders.generated") or [], holders)
        # After persons: a generated name that a KB person has (Schahin) is left out.
        gen_orgs = data_dir / "organisations.generated.yaml"
        kb._add_generated_organisations(parse(gen_orgs, "organisations.generated") or [], gen_orgs)
        parties = data_dir / "parties.generated.yaml"
        kb._add_generated_parties(parse(parties, "parties.generated") or [], parties)
        # Last: a company acts for its state (Siemens AG → DEU); any name taken stays taken.
        companies = data_dir / "companies.generated.yaml"
        kb._add_generated_organisations(
            parse(companies, "organisations.generated") or [], companies
        )
        names = parse(data_dir / "first_names.generated.yaml", "first_names.generated")
        kb.first_names = frozenset(names or ())
        words = parse(data_dir / "lowercase_words.generated.yaml", "lowercase_words.generated")
        kb.lowercase_words = frozenset(words or ())
        kb._freeze()
        return kb

    def _freeze(self) -> None:
        """Share equal matches and buckets: a third of the objects, a faster cache load."""
        shared: dict[Any, Any] = {}
        for table in (*self._surfaces.tables(), *self._prefix.tables(), self._closed):
            for key, bucket in table.items():
                table[key] = _shared(tuple(_shared(m, shared) for m in bucket), shared)

    def _add_entry(self, entry: KBEntry, path: Path) -> None:
        if entry.id in self.entries:
            raise KBError(f"duplicate id {entry.id!r}", source=str(path))
        self.entries[entry.id] = entry

    def _add_states(self, generated: list[dict], hand: list[dict], data_dir: Path) -> None:
        gen_path = data_dir / "states.generated.yaml"
        hand_path = data_dir / "states.yaml"
        by_code: dict[str, dict[str, Any]] = {}
        for item in generated:
            if item["code"] in by_code:
                raise KBError(f"duplicate state code {item['code']!r}", source=str(gen_path))
            by_code[item["code"]] = item
        seen: set[str] = set()
        for item in hand:
            code = item["code"]
            if code in seen:
                raise KBError(f"duplicate state code {code!r}", source=str(hand_path))
            seen.add(code)
            base = by_code.get(code, {"code": code, "names": []})
            # The canonical name: the hand layer's ``name``, else the generated (babel) one.
            name = item.get("name") or next(iter(base["names"]), None)
            merged = {**base, **item, "names": [*item.get("names", ()), *base["names"]]}
            by_code[code] = {**merged, "name": name} if name else merged
        for code in sorted(by_code):
            self._add_state(by_code[code], hand_path)
        for code in sorted(by_code):
            self._add_cities(code, by_code[code].get("cities", ()))
            if by_code[code].get("continent"):
                self.continents[code] = by_code[code]["continent"]

    def _add_regions(self) -> None:
        """First-level regions of the gazetteer (``Niedersachsen``, ``Freistaat Bayern``,
        ``Kärnten``) act for their state as cities do: a Land that sues or rejects is its
        state's government in the guideline's coding (DEU). Indexed with the cities."""
        from lagebild.geo.gazetteer import read_regions  # the gazetteer imports this module

        for region in read_regions(REGIONS_FILE):
            if region.get("precision") == "admin1":
                self._add_cities(region["country"], [region["name"], *region.get("names", ())])

    def _add_cities(self, code: str, cities: Iterable[str]) -> None:
        """Index city names that name nothing else: not another state's name or place
        (a city named Georgia, or Moskau in the US), each as written and in the genitive."""
        for city in cities:
            for form in (city, genitive(city)):
                if not form or form in self._cities:
                    continue
                if any(m.entry_id != code for m in self._surfaces.exact.get(form, ())):
                    continue
                self._cities[form] = code

    def _add_state(self, item: dict[str, Any], path: Path) -> None:
        code = item["code"]
        names = item["names"]
        if not names:
            raise KBError(f"state {code} has no name", source=str(path))
        canonical = item.get("name") or surface_parts(names[0])[0]
        self._add_entry(KBEntry(code, "state", canonical, code, None, item.get("wikidata")), path)
        for surface in unique_surfaces([*names, canonical]):
            self._add_name(code, surface, "name", None)
        adjectives = item.get("adjective", [])
        for stem in [adjectives] if isinstance(adjectives, str) else adjectives:
            for form in adjective_forms(stem):
                self._add_surface(form, SurfaceMatch(code, "adjective", None))
            self._add_prefix(stem, SurfaceMatch(code, "adjective", None), closed=False)
        for place_adjective in item.get("place_adjectives", ()):
            self._add_surface(place_adjective, SurfaceMatch(code, "adjective", None))
        for demonym in item.get("demonyms", ()):
            self._add_surface(demonym, SurfaceMatch(code, "demonym", None))
        places = list(item.get("places", ()))
        capital = item.get("capital")
        if capital and all(p["name"] != capital for p in places):
            # Generated capitals are English geonames spellings (Victoria, Hamilton) that
            # also name persons; only the hand layer vouches for a capital.
            places.append({"name": capital, "sector": "GOV", "ambiguous": True})
        for place in places:
            self._add_name(code, place, "place", place["sector"])
        # the hand layer's German names of the state's places (Athen), before the English
        # generated capital; the gazetteer names a capital with them
        self.state_places.setdefault(code, []).extend(p["name"] for p in places)
        for institution in item.get("institutions", ()):
            self._add_name(code, institution, "institution", institution["sector"])

    def _add_organisations(self, items: list[dict[str, Any]], path: Path) -> None:
        for item in items:
            # Two bodies may share a code (RSF: Reporters sans frontières and the Sudanese
            # Rapid Support Forces, both written so by news and the coders): then ``id`` tells
            # them apart and the code is what both act with.
            code = item.get("id") or item["code"]
            if code in self.entries:
                reason = f"duplicate code {code!r} (also a state or organisation)"
                raise KBError(reason, source=str(path))
            canonical = item.get("name") or surface_parts(item["names"][0])[0]
            # A party belongs to its state: the SPD acts for DEU, in sector PTY.
            state = item.get("state")
            entry = KBEntry(
                code,
                item["kind"],
                canonical,
                state or item["code"],
                item["sector"],
                item.get("wikidata"),
            )
            self._add_entry(entry, path)
            if item.get("home"):
                self.home_states[code] = item["home"]
            if item.get("governs"):
                self.governing[code] = (item["governs"]["state"], item["governs"]["since"])
            for surface in unique_surfaces([*item["names"], canonical]):
                self._add_name(code, surface, "name", item["sector"])
            for place in item.get("places", ()):
                self._add_name(code, place, "place", place["sector"])
            for place_adjective in item.get("place_adjectives", ()):
                self._add_surface(place_adjective, SurfaceMatch(code, "adjective", None))
            if item.get("seats"):
                self.seats[code] = tuple(item["seats"])
            for organ in item.get("organs", ()):
                self._add_name(code, organ, "organ", organ["sector"])
            for description in item.get("descriptions", ()):
                self._add_surface(description, SurfaceMatch(code, "description", item["sector"]))

    def _add_generated_organisations(self, items: list[dict[str, Any]], path: Path) -> None:
        """The PETRARCH2 layer: an entry whose code or one of whose names the hand layer
        (or a state) already has is left out, so hand-written entries always win."""
        fresh = [
            {k: v for k, v in item.items() if k != "source"}
            for item in items
            if item["code"] not in self.entries
            and not any(self._surfaces.exact.get(surface_parts(n)[0]) for n in item["names"])
        ]
        self._add_organisations(fresh, path)

    def _head_rule(self, word: str, not_compounds: Iterable[str]) -> _SuffixRule:
        """A role word as a compound head: every one-word form of it ends a compound of
        that role (``Haftrichter`` → Richter, ``Konferenzteilnehmer`` → Teilnehmer)."""
        role = self.role_words.get(word)
        if role is None:
            raise KBError(f"compound head {word!r} is no role word", source="roles.yaml")
        forms = {
            form.casefold()
            for form, found in self.role_words.items()
            if found.word == role.word and form.isalpha() and not found.ambiguous
        }
        return _SuffixRule(
            tuple(sorted(forms, key=len, reverse=True)),
            "",  # no canonical head: the compound is its own title
            role.sector,
            role.kind,
            _non_modifiers(not_compounds, forms),
        )

    def _add_generated_parties(self, items: list[dict[str, Any]], path: Path) -> None:
        """The ParlGov layer: a party that an entry of its state already names (the hand
        layer's ``SPD``) is left out, and so is each name another entry has (``PS``)."""
        fresh = []
        for item in items:
            owners = [
                {m.entry_id for m in self._surfaces.exact.get(surface_parts(n)[0]) or ()}
                for n in item["names"]
            ]
            if any(self.entries[i].code == item["state"] for ids in owners for i in ids):
                continue
            names = [n for n, ids in zip(item["names"], owners, strict=True) if not ids]
            if names:
                party = {"kind": "organisation", "sector": "PTY", "names": names}
                fresh.append({**party, "code": item["code"], "state": item["state"]})
        self._add_organisations(fresh, path)

    def _add_roles(self, data: dict[str, Any]) -> None:
        self.sectors = {s["code"]: s["label"] for s in data["sectors"]}
        for item in data["words"]:
            word = RoleWord(
                word=item["word"],
                title=item.get("title") or item["word"],
                sector=item["sector"],
                kind=item["kind"],
                code=item.get("code"),
                covers=tuple(item.get("covers", ())),
            )
            if item.get("inherit_sector"):
                self._inherit_sector.add(word.title)
            risky = replace(word, ambiguous=True)
            ambiguous = set(item.get("ambiguous", ()))
            for form in item["forms"]:
                entry = risky if form in ambiguous else word
                self.role_words.setdefault(form, entry)
                self._role_folded.setdefault(form.casefold(), entry)
        for rule in data.get("suffixes", ()):
            forms = tuple(sorted(rule["forms"], key=len, reverse=True))
            self._suffix_rules.append(
                _SuffixRule(
                    forms,
                    rule["suffix"],
                    rule["sector"],
                    rule["kind"],
                    _non_modifiers(rule.get("not_compounds", ()), forms),
                    rule.get("min_modifier", 2),
                )
            )
        descriptions = data.get("state_descriptions") or {}
        self.state_nouns = frozenset(descriptions.get("nouns", ()))
        self.divided_states = tuple(
            (pair["north"], pair["south"]) for pair in data.get("divided_states") or ()
        )
        forms = descriptions.get("forms", {})
        self.state_forms = {
            noun: frozenset(forms[stem])
            for noun in self.state_nouns
            for stem in forms
            if noun.startswith(stem)
        }
        continents = descriptions.get("continents", {})
        # Longest ending first: "südamerikanisch" before any shorter one it ends in.
        self.continent_adjectives = {
            k: tuple(continents[k]) for k in sorted(continents, key=len, reverse=True)
        }
        for head in data.get("compound_heads", ()):
            self._suffix_rules.append(self._head_rule(head["word"], head.get("not_compounds", ())))
        self._suffix_index = _index_by_ending(self._suffix_rules)
        self._compound_codes = {c["prefix"]: c["code"] for c in data.get("compound_codes", ())}
        self._person_heads = tuple(h.casefold() for h in data.get("person_compound_heads", ()))
        # Longest first: "dienststellen" before "stellen" would be tried.
        units = {h.casefold() for h in data.get("unit_heads", ())}
        self.unit_heads = tuple(sorted(units, key=len, reverse=True))
        self._common_names = frozenset(data.get("common_names", ()))
        self._not_demonym_heads = frozenset(
            h.casefold() for h in data.get("demonym_compound_not_heads", ())
        )

    def _add_persons(self, items: list[dict[str, Any]], path: Path) -> None:
        for item in items:
            roles = tuple(
                KBRole(
                    title=r["title"],
                    code=r["code"],
                    sector=r["sector"],
                    start=r.get("start"),
                    end=r.get("end"),
                    org=r.get("org"),
                )
                for r in item["roles"]
            )
            entry = KBEntry(
                id=item["id"],
                kind="person",
                name=item["name"],
                code=None,
                sector=None,
                wikidata=item["id"] if item["id"].startswith("Q") else None,
                roles=roles,
                gender=item.get("gender"),
            )
            self._add_entry(entry, path)
            for role in roles:
                self._by_office.setdefault((role.code, role.title), []).append(entry.id)
            self._add_person_names(entry.id, item["name"], item.get("aliases", ()))

    def _add_generated_persons(self, items: list[dict[str, Any]], path: Path) -> None:
        """The PETRARCH2 office holders: full names only, none a hand entry already has;
        their roles give a person's state as of a date, but no office to role words
        (``der Präsident`` stays with the hand layer's holders)."""
        for item in items:
            if self._surfaces.exact.get(item["name"]) or item["id"] in self.entries:
                continue
            roles = tuple((r["code"], r["sector"], r["start"], r["end"]) for r in item["roles"])
            for form in name_forms(item["name"], person=True):
                self._holders.setdefault(form, (item["id"], item["name"], roles))

    def _add_person_names(self, person_id: str, name: str, aliases: Iterable[str]) -> None:
        for form in name_forms(name, person=True):
            self._add_surface(form, SurfaceMatch(person_id, "name", None))
        for alias in aliases:
            kind = "surname" if name.endswith(" " + alias) or name == alias else "alias"
            # "Kurz", "Koch", "Richard": also common words or first names (roles.yaml).
            common = alias in self._common_names
            self._add_surface(alias, SurfaceMatch(person_id, kind, None, common))
            gen = genitive(alias)
            if gen:
                # The genitive of a very short name is often another name (Han → Hans).
                risky = common or len(alias) <= MAX_RISKY_GENITIVE_BASE
                self._add_surface(gen, SurfaceMatch(person_id, kind, None, risky))
            if " " not in alias:
                self._add_prefix(alias, SurfaceMatch(person_id, kind, None), closed=False)

    # indexing

    def _add_name(self, entry_id: str, item: str | dict[str, Any], form: str, sector: str | None):
        name, extra, ambiguous, prefix_only = surface_parts(item)
        match = SurfaceMatch(entry_id, form, sector, ambiguous)
        if not prefix_only:
            for surface in [*name_forms(name), *extra]:
                self._add_surface(surface, match)
        # Closed compounds only on names: places and institutions are too often the start
        # of unrelated words (Bern|adette, Rada|rschirm).
        closed = form == "name" and not (ambiguous or prefix_only)
        self._add_prefix(name, match, closed=closed)

    def _add_surface(self, surface: str, match: SurfaceMatch) -> None:
        self._surfaces.add(surface, match)

    def _add_prefix(self, surface: str, match: SurfaceMatch, *, closed: bool) -> None:
        if len(surface) < 2:
            return
        self._prefix.add(surface, match)
        if closed and " " not in surface and len(surface) >= MIN_CLOSED_PREFIX:
            append_unique(self._closed, surface, match)

    # look-ups

    def lookup(self, surface: str) -> list[SurfaceMatch]:
        """Entries a surface names, as written; case-insensitive only when nothing else matches."""
        surface = surface.strip()
        if len(surface) > 2 and surface.endswith("-"):
            # The first part of a coordinated compound: "Nato- und EU-Staaten", "US-".
            return self._prefix.get(surface[:-1])
        found = self._surfaces.get(surface)
        if not found and surface in self._holders:
            return [self._holder_match(surface)]
        return found

    def _holder_match(self, surface: str) -> SurfaceMatch:
        """The match of a generated office holder's name; his entry is made on first use."""
        person_id, name, roles = self._holders[surface]
        if person_id not in self.entries:
            dated = tuple(KBRole(GENERATED_TITLES[r[1]], *r) for r in roles)
            self.entries[person_id] = KBEntry(person_id, "person", name, None, None, None, dated)
        return SurfaceMatch(person_id, "name", None)

    def city_state(self, name: str) -> str | None:
        """The state a city is in (``Mannheim``, ``Mannheims`` → DEU), as written; None for
        anything else. Cities are never actors: the linker uses them only to tell which
        state an article is set in."""
        return self._cities.get(name.strip())

    def lookup_prefix(self, compound: str) -> list[SurfaceMatch]:
        """Entries named by the first part of a compound: Nato-Osterweiterung, US-Berichten.

        Hyphenated compounds are tried on the longest hyphen-separated head first
        (Saudi-Arabien-Reise → Saudi-Arabien); closed compounds (Irakkrieg) only
        on names of at least four letters followed by a rest that starts like a word.
        """
        compound = compound.strip()
        parts = compound.split("-")
        for n in range(len(parts) - 1, 0, -1):
            head = "-".join(parts[:n])
            hits = self._prefix.get(head)
            if not hits and n > 1:
                hits = self.lookup(head)
            if hits and not self._person_compound(parts[n:]):
                # Hans-Joachim, Müller-Hofstede, Friedrich-Naumann-Stiftung: a person's
                # name before anything but a known head is another name or a namesake.
                hits = [m for m in hits if self.entries[m.entry_id].kind != "person"]
            if hits:
                return list(hits)
        return self._closed_compound(compound) if len(parts) == 1 else []

    def _person_compound(self, rest: list[str]) -> bool:
        return len(rest) == 1 and rest[0].casefold().startswith(self._person_heads)

    def _closed_compound(self, word: str) -> list[SurfaceMatch]:
        for cut in range(len(word) - MIN_CLOSED_REST, MIN_CLOSED_PREFIX - 1, -1):
            rest = word[cut:]
            if rest.startswith(_DERIVATION_STARTS) or not _WORD_ONSET.match(rest):
                continue
            hits = self._closed.get(word[:cut])
            if hits:
                return list(hits)
        return []

    def role_word(self, word: str) -> RoleWord | None:
        """The role a word names, by any inflected form; -minister(in) compounds by their head."""
        word = word.strip()
        found = self.role_words.get(word)
        if found is None and not word[:1].islower():
            found = self._role_folded.get(word.casefold())
        if found:
            return found
        if "-" in word.strip("-"):
            return self._hyphenated_role(word)
        return self._compound_role(word)

    def _hyphenated_role(self, word: str) -> RoleWord | None:
        """US-Präsident, Nato-Generalsekretär: the head's role, coded by what precedes it."""
        modifier, head = word.rsplit("-", 1)
        role = self.role_word(head) if head[:1].isupper() else None
        if role is None:
            return None
        keys = (modifier, modifier.rsplit("-", 1)[-1])
        named = next((e for e in map(self._entry_named, keys) if e is not None), None)
        if role.title in OPPOSING_TITLES:
            named = None  # "G8-Gegner" oppose the G8, they are not of it
        code = role.code or (named.code if named else None)
        sector = role.sector
        if role.title in self._inherit_sector and named is not None and named.sector:
            sector = named.sector
        org = named.id if named is not None and named.code != named.id else None
        return RoleWord(word, role.title, sector, role.kind, code, role.covers, org)

    def inherits_sector(self, title: str) -> bool:
        """Whether a role of ``title`` acts in its owner's sector (``Mitglied``: of a party PTY,
        of Hamas REB), as ``inherit_sector`` in roles.yaml says."""
        return title in self._inherit_sector

    def officer_compound(self, word: str) -> RoleWord | None:
        """A closed compound of a state's or organisation's name and a person's role is
        its officer, as the hyphenated form is: ``Hamasführer`` = ``Hamas-Führer`` → HAMAS,
        ``Natochef`` → NATO. Only names the KB gives one entry (``_entry_named``)."""
        for cut in range(MIN_OFFICER_MODIFIER, len(word) - 2):
            head = word[cut:]
            if not head[0].islower():
                continue
            role = self.role_words.get(head.capitalize())
            if role is None or role.kind != "person" or role.code is not None:
                continue
            owner = self._entry_named(word[:cut])
            if owner is None or owner.code is None:
                return None
            sector = role.sector
            if owner.kind != "state" and sector == "GOV" and owner.sector:
                sector = owner.sector  # a group's leader acts in the group's sector (REB)
            org = owner.id if owner.code != owner.id else None
            return RoleWord(word, role.title, sector, role.kind, owner.code, role.covers, org)
        return None

    def _entry_named(self, modifier: str) -> KBEntry | None:
        """The one state or organisation a compound modifier names unambiguously, else None."""
        matches = [
            m
            for m in self._prefix.get(modifier) or self.lookup(modifier)
            if self.entries[m.entry_id].kind != "person"
        ]
        # Before a role word, a risky short form is safe enough (IS-Anführer, AU-Truppen).
        clear = {m.entry_id for m in matches if not m.ambiguous} or {m.entry_id for m in matches}
        return self.entries[clear.pop()] if len(clear) == 1 else None

    def _compound_role(self, word: str) -> RoleWord | None:
        if self._surfaces.get(word):
            return None  # "Sicherheitsrat", "Europaparlament": a name the KB links as such
        folded = word.casefold()
        for index in self._suffix_index.get(folded[-SUFFIX_KEY:], ()):
            rule = self._suffix_rules[index]
            for form in rule.forms:
                if folded.endswith(form) and len(word) >= len(form) + rule.min_modifier:
                    modifier = word[: -len(form)]
                    if modifier.lower().endswith(tuple(rule.not_compounds)):
                        break  # "Landesverrat", "Avantgarden": no compound of this head
                    code = next(
                        (c for p, c in self._compound_codes.items() if modifier.startswith(p)),
                        None,
                    )
                    title = modifier + rule.suffix if rule.suffix else word
                    return RoleWord(word, title, rule.sector, rule.kind, code)
        return self._demonym_compound(word)

    def no_compound(self, word: str) -> bool:
        """Whether ``word`` ends in a compound head's form but is listed as no compound of
        it (``not_compounds``: ``Schiedsrichter``, ``Ausrichter``, ``Machtdemonstration``)."""
        folded = word.casefold()
        rules = (self._suffix_rules[i] for i in self._suffix_index.get(folded[-SUFFIX_KEY:], ()))
        return any(
            folded.endswith(form) and folded[: -len(form)].endswith(tuple(rule.not_compounds))
            for rule in rules
            if rule.not_compounds
            for form in rule.forms
        )

    def _demonym_compound(self, word: str) -> RoleWord | None:
        """A compound whose head is a state's demonym names people of that state
        (``Festlandschinesen``, ``Exilkubaner``, ``Afroamerikaner``) — unless the modifier
        makes another people's name (``Südamerikaner``, ``Weißrussen``)."""
        for cut in range(MIN_DEMONYM_MODIFIER, len(word) - MIN_DEMONYM_HEAD + 1):
            head = word[cut:]
            if not head[0].islower() or head in self._not_demonym_heads:
                continue
            matches = self._surfaces.exact.get(head.capitalize()) or ()
            states = {m.entry_id for m in matches if m.form == "demonym" and not m.ambiguous}
            if len(states) != 1:
                continue
            if word[:cut].lower().startswith(OTHER_PEOPLE_MODIFIERS) or self._surfaces.exact.get(
                word
            ):
                return None  # "Weißrussen" is a people of its own
            return RoleWord(word, word, "CVL", "group", self.entries[states.pop()].code)
        return None

    def adjective_state(self, word: str, *, bodies: bool = False) -> str | None:
        """The one state a word names as an adjective (``chilenischen`` → CHL), None when
        it names none or several (``kongolesischen``: COD or COG). With ``bodies`` also the
        code of a body's place adjective (``Brüsseler`` → EU): an actor's attribute, not a
        state's ground. The one look-up behind every "state adjective → state code" site
        (places, the actor context, unknown organisations' names)."""
        codes = {
            self.entries[m.entry_id].code
            for m in self.lookup(word)
            if m.form == "adjective" and (bodies or self.entries[m.entry_id].kind == "state")
        }
        return codes.pop() if len(codes) == 1 else None

    def is_adjective(self, word: str) -> bool:
        """Whether a word is any entry's adjective (a state's or a body's place adjective)."""
        return any(m.form == "adjective" for m in self.lookup(word))

    def description_continents(self, adjective: str) -> tuple[str, ...] | None:
        """The continents an adjective of a state description names (``westafrikanische``
        → AF), None for any other adjective (``rohstoffreichen``)."""
        stem = re.sub(r"(e|en|er|es|em)$", "", adjective.casefold())
        return next(
            (c for ending, c in self.continent_adjectives.items() if stem.endswith(ending)),
            None,
        )

    def role_at(self, person_id: str, date: str | None) -> KBRole | None:
        """The person's role valid at ``date`` (heads and GOV roles preferred); None → latest."""
        entry = self.entries.get(person_id)
        if entry is None or not entry.roles:
            return None
        if date is None:
            ongoing = [r for r in entry.roles if r.end is None]
            if ongoing:
                return min(ongoing, key=role_preference)
            return max(entry.roles, key=lambda r: date_bounds(r.end or "0000")[1])
        valid = [r for r in entry.roles if role_valid_at(r, date)]
        return min(valid, key=role_preference) if valid else None

    def holders(
        self, code: str, title: str, date: str | None, org: str | None = None
    ) -> list[KBEntry]:
        """Persons who held ``title`` for ``code`` at ``date`` (None: now).

        A generic word (Staatschef, Regierungschef) stands for the titles it covers
        in roles.yaml; the first covered title with a holder wins. ``org`` (an entry id,
        e.g. "SPD"; default: the one a compound title names) keeps only its office holders.
        """
        role_word = self.role_word(title)
        titles = [title]
        if role_word is not None:
            titles = list(dict.fromkeys([role_word.title, *role_word.covers, title]))
            org = org or role_word.org
        for candidate in titles:
            found = [
                self.entries[pid]
                for pid in self._by_office.get((code, candidate), ())
                if self._held(self.entries[pid], code, candidate, date, org)
            ]
            if found:
                return list(dict.fromkeys(found))
        return []

    def _held(
        self, entry: KBEntry, code: str, title: str, date: str | None, org: str | None
    ) -> bool:
        for role in entry.roles:
            if role.code != code or role.title != title:
                continue
            if org is not None and not self._is_org(role.org, org):
                continue
            if (role.end is None) if date is None else role_valid_at(role, date):
                return True
        return False

    def _is_org(self, written: str | None, org: str) -> bool:
        """Whether a role's ``org`` as written ("Grüne", "SPD") names the entry ``org``."""
        if written is None:
            return False
        return written == org or any(m.entry_id == org for m in self.lookup(written))

    def surfaces(self) -> Iterator[str]:
        """Every indexed surface form, the generated office holders' names included (the
        token scan and the entity completer find a name NER missed by them)."""
        yield from self._surfaces.exact
        yield from self._holders


def _index_by_ending(rules: list[_SuffixRule]) -> dict[str, tuple[int, ...]]:
    """The rules by the last ``SUFFIX_KEY`` letters of their forms, each list in rule order."""
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        short = [form for form in rule.forms if len(form) < SUFFIX_KEY]
        if short:
            raise KBError(
                f"compound head form {short[0]!r} is shorter than {SUFFIX_KEY} letters",
                source="roles.yaml",
            )
        for key in {form[-SUFFIX_KEY:] for form in rule.forms}:
            index.setdefault(key, []).append(i)
    return {key: tuple(found) for key, found in index.items()}


def _non_modifiers(words: Iterable[str], forms: Iterable[str]) -> frozenset[str]:
    """What precedes a rule's form in words that are no compounds of it: ``Verrat`` with
    the form ``rat`` → ``ver``, so that ``Landesverrat`` is no council either."""
    result = set()
    for word in words:
        low = word.lower()
        form = max((f for f in forms if low.endswith(f) and len(low) > len(f)), key=len, default="")
        result.add(low[: len(low) - len(form)] if form else low)
    return frozenset(result)


def _shared(value: Any, shared: dict[Any, Any]) -> Any:
    return shared.setdefault(value, value)


def _read_text(path: Path) -> str:
    return read_text(path, KBError, "knowledge-base file")


def _read_texts(data_dir: Path) -> dict[Path, str]:
    """The text of every KB file that exists, in load order."""
    if not data_dir.is_dir():
        raise KBError("knowledge-base directory not found", source=str(data_dir))
    names = ["states.generated.yaml", "states.yaml", "organisations.yaml"]
    names += ["organisations.generated.yaml", "parties.generated.yaml", "roles.yaml"]
    names += ["companies.generated.yaml", "officeholders.generated.yaml"]
    names += ["first_names.generated.yaml", "lowercase_words.generated.yaml"]
    paths = [data_dir / n for n in names] + sorted((data_dir / "persons").glob("*.yaml"))
    paths.append(REGIONS_FILE)  # the gazetteer's regions act for their states (cities)
    return {path: _read_text(path) for path in paths if path.is_file()}


@functools.cache
def get_kb() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return KnowledgeBase.load()
