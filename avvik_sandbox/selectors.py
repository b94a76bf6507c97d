"""Reads: exercises with a learner's status, the grading queue, who may see what."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.fields.json import KT

from courses.selectors import page_in_language
from lms.models import AuditEvent, Enrolment

from .models import ExercisePage, InstructorAssignment, Submission


def exercise_in_language(*, exercise: ExercisePage, language: str) -> ExercisePage:
    """The live translation of ``exercise`` in ``language``, else the exercise itself."""
    return page_in_language(page=exercise, language_code=language)


def exercise_list_for(*, index, user) -> list[ExercisePage]:
    """Live exercises under ``index`` with ``.submission`` (open practice) attached."""
    exercises = list(ExercisePage.objects.live().child_of(index).order_by("path"))
    # Exercises not translated into this language yet are offered in their original.
    have = {e.translation_key for e in exercises}
    for other in index.get_translations().live():
        for exercise in ExercisePage.objects.live().child_of(other).order_by("path"):
            if exercise.translation_key not in have:
                have.add(exercise.translation_key)
                exercise.other_language = True
                exercises.append(exercise)
    mine = {}
    if user.is_authenticated:
        mine = {
            s.exercise_key: s
            for s in Submission.objects.filter(
                user=user,
                course_key__isnull=True,
                exercise_key__in=[e.translation_key for e in exercises],
            )
        }
    for exercise in exercises:
        exercise.submission = mine.get(exercise.translation_key)
    return exercises


def submission_for(*, user, exercise: ExercisePage, course=None) -> Submission | None:
    if not user.is_authenticated:
        return None
    return Submission.objects.filter(
        user=user,
        exercise_key=exercise.translation_key,
        course_key=course.translation_key if course else None,
    ).first()


def learner_submissions(*, user) -> QuerySet[Submission]:
    return (
        Submission.objects.filter(user=user)
        .exclude(status=Submission.Status.DRAFT)
        .select_related("exercise", "course")
        .order_by("-submitted_at")
    )


def required_exercises(*, lessons) -> list[ExercisePage]:
    """Exercises placed as required in these lessons (the lesson's own language)."""
    result = []
    for lesson in lessons:
        for block in lesson.body:
            if block.block_type == "exercise" and block.value.get("required"):
                page = block.value.get("exercise")
                if page is not None:
                    result.append(page.specific)
    return result


# --- instructors ------------------------------------------------------------------


@dataclass
class GradingScope:
    """What an instructor may grade: course keys, and whether open practice too."""

    everything: bool
    course_keys: set
    practice: bool

    @property
    def is_instructor(self) -> bool:
        return self.everything or bool(self.course_keys) or self.practice

    def allows(self, submission: Submission) -> bool:
        if self.everything:
            return True
        if submission.course_key is None:
            return self.practice
        return submission.course_key in self.course_keys

    def filter(self, queryset: QuerySet[Submission]) -> QuerySet[Submission]:
        if self.everything:
            return queryset
        condition = Q(course_key__in=self.course_keys)
        if self.practice:
            condition |= Q(course_key__isnull=True)
        return queryset.filter(condition)


def grading_scope(*, user) -> GradingScope:
    if not user.is_authenticated:
        return GradingScope(everything=False, course_keys=set(), practice=False)
    if user.is_superuser:
        return GradingScope(everything=True, course_keys=set(), practice=True)
    keys = list(
        InstructorAssignment.objects.filter(instructor=user).values_list(
            "course_key", flat=True
        )
    )
    return GradingScope(
        everything=False,
        course_keys={k for k in keys if k is not None},
        practice=None in keys,
    )


def _one_per_translation(pages, language: str) -> list:
    """One page per translation key, in ``language`` where it exists, by title."""
    chosen = {}
    for page in pages:
        if page.translation_key not in chosen or page.locale.language_code == language:
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda p: p.title)


def instructor_courses(*, user, language: str) -> list:
    """Courses an instructor grades, for the queue's filter (in the visitor's language)."""
    from courses.models import CoursePage

    scope = grading_scope(user=user)
    courses = CoursePage.objects.select_related("locale")
    if not scope.everything:
        courses = courses.filter(translation_key__in=scope.course_keys)
    return _one_per_translation(courses, language)


QUEUE_STATUSES = [
    Submission.Status.SUBMITTED,
    Submission.Status.IN_GRADING,
    Submission.Status.RETURNED,
    Submission.Status.GRADED,
]


def grading_queue(
    *,
    user,
    course_key=None,
    practice_only: bool = False,
    exercise_key=None,
    statuses=None,
    unsure_first: bool = False,
) -> QuerySet[Submission]:
    """Submissions in the instructor's scope, oldest first, with ``statuses`` (every
    status but draft when None). Filtered on the status itself, so that the queue's
    partial indexes (``Submission.Meta.indexes``) answer it in order."""
    queryset = grading_scope(user=user).filter(
        Submission.objects.filter(status__in=statuses or QUEUE_STATUSES)
    )
    if practice_only:
        queryset = queryset.filter(course_key__isnull=True)
    elif course_key:
        queryset = queryset.filter(course_key=course_key)
    if exercise_key:
        queryset = queryset.filter(exercise_key=exercise_key)
    if unsure_first:
        # The answers whose pre-score needs a human most, then the oldest.
        return queryset.order_by("-unsure_criteria", "submitted_at", "id")
    return queryset.order_by("submitted_at", "id")


def grading_queue_page(*, queue: QuerySet[Submission], page, per_page: int) -> Page:
    """One page of ``queue``. The page's ids are found on the submissions alone (an
    index walk that stops after ``per_page`` rows, however long the queue); only those
    rows are then read with their learner, exercise and course. The answers, drafts and
    feedback (the large JSON) are not read, only the pre-score's percentage."""
    found = Paginator(queue.values_list("pk", flat=True), per_page).get_page(page)
    ids = list(found.object_list)
    rows = (
        Submission.objects.filter(pk__in=ids)
        .select_related("user", "exercise", "course", "claimed_by")
        .defer("draft", "answer", "feedback", "prescore", "comment")
        .annotate(prescore_percent=KT("prescore__percent"))
        .in_bulk()
    )
    found.object_list = [rows[pk] for pk in ids if pk in rows]
    return found


def queue_exercises(*, user, language: str) -> list[ExercisePage]:
    """Exercises with a submission in the instructor's scope, for the queue's filter:
    one index lookup per exercise, not a DISTINCT over every submission."""
    submitted = grading_scope(user=user).filter(
        Submission.objects.filter(
            status__in=QUEUE_STATUSES, exercise_key=OuterRef("translation_key")
        )
    )
    pages = ExercisePage.objects.filter(Exists(submitted))
    return _one_per_translation(pages.select_related("locale"), language)


def submission_visible_to(*, user, submission: Submission) -> bool:
    if not user.is_authenticated:
        return False
    if submission.user_id == user.pk:
        return True
    return grading_scope(user=user).allows(submission)


def grade_history(*, submission: Submission) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(
        object_type=submission._meta.label_lower,
        object_id=str(submission.pk),
        action__in=[
            "sandbox.submitted",
            "sandbox.claimed",
            "sandbox.claim_taken_over",
            "sandbox.released",
            "sandbox.graded",
            "sandbox.regraded",
            "sandbox.returned",
        ],
    ).select_related("actor")


def user_is_instructor(user) -> bool:
    """Grades in at least one course or the open practice area (a staff role)."""
    return grading_scope(user=user).is_instructor


def instructor_may_read_record(*, viewer, learner_id: int, course_key) -> bool:
    """Instructors read the records of learners in the courses they teach (registered
    with ``lms.access`` as a grant)."""
    return (
        course_key is not None
        and course_key in grading_scope(user=viewer).course_keys
        and Enrolment.objects.filter(user_id=learner_id, course_key=course_key).exists()
    )
