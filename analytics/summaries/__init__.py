"""The tables and figures the pages show and the CLI exports, computed from one loaded Dataset (pure)."""
