"""Messages of presenter mode (the slide bar)."""

MESSAGES: dict[str, dict[str, str]] = {
    "presenter.previous": {"en": "Previous", "id": "Sebelumnya"},
    "presenter.next": {"en": "Next", "id": "Lanjut"},           # short: it fits the bar at 1280 px with its key hint
    "presenter.indicator": {"en": "{k}/{n} · {title}", "id": "{k}/{n} · {title}"},   # short: one line in the bar
    "presenter.not_a_slide": {"en": "Not a slide · Next: slide 1", "id": "Bukan slide · Lanjut: slide 1"},
    "presenter.exit": {"en": "Exit presenter mode", "id": "Keluar presentasi"},
    # the sidebar's link into presenter mode (ui/presenter.py::start_link)
    "presenter.start": {"en": "Presenter mode", "id": "Mode presentasi"},
    "presenter.start_help": {"en": "Full-screen slides for a projector, moved with the Next and Previous buttons; "
                                   "the filters and language shown here are kept.",
                             "id": "Slide layar penuh untuk proyektor, berpindah dengan tombol Lanjut dan "
                                   "Sebelumnya; filter dan bahasa yang tampil di sini tetap dipakai."},
}
