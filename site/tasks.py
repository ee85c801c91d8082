"""Background work shared by the site: emails now, PDFs later (django-tasks)."""

from django_tasks import task

from django.core.mail import EmailMultiAlternatives


@task()
def send_email(subject, body, from_email, to, html=None):
    message = EmailMultiAlternatives(subject, body, from_email, to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
