"""Messages of presenter mode (the slide bar)."""

MESSAGES: dict[str, dict[str, str]] = {
    "presenter.previous": {"en": "Previous", "id": "Sebelumnya"},
    "presenter.next": {"en": "Next", "id": "Berikutnya"},
    "presenter.indicator": {"en": "Slide {k} of {n} · {title}", "id": "Slide {k} dari {n} · {title}"},
    "presenter.not_a_slide": {"en": "Not part of the slide sequence: Next goes to the first slide.",
                              "id": "Bukan bagian dari urutan slide: Berikutnya menuju slide pertama."},
    "presenter.exit": {"en": "Exit presenter mode", "id": "Keluar mode presentasi"},
}
