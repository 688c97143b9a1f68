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
