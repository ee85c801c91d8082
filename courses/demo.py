"""The e-learning demo, built by `seed_demo`: the catalogue "Formation en ligne" with the course
NM ISO 9001:2015 (5 modules, 9 lessons, 4 quizzes) and a short introduction to NM ISO 14001, in
French and Arabic; their question banks (translated snippets whose answers keep their block
ids); and people following them: a learner halfway through NM ISO 9001 in Arabic, and Atlas
Agro-Industrie, whose training manager follows five staff members. The text is in
`demo_content.py`.

Like the rest of the demo it creates only what is missing: pages are found by slug under their
parent, questions by a translation key made from their bank and position, people by email
address, and a history is written only for someone who has none; running it again changes
nothing.

The histories go through the services the site uses (`progress`, `organisations`,
`certificates`), never by writing rows: the heartbeat service counts active time from the gaps
between heartbeats, so the people learn on a simulated clock, in the weeks before the demo is
built.
"""

import contextlib
import dataclasses
import datetime
import math
import random
import uuid
from collections import defaultdict
from unittest import mock

from allauth.account.models import EmailAddress

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from jawda.demo import DemoBuilder
from jawda.models import Profile, Region, Sector, User

from . import demo_content as content
from .certificates import issue_certificate
from .models import (
    Certificate,
    CompletionRule,
    CourseCatalogPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    Organisation,
    OrganisationMember,
    OrganisationRole,
    Question,
    QuizPage,
)
from .organisations import accept, assign, invite_many
from .progress import (
    IDLE_CUTOFF_SECONDS,
    enrol,
    heartbeat,
    outline,
    questions_of,
    record_view,
    start_attempt,
    submit_attempt,
)

# These accounts exist only in the demo database; seed_demo refuses to run in production.
LEARNER_EMAIL = "apprenante@jawda.ma"
LEARNER_PASSWORD = "demo-apprenante-2026"  # noqa: S105
MANAGER_EMAIL = "formation@atlas.example.ma"
MANAGER_PASSWORD = "demo-formation-2026"  # noqa: S105
STAFF_PASSWORD = MANAGER_PASSWORD

# For seed_demo's list of accounts.
ACCOUNTS = [
    {
        "role": "learner (Arabic, NM ISO 9001)",
        "email": LEARNER_EMAIL,
        "password": LEARNER_PASSWORD,
    },
    {
        "role": "training manager (Atlas Agro-Ind.)",
        "email": MANAGER_EMAIL,
        "password": MANAGER_PASSWORD,
    },
]

# Questions have no slug: their translation key, derived from the bank and the position in
# it, finds them again.
QUESTION_KEYS = uuid.UUID("5b0f6a52-3c1e-4b8e-9d1a-7f2c4e6a9b10")

# The course whose people the demo follows.
FOLLOWED_COURSE = content.ISO_9001["slug"]


@dataclasses.dataclass
class Summary:
    courses: int
    modules: int
    lessons: int
    quizzes: int
    questions: int
    translated_questions: int
    enrolments: int
    certificates: int
    staff: int

    def __str__(self):
        return (
            f"E-learning: {self.courses} courses ({self.modules} modules, {self.lessons} "
            f"lessons, {self.quizzes} quizzes), each in French and Arabic; {self.questions} "
            f"questions, {self.translated_questions} of them translated into Arabic. "
            f"Learners: {self.enrolments} enrolments, {self.certificates} certificate(s); "
            f"Atlas Agro-Industrie: a training manager and {self.staff} staff members."
        )


def seed(home):
    """Build the e-learning demo under the French home page `home` and its translation."""
    builder = _Builder(home)
    with transaction.atomic():
        builder.build()
    return summary()


def summary():
    def french(model):
        return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)

    organisation = Organisation.objects.filter(name=content.ORGANISATION["name"]).first()
    return Summary(
        courses=french(CoursePage).count(),
        modules=french(ModulePage).count(),
        lessons=french(LessonPage).count(),
        quizzes=french(QuizPage).count(),
        questions=french(Question).count(),
        translated_questions=Question.objects.filter(locale__language_code="ar").count(),
        enrolments=Enrolment.objects.count(),
        certificates=Certificate.objects.count(),
        staff=(
            organisation.members.filter(role=OrganisationRole.STAFF).count() if organisation else 0
        ),
    )


# ---------------------------------------------------------------------------------------------
# Text to blocks


def inline(text):
    """Escaped text, `**words**` in bold."""
    parts = escape(text).split("**")
    return "".join(f"<b>{part}</b>" if odd else part for odd, part in _alternate(parts))


def _alternate(parts):
    return ((index % 2 == 1, part) for index, part in enumerate(parts))


def rich_text(elements):
    html = []
    for element in elements:
        if isinstance(element, str):
            html.append(f"<p>{inline(element)}</p>")
            continue
        tag, value = element
        if tag in ("ul", "ol"):
            items = "".join(f"<li>{inline(item)}</li>" for item in value)
            html.append(f"<{tag}>{items}</{tag}>")
        else:
            html.append(f"<{tag}>{inline(value)}</{tag}>")
    return RichText("".join(html))


def lesson_body(elements):
    """The lesson's StreamField blocks: text runs, callouts and "check your understanding"."""
    blocks, text = [], []

    def flush():
        if text:
            blocks.append(("paragraph", rich_text(text)))
            text.clear()

    for element in elements:
        kind = element[0] if isinstance(element, tuple) else None
        if kind in ("tip", "warning", "example"):
            flush()
            blocks.append(
                ("callout", {"kind": kind, "text": RichText(f"<p>{inline(element[1])}</p>")})
            )
        elif kind == "check":
            flush()
            _kind, question, choices = element
            blocks.append(
                (
                    "check",
                    {
                        "question": question,
                        "choices": [
                            {"text": answer, "correct": correct, "feedback": feedback}
                            for correct, answer, feedback in choices
                        ],
                    },
                )
            )
        else:
            text.append(element)
    flush()
    return blocks


def bullet_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


# ---------------------------------------------------------------------------------------------
# A clock for the people's past


class SimulatedClock:
    """What `timezone.now()` returns while the demo people learn: a moment in the past, moved
    on by hand, and never past `limit` (the real time when the demo is built)."""

    def __init__(self, start, limit):
        self.current = min(start, limit)
        self.limit = limit

    def now(self):
        return self.current

    def advance(self, **delta):
        self.current = min(self.current + datetime.timedelta(**delta), self.limit)

    def move_to(self, moment):
        self.current = min(max(moment, self.current), self.limit)


@contextlib.contextmanager
def simulated_time(start):
    limit = timezone.now() - datetime.timedelta(minutes=1)
    clock = SimulatedClock(start, limit)
    with mock.patch("django.utils.timezone.now", clock.now):
        yield clock


@contextlib.contextmanager
def no_emails():
    """Drop the emails queued for after the commit: the addresses are made up."""
    connection = transaction.get_connection()
    with transaction.atomic():
        queued = len(connection.run_on_commit)
        yield
        del connection.run_on_commit[queued:]


# ---------------------------------------------------------------------------------------------


class _Builder(DemoBuilder):
    def __init__(self, home):
        super().__init__(home)
        # The real day (the people's past is written on a simulated clock).
        self.today = timezone.localdate()
        # The same draws of questions whenever the demo is built.
        self.random = random.Random(2026)  # noqa: S311 (not for security)

    def build(self):
        catalogue = self.catalogue()
        courses = {spec["slug"]: self.course(catalogue, spec) for spec in content.COURSES}
        for bank, questions in content.QUESTIONS.items():
            self.questions(bank, questions)
        course = courses[FOLLOWED_COURSE]
        self.learner(course)
        self.organisation(course)

    def morning(self, days_ago, hour=9):
        """`days_ago` days before the real today, at `hour` (Morocco time)."""
        day = self.today - datetime.timedelta(days=days_ago)
        return timezone.make_aware(
            datetime.datetime.combine(day, datetime.time(hour)), timezone.get_default_timezone()
        )

    # -- pages

    def child(self, model, parent, slug):
        return model.objects.child_of(parent).filter(slug=slug).first()

    def catalogue(self):
        spec = content.CATALOGUE
        # One catalogue per home page, whatever its slug.
        catalogue = CourseCatalogPage.objects.child_of(self.home).first()
        if catalogue is None:
            catalogue = self.add(
                self.home,
                CourseCatalogPage(slug=spec["slug"], show_in_menus=True, **spec["fr"]),
            )
        catalogue_ar = self.translate(catalogue, spec["ar"])
        self.add_to_menu(catalogue, spec["replaces_in_menu"])
        self.add_to_menu(catalogue_ar, spec["replaces_in_menu"])
        return catalogue

    def course(self, catalogue, spec):
        def fields(language):
            texts = spec[language]
            return {
                "title": texts["title"],
                "summary": texts["summary"],
                "audience": texts["audience"],
                "objectives": bullet_list(texts["objectives"]),
                "prerequisites": texts["prerequisites"],
            }

        course = self.child(CoursePage, catalogue, spec["slug"])
        if course is None:
            course = self.add(
                catalogue,
                CoursePage(
                    slug=spec["slug"],
                    standard=spec["standard"],
                    level=spec["level"],
                    sequential=spec["sequential"],
                    certificate=spec["certificate"],
                    pass_mark=spec["pass_mark"],
                    **fields("fr"),
                ),
            )
        self.translate(course, fields("ar"))
        for module_spec in spec["modules"]:
            module = self.child(ModulePage, course, module_spec["slug"])
            if module is None:
                module = self.add(course, ModulePage(slug=module_spec["slug"], **module_spec["fr"]))
            self.translate(module, module_spec["ar"])
            for item in module_spec["items"]:
                if item["type"] == "lesson":
                    self.lesson(module, item)
                else:
                    self.quiz(module, item, spec["bank"])
        return CoursePage.objects.get(pk=course.pk)

    def lesson(self, module, spec):
        page = self.child(LessonPage, module, spec["slug"])
        if page is None:
            minimum = spec.get("minimum_active_minutes")
            page = self.add(
                module,
                LessonPage(
                    slug=spec["slug"],
                    title=spec["fr"]["title"],
                    estimated_minutes=spec["minutes"],
                    completion=CompletionRule.ACTIVE_TIME if minimum else CompletionRule.VIEWED,
                    minimum_active_minutes=minimum,
                    body=lesson_body(spec["fr"]["body"]),
                ),
            )
        self.translate(
            page, {"title": spec["ar"]["title"], "body": lesson_body(spec["ar"]["body"])}
        )

    def quiz(self, module, spec, bank):
        page = self.child(QuizPage, module, spec["slug"])
        if page is None:
            page = self.add(
                module,
                QuizPage(
                    slug=spec["slug"],
                    bank=bank,
                    clauses=spec["clauses"],
                    question_count=spec["question_count"],
                    random_draw=spec["random_draw"],
                    pass_mark=spec["pass_mark"],
                    max_attempts=spec["max_attempts"],
                    estimated_minutes=spec["minutes"],
                    **spec["fr"],
                ),
            )
        self.translate(page, spec["ar"])

    # -- question banks

    def questions(self, bank, specs):
        """Each question in French, then its Arabic translation with the same answer block
        ids (an attempt records block ids, and is scored in either language)."""
        for number, (clause, kind, texts, choices, explanations) in enumerate(specs, start=1):
            key = uuid.uuid5(QUESTION_KEYS, f"{bank}/{number}")
            french = Question.objects.filter(translation_key=key, locale=self.fr).first()
            if french is None:
                french = Question(
                    translation_key=key,
                    locale=self.fr,
                    bank=bank,
                    clause=clause,
                    kind=kind,
                    text=texts[0],
                    explanation=explanations[0],
                    choices=[
                        ("choice", {"text": answer, "correct": correct, "feedback": ""})
                        for correct, answer, _arabic in choices
                    ],
                )
                french.clean()
                french.save()
                french = Question.objects.get(pk=french.pk)
            if Question.objects.filter(translation_key=key, locale=self.ar).exists():
                continue
            arabic = french.copy_for_translation(self.ar)
            arabic.text = texts[1]
            arabic.explanation = explanations[1]
            arabic.choices = [
                {
                    "type": "choice",
                    "id": block.id,
                    "value": {"text": answer, "correct": correct, "feedback": ""},
                }
                for block, (correct, _french, answer) in zip(french.choices, choices, strict=True)
            ]
            arabic.clean()
            arabic.save()

    # -- people

    def account(self, email, password, person, company, language=None):
        """A demo account that can sign in: verified address, profile with its company."""
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=password,
                first_name=person["first_name"],
                last_name=person["last_name"],
            )
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        Profile.objects.get_or_create(
            user=user,
            defaults={
                "organisation_name": company["name"],
                "ice": company.get("ice", ""),
                "size": company["size"],
                "sector": Sector.objects.filter(code=company["sector"]).first(),
                "region": Region.objects.filter(code=company["region"]).first(),
            },
        )
        if language:
            profile = UserProfile.get_for_user(user)
            if profile.preferred_language != language:
                profile.preferred_language = language
                profile.save()
        return user

    def learner(self, course):
        """She follows NM ISO 9001 in Arabic on her own: modules 1 and 2 done, quiz 1 passed
        at the second attempt, the next lesson opened and left."""
        spec = content.LEARNER
        user = self.account(LEARNER_EMAIL, LEARNER_PASSWORD, spec, spec["company"], language="ar")
        if Enrolment.objects.filter(learner=user, course_key=course.translation_key).exists():
            return
        course_ar = course.get_translation(self.ar)
        with simulated_time(self.morning(spec["started_days_ago"], hour=20)) as clock:
            enrol(user, course_ar)
            items = outline(course_ar)
            self.learn(user, items, spec, clock)
            # Yesterday evening she opened the leadership lesson (done after 8 active
            # minutes) and read it for three: that is where "Reprendre" takes her.
            clock.move_to(self.morning(1, hour=21))
            following = items[spec["done"]]
            record_view(user, following)
            self.read(user, following, clock, 3)

    def organisation(self, course):
        """Atlas Agro-Industrie: created by UMAQ with its training manager, who invites her
        five staff members; they join, she assigns them NM ISO 9001, and they progress each at
        their own pace, one up to her certificate."""
        spec = content.ORGANISATION
        manager = self.account(MANAGER_EMAIL, MANAGER_PASSWORD, content.MANAGER, spec)
        staff = [
            self.account(person["email"], STAFF_PASSWORD, person, spec) for person in content.STAFF
        ]
        if Organisation.objects.filter(name=spec["name"]).exists():
            return
        today = self.today
        with simulated_time(self.morning(28, hour=10)) as clock:
            organisation = Organisation.objects.create(name=spec["name"], ice=spec["ice"])
            # What UMAQ staff do under Organisations in the admin; she accepts the invitation.
            member = OrganisationMember.objects.create(
                organisation=organisation,
                email=MANAGER_EMAIL,
                name=manager.get_full_name(),
                role=OrganisationRole.MANAGER,
            )
            accept(member, manager)
            clock.advance(hours=2)
            rows = [
                (line, person["email"], f"{person['first_name']} {person['last_name']}")
                for line, person in enumerate(content.STAFF, start=1)
            ]
            with no_emails():
                members, _already = invite_many(organisation, rows, manager)
            members = {member.email: member for member in members}
            clock.advance(hours=20)
            for person, user in zip(content.STAFF, staff, strict=True):
                accept(members[person["email"]], user)
                clock.advance(minutes=47)
            clock.advance(hours=3)
            # Read again, joined, as the manager's page reads them.
            members = {member.email: member for member in organisation.members.all()}
            by_due_date = defaultdict(list)
            for person in content.STAFF:
                due = today + datetime.timedelta(days=person["due_in_days"])
                by_due_date[due].append(members[person["email"]])
            for due, group in sorted(by_due_date.items()):
                assign(organisation, group, course, due, manager)
        for person, user in zip(content.STAFF, staff, strict=True):
            if not person["done"]:
                continue
            with simulated_time(self.morning(person["started_days_ago"], hour=10)) as clock:
                self.learn(user, outline(course), person, clock)
                if person["certificate"]:
                    clock.advance(minutes=10)
                    with translation.override("fr"):
                        issue_certificate(
                            user, course, user.get_full_name(), person.get("name_ar", "")
                        )

    # -- learning

    def learn(self, user, items, person, clock):
        """Do the first `person["done"]` items in order, two a day, reading at her pace."""
        mistakes = iter(person.get("mistakes", []))
        for number, item in enumerate(items[: person["done"]]):
            if number and number % 2 == 0:
                clock.move_to(clock.now().replace(hour=9) + datetime.timedelta(days=1))
            record_view(user, item)
            if isinstance(item, LessonPage):
                minutes = max(
                    round(item.estimated_minutes * person["pace"]),
                    (item.minimum_active_minutes or 0) + 1,
                )
                self.read(user, item, clock, minutes)
            else:
                for wrong in next(mistakes, [0]):
                    self.attempt(user, item, clock, wrong, person["pace"])
            clock.advance(minutes=12)

    def read(self, user, item, clock, minutes):
        """Stay on the item for `minutes`, as the page's heartbeat reports it (at the longest
        interval still counted as active time, to keep the calls few)."""
        heartbeat(user, item)
        for _beat in range(math.ceil(minutes * 60 / IDLE_CUTOFF_SECONDS)):
            clock.advance(seconds=IDLE_CUTOFF_SECONDS)
            heartbeat(user, item)

    def attempt(self, user, quiz, clock, wrong, pace):
        """One attempt at `quiz` with `wrong` answers wrong, the others right."""
        attempt = start_attempt(user, quiz, rng=self.random)
        questions = questions_of(attempt, quiz.locale)
        self.read(user, quiz, clock, max(round(len(questions) * 1.5 * pace), 1))
        answers = {}
        for number, question in enumerate(questions):
            if number < wrong:
                chosen = [next(b.id for b in question.choices if not b.value["correct"])]
            else:
                chosen = sorted(question.correct_ids)
            answers[str(question.translation_key)] = chosen
        submit_attempt(user, quiz, attempt, answers)
        clock.advance(minutes=3)
