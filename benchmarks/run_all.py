"""Run every benchmark in turn (a few minutes; the first run writes the synthetic
corpora to benchmarks/out/).

    python benchmarks/run_all.py
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in ("load_and_memory.py", "search_latency.py", "startup.py"):
    print(f"== {script}", flush=True)
    subprocess.run([sys.executable, str(HERE / script)], check=True)
