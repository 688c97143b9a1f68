"""`python -m generator` runs the `yc-codegen` command line."""

from .cli import main

raise SystemExit(main())
