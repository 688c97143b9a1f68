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
import io
import pickle
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


# ---- pickles that do not name their page ----------------------------------------------
#
# A parsed page names itself (`docs/compute/v1/api-ref/Disk/get.md`) in every location. The
# page cache stores a page with that name left out and puts back the name the page has when it
# is read, so one entry serves a page's every copy: another checkout of the docs, or the
# other side of a `diff`.

_SHOWN_AS = "page"  # the persistent id that stands for the page's name


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shown_as: str) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._shown_as = shown_as

    def persistent_id(self, obj: Any) -> str | None:
        return _SHOWN_AS if obj.__class__ is str and obj == self._shown_as else None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shown_as: str) -> None:
        super().__init__(file)
        self._shown_as = shown_as

    def persistent_load(self, pid: Any) -> str:
        if pid != _SHOWN_AS:
            raise pickle.UnpicklingError(f"unknown persistent id {pid!r}")
        return self._shown_as


def dumps_unnamed(value: object, shown_as: str) -> bytes:
    """`value` pickled with every string equal to `shown_as` left out."""
    buffer = io.BytesIO()
    _Pickler(buffer, shown_as).dump(value)
    return buffer.getvalue()


def loads_named(payload: bytes, shown_as: str) -> Any:
    """A `dumps_unnamed` pickle read back with `shown_as` where the name was."""
    return _Unpickler(io.BytesIO(payload), shown_as).load()
