"""An editor who may edit a page but not publish it is told so, and who approves."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import HelpPanel
from wagtail.models import GroupPagePermission, Page

MAX_NAMES = 6


def publishers(page: Page) -> list[str]:
    """Names of the people who may publish ``page`` (groups with publish permission on
    it or a page above it, then superusers), at most ``MAX_NAMES``."""
    step = Page.steplen
    ancestors = [page.path[:i] for i in range(step, len(page.path) + 1, step)]
    groups = GroupPagePermission.objects.filter(
        permission__codename="publish_page", page__path__in=ancestors
    ).values("group_id")
    people = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__in=groups) | Q(is_superuser=True))
        .distinct()
        .order_by("-is_superuser", "full_name", "email")[:MAX_NAMES]
    )
    return [person.get_full_name() or person.email for person in people]


class PublishRightsPanel(HelpPanel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", gettext_lazy("Publishing"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self):
            page = self.instance
            if page is None or not page.pk or self.request is None:
                return False
            return not page.permissions_for_user(self.request.user).can_publish()

        def get_context_data(self, parent_context=None):
            page = self.instance
            workflow = page.get_workflow()
            names = publishers(page)
            lines = [_("You can save drafts of this page, but not publish it.")]
            if workflow is not None:
                lines.append(
                    _(
                        "“Submit for moderation” sends it through the workflow "
                        "“%(workflow)s”; you get a message when it is approved or "
                        "comes back with comments."
                    )
                    % {"workflow": workflow.name}
                )
            if names:
                lines.append(
                    _("Who can approve and publish it: %(names)s.")
                    % {"names": ", ".join(names)}
                )
            self.content = format_html(
                '<div class="help-block help-info">{}</div>',
                format_html_join("", "<p>{}</p>", ((line,) for line in lines)),
            )
            return super().get_context_data(parent_context)
