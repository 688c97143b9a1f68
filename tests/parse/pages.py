"""Small docs pages in the real format, for parser tests."""

GOOD = """---
editable: false
apiPlayground:
  - url: https://{{ api-host-widgets }}/widgets/v1/widgets/{widgetId}:apply
    method: post
    path:
      type: object
      properties:
        widgetId:
          description: |-
            **string**
            Required field. Widget ID.
          type: string
      additionalProperties: false
    query:
      type: object
      properties:
        mode:
          type: string
          enum:
            - MODE_UNSPECIFIED
            - 'OFF'
            - 'ON'
        filter:
          $ref: '#/definitions/Filter'
    body:
      type: object
      properties:
        labels:
          type: object
          additionalProperties:
            type: string
            pattern: '[-_0-9a-z]*'
          propertyNames:
            type: string
            pattern: '[a-z][-_0-9a-z]*'
        count:
          type: string
          format: int64
      required:
        - count
    definitions:
      Filter:
        type: object
        properties:
          folderId:
            type: string
            pattern: 'b1\\\\_[a-z]+'
        required:
          - folderId
sourcePath: en/_api-ref/widgets/v1/api-ref/Widget/apply.md
---

# Widgets API, REST: Widget.Apply

Applies a widget.

Starts an operation.

## HTTP request

```
POST https://{{ api-host-widgets }}/widgets/v1/widgets/{widgetId}:apply
```

## Path parameters

#|
||Field | Description ||
|| widgetId | **string**

Required field. Widget ID. ||
|#

## Query parameters {#yandex.cloud.widgets.v1.ApplyWidgetRequest}

#|
||Field | Description ||
|| mode | **enum** (Mode)

- `OFF`: Turned off.
- `ON` ||
|| filter | **[Filter](#yandex.cloud.widgets.v1.Filter)** ||
|#

## Filter {#yandex.cloud.widgets.v1.Filter}

#|
||Field | Description ||
|| folderId | **string** ||
|#

## Body parameters {#yandex.cloud.widgets.v1.ApplyWidgetRequest}

```json
{
  "labels": "object",
  // Includes only one of the fields `count`, `ratio`
  "count": "string",
  "ratio": "number"
  // end of the list of possible fields
}
```

#|
||Field | Description ||
|| labels | **object** (map<**string**, **string**>) ||
|| count | **string** (int64)

Includes only one of the fields `count`, `ratio`. ||
|| ratio | **number** (double)

Value must be greater than 0.

Includes only one of the fields `count`, `ratio`. ||
|#

## Response {#yandex.cloud.operation.Operation}

**HTTP Code: 200 - OK**

#|
||Field | Description ||
|| id | **string** ||
|| metadata | **[ApplyWidgetMetadata](#yandex.cloud.widgets.v1.ApplyWidgetMetadata)** ||
|| response | **[Widget](#yandex.cloud.widgets.v1.Widget)** ||
|#

## ApplyWidgetMetadata {#yandex.cloud.widgets.v1.ApplyWidgetMetadata}

#|
||Field | Description ||
|| widgetId | **string** ||
|#

## Widget {#yandex.cloud.widgets.v1.Widget}

A widget.

#|
||Field | Description ||
|| id | **string** ||
|| parts[] | **[Part](#yandex.cloud.widgets.v1.Widget.Part)** ||
|| previous | **[Widget](#yandex.cloud.widgets.v1.Widget2)** ||
|#

## Part {#yandex.cloud.widgets.v1.Widget.Part}

#|
||Field | Description ||
|| name | **string**

The maximum string length in characters is 50. ||
|#

## Widget {#yandex.cloud.widgets.v1.Widget2}

#|
||Field | Description ||
|| id | **string** ||
|| createdAt | **string** (date-time) ||
|#
"""


def replace(old: str, new: str, page: str = GOOD) -> str:
    assert old in page, old
    return page.replace(old, new, 1)
