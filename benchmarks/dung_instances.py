"""The instances ``bench_dung.py`` runs on: the ICCMA folders of ``../shared`` and seeded
Erdős–Rényi frameworks, each loaded once and copied into the formats the peers read."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io.iccma import dump_framework, load_framework

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "iccma"
FAMILIES = ("probo", "probo2", "afgen", "iccma23", "random")


@dataclass
class Instance:
    """One framework file, with the copies the peers need and its query argument."""

    name: str
    family: str
    group: str
    path: Path
    arguments: int
    attacks: int
    query: str
    copies: dict[str, Path] = field(default_factory=dict)
    framework: ArgumentationFramework | None = None

    @property
    def fmt(self) -> str:
        return {".apx": "apx", ".tgf": "tgf"}.get(self.path.suffix, "i23")


def shared_instances(families: Sequence[str]) -> list[tuple[str, str, Path, str | None]]:
    """(family, group, path, query) of the ICCMA instances in ``../shared``."""
    found: list[tuple[str, str, Path, str | None]] = []
    if not SHARED.is_dir():
        print(f"note: {SHARED} is absent, ICCMA instances skipped", file=sys.stderr)
        return found
    if "probo" in families:
        found += [("probo", "probo", p, None) for p in sorted(SHARED.glob("probo_examples/*.apx"))]
    if "probo2" in families:
        folder = SHARED / "iccma19_probo2"
        query = (folder / "Medium-result-b1.arg").read_text().strip()
        found.append(("probo2", "probo2", folder / "Medium-result-b1.apx", query))
    if "afgen" in families:
        for path in sorted(SHARED.glob("iccma19_afgen/*")):
            found.append(("afgen", "afgen", path, None))
    if "iccma23" in families:
        found += [("iccma23", "iccma23", p, None) for p in sorted(SHARED.glob("iccma23_*/*.af"))]
    return found


def random_framework(n: int, degree: int) -> ArgumentationFramework:
    """Erdős–Rényi: each ordered pair (i, j), i ≠ j, an attack with probability degree/n."""
    rng = np.random.default_rng(7919 * n + degree)
    chosen = rng.random((n, n)) < degree / n
    np.fill_diagonal(chosen, False)
    sources, targets = np.nonzero(chosen)
    names = [str(i) for i in range(1, n + 1)]
    return ArgumentationFramework.from_indices(names, sources, targets)


def prepare(args: argparse.Namespace, folder: Path) -> list[Instance]:
    """Load every instance once (not timed), write the copies the peers need."""
    instances: list[Instance] = []
    sources = shared_instances(args.families)
    if "random" in args.families:
        for degree in (2, 4):
            for n in args.sizes:
                path = folder / f"er_n{n}_p{degree}.af"
                dump_framework(random_framework(n, degree), path)
                sources.append(("random", f"random p={degree}/n", path, None))
    for family, group, path, query in sources:
        af = load_framework(path)
        instance = Instance(
            name=path.stem if family != "random" else path.stem.replace("er_", "ER "),
            family=family,
            group=group,
            path=path,
            arguments=len(af),
            attacks=af.number_of_attacks(),
            query=query or af.arguments[len(af) // 2],
            framework=af,
        )
        # pygarg and clingo read a canonical copy (pygarg's reader stops at a blank line);
        # a native solver of the ICCMA 2023 convention reads the numbered .af copy
        for fmt in ("apx", "i23"):
            copy = folder / f"{family}_{path.stem}.{fmt}"
            dump_framework(af, copy)
            instance.copies[fmt] = copy
        instances.append(instance)
    instances.sort(key=lambda i: (FAMILIES.index(i.family), i.group, i.attacks, i.name))
    return instances
