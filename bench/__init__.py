"""Benchmarks: generation speed at scale and against other generators, SDK runtime speed,
and the stub server under load. `make bench` (`python -m bench`) runs them all and writes
BENCHMARKS.md; scratch files, the peers' virtualenv and their outputs go to bench/.work/.

Nothing here is a unit test: every number is a median of repeated, bounded runs on the
machine at hand, and the targets are compared in the report, not asserted.
"""
