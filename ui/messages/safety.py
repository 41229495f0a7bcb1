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

MESSAGES.update({
    "app.error": {
        "en": "Something went wrong while showing this page. The details were written to the server log under "
              "reference {ref}; please quote it when you report the problem. Other pages still work.",
        "id": "Terjadi kesalahan saat menampilkan halaman ini. Rinciannya dicatat di log server dengan "
              "referensi {ref}; sebutkan referensi itu saat melaporkan masalah. Halaman lain tetap berfungsi."},
    "app.error_database": {
        "en": "The data could not be prepared, so no page can be shown yet. The details were written to the server "
              "log under reference {ref}; please quote it when you report the problem.",
        "id": "Data tidak dapat disiapkan, jadi belum ada halaman yang dapat ditampilkan. Rinciannya dicatat di "
              "log server dengan referensi {ref}; sebutkan referensi itu saat melaporkan masalah."},
    "import.secret_too_short": {
        "en": "Imports are switched off: the admin password in .streamlit/secrets.toml is shorter than {n} "
              "characters. Set a longer one (e.g. python -c \"import secrets; print(secrets.token_urlsafe(24))\") "
              "and restart the app.",
        "id": "Impor dimatikan: kata sandi admin di .streamlit/secrets.toml lebih pendek dari {n} karakter. "
              "Atur yang lebih panjang (mis. python -c \"import secrets; print(secrets.token_urlsafe(24))\") "
              "lalu mulai ulang aplikasi."},
    "import.locked_out": {
        "en": "Too many wrong passwords from this session or this computer. Sign-in is locked for {minutes} "
              "more minute(s); the attempts were logged.",
        "id": "Terlalu banyak kata sandi salah dari sesi atau komputer ini. Masuk dikunci selama {minutes} "
              "menit lagi; percobaan telah dicatat."},
})
