"""Payments state: discount and licence codes, orders, webhook events, companies, seats,
and the company's evidence pack jobs.

Plain Django models (not pages) pointing at ``courses.CoursePage``. Money is integer øre,
VAT included, as on the course pages.
"""

from .codes import AccountCode, CodeBatch, CodeRedemption, DiscountCode
from .companies import Company, CompanyMember, Seat, SeatInvitation
from .evidence import EvidencePackJob
from .membership import MemberInvitation, RecordShare
from .orders import CoursePass, Order, OrderLine, WebhookEvent
from .settings import CampaignBannerSettings

__all__ = [
    "AccountCode",
    "CampaignBannerSettings",
    "CodeBatch",
    "CodeRedemption",
    "Company",
    "CompanyMember",
    "CoursePass",
    "DiscountCode",
    "EvidencePackJob",
    "MemberInvitation",
    "Order",
    "OrderLine",
    "RecordShare",
    "Seat",
    "SeatInvitation",
    "WebhookEvent",
]
