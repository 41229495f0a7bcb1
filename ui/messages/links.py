"""Messages of shared links (ui/links.py): a link value that is not understood."""

MESSAGES: dict[str, dict[str, str]] = {
    "links.invalid": {
        "en": "The link's “{param}” value “{value}” is not understood, so the default is shown instead.",
        "id": "Nilai “{param}” pada tautan, “{value}”, tidak dikenali, jadi nilai bawaan yang ditampilkan."},
}
