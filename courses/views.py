"""The learner's side: course pages with her progress, lessons, quizzes, "Mon apprentissage".

Course content is public to read; progress is recorded for a signed-in learner enrolled in the
course. Sequential courses open an item to an enrolled learner once the previous ones are done.
"""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from jawda.i18n import active_locale_id

from .models import CoursePage, Enrolment, QuizPage
from .progress import (
    ProgressError,
    attempts_of,
    clause_mastery,
    course_of,
    course_state,
    enrol,
    heartbeat,
    outline,
    questions_of,
    record_view,
    start_attempt,
    submit_attempt,
)

# ---------------------------------------------------------------------------------------------
# Course page


def modules_with_items(course, state):
    modules = []
    current = None
    for item in state.items:
        parent_path = item.path[: -Page.steplen]
        if current is None or current["path"] != parent_path:
            current = {"path": parent_path, "items": []}
            modules.append(current)
        current["items"].append(
            {
                "page": item,
                "status": state.status_of(item),
                "locked": state.enrolment is not None and not state.is_unlocked(item),
            }
        )
    titles = dict(
        Page.objects.filter(path__in=[module["path"] for module in modules]).values_list(
            "path", "title"
        )
    )
    for module in modules:
        module["title"] = titles.get(module["path"], "")
    return modules


def course_context(request, course):
    state = course_state(request.user, course)
    resume = state.resume_item() if state.enrolment else None
    return {
        "state": state,
        "modules": modules_with_items(course, state),
        "resume_url": resume.url if resume else None,
        "total_minutes": sum(item.estimated_minutes for item in state.items),
    }


def enrol_view(request, course):
    if request.method != "POST":
        return redirect(course.url)
    if not request.user.is_authenticated:
        return redirect(f"/{request.LANGUAGE_CODE}/accounts/login/?next={course.url}")
    try:
        enrol(request.user, course)
    except ProgressError as error:
        messages.error(request, str(error))
        return redirect(course.url)
    messages.success(request, _("You are enrolled. Your progress is saved as you go."))
    state = course_state(request.user, course)
    first = state.resume_item()
    return redirect(first.url if first else course.url)


# ---------------------------------------------------------------------------------------------
# Lessons and quizzes


def item_gate(request, item):
    """Send an enrolled learner back to the course when a sequential course keeps this item
    closed; record that she opened it otherwise."""
    if not request.user.is_authenticated or request.method != "GET":
        return None
    if getattr(request, "is_preview", False):
        return None
    course = course_of(item)
    if course is None:
        return None
    state = course_state(request.user, course)
    if state.enrolment is None:
        return None
    if not state.is_unlocked(item):
        messages.info(request, _("Finish the previous lessons first: this one is not open yet."))
        return redirect(course.url)
    record_view(request.user, item)
    return None


def item_context(request, item):
    course = course_of(item)
    if course is None:
        return {}
    items = outline(course)
    state = course_state(request.user, course, items=items)
    keys = [i.translation_key for i in items]
    position = keys.index(item.translation_key) if item.translation_key in keys else 0
    context = {
        "course": course,
        "state": state,
        "previous_item": items[position - 1] if position > 0 else None,
        "next_item": items[position + 1] if position + 1 < len(items) else None,
        "item_status": state.status_of(item),
        "heartbeat_url": item.url + item.reverse_subpage("heartbeat"),
        "resume_seconds": (
            state.rows[item.translation_key].video_seconds
            if item.translation_key in state.rows
            else 0
        ),
    }
    if isinstance(item, QuizPage) and state.enrolment is not None:
        attempts = attempts_of(state.enrolment, item)
        context["attempts"] = attempts
        context["attempts_left"] = max(item.max_attempts - len(attempts), 0)
        open_attempt = next((a for a in attempts if a.submitted_at is None), None)
        if open_attempt is not None:
            context["attempt"] = open_attempt
            context["attempt_form"] = AttemptForm(questions_of(open_attempt, item.locale))
        context["attempt_url"] = item.url + item.reverse_subpage("attempt")
        last = next((a for a in reversed(attempts) if a.submitted_at), None)
        if last is not None:
            context["last_attempt"] = last
            context["last_questions"] = questions_of(last, item.locale)
    return context


def heartbeat_view(request, item):
    if request.method != "POST":
        return JsonResponse(
            {"error": {"code": "method_not_allowed", "message": "POST"}}, status=405
        )
    if not request.user.is_authenticated:
        return JsonResponse(
            {"error": {"code": "not_authenticated", "message": str(_("Sign in first."))}},
            status=401,
        )
    try:
        payload = json.loads(request.body or b"{}")
        video = payload.get("video_seconds")
        if video is not None and (not isinstance(video, int | float) or not 0 <= video < 86400):
            raise ValueError
    except (ValueError, AttributeError):
        return JsonResponse(
            {"error": {"code": "invalid", "message": str(_("The request is invalid."))}},
            status=400,
        )
    try:
        row = heartbeat(request.user, item, None if video is None else int(video))
    except ProgressError as error:
        return JsonResponse({"error": {"code": "refused", "message": str(error)}}, status=409)
    return JsonResponse(
        {
            "status": row.status,
            "active_seconds": row.active_seconds,
            "video_seconds": row.video_seconds,
        }
    )


class AttemptForm(forms.Form):
    """One field per question drawn; radio buttons or checkboxes by the question's kind."""

    def __init__(self, questions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            choices = [(block.id, block.value["text"]) for block in question.choices]
            name = f"q-{question.translation_key}"
            if question.kind == "multiple":
                self.fields[name] = forms.MultipleChoiceField(
                    label=question.text,
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    required=False,
                )
            else:
                self.fields[name] = forms.ChoiceField(
                    label=question.text, choices=choices, widget=forms.RadioSelect, required=False
                )

    def answers(self):
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(f"q-{question.translation_key}")
            if value:
                answers[str(question.translation_key)] = (
                    value if isinstance(value, list) else [value]
                )
        return answers


def quiz_attempt_view(request, quiz):
    """POST without answers starts (or resumes) an attempt; POST with `submit` scores it."""
    if request.method != "POST":
        return redirect(quiz.url)
    if not request.user.is_authenticated:
        return redirect(f"/{request.LANGUAGE_CODE}/accounts/login/?next={quiz.url}")
    try:
        if "submit" not in request.POST:
            start_attempt(request.user, quiz)
            return redirect(quiz.url)
        course = course_of(quiz)
        enrolment = Enrolment.objects.get(learner=request.user, course_key=course.translation_key)
        attempt = enrolment.attempts.filter(
            quiz_key=quiz.translation_key, submitted_at__isnull=True
        ).first()
        if attempt is None:
            messages.info(request, _("This attempt was already submitted."))
            return redirect(quiz.url)
        form = AttemptForm(questions_of(attempt, quiz.locale), request.POST)
        if not form.is_valid():
            context = quiz.get_context(request)
            context["attempt_form"] = form
            return TemplateResponse(request, quiz.get_template(request), context, status=400)
        attempt = submit_attempt(request.user, quiz, attempt, form.answers())
    except (ProgressError, Enrolment.DoesNotExist) as error:
        messages.error(
            request,
            str(error) if isinstance(error, ProgressError) else _("Enrol in the course first."),
        )
        return redirect(quiz.url)
    if attempt.passed:
        messages.success(request, _("Quiz passed with %(score)s%%.") % {"score": attempt.score})
    else:
        messages.warning(
            request,
            _("Score: %(score)s%%. The pass mark is %(mark)s%%.")
            % {"score": attempt.score, "mark": quiz.pass_mark},
        )
    return redirect(quiz.url + "#result")


# ---------------------------------------------------------------------------------------------
# Mon apprentissage


@login_required
def dashboard(request):
    enrolments = list(request.user.enrolments.order_by("-last_seen_at", "-enrolled_at"))
    keys = [e.course_key for e in enrolments]
    locale_id = active_locale_id()
    courses = {}
    for course in (
        CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale")
    ):
        if course.translation_key not in courses or course.locale_id == locale_id:
            courses[course.translation_key] = course
    in_progress, completed = [], []
    for enrolment in enrolments:
        course = courses.get(enrolment.course_key)
        if course is None:
            continue
        state = course_state(request.user, course)
        resume = state.resume_item()
        row = {
            "course": course,
            "enrolment": enrolment,
            "state": state,
            "resume_url": resume.url if resume else course.url,
            "mastery": clause_mastery(enrolment),
        }
        (completed if enrolment.completed_at else in_progress).append(row)
    return TemplateResponse(
        request,
        "courses/dashboard.html",
        {"in_progress": in_progress, "completed": completed},
    )
