"""Run every bench/bench_*.py in turn (`make bench`). Each prints its own figures."""

import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent
failed = []
for script in sorted(here.glob("bench_*.py")):
    print(f"=== {script.name}", flush=True)
    result = subprocess.run([sys.executable, str(script)], cwd=here.parent)
    if result.returncode:
        failed.append(script.name)
if failed:
    print("failed:", ", ".join(failed))
    sys.exit(1)
