"""Site-wide models: accounts and organisations, reference data, and the site's pages."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from .blocks import BodyBlock, HighlightBlock, LinkBlock


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person; the email address is the login, unique whatever its case."""

    username = None
    email = models.EmailField(_("email address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]

    def __str__(self):
        return self.get_full_name() or self.email


class BilingualName(models.Model):
    """Reference data named in both languages, read in the reader's language."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_fr = models.CharField(_("name in French"), max_length=120)
    name_ar = models.CharField(_("name in Arabic"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_ar if (get_language() or "").startswith("ar") else self.name_fr


class Region(BilingualName):
    """One of the 12 regions of Morocco (2015 division), loaded by a data migration."""

    class Meta(BilingualName.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class City(BilingualName):
    """A city where events take place; its region places it on the committees' pages."""

    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="cities"
    )

    class Meta(BilingualName.Meta):
        verbose_name = _("city")
        verbose_name_plural = _("cities")


class Sector(BilingualName):
    """An economic sector, used to describe organisations and, later, events."""

    class Meta(BilingualName.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


ice_validator = RegexValidator(
    r"^\d{15}$",
    _(
        "The ICE (Identifiant Commun de l'Entreprise) is made of exactly 15 digits, "
        "without spaces or letters."
    ),
)


class OrganisationSize(models.TextChoices):
    TPE = "tpe", _("Very small enterprise (TPE)")
    PME = "pme", _("Small or medium enterprise (PME)")
    GE = "ge", _("Large enterprise")


class Profile(models.Model):
    """The organisation a member works for; every field is optional until a feature needs it."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    ice = models.CharField(
        _("ICE"),
        max_length=15,
        blank=True,
        validators=[ice_validator],
        help_text=_("Identifiant Commun de l'Entreprise: 15 digits."),
    )
    size = models.CharField(_("size"), max_length=3, choices=OrganisationSize.choices, blank=True)
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), null=True, blank=True, on_delete=models.PROTECT
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return str(self.user)


class NavigationMenu(TranslatableMixin, models.Model):
    """The main menu of one language version of the site."""

    links = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True)

    panels = [FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return str(
            _("Navigation menu (%(language)s)") % {"language": self.locale.get_display_name()}
        )


class Footer(TranslatableMixin, models.Model):
    """The footer text and links of one language version of the site."""

    text = RichTextField(_("text"), features=["bold", "italic", "link"], blank=True)
    links = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True)

    panels = [FieldPanel("text"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})


class LocaleUniqueMixin(models.Model):
    """A local copy of the page's locale, so that a database constraint can use it.

    Wagtail keeps `locale` on the wagtailcore_page table; a unique constraint of a page type
    can only name its own columns. `save` keeps the copy in step with the page's locale.
    """

    unique_locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, editable=False, null=True, related_name="+"
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.unique_locale_id = self.locale_id
        return super().save(*args, **kwargs)


class SitePage(Page):
    """Behaviour every page of the site shares: sitemap entries with hreflang alternates."""

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        alternates = [
            {"lang_code": page.locale.language_code, "location": page.get_full_url(request)}
            for page in self.get_translations(inclusive=True)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        ]
        for url in urls:
            url["alternates"] = alternates
        return urls


class HomePage(SitePage):
    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_link = StreamField(
        [("link", LinkBlock())], verbose_name=_("hero link"), blank=True, max_num=1
    )
    highlights = StreamField(
        [("highlight", HighlightBlock())], verbose_name=_("highlights"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("hero_link"),
        FieldPanel("highlights"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "jawda.StandardPage",
        "jawda.NewsIndexPage",
        "committees.CommitteeIndexPage",
        "committees.CommissionIndexPage",
        "events.EventSeriesPage",
        "courses.CourseCatalogPage",
        "awards.PrizeIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.descendant_of(self)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("-date", "-pk")[:3]
        )
        return context


class StandardPage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["jawda.HomePage", "jawda.StandardPage"]
    subpage_types = ["jawda.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(SitePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["jawda.HomePage"]
    subpage_types = ["jawda.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = (
            NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        )
        return context


class NewsPage(SitePage):
    date = models.DateField(_("date"))
    intro = models.TextField(_("summary"))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["jawda.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
