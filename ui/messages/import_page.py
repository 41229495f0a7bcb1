"""Messages of the Import results page (pages/import.py).

``import.problem.<code>``: the validation problems of :mod:`analytics.io.imports`. Their English text *is*
``analytics.io.imports.PROBLEM_MESSAGES`` (the CLI prints the same sentences); the Indonesian text is here, with the
same fields.
"""

from analytics.io.imports import (MAX_BYTES, MAX_CELL_CHARS, MAX_ROW_CHARS, MAX_ROWS, MAX_XLSX_EXPANDED,
                                  PROBLEM_MESSAGES)

_MB = MAX_BYTES // 2**20
_ROWS_ID = f"{MAX_ROWS:,}".replace(",", ".")
_ROWS_EN = f"{MAX_ROWS:,}"
_XMB = MAX_XLSX_EXPANDED // 2**20

_PROBLEMS_ID: dict[str, str] = {
    "empty_file": "berkas kosong",
    "no_rows": "berkas memiliki baris judul tetapi tidak ada baris data",
    "too_large": f"berkas berukuran {{size_mb}} MB, melebihi batas {_MB} MB",
    "too_many_rows": f"lebih dari {_ROWS_ID} baris data; batasnya {_ROWS_ID} baris per berkas",
    "unsupported_type": "'{name}' bukan berkas .csv atau .xlsx; simpan sebagai CSV atau buku kerja Excel (.xlsx)",
    "xlsx_not_zip": "berkas bukan buku kerja XLSX yang sah (bukan arsip zip); simpan ulang sebagai .xlsx atau "
                    "unggah CSV",
    "xlsx_broken": "buku kerja XLSX tidak dapat dibaca (rusak atau bukan buku kerja Excel); simpan ulang sebagai "
                   ".xlsx atau unggah CSV",
    "xlsx_too_large": f"buku kerja XLSX mengembang menjadi lebih dari {_XMB} MB; batasnya {_XMB} MB",
    "binary": "berkas berisi bita NUL: ini bukan berkas teks CSV",
    "cell_too_long": f"nilai lebih panjang dari {MAX_CELL_CHARS:,} karakter, batas untuk satu nilai".replace(",", "."),
    "row_too_long": f"baris lebih panjang dari {MAX_ROW_CHARS:,} karakter, batas untuk satu baris".replace(",", "."),
    "csv_broken": "berkas tidak dapat dibaca sebagai CSV mulai baris ini (tanda kutip yang tidak ditutup atau baris "
                  "yang rusak); simpan ulang sebagai CSV",
    "missing_column": "kolom wajib tidak ada di baris judul",
    "duplicate_column": "kolom muncul lebih dari sekali di baris judul",
    "extra_values": "baris berisi {count} nilai tetapi baris judul hanya {columns} kolom",
    "empty_value": "nilai kosong",
    "bad_region": "'{value}' bukan kode daerah (kode daerah berbentuk seperti 73.71)",
    "bad_region_suggest": "'{value}' bukan kode daerah — maksud Anda {suggestion}?",
    "not_participant": "daerah {region} ({name}) bukan peserta program; tambahkan baris kepesertaan untuknya "
                       "(lembar atau berkas participation)",
    "bad_year": "'{value}' bukan tahun",
    "year_range": "'{value}' di luar tahun {first}–{last}",
    "no_cohort_2020": "'{value}' bukan tahun kohort: program tidak menerima daerah baru pada 2020",
    "bad_pillar": "'{value}' bukan pilar (governance, branding, economy, society, living, environment)",
    "bad_pillar_suggest": "'{value}' bukan pilar — maksud Anda {suggestion}?",
    "bad_number": "'{value}' bukan angka",
    "score_range": "'{value}' di luar skala 0–4",
    "bad_evidence": "'{value}' bukan salah satu dari list, own_news, award, mention",
    "bad_url": "'{value}' bukan alamat web yang diawali http:// atau https://",
    "duplicate_score": "daerah, tahun dan pilar yang sama dengan baris {first}",
    "duplicate_cohort": "daerah dan tahun kohort yang sama dengan baris {first}",
    "already_imported": "berkas ini sudah diimpor sebagai batch {batch_id} ({imported_at}, oleh {imported_by}); "
                        "batalkan batch itu untuk mengimpornya lagi",
    "partial_pillars": "{name} ({region}), {year}: {present} dari {total} pilar dalam berkas ini. Pilar yang tidak "
                       "ada di berkas tetap memakai nilai yang sudah ada untuk {year}; dengan kurang dari {min} dari "
                       "{total} pilar seluruhnya, daerah ini ditampilkan 'data tidak cukup', tanpa indeks, tingkat "
                       "dan peringkat",
}

MESSAGES: dict[str, dict[str, str]] = {
    "import.title": {"en": "Import evaluation results", "id": "Impor hasil evaluasi"},
    "import.intro": {
        "en": "Analysts can add the ministry's evaluation results (pillar scores on the 0–4 scale) and programme "
              "participation rows from a CSV or XLSX file. The whole file is checked first; nothing is written "
              "unless every row is valid. Each import is recorded as a batch that can be rolled back.",
        "id": "Analis dapat menambahkan hasil evaluasi kementerian (skor pilar pada skala 0–4) dan baris "
              "kepesertaan program dari berkas CSV atau XLSX. Seluruh berkas diperiksa lebih dahulu; tidak ada "
              "yang ditulis kecuali semua baris sah. Setiap impor dicatat sebagai batch yang dapat dibatalkan."},
    "import.locked": {
        "en": "This app is read-only here: importing results is switched off on this server. Its administrator "
              "can switch it on.",
        "id": "Aplikasi ini hanya-baca di sini: impor hasil dimatikan di server ini. Administratornya dapat "
              "menyalakannya."},
    "import.locked_admin_title": {"en": "For the server's administrator", "id": "Untuk administrator server"},
    "import.locked_admin": {
        "en": "Set admin_password in .streamlit/secrets.toml (copy .streamlit/secrets.toml.example; never commit "
              "the real file) and restart the app. See docs/IMPORT.md.",
        "id": "Isi admin_password di .streamlit/secrets.toml (salin .streamlit/secrets.toml.example; jangan pernah "
              "meng-commit berkas aslinya) lalu mulai ulang aplikasi. Lihat docs/IMPORT.md."},
    "import.password": {"en": "Admin password", "id": "Kata sandi admin"},
    "import.unlock": {"en": "Unlock imports", "id": "Buka impor"},
    "import.unlock_help": {"en": "Imports change the data every visitor sees, so they need the admin password.",
                           "id": "Impor mengubah data yang dilihat setiap pengunjung, jadi memerlukan kata sandi "
                                 "admin."},
    "import.wrong_password": {"en": "Wrong password. Imports stay locked.",
                              "id": "Kata sandi salah. Impor tetap terkunci."},
    "import.unlocked": {"en": "Imports are unlocked for this session.", "id": "Impor terbuka untuk sesi ini."},
    "import.lock": {"en": "Lock again", "id": "Kunci lagi"},
    "import.source_note": {
        "en": "Imported rows carry their batch as their source (`import:<batch id>`). They replace synthetic and "
              "published scores for the same region, year and pillar; a later batch replaces an earlier one. "
              "Rolling a batch back brings the previous numbers back.",
        "id": "Baris hasil impor membawa batch-nya sebagai sumber (`import:<id batch>`). Baris itu menggantikan skor "
              "sintetis dan terbit untuk daerah, tahun dan pilar yang sama; batch yang lebih baru menggantikan "
              "yang lebih lama. Membatalkan batch mengembalikan angka sebelumnya."},
    "import.templates": {"en": "Templates", "id": "Templat"},
    "import.templates_help": {
        "en": "Scores: one row per region, year and pillar (region_code, year, pillar, score; region_name and "
              "source_url optional). Participation: region_code, cohort_year, evidence (list, own_news, award or "
              "mention), source_url optional. A CSV holds one of the two; the XLSX workbook holds both, on sheets "
              "scores and participation. Scores are accepted only for programme participants. Comma decimals "
              "(3,25) and semicolon-separated files are fine. Delete the example rows before importing.",
        "id": "Skor: satu baris per daerah, tahun dan pilar (region_code, year, pillar, score; region_name dan "
              "source_url opsional). Kepesertaan: region_code, cohort_year, evidence (list, own_news, award atau "
              "mention), source_url opsional. Satu CSV memuat salah satunya; buku kerja XLSX memuat keduanya, di "
              "lembar scores dan participation. Skor hanya diterima untuk peserta program. Desimal koma (3,25) "
              "dan berkas berpemisah titik koma dapat dipakai. Hapus baris contoh sebelum mengimpor."},
    "import.template_scores": {"en": "Scores template (CSV)", "id": "Templat skor (CSV)"},
    "import.template_participation": {"en": "Participation template (CSV)", "id": "Templat kepesertaan (CSV)"},
    "import.template_xlsx": {"en": "Workbook template (XLSX, both sheets)",
                             "id": "Templat buku kerja (XLSX, kedua lembar)"},
    "import.upload_title": {"en": "Check and import a file", "id": "Periksa dan impor berkas"},
    "import.by": {"en": "Your name (recorded with the batch)", "id": "Nama Anda (dicatat bersama batch)"},
    "import.by_needed": {"en": "Enter your name to enable the import button.",
                         "id": "Isi nama Anda untuk mengaktifkan tombol impor."},
    "import.upload": {"en": f"File to import (CSV or XLSX, at most {_MB} MB and {_ROWS_EN} rows)",
                      "id": f"Berkas yang diimpor (CSV atau XLSX, paling besar {_MB} MB dan {_ROWS_ID} baris)"},
    "import.rejected": {
        "en": "{file} cannot be imported: {n} problem(s), listed below with their row and column. Nothing was "
              "written; fix them and upload the file again.",
        "id": "{file} tidak dapat diimpor: {n} masalah, tercantum di bawah dengan baris dan kolomnya. Tidak ada "
              "yang ditulis; perbaiki lalu unggah berkas lagi."},
    "import.valid": {
        "en": "{file} is valid: {scores} score rows and {cohorts} participation rows. Nothing has been written "
              "yet — check the rows below, then confirm.",
        "id": "{file} sah: {scores} baris skor dan {cohorts} baris kepesertaan. Belum ada yang ditulis — periksa "
              "baris di bawah, lalu konfirmasi."},
    "import.preview_scores": {"en": "Score rows to import", "id": "Baris skor yang akan diimpor"},
    "import.preview_cohorts": {"en": "Participation rows to import", "id": "Baris kepesertaan yang akan diimpor"},
    "import.confirm": {"en": "Import {file}", "id": "Impor {file}"},
    "import.committing": {"en": "Importing and rebuilding the database…",
                          "id": "Mengimpor dan membangun ulang basis data…"},
    "import.done": {"en": "Imported {file} as batch {batch}: {scores} score rows, {cohorts} participation rows. "
                          "Every page now shows the new data.",
                    "id": "{file} diimpor sebagai batch {batch}: {scores} baris skor, {cohorts} baris kepesertaan. "
                          "Semua halaman kini menampilkan data baru."},
    "import.failed": {"en": "The import failed and nothing was changed: {error}",
                      "id": "Impor gagal dan tidak ada yang berubah: {error}"},
    "import.history": {"en": "Import history", "id": "Riwayat impor"},
    "import.history_empty": {"en": "No file has been imported yet, so every score shown is synthetic or published.",
                             "id": "Belum ada berkas yang diimpor, jadi setiap skor yang tampil adalah sintetis "
                                   "atau terbit."},
    "import.rollback": {"en": "Roll back {batch}", "id": "Batalkan {batch}"},
    "import.rollback_help": {"en": "{file} · {scores} score rows · {cohorts} participation rows · {when} · {who}",
                             "id": "{file} · {scores} baris skor · {cohorts} baris kepesertaan · {when} · {who}"},
    "import.rollback_confirm": {
        "en": "Roll back batch {batch} ({file})? Its rows leave the database and the previous numbers return; "
              "the batch stays in the history.",
        "id": "Batalkan batch {batch} ({file})? Barisnya keluar dari basis data dan angka sebelumnya kembali; "
              "batch tetap tercatat dalam riwayat."},
    "import.rollback_yes": {"en": "Yes, roll back", "id": "Ya, batalkan"},
    "import.cancel": {"en": "Cancel", "id": "Batal"},
    "import.rolling_back": {"en": "Rolling back and rebuilding the database…",
                            "id": "Membatalkan dan membangun ulang basis data…"},
    "import.rolled_back": {"en": "Batch {batch} was rolled back.", "id": "Batch {batch} telah dibatalkan."},
    "import.rollback_failed": {"en": "The batch was not rolled back: {error}",
                               "id": "Batch tidak dibatalkan: {error}"},
    "import.col.sheet": {"en": "Sheet", "id": "Lembar"},
    "import.col.row": {"en": "Row", "id": "Baris"},
    "import.col.column": {"en": "Column", "id": "Kolom"},
    "import.col.message": {"en": "Problem", "id": "Masalah"},
    "import.col.batch": {"en": "Batch", "id": "Batch"},
    "import.col.file": {"en": "File", "id": "Berkas"},
    "import.col.sha256": {"en": "Checksum (SHA-256)", "id": "Checksum (SHA-256)"},
    "import.col.score_rows": {"en": "Score rows", "id": "Baris skor"},
    "import.col.cohort_rows": {"en": "Participation rows", "id": "Baris kepesertaan"},
    "import.col.imported_at": {"en": "Imported (UTC)", "id": "Diimpor (UTC)"},
    "import.col.imported_by": {"en": "By", "id": "Oleh"},
    "import.col.status": {"en": "Status", "id": "Status"},
    "import.col.rolled_back_at": {"en": "Rolled back (UTC)", "id": "Dibatalkan (UTC)"},
    "import.status.active": {"en": "active", "id": "aktif"},
    "import.status.rolled_back": {"en": "rolled back", "id": "dibatalkan"},
}

MESSAGES.update({f"import.problem.{code}": {"en": en, "id": _PROBLEMS_ID[code]}
                 for code, en in PROBLEM_MESSAGES.items()})
