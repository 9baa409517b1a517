"""``python -m argmap``: the ``argmap`` command."""

from argmap.cli import entry_point

entry_point()
