"""Reading docs pages: source split, markdown structure, YFM tables, type notations,
description sentences, and the apiPlayground cross-check. `page.parse_page_file` is the
entry point; it turns one page into one method plus the messages and enums it shows."""
