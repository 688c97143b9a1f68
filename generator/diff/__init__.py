"""`yc-codegen diff`: what changed in the API between two versions of the docs, and what each
change does to three audiences (the wire, the generated Python SDK's users, stub servicers).

Both sides are parsed and merged through `generator.pipeline`, as `generate` does; the merged
models are compared (`model_diff`), every change is classified by the rule table (`rules`),
and `report/` writes it out. See docs/diff-rules.md.
"""
