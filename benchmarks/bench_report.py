"""`argmap report`: wall time of the whole command, and the size of the page.

Two inputs:

* the built-in CSMO debate (target: under 1.5 s for the whole process);
* a generated debate of 1,000 statements (seeded): one issue, ten positions,
  reasons supporting them in trees of single and linked premises, implicit
  premises, rebuttals between positions (a few mutual ones, so multi-extension
  semantics have several extensions), undermines and undercuts, five speakers
  quoting a generated source text with sections and page chrome (target: under
  10 s, page under 5 MB).

Both pages embed every statement's explanation (prose in English and French,
and the tree of its proof) and its gradual strengths (DF-QuAD, quadratic
energy, h-categorizer); CSMO's under grounded and preferred semantics with its
what-if lists, the generated debate's under grounded only and without what-if
lists (see :func:`argmap.render.html.explained_semantics`).

Each case runs ``argmap report`` in a fresh Python process (start-up, imports,
loading the map, every default semantics, the Graphviz layouts, the page)
``--repeat`` times; the table shows the best and the median wall time, the CPU
time (which, unlike wall time, does not grow when the machine is shared) and the
page size. The ``render`` rows time ``argmap render -o map.svg --semantics
preferred`` too. Below the table, the time of each step, measured in-process.

Run: ``python benchmarks/bench_report.py [--statements 1000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import argmap.cli
from argmap import corpus
from argmap.io import dump
from argmap.model import ArgumentMap

TARGETS = {"csmo": (1.5, None), "generated": (10.0, 5_000_000)}
"""Seconds and bytes the report should stay under, per case."""

SPEAKERS = ("ada", "ben", "chloe", "dev", "eli")
WORDS = (
    "the council budget should fund public transport because congestion costs time "
    "and money while residents value quiet streets safe crossings clean air local shops"
)


VOCABULARY = tuple(WORDS.split(" "))


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)).capitalize()


def generated_map(statements: int = 1000, seed: int = 7) -> ArgumentMap:
    """A debate of ``statements`` statements shaped like an analysed discussion."""
    rng = random.Random(seed)
    text_parts: list[str] = ["SITE HEADER · subscribe · log in\n\n"]
    offset = len(text_parts[0])
    sections = [{"id": "header", "title": "Header", "span": [0, offset], "chrome": True}]
    items: list[dict[str, Any]] = [
        {"id": "issue", "kind": "issue", "text": {"en": "What should the council do?"}}
    ]
    supports: list[dict[str, Any]] = []
    attacks: list[dict[str, Any]] = []
    positions = [f"p{i}" for i in range(10)]
    per_section = max(statements // 10, 1)
    section_start = offset
    for number in range(1, statements):
        sid = positions[number - 1] if number <= len(positions) else f"c{number}"
        sentence = f"{_sentence(rng, rng.randint(6, 18))} ({number})."
        implicit = number > len(positions) and rng.random() < 0.08
        item: dict[str, Any] = {
            "id": sid,
            "text": {"en": sentence, "fr": f"[fr] {sentence}"},
        }
        if number <= len(positions):
            item["answers"] = "issue"
        if implicit:
            item["implicit"] = True
        else:
            speaker = SPEAKERS[number % len(SPEAKERS)]
            piece = f"{speaker}: {sentence} "
            quote_start = offset + len(speaker) + 2
            item["provenance"] = {
                "source": "thread",
                "speaker": speaker,
                "quote": sentence,
                "span": [quote_start, quote_start + len(sentence)],
            }
            text_parts.append(piece)
            offset += len(piece)
            if number % 7 == 0:
                text_parts.append("\n\n")
                offset += 2
        items.append(item)
        if number % per_section == 0:
            sections.append(
                {
                    "id": f"part{len(sections)}",
                    "title": f"Part {len(sections)}",
                    "span": [section_start, offset],
                }
            )
            section_start = offset
        if number > len(positions):
            earlier = [s["id"] for s in items[1:-1] if not s.get("implicit")]
            target = rng.choice(earlier[-200:])
            roll = rng.random()
            if roll < 0.55:
                premises = [sid]
                if rng.random() < 0.25:
                    extra = rng.choice(earlier[-50:])
                    if extra not in (target, sid):
                        premises.append(extra)
                supports.append({"id": f"s{number}", "premises": premises, "conclusion": target})
            elif roll < 0.8 or not supports:
                if supports and rng.random() < 0.4:
                    kind, target = "undermine", rng.choice(supports[-100:])["premises"][0]
                else:
                    kind = "rebut"
                if target != sid:
                    attacks.append(
                        {"id": f"a{number}", "kind": kind, "source": sid, "target": target}
                    )
            else:
                inference = rng.choice(supports[-100:])["id"]
                attacks.append(
                    {"id": f"a{number}", "kind": "undercut", "source": sid, "target": inference}
                )
    for i in range(0, len(positions) - 1, 2):
        first, second = positions[i], positions[i + 1]
        attacks.append({"id": f"r{i}a", "kind": "rebut", "source": first, "target": second})
        if i < 6:
            attacks.append({"id": f"r{i}b", "kind": "rebut", "source": second, "target": first})
    if section_start < offset:
        sections.append({"id": "rest", "title": "Last part", "span": [section_start, offset]})
    footer = "\n\nFOOTER · back to top"
    sections.append(
        {"id": "footer", "title": "Footer", "span": [offset, offset + len(footer)], "chrome": True}
    )
    text_parts.append(footer)
    return ArgumentMap.model_validate(
        {
            "title": f"Generated debate of {statements} statements",
            "sources": [
                {
                    "id": "thread",
                    "title": "A long discussion thread",
                    "url": "https://example.org/thread",
                    "text": "".join(text_parts),
                    "sections": sections,
                }
            ],
            "participants": [{"id": s, "name": s.capitalize()} for s in SPEAKERS],
            "statements": items,
            "supports": supports,
            "attacks": attacks,
        }
    )


def command(*args: str) -> list[str]:
    """The ``argmap`` command line, run in a fresh interpreter."""
    if {"render", "report"} <= set(argmap.cli.SUBCOMMANDS):
        return [sys.executable, "-m", "argmap", *args]
    runner = (
        "import sys, argmap.cli as c; "
        "c.SUBCOMMANDS = tuple(dict.fromkeys((*c.SUBCOMMANDS, 'render', 'report'))); "
        "sys.exit(c.main(sys.argv[1:]))"
    )
    return [sys.executable, "-c", runner, *args]


def timed(argv: list[str], repeat: int) -> tuple[list[float], float]:
    """Wall times of ``repeat`` runs, and the least CPU time (the process and Graphviz).

    CPU time does not grow when other programs share the machine; wall time does.
    """
    times = []
    cpu = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times, min(cpu)


def phases(path: str) -> dict[str, float]:
    """Seconds spent in each step of a report, measured in this process."""
    from argmap.cli.inputs import load_input
    from argmap.evaluation import status_table
    from argmap.render.html import report_html

    spent = {}
    started = time.perf_counter()
    m = load_input(path)
    spent["load"] = time.perf_counter() - started
    started = time.perf_counter()
    table = status_table(m)
    spent["statuses"] = time.perf_counter() - started
    started = time.perf_counter()
    report_html(m, table=table)
    spent["page (layout + HTML)"] = time.perf_counter() - started
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cases: list[tuple[str, str]] = []
        if "csmo" in corpus.names():
            cases.append(("csmo", "csmo"))
        else:
            print("(the built-in CSMO debate is not in this checkout: skipped)")
        started = time.perf_counter()
        big = generated_map(options.statements)
        generated = work / "generated.yaml"
        dump(big, generated)
        build = time.perf_counter() - started
        cases.append(("generated", str(generated)))

        print(
            f"generated map: {len(big.statements)} statements, {len(big.supports)} supports, "
            f"{len(big.attacks)} attacks (built and saved in {build:.1f} s)\n"
        )
        header = (
            f"{'case':<10} {'command':<8} {'best s':>7} {'median s':>9} {'cpu s':>6} "
            f"{'size':>9} {'target':>14}  ok"
        )
        print(header)
        print("-" * len(header))
        for name, path in cases:
            out = work / f"{name}.html"
            times, cpu = timed(command("report", path, "-o", str(out)), options.repeat)
            size = out.stat().st_size
            seconds, most = TARGETS[name]
            ok = min(times) < seconds and (most is None or size < most)
            target = f"<{seconds:g} s" + (f", <{most / 1e6:g} MB" if most else "")
            print(
                f"{name:<10} {'report':<8} {min(times):>7.2f} {statistics.median(times):>9.2f} "
                f"{cpu:>6.2f} {size / 1e6:>7.2f}MB {target:>14}  {'yes' if ok else 'NO'}"
            )
            svg = work / f"{name}.svg"
            times, cpu = timed(
                command("render", path, "-o", str(svg), "--semantics", "preferred"),
                options.repeat,
            )
            print(
                f"{name:<10} {'render':<8} {min(times):>7.2f} {statistics.median(times):>9.2f} "
                f"{cpu:>6.2f} {svg.stat().st_size / 1e6:>7.2f}MB"
            )
        print("\nwhere the time goes (in this process, after imports):")
        for name, path in cases:
            spent = phases(path)
            print(f"  {name:<10} " + ", ".join(f"{k} {v:.2f} s" for k, v in spent.items()))


if __name__ == "__main__":
    main()
