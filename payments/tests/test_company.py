"""Companies and seats: registration, buying seats, inviting (one or CSV), accepting."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lms.factories import UserFactory
from lms.models import Enrolment
from payments.exceptions import SeatError
from payments.factories import CoursePassFactory
from payments.models import Company, CompanyMember, Order, Seat, SeatInvitation
from payments.products import Product
from payments.services import companies as company_services
from payments.services import fulfilment, invitations
from payments.services import orders as order_services
from payments.validators import org_nr_is_valid, validate_org_nr

from .helpers import in_language, order_for, pay_dev, product_key, seats_bought

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("914778271", True),
        ("974 760 673", True),  # Brønnøysundregistrene
        ("NO 974760673 MVA", True),
        ("914778272", False),  # wrong check digit
        ("12345678", False),  # eight digits
        ("1234567890", False),
        ("abcdefghi", False),
    ],
)
def test_org_nr_mod_11(value, valid):
    assert org_nr_is_valid(value) is valid


def test_org_nr_errors_say_what_is_wrong():
    with pytest.raises(ValidationError) as short:
        validate_org_nr("12345678")
    assert "nine digits" in short.value.messages[0]
    with pytest.raises(ValidationError) as wrong:
        validate_org_nr("914778272")
    assert "check digit" in wrong.value.messages[0]


def test_registering_a_company_makes_the_user_its_admin(client, buyer, site):
    client.force_login(buyer)
    url = "/en/company/"
    bad = client.post(
        url,
        {
            "name": "Feil AS",
            "org_nr": "914 778 272",
            "billing_email": "f@example.org",
        },
    )
    assert "the check digit is wrong" in bad.content.decode()
    assert not Company.objects.exists()
    good = client.post(
        url,
        {
            "name": "Riktig AS",
            "org_nr": "914 778 271",
            "billing_email": "Faktura@Riktig.example.org",
            "invoice_reference": "PO 55",
        },
    )
    company = Company.objects.get()
    assert good["Location"] == f"/en/company/{company.pk}/"
    assert company.org_nr == "914778271"
    assert CompanyMember.objects.get(company=company, user=buyer).role == "admin"
    menu = client.get("/en/dashboard/").content.decode()
    assert 'href="/en/company/"' in menu and ">Company<" in menu


def test_other_users_cannot_open_a_companys_page(client, company, buyer):
    client.force_login(buyer)
    assert client.get(f"/en/company/{company.pk}/").status_code == 404


def test_buying_seats_through_the_same_checkout(
    company_admin_client, company, company_admin, paid_course, dev_mode
):
    response = company_admin_client.post(
        reverse("payments:company_buy", args=[company.pk]),
        {"product": product_key(paid_course), "quantity": 3},
    )
    order = Order.objects.get(company=company)
    assert response["Location"] == reverse(
        "payments:dev_gateway", args=[order.public_id]
    )
    (line,) = order.lines.all()
    assert (line.quantity, line.unit_price_ore, line.total_ore) == (3, 149000, 447000)
    assert order.vat_ore == 89400
    company_admin_client.post(response["Location"] + "pay/")
    assert Seat.objects.filter(company=company, status="free").count() == 3
    # The buyer is not enrolled: seats are for employees.
    assert not Enrolment.objects.filter(user=company_admin).exists()
    (receipt,) = mail.outbox
    assert set(receipt.to) == {company_admin.email, "faktura@testbygg.example.org"}
    assert "914778271" in receipt.body and "PO-777" in receipt.body
    page = company_admin_client.get(f"/en/company/{company.pk}/").content.decode()
    assert paid_course.title in page


def test_company_admins_can_buy_seats_from_the_course_page(
    company_admin_client, company, paid_course, dev_mode
):
    page = company_admin_client.get(paid_course.url).content.decode()
    assert reverse("payments:company_buy", args=[company.pk]) in page
    assert (
        in_language("Seats for employees of %(name)s") % {"name": "Testbygg AS"} in page
    )


def test_inviting_one_employee_holds_a_seat_and_sends_the_link(
    company_admin_client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 2, company_admin)
    mail.outbox.clear()
    response = company_admin_client.post(
        f"/en/company/{company.pk}/invite/",
        {
            "product": product_key(paid_course),
            "email": "Ansatt@Example.org",
            "name": "Ola",
        },
    )
    assert response.status_code == 302
    invitation = SeatInvitation.objects.get()
    assert invitation.email == "ansatt@example.org"
    assert invitation.seat.status == Seat.Status.INVITED
    (message,) = mail.outbox
    assert message.to == ["ansatt@example.org"]
    assert f"/invite/{invitation.token}/" in message.body
    again = company_admin_client.post(
        f"/en/company/{company.pk}/invite/",
        {"product": product_key(paid_course), "email": "ansatt@example.org"},
    )
    assert "already has an invitation waiting" in again.content.decode()


def test_no_invitation_without_a_free_seat(company, company_admin, paid_course):
    seats_bought(company, paid_course, 1, company_admin)
    product = Product(course=paid_course)
    invitations.seat_invite(
        company=company, product=product, email="a@example.org", actor=company_admin
    )
    with pytest.raises(SeatError, match="no free seats"):
        invitations.seat_invite(
            company=company, product=product, email="b@example.org", actor=company_admin
        )


def test_the_employee_accepts_and_lands_in_the_course(
    client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 1, company_admin)
    invitation = invitations.seat_invite(
        company=company,
        product=Product(course=paid_course),
        email="ansatt@example.org",
        actor=company_admin,
    )
    url = f"/nb/invite/{invitation.token}/"
    anonymous = client.get(url).content.decode()
    assert "Testbygg AS" in anonymous and paid_course.title in anonymous
    assert f"/nb/accounts/signup/?next=/nb/invite/{invitation.token}/" in anonymous
    employee = UserFactory(email="privat@example.org")
    client.force_login(employee)
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == paid_course.lessons[0].url
    seat = Seat.objects.get()
    assert (seat.status, seat.holder) == (Seat.Status.USED, employee)
    assert Enrolment.objects.get(user=employee).source == Enrolment.Source.SEAT
    assert CompanyMember.objects.get(company=company, user=employee).role == "employee"
    # Pressing accept again is harmless.
    assert client.post(url).status_code == 302
    # The link does not work for somebody else.
    other = UserFactory()
    client.force_login(other)
    again = client.post(url, follow=True)
    assert (
        in_language("This invitation has already been used.") in again.content.decode()
    )
    assert not Enrolment.objects.filter(user=other).exists()


def test_revoke_and_reassign_an_unused_seat(
    company_admin_client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 1, company_admin)
    first = invitations.seat_invite(
        company=company,
        product=Product(course=paid_course),
        email="first@example.org",
        actor=company_admin,
    )
    company_admin_client.post(
        f"/en/company/{company.pk}/invitations/{first.pk}/revoke/"
    )
    first.refresh_from_db()
    assert first.status == SeatInvitation.Status.REVOKED
    assert first.seat.status == Seat.Status.FREE
    second = invitations.seat_invite(
        company=company,
        product=Product(course=paid_course),
        email="second@example.org",
        actor=company_admin,
    )
    company_admin_client.post(
        f"/en/company/{company.pk}/invitations/{second.pk}/reassign/",
        {"email": "third@example.org"},
    )
    third = SeatInvitation.objects.get(email="third@example.org")
    assert third.seat_id == second.seat_id == first.seat_id
    assert third.status == SeatInvitation.Status.PENDING
    # The withdrawn links no longer give a seat.
    user = UserFactory()
    with pytest.raises(SeatError, match="withdrawn"):
        invitations.seat_invitation_accept(token=second.token, user=user)
    invitations.seat_invitation_accept(token=third.token, user=user)
    with pytest.raises(SeatError):
        invitations.seat_invitation_revoke(invitation=third, actor=company_admin)


def test_someone_who_already_has_the_course_keeps_the_seat_free(
    company, company_admin, buyer, paid_course
):
    pay_dev(order_for(buyer, paid_course))
    seats_bought(company, paid_course, 1, company_admin)
    invitation = invitations.seat_invite(
        company=company,
        product=Product(course=paid_course),
        email=buyer.email,
        actor=company_admin,
    )
    with pytest.raises(SeatError, match="already have this course"):
        invitations.seat_invitation_accept(token=invitation.token, user=buyer)
    assert Seat.objects.get(company=company).status == Seat.Status.INVITED


def test_a_seat_is_never_given_twice(company, company_admin, paid_course):
    seats_bought(company, paid_course, 2, company_admin)
    product = Product(course=paid_course)
    users = [UserFactory() for _i in range(3)]
    company_services.seat_claim(company=company, product=product, user=users[0])
    company_services.seat_claim(
        company=company, product=product, user=users[0]
    )  # idempotent
    company_services.seat_claim(company=company, product=product, user=users[1])
    with pytest.raises(SeatError, match="no free seats left"):
        company_services.seat_claim(company=company, product=product, user=users[2])
    assert Seat.objects.filter(status="used").count() == 2
    assert Enrolment.objects.filter(course_key=paid_course.translation_key).count() == 2


def test_a_pass_seat_opens_every_course(company, company_admin, site, paid_course):
    from courses.factories import course_with_lessons

    other, _ = course_with_lessons(site["catalogue"], price_ore=249000)
    course_pass = CoursePassFactory()
    order = order_services.order_create(
        user=company_admin,
        product=Product(course_pass=course_pass),
        quantity=2,
        company=company,
    )
    pay_dev(order)
    invitation = invitations.seat_invite(
        company=company,
        product=Product(course_pass=course_pass),
        email="alle@example.org",
        actor=company_admin,
    )
    employee = UserFactory()
    invitations.seat_invitation_accept(token=invitation.token, user=employee)
    keys = set(
        Enrolment.objects.filter(user=employee).values_list("course_key", flat=True)
    )
    assert {paid_course.translation_key, other.translation_key} <= keys


def test_passes_and_seats_are_for_companies_only(buyer, paid_course):
    from payments.exceptions import OrderError

    with pytest.raises(OrderError):
        order_services.order_create(
            user=buyer, product=Product(course=paid_course), quantity=3
        )
    with pytest.raises(OrderError):
        order_services.order_create(
            user=buyer, product=Product(course_pass=CoursePassFactory())
        )


def test_refunding_a_seat_order_voids_its_seats_and_withdraws_holders(
    company, company_admin, paid_course
):
    order = seats_bought(company, paid_course, 2, company_admin)
    holder = UserFactory()
    company_services.seat_claim(
        company=company, product=Product(course=paid_course), user=holder
    )
    invitations.seat_invite(
        company=company,
        product=Product(course=paid_course),
        email="waiting@example.org",
        actor=company_admin,
    )
    fulfilment.order_refund(order=order, actor=company_admin, reason="test")
    assert set(Seat.objects.values_list("status", flat=True)) == {"void"}
    assert Enrolment.objects.get(user=holder).status == Enrolment.Status.WITHDRAWN
    assert SeatInvitation.objects.get().status == SeatInvitation.Status.REVOKED


def test_the_company_page_counts_seats_in_few_queries(
    company_admin_client,
    company,
    company_admin,
    paid_course,
    django_assert_max_num_queries,
):
    seats_bought(company, paid_course, 30, company_admin)
    product = Product(course=paid_course)
    for i in range(10):
        invitations.seat_invite(
            company=company,
            product=product,
            email=f"p{i}@example.org",
            actor=company_admin,
        )
    for _i in range(10):
        company_services.seat_claim(
            company=company, product=product, user=UserFactory()
        )
    with django_assert_max_num_queries(40):
        page = company_admin_client.get(f"/en/company/{company.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert (
        '<td class="num">30</td><td class="num">10</td><td class="num">10</td>' in html
    )
    assert "<strong>10</strong>" in html


def test_revoking_and_re_inviting_cannot_flood_an_inbox(
    company_admin_client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 1, company_admin)
    mail.outbox.clear()
    product = Product(course=paid_course)
    for _round in range(invitations.SEAT_INVITATIONS_PER_RECIPIENT_PER_DAY):
        invitation = invitations.seat_invite(
            company=company, product=product, email="victim@example.org", actor=None
        )
        invitations.seat_invitation_revoke(invitation=invitation, actor=None)
    response = company_admin_client.post(
        f"/en/company/{company.pk}/invite/",
        {"product": product_key(paid_course), "email": "victim@example.org"},
    )
    assert "has been sent several invitations today" in response.content.decode()
    assert SeatInvitation.objects.filter(email="victim@example.org").count() == (
        invitations.SEAT_INVITATIONS_PER_RECIPIENT_PER_DAY
    )


def test_one_free_seat_is_said_in_the_singular_in_norwegian(
    client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 1, company_admin)
    client.force_login(company_admin)
    file = SimpleUploadedFile(
        "ansatte.csv", b"a@example.org\nb@example.org\n", content_type="text/csv"
    )
    response = client.post(
        f"/nb/company/{company.pk}/invite/csv/",
        {"product": product_key(paid_course), "file": file},
    )
    html = response.content.decode()
    assert "men bare 1 plass er ledig" in html
