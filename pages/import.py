"""Import evaluation results (admins only): templates, upload, validation report, confirm, history, rollback.

Closed unless ``admin_password`` (at least 12 characters) is set in ``.streamlit/secrets.toml`` and entered here;
wrong guesses are limited and logged (ui/admin.py), and the server accepts uploads only from a signed-in session
(ui/uploads.py). All the work is done by :mod:`analytics.io.imports` (validate → stage a batch → atomic rebuild);
this page only shows it. File names, names and cell values are shown through ``ui.safe.plain`` wherever Streamlit
renders Markdown.
"""

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from analytics.io import imports
from ui import admin
from ui.downloads import MISSING, csv_download
from ui.i18n import fmt_number, t
from ui.safe import plain

st.title(t("import.title"))
st.caption(t("import.intro"))


def _fmt(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return v
    return fmt_number(v, 0 if isinstance(v, int) else 1)


def problem_text(p: imports.Problem, markdown: bool = False) -> str:
    """A problem's message; with ``markdown`` its values are made inert for a Markdown element (a table shows
    them as they are)."""
    fields = {k: _fmt(v) for k, v in p.fields}
    if markdown:
        fields = {k: plain(v) for k, v in fields.items()}
    return t(f"import.problem.{p.code}", **fields)


def problems_table(problems: list[imports.Problem]) -> pd.DataFrame:
    df = imports.problems_frame(problems, render=problem_text)
    if not df["sheet"].astype(bool).any():
        df = df.drop(columns="sheet")
    return df.rename(columns={c: t(f"import.col.{c}") for c in df.columns})


def _when(iso) -> str:
    return "" if not iso else pd.Timestamp(iso).strftime("%Y-%m-%d %H:%M")


def history_table(h: pd.DataFrame) -> pd.DataFrame:
    show = h.assign(imported_at=h["imported_at"].map(_when), rolled_back_at=h["rolled_back_at"].map(_when),
                    status=h["status"].map(lambda s: t(f"import.status.{s}")))
    cols = ["batch_id", "file_name", "sha256", "score_rows", "cohort_rows", "imported_at", "imported_by", "status",
            "rolled_back_at"]
    names = {"batch_id": "batch", "file_name": "file"}
    return show[cols].rename(columns={c: t(f"import.col.{names.get(c, c)}") for c in cols})


def _flash() -> None:
    msg = st.session_state.pop("import_flash", None)
    if msg:
        key, fields = msg
        st.success(t(key, **fields), icon=":material/check_circle:")


# ------------------------------------------------------------------------------------------------ the lock
secret = admin.configured_secret()
problem = admin.secret_problem(secret)
if problem == "missing":
    st.info(t("import.locked"), icon=":material/lock:")
    with st.expander(t("import.locked_admin_title")):          # the set-up steps, out of a visitor's way
        st.markdown(t("import.locked_admin"))
    st.stop()
if problem == "too_short":
    admin.warn_once(problem)
    st.warning(t("import.secret_too_short", n=admin.MIN_SECRET_LENGTH), icon=":material/lock:")
    st.stop()

ctx = get_script_run_ctx()
session_id = ctx.session_id if ctx else None
token = admin.token(secret)
if st.session_state.get("import_unlocked") != token:
    admin.mark_session(session_id, False)
    with st.form("import-unlock"):
        entered = st.text_input(t("import.password"), type="password", help=t("import.unlock_help"))
        submitted = st.form_submit_button(t("import.unlock"), icon=":material/lock_open:")
    if submitted:
        result = admin.attempt(entered, secret, session_id=session_id, client=st.context.ip_address)
        if result.outcome == "ok":
            st.session_state["import_unlocked"] = token
            admin.mark_session(session_id, True)
            st.rerun()
        if result.outcome == "locked":
            st.error(t("import.locked_out", minutes=max(1, -(-int(result.wait) // 60))), icon=":material/block:")
        else:
            st.error(t("import.wrong_password"), icon=":material/block:")
    st.stop()
admin.mark_session(session_id, True)

c_msg, c_lock = st.columns([4, 1], vertical_alignment="center")
c_msg.caption(t("import.unlocked"))
if c_lock.button(t("import.lock"), icon=":material/lock:", key="import-lock"):
    st.session_state.pop("import_unlocked", None)
    admin.mark_session(session_id, False)
    st.rerun()
_flash()
st.info(t("import.source_note"), icon=":material/info:")

# ------------------------------------------------------------------------------------------------ templates
st.subheader(t("import.templates"))
st.caption(t("import.templates_help"))
c1, c2, c3 = st.columns(3)
c1.download_button(t("import.template_scores"), imports.template_csv(imports.SCORES),
                   file_name="kota-cerdas_import-scores_template.csv", mime="text/csv", on_click="ignore",
                   icon=":material/download:", key="tpl-scores")
c2.download_button(t("import.template_participation"), imports.template_csv(imports.PARTICIPATION),
                   file_name="kota-cerdas_import-participation_template.csv", mime="text/csv", on_click="ignore",
                   icon=":material/download:", key="tpl-participation")
c3.download_button(t("import.template_xlsx"), imports.template_xlsx(),
                   file_name="kota-cerdas_import_template.xlsx", on_click="ignore", icon=":material/download:",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="tpl-xlsx")

# ------------------------------------------------------------------------------------------------ upload
st.subheader(t("import.upload_title"))
who = st.text_input(t("import.by"), key="import_by", max_chars=100)
upload_key = f"import_file_{st.session_state.get('import_upload_n', 0)}"
up = st.file_uploader(t("import.upload"), type=["csv", "xlsx"], key=upload_key,
                      max_upload_size=imports.MAX_BYTES // 2**20)  # the browser refuses bigger files at once
if up is not None:
    data = up.getvalue()
    v = imports.validate(data, up.name)
    name = plain(up.name)
    if not v.ok:
        st.error(t("import.rejected", file=name, n=fmt_number(len(v.problems))), icon=":material/error:")
        table = problems_table(v.problems)
        st.dataframe(table, hide_index=True, width="stretch", placeholder=MISSING)
        csv_download(table, "import-problems", key="dl-import-problems")
    else:
        st.success(t("import.valid", file=name, scores=fmt_number(v.score_rows),
                     cohorts=fmt_number(v.cohort_rows)), icon=":material/task_alt:")
        for note in v.notes:                      # partial pillar sets: what the completeness rule will do
            st.warning(problem_text(note, markdown=True), icon=":material/rule:")
        if v.score_rows:
            st.caption(t("import.preview_scores"))
            st.dataframe(v.scores, hide_index=True, width="stretch", placeholder=MISSING)
            csv_download(v.scores, "import-preview-scores", key="dl-import-preview-scores")
        if v.cohort_rows:
            st.caption(t("import.preview_cohorts"))
            st.dataframe(v.cohorts, hide_index=True, width="stretch", placeholder=MISSING)
            csv_download(v.cohorts, "import-preview-participation", key="dl-import-preview-cohorts")
        if not who.strip():
            st.caption(t("import.by_needed"))
        if st.button(t("import.confirm", file=name), type="primary", disabled=not who.strip(),
                     icon=":material/upload:", key="import-confirm"):
            with st.status(t("import.committing"), expanded=True) as status:   # each stage as it starts
                try:
                    batch = imports.commit(data, up.name, by=who,
                                           progress=lambda stage: status.write(t(f"progress.build.{stage}")))
                except imports.ImportRejected as exc:  # e.g. the same file imported meanwhile in another session
                    st.error(t("import.rejected", file=name, n=fmt_number(len(exc.problems))))
                    st.dataframe(problems_table(exc.problems), hide_index=True, width="stretch", placeholder=MISSING)
                except imports.BatchError as exc:
                    st.error(t("import.failed", error=plain(exc, 300)))
                else:
                    st.cache_data.clear()
                    st.session_state["import_upload_n"] = st.session_state.get("import_upload_n", 0) + 1
                    st.session_state["import_flash"] = ("import.done", {
                        "file": name, "batch": plain(batch.batch_id), "scores": fmt_number(batch.score_rows),
                        "cohorts": fmt_number(batch.cohort_rows)})
                    st.rerun()

# ------------------------------------------------------------------------------------------------ history
st.subheader(t("import.history"))
hist = imports.history_frame()
if hist.empty:
    st.info(t("import.history_empty"))
else:
    table = history_table(hist)
    st.dataframe(table, hide_index=True, width="stretch", placeholder=MISSING,
                 column_config={t("import.col.sha256"): st.column_config.TextColumn(width="small")})
    csv_download(table, "import-history", key="dl-import-history")
    pending = st.session_state.get("import_rollback")
    for _, b in hist[hist["status"] == imports.ACTIVE].iterrows():
        c_text, c_button = st.columns([3, 2], vertical_alignment="center")
        c_text.caption(t("import.rollback_help", file=plain(b["file_name"]), scores=fmt_number(b["score_rows"]),
                         cohorts=fmt_number(b["cohort_rows"]), when=_when(b["imported_at"]),
                         who=plain(b["imported_by"])))
        if c_button.button(t("import.rollback", batch=plain(b["batch_id"])), key=f"rollback-{b['batch_id']}",
                           icon=":material/undo:"):
            st.session_state["import_rollback"] = pending = b["batch_id"]
        if pending == b["batch_id"]:
            with st.container(border=True):
                st.warning(t("import.rollback_confirm", batch=plain(b["batch_id"]), file=plain(b["file_name"])))
                c_yes, c_no = st.columns(2)
                if c_yes.button(t("import.rollback_yes"), type="primary", key="rollback-yes"):
                    with st.spinner(t("import.rolling_back")):
                        try:
                            imports.rollback(b["batch_id"], by=who or "admin")
                        except imports.BatchError as exc:
                            st.error(t("import.rollback_failed", error=plain(exc, 300)))
                        else:
                            st.cache_data.clear()
                            st.session_state.pop("import_rollback", None)
                            st.session_state["import_flash"] = ("import.rolled_back", {"batch": plain(b["batch_id"])})
                            st.rerun()
                if c_no.button(t("import.cancel"), key="rollback-no"):
                    st.session_state.pop("import_rollback", None)
                    st.rerun()
