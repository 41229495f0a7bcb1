"""Messages of the safety nets: the error page, a repaired database, a recovered import, the admin sign-in
limits and the upload gate (app.py, ui/data.py, ui/errors.py, ui/admin.py, pages/import.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "app.db_repaired": {
        "en": "The database file could not be read, so it was rebuilt from the data folder (imports included). "
              "The unreadable file was kept for inspection as {kept}.",
        "id": "Berkas basis data tidak dapat dibaca, jadi dibangun ulang dari folder data (termasuk impor). "
              "Berkas yang tidak terbaca disimpan untuk diperiksa sebagai {kept}."},
    "app.import_recovered": {
        "en": "An import or rollback was interrupted; it was finished or undone, whichever the database had "
              "reached. The import history on the Import results page shows the outcome.",
        "id": "Sebuah impor atau pembatalan terputus; proses itu diselesaikan atau dibatalkan, sesuai tahap yang "
              "sudah dicapai basis data. Riwayat impor di halaman Impor hasil menunjukkan hasilnya."},
}
