"""Certificates: issued when the course's rules are met, numbered, frozen, verifiable, revocable.

Rules (docs/architecture.md, "E-learning"):

- A certificate is issued when the course gives one (`CoursePage.certificate`), the enrolment
  is completed and every quiz of the course has a best score of at least the course's pass
  mark. The learner confirms the name to print (and, if she wishes, its Arabic spelling);
  nothing is issued without her confirmation.
- One valid certificate per learner and course (a partial unique constraint): issuing again
  returns the one she has. A revoked certificate stays, and she cannot issue herself a new one
  for that course; staff can re-issue it (a corrected name): the old number is revoked with
  the reason, and the new one is issued under the next number (`reissue_certificate`).
- Numbers are `JAW-<year>-<6 digits>`, sequential per year (Morocco time). The next number is
  the year's highest plus one; the unique constraint on the number turns a race into an
  IntegrityError, and the loser takes the next number.
- What the certificate says is frozen at issue time: the name, both course titles (the French
  and Arabic versions of the course page, found by `translation_key`), the standard, and the
  PDF, rendered once with WeasyPrint and stored in private storage. Downloads send the stored
  file; it is rendered again only if it was never stored (rendering failed at issue time).
"""

import base64
import logging
import re
from pathlib import Path

import qrcode
import qrcode.image.svg

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe

from jawda.i18n import active_locale_id, local_date
from jawda.security.audit import record

from .models import Certificate, CoursePage, QuizPage
from .progress import course_state

logger = logging.getLogger(__name__)

NUMBER_PREFIX = "JAW"
# Each loss of a race costs one retry; far more than concurrent issuing will ever need.
NUMBER_ATTEMPTS = 50

CERTIFICATE_REVOKED = "certificate_revoked"
CERTIFICATE_REISSUED = "certificate_reissued"
CERTIFICATE_DOWNLOADED_BY_STAFF = "certificate_downloaded_by_staff"


class CertificateError(Exception):
    """A certificate that cannot be issued; the message is for the learner."""


# ---------------------------------------------------------------------------------------------
# Rules


def refusal(state):
    """Why `state`'s learner cannot have the course's certificate, or None when she can.

    Reads only the CourseState (no query), so a dashboard of many courses stays flat.
    """
    course = state.course
    if not course.certificate:
        return _("This course does not lead to a certificate.")
    enrolment = state.enrolment
    if enrolment is None or enrolment.completed_at is None:
        return _("Complete every lesson and quiz of the course first.")
    for item in state.items:
        if isinstance(item, QuizPage):
            row = state.rows.get(item.translation_key)
            if row is None or row.best_score is None or row.best_score < course.pass_mark:
                return _("The certificate needs every quiz passed with at least %(mark)s%%.") % {
                    "mark": course.pass_mark
                }
    return None


def course_versions(course):
    """The course's live French and Arabic versions (not aliases), by language code."""
    versions = {}
    for page in (
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key, alias_of__isnull=True)
        .select_related("locale")
    ):
        versions[page.locale.language_code] = page
    return versions


def verification_url(certificate, language=None):
    """The absolute address of the public verification page (the QR code's target)."""
    with translation.override(language or translation.get_language() or "fr"):
        url = reverse("certificates_verify", args=[certificate.verification_key])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


# ---------------------------------------------------------------------------------------------
# Issuing


def _next_number(year):
    prefix = f"{NUMBER_PREFIX}-{year}-"
    last = Certificate.objects.filter(number__startswith=prefix).aggregate(last=Max("number"))[
        "last"
    ]
    sequence = int(last[len(prefix) :]) + 1 if last else 1
    return f"{prefix}{sequence:06d}"


def valid_certificate(user, course_key):
    return Certificate.objects.filter(
        learner=user, course_key=course_key, revoked_at__isnull=True
    ).first()


def issue_certificate(user, course, name, name_ar=""):
    """Issue `user`'s certificate for `course` with the name she confirmed.

    Returns (certificate, created). Idempotent: a learner who has a valid certificate for the
    course gets it back, whatever name she gives. Raises CertificateError when the rules are
    not met or her certificate for this course was revoked.
    """
    existing = list(Certificate.objects.filter(learner=user, course_key=course.translation_key))
    for certificate in existing:
        if certificate.is_valid:
            return certificate, False
    if existing:
        raise CertificateError(
            _("Your certificate for this course was revoked. Contact us if it is a mistake.")
        )
    reason = refusal(course_state(user, course))
    if reason is not None:
        raise CertificateError(reason)

    versions = course_versions(course)
    french = versions.get("fr", course)
    arabic = versions.get("ar")
    certificate, created = _create_numbered(
        learner=user,
        course_key=course.translation_key,
        course_title_fr=french.title,
        course_title_ar=arabic.title if arabic else "",
        standard=french.standard,
        name=name,
        name_ar=name_ar,
    )
    if created:
        _store_pdf_or_log(certificate)
    return certificate, created


def _create_numbered(**fields):
    """Create a certificate under the year's next number; return (certificate, created)."""
    for _attempt in range(NUMBER_ATTEMPTS):
        now = timezone.now()
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    number=_next_number(timezone.localdate(now).year), issued_at=now, **fields
                )
        except IntegrityError:
            # Either her other request issued it (return that one), or another learner's
            # took the number (take the next).
            certificate = valid_certificate(fields["learner"], fields["course_key"])
            if certificate is not None:
                return certificate, False
            continue
        return certificate, True
    raise CertificateError(_("The certificate could not be numbered. Please try again."))


def _store_pdf_or_log(certificate):
    try:
        store_pdf(certificate, language=translation.get_language() or settings.LANGUAGE_CODE)
    except Exception:
        # The certificate stands; its PDF is rendered at the first download instead.
        logger.exception("certificate PDF failed", extra={"certificate": certificate.number})


def reissue_certificate(certificate, *, name, name_ar, reason, request):
    """Replace `certificate` by a new one with the name corrected; return the new certificate.

    The old one is revoked with `reason` (if it was not already), so that its QR code says so;
    the course titles and standard stay those frozen at the first issue. Staff only: the
    learner met the rules when the first one was issued. Audited.
    """
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        other = (
            Certificate.objects.filter(
                learner=old.learner_id, course_key=old.course_key, revoked_at__isnull=True
            )
            .exclude(pk=old.pk)
            .first()
        )
        if other is not None:
            raise CertificateError(
                _("This learner already holds certificate %(number)s for this course.")
                % {"number": other.number}
            )
        if old.is_valid:
            old.revoked_at, old.revoked_reason = timezone.now(), reason
            old.revoked_by = request.user
            old.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
        new, _created = _create_numbered(
            learner=old.learner,
            course_key=old.course_key,
            course_title_fr=old.course_title_fr,
            course_title_ar=old.course_title_ar,
            standard=old.standard,
            name=name,
            name_ar=name_ar,
        )
        record(
            CERTIFICATE_REISSUED,
            target=new,
            before={"number": old.number, "name": old.name, "name_ar": old.name_ar},
            after={"number": new.number, "name": name, "name_ar": name_ar, "reason": reason},
            request=request,
        )
    _store_pdf_or_log(new)
    return new


# ---------------------------------------------------------------------------------------------
# PDF


FONT_FILES = ("fonts/NotoSansArabic-Regular.woff2", "fonts/NotoSansArabic-Bold.woff2")


def _font_urls():
    return [Path(finders.find(name)).resolve().as_uri() for name in FONT_FILES]


def _qr_data_uri(url):
    image = qrcode.make(
        url,
        image_factory=qrcode.image.svg.SvgPathImage,
        box_size=10,
        border=0,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
    )
    svg = image.to_string()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def render_pdf(certificate, language=None):
    """The certificate as a PDF (bytes): one A4 landscape page, French and Arabic side by side.

    Only the project's fonts and the inline QR code may be loaded: any other URL is refused.
    """
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fonts = _font_urls()

    class LocalFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url in fonts or url.startswith("data:image/svg+xml;base64,"):
                return super().fetch(url, headers)
            raise ValueError(f"refused: {url[:80]}")

    url = verification_url(certificate, language)
    context = {
        "certificate": certificate,
        "font_regular": fonts[0],
        "font_bold": fonts[1],
        "qr_code": _qr_data_uri(url),
        "verification_url": url,
        "date_fr": local_date(certificate.issued_at, language="fr"),
        "date_ar": local_date(certificate.issued_at, language="ar"),
        "title_ar": certificate.course_title_ar or certificate.course_title_fr,
        "name_ar": certificate.name_ar or certificate.name,
    }
    with translation.override("fr"):
        html = render_to_string("courses/certificates/pdf.html", context)
    return HTML(string=html, url_fetcher=LocalFetcher()).write_pdf()


def store_pdf(certificate, language=None):
    """Render and store the PDF unless one is stored already; return the stored file's name.

    Two concurrent calls may both render, but only the first stored name is kept (the
    conditional UPDATE), and the loser's file is deleted.
    """
    if certificate.pdf:
        return certificate.pdf.name
    data = render_pdf(certificate, language)
    field = certificate.pdf.field
    name = field.storage.save(
        field.generate_filename(certificate, f"{certificate.number}.pdf"), ContentFile(data)
    )
    stored = Certificate.objects.filter(pk=certificate.pk, pdf="").update(pdf=name)
    if not stored:
        field.storage.delete(name)
        certificate.refresh_from_db(fields=["pdf"])
    else:
        certificate.pdf.name = name
    return certificate.pdf.name


# ---------------------------------------------------------------------------------------------
# The learner's form


ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")


class CertificateNameForm(forms.Form):
    name = forms.CharField(
        label=_("Your name as it should appear on the certificate"),
        max_length=Certificate._meta.get_field("name").max_length,
        error_messages={
            "required": _("Give your name as it should appear on the certificate."),
            "max_length": _("The name is too long: at most %(limit_value)d characters."),
        },
    )
    name_ar = forms.CharField(
        label=_("Your name in Arabic script (optional)"),
        max_length=Certificate._meta.get_field("name_ar").max_length,
        required=False,
        error_messages={
            "max_length": _("The name is too long: at most %(limit_value)d characters."),
        },
        widget=forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
    )

    @staticmethod
    def _tidy(value):
        # One space between words, no control characters.
        return " ".join("".join(c for c in value if c.isprintable()).split())

    def clean_name(self):
        name = self._tidy(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(
                _("Give your name as it should appear on the certificate."), code="required"
            )
        return name

    def clean_name_ar(self):
        name = self._tidy(self.cleaned_data.get("name_ar", ""))
        if name and (not ARABIC_LETTER.search(name) or LATIN_LETTER.search(name)):
            raise forms.ValidationError(
                _("Write this name in Arabic letters, or leave it empty."), code="script"
            )
        return name


def initial_name(user):
    return {"name": user.get_full_name().strip()}


def _course_for(course_key):
    """The live course with this translation key, in the reader's language when it exists."""
    locale_id = active_locale_id()
    chosen = None
    for course in CoursePage.objects.live().filter(
        translation_key=course_key, alias_of__isnull=True
    ):
        if chosen is None or course.locale_id == locale_id:
            chosen = course
    return chosen


@login_required
@require_http_methods(["GET", "POST"])
def claim_view(request, course_key):
    """The name form (GET), then the certificate (POST), for a learner who meets the rules."""
    course = _course_for(course_key)
    if course is None:
        raise Http404
    existing = valid_certificate(request.user, course.translation_key)
    if existing is not None:
        return redirect("courses_dashboard")
    state = course_state(request.user, course)
    reason = refusal(state)
    if reason is not None:
        messages.info(request, reason)
        return redirect(course.url)
    if request.method == "POST":
        form = CertificateNameForm(request.POST)
        if form.is_valid():
            try:
                _certificate, created = issue_certificate(
                    request.user,
                    course,
                    form.cleaned_data["name"],
                    form.cleaned_data["name_ar"],
                )
            except CertificateError as error:
                messages.error(request, str(error))
                return redirect(course.url)
            if created:
                messages.success(request, _("Your certificate is ready."))
            return redirect(reverse("courses_dashboard") + "#certificates")
    else:
        form = CertificateNameForm(initial=initial_name(request.user))
    return TemplateResponse(
        request,
        "courses/certificates/claim.html",
        {"course": course, "form": form},
        status=400 if form.is_bound else 200,
    )


# ---------------------------------------------------------------------------------------------
# Download and verification


def can_manage(user):
    return user.is_staff and user.has_perm("courses.revoke_certificate")


@require_safe
@login_required
def download_view(request, number):
    """The stored PDF, to the learner herself (while valid) or to staff who may revoke.

    Everyone else gets a 404, whether or not the certificate exists.
    """
    certificate = Certificate.objects.filter(number=number).first()
    if certificate is None:
        raise Http404
    user = request.user
    own = certificate.learner_id == user.pk and certificate.is_valid
    if not own:
        if not can_manage(user):
            raise Http404
        record(CERTIFICATE_DOWNLOADED_BY_STAFF, target=certificate, request=request)
    store_pdf(certificate)  # Only when it was never stored.
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"{certificate.number}.pdf",
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def verify_view(request, key):
    """Public: valid or revoked (why and when), with the name, the course, the date, the
    number. Nothing else about the learner."""
    certificate = (
        Certificate.objects.filter(verification_key=key)
        .only(
            "number",
            "name",
            "name_ar",
            "course_title_fr",
            "course_title_ar",
            "standard",
            "issued_at",
            "revoked_at",
            "revoked_reason",
        )
        .first()
    )
    if certificate is None:
        raise Http404
    arabic = translation.get_language() == "ar"
    response = TemplateResponse(
        request,
        "courses/certificates/verify.html",
        {
            "certificate": certificate,
            "course_title": (arabic and certificate.course_title_ar) or certificate.course_title_fr,
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    patch_cache_control(response, no_cache=True, max_age=0)
    return response


urlpatterns = [
    path(
        "learning/certificates/claim/<uuid:course_key>/",
        claim_view,
        name="certificates_claim",
    ),
    path(
        "learning/certificates/<str:number>/download/",
        download_view,
        name="certificates_download",
    ),
    path(
        "certificates/verify/<uuid:key>/",
        verify_view,
        name="certificates_verify",
    ),
]
