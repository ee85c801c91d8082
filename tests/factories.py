import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from jawda.models import Profile, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@entreprise.ma")
    first_name = "Nadia"
    last_name = "Alaoui"
    password = factory.django.Password("a-long-enough-Passw0rd")

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    organisation_name = "Atlas Qualité SARL"


def with_totp(user):
    """Give `user` an authenticator app (TOTP), as after setting up two-factor authentication."""
    TOTP.activate(user, generate_totp_secret())
    return user


def _in_ninety_days():
    import datetime

    from django.utils import timezone

    return timezone.localdate() + datetime.timedelta(days=90)


class RoadmapActionFactory(factory.django.DjangoModelFactory):
    """An action of a committee's or commission's roadmap; pass `page`."""

    class Meta:
        model = "committees.RoadmapAction"

    title_fr = factory.Sequence(lambda n: f"Action {n}")
    title_ar = factory.Sequence(lambda n: f"الإجراء {n}")
    owner = "UMAQ"
    partners = "CCIS"
    due_date = factory.LazyFunction(_in_ninety_days)
    status = "in_progress"
    percent = 50
