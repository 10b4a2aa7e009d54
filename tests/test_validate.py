from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.repository.discover import FileKind, RepoFile, list_files
from claimtrack.repository.load import read_bytes
from claimtrack.repository.validate import select_files, validate_repository
from helpers import CLAIM, make_repo, problems, source_yaml

OUTSIDE = "it is a link to a place outside the repository"

HEAD = "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"


def claim(body: str) -> dict[str, str]:
    return {"claims/treaty/treaty-signed.yaml": HEAD + body}


def test_base_repository_is_valid(tmp_path: Path) -> None:
    assert problems(make_repo(tmp_path)) == []


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # CT101 missing field: points at the mapping that lacks it
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("modality: asserted\n", "")},
            ("claims/treaty/treaty-signed.yaml", 2, 1, "CT101"),
        ),
        # CT101 in a nested mapping: points at the list item
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("    stance: supports\n", "")},
            ("claims/treaty/treaty-signed.yaml", 10, 5, "CT101"),
        ),
        # CT102 unknown field: points at the key
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM + "colour: red\n"},
            ("claims/treaty/treaty-signed.yaml", 13, 1, "CT102"),
        ),
        # CT103 wrong value: points at the value
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("value: 2016-11-29", "value: 2016-11-31")},
            ("claims/treaty/treaty-signed.yaml", 7, 8, "CT103"),
        ),
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("type: event", "type: happening")},
            ("claims/treaty/treaty-signed.yaml", 3, 7, "CT103"),
        ),
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("stance: supports", "stance: agrees")},
            ("claims/treaty/treaty-signed.yaml", 11, 13, "CT103"),
        ),
        # CT110 id does not match the file name
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("id: treaty-signed", "id: treaty-sign")},
            ("claims/treaty/treaty-signed.yaml", 2, 5, "CT110"),
        ),
        # CT112 unknown source
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("source: news-one", "source: news-two")},
            ("claims/treaty/treaty-signed.yaml", 10, 13, "CT112"),
        ),
        # CT113 unknown property
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("property: signed_on", "property: sign_on")},
            ("claims/treaty/treaty-signed.yaml", 6, 11, "CT113"),
        ),
        # CT114 unknown entity
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("subject: treaty-mtc", "subject: treaty-mtx")},
            ("claims/treaty/treaty-signed.yaml", 5, 10, "CT114"),
        ),
        # CT115 the property takes another claim type
        (
            {"claims/treaty/treaty-signed.yaml": CLAIM.replace("property: signed_on", "property: member_of")},
            ("claims/treaty/treaty-signed.yaml", 3, 7, "CT115"),
        ),
        # CT116 text path climbing out of sources/
        (
            {"sources/news-one.yaml": source_yaml(text_name="../../etc/passwd")},
            ("sources/news-one.yaml", 5, 7, "CT116"),
        ),
        # CT117 text missing
        (
            {"sources/news-one.yaml": source_yaml(text_name="gone.txt")},
            ("sources/news-one.yaml", 5, 7, "CT117"),
        ),
        # CT118 checksum mismatch: points at the recorded sha256
        (
            {"sources/news-one.yaml": source_yaml(digest="0" * 64)},
            ("sources/news-one.yaml", 6, 9, "CT118"),
        ),
    ],
)
def test_error_position(tmp_path: Path, files: dict[str, str], expected: tuple[str, int, int, str]) -> None:
    assert problems(make_repo(tmp_path, files)) == [expected]


def test_duplicate_id_across_folders(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"claims/other/treaty-signed.yaml": CLAIM})
    assert problems(root) == [("claims/treaty/treaty-signed.yaml", 2, 5, "CT111")]


def test_duplicate_id_found_in_a_partial_run(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"claims/other/treaty-signed.yaml": CLAIM})
    files, unmatched = select_files(root, [root / "claims/treaty/treaty-signed.yaml"])
    result = validate_repository(root, files)
    assert unmatched == []
    assert [(d.path, d.code, d.message) for d in result.diagnostics] == [
        (
            "claims/treaty/treaty-signed.yaml",
            "CT111",
            "claim id 'treaty-signed' is also defined in claims/other/treaty-signed.yaml",
        )
    ]


def test_wrong_entity_kind_for_relation(tmp_path: Path) -> None:
    relation = (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "id: member\ntype: relation\nstatement: Uzbekistan is a member of Russia.\n"
        "subject: uzbekistan\nproperty: member_of\nvalue: russia\nmodality: asserted\n"
        "evidence:\n  - source: news-one\n    stance: supports\n    quote: Moscow\n"
    )
    root = make_repo(tmp_path, {"claims/org/member.yaml": relation})
    result = validate_repository(root)
    assert [(d.line, d.column, d.code, d.message) for d in result.diagnostics] == [
        (7, 8, "CT115", "'russia' is a country; property 'member_of' takes organisation")
    ]


def test_reversed_interval_and_quantity(tmp_path: Path) -> None:
    quantity = (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "id: helicopters\ntype: quantity\nstatement: Between 20 and 10 helicopters.\n"
        "subject: uzbekistan\nproperty: helicopters_supplied\n"
        "value: {more_than: 20, less_than: 10, unit: helicopter}\nmodality: asserted\n"
        "evidence:\n  - source: news-one\n    stance: supports\n    quote: Moscow\n"
    )
    root = make_repo(
        tmp_path,
        {
            "claims/arms/helicopters.yaml": quantity,
            "claims/treaty/treaty-signed.yaml": CLAIM.replace("value: 2016-11-29", "value: 2017/2016"),
        },
    )
    assert problems(root) == [
        ("claims/arms/helicopters.yaml", 7, 8, "CT119"),
        ("claims/treaty/treaty-signed.yaml", 7, 8, "CT119"),
    ]


def test_quantity_unit_must_match_property(tmp_path: Path) -> None:
    quantity = (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "id: helicopters\ntype: quantity\nstatement: Twelve helicopters.\n"
        "subject: uzbekistan\nproperty: helicopters_supplied\n"
        "value:\n  exactly: 12\n  unit: aircraft\nmodality: asserted\n"
        "evidence:\n  - source: news-one\n    stance: supports\n    quote: Moscow\n"
    )
    assert problems(make_repo(tmp_path, {"claims/arms/helicopters.yaml": quantity})) == [
        ("claims/arms/helicopters.yaml", 9, 9, "CT115")
    ]


def test_part_of_cycle(tmp_path: Path) -> None:
    entities = (
        "entities:\n  - id: a\n    kind: place\n    label: A\n    part_of: b\n"
        "  - id: b\n    kind: place\n    label: B\n    part_of: a\n"
    )
    found = problems(make_repo(tmp_path, {"vocabulary/entities/places.yaml": entities}))
    assert found == [
        ("vocabulary/entities/places.yaml", 5, 14, "CT120"),
        ("vocabulary/entities/places.yaml", 9, 14, "CT120"),
    ]


def test_schema_line_is_checked(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"claims/treaty/treaty-signed.yaml": CLAIM.replace("../../schemas", "../schemas")})
    result = validate_repository(root)
    assert [(d.line, d.code, d.severity.value) for d in result.diagnostics] == [(1, "CT013", "warning")]
    assert result.success


def test_one_broken_file_does_not_hide_others(tmp_path: Path) -> None:
    root = make_repo(
        tmp_path,
        {
            "claims/a.yaml": "- not\n- a mapping\n",
            "claims/b.yaml": "id: [unclosed\n",
            "claims/treaty/treaty-signed.yaml": CLAIM.replace("subject: treaty-mtc", "subject: nowhere"),
        },
    )
    assert [(p, c) for p, _, _, c in problems(root)] == [
        ("claims/a.yaml", "CT007"),
        ("claims/b.yaml", "CT004"),
        ("claims/treaty/treaty-signed.yaml", "CT114"),
    ]


def test_symlink_outside_repository_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(CLAIM, encoding="utf-8")
    root = make_repo(tmp_path / "repo")
    (root / "claims/link.yaml").symlink_to(outside)
    assert ("claims/link.yaml", 1, 1, "CT001") in problems(root)


def test_links_inside_the_repository_are_read(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "repo")
    (root / "archive").mkdir()
    (root / "claims/treaty/treaty-signed.yaml").rename(root / "archive/treaty-signed.yaml")
    (root / "claims/treaty/treaty-signed.yaml").symlink_to(root / "archive/treaty-signed.yaml")
    assert problems(root) == []


def test_folder_linked_outside_the_repository_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.yaml").write_text(CLAIM, encoding="utf-8")
    root = make_repo(tmp_path / "repo")
    (root / "claims/away").symlink_to(outside, target_is_directory=True)
    load = read_bytes(root, RepoFile("claims/away/x.yaml", FileKind.CLAIM))
    assert isinstance(load, Diagnostic)
    assert (load.code, load.message) == ("CT001", diagnostic("CT001", "x", 1, 1, reason=OUTSIDE).message)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "repo")
    os.mkfifo(root / "claims/pipe.yaml")
    assert ("claims/pipe.yaml", 1, 1, "CT001") in problems(root)
    found = read_bytes(root, RepoFile("claims/pipe.yaml", FileKind.CLAIM))
    assert isinstance(found, Diagnostic)
    assert found.message.endswith("it is not a regular file")


def test_list_files_classifies_by_place(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"README.yaml": "a: 1\n", "claims/notes.txt": "x"})
    assert [(f.relative.as_posix(), f.kind.value) for f in list_files(root)] == [
        ("claims/treaty/treaty-signed.yaml", "claim"),
        ("sources/news-one.yaml", "source"),
        ("vocabulary/entities/core.yaml", "entities"),
        ("vocabulary/properties.yaml", "properties"),
    ]


def test_an_archived_text_is_read_once_for_its_checksum_and_its_quotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.engine.check import CheckInputs, check_repository
    from claimtrack.repository.load import DirectLoader
    from rulekit import claim, repo, source

    root = repo(
        tmp_path,
        claim("c", "'2016'", evidence=[("a", "supports", "Alpha beta gamma")]),
        claim("d", "'2016'", evidence=[("a", "supports", "Delta epsilon")]),
        sources=source("a", "Alpha beta gamma. Delta epsilon.\r\nZeta."),
    )
    reads: list[str] = []

    class Counting(DirectLoader):
        def read_archive(self, path: Path) -> bytes | None:
            reads.append(path.name)
            return super().read_archive(path)

    result = check_repository(root, CheckInputs(loader=Counting()))
    assert result.validation.diagnostics == []
    assert [f.code for f in result.findings if f.code in {"CT203", "CT118"}] == []
    assert reads == ["a.txt"]
    assert result.validation.workspace is not None
    assert result.validation.workspace.archived_text("a") == "Alpha beta gamma. Delta epsilon.\nZeta."


def test_an_archived_text_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    from claimtrack.repository.load import DirectLoader

    root = make_repo(tmp_path)

    class Unreadable(DirectLoader):
        def read_archive(self, path: Path) -> bytes | None:
            return None  # as when it is there but reading it fails (permission denied)

    found = validate_repository(root, loader=Unreadable()).diagnostics
    assert [(d.path, d.code, d.message) for d in found if d.code == "CT117"] == [
        (
            "sources/news-one.yaml",
            "CT117",
            diagnostic("CT117", "x", 1, 1, reason="archived text 'news-one.txt' cannot be read").message,
        )
    ]


def test_named_files_are_chosen_as_the_listing_would_choose_them(tmp_path: Path) -> None:
    """A path naming a claimtrack file is taken without listing the repository; the choice is the listing's."""
    root = make_repo(
        tmp_path,
        {"claims/other/treaty-signed.yml": CLAIM, "claims/odd.yaml/inner.yaml": CLAIM, "claims/notes.txt": "x"},
    )
    (root / "claims/link.yaml").symlink_to(root / "claims/treaty/treaty-signed.yaml")
    (root / "claims/dangling.yaml").symlink_to(root / "claims/nowhere.yaml")
    (tmp_path.parent / "outside.yaml").write_text(CLAIM, encoding="utf-8")
    names = [
        "claims/treaty/treaty-signed.yaml",
        "claims/other/treaty-signed.yml",
        "claims/missing.yaml",
        "claims/odd.yaml",
        "claims/treaty",
        "claims/notes.txt",
        "claims/link.yaml",
        "claims/dangling.yaml",
        "vocabulary/properties.yaml",
        "sources",
        "../outside.yaml",
    ]
    listing = list_files(root)
    for name in names:
        given = [root / name]
        assert select_files(root, given) == select_files(root, given, listing), name
    assert select_files(root, [root / n for n in names]) == select_files(root, [root / n for n in names], listing)
    chosen, unmatched = select_files(root, [root / "claims/link.yaml", root / "claims/missing.yaml"])
    assert chosen == [RepoFile("claims/treaty/treaty-signed.yaml", FileKind.CLAIM)]
    assert unmatched == [str(root / "claims/missing.yaml")]


def test_listing_the_claims_of_some_stems(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"claims/other/treaty-signed.yml": CLAIM, "claims/other/else.yaml": CLAIM})
    stems = frozenset({"treaty-signed"})
    full = list_files(root)
    expected = [f for f in full if f.kind is not FileKind.CLAIM or f.posix.rpartition("/")[2].startswith("treaty-")]
    assert list_files(root, stems) == expected
    assert [f.posix for f in list_files(root, stems) if f.kind is FileKind.CLAIM] == [
        "claims/other/treaty-signed.yml",
        "claims/treaty/treaty-signed.yaml",
    ]


@pytest.mark.parametrize("folder", ["claims/locked", "sources/locked", "vocabulary/entities"])
def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    # As root every folder can be listed, so the refusal a mode of 000 gives anyone else is made here.
    root = make_repo(tmp_path)
    (root / folder).mkdir(parents=True, exist_ok=True)
    locked = os.fspath(root / folder)
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    from claimtrack.cache import check

    # Once with the cache, so that a cached check sees the folder too (its fingerprint lists folders itself).
    first = check(root)
    monkeypatch.setattr(os, "scandir", scandir)
    for result in (check(root, cached=False), check(root)):
        assert [(d.path, d.line, d.column, d.code) for d in result.validation.diagnostics if d.code == "CT001"] == [
            (f"{folder}/", 1, 1, "CT001")
        ]
        assert not result.validation.success
    assert first.validation.success


@pytest.mark.parametrize(
    ("text_name", "link"),
    [("loop.txt", "loop.txt"), ("a/b.txt", None), ("x" * 5000 + ".txt", None), ("y" * 300 + "/z.txt", None)],
)
def test_a_text_path_that_cannot_be_resolved_is_a_located_error(
    tmp_path: Path, text_name: str, link: str | None
) -> None:
    # A link loop or an over-long name made every command stop with an internal error (issue 18, A4).
    root = make_repo(tmp_path, {"sources/news-one.yaml": source_yaml(text_name=text_name)})
    if link is not None:
        (root / "sources" / text_name).symlink_to(link)
    else:
        (root / "sources/a").symlink_to("a")  # a loop on the way, for a/b.txt
    from claimtrack.engine.check import check_repository

    result = check_repository(root)
    assert [(d.path, d.line, d.column, d.code) for d in result.validation.diagnostics] in (
        [("sources/news-one.yaml", 5, 7, "CT116")],
        [("sources/news-one.yaml", 5, 7, "CT117")],
    )
