"""The collection and the settings are the user's work: two running copies, a hand
edit, a field a later version added, a byte-order mark, a private mode or a dotfiles
symlink are all kept through a save; a link planted where the program writes is never
followed."""

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest
from app_helpers import make_app, run_command, settle, toasts
from conftest import HERALD

from klayman_tui.app.clipboard import save_last_copy
from klayman_tui.app.settings import (Settings, last_copy_path, load_settings,
                                      save_settings, settings_path)
from klayman_tui.corpus.state.collection import Collection

TWO_COPIES = 2
STARS_EACH = 25


def run_copies(script: str, tmp_path, count: int = TWO_COPIES) -> None:
    """Start ``count`` Python processes on ``script`` (each gets its number as
    argv[1]); ``wait_for_start()`` in the script returns when all are ready, so their
    writes interleave. All must succeed."""
    start = tmp_path / "start"
    ready = tmp_path / "ready"
    ready.mkdir()
    program = textwrap.dedent(f"""
        import os, sys, time
        def wait_for_start():
            open(os.path.join({str(ready)!r}, sys.argv[1]), "w").close()
            while not os.path.exists({str(start)!r}):
                time.sleep(0.005)
    """) + textwrap.dedent(script)
    copies = [subprocess.Popen([sys.executable, "-c", program, str(number)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for number in range(count)]
    deadline = time.monotonic() + 60
    while len(list(ready.iterdir())) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    start.write_text("go")
    for copy in copies:
        out, err = copy.communicate(timeout=120)
        assert copy.returncode == 0, err


def test_two_running_copies_keep_each_others_stars(corpus, tmp_path):
    """Two processes star different quotes of one collection, interleaved: every star
    of both is in the file at the end (each used to rewrite the file from memory)."""
    assert len(corpus.quotes) >= TWO_COPIES * STARS_EACH
    run_copies(f"""
        import klayman_tui
        from klayman_tui.corpus.state.collection import Collection
        me = int(sys.argv[1])
        quotes = klayman_tui.load().quotes[me::{TWO_COPIES}][:{STARS_EACH}]
        collection = Collection.for_paths(None)  # read once, as the app does
        wait_for_start()
        for quote in quotes:
            assert collection.toggle(quote) is True
            time.sleep(0.002)
    """, tmp_path)
    saved = Collection.for_paths(None)
    wanted = {(q.source.id, " ".join(q.text.split()))
              for me in range(TWO_COPIES)
              for q in corpus.quotes[me::TWO_COPIES][:STARS_EACH]}
    assert {entry.key for entry in saved.entries} == wanted
    assert saved.warning is None


def test_two_running_copies_keep_each_others_settings(tmp_path):
    """One process changes the citation style again and again while another saves
    key remaps one by one: every remap and a valid style are in the file at the end."""
    run_copies(f"""
        from klayman_tui.app.settings import Settings, save_settings
        me = int(sys.argv[1])
        settings = Settings()
        wait_for_start()
        for number in range({STARS_EACH}):
            if me == 0:
                settings.citation_style = ("mla", "apa")[number % 2]
                assert save_settings(settings) is None
            else:
                settings.keys[f"binding{{number}}"] = f"f{{number % 12 + 1}}"
                assert save_settings(settings, changed=("keys",)) is None
    """, tmp_path)
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    assert data["citation_style"] == ("mla", "apa")[(STARS_EACH - 1) % 2]
    assert sorted(data["keys"]) == sorted(f"binding{n}" for n in range(STARS_EACH))


def write_settings(text: str, encoding: str = "utf-8"):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding)
    return path


def test_a_remap_added_by_hand_while_the_app_runs_survives_a_style_change():
    write_settings('{"citation_style": "mla"}')
    settings, _ = load_settings()  # the app starts
    write_settings('{"citation_style": "mla", "keys": {"copy_cite": "y"}}')  # a hand edit
    settings.citation_style = "chicago"  # then the palette
    assert save_settings(settings) is None
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    assert data == {"citation_style": "chicago", "keys": {"copy_cite": "y"}}


def test_settings_with_a_byte_order_mark_are_read_and_kept():
    write_settings('{"citation_style": "apa", "keys": {"copy_cite": "y"}}', "utf-8-sig")
    settings, problem = load_settings()
    assert problem is None and settings.citation_style == "apa"
    assert settings.keys == {"copy_cite": "y"}
    settings.citation_style = "mla"
    assert save_settings(settings) is None
    assert load_settings()[0].keys == {"copy_cite": "y"}


def collection_file(records: list, **top) -> tuple:
    path = Collection.for_paths(None).path
    path.parent.mkdir(parents=True, exist_ok=True)
    return path, {"format": 1, "corpus": [], "quotes": records, **top}


GOOD = {"source": HERALD, "text": "do whatever is required.", "speaker": "Alison Klayman",
        "kind": "direct", "added": "2026-01-01T00:00:00Z"}


def test_what_this_version_does_not_understand_is_kept_through_a_star(corpus):
    """An entry of a kind from a later version, one with a blank speaker, fields and
    keys this version never wrote: all still in the file after the next star."""
    later = {**GOOD, "kind": "paraphrase", "text": "a later kind"}
    blank = {**GOOD, "speaker": "", "text": "no speaker"}
    noted = {**GOOD, "note": "for chapter 2", "tags": ["censorship"]}
    path, data = collection_file([later, noted, blank], theme="dark", format=1)
    path.write_text(json.dumps(data), encoding="utf-8")
    collection = Collection.for_paths(None)
    assert len(collection) == 1 and "2 entries" in collection.warning
    quote = corpus.source(HERALD).quotes[5]
    assert collection.toggle(quote) is True
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["theme"] == "dark"
    assert saved["quotes"][:3] == [later, noted, blank]
    assert saved["quotes"][3]["text"] == " ".join(quote.text.split())
    collection.toggle(quote)  # un-starring removes only that quote
    assert json.loads(path.read_text(encoding="utf-8"))["quotes"] == [later, noted, blank]


def test_a_collection_saved_with_a_byte_order_mark_is_read_not_replaced(corpus):
    path, data = collection_file([GOOD])
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))
    collection = Collection.for_paths(None)
    assert collection.warning is None and len(collection) == 1
    assert not [p for p in path.parent.iterdir() if ".damaged" in p.name]
    collection.toggle(corpus.source(HERALD).quotes[5])
    assert len(Collection.for_paths(None)) == 2


def test_a_save_keeps_a_private_files_mode(corpus):
    path, data = collection_file([GOOD])
    path.write_text(json.dumps(data), encoding="utf-8")
    path.chmod(0o600)
    Collection.for_paths(None).toggle(corpus.source(HERALD).quotes[5])
    assert path.stat().st_mode & 0o777 == 0o600
    settings = write_settings('{"citation_style": "mla"}')
    settings.chmod(0o600)
    assert save_settings(Settings(citation_style="apa")) is None
    assert settings.stat().st_mode & 0o777 == 0o600


def test_symlinked_settings_and_collection_stay_symlinks(corpus, tmp_path):
    """Dotfiles: the link stays, the file it points to gets the change."""
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    (dotfiles / "settings.json").write_text('{"keys": {"copy_cite": "y"}}')
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().symlink_to(dotfiles / "settings.json")
    assert save_settings(Settings(citation_style="apa")) is None
    assert settings_path().is_symlink()
    assert json.loads((dotfiles / "settings.json").read_text()) == {
        "keys": {"copy_cite": "y"}, "citation_style": "apa"}

    path, data = collection_file([GOOD])
    (dotfiles / "collection.json").write_text(json.dumps(data))
    path.symlink_to(dotfiles / "collection.json")
    Collection.for_paths(None).toggle(corpus.source(HERALD).quotes[5])
    assert path.is_symlink()
    assert len(json.loads((dotfiles / "collection.json").read_text())["quotes"]) == 2


@pytest.mark.parametrize("which", ["collection", "settings", "last copy"])
def test_a_link_planted_at_a_temporary_name_is_never_followed(corpus, tmp_path, which):
    """The old temporary name was ``.NAME.<pid>.tmp``: a link planted there made a
    save overwrite the file it points to. Every likely name is planted here."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = {"collection": Collection.for_paths(None).path, "settings": settings_path(),
              "last copy": last_copy_path()}[which]
    target.parent.mkdir(parents=True, exist_ok=True)
    for pid in range(os.getpid() - 50, os.getpid() + 50):
        (target.parent / f".{target.name}.{pid}.tmp").symlink_to(victim)
    if which == "collection":
        Collection.for_paths(None).toggle(corpus.quotes[0])
    elif which == "settings":
        assert save_settings(Settings(citation_style="apa")) is None
    else:
        assert save_last_copy("copied words") is None
    assert victim.read_text() == "precious"
    assert target.exists() and not target.is_symlink()


async def test_a_symlinked_exports_folder_is_not_followed(corpus, tmp_path, private_dirs):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    exports = private_dirs / "data" / "klayman-tui" / "exports"
    exports.parent.mkdir(parents=True, exist_ok=True)
    exports.symlink_to(elsewhere, target_is_directory=True)
    Collection.for_paths(None).toggle(corpus.quotes[0])
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await run_command(pilot, "Export collection as Markdown")
        assert any("Could not write the export" in t and "symlink" in t
                   for t in toasts(app))
        assert "Collected quotes" in app.clipboard  # still copied
    assert list(elsewhere.iterdir()) == []
