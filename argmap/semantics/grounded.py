"""Grounded semantics (Dung 1995): the sceptical core every complete extension shares."""

from __future__ import annotations

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.labelling_search import ANY, IN, OUT, UNDEC, Labels
from argmap.semantics.types import Labelling


def grounded_labels(adjacency: Adjacency) -> Labels:
    """The grounded labelling as one label bit per argument, in linear time.

    A queue-based fixpoint: each argument keeps the number of its attackers not
    yet OUT; an argument whose count reaches zero is IN, and everything an IN
    argument attacks is OUT (which lowers the counts of what *it* attacks). Each
    attack is looked at most twice, so the cost is ``O(|A| + |R|)``. When no
    argument is unattacked, the grounded extension is empty and nothing else is
    looked at: the attacks of a large framework read from a file are not even
    sorted (:meth:`~argmap.frameworks.abstract.ArgumentationFramework.unattacked_indices`).
    """
    return _fixpoint(adjacency, None)


def grounded_rounds(adjacency: Adjacency) -> tuple[Labels, list[int]]:
    """The grounded labelling and the round of the iteration settling each argument.

    Dung's characteristic function ``F(S) = {a | S defends a}`` is iterated from
    ``∅``: ``F¹(∅)`` are the unattacked arguments, ``F²(∅)`` adds those whose
    attackers ``F¹(∅)`` all attacks, and so on up to the grounded extension. An
    IN argument has round ``i`` when it first appears in ``Fⁱ(∅)``, that is
    ``1 + max(round of its attackers)`` (1 when unattacked); an OUT argument has
    the smallest round of its IN attackers (it is defeated in that round).
    UNDEC arguments have round 0.

    The same fixpoint as :func:`grounded_labels`: its queue holds the IN
    arguments in non-decreasing round order, so the first IN attacker to reach
    an argument has the smallest round, and the attacker whose defeat releases
    an argument has the largest.

    Examples
    --------
    >>> from argmap.frameworks.abstract import AF
    >>> af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("d", "d")])
    >>> grounded_rounds(Adjacency.of(af))[1]
    [1, 1, 2, 0]

    References
    ----------
    .. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
       in nonmonotonic reasoning, logic programming and n-person games",
       Artificial Intelligence 77(2):321-357, 1995. (Definition 16.)
    """
    rounds = [0] * adjacency.size
    return _fixpoint(adjacency, rounds), rounds


def _fixpoint(adjacency: Adjacency, rounds: list[int] | None) -> Labels:
    """The queue-based grounded fixpoint; fills ``rounds`` when given."""
    labels = [UNDEC] * adjacency.size
    queue = adjacency.unattacked()
    if not queue:
        return labels
    remaining = adjacency.in_degrees()
    targets = adjacency.targets
    for a in queue:
        labels[a] = IN
    if rounds is not None:
        for a in queue:
            rounds[a] = 1
    head = 0
    while head < len(queue):
        a = queue[head]
        head += 1
        for b in targets[a]:
            if labels[b] == UNDEC:
                labels[b] = OUT
                if rounds is not None:
                    rounds[b] = rounds[a]
                for c in targets[b]:
                    remaining[c] -= 1
                    if remaining[c] == 0 and labels[c] == UNDEC:
                        labels[c] = IN
                        if rounds is not None:
                            rounds[c] = rounds[a] + 1
                        queue.append(c)
    return labels


def grounded_domains(adjacency: Adjacency) -> Labels:
    """Search domains with the grounded labelling's IN and OUT arguments fixed.

    Every complete labelling agrees with the grounded labelling on its IN and
    OUT arguments, so searches for complete-based semantics (complete, preferred,
    stable, semi-stable) start from here: only the grounded UNDEC arguments
    remain open (the grounded reduct).
    """
    return [ANY if label == UNDEC else label for label in grounded_labels(adjacency)]


def grounded_indices(adjacency: Adjacency) -> frozenset[int]:
    """The grounded extension as argument numbers of ``adjacency``."""
    return frozenset(a for a, label in enumerate(grounded_labels(adjacency)) if label == IN)


def grounded_extension(af: ArgumentationFramework) -> frozenset[str]:
    """The grounded extension: the least fixed point of the characteristic function.

    Dung's characteristic function maps a set ``S`` to the arguments it defends,
    ``F(S) = {a ∈ A | every attacker of a is attacked by S}``. It is monotone, so
    it has a least fixed point, reached by iterating from ``∅``: that is the
    grounded extension. Equivalently it is the ⊆-least complete extension, and
    the intersection of all complete extensions. It always exists and is unique
    (possibly empty).

    Computed in ``O(|A| + |R|)`` time by a queue-based propagation (see
    :func:`grounded_labels`), fast enough for ICCMA frameworks with millions of
    attacks.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    frozenset of str
        The grounded extension.

    See Also
    --------
    grounded_labelling : the same, as IN/OUT/UNDEC labels.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d", "e"], [("a", "b"), ("b", "c"), ("d", "e"), ("e", "d")])
    >>> sorted(grounded_extension(af))
    ['a', 'c']

    Nothing is unattacked in an even cycle, so the grounded extension is empty:

    >>> grounded_extension(AF(["a", "b"], [("a", "b"), ("b", "a")]))
    frozenset()

    References
    ----------
    .. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
       in nonmonotonic reasoning, logic programming and n-person games",
       Artificial Intelligence 77(2):321-357, 1995. (Definition 20.)
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return _labelled(af, grounded_labels(Adjacency.of(af)), IN)


def grounded_labelling(af: ArgumentationFramework) -> Labelling:
    """The grounded labelling: the complete labelling with the fewest IN arguments.

    A labelling is complete when an argument is IN iff all its attackers are OUT,
    and OUT iff some attacker is IN. Among complete labellings, the grounded one
    has a ⊆-minimal IN set (equivalently ⊆-minimal OUT, ⊆-maximal UNDEC); its IN
    arguments are the grounded extension, its OUT arguments those the extension
    attacks.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    Labelling

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> labelling = grounded_labelling(AF(["a", "b", "c"], [("a", "b"), ("c", "c")]))
    >>> sorted(labelling.in_), sorted(labelling.out), sorted(labelling.undec)
    (['a'], ['b'], ['c'])

    References
    ----------
    .. [1] M. Caminada, "On the issue of reinstatement in argumentation", JELIA 2006,
       LNCS 4160, 111-123.
    .. [2] M. Caminada and D. Gabbay, "A logical account of formal argumentation",
       Studia Logica 93(2-3):109-145, 2009.
    """
    labels = grounded_labels(Adjacency.of(af))
    return Labelling(*(_labelled(af, labels, bit) for bit in (IN, OUT, UNDEC)))


def _labelled(af: ArgumentationFramework, labels: Labels, bit: int) -> frozenset[str]:
    return frozenset(name for name, label in zip(af.arguments, labels, strict=True) if label == bit)
