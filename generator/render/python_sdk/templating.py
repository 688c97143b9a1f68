"""The one Jinja environment every Python SDK template renders from."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from .. import TEMPLATES_DIR
from .docstrings import docstring
from .format import all_order, import_order


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["docstring"] = docstring
    env.filters["pystr"] = repr
    env.filters["all_order"] = all_order
    env.filters["import_order"] = import_order
    return env


def render_template(template: str, **context: Any) -> str:
    """Render `templates/<template>` with `context`."""
    return environment().get_template(template).render(**context)
