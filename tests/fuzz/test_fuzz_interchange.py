"""The interchange importer against random and damaged files.

``parse_interchange`` either returns a plan or raises a ``ValidationError`` whose problems name
the record and field (``shifts[3].end``) in words; never another exception. A file refused at
any point, while reading or while adding (a workplace already in the vault with another
currency, or a failure injected at the k-th record), leaves the vault exactly as it was.

Damaged files start from ``tests/fixtures/interchange/example.json``, the README's example:
keys deleted, values of the wrong type, values swapped, unknown keys, broken base64, numbers
of a thousand digits, nesting thousands deep, duplicate refs and keys, and the bytes of the file
itself cut, flipped or re-encoded.
"""

from __future__ import annotations

import base64
import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fuzz_helpers import FUZZ, Snapshot, Tally, nasty_text, snapshot, weighted
from hypothesis import given
from hypothesis import strategies as st

from workbook.domain.errors import ValidationError
from workbook.domain.models import Person, Profile, Workplace
from workbook.services.interchange import (
    _KEYS,
    ImportPlan,
    apply_plan,
    import_interchange,
    load_json,
    parse_interchange,
)
from workbook.store import FAST_TEST_KDF, Vault

EXAMPLE_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "example.json"
EXAMPLE_BYTES = EXAMPLE_PATH.read_bytes()
EXAMPLE: dict[str, Any] = json.loads(EXAMPLE_BYTES)
TOP_KEYS = set(_KEYS[""])


# --- random JSON -------------------------------------------------------------------------

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10**40), 10**40),
    st.floats(allow_nan=False, allow_infinity=False), nasty_text,
    st.sampled_from(("", "w1", "s1", "i1", "p1", "SEK", "JPY", "Europe/Stockholm",
                     "2026-03-28", "2026-03-28T21:00", "2026-03-29T04:00+01:00", "800.00",
                     "-1", "1e3", "club", "earning", "deduction", "house_fee", "cash",
                     "involved", "image/png", "aGVsbG8=", "06:00", True, 0, -1, 3, 2**63)),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.one_of(nasty_text, st.sampled_from(
                                   sorted({k for keys in _KEYS.values() for k in keys}))),
                                   children, max_size=4)),
    max_leaves=12,
)


def _record(section: str) -> st.SearchStrategy[dict[str, Any]]:
    """An object with mostly the section's own keys, holding anything (mostly plain values:
    drawing nested ones for every key would spend the run generating data)."""
    keys = st.sampled_from(_KEYS[section])
    return st.dictionaries(weighted((8, keys), (1, nasty_text)),
                           weighted((8, scalars), (1, json_values)), max_size=7)


random_documents = st.fixed_dictionaries(
    {"format": weighted((6, st.just("workbook-interchange")), (1, json_values)),
     "version": weighted((6, st.just(1)), (1, json_values))},
    optional={name: weighted((5, st.lists(_record(name), max_size=2)), (1, scalars))
              for name in ("workplaces", "people", "shifts", "money", "incidents",
                           "attachments", "controls")}
    | {"profile": weighted((5, _record("profile")), (1, scalars))},
)


# --- damaged copies of the example -------------------------------------------------------


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON document (dict keys and list indexes), parents before children."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield (*prefix, i)
            yield from _paths(value, (*prefix, i))


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        doc = doc[step]
    return doc


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = [value]
    return value


def _corrupt_base64(text: str, how: int, where: int) -> str:
    if not text:
        return "!"
    i = where % len(text)
    return [text[:i] + "!" + text[i + 1:], text[:i], text + "=", text.rstrip("="),
            text[:i] + " \n\t" + text[i:], text + "A", "data:image/png;base64," + text,
            text[:i] + "é" + text[i:]][how % 8]


MUTATIONS = ("delete", "replace", "swap", "unknown key", "duplicate item", "base64",
             "huge number", "nested", "null", "empty", "type change")
# Damage a file survives (new text in a text field): most files stay importable, so the adding
# (and the failures injected into it) gets exercised too.
BENIGN = ("retext", "retext", "retext")


@st.composite
def damaged_documents(draw: st.DrawFn) -> tuple[Any, list[str]]:
    doc = copy.deepcopy(EXAMPLE)
    done: list[str] = []
    for _ in range(draw(weighted((3, st.just(1)), (1, st.integers(2, 4))))):
        paths = list(_paths(doc))
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _parent(doc, path), path[-1]
        how = draw(st.sampled_from(MUTATIONS + BENIGN))
        done.append(f"{how} at {'/'.join(map(str, path))}")
        if how == "retext":
            if isinstance(parent[key], str):
                parent[key] = draw(nasty_text)
        elif how == "delete":
            del parent[key]
        elif how == "replace":
            parent[key] = draw(json_values)
        elif how == "swap":
            other = draw(st.sampled_from(paths))
            try:
                other_parent = _parent(doc, other)
                parent[key], other_parent[other[-1]] = other_parent[other[-1]], parent[key]
            except (KeyError, IndexError, TypeError):
                pass  # the other place went away with an earlier swap
        elif how == "unknown key":
            target = parent if isinstance(parent, dict) else doc
            target[draw(nasty_text)] = draw(json_values)
        elif how == "duplicate item":
            if isinstance(parent, list):
                parent.append(copy.deepcopy(parent[key]))
            elif isinstance(parent.get(key), list) and parent[key]:
                parent[key].append(copy.deepcopy(parent[key][0]))
        elif how == "base64":
            for attachment in doc.get("attachments") or []:
                if isinstance(attachment, dict) and isinstance(attachment.get("data_base64"),
                                                               str):
                    attachment["data_base64"] = _corrupt_base64(
                        attachment["data_base64"], draw(st.integers(0, 7)),
                        draw(st.integers(0, 10**6)))
        elif how == "huge number":
            parent[key] = draw(st.sampled_from((10**400, -(10**400), 2**63, -(2**63) - 1,
                                                10**15 + 1, 1e308, -0.0, 1.5)))
        elif how == "nested":
            parent[key] = _nested(draw(st.integers(1, 300)))
        elif how == "null":
            parent[key] = None
        elif how == "empty":
            parent[key] = draw(st.sampled_from(("", [], {}, 0, " ")))
        else:  # type change: the same value as text, as a list, as a number
            value = parent[key]
            parent[key] = draw(st.sampled_from((str(value), [value], {"value": value},
                                                len(str(value)))))
    return doc, done


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """The example's bytes cut, flipped, re-encoded, or given text-level damage JSON cannot
    express from Python (duplicate keys, 100,000-deep nesting, huge literals)."""
    raw = EXAMPLE_BYTES
    how = draw(st.integers(0, 9))
    at = draw(st.integers(0, len(raw)))
    if how == 0:
        return raw[:at]
    if how == 1:
        flipped = bytearray(raw)
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, len(raw) - 1))
            flipped[i] ^= 1 << draw(st.integers(0, 7))
        return bytes(flipped)
    if how == 2:
        return raw.decode("utf-8").encode(draw(st.sampled_from(("utf-16", "utf-16-le",
                                                                "utf-32", "latin-1"))),
                                          errors="replace")
    if how == 3:
        return b"\xef\xbb\xbf" + raw
    if how == 4:
        return raw.replace(b'"name": ', b'"name": "Twice", "name": ', 1)
    if how == 5:
        depth = draw(st.sampled_from((1000, 100_000)))
        return raw.replace(b'"notes": ', b'"notes": ' + b"[" * depth + b"]" * depth + b", "
                           b'"x": ', 1)
    if how == 6:
        return raw.replace(b'"breaks_minutes": 30', b'"breaks_minutes": 1' + b"0" * 5000, 1)
    if how == 7:
        return raw[:at] + draw(st.binary(min_size=1, max_size=20)) + raw[at:]
    if how == 8:
        return raw.replace(b"800.00", b"1e999999", 1).replace(b"false", b"NaN", 1)
    return raw.replace(b'"version": 1', b'"version": ' + draw(st.sampled_from(
        (b"2", b"1.0", b'"1"', b"0", b"-1", b"true", b"null"))), 1)


# --- checks --------------------------------------------------------------------------------


def _read(raw: bytes, default_timezone: str | None) -> ImportPlan | ValidationError:
    try:
        return parse_interchange(raw, default_timezone=default_timezone)
    except ValidationError as exc:
        return exc


def _root(field: str) -> str:
    """The top-level key a problem's path starts with (a quoted key read as JSON)."""
    if field.startswith('"'):
        key, _end = json.JSONDecoder().raw_decode(field)
        return str(key)
    return re.split(r"[.\[]", field, maxsplit=1)[0]


def check_refusal(exc: ValidationError, doc: Any) -> None:
    """Every problem has a message in words; inside a readable file, a path to a field."""
    assert exc.problems
    for problem in exc.problems:
        assert isinstance(problem.field, str) and isinstance(problem.message, str)
        assert problem.message.strip()
        assert "Traceback" not in problem.message and " object at 0x" not in problem.message
    readable = (isinstance(doc, dict) and doc.get("format") == "workbook-interchange"
                and type(doc.get("version")) is int)
    if readable:
        for problem in exc.problems:
            assert problem.field, f"a problem without a field: {problem}"
            assert _root(problem.field) in TOP_KEYS | set(doc), problem.field


class _Undo(Exception):
    """Raised inside a transaction to roll an accepted import back (keeps the vault small)."""


class FailingVault:
    """The vault, except that the ``fail_at``-th record added raises ``error``."""

    def __init__(self, vault: Vault, fail_at: int, error: BaseException) -> None:
        self._vault = vault
        self._left = fail_at
        self._error = error

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._vault, name)
        if not (name.startswith("add_") or name == "save_profile"):
            return attribute

        def add(*args: Any) -> Any:
            self._left -= 1
            if self._left == 0:
                raise self._error
            return attribute(*args)

        return add


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A vault that already holds the example's first workplace (with its own currency and
    zone) and one of its people: imports reuse them, or are refused when they disagree."""
    path = tmp_path_factory.mktemp("fuzz-interchange") / "import.workbook"
    with Vault.create(path, "fuzz passphrase", kdf=FAST_TEST_KDF) as opened:
        opened.save_profile(Profile(work_name="Before", timezone="Europe/Oslo"))
        opened.add_workplace(Workplace(name="Club Aurora", currency="SEK",
                                       timezone="Europe/Stockholm"))
        opened.add_person(Person(label="Mikael"))
        yield opened


def _adds(plan: ImportPlan) -> int:
    """How many records applying ``plan`` adds at least (workplaces and people already in the
    vault are reused, not added)."""
    return (int(bool(plan.profile_fields)) + len(plan.shifts) + len(plan.money)
            + len(plan.incidents) + len(plan.controls) + len(plan.attachments))


def import_and_check(vault: Vault, raw: bytes, examples: Tally, fail_at: int | None) -> None:
    """Import ``raw`` for real (placing loose incidents in the vault's zone, as the app does):
    refused → the vault is unchanged; accepted → everything in the plan is there (then rolled
    back, so the next example starts from the same vault)."""
    before: Snapshot = snapshot(vault)
    plan_or_error = _read(raw, before.profile.timezone)
    if isinstance(plan_or_error, ValidationError):
        with pytest.raises(ValidationError):
            import_interchange(vault, raw)
        assert snapshot(vault) == before, "a refused file changed the vault"
        examples.note("refused file left the vault unchanged")
        return
    plan = plan_or_error
    if fail_at is not None and _adds(plan):
        fail_at = 1 + fail_at % _adds(plan)  # a record that is surely added
        error = [ValidationError([]), OSError(28, "No space left on device"),
                 RuntimeError("injected")][fail_at % 3]
        with pytest.raises(type(error)):
            apply_plan(FailingVault(vault, fail_at, error), plan)
        assert snapshot(vault) == before, f"a failure at record {fail_at} left a half import"
        examples.note("failure injected, nothing kept")
        return
    try:
        with vault.transaction():
            counts = apply_plan(vault, plan)
            assert counts.shifts == len(plan.shifts)
            assert counts.money_lines == len(plan.money)
            assert counts.incidents == len(plan.incidents)
            assert counts.attachments == len(plan.attachments)
            assert vault.count_shifts() == before.shifts + len(plan.shifts)
            assert vault.count_money_lines() == before.money_lines + len(plan.money)
            raise _Undo
    except _Undo:
        examples.note("imported")
    except ValidationError as exc:
        # Refused while adding (a workplace already in the vault with another currency).
        check_refusal(exc, None)
        examples.note("refused while adding")
    assert snapshot(vault) == before


@FUZZ
@given(doc=st.one_of(random_documents, json_values),
       zone=st.sampled_from((None, "Europe/Stockholm", "Pacific/Chatham")))
def test_random_documents(vault: Vault, examples: Tally, doc: Any, zone: str | None) -> None:
    raw = _dump(doc)
    result = _read(raw, zone)
    if isinstance(result, ValidationError):
        check_refusal(result, doc)
    import_and_check(vault, raw, examples, None)
    examples.ran("accepted" if isinstance(result, ImportPlan) else "refused")


@FUZZ
@given(damaged=damaged_documents(), zone=st.sampled_from((None, "Europe/Stockholm")),
       fail_at=st.none() | st.integers(0, 1000))
def test_damaged_copies_of_the_example(vault: Vault, examples: Tally,
                                       damaged: tuple[Any, list[str]], zone: str | None,
                                       fail_at: int | None) -> None:
    doc, _how = damaged
    raw = _dump(doc)
    result = _read(raw, zone)
    if isinstance(result, ValidationError):
        check_refusal(result, doc)
    import_and_check(vault, raw, examples, fail_at)
    examples.ran("accepted" if isinstance(result, ImportPlan) else "refused")


@FUZZ
@given(raw=st.one_of(damaged_bytes(), st.binary(max_size=200)))
def test_damaged_bytes(vault: Vault, examples: Tally, raw: bytes) -> None:
    result = _read(raw, None)
    if isinstance(result, ValidationError):
        try:
            doc = load_json(raw)  # as the importer reads it (no NaN, a BOM allowed)
        except ValidationError:
            doc = None
        check_refusal(result, doc)
    import_and_check(vault, raw, examples, None)
    examples.ran("accepted" if isinstance(result, ImportPlan) else "refused")


def test_the_example_itself_imports() -> None:
    plan = parse_interchange(EXAMPLE_BYTES)
    assert plan.shifts and plan.money and plan.incidents and plan.attachments


def test_an_apply_time_refusal_keeps_nothing(vault: Vault) -> None:
    """The profile is saved first; a workplace refused later must take it back with it."""
    doc = copy.deepcopy(EXAMPLE)
    doc["workplaces"][0]["currency"] = "EUR"  # "Club Aurora" is in the vault with SEK
    before = snapshot(vault)
    with pytest.raises(ValidationError, match="currency"):
        import_interchange(vault, _dump(doc))
    assert snapshot(vault) == before


def test_broken_base64_is_named() -> None:
    doc = copy.deepcopy(EXAMPLE)
    doc["attachments"][0]["data_base64"] = base64.b64encode(b"picture").decode()[:-1] + "!"
    with pytest.raises(ValidationError) as refused:
        parse_interchange(_dump(doc))
    assert [p.field for p in refused.value.problems] == ["attachments[0].data_base64"]
