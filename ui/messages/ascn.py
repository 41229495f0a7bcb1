"""Messages of the ASEAN Smart Cities Network page (keys ``ascn.*``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "ascn.title": {"en": "ASEAN Smart Cities Network", "id": "Jaringan Kota Cerdas ASEAN (ASCN)"},
    "ascn.intro": {
        "en": "The ASEAN Smart Cities Network (ASCN) was launched at the 32nd ASEAN Summit in Singapore in April "
              "2018 with 26 pilot cities, each with a Chief Smart City Officer and an action plan; Chiang Mai, Khon "
              "Kaen and Rayong joined in 2023, Sumedang and Sihanoukville in 2024. Its six focus areas: civic and "
              "social; health and well-being; safety and security; quality environment; built infrastructure; "
              "industry and innovation.",
        "id": "ASEAN Smart Cities Network (ASCN) diluncurkan pada KTT ASEAN ke-32 di Singapura, April 2018, dengan "
              "26 kota percontohan, masing-masing dengan Chief Smart City Officer dan rencana aksi; Chiang Mai, "
              "Khon Kaen dan Rayong bergabung pada 2023, Sumedang dan Sihanoukville pada 2024. Enam bidang "
              "fokusnya: sipil dan sosial; kesehatan dan kesejahteraan; keselamatan dan keamanan; kualitas "
              "lingkungan; infrastruktur terbangun; industri dan inovasi."},
    "ascn.sources": {
        "en": "Sources: [launch, 26 cities](https://www.channelnewsasia.com/news/singapore/26-cities-to-pilot-asean-smart-cities-network-10183550) · "
              "[three Thai cities, 2023](https://www.bangkokpost.com/thailand/general/2619154/3-provinces-join-asean-smart-cities)",
        "id": "Sumber: [peluncuran, 26 kota](https://www.channelnewsasia.com/news/singapore/26-cities-to-pilot-asean-smart-cities-network-10183550) · "
              "[tiga kota Thailand, 2023](https://www.bangkokpost.com/thailand/general/2619154/3-provinces-join-asean-smart-cities)"},
    "ascn.year_note": {"en": "The network as of {year}.",
                       "id": "Jaringan per {year}."},
    "ascn.before_launch": {
        "en": "The network did not exist yet in {year}: it was launched in April 2018. Pick 2018 or later in the "
              "sidebar to see it on the map.",
        "id": "Jaringan belum ada pada {year}: diluncurkan pada April 2018. Pilih 2018 atau sesudahnya di bilah "
              "samping untuk melihatnya di peta."},
    "ascn.cities": {"en": "Cities in the network", "id": "Kota dalam jaringan"},
    "ascn.cities_help": {"en": "computed from the city list · reported: {reported}",
                         "id": "dihitung dari daftar kota · dilaporkan: {reported}"},
    "ascn.reported": {"en": "{value} ({year})", "id": "{value} ({year})"},
    "ascn.not_reported": {"en": "no figure reported for {year}", "id": "tidak ada angka yang dilaporkan untuk {year}"},
    "ascn.indonesian": {"en": "Indonesian cities", "id": "Kota Indonesia"},
    "ascn.countries": {"en": "Countries", "id": "Negara"},
    "ascn.new": {"en": "Joined in {year}", "id": "Bergabung pada {year}"},
    "ascn.new_none": {"en": "none", "id": "tidak ada"},
    "ascn.map": {"en": "The network on the map", "id": "Jaringan di peta"},
    "ascn.basemap": {"en": "Basemap", "id": "Peta dasar"},
    "ascn.basemap_help": {
        "en": "Off by default: only Indonesia's provinces are drawn as land, so the map works offline. On: Carto's "
              "light basemap is loaded from the internet.",
        "id": "Mati secara bawaan: hanya provinsi Indonesia yang digambar sebagai daratan, sehingga peta berfungsi "
              "tanpa internet. Hidup: peta dasar terang Carto dimuat dari internet."},
    "ascn.map_note": {"en": "Without a basemap only Indonesia's land is drawn (its 38 provinces). Cities are named "
                            "where their names do not overlap; tap or point at a dot for its name.",
                      "id": "Tanpa peta dasar hanya daratan Indonesia yang digambar (38 provinsinya). Nama kota "
                            "ditulis bila tidak saling menimpa; ketuk atau arahkan kursor ke titik untuk melihat namanya."},
    "ascn.attribution": {
        "en": "Indonesia's boundaries: geoBoundaries (www.geoboundaries.org), Indonesia ADM2 (boundary year 2020), "
              "from BPS-Statistics Indonesia, WFP and OCHA ROAP via the HDX Common Operational Dataset (COD-AB "
              "Indonesia), CC BY 3.0 IGO. Boundaries are for visualisation only.",
        "id": "Batas wilayah Indonesia: geoBoundaries (www.geoboundaries.org), Indonesia ADM2 (tahun batas 2020), dari "
              "BPS-Statistics Indonesia, WFP dan OCHA ROAP melalui HDX Common Operational Dataset (COD-AB "
              "Indonesia), CC BY 3.0 IGO. Batas hanya untuk visualisasi."},
    "ascn.tip_country": {"en": "Country: {country}", "id": "Negara: {country}"},
    "ascn.tip_joined": {"en": "Joined the network in {year}", "id": "Bergabung dengan jaringan pada {year}"},
    "ascn.legend": {"en": "Year the city joined", "id": "Tahun kota bergabung"},
    "ascn.legend_joined": {"en": "{year}", "id": "{year}"},
    "ascn.growth": {"en": "Network size per year", "id": "Ukuran jaringan per tahun"},
    "ascn.growth_title": {"en": "ASCN cities: computed from the city list and as reported",
                          "id": "Kota ASCN: dihitung dari daftar kota dan yang dilaporkan"},
    "ascn.computed": {"en": "Computed", "id": "Dihitung"},
    "ascn.reported_series": {"en": "Reported", "id": "Dilaporkan"},
    "ascn.growth_x": {"en": "Year", "id": "Tahun"},
    "ascn.growth_y": {"en": "Cities", "id": "Kota"},
    "ascn.pilots": {"en": "Indonesia's pilots against the national picture", "id": "Kota percontohan Indonesia dibandingkan gambaran nasional"},
    "ascn.pilots_note": {
        "en": "DKI Jakarta is a province: its six administrative units are shown. Maturity as of {year}, latest "
              "evaluation; the dashed line is the national median of {n} evaluated participants, the grey band "
              "their middle half. A unit marked \"not evaluated\" is not a programme participant.",
        "id": "DKI Jakarta adalah provinsi: enam wilayah administratifnya ditampilkan. Kematangan per {year}, "
              "evaluasi terakhir; garis putus-putus adalah median nasional dari {n} peserta yang dievaluasi, pita "
              "abu-abu separuh tengahnya. Wilayah bertanda \"belum dievaluasi\" bukan peserta program."},
    "ascn.pilots_title": {"en": "Maturity index (0–100) of the pilot regions", "id": "Indeks kematangan (0–100) daerah percontohan"},
    "ascn.pilots_x": {"en": "Maturity index (0–100)", "id": "Indeks kematangan (0–100)"},
    "ascn.pilots_value": {"en": "{value}", "id": "{value}"},
    # short: it labels an empty bar and must fit a phone's chart (the note under the chart says why)
    "ascn.pilots_not_evaluated": {"en": "not evaluated", "id": "belum dievaluasi"},
    "ascn.pilots_median": {"en": "national median", "id": "median nasional"},
    # the open lens (default): the open-statistics index of real BPS/Kemendes data
    "ascn.open.pilots_note": {
        "en": "DKI Jakarta is a province: its six administrative units are shown. Open-statistics index as of "
              "{year} (each indicator's latest value up to then); the dashed line is the national median of {n} "
              "kab/kota, the grey band their middle half. A unit marked \"no index\" has too few open indicators.",
        "id": "DKI Jakarta adalah provinsi: enam wilayah administratifnya ditampilkan. Indeks statistik terbuka per "
              "{year} (nilai terbaru tiap indikator hingga tahun itu); garis putus-putus adalah median nasional dari "
              "{n} kab/kota, pita abu-abu separuh tengahnya. Wilayah bertanda \"tanpa indeks\" memiliki terlalu "
              "sedikit indikator terbuka."},
    "ascn.open.pilots_title": {"en": "Open-statistics index (0–100) of the pilot regions",
                               "id": "Indeks statistik terbuka (0–100) daerah percontohan"},
    "ascn.open.pilots_x": {"en": "Open-statistics index (0–100)", "id": "Indeks statistik terbuka (0–100)"},
    "ascn.open.pilots_not_evaluated": {"en": "no index", "id": "tanpa indeks"},
    "ascn.pilots_series": {"en": "Pilot regions", "id": "Daerah percontohan"},
    "ascn.pilots_empty": {"en": "No Indonesian city was in the network in {year}.",
                          "id": "Belum ada kota Indonesia dalam jaringan pada {year}."},
    "ascn.pilot_profiles": {"en": "Open a pilot's profile:", "id": "Buka profil kota percontohan:"},
    "ascn.imd": {"en": "IMD Smart City Index: Jakarta, Medan and Makassar", "id": "IMD Smart City Index: Jakarta, Medan dan Makassar"},
    "ascn.imd_note": {
        "en": "IMD surveys about 120 residents per city on the structures and technology of health and safety, "
              "mobility, activities, opportunities and governance (141 cities in 2023, 142 in 2024). Rank of the "
              "cities ranked that edition; an empty cell means the figure was not found, not that the city was "
              "unranked.",
        "id": "IMD mensurvei sekitar 120 penduduk per kota tentang struktur dan teknologi kesehatan dan keamanan, "
              "mobilitas, aktivitas, peluang dan tata kelola (141 kota pada 2023, 142 pada 2024). Peringkat di "
              "antara kota yang diperingkat pada edisi itu; sel kosong berarti angkanya tidak ditemukan, bukan "
              "bahwa kota itu tidak diperingkat."},
    "ascn.imd_title": {"en": "IMD Smart City Index rank per edition (1 = best)",
                       "id": "Peringkat IMD Smart City Index per edisi (1 = terbaik)"},
    "ascn.imd_x": {"en": "Edition", "id": "Edisi"},
    "ascn.imd_y": {"en": "Rank", "id": "Peringkat"},
    "ascn.imd_of": {"en": "of {n}", "id": "dari {n}"},
    "ascn.imd_of_unknown": {"en": "(number of cities not found)", "id": "(jumlah kota tidak ditemukan)"},
    "ascn.imd_missing": {"en": "Rank not found (missing): {items}", "id": "Peringkat tidak ditemukan (kosong): {items}"},
    "ascn.network_table": {"en": "Cities in the network as of {year}", "id": "Kota dalam jaringan per {year}"},
    "ascn.col.country_code": {"en": "Country code", "id": "Kode negara"},
    "ascn.country.bn": {"en": "Brunei Darussalam", "id": "Brunei Darussalam"},
    "ascn.country.kh": {"en": "Cambodia", "id": "Kamboja"},
    "ascn.country.id": {"en": "Indonesia", "id": "Indonesia"},
    "ascn.country.la": {"en": "Laos", "id": "Laos"},
    "ascn.country.my": {"en": "Malaysia", "id": "Malaysia"},
    "ascn.country.mm": {"en": "Myanmar", "id": "Myanmar"},
    "ascn.country.ph": {"en": "Philippines", "id": "Filipina"},
    "ascn.country.sg": {"en": "Republic of Singapore", "id": "Republik Singapura"},
    "ascn.country.th": {"en": "Thailand", "id": "Thailand"},
    "ascn.country.vn": {"en": "Viet Nam", "id": "Vietnam"},
}
