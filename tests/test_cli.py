import json
import os
import subprocess
import sys

from conftest import DATA, HERALD, ROOT

import klayman_tui


def cli(*args, cwd=None):
    # The code under test, from any folder: another cwd would import the installed copy.
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "klayman_tui", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=60)


def test_sources_lists_the_five_articles():
    result = cli("sources")
    assert result.returncode == 0, result.stderr
    for expected in ("dGenerate Films", "The Brown Daily Herald", "The Epoch Times",
                     "TheWrap", "Fast Company", "Ari Karpel", "2012-09-10"):
        assert expected in result.stdout


def test_sources_json_is_valid_and_complete():
    records = json.loads(cli("sources", "--json").stdout)
    assert len(records) == 5
    herald = next(r for r in records if r["id"] == HERALD)
    assert herald["outlet"] == "The Brown Daily Herald"
    assert herald["date"] == "2012-09-10"
    assert herald["quotes"] > 0


def test_data_option_replaces_the_bundled_corpus(tmp_path):
    (tmp_path / "one.txt").write_text("A headline\n\nBody.\n")
    for args in (["--data", str(tmp_path), "sources", "--json"],
                 ["sources", "--json", "--data", str(tmp_path)]):
        records = json.loads(cli(*args).stdout)
        assert [r["id"] for r in records] == ["one"]


def test_version_and_help():
    assert cli("--version").stdout.strip() == f"klayman-tui {klayman_tui.__version__}"
    helped = cli("--help")
    assert helped.returncode == 0 and "sources" in helped.stdout and "--data" in helped.stdout


def test_errors_are_one_line_with_status_2(tmp_path):
    for args in (["--bogus"], ["--data", str(tmp_path / "missing"), "sources"],
                 ["quotes", "--source", "nope"], ["search"], ["quotes", "--format", "xml"]):
        result = cli(*args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert result.stderr.startswith("klayman-tui: error:")
        assert "Traceback" not in result.stderr


SHA256 = {  # of ../shared/corpus, the articles as delivered
    "000_559bc736928f387b.txt": "486a515b4f9c2af2a59d6647b270916c10fd3da6e27c3c5cc55e7090bae65553",
    "001_efc9e8cb31e5c649.txt": "ba9e9d3de1fcbf3eb21789b53398a712e656f58fb9276f0a35133a532390d5b5",
    "002_66f834e44787af39.txt": "4c7173f54bb9dc4717c5200c1e1b752fd6115db25ff4cb74483549e576ab6bd5",
    "003_129d912eaedae5df.txt": "488a42b9819c6c14d4aa86a44e2cd2931bc67976d836c05e5f95e9bbe4d4570e",
    "004_c3ba6e49db659583.txt": "b992383cfc388b9d2691ffa0d2e32d983bdb54a2d967b70befd455fbd193d963",
}


def test_bundled_data_is_byte_for_byte_the_shared_corpus():
    import hashlib
    assert sorted(p.name for p in DATA.glob("*.txt")) == sorted(SHA256)
    for name, digest in SHA256.items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest
    shared = DATA.parent.parent / "shared" / "corpus"
    for original in shared.glob("*.txt"):  # and against shared/ itself when it is beside us
        assert (DATA / original.name).read_bytes() == original.read_bytes()


def test_quotes_json_carries_the_documented_fields():
    records = json.loads(cli("quotes", "--format", "json").stdout)
    assert len(records) > 50
    for key in ("id", "source", "speaker", "text", "kind", "paragraph", "start", "end",
                "spans", "citation"):
        assert key in records[0]
    split = next(r for r in records if r["text"].startswith("nothing …"))
    assert split["spans"] == [[split["start"], split["spans"][0][1]],
                              [split["spans"][1][0], split["end"]]]
    data = (DATA / f"{HERALD}.txt").read_text(encoding="utf-8")
    assert data[split["spans"][1][0]:split["end"]] == "was happening at my convenience."


def test_quotes_filters_and_formats():
    fineran = json.loads(cli("quotes", "--speaker", "Fineran", "--format", "json").stdout)
    assert {r["speaker"] for r in fineran} == {"Jen Fineran"} and len(fineran) == 4
    wrap = json.loads(cli("quotes", "--source", "003_129d912eaedae5df", "--format", "json").stdout)
    assert {r["source"] for r in wrap} == {"003_129d912eaedae5df"}
    csv_out = cli("quotes", "--speaker", "fineran", "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,source,speaker") and len(csv_out) == 5
    md = cli("quotes", "--speaker", "fineran", "--format", "md").stdout
    assert "> “telling his story was like chasing a moving target.”" in md
    assert "> — Jen Fineran, quoted in “Alum draws praise" in md


def test_a_mistyped_command_is_named_with_the_nearest_one(tmp_path):
    """`klayman-tui serch censorship` was read as two paths ("censorship: no such
    file or folder")."""
    result = cli("serch", "censorship", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == ("klayman-tui: error: no command or file 'serch'; did "
                                     "you mean `klayman-tui search`? (commands: sources, "
                                     "quotes, search, collection)")
    (tmp_path / "serch").mkdir()  # a folder of that name is a folder, not a typo
    (tmp_path / "serch" / "a.txt").write_text('A\n\n"Words enough to be a quote," said Ms Lee.\n')
    assert "no command" not in cli("--data", "serch", "sources", cwd=tmp_path).stderr


def test_help_names_every_kind_of_article_file():
    for args in (["--help"], ["quotes", "--help"]):
        text = " ".join(cli(*args).stdout.split())
        assert "(.txt .md .html .htm .pdf)" in text and ".txt/.md" not in text


def test_quotes_by_a_speaker_who_said_nothing_says_so_on_stderr():
    result = cli("quotes", "--speaker", "nobody")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.strip() == "klayman-tui: no quotes by 'nobody'"
    mistyped = cli("quotes", "--speaker", "klaymen")
    assert mistyped.stderr.strip() == ("klayman-tui: no quotes by 'klaymen' "
                                       "(did you mean 'Alison Klayman'?)")



def test_sources_lists_an_untitled_article_as_the_app_does():
    """The app lists the untitled Epoch Times profile by what its citations say; the
    command line printed "—"."""
    result = cli("sources")
    assert result.returncode == 0, result.stderr
    assert "Profile of Alison Klayman" in result.stdout


def test_a_command_after_a_path_says_where_it_goes(tmp_path, monkeypatch):
    """`klayman-tui FILE sources` opened the app with a toast "sources: no such file or
    folder"; a command word after a path is an error that shows the right form."""
    from klayman_tui import cli as command_line

    (tmp_path / "crn.html").write_text("<p>A page</p>")
    for args, word, form in (
            (["crn.html", "sources"], "sources", "klayman-tui --data crn.html sources"),
            (["crn.html", "quotes", "--format", "json"], "quotes",
             "klayman-tui --data crn.html quotes --format json"),
            (["--data", "a b", "crn.html", "search", "x"], "search",
             "klayman-tui --data 'a b' --data crn.html search x")):
        result = cli(*args, cwd=tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.strip().splitlines() == [
            f"klayman-tui: error: `{word}` is a command: put it first, with each file or "
            f"folder after --data: {form}"], args
    # A file or folder of a command's name is opened, as before.
    opened = []
    monkeypatch.setattr(command_line, "_run_app", lambda paths: opened.append(paths) or 0)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    assert command_line.run(["crn.html", "sources"]) == 0
    assert command_line.run(["crn.html"]) == 0
    assert opened == [["crn.html", "sources"], ["crn.html"]]


def test_sources_keeps_its_columns_for_a_long_or_wide_file_name(tmp_path):
    # One file name of 230 characters pushed every row's outlet and date to column 230;
    # a name in CJK characters (two columns each) left its row's details out of line.
    story = 'Harbour plan\n\nBy Ann Lee\n\n"We will build it," said Ms Lee.\n'
    long_name = "a-very-long-name-" * 13 + ".txt"
    for name in (long_name, "港口计划.txt", "short.txt"):
        (tmp_path / name).write_text(story, encoding="utf-8")
    result = cli("--data", str(tmp_path), "sources")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    from rich.cells import cell_len
    details = [line for line in lines if "·" in line]
    columns = {cell_len(line[:line.index("—") if "—" in line else line.index("·")])
               for line in details}
    assert len(details) == 3 and len(columns) == 1, lines  # every row's details line up
    assert max(columns) < 60, lines
