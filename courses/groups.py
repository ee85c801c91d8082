"""The "Training administrators" group: the UMAQ staff who run e-learning in the admin.

They create the companies' organisations and their members, see, revoke and re-issue
certificates, and keep the question banks; course pages stay with the editors' workflow. The
group is created or completed after every `migrate` (post_migrate), so a new deployment has
it without a manual step. Its members need a second factor (JAWDA_MFA_REQUIRED_GROUPS).
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

TRAINING_ADMINISTRATORS = "Training administrators"
COURSES_PERMISSIONS = [
    "add_organisation",
    "change_organisation",
    "view_organisation",
    "add_organisationmember",
    "change_organisationmember",
    "delete_organisationmember",
    "view_organisationmember",
    "view_certificate",
    "revoke_certificate",
    "add_question",
    "change_question",
    "delete_question",
    "view_question",
]


def ensure_training_group(using="default", **kwargs):
    # This app's post_migrate handler may run before django.contrib.auth's, which creates the
    # model permissions (INSTALLED_APPS lists the project's apps first): create them now.
    create_permissions(apps.get_app_config("courses"), verbosity=0, using=using)
    group, _created = Group.objects.using(using).get_or_create(name=TRAINING_ADMINISTRATORS)
    permissions = Permission.objects.using(using).filter(
        Q(content_type__app_label="courses", codename__in=COURSES_PERMISSIONS)
        | Q(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    group.permissions.add(*permissions)
    return group
