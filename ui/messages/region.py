"""Messages of the Region profile page (keys ``region.*``), and the table column labels the Map, Region,
Compare and ASCN pages share (``region.col.*``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "region.title": {"en": "Region profile", "id": "Profil daerah"},
    "region.intro": {
        "en": "Any of the 514 kabupaten and kota: its place in the programme and — under the open-statistics lens — "
              "its real statistics with their years and sources, its pillars against its province and the nation, "
              "level and rank with their uncertainty, strengths and weaknesses, similar regions and the trend "
              "(under the evaluation lens: the same for the evaluation scores of participants).",
        "id": "Salah satu dari 514 kabupaten dan kota: posisinya dalam program dan — pada lensa statistik terbuka — "
              "statistik nyatanya beserta tahun dan sumbernya, pilarnya dibandingkan provinsi dan nasional, tingkat "
              "dan peringkat beserta ketidakpastiannya, kekuatan dan kelemahan, daerah serupa, serta trennya (pada "
              "lensa evaluasi: hal yang sama untuk skor evaluasi peserta)."},
    "region.pick": {"en": "Region (type to search by name)", "id": "Daerah (ketik untuk mencari nama)"},
    "region.pick_placeholder": {"en": "Choose a kabupaten or kota", "id": "Pilih kabupaten atau kota"},
    "region.empty": {"en": "Choose a region above (or click one on the Map) to see its profile.",
                     "id": "Pilih daerah di atas (atau klik pada Peta) untuk melihat profilnya."},
    "region.url_unknown": {"en": "The link asks for region “{value}”, which is not a region code or name.",
                           "id": "Tautan meminta daerah “{value}”, yang bukan kode atau nama daerah."},
    "region.subtitle": {"en": "{province} · {type} · code {code}", "id": "{province} · {type} · kode {code}"},
    "region.size.small": {"en": "small (< 200,000)", "id": "kecil (< 200.000)"},
    "region.size.medium": {"en": "medium (200,000–1 million)", "id": "sedang (200.000–1 juta)"},
    "region.size.big": {"en": "big (> 1 million)", "id": "besar (> 1 juta)"},
    "region.population": {"en": "Population", "id": "Penduduk"},
    "region.population_help": {"en": "Dukcapil, semester II 2024; size class {size}",
                               "id": "Dukcapil semester II 2024; kelas ukuran {size}"},
    "region.status": {"en": "Programme", "id": "Program"},
    "region.status_cohort": {"en": "Cohort {year}", "id": "Kohort {year}"},
    "region.status_no": {"en": "Not a participant", "id": "Bukan peserta"},
    "region.status_later": {"en": "Joins in {year}", "id": "Bergabung pada {year}"},
    # participation
    "region.participation": {"en": "Participation", "id": "Keikutsertaan"},
    "region.cohort": {"en": "Joined the Gerakan Menuju Smart City programme in {year} (evidence: {evidence}).",
                      "id": "Bergabung dengan Gerakan Menuju Smart City pada {year} (bukti: {evidence})."},
    "region.cohort_history": {"en": "Seen in the cohorts of {years}; its cohort is the first year.",
                              "id": "Tercatat pada kohort {years}; kohortnya adalah tahun pertama."},
    "region.evidence.list": {"en": "an official or complete published list", "id": "daftar resmi atau lengkap"},
    "region.evidence.own_news": {"en": "the region's own or regional news", "id": "berita daerah itu sendiri"},
    "region.evidence.award": {"en": "an award for that cohort", "id": "penghargaan untuk kohort itu"},
    "region.evidence.mention": {"en": "a mention (weaker evidence)", "id": "sebutan (bukti lebih lemah)"},
    "region.source": {"en": "Source of the cohort", "id": "Sumber kohort"},
    "region.not_participant": {
        "en": "{name} is not a participant of the programme as of {year}: no open source names it in a cohort "
              "up to that year. Below is what the database has for it.",
        "id": "{name} bukan peserta program per {year}: belum ada sumber terbuka yang mencantumkannya dalam "
              "kohort hingga tahun itu. Di bawah ini data yang tersedia untuknya."},
    "region.joins_later": {
        "en": "{name} joins the programme in {cohort}, after the selected year {year}: as of {year} it is not a "
              "participant yet.",
        "id": "{name} bergabung dengan program pada {cohort}, setelah tahun terpilih {year}: per {year} belum "
              "menjadi peserta."},
    "region.province_coverage": {
        "en": "In {province}, {n} of {total} kab/kota participate as of {year} ({share}), reaching {reached} of "
              "{residents} residents.",
        "id": "Di {province}, {n} dari {total} kab/kota ikut serta per {year} ({share}), menjangkau {reached} "
              "dari {residents} penduduk."},
    "region.nearest": {"en": "Nearest participants", "id": "Peserta terdekat"},
    "region.nearest_note": {
        "en": "Great-circle distance between the regions' points (seat towns or representative places).",
        "id": "Jarak lingkaran besar antar titik daerah (ibu kota atau tempat perwakilan)."},
    "region.low_confidence": {
        "en": "This region's point is approximate (low coordinate confidence): distances are indicative.",
        "id": "Titik daerah ini perkiraan (keyakinan koordinat rendah): jarak bersifat indikatif."},
    # maturity
    "region.maturity": {"en": "Maturity as of {year}", "id": "Kematangan per {year}"},
    "region.not_evaluated": {
        "en": "{name} joined in {cohort} and has no evaluation up to {year} yet: participants are evaluated from "
              "the year after they join.",
        "id": "{name} bergabung pada {cohort} dan belum dievaluasi hingga {year}: peserta dievaluasi mulai tahun "
              "setelah bergabung."},
    "region.index": {"en": "Maturity index", "id": "Indeks kematangan"},
    "region.index_help": {"en": "0–100 (evaluation {eval_year}); level {level}",
                          "id": "0–100 (evaluasi {eval_year}); tingkat {level}"},
    "region.rank": {"en": "National rank", "id": "Peringkat nasional"},
    "region.rank_value": {"en": "{rank} of {n}", "id": "{rank} dari {n}"},
    "region.rank_help": {"en": "Province: {province} of {n_province} · {type}: {type_rank} of {n_type}",
                         "id": "Provinsi: {province} dari {n_province} · {type}: {type_rank} dari {n_type}"},
    "region.interval": {"en": "Rank uncertainty", "id": "Ketidakpastian peringkat"},
    "region.interval_value": {"en": "{lo}–{hi}", "id": "{lo}–{hi}"},
    "region.interval_help": {
        "en": "5th–95th percentile of the rank over {n} Monte Carlo runs varying weights (±25%), normalisation "
              "and aggregation; median {median}.",
        "id": "Persentil ke-5–95 peringkat dari {n} simulasi Monte Carlo yang mengubah bobot (±25%), "
              "normalisasi dan agregasi; median {median}."},
    "region.score_source": {"en": "Scores of this evaluation: {source}.", "id": "Skor evaluasi ini: {source}."},
    "region.source.synthetic": {"en": "synthetic (illustrative)", "id": "sintetis (ilustratif)"},
    "region.source.published": {"en": "published", "id": "terbit"},
    "region.source.mixed": {"en": "mixed sources", "id": "sumber campuran"},
    "region.radar": {"en": "Pillars against the medians", "id": "Pilar dibandingkan median"},
    "region.radar_title": {"en": "Latest pillar scores (0–4), evaluation {year}",
                           "id": "Skor pilar terakhir (0–4), evaluasi {year}"},
    "region.radar_province": {"en": "Median of {province} ({n})", "id": "Median {province} ({n})"},
    "region.radar_national": {"en": "National median ({n})", "id": "Median nasional ({n})"},
    "region.strengths": {"en": "Strengths and weaknesses", "id": "Kekuatan dan kelemahan"},
    "region.strengths_note": {
        "en": "The pillars furthest above (strengths) and below (weaknesses) the median of all {n} evaluated "
              "participants; a pillar above the median is never listed as a weakness.",
        "id": "Pilar yang paling jauh di atas (kekuatan) dan di bawah (kelemahan) median seluruh {n} peserta yang "
              "dievaluasi; pilar di atas median tidak pernah disebut kelemahan."},
    "region.kind.strength": {"en": "strength", "id": "kekuatan"},
    "region.kind.weakness": {"en": "weakness", "id": "kelemahan"},
    "region.peers": {"en": "Similar regions", "id": "Daerah serupa"},
    "region.peers_same": {"en": "Compare with", "id": "Bandingkan dengan"},
    "region.peers_same.all": {"en": "All participants", "id": "Semua peserta"},
    "region.peers_same.type": {"en": "Same type", "id": "Jenis sama"},
    "region.peers_same.size_class": {"en": "Same size class", "id": "Kelas ukuran sama"},
    "region.peers_note": {"en": "Closest pillar profiles (Euclidean distance on min–max normalised pillars).",
                          "id": "Profil pilar terdekat (jarak Euklides pada pilar ternormalisasi min–maks)."},
    "region.peers_empty": {"en": "No similar region in this group.", "id": "Tidak ada daerah serupa dalam kelompok ini."},
    "region.compare_link": {"en": "Compare with these regions", "id": "Bandingkan dengan daerah-daerah ini"},
    "region.trend": {"en": "Trend over the evaluations", "id": "Tren dari evaluasi ke evaluasi"},
    "region.trend_title": {"en": "Maturity index per evaluation year", "id": "Indeks kematangan per tahun evaluasi"},
    "region.trend_empty": {"en": "No evaluation up to {year}.", "id": "Belum ada evaluasi hingga {year}."},
    "region.trend_x": {"en": "Evaluation year", "id": "Tahun evaluasi"},
    "region.trend_y": {"en": "Maturity index (0–100)", "id": "Indeks kematangan (0–100)"},
    "region.trend_rank": {"en": "rank", "id": "peringkat"},
    # open statistics (open lens)
    "region.open.title": {"en": "Open statistics as of {year}", "id": "Statistik terbuka per {year}"},
    "region.open.index_help": {"en": "0–100 on the stated goalposts; level {level}; values from {years}",
                               "id": "0–100 pada batas tetap yang ditetapkan; tingkat {level}; nilai tahun {years}"},
    "region.open.insufficient_help": {
        "en": "Only {n} of the 4 pillars with open data have a value: the index needs 3 (completeness rule).",
        "id": "Hanya {n} dari 4 pilar berdata terbuka yang bernilai: indeks memerlukan 3 (aturan kelengkapan)."},
    "region.open.hdi": {"en": "HDI {year} (BPS)", "id": "IPM {year} (BPS)"},
    "region.open.hdi_help": {"en": "Human Development Index as published by BPS; national median {median}.",
                             "id": "Indeks Pembangunan Manusia sebagaimana diterbitkan BPS; median nasional {median}."},
    "region.open.level": {"en": "Level (open index)", "id": "Tingkat (indeks terbuka)"},
    "region.open.data_years": {
        "en": "Built from {n} of its {total} indicators, values from {years} (each indicator's latest value at or "
              "before the year).",
        "id": "Disusun dari {n} dari {total} indikatornya, nilai tahun {years} (nilai terbaru tiap indikator pada "
              "atau sebelum tahun itu)."},
    "region.open.values": {"en": "The statistics, each with its year and source",
                           "id": "Statistiknya, masing-masing dengan tahun dan sumber"},
    "region.open.values_note": {
        "en": "Values as published by BPS and Kemendes PDTT (check them on the publisher's site); '—' means the "
              "value is not available, never zero. Score: the value on the index's goalposts (0–100).",
        "id": "Nilai sebagaimana diterbitkan BPS dan Kemendes PDTT (periksa di situs penerbit); '—' berarti nilai "
              "tidak tersedia, bukan nol. Skor: nilai pada batas tetap indeks (0–100)."},
    "region.open.radar_title": {"en": "Open-statistics pillars (0–100), as of {year}",
                                "id": "Pilar statistik terbuka (0–100), per {year}"},
    "region.open.strengths_note": {
        "en": "The pillars furthest above (strengths) and below (weaknesses) the median of all {n} kab/kota; a "
              "pillar above the median is never listed as a weakness.",
        "id": "Pilar yang paling jauh di atas (kekuatan) dan di bawah (kelemahan) median seluruh {n} kab/kota; "
              "pilar di atas median tidak pernah disebut kelemahan."},
    "region.open.peers_same.all": {"en": "All kab/kota", "id": "Semua kab/kota"},
    "region.open.peers_same.type": {"en": "Same type", "id": "Jenis sama"},
    "region.open.peers_same.size_class": {"en": "Same size class", "id": "Kelas ukuran sama"},
    "region.open.peers_note": {
        "en": "Closest open-statistics profiles (Euclidean distance on min–max normalised pillars), participants "
              "or not.",
        "id": "Profil statistik terbuka terdekat (jarak Euklides pada pilar ternormalisasi min–maks), peserta maupun "
              "bukan."},
    "region.open.trend": {"en": "Over the years", "id": "Dari tahun ke tahun"},
    "region.open.trend_title": {"en": "Open-statistics index as of each year", "id": "Indeks statistik terbuka per tahun"},
    "region.open.trend_x": {"en": "As of year", "id": "Hingga tahun"},
    "region.open.trend_y": {"en": "Open-statistics index (0–100)", "id": "Indeks statistik terbuka (0–100)"},
    "region.open.hdi_title": {"en": "Human Development Index (BPS), 2010–2024",
                              "id": "Indeks Pembangunan Manusia (BPS), 2010–2024"},
    "region.open.hdi_x": {"en": "Year", "id": "Tahun"},
    "region.open.hdi_y": {"en": "HDI", "id": "IPM"},
    "region.open.hdi_median": {"en": "National median", "id": "Median nasional"},
    "region.open.hdi_band": {"en": "Middle half of the kab/kota", "id": "Separuh tengah kab/kota"},
    # networks
    "region.networks": {"en": "ASEAN Smart Cities Network and IMD Smart City Index",
                        "id": "ASEAN Smart Cities Network dan IMD Smart City Index"},
    "region.ascn_pilot": {"en": "Part of {city}, an ASEAN Smart Cities Network pilot city since {year}.",
                          "id": "Bagian dari {city}, kota percontohan ASEAN Smart Cities Network sejak {year}."},
    "region.ascn_pilot_whole": {"en": "An ASEAN Smart Cities Network pilot city ({city}) since {year}.",
                                "id": "Kota percontohan ASEAN Smart Cities Network ({city}) sejak {year}."},
    "region.imd": {"en": "{city} in the IMD Smart City Index", "id": "{city} dalam IMD Smart City Index"},
    # shared table column labels (Map, Region, Compare, ASCN)
    "region.col.code": {"en": "Code", "id": "Kode"},
    "region.col.name": {"en": "Region", "id": "Daerah"},
    "region.col.province_code": {"en": "Province code", "id": "Kode provinsi"},
    "region.col.province_name": {"en": "Province", "id": "Provinsi"},
    "region.col.island_group": {"en": "Island group", "id": "Kelompok pulau"},
    "region.col.type": {"en": "Type", "id": "Jenis"},
    "region.col.size_class": {"en": "Size class", "id": "Kelas ukuran"},
    "region.col.population": {"en": "Population", "id": "Penduduk"},
    "region.col.cohort_year": {"en": "Cohort", "id": "Kohort"},
    "region.col.eval_year": {"en": "Evaluation year", "id": "Tahun evaluasi"},
    "region.col.index": {"en": "Index (scale of the method)", "id": "Indeks (skala metode)"},
    "region.col.index_100": {"en": "Index (0–100)", "id": "Indeks (0–100)"},
    "region.col.level": {"en": "Level", "id": "Tingkat"},
    "region.col.rank_national": {"en": "National rank", "id": "Peringkat nasional"},
    "region.col.rank_province": {"en": "Province rank", "id": "Peringkat provinsi"},
    "region.col.rank_type": {"en": "Rank in type", "id": "Peringkat dalam jenis"},
    "region.col.score_source": {"en": "Score source", "id": "Sumber skor"},
    "region.col.pillars_present": {"en": "Pillars with data", "id": "Pilar berdata"},
    "region.col.status": {"en": "Status", "id": "Status"},
    "region.col.distance_km": {"en": "Distance (km)", "id": "Jarak (km)"},
    "region.col.distance": {"en": "Distance (profile)", "id": "Jarak (profil)"},
    "region.col.pillar": {"en": "Pillar", "id": "Pilar"},
    "region.col.score": {"en": "Score (0–4)", "id": "Skor (0–4)"},
    "region.col.province_median": {"en": "Province median", "id": "Median provinsi"},
    "region.col.national_median": {"en": "National median", "id": "Median nasional"},
    "region.col.province_n": {"en": "Regions in province median", "id": "Daerah dalam median provinsi"},
    "region.col.national_n": {"en": "Regions in national median", "id": "Daerah dalam median nasional"},
    "region.col.peer_median": {"en": "Median", "id": "Median"},     # the note above the table says of whom
    "region.col.diff": {"en": "Difference", "id": "Selisih"},
    "region.col.kind": {"en": "Kind", "id": "Jenis"},
    "region.col.peers": {"en": "Peers", "id": "Pembanding"},
    "region.col.name_en": {"en": "Pillar (English)", "id": "Pilar (Inggris)"},
    "region.col.name_id": {"en": "Pillar (Indonesian)", "id": "Pilar (Indonesia)"},
    "region.col.year": {"en": "Year", "id": "Tahun"},
    "region.col.regions_ranked": {"en": "Regions ranked", "id": "Daerah diperingkat"},
    "region.col.city": {"en": "City", "id": "Kota"},
    "region.col.rank": {"en": "Rank", "id": "Peringkat"},
    "region.col.cities_ranked": {"en": "Cities ranked", "id": "Kota diperingkat"},
    "region.col.rating": {"en": "Rating", "id": "Peringkat huruf"},
    "region.col.source_url": {"en": "Source", "id": "Sumber"},
    "region.col.governance": {"en": "Governance", "id": "Tata kelola"},
    "region.col.branding": {"en": "Branding", "id": "Branding"},
    "region.col.economy": {"en": "Economy", "id": "Ekonomi"},
    "region.col.society": {"en": "Society", "id": "Masyarakat"},
    "region.col.living": {"en": "Living", "id": "Hunian"},
    "region.col.environment": {"en": "Environment", "id": "Lingkungan"},
    "region.col.nominal_rank": {"en": "Rank", "id": "Peringkat"},
    "region.col.median_rank": {"en": "Median rank (simulated)", "id": "Median peringkat (simulasi)"},
    "region.col.p05_rank": {"en": "Rank, 5th percentile", "id": "Peringkat, persentil ke-5"},
    "region.col.p95_rank": {"en": "Rank, 95th percentile", "id": "Peringkat, persentil ke-95"},
    "region.col.province_codes_covered": {"en": "Provinces covered", "id": "Provinsi tercakup"},
    "region.col.covered_names": {"en": "Province names", "id": "Nama provinsi"},
    "region.col.n_provinces": {"en": "Provinces", "id": "Provinsi"},
    "region.col.covers_several": {"en": "Several provinces", "id": "Beberapa provinsi"},
    "region.col.regions_in_scope": {"en": "Kab/kota", "id": "Kab/kota"},
    "region.col.regions_participating": {"en": "Participating", "id": "Peserta"},
    "region.col.region_share": {"en": "Share participating", "id": "Persentase peserta"},
    "region.col.population_in_scope": {"en": "Residents", "id": "Penduduk"},
    "region.col.population_reached": {"en": "Residents reached", "id": "Penduduk terjangkau"},
    "region.col.population_share": {"en": "Share reached", "id": "Persentase terjangkau"},
    "region.col.regions_scored": {"en": "Evaluated", "id": "Terevaluasi"},
    "region.col.mean_index_100": {"en": "Mean index (0–100)", "id": "Rata-rata indeks (0–100)"},
    "region.col.country_iso2": {"en": "Country", "id": "Negara"},
    "region.col.joined_year": {"en": "Joined", "id": "Bergabung"},
    "region.col.ascn_joined_year": {"en": "Joined ASCN", "id": "Bergabung ASCN"},
    "region.col.lat": {"en": "Latitude", "id": "Lintang"},
    "region.col.lon": {"en": "Longitude", "id": "Bujur"},
    "region.col.new_that_year": {"en": "New that year", "id": "Baru tahun itu"},
    "region.col.cities": {"en": "Cities (computed)", "id": "Kota (dihitung)"},
    "region.col.indonesian_cities": {"en": "Indonesian cities", "id": "Kota Indonesia"},
    "region.col.joined": {"en": "Joined that year", "id": "Bergabung tahun itu"},
    "region.col.reported": {"en": "Reported", "id": "Dilaporkan"},
    "region.col.reported_year": {"en": "Reported for", "id": "Dilaporkan untuk"},
    "region.col.reported_source": {"en": "Source of the report", "id": "Sumber laporan"},
}
