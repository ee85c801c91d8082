import time

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .middleware import LOGIN_TIME_KEY


@receiver(user_logged_in, dispatch_uid="jawda-record-login-time")
def record_login_time(sender, request, user, **kwargs):
    """Start the session's absolute lifetime (see SessionLifetimeMiddleware)."""
    if request is not None and hasattr(request, "session"):
        request.session[LOGIN_TIME_KEY] = int(time.time())
