"""Engines agree with each other (and the SAT engine, when importable) on random frameworks."""

from __future__ import annotations

import importlib
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks import ArgumentationFramework
from argmap.semantics import Semantics
from argmap.semantics.engines import python as python_engine
from argmap.semantics.engines.python import PythonEngine
from argmap.semantics.types import Engine
from tests.semantics.conftest import frameworks


def _sat_engine() -> Engine:
    try:
        module = importlib.import_module("argmap.semantics.engines.sat")
    except ImportError as error:
        pytest.skip(f"the SAT engine cannot be imported ({error})")
    engine: Engine = module.SatEngine()
    return engine


@pytest.fixture(scope="module")
def sat() -> Engine:
    return _sat_engine()


PYTHON = PythonEngine()


@settings(max_examples=100, deadline=None)
@given(frameworks(max_arguments=8), st.data())
def test_sat_engine_agrees_with_the_python_engine(
    sat: Engine, af: ArgumentationFramework, data: st.DataObject
) -> None:
    for semantics in Semantics:
        if not sat.supports(semantics):
            continue
        ours = list(PYTHON.extensions(af, semantics, None))
        theirs = list(sat.extensions(af, semantics, None))
        assert len(theirs) == len(set(theirs)), semantics
        assert set(theirs) == set(ours), semantics
        one = sat.some_extension(af, semantics, None)
        assert (one is None) == (not ours) and (one is None or one in ours), semantics
        if len(af):
            argument = data.draw(st.sampled_from(af.arguments))
            assert sat.credulous(af, argument, semantics, None) == PYTHON.credulous(
                af, argument, semantics, None
            ), semantics
            assert sat.sceptical(af, argument, semantics, None) == PYTHON.sceptical(
                af, argument, semantics, None
            ), semantics


@settings(max_examples=40, deadline=None)
@given(frameworks(max_arguments=8))
def test_sat_engine_encodes_array_columns_like_list_columns(af: ArgumentationFramework) -> None:
    # Large frameworks are encoded from NumPy columns, small ones from lists: the same
    # framework through both gives the same extensions for every semantics.
    from argmap.semantics.engines import sat as sat_module
    from argmap.semantics.engines import sat_encoding

    for semantics in Semantics:
        if not sat_module.SatEngine().supports(semantics):
            continue
        from_lists = set(sat_module.SatEngine().extensions(af, semantics, None))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sat_encoding, "LIST_LIMIT", -1)
            engine = sat_module.SatEngine()
            from_arrays = set(engine.extensions(af, semantics, None))
            assert engine._prepare(af).sources.__class__.__name__ == "ndarray"
        assert from_arrays == from_lists == set(PYTHON.extensions(af, semantics, None))


@settings(max_examples=100, deadline=None)
@given(frameworks(max_arguments=8))
def test_semantics_computed_over_a_helper_engine_agree(af: ArgumentationFramework) -> None:
    helped = PythonEngine(helper=PythonEngine())
    # Let the helper solve every component of stage2, not only the large ones.
    with patch.object(python_engine, "HELPED_COMPONENT_SIZE", 1):
        for semantics in (Semantics.IDEAL, Semantics.EAGER, Semantics.STAGE2):
            assert set(helped.extensions(af, semantics, None)) == set(
                PYTHON.extensions(af, semantics, None)
            ), semantics
