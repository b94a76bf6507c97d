from django.urls import path

import lms.site.converters  # noqa: F401  (registers <id:…>)

from .practice import amu_views, plan_views, risk_views
from .practice import routine_views as routine
from .practice import views as practice
from .views import grading, practice_grading, review, workspace, workspace_actions

app_name = "avvik_sandbox"

# /<lang>/sandbox/ itself and /<lang>/sandbox/<exercise>/ are Wagtail pages.
urlpatterns = [
    path("grading/", grading.grading_queue, name="grading_queue"),
    path("grading/<id:pk>/", grading.grading_detail, name="grading_detail"),
    path("grading/<id:pk>/claim/", grading.grading_claim, name="grading_claim"),
    path("grading/<id:pk>/release/", grading.grading_release, name="grading_release"),
    path("grading/<id:pk>/grade/", grading.grading_grade, name="grading_grade"),
    path("grading/practice/", practice_grading.practice_queue, name="practice_queue"),
    path(
        "grading/practice/<str:kind>/<id:answer_id>/",
        practice_grading.practice_review,
        name="practice_review",
    ),
    path("submissions/<id:pk>/", review.submission_detail, name="submission"),
    path("mine/", review.my_submissions, name="mine"),
    path("autosave/<id:exercise_id>/", workspace.autosave, name="autosave"),
    path(
        "work/<id:exercise_id>/save/",
        workspace_actions.workspace_save,
        name="workspace_save",
    ),
    path(
        "work/<id:exercise_id>/advance/",
        workspace_actions.workspace_advance,
        name="workspace_advance",
    ),
    path(
        "work/<id:exercise_id>/submit/",
        workspace_actions.workspace_submit,
        name="workspace_submit",
    ),
    path("company/<slug:slug>/", practice.company_detail, name="practice_company"),
    path(
        "company/<slug:slug>/statistics/",
        practice.company_statistics,
        name="practice_statistics",
    ),
    path(
        "company/<slug:slug>/statistics/export/<str:fmt>/",
        practice.company_export,
        name="practice_export",
    ),
    path(
        "company/<slug:slug>/statistics/amu/",
        amu_views.amu_exercise,
        name="practice_amu",
    ),
    path(
        "company/<slug:slug>/statistics/amu/<id:answer_id>/",
        amu_views.amu_answer,
        name="practice_amu_answer",
    ),
    path("risk/<slug:slug>/", risk_views.risk_exercise, name="risk_exercise"),
    path(
        "risk/<slug:slug>/answers/<id:answer_id>/",
        risk_views.risk_answer,
        name="risk_answer",
    ),
    path("company/<slug:slug>/plan/", plan_views.plan_exercise, name="plan_exercise"),
    path(
        "company/<slug:slug>/plan/<id:plan_id>/",
        plan_views.plan_answer,
        name="plan_answer",
    ),
    path("company/<slug:slug>/routine/", routine.routine_home, name="routine_home"),
    path(
        "company/<slug:slug>/routine/solo/", routine.routine_solo, name="routine_solo"
    ),
    path(
        "company/<slug:slug>/routine/join/", routine.routine_join, name="routine_join"
    ),
    path(
        "company/<slug:slug>/routine/classes/",
        routine.routine_class_create,
        name="routine_class_create",
    ),
    path("routine/<id:cohort_id>/", routine.cohort_detail, name="routine_cohort"),
    path(
        "routine/<id:cohort_id>/advance/",
        routine.cohort_advance,
        name="routine_advance",
    ),
    path("routine/<id:cohort_id>/report/", routine.case_report, name="routine_report"),
    path("routine/<id:cohort_id>/amu/", routine.cohort_amu, name="routine_amu"),
    path("routine/case/<id:case_id>/", routine.case_detail, name="routine_case"),
    path("routine/case/<id:case_id>/take/", routine.case_take, name="routine_take"),
    path(
        "routine/case/<id:case_id>/analysis/",
        routine.case_analyse,
        name="routine_analyse",
    ),
    path(
        "routine/case/<id:case_id>/actions/",
        routine.case_action_add,
        name="routine_action_add",
    ),
    path(
        "routine/case/<id:case_id>/actions/<id:action_id>/done/",
        routine.action_done,
        name="routine_action_done",
    ),
    path(
        "routine/case/<id:case_id>/forward/",
        routine.case_forward,
        name="routine_forward",
    ),
    path(
        "routine/case/<id:case_id>/inform/", routine.case_inform, name="routine_inform"
    ),
    path("routine/case/<id:case_id>/close/", routine.case_close, name="routine_close"),
]
