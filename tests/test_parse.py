from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver

from claimtrack.model.diagnostics import Diagnostic
from claimtrack.repository.parse import Document, Position, parse_document
from claimtrack.repository.yaml_composer import _Yaml12Resolver


def problem(raw: bytes, *, max_bytes: int = 1 << 20) -> tuple[int, int, str, str]:
    result = parse_document(raw, "claims/x.yaml", "claim", max_bytes=max_bytes)
    assert isinstance(result, Diagnostic), result
    return result.line, result.column, result.code, result.message


def document(raw: bytes) -> Document:
    result = parse_document(raw, "claims/x.yaml", "claim")
    assert isinstance(result, Document), result
    return result


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a: 1\nb: [1, 2\n", (3, 1, "CT004")),
        (b"a: 1\nb: 2\na: 3\n", (3, 1, "CT006")),
        (b"- a\n- b\n", (1, 1, "CT007")),
        (b"just words\n", (1, 1, "CT007")),
        (b"a: 1\n---\nb: 2\n", (3, 1, "CT008")),
        (b"a: 1\nb: !python/object:os.system x\n", (2, 4, "CT009")),
        (b"a: 1\nb: !!binary aGVsbG8=\n", (2, 4, "CT009")),
        (b"a: &x [1, 2]\nb: *x\n", (2, 1, "CT010")),
        (b"", (1, 1, "CT011")),
        (b"# only a comment\n\n", (1, 1, "CT011")),
        (b"a:\n\tb: 1\n", (2, 1, "CT005")),
        (b"a: 1\nb: x\x00y\n", (2, 5, "CT003")),
        (b"a: 1\nb: caf\xe9\n", (2, 7, "CT003")),
        (b"a: 1\n<<: {b: 2}\n", (2, 1, "CT004")),
        (b"a: 1\n[x]: 2\n", (2, 1, "CT004")),
    ],
)
def test_problem_position(raw: bytes, expected: tuple[int, int, str]) -> None:
    assert problem(raw)[:3] == expected


def test_duplicate_key_names_first_line() -> None:
    assert problem(b"id: a\nid: b\n")[3] == "duplicate key 'id' (first defined on line 1)"


def test_too_large_is_refused_before_parsing() -> None:
    assert problem(b"a: " + b"x" * 100, max_bytes=50)[:3] == (1, 1, "CT002")


def test_deep_nesting_is_refused() -> None:
    raw = b"a: " + b"[" * 100 + b"]" * 100 + b"\n"
    assert problem(raw)[2] == "CT012"


def test_yaml_1_1_traps_do_not_bite() -> None:
    doc = document(b"on: yes\nno: no\nnorway: NO\noff: off\n")
    assert doc.data == {"on": "yes", "no": "no", "norway": "NO", "off": "off"}


def test_scalars_are_built_without_object_construction() -> None:
    doc = document(b"d: 2016-11-29\ni: 12\nh: 0x1F\nf: 1.5\nt: true\nn: null\ns: '12'\n")
    assert doc.data == {"d": "2016-11-29", "i": 12, "h": 31, "f": 1.5, "t": True, "n": None, "s": "12"}


def test_bom_and_crlf_are_accepted_with_positions() -> None:
    doc = document(b"\xef\xbb\xbfa: 1\r\nb:\r\n  - x\r\n")
    assert doc.data == {"a": 1, "b": ["x"]}
    assert doc.value_positions[("b", 0)] == Position(3, 5)


def test_positions_of_keys_and_values() -> None:
    doc = document(b"# comment\nid: x\nevidence:\n  - source: s\n    quote: q\n")
    assert doc.key_positions[("evidence",)] == Position(3, 1)
    assert doc.value_positions[("evidence", 0, "quote")] == Position(5, 12)
    assert doc.locate(("evidence", 0, "missing"), at_key=True) == Position(4, 5)


def test_tabs_inside_values_are_fine() -> None:
    assert document(b"a: 'x\ty'\n").data == {"a": "x\ty"}


SCALARS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "no",
            "on",
            "Yes",
            "true",
            "False",
            "~",
            "null",
            "",
            ".inf",
            "-.INF",
            ".nan",
            "0x1F",
            "0o17",
            "1_000",
            "+12",
            "-3.5e3",
            "2016-11-29",
            "2016-11-29T10:00:00Z",
            "<<",
            "=",
            "!x",
            "&a",
            "*a",
        ]
    ),
    st.from_regex(r"[-+]?[0-9][0-9_.eE:xobXOB-]{0,10}", fullmatch=True),
)


@given(SCALARS, st.booleans())
def test_the_fast_resolver_resolves_as_ruamel_does_for_yaml_1_2(value: str, quoted_implicit: bool) -> None:
    """Plain scalars are typed by a table built once; it must agree with ruamel's own 1.2 resolver."""
    reference = VersionedResolver(version=(1, 2))
    fast = _Yaml12Resolver()
    for implicit in ((True, False), (False, quoted_implicit)):
        assert str(fast.resolve(ScalarNode, value, implicit)) == str(reference.resolve(ScalarNode, value, implicit))
    for kind in (SequenceNode, MappingNode):
        assert str(fast.resolve(kind, None, (True, False))) == str(reference.resolve(kind, None, (True, False)))


@pytest.mark.parametrize("written", ["+_", "-_", "0x_", "0o_", "0b_", "._", "-._", "._e+1", "+0x_"])
def test_a_number_pattern_that_is_no_number_stays_the_text_written(written: str) -> None:
    # The resolver's YAML 1.2 patterns accept these; int() and float() do not (issue 18, A1).
    assert document(f"a: {written}\n".encode()).data == {"a": written}


@pytest.mark.parametrize(
    ("written", "value"), [("0o17", 15), ("017", 17), ("1_000", 1000), ("0x1F", 31), ("-0b101", -5), ("+3", 3)]
)
def test_integers_keep_their_reading(written: str, value: int) -> None:
    assert document(f"a: {written}\n".encode()).data == {"a": value}


def test_the_longest_integer_is_read_and_a_longer_one_refused_at_its_place() -> None:
    assert document(b"a: " + b"9" * 4300 + b"\n").data == {"a": 10**4300 - 1}
    assert problem(b"x: 1\na: " + b"9" * 4301 + b"\n")[:3] == (2, 4, "CT015")
    # Hexadecimal has no conversion limit, but the number is as long once written in decimal (or JSON).
    assert problem(b"a: 0x" + b"f" * 5000 + b"\n")[:3] == (1, 4, "CT015")
    assert problem(b"a: -0x1" + b"0" * 3600 + b"\n")[:3] == (1, 4, "CT015")


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b"a: " + b"[" * 30_000 + b"]" * 30_000 + b"\n", (1, 68)),
        (b"a: " + b"[" * 30_000, (1, 68)),
        (b"a: " + b"{a: " * 30_000 + b"}" * 30_000 + b"\n", (1, 260)),
        (b"- " * 30_000 + b"x\n", (1, 131)),
        (b"a:\n  " + b"- " * 30_000 + b"x\n", (2, 131)),
    ],
)
def test_nesting_far_beyond_the_limit_is_refused_before_it_is_composed(raw: bytes, where: tuple[int, int]) -> None:
    # 30,000 levels made the C composer recurse until the process died (issue 18, B8).
    assert problem(raw)[:3] == (*where, "CT012")


def test_the_depth_scan_agrees_with_the_builder_on_where_nesting_goes_too_deep() -> None:
    # Just over 1,000 openers makes the scan run; the same nesting with fewer openers is built and refused.
    deep_key = b"k: " + b"{a: " * 70 + b"1" + b"}" * 70 + b"\n"
    padding = b"p: [" + b"-1, " * 1000 + b"1]\n"
    assert problem(deep_key)[:3] == (1, 260, "CT012")
    assert problem(padding + deep_key)[:3] == (2, 260, "CT012")


def test_a_file_with_more_nodes_than_the_limit_is_refused_at_the_first_node_beyond(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMTRACK_MAX_NODES", "1000")
    # The mapping, its key and the list are three nodes: the 998th item is the 1,001st node.
    assert problem(b"a: [" + b"1, " * 997 + b"1]\n")[:3] == (1, 5 + 3 * 997, "CT016")
    assert document(b"a: [" + b"1, " * 996 + b"1]\n").data["a"] == [1] * 997


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        (b"id: x\n!!python/object/apply:os.system id2: [ls]\n", "tag:yaml.org,2002:python/object/apply:os.system"),
        (b"id: x\n!custom type: y\n", "!custom"),
        (b"id: x\n!!binary aGk=: y\n", "tag:yaml.org,2002:binary"),
    ],
)
def test_a_tag_on_a_key_is_refused_as_on_a_value(raw: bytes, tag: str) -> None:
    assert problem(raw) == (
        2,
        1,
        "CT009",
        f"YAML tag '{tag}' is not supported; claimtrack never constructs objects from tags",
    )


def test_keys_that_resolve_to_core_kinds_stay_plain_words() -> None:
    assert document(b"'q': 1\n!!str k: 2\n1: 3\ntrue: 4\n").data == {"q": 1, "k": 2, "1": 3, "true": 4}
