"""Messages of the Overview (landing) page."""

MESSAGES: dict[str, dict[str, str]] = {
    "home.title": {"en": "Smart-city adoption in Indonesia", "id": "Adopsi kota cerdas di Indonesia"},
    "home.intro": {
        "en": "Since 2017 the Ministry of Communication and Informatics (Kominfo, now Komdigi) has guided "
              "kabupaten and kota through the Gerakan Menuju Smart City programme. Figures below are computed "
              "from this dashboard's database; the reported figure and its source stand beside each.",
        "id": "Sejak 2017 Kementerian Komunikasi dan Informatika (Kominfo, kini Komdigi) mendampingi kabupaten "
              "dan kota melalui Gerakan Menuju Smart City. Angka di bawah dihitung dari basis data dasbor ini; "
              "angka yang dilaporkan beserta sumbernya ada di sampingnya."},
    "home.participants": {"en": "Participants identified", "id": "Peserta teridentifikasi"},
    "home.participants_help": {
        "en": "{computed} of {total} kab/kota · reported: {reported} ({year})",
        "id": "{computed} dari {total} kab/kota · dilaporkan: {reported} ({year})"},
    "home.identified_of_reported": {
        "en": "Identified {computed} of the reported {reported}: {missing} participants are not yet named in "
              "open sources.",
        "id": "Teridentifikasi {computed} dari {reported} yang dilaporkan: {missing} peserta belum tercantum "
              "dalam sumber terbuka."},
    "home.population": {"en": "Population reached", "id": "Penduduk terjangkau"},
    "home.population_help": {
        "en": "{share} of {total} residents · reported: {reported} ({year})",
        "id": "{share} dari {total} penduduk · dilaporkan: {reported} ({year})"},
    "home.population_no_report": {"en": "{share} of {total} residents · no reported figure for {year}",
                                  "id": "{share} dari {total} penduduk · tidak ada angka yang dilaporkan untuk {year}"},
    "home.provinces": {"en": "Provinces reached", "id": "Provinsi terjangkau"},
    "home.provinces_help": {"en": "of {total} provinces", "id": "dari {total} provinsi"},
    "home.ascn": {"en": "ASCN pilots in Indonesia", "id": "Kota percontohan ASCN di Indonesia"},
    # the reported figure is the network's size, not the pilots' count: it goes with the network, in brackets
    "home.ascn_help": {"en": "of {network} cities in the ASEAN Smart Cities Network (network size reported: {reported})",
                       "id": "dari {network} kota dalam ASEAN Smart Cities Network (jumlah kota yang dilaporkan: "
                             "{reported})"},
    "home.not_reported": {"en": "not reported", "id": "tidak dilaporkan"},
    "home.sources": {"en": "Sources of the reported figures", "id": "Sumber angka yang dilaporkan"},
    "home.population_note": {
        "en": "Population from Dukcapil, semester II 2024 (the latest official count), applied to every year.",
        "id": "Penduduk dari Dukcapil semester II 2024 (angka resmi terbaru), dipakai untuk semua tahun."},
    "home.figure.participants": {"en": "Participating kab/kota (cumulative)",
                                 "id": "Kab/kota peserta (kumulatif)"},
    "home.figure.population_reached": {"en": "Population reached", "id": "Penduduk terjangkau"},
    "home.figure.population_total": {"en": "National population", "id": "Penduduk nasional"},
    "home.figure.ascn_network": {"en": "Cities in the ASEAN Smart Cities Network",
                                 "id": "Kota dalam ASEAN Smart Cities Network"},
    "home.filtered_no_reported": {
        "en": "The ministry reports national totals only, so no reported figure is shown beside a filtered view.",
        "id": "Kementerian hanya melaporkan total nasional, jadi angka yang dilaporkan tidak ditampilkan untuk "
              "tampilan yang difilter."},
    # maturity tile
    "home.maturity": {"en": "Integrated or smart", "id": "Terintegrasi atau cerdas"},
    "home.maturity_help": {
        "en": "of {evaluated} evaluated participants ({mix}) · {waiting} not yet evaluated · illustrative scores",
        "id": "dari {evaluated} peserta yang dievaluasi ({mix}) · {waiting} belum dievaluasi · skor ilustratif"},
    # adoption timeline
    "home.timeline.title": {"en": "Adoption since 2017", "id": "Adopsi sejak 2017"},
    "home.timeline.chart": {"en": "Participating kab/kota per year, cumulative",
                            "id": "Kab/kota peserta per tahun, kumulatif"},
    "home.timeline.x": {"en": "Year", "id": "Tahun"},
    "home.timeline.y": {"en": "Kab/kota", "id": "Kab/kota"},
    "home.timeline.computed": {"en": "Identified in this database", "id": "Teridentifikasi di basis data ini"},
    "home.timeline.reported": {"en": "Reported by the ministry", "id": "Dilaporkan kementerian"},
    "home.timeline.new": {"en": "New that year", "id": "Baru pada tahun itu"},
    "home.timeline.no_cohort_short": {"en": "no cohort", "id": "tanpa kohort"},
    "home.timeline.note_2020": {
        "en": "2020 had no cohort: the programme took in no new kab/kota that year, and the ministry reported no "
              "cumulative figure for it.",
        "id": "Tahun 2020 tidak ada kohort: program tidak menerima kab/kota baru pada tahun itu, dan kementerian "
              "tidak melaporkan angka kumulatif untuk tahun itu."},
    "home.timeline.note_reported": {
        "en": "The reported series counts kab/kota the ministry announced; the identified series counts those named "
              "in open sources (a region counts from its first cohort year). Gaps are regions not yet identified.",
        "id": "Deret yang dilaporkan menghitung kab/kota yang diumumkan kementerian; deret teridentifikasi menghitung "
              "yang disebut dalam sumber terbuka (daerah dihitung sejak tahun kohort pertamanya). Selisihnya adalah "
              "daerah yang belum teridentifikasi."},
    # coverage by province
    "home.coverage.title": {"en": "Coverage by province, {year}", "id": "Cakupan per provinsi, {year}"},
    "home.coverage.chart": {"en": "Kab/kota participating by {year}, per province",
                            "id": "Kab/kota peserta hingga {year}, per provinsi"},
    "home.coverage.x": {"en": "Share of kab/kota participating", "id": "Bagian kab/kota peserta"},
    "home.coverage.hover_regions": {"en": "Participating kab/kota", "id": "Kab/kota peserta"},
    "home.coverage.hover_population": {"en": "Population share reached", "id": "Bagian penduduk terjangkau"},
    "home.coverage.note": {
        "en": "Bars: participating kab/kota out of all kab/kota in the province (label: count and share). "
              "0%: no participant identified yet.",
        "id": "Batang: kab/kota peserta dari seluruh kab/kota di provinsi (label: jumlah dan bagian). "
              "0%: belum ada peserta yang teridentifikasi."},
    "home.coverage.empty": {
        "en": "No kab/kota in view had joined the programme by {year}, so there is no coverage to draw. Pick a "
              "later year or widen the filters.",
        "id": "Belum ada kab/kota dalam tampilan yang bergabung dengan program hingga {year}, jadi tidak ada cakupan "
              "untuk digambar. Pilih tahun lebih akhir atau perluas filter."},
    # maturity distribution
    "home.maturity.title": {"en": "Maturity levels, {year}", "id": "Tingkat kematangan, {year}"},
    "home.maturity.chart": {"en": "Ad hoc → smart ({year})", "id": "Ad hoc → cerdas ({year})"},
    "home.maturity.y": {"en": "Kab/kota", "id": "Kab/kota"},
    "home.maturity.note": {
        "en": "Level of each participant's latest evaluation up to the year: the mean of the six pillar scores "
              "on the 0–4 scale, × 25 to 0–100, on the ITB levels ad hoc < 20 ≤ initial < 40 ≤ scattered < 60 ≤ "
              "integrated < 80 ≤ smart. Participants are evaluated from the year after they join.",
        "id": "Tingkat evaluasi terakhir tiap peserta hingga tahun tersebut: rata-rata enam skor pilar pada skala "
              "0–4, × 25 menjadi 0–100, pada tingkat ITB ad hoc < 20 ≤ inisiasi < 40 ≤ tersebar < 60 ≤ "
              "terintegrasi < 80 ≤ cerdas. Peserta dievaluasi mulai tahun setelah bergabung."},
    "home.maturity.empty": {
        "en": "No participant in view had been evaluated by {year} ({waiting} joined but are evaluated from the "
              "year after they join), so there is no maturity level to show.",
        "id": "Belum ada peserta dalam tampilan yang dievaluasi hingga {year} ({waiting} sudah bergabung tetapi "
              "dievaluasi mulai tahun setelah bergabung), jadi belum ada tingkat kematangan."},
    # open lens: real headline figures
    "home.lowest_reached": {"en": "Lowest-HDI fifth reached", "id": "Seperlima IPM terendah terjangkau"},
    "home.lowest_reached_value": {"en": "{n} of {total}", "id": "{n} dari {total}"},
    "home.lowest_reached_help": {
        "en": "{share} of the kab/kota with the lowest Human Development Index, {pop} of their residents · HDI {year} (BPS)",
        "id": "{share} dari kab/kota dengan Indeks Pembangunan Manusia terendah, {pop} dari penduduknya · IPM {year} (BPS)"},
    "home.equity.title": {"en": "Does the programme reach the regions that need it?",
                          "id": "Apakah program menjangkau daerah yang membutuhkannya?"},
    "home.equity.chart": {"en": "Share reached in each fifth of the kab/kota by HDI, {year}",
                          "id": "Bagian yang terjangkau pada tiap seperlima kab/kota menurut IPM, {year}"},
    "home.equity.note": {
        "en": "Real data: BPS Human Development Index (latest value up to the year); fifths are national (the lowest "
              "fifth: HDI at or below the 20th percentile of the 514). Participation as identified in open sources.",
        "id": "Data nyata: Indeks Pembangunan Manusia BPS (nilai terbaru hingga tahun itu); seperlima bersifat nasional "
              "(seperlima terendah: IPM pada atau di bawah persentil ke-20 dari 514). Keikutsertaan sebagaimana "
              "teridentifikasi dalam sumber terbuka."},
    "home.equity.link": {"en": "The full equity analysis", "id": "Analisis pemerataan selengkapnya"},
    "home.open.title": {"en": "Open-statistics index levels, {year}", "id": "Tingkat indeks statistik terbuka, {year}"},
    "home.open.chart": {"en": "Kab/kota per level of the open index ({year})",
                        "id": "Kab/kota per tingkat indeks terbuka ({year})"},
    "home.open.note": {
        "en": "Every kab/kota in view on the open-statistics index (real BPS and Kemendes data, 0–100 on stated "
              "goalposts), in bands with the ITB thresholds < 20 ≤ 40 ≤ 60 ≤ 80: a development picture, not the "
              "programme's evaluation. Insufficient data: fewer than 3 of the 4 pillars with open data.",
        "id": "Setiap kab/kota dalam tampilan pada indeks statistik terbuka (data nyata BPS dan Kemendes, 0–100 pada "
              "batas tetap), dalam pita dengan ambang ITB < 20 ≤ 40 ≤ 60 ≤ 80: gambaran pembangunan, bukan evaluasi "
              "program. Data tidak cukup: kurang dari 3 dari 4 pilar berdata terbuka."},
}
