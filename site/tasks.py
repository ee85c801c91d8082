"""Background work shared by the site: emails now, PDFs later (django-tasks)."""

import base64

from django_tasks import task

from django.core.mail import EmailMultiAlternatives


@task()
def send_email(subject, body, from_email, to, html=None, attachments=()):
    """Send one email. Task arguments must be JSON: attachments are
    (filename, base64 content, MIME type) triples."""
    message = EmailMultiAlternatives(subject, body, from_email, to)
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, base64.b64decode(content), mimetype)
    message.send()


def attachment(filename, content, mimetype):
    return (filename, base64.b64encode(content).decode("ascii"), mimetype)
