"""Messages of the slides (presenter mode) and of the PDF deck: one headline, one figure, one source line each."""

MESSAGES: dict[str, dict[str, str]] = {
    "slides.demo": {"en": "Demo data", "id": "Data demo"},
    "slides.drawing": {"en": "Drawing the slide…", "id": "Menggambar slide…"},
    "slides.unknown": {"en": "Unknown slide codes ignored: {codes}. Codes: {known}.",
                       "id": "Kode slide tak dikenal diabaikan: {codes}. Kode: {known}."},
    "slides.download": {"en": "Slides (PDF)", "id": "Slide (PDF)"},
    "slides.download_help": {"en": "These slides, one 16:9 page each, drawn on the server (no network needed).",
                             "id": "Slide ini, satu halaman 16:9 per slide, digambar di server (tanpa jaringan)."},
    "slides.numbering": {"en": "Slide {k} of {n}", "id": "Slide {k} dari {n}"},
    "slides.no_data": {"en": "No data for this slide with these settings.",
                       "id": "Tidak ada data untuk slide ini dengan pengaturan ini."},
    # overview
    "slides.overview.headline": {
        "en": "In {year}, {n} of {total} kab/kota take part in the Smart City Movement: {share} of Indonesia's "
              "population lives in them.",
        "id": "Pada {year}, {n} dari {total} kab/kota mengikuti Gerakan Menuju Smart City: {share} penduduk "
              "Indonesia tinggal di sana."},
    # the same under a province, island-group or type filter: the share is of the filtered kab/kota's residents
    "slides.overview.headline_scoped": {
        "en": "In {year}, {n} of {total} kab/kota take part in the Smart City Movement; they are home to {share} "
              "of the population of these {total}.",
        "id": "Pada {year}, {n} dari {total} kab/kota mengikuti Gerakan Menuju Smart City; di sana tinggal "
              "{share} penduduk dari {total} kab/kota ini."},
    "slides.overview.axis": {"en": "Participating kab/kota", "id": "Kab/kota peserta"},
    "slides.overview.source": {
        "en": "Source: programme cohort lists 2017–{year} (official lists and regional news, URL on every row); "
              "population: {population}. Reported for {year}: {reported}.",
        "id": "Sumber: daftar kohort program 2017–{year} (daftar resmi dan berita daerah, URL di setiap baris); "
              "penduduk: {population}. Dilaporkan untuk {year}: {reported}."},
    "slides.overview.source_scoped": {
        "en": "Source: programme cohort lists 2017–{year} (official lists and regional news, URL on every row); "
              "population: {population}. The ministry reports national totals only.",
        "id": "Sumber: daftar kohort program 2017–{year} (daftar resmi dan berita daerah, URL di setiap baris); "
              "penduduk: {population}. Kementerian hanya melaporkan angka nasional."},
    # a filtered slide names what it shows first (presenter mode hides the sidebar that says it)
    "slides.scoped": {"en": "{scope}: {headline}", "id": "{scope}: {headline}"},
    # equity
    "slides.equity.headline": {
        "en": "The programme reaches {low} of the lowest-HDI fifth of kab/kota, but {high} of the highest "
              "({year}).",
        "id": "Program menjangkau {low} dari seperlima kab/kota dengan IPM terendah, tetapi {high} dari yang "
              "tertinggi ({year})."},
    # a filtered slide whose kab/kota include none of the national lowest (or highest) HDI fifth
    "slides.equity.headline_no_lowest": {
        "en": "None of these kab/kota is in the lowest-HDI fifth nationally; the programme reaches {high} of those "
              "in the highest ({year}).",
        "id": "Tidak satu pun kab/kota ini termasuk seperlima IPM terendah nasional; program menjangkau {high} "
              "dari yang tertinggi ({year})."},
    "slides.equity.headline_no_highest": {
        "en": "The programme reaches {low} of the lowest-HDI fifth of kab/kota; none of these is in the highest "
              "fifth nationally ({year}).",
        "id": "Program menjangkau {low} dari seperlima kab/kota dengan IPM terendah; tidak satu pun termasuk "
              "seperlima tertinggi nasional ({year})."},
    "slides.equity.quintile_empty": {"en": "HDI fifth {q}\n(none here)", "id": "Seperlima IPM {q}\n(tidak ada)"},
    "slides.equity.axis": {"en": "Share of kab/kota taking part (%)", "id": "Bagian kab/kota yang ikut (%)"},
    "slides.equity.quintile": {"en": "HDI fifth {q}\n{lo}–{hi}", "id": "Seperlima IPM {q}\n{lo}–{hi}"},
    "slides.equity.source": {
        "en": "Source: BPS Human Development Index {hdi_year} by kab/kota; programme cohort lists to {year}. "
              "Fifth 1 = lowest HDI.",
        "id": "Sumber: BPS Indeks Pembangunan Manusia {hdi_year} per kab/kota; daftar kohort program hingga "
              "{year}. Seperlima 1 = IPM terendah."},
    # map
    "slides.map.headline": {
        "en": "{n} of {total} kab/kota have an open-statistics index for {year}; the median is {median} of 100.",
        "id": "{n} dari {total} kab/kota memiliki indeks statistik terbuka untuk {year}; mediannya {median} "
              "dari 100."},
    "slides.map.headline_measure": {
        "en": "{title}, as of {year}: {n} of {total} kab/kota have a value.",
        "id": "{title}, per {year}: {n} dari {total} kab/kota memiliki nilai."},
    # pillars
    "slides.pillars.headline": {
        "en": "Across {n} kab/kota, the median pillar score runs from {low_name} ({low}) to {high_name} ({high}) "
              "of 100 ({year}).",
        "id": "Di {n} kab/kota, median skor pilar berkisar dari {low_name} ({low}) hingga {high_name} ({high}) "
              "dari 100 ({year})."},
    "slides.pillars.axis": {"en": "Median of the open-statistics pillar (0–100)",
                            "id": "Median pilar statistik terbuka (0–100)"},
    "slides.pillars.source": {
        "en": "Source: BPS and Kemendes PDTT indicators by kab/kota, normalised to goalposts (see Methodology). "
              "No open data for: {missing}.",
        "id": "Sumber: indikator BPS dan Kemendes PDTT per kab/kota, dinormalisasi ke batas tetap (lihat "
              "Metodologi). Tanpa data terbuka: {missing}."},
    # ascn
    "slides.ascn.headline": {
        "en": "In {year}, the ASEAN Smart Cities Network has {n} cities; {k} of them are Indonesian: {names}.",
        "id": "Pada {year}, Jaringan Kota Cerdas ASEAN beranggotakan {n} kota; {k} di antaranya di Indonesia: "
              "{names}."},
    "slides.ascn.axis": {"en": "Cities in the network", "id": "Kota dalam jejaring"},
    "slides.ascn.all": {"en": "All cities", "id": "Semua kota"},
    "slides.ascn.indonesian": {"en": "Indonesian cities", "id": "Kota Indonesia"},
    "slides.ascn.source": {
        "en": "Source: ASEAN announcements and news (CNA 2018, Bangkok Post 2023, and others; URL on every "
              "row); counts computed from the city list.",
        "id": "Sumber: pengumuman ASEAN dan berita (CNA 2018, Bangkok Post 2023, dan lainnya; URL di setiap "
              "baris); jumlah dihitung dari daftar kota."},
    # region
    "slides.region.headline": {
        "en": "{name}: open-statistics index {index} of 100, rank {rank} of {ranked} kab/kota ({year}).",
        "id": "{name}: indeks statistik terbuka {index} dari 100, peringkat {rank} dari {ranked} kab/kota "
              "({year})."},
    "slides.region.headline_unranked": {
        "en": "{name}: too few open statistics for an index in {year} ({n} of {need} pillars).",
        "id": "{name}: statistik terbuka terlalu sedikit untuk indeks pada {year} ({n} dari {need} pilar)."},
    "slides.region.series": {"en": "{name}", "id": "{name}"},
    "slides.region.national": {"en": "National median", "id": "Median nasional"},
    "slides.region.axis": {"en": "Pillar score (0–100)", "id": "Skor pilar (0–100)"},
    "slides.region.source": {
        "en": "Source: BPS and Kemendes PDTT indicators by kab/kota ({first}–{last}), normalised to goalposts "
              "(see Methodology).",
        "id": "Sumber: indikator BPS dan Kemendes PDTT per kab/kota ({first}–{last}), dinormalisasi ke batas tetap "
              "(lihat Metodologi)."},
}
