import subprocess
import sys


def test_model_and_cli_do_not_import_textual():
    code = ("import sys, klayman_tui, klayman_tui.cli;"
            "klayman_tui.load();"
            "print('textual' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
