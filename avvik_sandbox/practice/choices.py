"""Choice lists of the practice world. Codes are stored; labels follow the reader's
language."""

from django.utils.translation import gettext_lazy as _

KINDS = [
    ("municipality", _("Municipality")),
    ("private", _("Private company")),
]

# The categories a municipal deviation system offers (QM+-like), not the scenario key's.
CATEGORIES = [
    ("vold", _("Violence and threats")),
    ("fall", _("Falls, slips and trips")),
    ("belastning", _("Strain and heavy lifting")),
    ("psykososialt", _("Psychosocial work environment")),
    ("materiell", _("Damage to equipment or buildings")),
    ("stikk", _("Cuts, stabs and needle injuries")),
    ("kjemikalier", _("Chemicals and exposure")),
    ("brann", _("Fire and near-fire")),
    ("kjoretoy", _("Vehicles and traffic")),
    ("annet", _("Other")),
]

ROLES = [
    ("worker", _("Worker")),
    ("leader", _("Nearest leader")),
    ("verneombud", _("Safety representative (verneombud)")),
    ("amu", _("AMU member")),
    ("hms_adviser", _("HMS adviser")),
    ("top_leader", _("Top leader (daglig leder / kommunedirektør)")),
]

# What kind of work a department does decides which deviations it reports.
PROFILES = [
    ("care", _("Health and care")),
    ("school", _("Schools and kindergartens")),
    ("technical", _("Technical services")),
    ("culture", _("Culture and leisure")),
    ("office", _("Administration")),
    ("warehouse", _("Warehouse")),
    ("workshop", _("Workshop")),
]

ACTION_KINDS = [
    ("immediate", _("Immediate measure")),
    ("corrective", _("Corrective action")),
    ("preventive", _("Preventive action")),
]

QUARTERS = [
    ("", _("Whole year")),
    ("1", _("January–March")),
    ("2", _("April–June")),
    ("3", _("July–September")),
    ("4", _("October–December")),
]
