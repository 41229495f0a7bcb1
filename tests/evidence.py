"""What each test's expectation rests on — the classification behind the "independent oracle" figure.

A test counts as checking behaviour against an **independent oracle** when its expected value does not come
from the code under test:

- ``hand``      — worked out by hand, or a stated fact or rule written into the test: a published figure
                  (225 participants by 2023, 514 kab/kota), a golden value computed on paper, a documented
                  threshold, the exact error message a user must see.
- ``reference`` — computed by a reference implementation: the JRC's COINr results, a brute-force search,
                  plain pandas/numpy/scipy written in the test (not calling the function under test).
- ``raw``       — recomputed in the test from the raw reference files (``data/reference/*.csv``).
- ``property``  — an invariant the specification states, checked over many generated or varied inputs
                  (Hypothesis; metamorphic relations such as "scaling all weights changes nothing").

Everything else still has a use but is **not** an independent oracle:

- ``consistency`` — two paths of the product agree (a page shows what the summary function returns, the CLI
                    exports what the page downloads): catches wiring bugs, not a wrong number both paths share.
- ``smoke``       — it runs and shows something (no exception, a title, a chart with marks).
- ``lint``        — a static rule over the source or the catalogue (translations, literal strings, documented
                    names exist).

Where it is recorded: ``TABLE`` below gives each test module a default kind and the exceptions by test
function name; a test may instead carry ``@pytest.mark.evidence("kind")`` itself (that wins). tests/conftest.py
attaches the marker at collection, so ``pytest -m`` and the census see it. A new test that is in neither place
is reported as *unclassified* by the census (and counts as not independent).

The census: ``.venv/bin/python -m tests.census`` (options: ``--list KIND``, ``--json``, extra pytest args).
"""

from __future__ import annotations

ORACLE_KINDS = ("hand", "reference", "raw", "property")
OTHER_KINDS = ("consistency", "smoke", "lint")
KINDS = ORACLE_KINDS + OTHER_KINDS

# module (relative to the repository) → (default kind, {test function: kind})
TABLE: dict[str, tuple[str, dict[str, str]]] = {
    "tests/analytics/test_cli_indicators.py": ("consistency", {}),
    "tests/analytics/test_map_measures.py": ("hand", {}),
    "tests/data/test_indicator_contract.py": ("hand", {}),
    "tests/security/test_cli.py": ("hand", {}),
    "tests/security/test_markdown.py": ("hand", {}),
    "tests/analytics/test_indicators.py": ("raw", {}),
    "tests/e2e/test_indicators_e2e.py": ("consistency", {}),
    "tests/data/test_geometry_contract.py": ("hand", {}),
    "tests/analytics/test_open_index.py": ("reference", {}),
    "tests/security/test_admin.py": ("hand", {}),
    "tests/analytics/test_cli_map.py": ("hand", {}),
    "tests/ui/test_slides.py": ("hand", {}),
    "tests/analytics/test_equity.py": ("hand", {}),
    "tests/pages/test_lens.py": ("consistency", {}),
    "tests/security/test_database_repair.py": ("hand", {}),
    "tests/e2e/test_map_e2e.py": ("hand", {}),
    "tests/viz/test_print_map.py": ("hand", {}),
    "tests/viz/test_deck_pdf.py": ("raw", {}),
    "tests/pages/test_explorer.py": ("consistency", {}),
    "tests/e2e/test_hostile_e2e.py": ("hand", {}),
    "tests/ui/test_map_assets.py": ("hand", {}),
    "tests/security/test_import_faults.py": ("hand", {}),
    "tests/security/test_deployment.py": ("hand", {}),
    "tests/security/test_errors.py": ("hand", {}),
    "tests/e2e/test_slides_e2e.py": ("hand", {}),
    "tests/deploy/test_cluster.py": ("smoke", {}),
    "tests/security/test_data_version.py": ("hand", {}),
    "tests/ui/test_gc_tuning.py": ("hand", {}),
    # ------------------------------------------------------------------ the composite-indicator engine
    "tests/analytics/test_aggregate.py": ("hand", {"test_weights_are_relative": "property"}),
    "tests/analytics/test_coinr_validation.py": ("reference", {}),
    "tests/analytics/test_framework.py": ("hand", {"test_round_trip_csv": "property"}),
    "tests/analytics/test_index.py": ("hand", {}),
    "tests/analytics/test_io.py": ("hand", {}),
    "tests/analytics/test_levels.py": ("hand", {}),
    "tests/analytics/test_normalise.py": ("hand", {"test_accepts_framework_as_directions": "smoke"}),
    "tests/analytics/test_peers.py": ("hand", {}),
    "tests/analytics/test_properties.py": ("property", {}),
    "tests/analytics/test_ranks.py": ("hand", {"test_rank_matrix_matches_rank_units": "reference"}),
    "tests/analytics/test_uncertainty.py": ("property", {
        "test_nominal_rank_matches_compute_index": "consistency",
        "test_sensitivity_one_row_per_varied_choice": "hand",
        "test_each_replication_equals_compute_index_default": "reference",
        "test_each_replication_equals_compute_index_deep_tree": "reference",
        "test_argument_errors": "hand"}),
    # ------------------------------------------------------------------ summaries the pages and the CLI share
    "tests/analytics/test_summaries.py": ("hand", {
        "test_filters_never_change_national_ranks": "property",
        "test_filters_never_change_national_ranks_property": "property",
        "test_maturity_on_warehouse": "reference",
        "test_uncertainty_nominal_equals_maturity_rank": "consistency",
        "test_mix_counts_match_summary": "consistency"}),
    "tests/analytics/test_coverage.py": ("raw", {
        "test_reported_beside_2023": "hand",
        "test_no_cohort_in_2020": "hand",
        "test_groupings_add_up": "property",
        "test_filters_restrict_scope": "consistency",
        "test_headline_agrees_with_summary": "consistency"}),
    "tests/analytics/test_geo_layers.py": ("hand", {}),
    "tests/analytics/test_pillar_stats.py": ("reference", {
        "test_no_evaluations_before_2018_gives_an_empty_frame_with_columns": "hand",
        "test_filters_and_cohorts_narrow_the_regions": "hand",
        "test_province_matrix_follows_island_and_type_filters": "hand",
        "test_pillar_describe": "property",
        "test_pillar_correlation_needs_three_regions": "hand",
        "test_rank_comparison_default_settings_change_nothing": "consistency",
        "test_rank_comparison_weights_move_ranks": "consistency",
        "test_rank_comparison_keeps_national_ranks_inside_filters": "property",
        "test_top_bottom": "hand",
        "test_sources_sections_split_the_markdown": "hand",
        "test_sources_md_documents_the_reference_files": "lint",
        "test_reference_inventory": "hand",
        "test_reference_inventory_of_the_repo": "raw",
        "test_cohort_evidence_counts_the_cohort_file": "raw"}),
    "tests/analytics/test_planner.py": ("hand", {"test_warehouse_plan": "property",
                                                 "test_properties": "reference"}),
    "tests/analytics/test_profile_search.py": ("raw", {"test_picker_lists_every_region_once": "consistency"}),
    "tests/analytics/test_profile.py": ("hand", {
        "test_haversine_is_vectorised_and_symmetric": "property",
        "test_nearest_participants": "reference",
        "test_pillar_comparison": "reference",
        "test_trend_matches_maturity_summary_of_each_year": "consistency",
        "test_national_picture": "property"}),
    "tests/analytics/test_trust_regressions.py": ("hand", {}),
    # ------------------------------------------------------------------ import / export / CLI
    "tests/analytics/test_exports.py": ("hand", {"test_json_round_trip": "property",
                                                 "test_parquet_round_trip": "property"}),
    "tests/analytics/test_cli_export.py": ("hand", {
        "test_export_equals_summary": "consistency",
        "test_filters_keep_national_ranks_in_export": "consistency",
        "test_xlsx_and_parquet_files": "consistency",
        "test_help_lists_examples": "smoke"}),
    "tests/analytics/test_imports.py": ("hand", {"test_every_problem_code_is_exercised": "lint",
                                                 "test_round_trip_export_import_export": "property"}),
    "tests/analytics/test_imports_properties.py": ("property", {}),
    "tests/analytics/test_links.py": ("hand", {"test_island_codes_round_trip": "property",
                                               "test_every_province_name_and_code_is_understood": "property"}),
    # ------------------------------------------------------------------ the warehouse
    "tests/analytics/test_frames.py": ("hand", {"test_maturity_summary_meets_its_contract": "property",
                                                "test_the_test_datasets_are_shaped_like_the_warehouse": "lint"}),
    "tests/data/test_build.py": ("hand", {"test_build_is_idempotent": "property"}),
    "tests/data/test_data_contract.py": ("hand", {"test_cohort_2017_and_2018_from_the_csv": "raw"}),
    "tests/data/test_reference_errors.py": ("hand", {}),
    "tests/data/test_synthetic.py": ("property", {"test_one_evaluation_per_year_after_cohort": "hand",
                                                  "test_published_points_replace_synthetic": "raw"}),
    # ------------------------------------------------------------------ figures
    "tests/viz/test_charts.py": ("hand", {}),
    "tests/viz/test_maps.py": ("hand", {}),
    "tests/viz/test_region_charts.py": ("hand", {}),
    # ------------------------------------------------------------------ the app (AppTest)
    "tests/pages/test_about.py": ("hand", {}),
    "tests/pages/test_all_pages.py": ("smoke", {"test_app_lists_every_page_file": "lint",
                                                "test_table_headers_are_translated": "lint",
                                                "test_pages_draw_plotly_through_show_figure": "lint",
                                                "test_leak_detection_examples": "lint"}),
    "tests/pages/test_ascn.py": ("hand", {}),
    "tests/pages/test_compare.py": ("hand", {}),
    "tests/pages/test_home.py": ("hand", {}),
    "tests/pages/test_import_page.py": ("hand", {
        "test_problem_messages_exist_in_both_languages_with_the_same_fields": "lint"}),
    "tests/pages/test_links.py": ("hand", {}),
    "tests/pages/test_map.py": ("hand", {}),
    "tests/pages/test_methodology.py": ("hand", {
        "test_methodology_renders_default_ranking_and_uncertainty": "consistency",
        "test_methodology_in_bahasa_indonesia": "consistency",
        "test_changing_a_weight_changes_the_ranking": "smoke"}),
    "tests/pages/test_overview.py": ("hand", {}),
    "tests/pages/test_pillars.py": ("hand", {}),
    "tests/pages/test_region.py": ("hand", {"test_region_in_bahasa_indonesia": "consistency"}),
    "tests/ui/test_format.py": ("hand", {"test_round_trip_and_languages_agree": "property"}),
    "tests/ui/test_display_frame.py": ("hand", {}),
    "tests/ui/test_figure_cache.py": ("reference", {"test_key_is_equal_for_equal_inputs_and_differs_for_each_changed_input": "hand",
                                                    "test_functions_are_keyed_by_what_they_close_over": "hand",
                                                    "test_key_tells_frames_apart_exactly_when_they_differ": "property",
                                                    "test_an_argument_that_cannot_be_keyed_is_built_every_time": "hand",
                                                    "test_a_page_cannot_change_the_cached_figure": "hand"}),
    "tests/ui/test_plotly_element.py": ("reference", {"test_every_chart_on_a_page_has_a_key": "lint"}),
    "tests/ui/test_slide_content.py": ("raw", {"test_slides_say_what_is_missing_instead_of_failing": "hand"}),
    "tests/ui/test_screen_style.py": ("hand", {"test_wrap_title_keeps_every_word_in_order_within_the_width":
                                               "property"}),
    "tests/analytics/test_build_progress.py": ("hand", {}),
    "tests/ui/test_i18n.py": ("lint", {"test_language_follows_url_then_locale": "hand",
                                       "test_switch_changes_texts_and_url": "hand"}),
    "tests/ui/test_presenter.py": ("hand", {"test_next_then_previous_is_identity": "property"}),
    "tests/ui/test_streamlit_private.py": ("hand", {}),
    "tests/test_docs.py": ("lint", {"test_command_check_examples": "hand"}),
    "tests/test_hygiene.py": ("lint", {}),
    # ------------------------------------------------------------------ end to end (Chromium)
    "tests/e2e/test_home_e2e.py": ("hand", {}),
    "tests/e2e/test_i18n_e2e.py": ("hand", {}),
    "tests/e2e/test_import_e2e.py": ("hand", {}),
    "tests/e2e/test_pages_a_e2e.py": ("consistency", {"test_page_loads_and_draws_charts": "smoke"}),
    "tests/e2e/test_pages_b_e2e.py": ("hand", {"test_page_loads_without_error": "smoke"}),
    "tests/e2e/test_presenter_e2e.py": ("hand", {}),
    "tests/e2e/test_links_e2e.py": ("hand", {}),
    "tests/e2e/test_phone_e2e.py": ("hand", {}),
    "tests/e2e/test_wait_helpers.py": ("hand", {}),
    "tests/pages/test_table_numbers.py": ("hand", {}),
}


def kind_of(module: str, function: str) -> str | None:
    """The kind the table gives ``function`` of ``module`` (a path relative to the repository), or None."""
    entry = TABLE.get(module)
    if entry is None:
        return None
    default, exceptions = entry
    return exceptions.get(function, default)


def stale_entries(collected: dict[str, set[str]]) -> list[str]:
    """Table exceptions that name no collected test (renamed or removed), given module → function names."""
    out = []
    for module, (_, exceptions) in TABLE.items():
        if module not in collected:
            continue
        out += [f"{module}::{name}" for name in exceptions if name not in collected[module]]
    return out
