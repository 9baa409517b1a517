"""Engines that evaluate Dung semantics; :mod:`argmap.semantics.dispatch` picks one.

* :class:`~argmap.semantics.engines.python.PythonEngine` — plain Python: labelling
  search with propagation, linear-time grounded, SCC recursion. Every semantics.
* ``argmap.semantics.engines.sat.SatEngine`` — a SAT encoding solved with
  python-sat, for the hard semantics on large frameworks; its encoding, its
  conflict-sliced solving and its enumeration are the modules ``sat_encoding``,
  ``sat_solving`` and ``sat_enumeration`` beside it.

Both implement the :class:`~argmap.semantics.types.Engine` protocol.
"""
