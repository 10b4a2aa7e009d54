"""claimtrack diff on real git repositories made in temporary folders."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.engine.diff import diff_repository, flatten
from claimtrack.render.diff_report import render_markdown
from claimtrack.render.report_markdown import truncate
from rulekit import claim, repo

runner = CliRunner()


def git(root: Path, *args: str) -> str:
    completed = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return completed.stdout


def write(root: Path, *claims: tuple[str, str]) -> None:
    for relative, text in claims:
        (root / relative).write_text(text, encoding="utf-8")


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A repository whose main branch holds one supported signing date."""
    root = repo(tmp_path, claim("s2016", "'2016-11-29'", status="supported"))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    return root


def invoke(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["diff", *args, "--root", str(root)])
    return result.exit_code, result.output


@pytest.mark.slow
def test_a_conflicting_claim_is_an_introduced_open_error(base: Path) -> None:
    write(base, claim("s2017", "'2017-11-29'", evidence=[("a", "supports", "Delta epsilon")]))
    code, output = invoke(base, "main")
    assert code == 1
    assert "This change fails the check." in output
    # At the added claim's value, not at the unchanged s2016.yaml: the line a reviewer sees in the PR's diff.
    assert (
        "- **CT201 conflicting-values** (error) `claims/s2017.yaml:7:8`: treaty-mtc signed\\_on: 2 claims give "
        "values that cannot all be true: 2016-11-29 (s2016, supported) and 2017-11-29 (s2017, unreviewed)"
    ) in output


@pytest.mark.slow
def test_resolving_it_passes_and_the_base_is_read_from_git_not_the_working_tree(base: Path) -> None:
    git(base, "checkout", "-q", "-b", "conflict")
    write(base, claim("s2017", "'2017-11-29'", evidence=[("a", "supports", "Delta epsilon")]))
    git(base, "add", "-A")
    git(base, "commit", "-q", "-m", "conflict")
    write(base, claim("s2017", "'2017-11-29'", status="refuted", note="The signing is dated 2016 by two sources."))
    result = diff_repository(base, "conflict")
    assert result.success
    assert [f.code for f in result.resolved] == ["CT201", "CT209"]
    assert [(c.id, c.status_before, c.status_after) for c in result.claims] == [("s2017", "unreviewed", "refuted")]
    assert git(base, "status", "--porcelain") == " M claims/s2017.yaml\n"  # nothing else touched


@pytest.mark.slow
def test_two_revisions_can_be_compared(base: Path) -> None:
    git(base, "checkout", "-q", "-b", "feature")
    write(base, claim("s2017", "'2017-11-29'", evidence=[("a", "supports", "Delta epsilon")]))
    git(base, "add", "-A")
    git(base, "commit", "-q", "-m", "add")
    git(base, "checkout", "-q", "main")
    result = diff_repository(base, "main", "feature")
    assert [(c.id, c.kind) for c in result.claims] == [("s2017", "added")]
    assert [f.code for f in result.introduced_open_errors] == ["CT201", "CT209"]


@pytest.mark.slow
def test_a_status_change_without_a_new_review_is_an_error(base: Path) -> None:
    text = claim("s2016", "'2016-11-29'", status="supported")[1].replace("status: supported", "status: disputed")
    write(base, ("claims/s2016.yaml", text))
    code, output = invoke(base, "main")
    assert code == 1
    assert (
        "- `claims/s2016.yaml:9:9`: `s2016` supported → disputed, but no new review (by, on, note) "
        "records who decided and why"
    ) in output
    code, output = invoke(base, "main", "--format", "github")
    assert output.splitlines()[0] == (
        "::error file=claims/s2016.yaml,line=9,col=9,title=status changed without a review::"
        "s2016: supported → disputed needs a new review with by, on and note"
    )


@pytest.mark.slow
def test_exact_markdown(base: Path, golden: Callable[[str, str], None]) -> None:
    text = claim("s2016", "'2016-11-29'", status="supported", note="Checked again.")[1]
    write(base, ("claims/s2016.yaml", text.replace("Claim s2016.", "Signed in 2016.")))
    golden("diff.md", render_markdown(diff_repository(base, "main")))


@pytest.mark.slow
def test_unknown_revision_and_no_git_are_usage_errors(base: Path, tmp_path: Path) -> None:
    code, output = invoke(base, "no-such-branch")
    assert code == 2
    assert "unknown revision 'no-such-branch'" in output
    assert invoke(base, "mian") == (
        2,
        "claimtrack: unknown revision 'mian'; did you mean 'main'? (git rev-parse --verify --quiet mian^{commit} "
        "failed)\n",
    )
    plain = repo(tmp_path / "plain", claim("c"))
    assert invoke(plain, "main")[0] == 2


def test_flatten_gives_dotted_paths() -> None:
    assert flatten({"a": {"b": 1}, "ev": [{"q": "x"}, {"q": "y"}], "tags": ["t"]}) == {
        "a.b": 1,
        "ev[0].q": "x",
        "ev[1].q": "y",
        "tags": ["t"],
    }


def test_truncate_keeps_whole_lines_and_says_so() -> None:
    text = "".join(f"line {i}\n" for i in range(1000))
    cut = truncate(text, 300)
    assert len(cut.encode()) <= 300
    assert cut.endswith("run the command locally._\n")
    assert cut.startswith("line 0\nline 1\n")
    assert truncate("short\n", 300) == "short\n"


@pytest.mark.slow
def test_a_commit_cannot_hide_its_own_files_with_export_ignore(base: Path) -> None:
    # git archive honours the tree's own .gitattributes: the commit below said "This change passes the
    # check" while `check` on it found the bad claim (issue 18, E19).
    path, text = claim("bad", "'2016-11-29'")
    write(base, (path, text.replace("type: event", "type: rumour")))
    (base / ".gitattributes").write_text("claims/bad.yaml export-ignore\n", encoding="utf-8")
    git(base, "checkout", "-q", "-b", "pr")
    git(base, "add", "-A")
    git(base, "commit", "-q", "-m", "hide")
    code, output = invoke(base, "main", "pr")
    assert code == 1
    assert "`claims/bad.yaml:3:7`: CT103" in output


@pytest.mark.slow
def test_names_with_spaces_at_the_top_of_the_tree_are_names(base: Path) -> None:
    # ls-tree output split on whitespace turned "x claims" into "claims", which the base does not
    # have, and git archive failed: "pathspec 'claims' did not match" (E20).
    git(base, "rm", "-q", "-r", "claims")
    (base / "x claims").write_text("not a folder\n", encoding="utf-8")
    git(base, "add", "-A")
    git(base, "commit", "-q", "-m", "no claims yet")
    (base / "claims").mkdir()
    write(base, claim("s2016", "'2016-11-29'"))
    (base / "claims/with space.yaml").write_text(claim("with space")[1], encoding="utf-8")
    code, output = invoke(base, "HEAD")
    assert code == 1
    assert "Claims: 1 added, 0 changed, 0 removed." in output  # the claim that is not valid is not counted
    assert "`claims/with space.yaml:2:5`: CT103" in output


@pytest.mark.slow
def test_a_file_over_its_limit_in_a_revision_is_refused_unread(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # git archive exported a 3 GiB archived text whole (27 s, 6.36 GB): sizes come first now (B10).
    (base / "sources/a.txt").write_bytes(b"Alpha beta gamma. " * 1000)
    (base / "claims/big.yaml").write_bytes(b"# " + b"x" * 3000 + b"\n")
    git(base, "add", "-A")
    git(base, "commit", "-q", "-m", "large")
    monkeypatch.setenv("CLAIMTRACK_MAX_TEXT_BYTES", "1000")
    monkeypatch.setenv("CLAIMTRACK_MAX_FILE_BYTES", "2000")
    from claimtrack.repository.revisions import checkout_revision

    with checkout_revision(base, "HEAD") as folder:
        for name, size in (("sources/a.txt", 18_000), ("claims/big.yaml", 3003)):
            status = (folder / name).stat()
            assert (status.st_size, status.st_blocks) == (size, 0)  # a sparse stand-in: nothing was read
        assert (folder / "claims/s2016.yaml").read_bytes() == (base / "claims/s2016.yaml").read_bytes()
    code, output = invoke(base, "HEAD", "HEAD")
    assert code == 1
    assert "`claims/big.yaml:1:1`: CT002 file is 3003 bytes, more than the limit of 2000 bytes" in output
    assert "`sources/a.yaml:4:7`: CT117 archived text is 18000 bytes" in output


@pytest.mark.slow
def test_links_and_submodules_in_a_revision_are_not_recreated(base: Path) -> None:
    (base / "claims/link.yaml").symlink_to("/etc/hostname")
    git(base, "add", "-A")
    git(base, "commit", "-q", "-m", "link")
    from claimtrack.repository.revisions import checkout_revision

    with checkout_revision(base, "HEAD") as folder:
        assert not (folder / "claims/link.yaml").exists()
        assert not (folder / "claims/link.yaml").is_symlink()


@pytest.mark.slow
def test_a_conflict_the_change_adds_and_acknowledges_is_introduced_and_annotated_on_the_changed_file(
    base: Path,
) -> None:
    disputed = {"status": "disputed", "note": "The sources differ; asked the ministry."}
    write(
        base,
        claim("s2016", "'2016-11-29'", **disputed),
        claim("s2017", "'2017-11-29'", evidence=[("a", "supports", "Delta epsilon")], **disputed),
    )
    git(base, "checkout", "-q", "-b", "pr")
    git(base, "add", "-A")
    git(base, "commit", "-q", "-m", "pr")
    result = diff_repository(base, "main", "pr")
    assert result.success
    conflict = [f for f in result.introduced if f.code == "CT201"]
    assert [(f.state.value, f.path) for f in conflict] == [("acknowledged", "claims/s2016.yaml")]
    markdown = render_markdown(result)
    assert "Findings: 2 introduced (0 open errors, 2 acknowledged in this change)" in markdown
    assert (
        "introduced, acknowledged in this change: s2016 disputed by A. Reviewer, s2017 disputed by A. Reviewer"
    ) in markdown
    assert "- `status`: `supported` → `disputed`" in markdown
    assert invoke(base, "main", "pr", "--format", "github")[0] == 0
    _, output = invoke(base, "main", "pr", "--format", "github")
    [annotation] = [line for line in output.splitlines() if "CT201" in line]
    assert annotation.startswith("::notice file=claims/s2016.yaml,line=7,col=8,title=CT201 conflicting-values::")


@pytest.mark.slow
def test_a_finding_on_an_unchanged_file_is_annotated_on_the_claim_the_change_added(base: Path) -> None:
    write(base, claim("s2017", "'2017-11-29'", evidence=[("a", "supports", "Delta epsilon")]))
    _, output = invoke(base, "main", "--format", "github")
    [annotation] = [line for line in output.splitlines() if "CT201" in line]
    assert annotation.startswith("::error file=claims/s2017.yaml,line=7,col=8,title=CT201 conflicting-values::")
    # Every format points at the same place, the one in the change.
    found = json.loads(invoke(base, "main", "--format", "json")[1])["findings"]["introduced"]
    [introduced] = [f for f in found if f["code"] == "CT201"]
    assert (introduced["file"], introduced["line"], introduced["column"]) == ("claims/s2017.yaml", 7, 8)
    assert introduced["sources"] == ["a"]  # the sources its claims cite: CT201 names none of its own
    assert "`claims/s2017.yaml:7:8`" in invoke(base, "main")[1]


@pytest.mark.slow
def test_the_field_diff_gives_a_default_status_as_the_table_does(base: Path) -> None:
    write(base, claim("s2017", "'2017-11-29'", status=None))
    git(base, "add", "-A")
    git(base, "commit", "-q", "-m", "unreviewed")
    write(base, claim("s2017", "'2017-11-29'", status="disputed", note="The sources differ."))
    markdown = render_markdown(diff_repository(base, "HEAD"))
    assert "| `s2017` (claims/s2017.yaml) | changed | unreviewed → **disputed** |" in markdown
    assert "- `status`: `unreviewed` → `disputed`" in markdown
