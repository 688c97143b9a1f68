"""`python -m bench.measure CMD...`: run CMD, then print one line
`BENCH-MEASURE {"seconds": ..., "max_rss_kb": ..., "returncode": ...}`.

Runs in its own process so that getrusage(RUSAGE_CHILDREN) covers exactly CMD and the
processes it waited for (a generator's worker pool included)."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    done = subprocess.run(argv, check=False)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = {"seconds": seconds, "max_rss_kb": usage.ru_maxrss, "returncode": done.returncode}
    sys.stdout.flush()
    print("BENCH-MEASURE " + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
