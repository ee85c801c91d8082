from allauth.account.adapter import DefaultAccountAdapter

from django.utils.translation import get_language

from .tasks import send_email


class AccountAdapter(DefaultAccountAdapter):
    """allauth's adapter: emails sent from a task, and the visitor kept in her language."""

    def get_logout_redirect_url(self, request):
        # allauth would send her to "/", where the browser's language decides.
        return f"/{get_language()}/"

    def send_mail(self, template_prefix, email, context):
        # Rendered now, in the request's language; only plain strings cross to the task.
        message = self.render_mail(template_prefix, email, context)
        html = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            None,
        )
        send_email.enqueue(
            subject=message.subject,
            body=message.body,
            from_email=message.from_email,
            to=list(message.to),
            html=html,
        )
