"""Messages of Django and its add-ons that their Arabic catalogues lack.

Django falls back to the default language (French) for a message missing in Arabic, so an
Arabic page would show French. Listing the message here keeps it in `locale/`, where our
translation takes precedence over the add-on's.
"""

from django.utils.translation import ngettext_lazy

MISSING_IN_ARABIC = [
    # Django 5.2 changed this message; its Arabic catalogue has only the former wording.
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
]
