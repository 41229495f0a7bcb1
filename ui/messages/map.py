"""Messages of the Map page (keys ``map.*``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "map.title": {"en": "Map of the programme", "id": "Peta program"},
    "map.intro": {
        "en": "Every kabupaten and kota, coloured by the chosen measure as of the chosen year, with the province "
              "borders on top. Hover for the value, its year and source; click a region to open its profile.",
        "id": "Setiap kabupaten dan kota, diwarnai menurut ukuran yang dipilih per tahun yang dipilih, dengan batas "
              "provinsi di atasnya. Arahkan kursor untuk nilai, tahun dan sumbernya; klik sebuah daerah untuk "
              "membuka profilnya."},
    "map.measure": {"en": "Colour by", "id": "Warnai menurut"},
    "map.measure.open_index": {"en": "Open-statistics index (real BPS/Kemendes data)",
                               "id": "Indeks statistik terbuka (data nyata BPS/Kemendes)"},
    "map.measure_source.open_index": {
        "en": "Source: BPS (human development components, poverty, GRDP per capita, water and sanitation) and "
              "Kemendes PDTT (village index), each region's latest value at or before the year; the economy, "
              "society, living and environment pillars (governance and branding have no open data). Method: "
              "Methodology page.",
        "id": "Sumber: BPS (komponen pembangunan manusia, kemiskinan, PDRB per kapita, air minum dan sanitasi) dan "
              "Kemendes PDTT (indeks desa), nilai terbaru tiap daerah pada atau sebelum tahun itu; pilar ekonomi, "
              "masyarakat, hunian dan lingkungan (tata kelola dan branding tidak punya data terbuka). Metode: "
              "halaman Metodologi."},
    "map.measure.cohort": {"en": "Programme cohort (year joined)", "id": "Kohort program (tahun bergabung)"},
    "map.measure.participation": {"en": "Participation", "id": "Keikutsertaan"},
    "map.measure.evaluation": {"en": "Evaluation index (illustrative)", "id": "Indeks evaluasi (ilustratif)"},
    "map.measure_source.cohort": {
        "en": "Source: programme cohort lists (official lists, regional news and awards; data/reference/"
              "programme_cohorts.csv). A region's cohort is the first year it was named; regions not in the "
              "identified lists may still take part (225 identified of 241 reported by 2023).",
        "id": "Sumber: daftar kohort program (daftar resmi, berita daerah dan penghargaan; data/reference/"
              "programme_cohorts.csv). Kohort sebuah daerah adalah tahun pertama ia disebut; daerah di luar daftar "
              "yang teridentifikasi mungkin tetap ikut (225 teridentifikasi dari 241 yang dilaporkan per 2023)."},
    "map.measure_source.participation": {
        "en": "Source: programme cohort lists (data/reference/programme_cohorts.csv): a region participates from "
              "the first year it was named.",
        "id": "Sumber: daftar kohort program (data/reference/programme_cohorts.csv): sebuah daerah ikut serta sejak "
              "tahun pertama ia disebut."},
    "map.measure_source.evaluation": {
        "en": "Illustrative only: the maturity index of each region's latest evaluation is computed from "
              "SYNTHETIC pillar scores (a seeded generator), not published results.",
        "id": "Hanya ilustrasi: indeks kematangan evaluasi terakhir setiap daerah dihitung dari skor pilar "
              "SINTETIS (generator berbenih), bukan hasil yang dipublikasikan."},
    "map.geography": {"en": "Show", "id": "Tampilkan"},
    "map.geography.regions": {"en": "Kab/kota", "id": "Kab/kota"},
    "map.geography.provinces": {"en": "Provinces", "id": "Provinsi"},
    "map.geography_help": {
        "en": "Provinces: each province's value aggregated from its kab/kota (the share participating, or the mean "
              "of those with a value). Click a province to zoom to its kab/kota.",
        "id": "Provinsi: nilai setiap provinsi dihitung dari kab/kotanya (persentase yang ikut serta, atau rata-rata "
              "dari yang memiliki nilai). Klik sebuah provinsi untuk memperbesar ke kab/kotanya."},
    "map.find": {"en": "Find a region", "id": "Cari daerah"},
    "map.find_placeholder": {"en": "e.g. Banyuwangi, Makassar City, North Lombok",
                             "id": "mis. Banyuwangi, Kota Makassar, Lombok Utara"},
    "map.find_help": {
        "en": "Type a kabupaten or kota name in either language, with or without \"Kabupaten\"/\"Kota\" "
              "(\"Regency\"/\"City\"); the map flies to it and outlines it.",
        "id": "Ketik nama kabupaten atau kota dalam salah satu bahasa, dengan atau tanpa \"Kabupaten\"/\"Kota\" "
              "(\"Regency\"/\"City\"); peta terbang ke sana dan menandainya."},
    "map.find_none": {"en": "No kabupaten or kota matches “{query}”.",
                      "id": "Tidak ada kabupaten atau kota yang cocok dengan “{query}”."},
    "map.find_pick": {"en": "Several regions match: pick one", "id": "Beberapa daerah cocok: pilih satu"},
    "map.found": {"en": "Found: **{name}** ({province})", "id": "Ditemukan: **{name}** ({province})"},
    "map.found_value": {"en": "{measure}: {value}", "id": "{measure}: {value}"},
    "map.found_outside": {"en": "It lies outside the sidebar's filters (drawn pale).",
                          "id": "Daerah ini di luar filter bilah samping (digambar pucat)."},
    "map.found_clear": {"en": "Clear", "id": "Hapus"},
    "map.open_profile": {"en": "Open its profile", "id": "Buka profilnya"},
    "map.options": {"en": "Map options", "id": "Opsi peta"},
    "map.basemap": {"en": "Basemap (needs internet)", "id": "Peta dasar (perlu internet)"},
    "map.basemap_help": {
        "en": "Off by default: the polygons are drawn over a plain sea, so the map works offline. On: Carto's light "
              "basemap is loaded from the internet.",
        "id": "Mati secara bawaan: poligon digambar di atas laut polos, sehingga peta berfungsi tanpa internet. "
              "Hidup: peta dasar terang Carto dimuat dari internet."},
    "map.show_pilots": {"en": "Mark the ASEAN Smart Cities Network pilots", "id": "Tandai kota percontohan ASCN"},
    "map.show_names": {"en": "Label the names", "id": "Beri label nama"},
    "map.pilots_note": {"en": "White dots: ASEAN Smart Cities Network pilots ({names}).",
                        "id": "Titik putih: kota percontohan ASEAN Smart Cities Network ({names})."},
    "map.year": {"en": "Year", "id": "Tahun"},
    "map.year_help": {
        "en": "The map shows the situation as of the end of this year. Play steps through the years from the first "
              "cohort to the latest.",
        "id": "Peta menunjukkan keadaan per akhir tahun ini. Putar melangkah melalui tahun-tahun dari kohort pertama "
              "hingga yang terakhir."},
    "map.play": {"en": "Play", "id": "Putar"},
    "map.pause": {"en": "Pause", "id": "Jeda"},
    "map.as_of": {"en": "As of {year}", "id": "Per {year}"},
    "map.attribution": {
        "en": "Regency boundaries: geoBoundaries (www.geoboundaries.org), Indonesia ADM2 (boundary year 2020), from "
              "BPS-Statistics Indonesia, WFP and OCHA ROAP via the HDX Common Operational Dataset (COD-AB "
              "Indonesia), CC BY 3.0 IGO. Simplified and keyed to Kemendagri codes. Boundaries are for "
              "visualisation only.",
        "id": "Batas kabupaten/kota: geoBoundaries (www.geoboundaries.org), Indonesia ADM2 (tahun batas 2020), dari "
              "BPS-Statistics Indonesia, WFP dan OCHA ROAP melalui HDX Common Operational Dataset (COD-AB "
              "Indonesia), CC BY 3.0 IGO. Disederhanakan dan diberi kode Kemendagri. Batas hanya untuk "
              "visualisasi."},
    "map.click_hint": {"en": "Click a region to open its profile.", "id": "Klik sebuah daerah untuk membuka profilnya."},
    "map.click_hint_provinces": {"en": "Click a province to zoom to its kab/kota.",
                                 "id": "Klik sebuah provinsi untuk memperbesar ke kab/kotanya."},
    "map.download_png": {"en": "Download map (PNG)", "id": "Unduh peta (PNG)"},
    "map.download_png_help": {
        "en": "The map as shown (measure, year, filters) at print resolution, with title, legend, source and "
              "attribution. Same as `python -m analytics map`.",
        "id": "Peta seperti yang ditampilkan (ukuran, tahun, filter) dalam resolusi cetak, dengan judul, legenda, "
              "sumber dan atribusi. Sama dengan `python -m analytics map`."},
    "map.small_multiples": {"en": "Adoption over time, one map per year", "id": "Adopsi dari waktu ke waktu, satu peta per tahun"},
    "map.small_multiples_note": {
        "en": "The same measure for every year from {first} to {last}: a static figure for reports.",
        "id": "Ukuran yang sama untuk setiap tahun dari {first} hingga {last}: gambar statis untuk laporan."},
    "map.small_multiples_alt": {"en": "{measure}, {first}–{last}, one map per year",
                                "id": "{measure}, {first}–{last}, satu peta per tahun"},
    "map.small_multiples_show": {"en": "Draw one map per year", "id": "Gambar satu peta per tahun"},
    "map.small_multiples_wait": {"en": "Drawing the yearly maps…", "id": "Menggambar peta per tahun…"},
    "map.download_small_multiples": {"en": "Download the yearly maps (PNG)", "id": "Unduh peta per tahun (PNG)"},
    "map.table": {"en": "Values of the regions in view", "id": "Nilai daerah yang ditampilkan"},
    "map.table_provinces": {"en": "Values of the provinces in view", "id": "Nilai provinsi yang ditampilkan"},
    "map.col.code": {"en": "Code", "id": "Kode"},
    "map.col.name": {"en": "Name", "id": "Nama"},
    "map.col.province_name": {"en": "Province", "id": "Provinsi"},
    "map.col.type": {"en": "Type", "id": "Jenis"},
    "map.col.value": {"en": "Value", "id": "Nilai"},
    "map.col.shown": {"en": "As shown", "id": "Tampilan"},
    "map.col.value_year": {"en": "Year of the value", "id": "Tahun nilai"},
    "map.col.source": {"en": "Source", "id": "Sumber"},
    "map.col.regions_in_scope": {"en": "Kab/kota in view", "id": "Kab/kota ditampilkan"},
    "map.col.regions_with_data": {"en": "With a value", "id": "Dengan nilai"},
    # the print map (PNG) and its CLI twin
    "map.print.title": {"en": "{measure}, as of {year}", "id": "{measure}, per {year}"},
    "map.print.title_years": {"en": "{measure}, {first}–{last}", "id": "{measure}, {first}–{last}"},
    "map.print.scope": {"en": "Indonesia: {scope}", "id": "Indonesia: {scope}"},
    "map.print.scope_all": {"en": "all 514 kabupaten/kota", "id": "seluruh 514 kabupaten/kota"},
    "map.print.scope_provinces": {"en": "38 provinces, aggregated from their kabupaten/kota",
                                  "id": "38 provinsi, dihitung dari kabupaten/kotanya"},
    "map.print.made": {"en": "Kota Cerdas dashboard, data version of {date}.",
                       "id": "Dasbor Kota Cerdas, versi data {date}."},
    "map.print.badge": {"en": "ILLUSTRATIVE: synthetic data", "id": "ILUSTRASI: data sintetis"},
    "map.print.panel": {"en": "{year}", "id": "{year}"},
    # legend and tooltip texts handed to viz.maps (keys map.<viz key>)
    "map.legend.no_data": {"en": "No data", "id": "Tidak ada data"},
    "map.legend.out_of_scope": {"en": "Outside the filters", "id": "Di luar filter"},
    "map.legend.range": {"en": "{low}–{high}", "id": "{low}–{high}"},
    "map.legend.illustrative": {"en": "Illustrative: computed from synthetic scores, not published results.",
                                "id": "Ilustrasi: dihitung dari skor sintetis, bukan hasil yang dipublikasikan."},
    "map.legend.classes_note": {"en": "{n} classes; grey = no data (never zero).",
                                "id": "{n} kelas; abu-abu = tidak ada data (bukan nol)."},
    "map.tip.value": {"en": "{measure}: {value}", "id": "{measure}: {value}"},
    "map.tip.no_data": {"en": "{measure}: no data", "id": "{measure}: tidak ada data"},
    "map.tip.year": {"en": "Year of the value: {year}", "id": "Tahun nilai: {year}"},
    "map.tip.source": {"en": "Source: {source}", "id": "Sumber: {source}"},
    "map.tip.province_source": {"en": "From its kab/kota: {n} of {total} with a value",
                                "id": "Dari kab/kotanya: {n} dari {total} memiliki nilai"},
    "map.tip.out_of_scope": {"en": "Outside the filters", "id": "Di luar filter"},
    "map.class.participant": {"en": "Participant by {year}", "id": "Peserta per {year}"},
    "map.class.not_identified": {"en": "Not in the identified cohorts by {year}",
                                 "id": "Tidak ada dalam kohort teridentifikasi per {year}"},
    # maturity levels (also used by the Region profile and Compare pages)
    "map.level.ad_hoc": {"en": "Ad hoc", "id": "Ad hoc"},
    "map.level.initial": {"en": "Initial", "id": "Inisiasi"},
    "map.level.scattered": {"en": "Scattered", "id": "Tersebar"},
    "map.level.integrated": {"en": "Integrated", "id": "Terintegrasi"},
    "map.level.smart": {"en": "Smart", "id": "Cerdas"},
    "map.colour.level": {"en": "Maturity level", "id": "Tingkat kematangan"},
    "map.source.cohorts": {"en": "programme cohort lists (not named by that year)",
                           "id": "daftar kohort program (belum disebut pada tahun itu)"},
    "map.source.cohorts_list": {"en": "official or complete cohort list", "id": "daftar kohort resmi atau lengkap"},
    "map.source.cohorts_own_news": {"en": "the region's own or regional news", "id": "berita daerah itu sendiri atau regional"},
    "map.source.cohorts_award": {"en": "an award for that cohort", "id": "penghargaan untuk kohort itu"},
    "map.source.cohorts_mention": {"en": "a mention (weaker evidence)", "id": "sebutan (bukti lebih lemah)"},
    "map.source.synthetic": {"en": "synthetic scores (illustrative)", "id": "skor sintetis (ilustrasi)"},
    "map.source.published": {"en": "published result", "id": "hasil yang dipublikasikan"},
    "map.source.open": {"en": "open statistics (BPS, Kemendes PDTT)", "id": "statistik terbuka (BPS, Kemendes PDTT)"},
    "map.source.regencies": {"en": "aggregated from its kab/kota", "id": "dihitung dari kab/kotanya"},
}
