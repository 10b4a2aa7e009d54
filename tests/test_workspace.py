"""Which file the workspace keeps for an id: one definition, used by the workspace and the incremental check."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.repository.workspace import compared_claim_files, kept_files

PATHS = st.sampled_from(["claims/a.yaml", "claims/b.yaml", "claims/z/c.yaml", "claims/drafts/d.yaml"])


@given(st.dictionaries(PATHS, st.one_of(st.none(), st.sampled_from(["x", "y"]))))
def test_the_first_valid_file_by_path_is_kept_for_each_id(ids_by_path: dict[str, str | None]) -> None:
    kept = kept_files(ids_by_path)
    for item_id, path in kept.items():
        assert path == min(p for p, i in ids_by_path.items() if i == item_id)
    assert set(kept) == {i for i in ids_by_path.values() if i is not None}


def test_drafts_are_kept_but_not_compared() -> None:
    ids = {"claims/drafts/d.yaml": "x", "claims/b.yaml": "y", "claims/a.yaml": "y", "claims/c.yaml": None}
    assert kept_files(ids) == {"x": "claims/drafts/d.yaml", "y": "claims/a.yaml"}
    assert compared_claim_files(ids) == ["claims/a.yaml"]
