"""Fast pickling for the model's dataclasses (the page cache, the merged-API cache and the
worker processes move hundreds of thousands of them per run at scale).

A slots dataclass pickles through `dataclasses.fields()` on every object, which is most
of the time pickle spends. `install()` registers, for each class, a reducer that pickles
the field values as a tuple and rebuilds the object by calling the class with them, so an
object comes back equal to the one pickled; the pickled form names the class, and the
values, like any pickle.
"""

from __future__ import annotations

import copyreg
import dataclasses
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

from . import diagnostics, model
from .parse import page

_installed = False


def install() -> None:
    """Register the reducers for every dataclass of the model, diagnostics and parsed pages."""
    global _installed
    if _installed:
        return
    for module in (model, diagnostics, page):
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                register(value)
    _installed = True


def register(cls: type) -> None:
    """A tuple-of-fields reducer for `cls`, when it is a dataclass every field of which its
    `__init__` takes."""
    if not dataclasses.is_dataclass(cls):
        return
    fields = dataclasses.fields(cls)
    if not fields or not all(f.init for f in fields):
        return
    copyreg.pickle(cls, _reducer(cls, [f.name for f in fields]))


def _reducer(cls: type, names: Iterable[str]) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    names = list(names)
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (cls, (one(obj),))
    values = attrgetter(*names)
    return lambda obj: (cls, values(obj))
