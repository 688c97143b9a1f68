import pytest

from generator.model import Scalar
from generator.parse.notation import Notation, NotationError, parse_notation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**string**", Notation(scalar=Scalar.STRING)),
        ("**string** (int64)", Notation(scalar=Scalar.INT64)),
        ("**string** (uint64)", Notation(scalar=Scalar.UINT64)),
        ("**string** (date-time)", Notation(scalar=Scalar.TIMESTAMP)),
        ("**string** (duration)", Notation(scalar=Scalar.DURATION)),
        ("**string** (bytes)", Notation(scalar=Scalar.BYTES)),
        ("**string** (field-mask)", Notation(scalar=Scalar.FIELD_MASK)),
        ("**boolean**", Notation(scalar=Scalar.BOOL)),
        ("**integer** (int32)", Notation(scalar=Scalar.INT32)),
        ("**integer** (uint32)", Notation(scalar=Scalar.UINT32)),
        ("**number** (double)", Notation(scalar=Scalar.DOUBLE)),
        ("**number** (float)", Notation(scalar=Scalar.FLOAT)),
        ("**object**", Notation(scalar=Scalar.JSON)),
        ("**enum** (Status)", Notation(enum_name="Status")),
        (
            "**[Task](#yandex.cloud.backup.v1.Task)**",
            Notation(anchor="yandex.cloud.backup.v1.Task"),
        ),
    ],
)
def test_notations(text: str, expected: Notation) -> None:
    assert parse_notation(text) == expected


def test_maps() -> None:
    n = parse_notation(
        "**object** (map<**string**, **[Secret](#yandex.cloud.compute.v1.Secret)**>)"
    )
    assert n.anchor == "yandex.cloud.compute.v1.Secret"
    assert n.map_key == Notation(scalar=Scalar.STRING)
    n = parse_notation("**object** (map<**string**, **string** (bytes)>)")
    assert n.scalar is Scalar.BYTES and n.map_key is not None


@pytest.mark.parametrize(
    "text", ["**strin**", "**string** (int128)", "string", "**enum**", "**object** (x)"]
)
def test_unknown_notations_are_errors(text: str) -> None:
    with pytest.raises(NotationError, match="type notation|enum notation"):
        parse_notation(text)


@pytest.mark.parametrize(
    ("text", "scalar"),
    [
        # Every format each JSON type is printed with; the rare ones come from proto types
        # that the corpus seldom or never shows (sint64, fixed64, sfixed32, ...).
        ("**string** (sint64)", Scalar.INT64),
        ("**string** (sfixed64)", Scalar.INT64),
        ("**string** (fixed64)", Scalar.UINT64),
        ("**string** (byte)", Scalar.BYTES),
        ("**integer**", Scalar.INT32),
        ("**integer** (sint32)", Scalar.INT32),
        ("**integer** (sfixed32)", Scalar.INT32),
        ("**integer** (fixed32)", Scalar.UINT32),
        ("**integer** (int64)", Scalar.INT64),
        ("**integer** (uint64)", Scalar.UINT64),
        ("**number**", Scalar.DOUBLE),
        ("  **string** (int64)  ", Scalar.INT64),
        ("**string**(int64)", Scalar.INT64),
    ],
)
def test_rare_formats(text: str, scalar: Scalar) -> None:
    assert parse_notation(text) == Notation(scalar=scalar)


@pytest.mark.parametrize(
    "text",
    [
        "**boolean** (bool)",  # a format the type does not have
        "**number** (int32)",
        "**integer** (double)",
        "**string** (float)",
        "**object** (map<**string**, **object** (map<**string**, **string**>)>)",  # nested map
        "**object** (map<**[Key](#a.Key)**, **string**>)",  # a message as the key
        "**object** (map<**object** (map<**string**, **string**>), **string**>)",
        "**[Task](#yandex.cloud.backup.v1.Task)** trailing",
        "**String**",
    ],
)
def test_notations_outside_the_tables_are_errors(text: str) -> None:
    with pytest.raises(NotationError, match=r"^(unknown type|unsupported map) notation '"):
        parse_notation(text)


def test_map_values_keep_their_kind() -> None:
    enum_value = parse_notation("**object** (map<**string** (int64), **enum** (State)>)")
    assert enum_value == Notation(enum_name="State", map_key=Notation(scalar=Scalar.INT64))
    scalar_value = parse_notation("**object** (map<**integer** (int32), **number** (float)>)")
    assert scalar_value == Notation(scalar=Scalar.FLOAT, map_key=Notation(scalar=Scalar.INT32))
