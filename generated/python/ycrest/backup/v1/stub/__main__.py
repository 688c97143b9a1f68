"""Serve a fake of the Cloud Backup API: `python -m ycrest.backup.v1.stub --port 8080 [--seed N]`.

Generated from the Yandex Cloud API reference; do not edit.
"""

from __future__ import annotations

from . import main

if __name__ == "__main__":
    main()
