"""Renderers: intermediate model -> files.

Every renderer module exposes the same two functions, so the build can render (and cache)
one API at a time:

    render_api(api: Api, options: RenderOptions) -> dict[str, str]
        files that depend on this API only;
    render_shared(apis: Sequence[Api], options: RenderOptions) -> dict[str, str]
        files that depend on the set of APIs (package roots, copied runtime, metadata);

and may expose, where a batch is cheaper than one API at a time (one formatter run):

    render_many(apis: Sequence[Api], options: RenderOptions) -> dict[str, dict[str, str]]
        render_api for each API, by package.

Paths are relative to the output root and use "/" (`openapi/yandex.cloud.backup.v1.yaml`,
`python/ycrest/backup/v1/models.py`). Text is final: formatted, ending in a newline.
"""

from pathlib import Path

from .options import RenderOptions

__all__ = ["TEMPLATES_DIR", "RenderOptions"]

# The Jinja templates renderers read (templates/ next to the generator package); the cache
# fingerprint hashes them too.
TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
