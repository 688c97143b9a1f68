"""The Python SDK renderer: one package per API under the import root, plus the shared
root package (metadata, runtime copy, intermediate packages).

Per-API files come from a list of part renderers (models, client, ...), each returning
sources by file name inside the API's package; this module adds the package `__init__.py`
that re-exports their public names, and formats every `.py` file (format.py).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Sequence
from importlib import resources

from ...model import Api
from ..options import RenderOptions
from . import clients
from .api_reference import render_api_reference
from .format import format_sources
from .models import render_models
from .naming import class_names, module_path
from .stubs import render_stub
from .templating import render_template

# (api, options, class names) -> {file name inside the API package: source}
PartRenderer = Callable[[Api, RenderOptions, dict[str, str]], dict[str, str]]

RUNTIME_PACKAGE = "generator.sdk_runtime"


def _models_part(api: Api, options: RenderOptions, names: dict[str, str]) -> dict[str, str]:
    return {"models.py": render_models(api, options, names)}


PARTS: list[PartRenderer] = [
    _models_part,
    clients.render_client,
    render_stub,
    render_api_reference,
]


def render_api(api: Api, options: RenderOptions) -> dict[str, str]:
    return render_many([api], options)[api.package]


def render_many(apis: Sequence[Api], options: RenderOptions) -> dict[str, dict[str, str]]:
    """`render_api` for a batch of APIs, by package: the formatter runs once for all."""
    unformatted = {api.package: _render_unformatted(api, options) for api in apis}
    formatted = format_sources({p: t for files in unformatted.values() for p, t in files.items()})
    return {package: {p: formatted[p] for p in files} for package, files in unformatted.items()}


def _render_unformatted(api: Api, options: RenderOptions) -> dict[str, str]:
    names = class_names(api)
    parts: dict[str, str] = {}
    for part in PARTS:
        parts.update(part(api, options, names))
    parts["__init__.py"] = render_template(
        "python/package/api_init.py.j2", api=api, exports=_exports(parts), options=options
    )
    base = "/".join(["python", *_root_parts(options), *module_path(api)])
    return {f"{base}/{name}": parts[name] for name in sorted(parts)}


# render_shared reads nothing of the APIs but their packages (see build.Renderer).
SHARED_INPUTS = "packages"


def render_shared(apis: Sequence[Api], options: RenderOptions) -> dict[str, str]:
    root = "/".join(["python", *_root_parts(options)])
    files: dict[str, str] = {
        "python/pyproject.toml": render_template(
            "python/package/pyproject.toml.j2",
            options=options,
            distribution=distribution_name(options.package_root),
            package_dir="/".join(_root_parts(options)),
        ),
        f"{root}/__init__.py": render_template(
            "python/package/root_init.py.j2",
            options=options,
            subpackages=sorted(".".join(module_path(api)) for api in apis),
        ),
        f"{root}/py.typed": "",
    }
    for prefix in _intermediate_packages(apis):
        files[f"{root}/{'/'.join(prefix)}/__init__.py"] = render_template(
            "python/package/namespace_init.py.j2", name=".".join(prefix), options=options
        )
    files = format_sources(files)
    # The runtime is copied verbatim (it is already formatted; its own tests keep it so).
    files.update({f"{root}/_runtime/{name}": text for name, text in runtime_files().items()})
    # Root packages above the import root when it is dotted (`acme.ycrest`).
    parts = _root_parts(options)
    for depth in range(1, len(parts)):
        files["/".join(["python", *parts[:depth], "__init__.py"])] = ""
    return dict(sorted(files.items()))


def distribution_name(package_root: str) -> str:
    """`ycrest` -> `ycrest`; `acme.yc_rest` -> `acme-yc-rest`."""
    return package_root.replace(".", "-").replace("_", "-").lower()


def runtime_files() -> dict[str, str]:
    """Every file of generator/sdk_runtime, verbatim, by name (sorted; no caches)."""
    files: dict[str, str] = {}

    def walk(node: resources.abc.Traversable, prefix: str) -> None:
        for child in node.iterdir():
            if child.name == "__pycache__" or child.name.endswith((".pyc", ".pyo")):
                continue
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            else:
                files[prefix + child.name] = child.read_text(encoding="utf-8")

    walk(resources.files(RUNTIME_PACKAGE), "")
    return dict(sorted(files.items()))


def _root_parts(options: RenderOptions) -> list[str]:
    return options.package_root.split(".")


def _intermediate_packages(apis: Sequence[Api]) -> list[tuple[str, ...]]:
    """Proper prefixes of the API module paths that are not API packages themselves."""
    own = {tuple(module_path(api)) for api in apis}
    prefixes = {tuple(path[:n]) for path in own for n in range(1, len(path))}
    return sorted(prefixes - own)


def _exports(parts: dict[str, str]) -> list[tuple[str, list[str]]]:
    """Public top-level names of each part module, by module name; a name two modules define
    is exported from the part rendered first only."""
    seen: set[str] = set()
    result: list[tuple[str, list[str]]] = []
    for file_name, source in parts.items():
        if not file_name.endswith(".py") or "/" in file_name:
            continue
        names = [n for n in _public_names(file_name, source) if n not in seen]
        seen.update(names)
        if names:
            result.append((file_name[: -len(".py")], sorted(names)))
    return sorted(result)


_ALL = re.compile(r"^__all__ = (\[.*?\])$", re.MULTILINE | re.DOTALL)


def _public_names(file_name: str, source: str) -> list[str]:
    """The part module's `__all__`, which every part template declares (reading it is much
    cheaper than parsing the module)."""
    declared = _ALL.search(source)
    if declared is None:
        raise RuntimeError(f"{file_name}: a part module must declare its exports in __all__")
    names = ast.literal_eval(declared.group(1))
    return [n for n in names if isinstance(n, str)]
