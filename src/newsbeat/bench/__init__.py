"""Benchmarks behind ``newsbeat bench ...``: each measures one stage and writes JSON to
``bench/results/``. Speed and memory are measured here, never by timed tests."""

from __future__ import annotations

__all__: list[str] = []
