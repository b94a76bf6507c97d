"""Choice lists shared by the answer key (Wagtail admin), the workspace and scoring.

The stored codes are language-neutral; labels go through gettext so the learner and the
instructor each see them in their own language.
"""

from django.utils.translation import gettext_lazy as _

DEVIATION_KINDS = [
    ("primary", _("Primary deviation")),
    ("secondary", _("Secondary deviation")),
    ("distractor", _("Distractor (not a deviation)")),
]
LEARNER_FACT_KINDS = [
    ("", _("Not a deviation")),
    ("primary", _("Primary deviation")),
    ("secondary", _("Secondary deviation")),
]
RESPONSIBLE_PARTIES = [
    ("employer", _("Employer / top management")),
    ("manager", _("Nearest leader")),
    ("worker", _("The worker")),
    ("colleague", _("Colleague or other staff")),
    ("contractor", _("Contractor, supplier or landlord")),
]
MTO_TAGS = [
    ("M", _("M – human")),
    ("T", _("T – technology")),
    ("O", _("O – organisation")),
]
REPORT_TYPES = [
    ("hendelse", _("Incident (hendelse)")),
    ("nestenulykke", _("Near miss (nestenulykke)")),
    ("forhold", _("Unsafe condition (forhold)")),
    ("forbedringsforslag", _("Improvement proposal (forbedringsforslag)")),
]
CATEGORIES = [
    ("vold", _("Violence and threats")),
    ("fall", _("Falls, slips and trips")),
    ("fallende", _("Falling objects")),
    ("kjemikalier", _("Chemicals")),
    ("brann", _("Fire")),
    ("miljo", _("Environmental spill")),
    ("stoy", _("Noise")),
    ("ergonomi", _("Ergonomics")),
    ("psykososialt", _("Psychosocial")),
    ("maskiner", _("Machines and equipment")),
]
SEVERITIES = [
    ("lav", _("Low")),
    ("middels", _("Medium")),
    ("hoy", _("High")),
]
ACTION_TYPES = [
    ("immediate", _("Immediate (strakstiltak)")),
    ("corrective", _("Corrective (korrigerende)")),
    ("preventive", _("Preventive (forebyggende)")),
]
CONTROL_LEVELS = [
    ("eliminate", _("Remove the hazard")),
    ("substitute", _("Substitute")),
    ("collective", _("Collective / technical protection")),
    ("organisational", _("Organisational measure")),
    ("ppe", _("Personal protective equipment")),
]
# Levels that protect everyone; personal protective equipment comes after these.
COLLECTIVE_LEVELS = {"eliminate", "substitute", "collective"}
CASE_STEPS = [
    ("registered", _("Registered")),
    ("processing", _("Being processed")),
    ("analysis", _("Root-cause analysis")),
    ("actions", _("Actions open")),
    ("evaluation", _("Awaiting evaluation")),
    ("closed", _("Closed")),
]
INFORMED_PARTIES = [
    ("leader", _("Nearest leader")),
    ("verneombud", _("Safety representative (verneombud)")),
    ("amu", _("Working environment committee (AMU)")),
]
CRITERION_CODES = [
    ("event", _("Event kept apart from deviation")),
    ("primary", _("Primary deviation, requirement and responsible party")),
    ("secondary", _("Secondary deviations found, distractors avoided")),
    ("causes", _("Causal depth and M, T, O")),
    ("facts", _("Claims supported by scenario facts")),
    ("report", _("Report type, category and severity")),
    ("actions", _("Actions linked to deviations, collective before PPE")),
    ("followup", _("Follow-up: responsible, deadline, effect check, informed")),
    ("manual", _("Judged by the instructor only")),
]
LEVELS = [
    (0, _("0 – missing")),
    (1, _("1 – superficial or wrong level")),
    (2, _("2 – correct but incomplete")),
    (3, _("3 – complete and justified")),
]
