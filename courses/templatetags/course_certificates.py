"""The certificate's place on the course page and on "Mon apprentissage"."""

from django import template
from django.utils.translation import get_language

from courses.certificates import CertificateNameForm, initial_name, refusal
from courses.models import Certificate

register = template.Library()


def course_title(certificate):
    """The frozen course title in the reader's language."""
    if get_language() == "ar" and certificate.course_title_ar:
        return certificate.course_title_ar
    return certificate.course_title_fr


@register.inclusion_tag("courses/certificates/panel.html", takes_context=True)
def certificate_panel(context, state):
    """On the course page, once the course is completed: her certificate, the form to claim
    it, or what is still missing. One query."""
    user = context["request"].user
    enrolment = state.enrolment
    if enrolment is None or enrolment.completed_at is None or not state.course.certificate:
        return {"show": False}
    certificates = list(
        Certificate.objects.filter(learner=user, course_key=state.course.translation_key)
    )
    valid = next((c for c in certificates if c.is_valid), None)
    revoked = next((c for c in certificates if not c.is_valid), None)
    reason = None if valid or revoked else refusal(state)
    return {
        "show": True,
        "course": state.course,
        "certificate": valid,
        "revoked": revoked if valid is None else None,
        "reason": reason,
        "form": (
            CertificateNameForm(initial=initial_name(user))
            if valid is None and revoked is None and reason is None
            else None
        ),
    }


@register.inclusion_tag("courses/certificates/dashboard_section.html", takes_context=True)
def certificates_section(context, completed):
    """Her certificates (valid and revoked), and the form for each completed course whose
    certificate she has not claimed yet. One query, whatever the number of courses."""
    user = context["request"].user
    certificates = list(user.certificates.order_by("-issued_at"))
    for certificate in certificates:
        certificate.title = course_title(certificate)
    claimed = {c.course_key for c in certificates}
    to_claim = [
        {"course": row["course"], "form": CertificateNameForm(initial=initial_name(user))}
        for row in completed
        if row["course"].translation_key not in claimed and refusal(row["state"]) is None
    ]
    return {"certificates": certificates, "to_claim": to_claim, "request": context["request"]}
