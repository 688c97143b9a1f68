"""Stand-ins for the docs loader and the renderers, for the CLI, output and cache tests.

Pages live at `<service>/<version>/<Page>.md`; each directory pair is one API
(`yandex.cloud.<service>.<version>`) and each page one service whose description is the
page's text, so editing a page changes exactly its API's model. A page containing `BROKEN`
is an error (and left out), one containing `WARN` a warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.model import Api, Location, Message, Service
from generator.pipeline import LoadResult
from generator.render.options import RenderOptions

# Packages passed to render_api, in call order; tests clear it between runs.
RENDER_CALLS: list[str] = []


def load(docs_dir: Path, jobs: int = 1, **_: object) -> LoadResult:
    diagnostics = Diagnostics()
    apis: dict[str, Api] = {}
    pages = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    for rel in pages:
        text = (docs_dir / rel).read_text(encoding="utf-8")
        if "BROKEN" in text:
            diagnostics.error(Location(rel, 3), "broken page: table without its closing `|#`")
            continue
        if "WARN" in text:
            diagnostics.warning(Location(rel, 1), "suspicious page")
        parts = rel.split("/")
        package = "yandex.cloud." + ".".join(parts[:2])
        api = apis.setdefault(package, Api(package=package, title=f"{parts[0].title()} API"))
        name = Path(rel).stem
        api.services[name] = Service(name=name)
        api.messages[name] = Message(full_name=name, location=Location(rel, 1), description=text)
        api.sources.append(rel)
    return LoadResult(apis=dict(sorted(apis.items())), diagnostics=diagnostics, pages=pages)


class FakeOpenapi:
    def render_api(self, api: Api, options: RenderOptions) -> dict[str, str]:
        RENDER_CALLS.append(api.package)
        body = "".join(f"{m.name}: {m.description.strip()}\n" for m in api.messages.values())
        return {f"openapi/{api.package}.yaml": f"# {api.title} on {options.api_host}\n{body}"}

    def render_shared(self, apis: Sequence[Api], options: RenderOptions) -> dict[str, str]:
        return {"openapi/index.txt": "".join(f"{a.package}\n" for a in apis)}


class FakeSdk:
    def render_api(self, api: Api, options: RenderOptions) -> dict[str, str]:
        folder = f"python/{options.package_root}/{api.short_name.replace('.', '/')}"
        services = "".join(f"class {s}Client: ...\n" for s in api.services)
        return {f"{folder}/__init__.py": services}

    def render_shared(self, apis: Sequence[Api], options: RenderOptions) -> dict[str, str]:
        return {f"python/{options.package_root}/__init__.py": f'"""{len(apis)} APIs."""\n'}


RENDERERS = {"openapi": FakeOpenapi(), "python_sdk": FakeSdk()}


def write_docs(root: Path, pages: dict[str, str]) -> Path:
    """Create a docs tree from {relative path: text}."""
    for rel, text in pages.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root: bytes and mtime (ns), to prove nothing changed."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
