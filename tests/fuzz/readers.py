"""Every reader of argmap, the errors it documents, and valid seed files to mutate.

Shared by the hypothesis fuzz tests (``tests/fuzz/test_readers.py``, run by
``make test``) and the coverage-guided campaign (``tests/fuzz/campaign.py``, run
by ``make fuzz``). The rule checked for every reader: a documented error or a
result, never another exception, a hang or unbounded memory.
"""

from __future__ import annotations

import textwrap
import warnings
from collections.abc import Callable
from typing import Any

from argmap.io.aif import loads_aif
from argmap.io.argdown import loads_argdown
from argmap.io.iccma import IccmaFormatError, loads_framework
from argmap.io.kialo import loads_kialo
from argmap.io.limits import InputLimitError, Limits
from argmap.io.native import loads_map
from argmap.model import MapValidationError

DOCUMENTED_ERRORS: tuple[type[BaseException], ...] = (
    MapValidationError,
    IccmaFormatError,
    InputLimitError,
)
"""What a reader may raise on bad input (each with the file, line and what to change)."""

LIMITS = Limits(max_file_bytes=1 << 20, max_items=2_000, max_arguments=100_000)
"""Tighter limits than the defaults, so that a fuzz case stays small and fast."""


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _aif(data: bytes) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return loads_aif(_text(data))


READERS: dict[str, Callable[[bytes], Any]] = {
    "yaml": lambda data: loads_map(_text(data), "yaml", limits=LIMITS),
    "json": lambda data: loads_map(_text(data), "json", limits=LIMITS),
    "apx": lambda data: loads_framework(data, "apx", limits=LIMITS),
    "tgf": lambda data: loads_framework(data, "tgf", limits=LIMITS),
    "i23": lambda data: loads_framework(data, "i23", limits=LIMITS),
    "aif": _aif,
    "kialo": lambda data: loads_kialo(_text(data)),
    "argdown": lambda data: loads_argdown(_text(data), limits=LIMITS),
}
"""Each reader, from the raw bytes of a file."""

SEEDS: dict[str, bytes] = {
    "yaml": textwrap.dedent(
        """\
        title: Tea or coffee
        language: en
        sources:
          - id: chat
            title: A chat
            text: "Alice: tea is good. Bob: no, coffee is better."
        participants:
          - {id: alice, name: Alice}
          - {id: bob, name: Bob}
        statements:
          - id: q
            kind: issue
            text: {en: "Tea or coffee?", fr: "Thé ou café ?"}
          - id: tea
            text: {en: Tea is good.}
            answers: q
            weight: 0.5
            provenance: {source: chat, speaker: alice, quote: tea is good, span: [7, 18]}
          - id: coffee
            text: {en: Coffee is better.}
            answers: q
          - {id: wakes, text: {en: Coffee wakes you up.}}
        supports:
          - {id: s1, premises: [wakes], conclusion: coffee}
        attacks:
          - {id: a1, kind: rebut, source: coffee, target: tea}
          - {id: a2, kind: undercut, source: tea, target: s1}
        """
    ).encode(),
    "json": (
        b'{"title": "Tea", "statements": [{"id": "q", "kind": "issue", "text": {"en": "Tea?"}},'
        b' {"id": "t", "answers": "q", "text": {"en": "Yes."}, "weight": 0.25},'
        b' {"id": "c", "text": {"en": "No."}}],'
        b' "attacks": [{"id": "a", "kind": "rebut", "source": "c", "target": "t"}]}\n'
    ),
    "apx": b'arg(a). arg(b).\narg("c d").\natt(a,b). att(b, "c d").\n% a comment\natt(b,a).\n',
    "tgf": b"a\nb\nc\n#\na b\nb c\nc a\n",
    "i23": b"p af 4\n# a comment\n1 2\n2 3\n3 1\n4 4\n",
    "aif": (
        b'{"nodes": [{"nodeID": "1", "text": "Tea calms", "type": "I"},'
        b' {"nodeID": "2", "text": "Drink tea", "type": "I"},'
        b' {"nodeID": "3", "text": "Default Inference", "type": "RA"},'
        b' {"nodeID": "4", "text": "Default Conflict", "type": "CA"}],'
        b' "edges": [{"edgeID": "1", "fromID": "1", "toID": "3"},'
        b' {"edgeID": "2", "fromID": "3", "toID": "2"},'
        b' {"edgeID": "3", "fromID": "2", "toID": "4"},'
        b' {"edgeID": "4", "fromID": "4", "toID": "1"}],'
        b' "locutions": []}'
    ),
    "kialo": (
        b"Discussion Title: Tea or coffee?\n\n1. Tea is better.\n1.1. Pro: Tea calms.\n"
        b"1.1.1. Con: Not green tea.\n1.2. Con: Coffee wakes you up.\n"
    ),
    "argdown": (
        b"===\ntitle: Tea or coffee\nmodel: {mode: loose}\n===\n\n# Tea\n\n"
        b"[Tea]: Drink tea. #pro {weight: 0.5}\n    + [Calm]: Tea calms.\n"
        b"    - <Awake>: Tea keeps you awake.\n    >< [Coffee]: Drink coffee.\n\n"
        b"<Health>: Tea is healthy. // a comment\n\n(1) [Calm]\n(2) [Good]: Calm is good.\n"
        b"-- practical reasoning {uses: [1, 2]} --\n(3) [Tea]\n    <_ [Habit]: Only a habit.\n"
    ),
}
"""One valid file per reader, written for these tests."""

HOSTILE_PIECES: tuple[bytes, ...] = (
    b"!foo ",
    b"!!int ",
    b"!!float ",
    b"!!timestamp ",
    b"!!binary ",
    b"!!python/object/apply:os.system ['true'] ",
    b"&a ",
    b"*a",
    b"&a [*a]",
    b"<<: *a\n",
    b"? [a, b]\n: c\n",
    b"9" * 5000,
    b"-" + b"1" * 4400,
    b"1e99999",
    b"[" * 300,
    b"{" * 300,
    b"]" * 50,
    b"\t",
    b"\r\n",
    b"\xef\xbb\xbf",
    b"\x00",
    b"\x1b]52;c;ZXZpbA==\x07",
    b"\xe2\x80\xae",
    b"\xff\xfe",
    b'"',
    b"'",
    b"%",
    b"#",
    b"arg(",
    b"att(",
    b").",
    b"p af 99999999999\n",
    b"p af 100000000\n",
    b" " * 2000,
    b"\\",
    b"---\n",
    b"...\n",
    b"{{",
    b"1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1. Pro: deep\n",
)
"""Pieces that broke readers before: tags, aliases, huge numbers, deep nesting,
byte-order marks, line endings, control characters, half facts, huge headers."""
