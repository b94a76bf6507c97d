"""Payments state: discount and licence codes, orders, webhook events, companies, seats,
the company's evidence pack jobs, and its roles and required training.

Plain Django models (not pages) pointing at ``courses.CoursePage``. Money is integer øre,
VAT included, as on the course pages.
"""

from .codes import AccountCode, CodeBatch, CodeRedemption, DiscountCode
from .companies import Company, CompanyMember, Seat, SeatInvitation
from .digest import DigestDelivery, DigestOptOut
from .evidence import EvidencePackJob
from .hours import ExternalHours, ShorterProgrammeAgreement
from .invoices import Invoice
from .membership import MemberInvitation, RecordShare
from .orders import CoursePass, Order, OrderLine, WebhookEvent
from .settings import CampaignBannerSettings
from .training import (
    CompanyRole,
    Department,
    MemberPlacement,
    MemberRole,
    PendingRole,
    RoleRequirement,
    TrainingAssignment,
)

__all__ = [
    "AccountCode",
    "CampaignBannerSettings",
    "CodeBatch",
    "CodeRedemption",
    "Company",
    "CompanyMember",
    "CompanyRole",
    "CoursePass",
    "Department",
    "DigestDelivery",
    "DigestOptOut",
    "DiscountCode",
    "EvidencePackJob",
    "ExternalHours",
    "Invoice",
    "MemberInvitation",
    "MemberPlacement",
    "MemberRole",
    "Order",
    "OrderLine",
    "PendingRole",
    "RecordShare",
    "RoleRequirement",
    "Seat",
    "SeatInvitation",
    "ShorterProgrammeAgreement",
    "TrainingAssignment",
    "WebhookEvent",
]
