"""Messages of presenter mode (the slide bar)."""

MESSAGES: dict[str, dict[str, str]] = {
    "presenter.previous": {"en": "Previous", "id": "Sebelumnya"},
    "presenter.next": {"en": "Next", "id": "Berikutnya"},
    "presenter.indicator": {"en": "Slide {k} of {n} · {title}", "id": "Slide {k} dari {n} · {title}"},
    "presenter.not_a_slide": {"en": "Not a slide · Next: slide 1", "id": "Bukan slide · Berikutnya: slide 1"},
    "presenter.exit": {"en": "Exit presenter mode", "id": "Keluar presentasi"},
}
