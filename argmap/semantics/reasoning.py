"""The reasoning tasks, for any semantics and engine: enumerate, find one, accept.

These are the functions most callers want (re-exported by :mod:`argmap.semantics`).
Each takes the framework, the semantics (a :class:`~argmap.semantics.types.Semantics`
or its name, e.g. ``"semi-stable"``), and keyword options:

``engine``
    ``"auto"`` (default), ``"python"`` or ``"sat"``; see :mod:`argmap.semantics.dispatch`.
``limit``
    stop after this many extensions.
``timeout``
    seconds, counted from the call. The lazy functions raise
    :class:`~argmap.semantics.types.SolverTimeout` when it expires;
    :func:`enumerate_extensions` never does and returns what it found instead.

"No extension" and "only the empty extension" stay distinct everywhere: stable
semantics on an odd cycle gives no extension (an empty iterator, an empty
:class:`~argmap.semantics.types.Enumeration`, ``None`` from :func:`some_extension`),
while preferred semantics on it gives one extension, ``frozenset()``.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.dispatch import choose_engine
from argmap.semantics.types import (
    Enumeration,
    Extension,
    Labelling,
    Semantics,
    SolverTimeout,
    StopReason,
)


def extensions(
    af: ArgumentationFramework,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    limit: int | None = None,
    timeout: float | None = None,
) -> Iterator[Extension]:
    """The extensions of ``af`` under ``semantics``, lazily.

    Parameters
    ----------
    af : ArgumentationFramework
    semantics : Semantics or str
    engine : {"auto", "python", "sat"}
    limit : int, optional
        Yield at most this many extensions.
    timeout : float, optional
        Seconds from the call; when they run out the iterator raises
        :class:`SolverTimeout`.

    Returns
    -------
    iterator of frozenset of str
        Each extension once, as soon as it is found; no extension at all is an
        empty iterator.

    Raises
    ------
    ValueError
        Unknown semantics or engine, negative ``limit`` or ``timeout``.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("c", "c")])
    >>> sorted(sorted(e) for e in extensions(af, "preferred"))
    [['a'], ['b']]
    >>> list(extensions(af, "stable"))
    []
    >>> len(list(extensions(af, "preferred", limit=1)))
    1
    """
    semantics = Semantics.parse(semantics)
    deadline = _deadline(timeout)
    _check_limit(limit)
    found = choose_engine(af, semantics, engine).extensions(af, semantics, deadline)
    return found if limit is None else itertools.islice(found, limit)


def enumerate_extensions(
    af: ArgumentationFramework,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    limit: int | None = None,
    timeout: float | None = None,
) -> Enumeration:
    """The extensions of ``af`` under ``semantics``, as a bounded, typed result.

    Never raises on timeout: it returns what it found with ``complete=False`` and
    ``stopped=StopReason.TIMEOUT``. With a ``limit``, it looks for one extension
    more than the limit, so that ``complete`` is true exactly when every
    extension was listed.

    Parameters
    ----------
    af : ArgumentationFramework
    semantics : Semantics or str
    engine : {"auto", "python", "sat"}
    limit : int, optional
    timeout : float, optional
        Seconds from the call.

    Returns
    -------
    Enumeration

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("c", "d"), ("d", "c")])
    >>> result = enumerate_extensions(af, "stable", limit=2)
    >>> len(result), result.complete, result.stopped
    (2, False, <StopReason.LIMIT: 'limit'>)
    >>> enumerate_extensions(af, "stable").complete
    True
    """
    semantics = Semantics.parse(semantics)
    deadline = _deadline(timeout)
    _check_limit(limit)
    chosen = choose_engine(af, semantics, engine)
    found: list[Extension] = []
    stopped: StopReason | None = None
    iterator = chosen.extensions(af, semantics, deadline)
    try:
        for extension in iterator:
            if limit is not None and len(found) >= limit:
                stopped = StopReason.LIMIT
                break
            found.append(extension)
    except SolverTimeout:
        stopped = StopReason.TIMEOUT
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()
    return Enumeration(
        semantics=semantics,
        extensions=tuple(found),
        complete=stopped is None,
        stopped=stopped,
        engine=chosen.name,
    )


def some_extension(
    af: ArgumentationFramework,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    timeout: float | None = None,
) -> Extension | None:
    """One extension of ``af`` under ``semantics``, or ``None`` when none exists.

    ``None`` means no extension (only possible for stable); the empty extension
    is ``frozenset()``.

    Raises
    ------
    SolverTimeout
        When ``timeout`` seconds pass first.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> odd = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    >>> some_extension(odd, "stable") is None
    True
    >>> some_extension(odd, "grounded")
    frozenset()
    """
    semantics = Semantics.parse(semantics)
    deadline = _deadline(timeout)
    return choose_engine(af, semantics, engine).some_extension(af, semantics, deadline)


def labellings(
    af: ArgumentationFramework,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    limit: int | None = None,
    timeout: float | None = None,
) -> Iterator[Labelling]:
    """The labellings of ``af`` under ``semantics``, lazily (Caminada & Gabbay 2009).

    Each extension ``E`` is given as ``Ext2Lab(E)``: IN = ``E``, OUT = the
    arguments ``E`` attacks, UNDEC = the rest. For the complete-based semantics
    (complete, grounded, preferred, stable, semi-stable, ideal, eager) this is the
    one-to-one correspondence between extensions and labellings of Caminada (2006);
    for the others it is their labelling view.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> [labelling.label("b") for labelling in labellings(af, "complete")]
    [<Label.OUT: 'out'>]

    References
    ----------
    .. [1] M. Caminada and D. Gabbay, "A logical account of formal argumentation",
       Studia Logica 93(2-3):109-145, 2009.
    """
    found = extensions(af, semantics, engine=engine, limit=limit, timeout=timeout)
    return (Labelling.from_extension(af, extension) for extension in found)


def credulously_accepted(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    timeout: float | None = None,
) -> bool:
    """Whether ``argument`` belongs to some extension of ``af`` under ``semantics``.

    False when the semantics has no extension.

    Raises
    ------
    KeyError
        When ``argument`` is not an argument of ``af``.
    SolverTimeout
        When ``timeout`` seconds pass first.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b"], [("a", "b"), ("b", "a")])
    >>> credulously_accepted(af, "a", "preferred"), credulously_accepted(af, "a", "grounded")
    (True, False)
    """
    semantics = Semantics.parse(semantics)
    deadline = _deadline(timeout)
    af.index(argument)
    return choose_engine(af, semantics, engine).credulous(af, argument, semantics, deadline)


def sceptically_accepted(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    timeout: float | None = None,
) -> bool:
    """Whether ``argument`` belongs to every extension of ``af`` under ``semantics``.

    When the semantics has no extension at all (stable on an odd cycle), every
    argument is sceptically accepted, vacuously: this is the ICCMA convention
    for the DS task.

    Raises
    ------
    KeyError
        When ``argument`` is not an argument of ``af``.
    SolverTimeout
        When ``timeout`` seconds pass first.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"],
    ...         [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d")])
    >>> sceptically_accepted(af, "d", "preferred"), sceptically_accepted(af, "d", "grounded")
    (True, False)
    >>> odd = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    >>> sceptically_accepted(odd, "a", "stable")
    True
    """
    semantics = Semantics.parse(semantics)
    deadline = _deadline(timeout)
    af.index(argument)
    return choose_engine(af, semantics, engine).sceptical(af, argument, semantics, deadline)


def _deadline(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if timeout < 0:
        raise ValueError(f"timeout must be a number of seconds >= 0, got {timeout!r}")
    return time.monotonic() + timeout


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be a count >= 0, got {limit!r}")
