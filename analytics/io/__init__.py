"""Moving data in and out: exports (CSV/JSON/XLSX/Parquet, formula-safe) and analysts' imports (validate →
journalled batch → rebuild; rollback)."""
