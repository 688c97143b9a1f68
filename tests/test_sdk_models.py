"""Generated SDK models: JSON round trips, open enums, oneofs, keyword-named fields,
docstrings that survive hostile docs text; on the corpus, every message and every JSON
example of the pages round-trips, and the generated tree is mypy --strict and ruff clean."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.model import Api, Field, Message, Scalar, TypeRef
from generator.render import python_sdk
from generator.render.options import RenderOptions
from generator.render.python_sdk.docstrings import docstring, readable
from generator.render.python_sdk.format import format_python
from generator.render.python_sdk.naming import class_names
from tests.fixtures.shapes import SHAPES_DOCS
from tests.sdk_helpers import (
    HOSTILE,
    PKG,
    imported,
    models_module,
    sample_api,
    sample_element,
    sample_message,
    sample_value,
    write_sdk,
)

CORPUS = Path("/work/shared/corpus/yc-docs")
VENV_BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    api = sample_api()
    with imported(write_sdk([api], tmp_path_factory.mktemp("sample_sdk"))):
        yield models_module(api)


def test_every_field_kind_round_trips(sample: ModuleType) -> None:
    data = sample_message(sample_api(), f"{PKG}.Thing")
    thing = sample.Thing.from_json(data)
    assert thing.to_json() == data
    assert json.dumps(thing.to_json(), sort_keys=True) == json.dumps(data, sort_keys=True)
    assert thing.size == -9007199254740993 and thing.weights == {42: -9007199254740993}
    assert thing.blob == b"\x00\x01\x02\xff"
    assert thing.children == [sample.Part(name="text")]


def test_timestamp_nanoseconds_survive(sample: ModuleType) -> None:
    text = "2024-05-01T10:00:00.123456789Z"
    thing = sample.Thing.from_json({"from": text, "stamps": [text]})
    assert thing.from_.nanos == 123456789
    assert thing.to_json() == {"from": text, "stamps": [text]}


def test_int64_accepts_numbers_and_encodes_strings(sample: ModuleType) -> None:
    assert sample.Thing.from_json({"size": 5}).to_json() == {"size": "5"}


def test_unknown_enum_value_round_trips(sample: ModuleType) -> None:
    thing = sample.Thing.from_json({"type": "FROM_THE_FUTURE", "kinds": ["BIG", "NEWER"]})
    assert isinstance(thing.type, sample.ThingKind)
    assert thing.type == "FROM_THE_FUTURE"
    assert thing.kinds[0] is sample.ThingKind.BIG
    assert thing.to_json() == {"type": "FROM_THE_FUTURE", "kinds": ["BIG", "NEWER"]}


def test_oneof_violation_names_the_fields(sample: ModuleType) -> None:
    thing = sample.Thing(part=sample.Part(name="p"), url="https://x")
    with pytest.raises(ValueError, match=r"Thing: .*part, url.*got part and url"):
        thing.to_json()
    assert sample.Thing(url="https://x").to_json() == {"url": "https://x"}


def test_keyword_and_builtin_named_fields(sample: ModuleType) -> None:
    thing = sample.Thing(
        id="i",
        type=sample.ThingKind.BIG,
        from_=sample.Timestamp(0),
        class_="c",
        format="f",
        str="s",
    )
    assert thing.to_json() == {
        "id": "i",
        "type": "BIG",
        "from": "1970-01-01T00:00:00Z",
        "class": "c",
        "format": "f",
        "str": "s",
    }
    assert sample.Thing.from_json({"class": "k", "toJson": "t"}).to_json_ == "t"


def test_unset_fields_are_left_out_and_lenient_decoding(sample: ModuleType) -> None:
    assert sample.Thing().to_json() == {}
    assert sample.Thing(enabled=False, count=0).to_json() == {"enabled": False, "count": 0}
    thing = sample.Thing.from_json({"id": None})
    assert thing == sample.Thing()
    with pytest.raises(ValueError, match="Thing: expected a JSON object"):
        sample.Thing.from_json([])


def test_unknown_fields_survive_at_every_level(sample: ModuleType) -> None:
    # As if the API grew after generation: new fields on the top message, on a nested
    # message, on the elements of a list and on the values of a map.
    data = {
        "id": "t1",
        "newTop": {"deep": [1, "two", None]},
        "part": {"name": "p", "newInPart": True},
        "children": [{"name": "c1", "newInChild": 1}, {"name": "c2"}],
        "parts": {"k": {"name": "v", "newInMapValue": "x"}},
    }
    thing = sample.Thing.from_json(data)
    assert thing.unknown_fields == {"newTop": {"deep": [1, "two", None]}}
    assert thing.part.unknown_fields == {"newInPart": True}
    assert thing.children[1].unknown_fields is None
    assert "newTop" not in repr(thing)
    assert thing.to_json() == data
    # get -> change -> update keeps what the SDK does not know.
    thing.id = "t2"
    thing.part.name = "q"
    changed = thing.to_json()
    assert changed["newTop"] == data["newTop"] and changed["part"]["newInPart"] is True
    assert changed["id"] == "t2" and changed["part"]["name"] == "q"
    # A known field set on the model wins over an unknown one of the same name.
    assert sample.Part(name="a", unknown_fields={"name": "b", "x": 1}).to_json() == {
        "name": "a",
        "x": 1,
    }
    assert sample.Empty.from_json({"anything": True}).to_json() == {"anything": True}
    # A docs field named like the attribute pushes the attribute aside.
    clash = sample.Clash.from_json({"unknownFields": "docs", "zz": 1})
    assert clash.unknown_fields == "docs" and clash.unknown_fields_ == {"zz": 1}


@pytest.mark.parametrize(
    "text",
    [HOSTILE, '"""', '""""', "\\", "ends with \\", '"', "\\N{BULLET}", "{{ x }}", "*/", "\x00\r"],
)
def test_docstring_literals_keep_hostile_text(text: str) -> None:
    literal = docstring(text, 4)
    assert ast.literal_eval(literal).strip() == text.strip()
    # Inside a class body and formatted by black: still the one docstring, same value.
    node = ast.parse(format_python(f"class A:\n    {literal}\n    x = 1\n")).body[0]
    assert isinstance(node, ast.ClassDef)
    assert (ast.get_docstring(node, clean=False) or "").strip() == text.strip()


def test_readable_markdown() -> None:
    text = readable("See **[Doc](#x.y)** and [site](https://a.b/c), ``mask``.")
    assert text == "See Doc and site <https://a.b/c>, `mask`."


def test_generated_tree_is_deterministic_and_laid_out() -> None:
    api = sample_api()
    first = python_sdk.render_api(api, RenderOptions())
    assert first == python_sdk.render_api(sample_api(), RenderOptions())
    assert {"python/ycrest/sample/v1/__init__.py", "python/ycrest/sample/v1/models.py"} <= set(
        first
    )
    assert all(p.startswith("python/ycrest/sample/v1/") for p in first)
    shared = python_sdk.render_shared([api], RenderOptions(package_root="acme.yc_rest"))
    assert 'name = "acme-yc-rest"' in shared["python/pyproject.toml"]
    assert "python/acme/__init__.py" in shared
    assert "python/acme/yc_rest/py.typed" in shared
    assert "python/acme/yc_rest/sample/__init__.py" in shared
    assert "python/acme/yc_rest/sample/v1/__init__.py" not in shared
    runtime = Path(python_sdk.__file__).parents[2] / "sdk_runtime" / "_codec.py"
    assert shared["python/acme/yc_rest/_runtime/_codec.py"] == runtime.read_text("utf-8")
    assert not any("__pycache__" in p for p in shared)


# --- the corpus ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_apis() -> dict[str, Api]:
    if not CORPUS.is_dir():
        pytest.skip("corpus not available")
    from generator.pipeline import load_apis

    # With the shapes the corpus lacks (recursive messages, enum values that are not Python
    # names, path parameters inside the body, the Operation service, a non-yandex package).
    return load_apis(CORPUS).apis | load_apis(SHAPES_DOCS).apis


@pytest.fixture(scope="module")
def corpus_sdk(
    corpus_apis: dict[str, Api], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    path = write_sdk(corpus_apis.values(), tmp_path_factory.mktemp("corpus_sdk"))
    with imported(path):
        yield path


def _cls(api: Api, full_name: str) -> Any:
    return getattr(models_module(api), class_names(api)[full_name])


def test_corpus_every_message_round_trips(corpus_apis: dict[str, Api], corpus_sdk: Path) -> None:
    count = 0
    for api in corpus_apis.values():
        for full_name in api.messages:
            data = sample_message(api, full_name)
            assert _cls(api, full_name).from_json(data).to_json() == data, full_name
            count += 1
    assert count > 100


_EXAMPLE = re.compile(
    r"^## (?:Body parameters|Response|Query parameters)[^\n]*\{#([\w.]+)\}\n"
    r"(?:(?!^## ).)*?^```json\n(.*?)^```",
    re.DOTALL | re.MULTILINE,
)


def _with_samples(value: Any, message: Message, api: Api) -> dict[str, Any]:
    """The docs example with type placeholders ("string", "integer") replaced by sample
    values of each field's type; of a oneof group only the first member is kept. Example
    fields the tables do not list (a docs inconsistency, e.g. iam ApiKey `scope`) are left
    out: decoding would ignore them."""
    assert isinstance(value, dict), message.full_name
    later_members = {n for o in message.oneofs for n in o.fields[1:]}
    out: dict[str, Any] = {}
    for key, item in value.items():
        f = message.field_named(key)
        if f is not None and key not in later_members:
            out[key] = _field_sample(f, item, api)
    return out


def _field_sample(f: Field, item: Any, api: Api) -> Any:
    if f.is_map:
        return sample_value(f, api, 0)  # examples show maps as "object"
    if f.repeated:
        return [_one_sample(f.type, v, api) for v in item]
    return _one_sample(f.type, item, api)


def _one_sample(t: TypeRef, item: Any, api: Api) -> Any:
    if t.message is not None:
        known = t.message in api.messages
        return _with_samples(item, api.messages[t.message], api) if known else item
    if t.scalar is Scalar.JSON:
        return item  # any JSON value stays as the docs show it
    return sample_element(t, api, 0)


def test_corpus_json_examples_round_trip(corpus_apis: dict[str, Api], corpus_sdk: Path) -> None:
    by_page = {src: api for api in corpus_apis.values() for src in api.sources}
    checked = 0
    for page, api in sorted(by_page.items()):
        text = Path(page).read_text(encoding="utf-8")
        for anchor, body in _EXAMPLE.findall(text):
            if anchor not in api.messages:
                continue
            lines = [ln for ln in body.splitlines() if not ln.strip().startswith("//")]
            example = json.loads("\n".join(lines))
            data = _with_samples(example, api.messages[anchor], api)
            decoded = _cls(api, anchor).from_json(data)
            assert decoded.to_json() == data, f"{page}: {anchor}"
            checked += 1
    assert checked > 30


def test_corpus_sdk_is_black_formatted_mypy_strict_and_ruff_clean(corpus_sdk: Path) -> None:
    black = subprocess.run(
        [str(VENV_BIN / "black"), "--check", "--line-length=100", "--target-version=py311", "."],
        check=False,
        cwd=corpus_sdk,
        capture_output=True,
        text=True,
    )
    assert black.returncode == 0, black.stdout + black.stderr
    ruff = subprocess.run(
        [str(VENV_BIN / "ruff"), "check", "--no-cache", "ycrest"],
        check=False,
        cwd=corpus_sdk,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    mypy = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", "--no-incremental", "ycrest"],
        check=False,
        cwd=corpus_sdk,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


def test_code_spans_in_docs_are_not_read_as_links() -> None:
    from generator.render.python_sdk.docstrings import readable

    text = readable(
        "Must match ```|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?```; see [guide](https://x.test/g)."
    )
    assert text == "Must match `|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?`; see guide <https://x.test/g>."


def test_html_entities_are_decoded_outside_code() -> None:
    from generator.render.python_sdk.docstrings import readable

    assert readable("With &lt;id&gt; and `&lt;kept&gt;`.") == "With <id> and `&lt;kept&gt;`."
