"""Resource limits: one configuration, and guards that refuse before building."""

from __future__ import annotations

import copy
import os
import pickle
import threading
from pathlib import Path

import pytest

from argmap.io.limits import (
    DEFAULT_LIMITS,
    InputLimitError,
    Limits,
    check_count,
    check_deadline,
    configured_limits,
    decode_text,
    json_depth_offset,
    loads_json,
    read_input_bytes,
    read_input_text,
)


def test_environment_variables_configure_every_limit() -> None:
    environ = {
        "ARGMAP_MAX_FILE_BYTES": "1_000",
        "ARGMAP_MAX_SOURCE_BYTES": "2000",
        "ARGMAP_MAX_ITEMS": "3",
        "ARGMAP_MAX_ARGUMENTS": "4",
        "ARGMAP_MAX_DEPTH": "5",
        "ARGMAP_ALIAS_BUDGET": "6",
        "ARGMAP_MAX_NUMBER_LENGTH": "7",
    }
    assert configured_limits(environ) == Limits(1000, 2000, 3, 4, 5, 6, 7)
    assert configured_limits({}) is DEFAULT_LIMITS


def test_a_bad_environment_value_is_a_clear_error() -> None:
    with pytest.raises(InputLimitError, match="ARGMAP_MAX_DEPTH='deep' is not a whole number"):
        configured_limits({"ARGMAP_MAX_DEPTH": "deep"})
    with pytest.raises(InputLimitError, match="ARGMAP_MAX_ITEMS='-1' is not a whole number"):
        configured_limits({"ARGMAP_MAX_ITEMS": "-1"})


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.apx"
    big.write_bytes(b"arg(a).\n" * 100)
    assert len(read_input_bytes(big, limit=800)) == 800
    with pytest.raises(InputLimitError, match="800 bytes, over the limit of 799") as info:
        read_input_bytes(big, limit=799)
    assert str(big) in str(info.value)
    assert "ARGMAP_MAX_FILE_BYTES" in str(info.value)


def test_dev_zero_as_input_reads_no_more_than_the_limit() -> None:
    with pytest.raises(InputLimitError, match="more bytes than the limit of 4,096"):
        read_input_bytes("/dev/zero", limits=Limits(max_file_bytes=4096))


def test_a_fifo_named_by_the_user_is_read_to_its_end(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.af"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as writer:
            writer.write(b"p af 1\n")

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        assert read_input_text(fifo) == "p af 1\n"
    finally:
        feeder.join(timeout=5)


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputLimitError, match="this is a folder, not a file"):
        read_input_bytes(tmp_path)


def test_utf8_byte_order_mark_is_dropped_and_bad_bytes_are_located() -> None:
    assert decode_text(b"\xef\xbb\xbfarg(a).") == "arg(a)."
    with pytest.raises(InputLimitError, match=r"f:2:3: the file is not UTF-8 text \(byte 5\)"):
        decode_text(b"ok\nab\xff", file="f")


def test_declared_sizes_are_checked_against_their_limit() -> None:
    check_count("arguments", 10, 10, limit_name="max_arguments")
    with pytest.raises(InputLimitError, match="f:1: 11 arguments, over the limit of 10"):
        check_count("arguments", 11, 10, limit_name="max_arguments", file="f", line=1)


def test_deadline_in_the_past_raises_timeout() -> None:
    check_deadline(None)
    with pytest.raises(TimeoutError, match="f: the time limit ran out while reading"):
        check_deadline(0.0, file="f")


def test_json_nested_1000_deep_is_refused_with_its_position() -> None:
    text = '{"title": ' + "[" * 1000 + "]" * 1000 + "}"
    with pytest.raises(InputLimitError, match=r"m\.json:1:74: \[ nests values 65 levels deep"):
        loads_json(text, file="m.json")


def test_json_brackets_inside_strings_do_not_count() -> None:
    text = '{"a": "' + "[" * 500 + '\\"[[["}'
    assert json_depth_offset(text, 2) is None
    assert loads_json(text) == {"a": "[" * 500 + '"[[['}


def test_json_integer_over_4300_digits_is_a_clear_error() -> None:
    text = '{"title": "t",\n "n": ' + "9" * 5000 + "}"
    with pytest.raises(InputLimitError, match=r"2:7: a number of 5,000 characters") as info:
        loads_json(text)
    assert "ARGMAP_MAX_NUMBER_LENGTH" in str(info.value)
    with pytest.raises(InputLimitError, match="a number of 101 characters"):
        loads_json("1." + "5" * 99)


def test_limits_are_a_read_only_value_that_pickles_and_copies() -> None:
    limits = Limits(max_items=5, max_depth=3)
    assert pickle.loads(pickle.dumps(limits)) == limits
    assert copy.deepcopy(limits) == limits == copy.copy(limits)
    assert hash(limits) == hash(Limits(max_items=5, max_depth=3))
    assert limits._replace(max_depth=4) == Limits(max_items=5, max_depth=4)
    assert limits != Limits() and limits != (5, 3)
    with pytest.raises(AttributeError, match="read-only"):
        limits.max_items = 6
    assert repr(Limits(max_depth=2)).startswith("Limits(max_file_bytes=")
