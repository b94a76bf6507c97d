import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from .models import Enrolment, User


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    full_name = factory.Faker("name", locale="no_NO")
    password = factory.PostGenerationMethodCall("set_password", "secret-pass-123")

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )
        if create:
            self.save()


class EnrolmentFactory(factory.django.DjangoModelFactory):
    """A learner's enrolment in ``course`` (required); ``completed=True`` for a
    finished one, credited with the course's hours."""

    user = factory.SubFactory(UserFactory)
    course = None
    course_key = factory.LazyAttribute(lambda o: o.course.translation_key)
    source = Enrolment.Source.FREE

    class Meta:
        model = Enrolment

    class Params:
        completed = factory.Trait(
            status=Enrolment.Status.COMPLETED,
            completed_at=factory.LazyFunction(timezone.now),
            hours_credited=factory.LazyAttribute(lambda o: o.course.hours),
        )
