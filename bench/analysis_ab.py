"""Two trees' analysis CPU on the same cached parses, in lockstep: old and new code take turns
article by article, so both see the same load of a shared machine.

``analysis_cpu.py time`` runs one tree's passes after the other's; on a machine shared with
other jobs the load moves between the two runs by more than a change of a few percent. Here
two worker processes (``PYTHONPATH`` at each tree's ``src``) load the same cache of parses
(``analysis_cpu.py parse --cache DIR``), warm up as ``analysis_cpu.py time`` does (before each
pass: caches of names emptied, the parses after the first ``--docs`` analysed), then analyse
article *k* one after the other (which goes first alternates), for each of the first
``--docs`` articles and each of ``--passes`` passes. Prints one JSON line: each tree's sum over
the articles of its fastest pass (CPU seconds, ``time.process_time``), their ratio, and the
median over articles of new / old.

    .venv/bin/python bench/analysis_ab.py --old /work/wt-main --new . --passes 4
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_WORKER = r"""
import sys
from pathlib import Path
sys.path.insert(0, "bench")
import analysis_cpu as ac
docs, inputs = ac._cached(Path(sys.argv[1]))
count = int(sys.argv[2])
def warm():
    ac._empty_name_caches()
    ac._analyse_all(docs[count:], inputs[count:])
warm()
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "warm":
        warm()
        print("ok", flush=True)
    else:
        k = int(line)
        print(ac._analyse_all([docs[k]], [inputs[k]])[0], flush=True)
"""


class _Worker:
    """A process analysing cached parses with one tree's code, one article per request."""

    def __init__(self, tree: Path, cache: Path, count: int) -> None:
        env = dict(os.environ, PYTHONPATH=str(tree / "src"))
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(cache), str(count)],
            cwd=tree,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        if self._ask(None) != "ready":
            raise SystemExit(f"{tree}: the worker did not start")

    def _ask(self, request: str | None) -> str:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        if request is not None:
            stdin.write(request + "\n")
            stdin.flush()
        return stdout.readline().strip()

    def warm(self) -> None:
        """Empty the caches of names and analyse the warm-up parses again."""
        self._ask("warm")

    def analyse(self, k: int) -> float:
        """The CPU seconds of article ``k``'s analysis."""
        return float(self._ask(str(k)))

    def close(self) -> None:
        """End the worker."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def lockstep(old: Path, new: Path, cache: Path, count: int, passes: int) -> dict[str, float]:
    """Each tree's fastest pass per article, summed, and the ratios (see the module
    docstring)."""
    a, b = _Worker(old, cache, count), _Worker(new, cache, count)
    times: dict[int, list[list[float]]] = {
        0: [[] for _ in range(count)],
        1: [[] for _ in range(count)],
    }
    try:
        for p in range(passes):
            a.warm()
            b.warm()
            for k in range(count):
                order = [(0, a), (1, b)] if (k + p) % 2 == 0 else [(1, b), (0, a)]
                for side, worker in order:
                    times[side][k].append(worker.analyse(k))
    finally:
        a.close()
        b.close()
    fastest = {side: [min(t) for t in per_doc] for side, per_doc in times.items()}
    old_sum, new_sum = sum(fastest[0]), sum(fastest[1])
    ratios = [n / o for o, n in zip(fastest[0], fastest[1], strict=True) if o > 0]
    return {
        "docs": count,
        "passes": passes,
        "old_min_sum_cpu_s": round(old_sum, 3),
        "new_min_sum_cpu_s": round(new_sum, 3),
        "ratio_of_sums": round(new_sum / old_sum, 3),
        "median_doc_ratio": round(statistics.median(ratios), 3),
        "load_1min": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    """Parse the command line and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="tree of the old code")
    parser.add_argument("--new", type=Path, default=Path("."), help="tree of the new code")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsbeat-analysis-cpu"))
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--passes", type=int, default=4)
    args = parser.parse_args()
    result = lockstep(
        args.old.resolve(), args.new.resolve(), args.cache.resolve(), args.docs, args.passes
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
