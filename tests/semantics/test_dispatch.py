"""The engine choice, and what it imports."""

from __future__ import annotations

import subprocess
import sys

import pytest

import argmap.semantics
from argmap.frameworks import AF
from argmap.semantics.dispatch import choose_engine


def _run(script: str) -> list[str]:
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()


def test_a_query_the_sat_engine_answers_alone_imports_no_semantics_search() -> None:
    # The Python engine imports every semantics' search; `argmap solve` on a large
    # framework needs none of them, and each costs start-up time.
    script = (
        "import sys\n"
        "from argmap.frameworks import AF\n"
        "from argmap.semantics.dispatch import choose_engine\n"
        "n = 200\n"
        "af = AF([f'a{i}' for i in range(n)],\n"
        "        [(f'a{i}', f'a{(i * 7 + 3) % n}') for i in range(n)]\n"
        "        + [(f'a{i}', f'a{(i + 1) % n}') for i in range(n)])\n"
        "print(choose_engine(af, 'preferred').name)\n"
        "loaded = [m for m in ('argmap.semantics.engines.python', 'argmap.semantics.preferred',\n"
        "          'argmap.semantics.cf2', 'argmap.semantics.ideal') if m in sys.modules]\n"
        "print(loaded or 'none')\n"
    )
    name, loaded = _run(script)
    assert name.startswith("sat")
    assert loaded == "none"


def test_small_frameworks_still_get_the_python_engine() -> None:
    assert choose_engine(AF(["a", "b"], [("a", "b")]), "preferred").name == "python"
    assert choose_engine(AF(["a"]), "stable", engine="python").name == "python"


def test_the_package_names_are_imported_on_first_use() -> None:
    script = (
        "import sys, argmap.semantics as s\n"
        "print('argmap.semantics.preferred' in sys.modules)\n"
        "f = s.preferred_extensions\n"
        "print('argmap.semantics.preferred' in sys.modules, f.__module__)\n"
    )
    assert _run(script) == ["False", "True", "argmap.semantics.preferred"]
    assert set(argmap.semantics._HOME) == set(argmap.semantics.__all__)
    assert set(argmap.semantics.__all__) <= set(dir(argmap.semantics))
    for name in argmap.semantics.__all__:
        assert getattr(argmap.semantics, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'preferred_extension'"):
        _ = argmap.semantics.preferred_extension  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("missing", "falls_back"),
    [("pysat", True), ("argmap.semantics.engines.sat_encoding", False)],
)
def test_auto_falls_back_only_when_a_dependency_is_missing(
    monkeypatch: pytest.MonkeyPatch, missing: str, falls_back: bool
) -> None:
    # a large framework, which `auto` gives to the SAT engine
    af = AF([f"a{i}" for i in range(80)], [(f"a{i}", f"a{(i + 1) % 80}") for i in range(80)])
    assert choose_engine(af, "preferred").name == "sat"

    def broken(name: str) -> None:
        raise ImportError(f"no {missing}", name=missing)

    monkeypatch.setattr("argmap.semantics.dispatch.importlib.import_module", broken)
    if falls_back:
        assert choose_engine(af, "preferred").name == "python"
    else:
        with pytest.raises(ImportError, match=missing):
            choose_engine(af, "preferred")
