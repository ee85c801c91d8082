"""Organisations: a company's training manager invites her staff, assigns them courses and
follows their progress (docs/architecture.md, "E-learning", "Organisations").

- **Who sees what.** Only a member with the manager role and an account (`user`) manages an
  organisation, at `/<lang>/learning/organisation/<id>/`; every view looks the organisation up
  among *hers*, and every member, assignment or export among that organisation's, so a forged
  id answers 404 and changes nothing. Staff members see nothing of it. UMAQ staff create
  organisations and their managers in the Wagtail admin (`wagtail_hooks.py`).
- **Invitations** go by email (one address, or a CSV file of addresses with optional names,
  checked line by line and written in one transaction only when every line is good), in the
  manager's language, with `/<lang>/learning/join/<invitation_key>/`. The link is accepted by a
  signed-in person whose account has the invited address among its verified addresses: a
  forwarded or leaked link cannot attach someone else's account (and progress) to the company.
- **Assignments** are stored by the course's `translation_key`. A member who has joined is
  enrolled at once (`progress.enrol`, with the manager and the due date); one who has not yet
  joined is enrolled when she joins.
- **The table** has one row per assignment: not started, in progress (with its %), completed,
  certified (a valid certificate) or overdue (due date passed, not completed), with the active
  time; in a fixed number of queries whatever the number of people and lessons. Only assigned
  courses appear: what a learner follows on her own stays hers.
"""

import csv
import datetime
import io
import tempfile
import zipfile
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.core import ratelimit
from import_export import fields

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import validate_email
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path as url_path
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from jawda.i18n import active_locale_id
from jawda.security import audit
from jawda.security.exports import SafeExportResource
from jawda.security.imports import TextWidget
from jawda.tasks import send_email

from .models import (
    Certificate,
    CourseAssignment,
    CoursePage,
    Enrolment,
    ItemProgress,
    ItemStatus,
    LessonPage,
    Organisation,
    OrganisationMember,
    OrganisationRole,
    QuizPage,
)
from .progress import ProgressError, enrol

MAX_CSV_BYTES = 1024 * 1024
MAX_CSV_ROWS = 2000
ROWS_PER_PAGE = 100
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PROGRESS_EXPORTED = "organisation_progress_exported"
CERTIFICATES_EXPORTED = "organisation_certificates_exported"
# Header cells a CSV of invitations may start with (its first line is then skipped).
EMAIL_HEADERS = {"email", "e-mail", "courriel", "adresse e-mail", "البريد الإلكتروني"}


class Status(models.TextChoices):
    NOT_STARTED = "not_started", gettext_lazy("Not started")
    IN_PROGRESS = "in_progress", gettext_lazy("In progress")
    COMPLETED = "completed", gettext_lazy("Completed")
    CERTIFIED = "certified", gettext_lazy("Certified")
    OVERDUE = "overdue", gettext_lazy("Overdue")


# ---------------------------------------------------------------------------------------------
# Whose organisation


def managed_organisations(user):
    """The organisations `user` manages (none for an anonymous visitor)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        pk__in=OrganisationMember.objects.filter(user=user, role=OrganisationRole.MANAGER).values(
            "organisation_id"
        )
    ).order_by("name", "pk")


def organisation_of(request, organisation_id):
    """Her organisation `organisation_id`, or 404 (another company's is as good as missing)."""
    return get_object_or_404(managed_organisations(request.user), pk=organisation_id)


# ---------------------------------------------------------------------------------------------
# Courses, by translation key, in the reader's language


def courses_by_key(keys=None):
    """{translation_key: CoursePage}, live, in the active language where it exists."""
    locale_id = active_locale_id()
    courses = {}
    pages = CoursePage.objects.live()
    if keys is not None:
        pages = pages.filter(translation_key__in=list(keys))
    for course in pages.order_by("title", "pk"):
        if course.translation_key not in courses or course.locale_id == locale_id:
            courses[course.translation_key] = course
    return courses


def course_items(courses):
    """{course key: {item key: estimated minutes}}: the lessons and quizzes under each course
    page (two queries whatever the number of courses and items)."""
    if not courses:
        return {}
    by_path = {course.path: key for key, course in courses.items()}
    lengths = sorted({len(path) for path in by_path})
    under = Q()
    for path in by_path:
        under |= Q(path__startswith=path)
    items = {key: {} for key in courses}
    for model in (LessonPage, QuizPage):
        rows = (
            model.objects.live()
            .filter(under)
            .values_list("path", "translation_key", "estimated_minutes")
        )
        for path, item_key, minutes in rows:
            for length in lengths:
                course_key = by_path.get(path[:length])
                if course_key is not None:
                    items[course_key][item_key] = minutes
                    break
    return items


# ---------------------------------------------------------------------------------------------
# Invitations


def invitation_url(member, language):
    with translation.override(language):
        path = reverse("courses_join", args=[member.invitation_key])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation(member, manager):
    """The invitation email, in the manager's (active) language, sent after commit."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    context = {
        "member": member,
        "organisation": member.organisation,
        "manager": manager.get_full_name() or manager.email,
        "join_url": invitation_url(member, language),
    }
    subject = render_to_string("courses/organisation/email/invitation_subject.txt", context).strip()
    body = render_to_string("courses/organisation/email/invitation.txt", context)
    transaction.on_commit(
        lambda: send_email.enqueue(
            subject=subject,
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[member.email],
        )
    )


def invite(organisation, email, name, manager):
    """Invite one person; refuses an address already invited in this organisation."""
    email = email.strip().lower()
    if organisation.members.filter(email=email).exists():
        raise ValidationError(_("%(email)s is already invited.") % {"email": email})
    try:
        with transaction.atomic():
            member = OrganisationMember.objects.create(
                organisation=organisation, email=email, name=name.strip()
            )
    except IntegrityError as error:  # invited at the same moment by another request
        raise ValidationError(_("%(email)s is already invited.") % {"email": email}) from error
    send_invitation(member, manager)
    return member


class CsvError(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def read_invitations(uploaded_file):
    """[(line, email, name)] from a UTF-8 CSV file of addresses, a name in the second column
    if any (comma, semicolon or tab; an optional header line). Raises CsvError with one
    message per bad line, or one for a file that cannot be read."""
    if uploaded_file.size is not None and uploaded_file.size > MAX_CSV_BYTES:
        raise CsvError([_("The file is too large: the limit is 1 MB.")])
    raw = uploaded_file.read(MAX_CSV_BYTES + 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None or len(raw) > MAX_CSV_BYTES or "\x00" in text:
        raise CsvError([_("This file is not a CSV file (UTF-8).")])
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    rows, errors, seen = [], [], {}
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for cells in reader:
            line = reader.line_num
            cells = [cell.strip() for cell in cells]
            if not any(cells):
                continue
            email = cells[0].lower()
            name = cells[1] if len(cells) > 1 else ""
            if not rows and not errors and email in EMAIL_HEADERS:
                continue
            try:
                validate_email(email)
            except ValidationError:
                errors.append(
                    _("Line %(line)s: “%(value)s” is not a valid email address.")
                    % {"line": line, "value": cells[0]}
                )
                continue
            if len(name) > OrganisationMember._meta.get_field("name").max_length:
                errors.append(_("Line %(line)s: the name is too long.") % {"line": line})
                continue
            if email in seen:
                errors.append(
                    _("Line %(line)s: %(email)s is already on line %(first)s.")
                    % {"line": line, "email": email, "first": seen[email]}
                )
                continue
            seen[email] = line
            rows.append((line, email, name))
    except csv.Error as error:
        raise CsvError([_("This CSV file cannot be read.")]) from error
    if errors:
        raise CsvError(errors)
    if not rows:
        raise CsvError([_("The file has no email addresses.")])
    if len(rows) > MAX_CSV_ROWS:
        raise CsvError(
            [_("The file has more than %(max)s addresses; split it.") % {"max": MAX_CSV_ROWS}]
        )
    return rows


def invite_many(organisation, rows, manager):
    """Invite every address of `rows` not yet invited, in one transaction.
    Returns (invited members, addresses already invited)."""
    existing = set(
        organisation.members.filter(email__in=[email for _line, email, _name in rows]).values_list(
            "email", flat=True
        )
    )
    invited = []
    with transaction.atomic():
        for _line, email, name in rows:
            if email in existing:
                continue
            member = OrganisationMember.objects.create(
                organisation=organisation, email=email, name=name
            )
            send_invitation(member, manager)
            invited.append(member)
    return invited, sorted(existing)


# ---------------------------------------------------------------------------------------------
# Joining


def may_accept(user, member):
    """Only with an account whose verified addresses include the invited one."""
    return EmailAddress.objects.filter(
        user=user, verified=True, email__iexact=member.email
    ).exists()


def accept(member, user):
    """She joins: the membership is hers, and her assigned courses are opened to her.
    Returns the courses that could not be opened (prerequisites missing)."""
    with transaction.atomic():
        member = OrganisationMember.objects.select_for_update().get(pk=member.pk)
        if member.user_id is not None:
            return None
        member.user = user
        member.joined_at = timezone.now()
        member.save(update_fields=["user", "joined_at"])
    return enrol_assignments(member, member.assignments.all())


def enrol_assignments(member, assignments):
    """Enrol the member in each assigned course; the titles of those refused."""
    assignments = list(assignments)
    courses = courses_by_key(a.course_key for a in assignments)
    refused = []
    for assignment in assignments:
        course = courses.get(assignment.course_key)
        if course is None:
            continue
        try:
            enrol(member.user, course, by=assignment.assigned_by, due_date=assignment.due_date)
        except ProgressError:
            refused.append(course.title)
            continue
        if assignment.due_date is None:
            # The manager took the due date away: the learner's dashboard follows.
            Enrolment.objects.filter(learner=member.user, course_key=course.translation_key).update(
                due_date=None
            )
    return refused


# ---------------------------------------------------------------------------------------------
# Assignments


def assign(organisation, members, course, due_date, manager):
    """Assign `course` to `members` (or change the due date); joined members are enrolled now.
    Returns the names of those who could not be enrolled (prerequisites missing)."""
    refused = []
    for member in members:
        assignment, _created = CourseAssignment.objects.update_or_create(
            member=member,
            course_key=course.translation_key,
            defaults={"due_date": due_date, "assigned_by": manager},
        )
        if member.user_id is not None and enrol_assignments(member, [assignment]):
            refused.append(str(member))
    return refused


# ---------------------------------------------------------------------------------------------
# The table


@dataclass
class Row:
    assignment: CourseAssignment
    member: OrganisationMember
    course: CoursePage | None
    status: str
    percent: int = 0
    active_seconds: int = 0
    completed_at: datetime.datetime | None = None
    certificate: str = ""

    @property
    def status_label(self):
        return Status(self.status).label

    @property
    def course_title(self):
        return self.course.title if self.course is not None else ""


def progress_table(organisation, course_key=None, status=None, today=None):
    """One Row per assignment of the organisation (optionally one course, one status), by
    person then course; a fixed number of queries whatever the number of people and items."""
    today = today or timezone.localdate()
    assignments = CourseAssignment.objects.filter(member__organisation=organisation)
    if course_key:
        assignments = assignments.filter(course_key=course_key)
    assignments = list(
        assignments.select_related("member").order_by("member__name", "member__email", "pk")
    )
    keys = {a.course_key for a in assignments}
    courses = courses_by_key(keys)
    items = course_items(courses)
    people = OrganisationMember.objects.filter(
        organisation=organisation, user__isnull=False
    ).values("user_id")
    enrolments = {
        (e.learner_id, e.course_key): e
        for e in Enrolment.objects.filter(learner_id__in=people, course_key__in=keys).only(
            "pk", "learner_id", "course_key", "completed_at"
        )
    }
    done, active, started = {}, {}, set()
    progress = ItemProgress.objects.filter(
        enrolment__learner_id__in=people, enrolment__course_key__in=keys
    ).values_list("enrolment_id", "item_key", "status", "active_seconds")
    for enrolment_id, item_key, item_status, seconds in progress:
        started.add(enrolment_id)
        active[enrolment_id] = active.get(enrolment_id, 0) + seconds
        if item_status == ItemStatus.DONE:
            done.setdefault(enrolment_id, set()).add(item_key)
    certificates = {
        (learner_id, key): number
        for learner_id, key, number in Certificate.objects.filter(
            learner_id__in=people, course_key__in=keys, revoked_at__isnull=True
        ).values_list("learner_id", "course_key", "number")
    }
    rows = []
    for assignment in assignments:
        member = assignment.member
        course_minutes = items.get(assignment.course_key, {})
        enrolment = enrolments.get((member.user_id, assignment.course_key))
        row = Row(
            assignment=assignment,
            member=member,
            course=courses.get(assignment.course_key),
            status=Status.NOT_STARTED,
        )
        if enrolment is not None:
            total = sum(course_minutes.values())
            finished = done.get(enrolment.pk, set())
            minutes = sum(m for key, m in course_minutes.items() if key in finished)
            row.percent = 100 * minutes // total if total else 0
            row.active_seconds = active.get(enrolment.pk, 0)
            row.completed_at = enrolment.completed_at
            row.certificate = certificates.get((member.user_id, assignment.course_key), "")
            if row.certificate:
                row.status = Status.CERTIFIED
            elif enrolment.completed_at:
                row.status = Status.COMPLETED
                row.percent = 100
            elif enrolment.pk in started:
                row.status = Status.IN_PROGRESS
        if (
            row.status in (Status.NOT_STARTED, Status.IN_PROGRESS)
            and assignment.due_date
            and assignment.due_date < today
        ):
            row.status = Status.OVERDUE
        if status and row.status != status:
            continue
        rows.append(row)
    return rows


class ProgressResource(SafeExportResource):
    """The table as a spreadsheet; names and emails were typed by people, so neutralised."""

    name = fields.Field(column_name="name", widget=TextWidget())
    email = fields.Field(column_name="email", widget=TextWidget())
    course = fields.Field(column_name="course", widget=TextWidget())
    status = fields.Field(column_name="status", widget=TextWidget())
    percent = fields.Field(column_name="percent")
    active_minutes = fields.Field(column_name="active_minutes")
    due_date = fields.Field(column_name="due_date", widget=TextWidget())
    completed_at = fields.Field(column_name="completed_at", widget=TextWidget())
    certificate = fields.Field(column_name="certificate", widget=TextWidget())

    class Meta:
        model = CourseAssignment
        fields = [
            "name",
            "email",
            "course",
            "status",
            "percent",
            "active_minutes",
            "due_date",
            "completed_at",
            "certificate",
        ]
        export_order = fields

    def dehydrate_name(self, row):
        return row.member.name

    def dehydrate_email(self, row):
        return row.member.email

    def dehydrate_course(self, row):
        return row.course_title

    def dehydrate_status(self, row):
        return str(row.status_label)

    def dehydrate_percent(self, row):
        return row.percent

    def dehydrate_active_minutes(self, row):
        return row.active_seconds // 60

    def dehydrate_due_date(self, row):
        return row.assignment.due_date.isoformat() if row.assignment.due_date else ""

    def dehydrate_completed_at(self, row):
        return timezone.localdate(row.completed_at).isoformat() if row.completed_at else ""

    def dehydrate_certificate(self, row):
        return row.certificate


def export_table(rows, file_format):
    dataset = ProgressResource().export(rows, force_native_type=file_format == "xlsx")
    content = dataset.export(file_format)
    return content.encode("utf-8") if isinstance(content, str) else content


def certificates_archive(organisation, rows):
    """A ZIP of the stored PDFs of the valid certificates in `rows`; missing files skipped.
    Returns (file object at position 0, number of PDFs)."""
    wanted = {(row.member.user_id, row.assignment.course_key) for row in rows if row.certificate}
    people = OrganisationMember.objects.filter(
        organisation=organisation, user__isnull=False
    ).values("user_id")
    certificates = Certificate.objects.filter(
        learner_id__in=people, revoked_at__isnull=True
    ).exclude(pdf="")
    # Handed to FileResponse, which closes it once sent.
    archive_file = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115
    count = 0
    with zipfile.ZipFile(archive_file, "w", zipfile.ZIP_STORED) as archive:
        for certificate in certificates.order_by("number"):
            if (certificate.learner_id, certificate.course_key) not in wanted:
                continue
            try:
                with certificate.pdf.open("rb") as pdf:
                    archive.writestr(f"{certificate.number}.pdf", pdf.read())
            except (FileNotFoundError, OSError):
                continue
            count += 1
    archive_file.seek(0)
    return archive_file, count


# ---------------------------------------------------------------------------------------------
# Forms


class InviteForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Email address"), max_length=254)
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200, required=False)


class CsvForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "One address per line, a name in the second column if you wish (UTF-8)."
        ),
    )


def course_choices(courses):
    return [(str(key), course.title) for key, course in courses.items()]


class AssignForm(forms.Form):
    course = forms.ChoiceField(label=gettext_lazy("Course"))
    due_date = forms.DateField(
        label=gettext_lazy("Due date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, courses, **kwargs):
        super().__init__(*args, **kwargs)
        self.courses = courses
        self.fields["course"].choices = [("", "—")] + course_choices(courses)

    def clean_due_date(self):
        due = self.cleaned_data.get("due_date")
        if due and due < timezone.localdate():
            raise ValidationError(_("The due date is in the past."))
        return due

    def course_page(self):
        return next(c for key, c in self.courses.items() if str(key) == self.cleaned_data["course"])


class TableFilterForm(forms.Form):
    course = forms.ChoiceField(label=gettext_lazy("Course"), required=False)
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("All"))] + Status.choices,
    )

    def __init__(self, *args, courses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [("", gettext_lazy("All"))] + course_choices(courses)

    def filters(self):
        """(course key, status); a bad value is ignored like an empty one."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return data.get("course") or None, data.get("status") or None


# ---------------------------------------------------------------------------------------------
# Views


def manage_url(organisation):
    return reverse("courses_organisation", args=[organisation.pk])


@login_required
def organisation_index(request):
    """Her organisation; a list when she manages several; 404 when she manages none."""
    organisations = list(managed_organisations(request.user))
    if not organisations:
        raise Http404
    if len(organisations) == 1:
        return redirect(manage_url(organisations[0]))
    return TemplateResponse(
        request, "courses/organisation/index.html", {"organisations": organisations}
    )


def _page(request, organisation, status=200, **forms_given):
    """The manager's page: the table (filtered), the forms, the people."""
    assigned_keys = set(
        CourseAssignment.objects.filter(member__organisation=organisation).values_list(
            "course_key", flat=True
        )
    )
    catalogue = courses_by_key()
    assigned = {key: course for key, course in catalogue.items() if key in assigned_keys}
    filter_form = TableFilterForm(request.GET or None, courses=assigned)
    course_key, status_filter = filter_form.filters()
    rows = progress_table(organisation, course_key=course_key, status=status_filter)
    page = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("page"))
    members = list(organisation.members.select_related("user").order_by("name", "email"))
    query = {"course": course_key or "", "status": status_filter or ""}
    context = {
        "organisation": organisation,
        "filter_form": filter_form,
        "rows": page,
        "row_count": len(rows),
        "query": urlencode({key: value for key, value in query.items() if value}),
        "members": members,
        "invite_form": forms_given.get("invite_form") or InviteForm(),
        "csv_form": forms_given.get("csv_form") or CsvForm(),
        "csv_errors": forms_given.get("csv_errors", []),
        "assign_form": forms_given.get("assign_form") or AssignForm(courses=catalogue),
        "formats": list(CONTENT_TYPES),
        "me": request.user,
    }
    return TemplateResponse(request, "courses/organisation/manage.html", context, status=status)


@login_required
def organisation_view(request, organisation_id):
    organisation = organisation_of(request, organisation_id)
    return _page(request, organisation)


@login_required
@require_POST
def invite_view(request, organisation_id):
    organisation = organisation_of(request, organisation_id)
    limited = ratelimit.consume_or_429(request, action="organisation_invite", user=request.user)
    if limited:
        return limited
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            member = invite(
                organisation, form.cleaned_data["email"], form.cleaned_data["name"], request.user
            )
        except ValidationError as error:
            form.add_error("email", error)
        else:
            messages.success(
                request, _("An invitation was sent to %(email)s.") % {"email": member.email}
            )
            return redirect(manage_url(organisation))
    return _page(request, organisation, status=400, invite_form=form)


@login_required
@require_POST
def import_view(request, organisation_id):
    organisation = organisation_of(request, organisation_id)
    limited = ratelimit.consume_or_429(request, action="organisation_invite", user=request.user)
    if limited:
        return limited
    form = CsvForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, organisation, status=400, csv_form=form)
    try:
        rows = read_invitations(form.cleaned_data["file"])
    except CsvError as error:
        return _page(request, organisation, status=400, csv_form=form, csv_errors=error.errors)
    invited, existing = invite_many(organisation, rows, request.user)
    messages.success(
        request,
        _("Invitations sent: %(count)s.") % {"count": len(invited)},
    )
    if existing:
        messages.info(
            request,
            _("Already invited, left as they were: %(emails)s.") % {"emails": ", ".join(existing)},
        )
    return redirect(manage_url(organisation))


@login_required
@require_POST
def assign_view(request, organisation_id):
    organisation = organisation_of(request, organisation_id)
    form = AssignForm(request.POST, courses=courses_by_key())
    ids = request.POST.getlist("members")
    try:
        ids = {int(value) for value in ids}
    except ValueError:
        return HttpResponseBadRequest()
    members = list(organisation.members.filter(pk__in=ids))
    if len(members) != len(ids):
        raise Http404  # someone else's member
    valid = form.is_valid()
    if not members:
        form.add_error(None, _("Choose at least one person."))
        valid = False
    if not valid:
        return _page(request, organisation, status=400, assign_form=form)
    course = form.course_page()
    with transaction.atomic():
        refused = assign(organisation, members, course, form.cleaned_data["due_date"], request.user)
    messages.success(
        request,
        _("%(course)s is assigned to %(count)s people.")
        % {"course": course.title, "count": len(members)},
    )
    if refused:
        messages.warning(
            request,
            _(
                "Not enrolled yet, because they have not completed the courses required first: "
                "%(names)s."
            )
            % {"names": ", ".join(refused)},
        )
    return redirect(manage_url(organisation))


@login_required
@require_POST
def unassign_view(request, organisation_id, assignment_id):
    """The assignment goes; the learner keeps her enrolment and progress (they are hers)."""
    organisation = organisation_of(request, organisation_id)
    assignment = get_object_or_404(
        CourseAssignment, pk=assignment_id, member__organisation=organisation
    )
    assignment.delete()
    messages.success(request, _("The assignment was removed."))
    return redirect(manage_url(organisation))


@login_required
@require_POST
def resend_view(request, organisation_id, member_id):
    organisation = organisation_of(request, organisation_id)
    member = get_object_or_404(OrganisationMember, pk=member_id, organisation=organisation)
    limited = ratelimit.consume_or_429(request, action="organisation_invite", user=request.user)
    if limited:
        return limited
    if member.user_id is None:
        send_invitation(member, request.user)
        messages.success(
            request, _("An invitation was sent to %(email)s.") % {"email": member.email}
        )
    return redirect(manage_url(organisation))


@login_required
@require_POST
def remove_member_view(request, organisation_id, member_id):
    """A staff member leaves the organisation (managers are changed by UMAQ in the admin)."""
    organisation = organisation_of(request, organisation_id)
    member = get_object_or_404(
        OrganisationMember, pk=member_id, organisation=organisation, role=OrganisationRole.STAFF
    )
    member.delete()
    messages.success(
        request, _("%(person)s is no longer in the organisation.") % {"person": str(member)}
    )
    return redirect(manage_url(organisation))


@login_required
def export_view(request, organisation_id, file_format):
    organisation = organisation_of(request, organisation_id)
    if file_format not in CONTENT_TYPES:
        raise Http404
    assigned = courses_by_key(
        CourseAssignment.objects.filter(member__organisation=organisation).values_list(
            "course_key", flat=True
        )
    )
    course_key, status = TableFilterForm(request.GET or None, courses=assigned).filters()
    rows = progress_table(organisation, course_key=course_key, status=status)
    content = export_table(rows, file_format)
    audit.record(
        PROGRESS_EXPORTED,
        request=request,
        target=organisation,
        after={"format": file_format, "rows": len(rows)},
    )
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    name = f"progress-{organisation.pk}-{timezone.localdate():%Y-%m-%d}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def certificates_view(request, organisation_id):
    organisation = organisation_of(request, organisation_id)
    rows = progress_table(organisation, status=Status.CERTIFIED)
    archive_file, count = certificates_archive(organisation, rows)
    audit.record(CERTIFICATES_EXPORTED, request=request, target=organisation, after={"pdf": count})
    name = f"certificates-{organisation.pk}-{timezone.localdate():%Y-%m-%d}.zip"
    response = FileResponse(
        archive_file, as_attachment=True, filename=name, content_type="application/zip"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def join_view(request, key):
    """The invitation's link: a signed-in person with the invited address accepts it (POST,
    since mail scanners follow links)."""
    member = get_object_or_404(
        OrganisationMember.objects.select_related("organisation"), invitation_key=key
    )
    context = {"member": member, "organisation": member.organisation}
    if not request.user.is_authenticated:
        return TemplateResponse(request, "courses/organisation/join.html", context)
    if member.user_id is not None and member.user_id != request.user.pk:
        raise Http404  # used by someone else: as good as unknown
    if member.user_id == request.user.pk:
        messages.info(
            request,
            _("You are already a member of %(organisation)s.")
            % {"organisation": member.organisation.name},
        )
        return redirect("courses_dashboard")
    if not may_accept(request.user, member):
        context["wrong_account"] = True
        return TemplateResponse(request, "courses/organisation/join.html", context, status=403)
    if request.method == "POST":
        if member.organisation.members.filter(user=request.user).exists():
            messages.info(
                request,
                _("You are already a member of %(organisation)s.")
                % {"organisation": member.organisation.name},
            )
            return redirect("courses_dashboard")
        try:
            refused = accept(member, request.user)
        except IntegrityError:  # she joined through another invitation at the same moment
            return redirect("courses_dashboard")
        messages.success(
            request,
            _("Welcome to %(organisation)s. Your assigned courses are in your learning space.")
            % {"organisation": member.organisation.name},
        )
        if refused:
            messages.warning(
                request,
                _("Complete these courses first: %(courses)s.") % {"courses": ", ".join(refused)},
            )
        return redirect("courses_dashboard")
    return TemplateResponse(request, "courses/organisation/join.html", context)


# Under /<lang>/learning/ (courses/urls.py).
urlpatterns = [
    url_path("organisation/", organisation_index, name="courses_organisation_index"),
    url_path("organisation/<int:organisation_id>/", organisation_view, name="courses_organisation"),
    url_path(
        "organisation/<int:organisation_id>/invite/",
        invite_view,
        name="courses_organisation_invite",
    ),
    url_path(
        "organisation/<int:organisation_id>/import/",
        import_view,
        name="courses_organisation_import",
    ),
    url_path(
        "organisation/<int:organisation_id>/assign/",
        assign_view,
        name="courses_organisation_assign",
    ),
    url_path(
        "organisation/<int:organisation_id>/assignments/<int:assignment_id>/remove/",
        unassign_view,
        name="courses_organisation_unassign",
    ),
    url_path(
        "organisation/<int:organisation_id>/members/<int:member_id>/resend/",
        resend_view,
        name="courses_organisation_resend",
    ),
    url_path(
        "organisation/<int:organisation_id>/members/<int:member_id>/remove/",
        remove_member_view,
        name="courses_organisation_remove_member",
    ),
    url_path(
        "organisation/<int:organisation_id>/export.<str:file_format>",
        export_view,
        name="courses_organisation_export",
    ),
    url_path(
        "organisation/<int:organisation_id>/certificates.zip",
        certificates_view,
        name="courses_organisation_certificates",
    ),
    url_path("join/<uuid:key>/", join_view, name="courses_join"),
]
