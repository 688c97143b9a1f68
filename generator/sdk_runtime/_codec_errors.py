"""Errors of the proto3 JSON codec, in a module of their own so that the value types
(`_time`) and the converters (`_codec`) can both raise them."""

from __future__ import annotations


class DecodeError(ValueError):
    """A JSON value does not fit the type the docs give it."""


class OneofError(ValueError):
    """More than one field of a oneof group is set."""
