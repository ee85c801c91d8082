"""E-learning on ISO management standards: catalogue → course → modules → lessons and quizzes,
the question bank, and each learner's progress.

Content is one page per language (Wagtail i18n). Progress is not: it is keyed by the pages'
`translation_key`, so a French lesson and its Arabic translation are the same item, and a
learner who switches language keeps her progress (docs/architecture.md, "E-learning").
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from jawda.blocks import RICH_TEXT_FEATURES, DocumentBlock
from jawda.models import SitePage, ice_validator
from jawda.security.storage import PrivateMediaStorage

# ---------------------------------------------------------------------------------------------
# Blocks


class VideoBlock(blocks.StructBlock):
    """A video, embedded (YouTube, Vimeo) or uploaded as a document, always with its transcript."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    embed = EmbedBlock(label=_("Embedded video"), required=False, max_width=800)
    file = DocumentChooserBlock(label=_("Video file"), required=False)
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("embed")) == bool(value.get("file")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "embed": ValidationError(_("Give an embedded video or a file, not both."))
                }
            )
        return value


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Watch out")), ("example", _("Example"))],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        template = "courses/blocks/callout.html"


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct answer"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback"), required=False)


class CheckUnderstandingBlock(blocks.StructBlock):
    """A question inside a lesson, for the learner herself: not scored, not recorded."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "help"
        template = "courses/blocks/check_understanding.html"


class LessonBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    video = VideoBlock(label=_("Video"))
    image = ImageBlock(label=_("Image"))
    document = DocumentBlock(label=_("Document"))
    callout = CalloutBlock(label=_("Callout"))
    check = CheckUnderstandingBlock(label=_("Check your understanding"))


# ---------------------------------------------------------------------------------------------
# Pages


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseCatalogPage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["jawda.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().public().order_by("title")
        return context


class CoursePage(RoutablePageMixin, SitePage):
    standard = models.CharField(
        _("standard"), max_length=80, help_text=_("With its version, e.g. NM ISO 9001:2015.")
    )
    summary = models.TextField(_("summary"), max_length=500)
    audience = models.CharField(_("audience"), max_length=255, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    objectives = RichTextField(_("objectives"), features=["ul", "ol", "bold", "italic"])
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    prerequisite_courses = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses to complete first"),
        blank=True,
        related_name="+",
    )
    sequential = models.BooleanField(
        _("sequential"),
        default=False,
        help_text=_("Each lesson or quiz opens once the previous one is done."),
    )
    certificate = models.BooleanField(_("certificate"), default=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MaxValueValidator(100)],
        help_text=_("The certificate needs every quiz passed with at least this score."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("standard"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("audience")]),
        FieldPanel("objectives"),
        FieldPanel("prerequisites"),
        FieldPanel("prerequisite_courses"),
        MultiFieldPanel(
            [FieldPanel("sequential"), FieldPanel("certificate"), FieldPanel("pass_mark")],
            heading=_("Rules"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standard"),
        index.SearchField("summary"),
    ]
    parent_page_types = ["courses.CourseCatalogPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from .views import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(request, self))
        return context

    @path("enrol/", name="enrol")
    def enrol_route(self, request):
        from .views import enrol_view

        return enrol_view(request, self)


class ModulePage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]

    class Meta:
        verbose_name = _("module")


class CompletionRule(models.TextChoices):
    VIEWED = "viewed", _("Viewed")
    ACTIVE_TIME = "active_time", _("Minimum active time")
    QUIZ_PASSED = "quiz_passed", _("Quiz passed")


class CourseItemMixin(models.Model):
    """A lesson or a quiz: what progress is counted in."""

    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated duration (minutes)"), default=10, validators=[MinValueValidator(1)]
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def serve(self, request, *args, **kwargs):
        from .views import item_gate

        refusal = item_gate(request, self)
        return refusal or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .views import item_context

        context = super().get_context(request, *args, **kwargs)
        context.update(item_context(request, self))
        return context

    @path("heartbeat/", name="heartbeat")
    def heartbeat_route(self, request):
        from .views import heartbeat_view

        return heartbeat_view(request, self)


class LessonPage(CourseItemMixin, RoutablePageMixin, SitePage):
    completion = models.CharField(
        _("done when"),
        max_length=20,
        choices=[c for c in CompletionRule.choices if c[0] != CompletionRule.QUIZ_PASSED],
        default=CompletionRule.VIEWED,
    )
    minimum_active_minutes = models.PositiveSmallIntegerField(
        _("minimum active time (minutes)"), null=True, blank=True
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldRowPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("completion"),
                FieldPanel("minimum_active_minutes"),
            ]
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def clean(self):
        super().clean()
        if self.completion == CompletionRule.ACTIVE_TIME and not self.minimum_active_minutes:
            raise ValidationError(
                {"minimum_active_minutes": _("Give the minimum active time for this rule.")}
            )


class Clause(models.TextChoices):
    """The clauses of the ISO high-level structure that requirements and questions follow."""

    CONTEXT = "4", _("§4 Context of the organisation")
    LEADERSHIP = "5", _("§5 Leadership")
    PLANNING = "6", _("§6 Planning")
    SUPPORT = "7", _("§7 Support")
    OPERATION = "8", _("§8 Operation")
    EVALUATION = "9", _("§9 Performance evaluation")
    IMPROVEMENT = "10", _("§10 Improvement")


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")


class Question(TranslatableMixin, index.Indexed, models.Model):
    """One question of a bank, tagged by standard and clause; translated with wagtail-localize.

    Answers are StreamField blocks: their ids are the same in every translation, so an attempt
    records block ids and is scored in any language.
    """

    bank = models.SlugField(
        _("question bank"), max_length=40, help_text=_("e.g. iso-9001, iso-14001")
    )
    clause = models.CharField(_("clause"), max_length=2, choices=Clause.choices)
    kind = models.CharField(_("kind"), max_length=12, choices=QuestionKind.choices)
    text = models.TextField(_("question"))
    choices = StreamField([("choice", AnswerChoiceBlock())], verbose_name=_("answers"))
    explanation = models.TextField(_("explanation"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("bank"), FieldPanel("clause"), FieldPanel("kind")]),
        FieldPanel("text"),
        FieldPanel("choices"),
        FieldPanel("explanation"),
    ]
    search_fields = [index.SearchField("text"), index.FilterField("bank")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text[:80]

    def clean(self):
        super().clean()
        correct = [block for block in self.choices if block.value.get("correct")]
        if len(self.choices) < 2:
            raise ValidationError({"choices": _("A question needs at least two answers.")})
        if not correct:
            raise ValidationError({"choices": _("Mark at least one answer as correct.")})
        if self.kind != QuestionKind.MULTIPLE and len(correct) != 1:
            raise ValidationError({"choices": _("This kind of question has one correct answer.")})
        if self.kind == QuestionKind.TRUE_FALSE and len(self.choices) != 2:
            raise ValidationError({"choices": _("A true-or-false question has two answers.")})

    @property
    def correct_ids(self):
        return {block.id for block in self.choices if block.value.get("correct")}


class QuizPage(CourseItemMixin, RoutablePageMixin, SitePage):
    intro = models.TextField(_("introduction"), blank=True)
    bank = models.SlugField(_("question bank"), max_length=40)
    clauses = models.CharField(
        _("clauses"),
        max_length=40,
        blank=True,
        help_text=_("Draw only from these clauses, separated by spaces (e.g. 4 5). Empty: all."),
    )
    question_count = models.PositiveSmallIntegerField(
        _("questions per attempt"), default=10, validators=[MinValueValidator(1)]
    )
    random_draw = models.BooleanField(
        _("random draw"),
        default=True,
        help_text=_("Otherwise every attempt has the first questions of the bank, in order."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, validators=[MinValueValidator(1)]
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("bank"), FieldPanel("clauses")]),
        FieldRowPanel(
            [
                FieldPanel("question_count"),
                FieldPanel("random_draw"),
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("estimated_minutes"),
            ]
        ),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")

    def clause_list(self):
        return self.clauses.split()

    @path("attempt/", name="attempt")
    def attempt_route(self, request):
        from .views import quiz_attempt_view

        return quiz_attempt_view(request, self)

    def question_pool(self, locale):
        questions = Question.objects.filter(bank=self.bank, locale=locale)
        if self.clause_list():
            questions = questions.filter(clause__in=self.clause_list())
        return questions.order_by("pk")


# ---------------------------------------------------------------------------------------------
# Progress (one row per learner and item, whatever the language)


class Enrolment(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_item_key = models.UUIDField(_("last item"), null=True, blank=True)
    last_position_seconds = models.PositiveIntegerField(_("last video position"), default=0)
    last_seen_at = models.DateTimeField(_("last seen"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key"], name="one_enrolment_per_course"
            )
        ]

    def __str__(self):
        return f"{self.learner} – {self.course_key}"


class ItemStatus(models.TextChoices):
    STARTED = "started", _("Started")
    DONE = "done", _("Done")


class ItemProgress(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="items", verbose_name=_("enrolment")
    )
    item_key = models.UUIDField(_("item"))
    status = models.CharField(
        _("status"), max_length=10, choices=ItemStatus.choices, default=ItemStatus.STARTED
    )
    active_seconds = models.PositiveIntegerField(_("active time (seconds)"), default=0)
    last_heartbeat_at = models.DateTimeField(null=True, blank=True)
    video_seconds = models.PositiveIntegerField(_("video position (seconds)"), default=0)
    best_score = models.PositiveSmallIntegerField(_("best score (%)"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("item progress")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "item_key"], name="one_progress_per_item")
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.item_key}: {self.status}"


class QuizAttempt(models.Model):
    """One attempt: the questions drawn (by translation key) and, once submitted, the answers
    (answer block ids) and the result per question, scored on the server."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="attempts", verbose_name=_("enrolment")
    )
    quiz_key = models.UUIDField(_("quiz"))
    number = models.PositiveSmallIntegerField(_("attempt"))
    question_keys = models.JSONField(default=list)
    answers = models.JSONField(default=dict, blank=True)
    results = models.JSONField(default=dict, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "quiz_key", "number"], name="one_attempt_per_number"
            ),
            # At most one attempt in progress per learner and quiz.
            models.UniqueConstraint(
                fields=["enrolment", "quiz_key"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.quiz_key} #{self.number}"


# ---------------------------------------------------------------------------------------------
# Certificates


class Certificate(models.Model):
    """Issued once the course's rules are met; the PDF is generated then and kept as issued.

    The public verification page (reached from the QR code) shows only the name, the course,
    the date and whether the certificate is valid or revoked, and why.
    """

    number = models.CharField(_("number"), max_length=20, unique=True)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course"))
    course_title_fr = models.CharField(_("course title in French"), max_length=255)
    course_title_ar = models.CharField(_("course title in Arabic"), max_length=255, blank=True)
    standard = models.CharField(_("standard"), max_length=80)
    name = models.CharField(_("name on the certificate"), max_length=200)
    name_ar = models.CharField(_("name in Arabic script"), max_length=200, blank=True)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    verification_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    pdf = models.FileField(
        _("PDF"), storage=PrivateMediaStorage(), upload_to="certificates/", blank=True
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        permissions = [("revoke_certificate", _("Can revoke certificates"))]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_course",
            )
        ]

    def __str__(self):
        return self.number

    @property
    def is_valid(self):
        return self.revoked_at is None


# ---------------------------------------------------------------------------------------------
# Companies training their staff


class Organisation(models.Model):
    """A company (or public body) whose training manager follows her staff's courses."""

    name = models.CharField(_("name"), max_length=200)
    ice = models.CharField(_("ICE"), max_length=15, blank=True, validators=[ice_validator])
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class OrganisationRole(models.TextChoices):
    MANAGER = "manager", _("Training manager")
    STAFF = "staff", _("Staff member")


class OrganisationMember(models.Model):
    """A person of the organisation: invited by email (or a CSV of emails), joined when she
    accepts the invitation with her account."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="members",
        verbose_name=_("organisation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="organisation_memberships",
    )
    email = models.EmailField(_("email address"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    role = models.CharField(
        _("role"), max_length=10, choices=OrganisationRole.choices, default=OrganisationRole.STAFF
    )
    invitation_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    invited_at = models.DateTimeField(_("invited at"), auto_now_add=True)
    joined_at = models.DateTimeField(_("joined at"), null=True, blank=True)

    class Meta:
        verbose_name = _("organisation member")
        verbose_name_plural = _("organisation members")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "email"], name="one_membership_per_email"
            ),
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=Q(user__isnull=False),
                name="one_membership_per_user",
            ),
        ]

    def __str__(self):
        return self.name or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        return super().save(*args, **kwargs)


class CourseAssignment(models.Model):
    """A course the training manager assigned to a member, with an optional due date."""

    member = models.ForeignKey(
        OrganisationMember,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("member"),
    )
    course_key = models.UUIDField(_("course"))
    due_date = models.DateField(_("due date"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned at"), auto_now_add=True)

    class Meta:
        verbose_name = _("course assignment")
        verbose_name_plural = _("course assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "course_key"], name="one_assignment_per_course"
            )
        ]

    def __str__(self):
        return f"{self.member} – {self.course_key}"
