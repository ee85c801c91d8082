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
