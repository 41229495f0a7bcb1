"""Messages of the Map page (keys ``map.*``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "map.title": {"en": "Map of the programme", "id": "Peta program"},
    "map.intro": {
        "en": "Every kabupaten and kota is a point (area ∝ population) or a column (height ∝ population), "
              "over the provinces coloured by coverage or mean maturity. Hover for details; click a region to "
              "open its profile.",
        "id": "Setiap kabupaten dan kota digambar sebagai titik (luas ∝ jumlah penduduk) atau kolom (tinggi ∝ "
              "jumlah penduduk), di atas provinsi yang diwarnai menurut cakupan atau rata-rata kematangan. "
              "Arahkan kursor untuk detail; klik sebuah daerah untuk membuka profilnya."},
    "map.colour_by": {"en": "Colour regions by", "id": "Warnai daerah menurut"},
    "map.colour.level": {"en": "Maturity level", "id": "Tingkat kematangan"},
    "map.colour.cohort": {"en": "Cohort", "id": "Kohort"},
    "map.colour.coverage": {"en": "Participation", "id": "Keikutsertaan"},
    "map.shape": {"en": "Draw regions as", "id": "Gambar daerah sebagai"},
    "map.shape.points": {"en": "Points", "id": "Titik"},
    "map.shape.columns": {"en": "Columns (3D)", "id": "Kolom (3D)"},
    "map.fill": {"en": "Colour provinces by", "id": "Warnai provinsi menurut"},
    "map.fill.coverage": {"en": "Coverage", "id": "Cakupan"},
    "map.fill.maturity": {"en": "Mean maturity", "id": "Rata-rata kematangan"},
    "map.fill.none": {"en": "Nothing", "id": "Tidak ada"},
    "map.basemap": {"en": "Basemap", "id": "Peta dasar"},
    "map.basemap_help": {
        "en": "Off by default: the province polygons are the base, so the map works offline. On: Carto's light "
              "basemap is loaded from the internet.",
        "id": "Mati secara bawaan: poligon provinsi menjadi dasar, sehingga peta berfungsi tanpa internet. "
              "Hidup: peta dasar terang Carto dimuat dari internet."},
    "map.legend": {"en": "Legend", "id": "Legenda"},
    "map.size_note": {"en": "Size: population (Dukcapil 2024).", "id": "Ukuran: jumlah penduduk (Dukcapil 2024)."},
    "map.low_confidence_note": {
        "en": "{n} regions in view have an approximate point (low coordinate confidence); their tooltip says so.",
        "id": "{n} daerah yang ditampilkan memiliki titik perkiraan (keyakinan koordinat rendah); tooltip-nya "
              "menyebutkannya."},
    "map.click_hint": {"en": "Click a region on the map to select it.",
                       "id": "Klik sebuah daerah pada peta untuk memilihnya."},
    "map.selected": {"en": "Selected region", "id": "Daerah terpilih"},
    "map.selected_cohort": {"en": "Joined the programme in {year}", "id": "Bergabung dengan program pada {year}"},
    "map.selected_not_participant": {"en": "Not a participant of the programme",
                                     "id": "Bukan peserta program"},
    "map.selected_level": {"en": "Maturity: {level} ({index} of 100), rank {rank}",
                           "id": "Kematangan: {level} ({index} dari 100), peringkat {rank}"},
    "map.selected_population": {"en": "Population: {population}", "id": "Penduduk: {population}"},
    "map.open_profile": {"en": "Open its profile", "id": "Buka profilnya"},
    "map.selected_province": {"en": "Selected province: {name}", "id": "Provinsi terpilih: {name}"},
    "map.payload": {"en": "Map data sent to the browser: {size} kB.", "id": "Data peta yang dikirim ke peramban: {size} kB."},
    "map.table_regions": {"en": "Maturity of the evaluated regions in view", "id": "Kematangan daerah terevaluasi yang ditampilkan"},
    "map.table_regions_empty": {
        "en": "No region in view has an evaluation up to {year}: participants are evaluated from the year after "
              "they join.",
        "id": "Belum ada daerah yang ditampilkan yang dievaluasi sampai {year}: peserta dievaluasi mulai tahun "
              "setelah bergabung."},
    "map.table_polygons": {"en": "Provinces as drawn on the map", "id": "Provinsi sebagaimana digambar di peta"},
    "map.table_polygons_note": {
        "en": "The map has 33 province polygons for 38 provinces: a polygon standing for several provinces adds "
              "them up ({names}).",
        "id": "Peta memiliki 33 poligon untuk 38 provinsi: poligon yang mewakili beberapa provinsi "
              "menjumlahkannya ({names})."},
    # legend and tooltip texts handed to viz.maps (keys map.<viz key>)
    "map.level.ad_hoc": {"en": "Ad hoc", "id": "Ad hoc"},
    "map.level.initial": {"en": "Initial", "id": "Inisiasi"},
    "map.level.scattered": {"en": "Scattered", "id": "Tersebar"},
    "map.level.integrated": {"en": "Integrated", "id": "Terintegrasi"},
    "map.level.smart": {"en": "Smart", "id": "Cerdas"},
    "map.legend.level": {"en": "Maturity level (latest evaluation)", "id": "Tingkat kematangan (evaluasi terakhir)"},
    "map.legend.no_score": {"en": "No evaluation yet / not a participant", "id": "Belum dievaluasi / bukan peserta"},
    "map.legend.cohort": {"en": "Cohort (year joined)", "id": "Kohort (tahun bergabung)"},
    "map.legend.cohort_year": {"en": "Joined {year}", "id": "Bergabung {year}"},
    "map.legend.not_participant": {"en": "Not a participant by {year}", "id": "Belum menjadi peserta per {year}"},
    "map.legend.coverage": {"en": "Programme participation", "id": "Keikutsertaan program"},
    "map.legend.participant": {"en": "Participant by {year}", "id": "Peserta per {year}"},
    "map.legend.no_data": {"en": "No data / no region in view", "id": "Tidak ada data / tidak ada daerah"},
    "map.legend.choropleth_coverage": {"en": "Provinces: share of kab/kota participating",
                                       "id": "Provinsi: persentase kab/kota peserta"},
    "map.legend.choropleth_maturity": {"en": "Provinces: level of the mean maturity index",
                                       "id": "Provinsi: tingkat rata-rata indeks kematangan"},
    "map.legend.several_note": {"en": "One polygon stands for several provinces: {names}.",
                                "id": "Satu poligon mewakili beberapa provinsi: {names}."},
    "map.tip.province": {"en": "Province: {province}", "id": "Provinsi: {province}"},
    "map.tip.cohort": {"en": "Cohort: {year}", "id": "Kohort: {year}"},
    "map.tip.joins_later": {"en": "Joins the programme in {year}", "id": "Bergabung dengan program pada {year}"},
    "map.tip.not_participant": {"en": "Not a participant", "id": "Bukan peserta"},
    "map.tip.level": {"en": "Maturity: {level} ({index} of 100)", "id": "Kematangan: {level} ({index} dari 100)"},
    "map.tip.no_level": {"en": "Maturity: not evaluated", "id": "Kematangan: belum dievaluasi"},
    "map.tip.population": {"en": "Population: {population}", "id": "Penduduk: {population}"},
    "map.tip.low_confidence": {"en": "Approximate location (low coordinate confidence)",
                               "id": "Lokasi perkiraan (keyakinan koordinat rendah)"},
    "map.tip.polygon_coverage": {"en": "{n} of {total} kab/kota participate ({share})",
                                 "id": "{n} dari {total} kab/kota ikut serta ({share})"},
    "map.tip.polygon_no_regions": {"en": "No region in view", "id": "Tidak ada daerah yang ditampilkan"},
    "map.tip.polygon_index": {"en": "Mean maturity index: {value} ({n} evaluated)",
                              "id": "Rata-rata indeks kematangan: {value} ({n} terevaluasi)"},
    "map.tip.polygon_no_index": {"en": "Mean maturity index: no evaluation", "id": "Rata-rata indeks: belum ada evaluasi"},
    "map.tip.polygon_covers": {"en": "This polygon stands for {names}", "id": "Poligon ini mewakili {names}"},
    "map.tip.polygon_population": {"en": "Residents reached: {reached} of {total}",
                                   "id": "Penduduk terjangkau: {reached} dari {total}"},
}
