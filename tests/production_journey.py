"""One learner's journey against the real process set (run by .ci/run, not by pytest).

Starts the Procfile's web (gunicorn, DEBUG off), worker and beat with honcho on this
machine's PostgreSQL and Redis, media on a local S3 stand-in (moto's server) and Stripe
on the test stand-in; then over HTTP only: sign up and confirm the e-mail, buy a paid
course through Checkout with a correctly signed webhook, pass every quiz and finish every
lesson, receive the certificate e-mail from the worker and verify the certificate on
the public page. Stops everything it started, and prints the time it took.

    python tests/production_journey.py   (needs PostgreSQL on 127.0.0.1:5432, Redis)
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.production_set import (  # noqa: E402
    ProductionSet,
    form_action,
    step,
    wait_for,
)


class Journey(ProductionSet):
    """One learner, from sign-up to a verified certificate."""

    # --- the learner -----------------------------------------------------------------------

    def sign_up(self) -> None:
        step("sign up and confirm the e-mail address")
        self.post(
            "/nb/accounts/signup/",
            {
                "email": "journey@example.org",
                "full_name": "Jorunn Reise",
                "password1": "a-long-journey-password-1",
                "password2": "a-long-journey-password-1",
            },
        )
        link = self.mail_matching(
            r"https?://[^\s]+(/nb/accounts/confirm-email/[^\s/]+/)",
            "the confirmation e-mail",
        )
        path = link.group(1)
        self.post(path, {})
        assert "journey@example.org" in self.get("/nb/dashboard/")

    def buy(self, course: dict) -> None:
        step(f"buy '{course['title']}' through Stripe Checkout")
        response = self.post(
            course["buy_path"], {"consent": "on"}, page=self.get(course["path"])
        )
        session_id = response.headers["Location"].rsplit("/", 1)[-1]
        session = self.stripe.session_pay(session_id)
        event = self.stripe.event("checkout.session.completed", session)
        body = json.dumps(event).encode()
        reply = self.http.post(
            self.base + "/payments/stripe/webhook/",
            data=body,
            headers={
                "Content-Type": "application/json",
                "Stripe-Signature": self.stripe.sign(body),
            },
            timeout=20,
        )
        assert reply.status_code == 200, reply.text
        wait_for(
            lambda: course["title"] in self.get("/nb/dashboard/"),
            timeout=60,
            what="the enrolment after payment",
        )
        self.mail_matching(r"(?i)kvittering|receipt", "the receipt e-mail")

    def spend_time(self, course: dict) -> None:
        """The course asks for active time before it completes. The lesson page's
        report is sent once over HTTP; the rest of the required minutes are recorded
        as that report records them, dated over the past hours (a journey cannot wait
        an hour and a half)."""
        first = course["lessons"][0]
        page = self.get(first["path"])
        visit = re.search(r'data-lesson-visit="([^"]+)"', page).group(1)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        report = self.http.post(
            self.base + visit,
            data={"csrfmiddlewaretoken": token},
            headers={"Referer": self.base + first["path"]},
            timeout=20,
        ).json()
        assert report["completed"] is False and not report["met"], report
        from datetime import timedelta

        from django.utils import timezone

        from courses.models import LessonPage
        from lms.models import Enrolment
        from lms.time_on_task import activity_record

        enrolment = Enrolment.objects.get(
            user__email="journey@example.org", course__pk=course["id"]
        )
        lesson = LessonPage.objects.get(pk=first["id"])
        minutes = course["required_minutes"]
        step(f"spend the course's required {minutes} minutes of active time")
        start = timezone.now() - timedelta(minutes=minutes + 5)
        for minute in range(minutes):
            activity_record(
                enrolment=enrolment,
                lesson=lesson,
                now=start + timedelta(minutes=minute),
            )

    def learn(self, course: dict) -> None:
        self.spend_time(course)
        quizzes = sum(len(lesson["quizzes"]) for lesson in course["lessons"])
        step(f"pass {quizzes} quizzes and finish {len(course['lessons'])} lessons")
        for lesson in course["lessons"]:
            page = self.get(lesson["path"])
            for block_id, answers in lesson["quizzes"].items():
                data = {}
                for question, correct in answers.items():
                    data[f"{block_id}-q{question}"] = [str(i) for i in correct]
                self.post(form_action(page, f"/quiz/{block_id}/"), data, page=page)
                page = self.get(lesson["path"])
            if "/complete/" in page:
                self.post(form_action(page, "/complete/"), {}, page=page)

    def certificate(self) -> str:
        step("wait for the certificate e-mail from the worker")
        match = self.mail_matching(
            r"To: journey@example\.org[\s\S]*?/verify/([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})/",
            "the certificate e-mail",
        )
        number = match.group(1)
        page = self.get(f"/nb/verify/{number}/")
        assert "verify-valid" in page, "the certificate does not verify"
        step(f"certificate {number} verifies on the public page")
        return number


def course_plan(env: dict) -> dict:
    """The paid leader course's URLs and quiz answers, read from the database."""
    os.environ.update(env)
    import django

    django.setup()
    from courses.models import CoursePage

    course = (
        CoursePage.objects.live()
        .filter(locale__language_code="nb", price_ore__gt=0, audience="leader")
        .first()
    )
    lessons = []
    for lesson in course.lessons:
        quizzes = {}
        for block in lesson.quiz_blocks():
            quizzes[block.id] = {
                index: [i for i, o in enumerate(q["options"]) if o["correct"]]
                for index, q in enumerate(block.value["questions"])
            }
        lessons.append({"path": lesson.url, "id": lesson.pk, "quizzes": quizzes})
    from django.urls import reverse
    from django.utils import translation

    with translation.override("nb"):
        buy_path = reverse("payments:buy_course", args=[course.pk])
    return {
        "id": course.pk,
        "required_minutes": -(-course.required_active_seconds // 60),
        "title": course.title,
        "path": course.url,
        "buy_path": buy_path,
        "lessons": lessons,
        "first_lesson": lessons[0]["path"],
    }


def main() -> int:
    started = time.monotonic()
    journey = Journey()
    try:
        journey.start()
        course = course_plan(journey.env)
        journey.sign_up()
        journey.buy(course)
        journey.learn(course)
        journey.certificate()
    except BaseException:
        print(
            (journey.tmp / "honcho.log").read_text()[-6000:]
            if (journey.tmp / "honcho.log").exists()
            else ""
        )
        raise
    finally:
        journey.stop()
    step(f"passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
