"""``python -m argmap.cli``."""

from argmap.cli import entry_point

entry_point()
