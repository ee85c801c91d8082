"""Certificates in the Wagtail admin: list and inspect (read-only), revoke with a reason, and
re-issue with a corrected name.

Holders of `courses.view_certificate` or `courses.revoke_certificate` see them; only the
latter may revoke or re-issue (re-issuing revokes the old number). Nothing can be added,
edited or deleted here: a certificate is issued by the rules, and a revoked one stays. Each
revocation and re-issue is written to the audit log.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from jawda.security.audit import record

from .certificates import (
    CERTIFICATE_REVOKED,
    CertificateError,
    CertificateNameForm,
    reissue_certificate,
)
from .models import Certificate


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """View (with the view or the revoke permission) and revoke; never add, change, delete."""

    def user_has_permission(self, user, action):
        if action == "view":
            return super().user_has_permission(user, "view") or super().user_has_permission(
                user, "revoke"
            )
        if action == "revoke":
            return super().user_has_permission(user, "revoke")
        return False

    def users_with_any_permission(self, actions):
        actions = [a for a in actions if a in ("view", "revoke")]
        if "view" in actions:
            actions.append("revoke")
        return super().users_with_any_permission(actions)


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


class StatusColumn(Column):
    def get_value(self, instance):
        return _("Valid") if instance.is_valid else _("Revoked")


class CertificateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("revoke"):
            if instance.is_valid:
                buttons.append(
                    MenuItem(
                        _("Revoke"),
                        url=reverse("certificates_admin:revoke", args=[instance.pk]),
                        icon_name="warning",
                        priority=40,
                    )
                )
            buttons.append(
                MenuItem(
                    _("Re-issue"),
                    url=reverse("certificates_admin:reissue", args=[instance.pk]),
                    icon_name="rotate",
                    priority=50,
                )
            )
        return buttons


class CertificateInspectView(InspectView):
    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        if self.user_has_permission("revoke"):
            if self.object.is_valid:
                buttons.append(
                    HeaderButton(
                        _("Revoke"),
                        url=reverse("certificates_admin:revoke", args=[self.object.pk]),
                        icon_name="warning",
                    )
                )
            buttons.append(
                HeaderButton(
                    _("Re-issue"),
                    url=reverse("certificates_admin:reissue", args=[self.object.pk]),
                    icon_name="rotate",
                )
            )
        return buttons


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revocation"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        help_text=_("Shown on the public verification page."),
        error_messages={"required": _("Give the reason for revoking this certificate.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Give the reason for revoking this certificate."))
        return reason


class ReissueForm(CertificateNameForm, RevokeForm):
    """The corrected name, and why the old number is revoked (shown on its verification page)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].label = _("Name on the certificate")
        self.fields["name_ar"].label = _("Name in Arabic script (optional)")
        self.fields["reason"].label = _("Why the old certificate is replaced")


class CertificateFormView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """A form about one certificate, for holders of the revoke permission."""

    model = Certificate
    permission_required = "revoke"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(Certificate, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("certificates_admin:index"),
                "label": Certificate._meta.verbose_name_plural.capitalize(),
            },
            {
                "url": reverse("certificates_admin:inspect", args=[self.object.pk]),
                "label": str(self.object),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["cancel_url"] = reverse("certificates_admin:inspect", args=[self.object.pk])
        return context


class RevokeView(CertificateFormView):
    form_class = RevokeForm
    template_name = "courses/certificates/admin_revoke.html"
    page_title = _("Revoke")
    header_icon = "warning"

    def form_valid(self, form):
        reason = form.cleaned_data["reason"]
        now = timezone.now()
        revoked = Certificate.objects.filter(pk=self.object.pk, revoked_at__isnull=True).update(
            revoked_at=now, revoked_reason=reason, revoked_by=self.request.user
        )
        if revoked:
            record(
                CERTIFICATE_REVOKED,
                target=self.object,
                before={"valid": True},
                after={"valid": False, "reason": reason, "revoked_at": now},
                request=self.request,
            )
            messages.success(
                self.request,
                _("Certificate %(number)s revoked.") % {"number": self.object.number},
            )
        else:
            messages.warning(
                self.request,
                _("Certificate %(number)s was already revoked.") % {"number": self.object.number},
            )
        return redirect("certificates_admin:inspect", self.object.pk)


class ReissueView(CertificateFormView):
    form_class = ReissueForm
    template_name = "courses/certificates/admin_reissue.html"
    page_title = _("Re-issue")
    header_icon = "rotate"

    def get_initial(self):
        return {"name": self.object.name, "name_ar": self.object.name_ar}

    def form_valid(self, form):
        try:
            new = reissue_certificate(
                self.object,
                name=form.cleaned_data["name"],
                name_ar=form.cleaned_data["name_ar"],
                reason=form.cleaned_data["reason"],
                request=self.request,
            )
        except CertificateError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Certificate %(new)s issued; %(old)s is revoked.")
            % {"new": new.number, "old": self.object.number},
        )
        return redirect("certificates_admin:inspect", new.pk)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    name = "certificates_admin"
    url_prefix = "certificates"
    icon = "doc-full"
    menu_label = _("Certificates")
    menu_order = 275
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    list_display = ["number", "name", "course_title_fr", "issued_at", StatusColumn("status")]
    list_filter = ["issued_at", "revoked_at"]
    search_fields = ["number", "name", "name_ar", "course_title_fr", "course_title_ar"]
    search_backend_name = None
    inspect_view_fields = [
        "number",
        "name",
        "name_ar",
        "learner",
        "course_title_fr",
        "course_title_ar",
        "standard",
        "issued_at",
        "verification_key",
        "revoked_at",
        "revoked_reason",
        "revoked_by",
    ]

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit, delete, history or usage views: their URLs do not exist.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("revoke/<int:pk>/", RevokeView.as_view(), name="revoke"),
            path("reissue/<int:pk>/", ReissueView.as_view(), name="reissue"),
        ]


@hooks.register("register_admin_viewset")
def register_certificates_admin():
    return CertificateViewSet()
