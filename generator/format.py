"""Format generated Python with black, in-process, with the mode pinned.

Each distinct source is formatted once per process (content-hash memo), and large packages are
spread over the machine's cores.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor

import black

MODE = black.Mode(target_versions={black.TargetVersion.PY39}, line_length=100)
# Below this many files the process pool costs more than it saves.
_PARALLEL_THRESHOLD = 64
_memo: dict[str, str] = {}


def format_source(source: str) -> str:
    key = hashlib.sha256(source.encode("utf-8")).hexdigest()
    cached = _memo.get(key)
    if cached is None:
        try:
            cached = black.format_str(source, mode=MODE)
        except black.NothingChanged:
            cached = source
        _memo[key] = cached
    return cached


def format_files(files: dict[str, str], workers: int | None = None) -> dict[str, str]:
    """`files` with every `.py` file formatted; other files unchanged."""
    python = sorted(path for path in files if path.endswith(".py"))
    todo = [path for path in python if hashlib.sha256(files[path].encode()).hexdigest() not in _memo]
    workers = workers or os.cpu_count() or 1
    if len(todo) >= _PARALLEL_THRESHOLD and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            sources = [files[path] for path in todo]
            for source, formatted in zip(sources, pool.map(format_source, sources, chunksize=16)):
                _memo[hashlib.sha256(source.encode("utf-8")).hexdigest()] = formatted
    return {path: (format_source(text) if path.endswith(".py") else text) for path, text in files.items()}
