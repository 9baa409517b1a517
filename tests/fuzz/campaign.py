"""``make fuzz``: a coverage-guided campaign over every reader (atheris, libFuzzer).

Each input's first byte picks the reader, the rest is the file. The corpus starts
from the valid seeds of :mod:`tests.fuzz.readers`, and libFuzzer's dictionary
holds the hostile pieces that broke readers before (tags, aliases, huge numbers,
deep nesting, byte-order marks, ...). An exception other than a documented error,
an input slower than ``-timeout`` seconds or memory over ``-rss_limit_mb`` is a
finding: libFuzzer stops, prints the traceback and writes the input to
``build/fuzz/crash-*``.

Usage::

    python -m tests.fuzz.campaign [SECONDS]      # default 600

Without atheris (it ships wheels for CPython 3.8-3.11 on Linux and macOS), the
campaign runs the hypothesis fuzz tests with many more cases instead.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parents[2] / "build" / "fuzz"


def _dictionary_entry(piece: bytes) -> str:
    return '"' + "".join(f"\\x{b:02x}" for b in piece) + '"'


def _prepare(formats: list[str], seeds: dict[str, bytes], pieces: tuple[bytes, ...]) -> Path:
    corpus = BUILD / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for number, fmt in enumerate(formats):
        (corpus / f"seed-{fmt}").write_bytes(bytes([number]) + seeds[fmt])
    dictionary = BUILD / "hostile.dict"
    dictionary.write_text(
        "\n".join(_dictionary_entry(p) for p in pieces if len(p) <= 64) + "\n", encoding="utf-8"
    )
    return corpus


def _without_atheris(seconds: int) -> int:
    print("atheris is not installed: running the hypothesis fuzz tests at length instead")
    examples = max(200, seconds * 5)
    environment = {**os.environ, "ARGMAP_FUZZ_EXAMPLES": str(examples)}
    command = [sys.executable, "-m", "pytest", "tests/fuzz", "-q", "-p", "no:cacheprovider"]
    return subprocess.call(command, env=environment)


def main(argv: list[str]) -> int:
    seconds = int(argv[1]) if len(argv) > 1 else 600
    try:
        import atheris
    except ImportError:
        return _without_atheris(seconds)

    with atheris.instrument_imports(include=["argmap"]):
        from tests.fuzz.readers import DOCUMENTED_ERRORS, HOSTILE_PIECES, READERS, SEEDS

    formats = sorted(READERS)

    def one_input(data: bytes) -> None:
        if not data:
            return
        fmt = formats[data[0] % len(formats)]
        with contextlib.suppress(*DOCUMENTED_ERRORS):
            READERS[fmt](data[1:])

    corpus = _prepare(formats, SEEDS, HOSTILE_PIECES)
    arguments = [
        argv[0],
        str(corpus),
        f"-max_total_time={seconds}",
        "-timeout=10",
        "-rss_limit_mb=2048",
        "-max_len=20000",
        f"-dict={BUILD / 'hostile.dict'}",
        f"-artifact_prefix={BUILD}/",
        "-print_final_stats=1",
    ]
    atheris.Setup(arguments, one_input)
    atheris.Fuzz()
    return 0  # pragma: no cover - atheris.Fuzz exits the process


if __name__ == "__main__":
    sys.exit(main(sys.argv))
