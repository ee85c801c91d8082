"""Build the demo site in French and Arabic; running it again changes nothing."""

from urllib.parse import urlsplit

from allauth.account.models import EmailAddress

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.html import escape

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from awards import demo as awards_demo
from courses import demo as courses_demo
from events import demo as events_demo

from ... import demo
from ... import demo_content as content
from ...committees.groups import REGIONAL_GROUP_PREFIX, TRANSLATORS, ensure_groups
from ...committees.models import (
    CommissionIndexPage,
    CommissionMember,
    CommissionPage,
    CommitteeIndexPage,
    CommitteeMember,
    CommitteePage,
    RoadmapAction,
)
from ...models import (
    Footer,
    HomePage,
    NavigationMenu,
    NewsIndexPage,
    NewsPage,
    Region,
    StandardPage,
    User,
)

# These accounts exist only in the demo database; the command refuses to run in production.
REGIONAL_EDITOR_PASSWORD = "demo-comite-2026"
DEMO_USERS = [
    {
        "email": "admin@jawda.ma",
        "password": "demo-admin-2026",
        "first_name": "Amina",
        "last_name": "Bennani",
        "role": "administrator",
        "is_superuser": True,
        "admin_language": "fr",
    },
    {
        "email": "editeur@jawda.ma",
        "password": "demo-editeur-2026",
        "first_name": "Youssef",
        "last_name": "El Amrani",
        "role": "editor (Arabic admin interface)",
        "group": "Editors",
        "admin_language": "ar",
    },
    {
        "email": "moderatrice@jawda.ma",
        "password": "demo-moderatrice-2026",
        "first_name": "Khadija",
        "last_name": "Berrada",
        "role": "UMAQ moderator",
        "group": "Moderators",
        "admin_language": "fr",
    },
    {
        "email": "traducteur@jawda.ma",
        "password": "demo-traducteur-2026",
        "first_name": "Hamza",
        "last_name": "Ouazzani",
        "role": "translator",
        "group": TRANSLATORS,
        "admin_language": "ar",
    },
    {
        "email": "membre@jawda.ma",
        "password": "demo-membre-2026",
        "first_name": "Salma",
        "last_name": "Idrissi",
        "role": "member",
    },
]


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in texts]


class Command(BaseCommand):
    help = "Create the demo content and users (French and Arabic). Idempotent."

    def handle(self, *args, **options):
        if not settings.DEBUG and not getattr(settings, "JAWDA_ALLOW_DEMO", False):
            raise CommandError(
                "seed_demo only runs with DEBUG on: demo accounts have known passwords."
            )
        with transaction.atomic():
            self.fr = Locale.objects.get(language_code="fr")
            self.ar = Locale.objects.get(language_code="ar")
            home = self.seed_pages()
            self.seed_committees(home)
            self.seed_commissions(home)
            self.seed_snippets(home)
            regional_groups = ensure_groups()
            self.seed_users(DEMO_USERS + self.regional_editors(regional_groups))
            events_summary = events_demo.seed(home)
            awards_summary = awards_demo.seed(home)
            self.seed_users(
                [
                    awards_demo.SECRETARIAT_USER,
                    *awards_demo.APPLICANTS,
                    *awards_demo.JUDGES,
                    awards_demo.PAST_APPLICANT,
                ]
            )
            awards_demo.seed_applications()
            awards_demo.seed_judging()
            courses_summary = courses_demo.seed(home)
        self.stdout.write(self.style.SUCCESS("Demo ready: http://127.0.0.1:8000/fr/ and /ar/"))
        self.stdout.write(str(events_summary))
        self.stdout.write(str(awards_summary))
        self.stdout.write(str(courses_summary))
        self.stdout.write("Demo accounts (demo database only):")
        for spec in (
            DEMO_USERS
            + [awards_demo.SECRETARIAT_USER]
            + awards_demo.APPLICANTS
            + [awards_demo.PAST_APPLICANT]
            + awards_demo.JUDGES
            + courses_demo.ACCOUNTS
        ):
            self.stdout.write(f"  {spec['role']:<34} {spec['email']:<22} {spec['password']}")
        self.stdout.write(
            f"  {'staff of Atlas Agro-Industrie':<34} <first>.<last>@atlas.example.ma "
            f"{courses_demo.STAFF_PASSWORD} (e.g. nadia.chraibi@atlas.example.ma, certified)"
        )
        self.stdout.write(
            f"  {'regional editors':<34} comite-<region>@jawda.ma {REGIONAL_EDITOR_PASSWORD}"
            " (e.g. comite-casablanca-settat@jawda.ma, admin in Arabic)"
        )
        self.stdout.write(
            "Staff, editors, the secretariat and judges set up an authenticator app (TOTP) at "
            "their first sign-in: two-factor authentication is required for them."
        )

    def publish(self, page):
        return demo.publish(page)

    def child(self, parent, slug):
        return parent.get_children().filter(slug=slug).specific().first()

    def translate(self, page, fields):
        """The Arabic version of `page`, created from it if it does not exist yet."""
        return demo.translate(page, self.ar, fields)

    def seed_pages(self):
        root = Page.get_first_root_node()
        home = root.get_children().filter(locale=self.fr).type(HomePage).specific().first()
        if home is None:
            # Wagtail's placeholder "Welcome" page makes way for the real home page.
            root.get_children().exclude(content_type__model="homepage").delete()
            home = HomePage(
                title=content.HOME["fr"]["title"],
                slug="accueil",
                locale=self.fr,
                hero_title=content.HOME["fr"]["hero_title"],
                hero_text=content.HOME["fr"]["hero_text"],
            )
            root.add_child(instance=home)
            self.publish(home)
        # Full URLs (sitemap, API) name the address the demo is served at.
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": base_url.hostname,
                "port": base_url.port or (443 if base_url.scheme == "https" else 80),
                "root_page": home,
                "site_name": "Jawda",
            },
        )
        home_ar = self.translate(
            home,
            {
                "title": content.HOME["ar"]["title"],
                "slug": "accueil-ar",
                "hero_title": content.HOME["ar"]["hero_title"],
                "hero_text": content.HOME["ar"]["hero_text"],
            },
        )

        pages = {}
        for slug, texts in content.PAGES:
            page = self.child(home, slug)
            if page is None:
                page = StandardPage(
                    title=texts["fr"]["title"],
                    slug=slug,
                    intro=texts["fr"]["intro"],
                    body=paragraphs(texts["fr"]["body"]),
                    show_in_menus=True,
                )
                home.add_child(instance=page)
                self.publish(page)
            pages[slug] = page
            self.translate(
                page,
                {
                    "title": texts["ar"]["title"],
                    "intro": texts["ar"]["intro"],
                    "body": paragraphs(texts["ar"]["body"]),
                },
            )

        index = self.child(home, content.NEWS_INDEX["slug"])
        if index is None:
            index = NewsIndexPage(
                slug=content.NEWS_INDEX["slug"], show_in_menus=True, **content.NEWS_INDEX["fr"]
            )
            home.add_child(instance=index)
            self.publish(index)
        self.translate(index, content.NEWS_INDEX["ar"])
        for slug, date, texts in content.NEWS:
            article = self.child(index, slug)
            if article is None:
                article = NewsPage(
                    slug=slug,
                    date=date,
                    title=texts["fr"]["title"],
                    intro=texts["fr"]["intro"],
                    body=paragraphs(texts["fr"]["body"]),
                )
                index.add_child(instance=article)
                self.publish(article)
            self.translate(
                article,
                {
                    "title": texts["ar"]["title"],
                    "intro": texts["ar"]["intro"],
                    "body": paragraphs(texts["ar"]["body"]),
                },
            )
        # Reload: the tree under them has changed since they were read (treebeard's numchild).
        home = HomePage.objects.get(pk=home.pk)
        home_ar = HomePage.objects.get(pk=home_ar.pk)
        if not home.hero_link:
            first = pages[content.PAGES[0][0]]
            home.hero_link = [
                ("link", {"label": content.HOME["fr"]["hero_link_label"], "page": first})
            ]
            home.highlights = self.highlights(pages, "fr")
            self.publish(home)
            home_ar.hero_link = [
                ("link", {"label": content.HOME["ar"]["hero_link_label"], "page": first})
            ]
            home_ar.highlights = self.highlights(pages, "ar")
            self.publish(home_ar)
        return home

    def highlights(self, pages, language):
        blocks = []
        for slug, texts in content.PAGES[1:4]:
            blocks.append(
                (
                    "highlight",
                    {
                        "title": texts[language]["title"],
                        "text": texts[language]["intro"],
                        "link": {"label": texts[language]["title"], "page": pages[slug]},
                    },
                )
            )
        return blocks

    def seed_committees(self, home):
        """The committees index and one page per region: five committees created, with
        members and roadmaps; the other seven "not yet created"."""
        spec = content.COMMITTEE_INDEX
        index = self.child(HomePage.objects.get(pk=home.pk), spec["slug"])
        if index is None:
            index = CommitteeIndexPage(slug=spec["slug"], show_in_menus=True, **spec["fr"])
            HomePage.objects.get(pk=home.pk).add_child(instance=index)
            self.publish(index)
        self.translate(index, spec["ar"])
        for region in Region.objects.all():
            committee = content.COMMITTEES.get(region.code)
            page = CommitteePage.objects.child_of(index).filter(region=region).first()
            if page is None:
                page = CommitteePage(
                    slug=region.code,
                    region=region,
                    created_on=committee["created_on"] if committee else None,
                    **self.committee_fields(region, committee, "fr"),
                )
                CommitteeIndexPage.objects.get(pk=index.pk).add_child(instance=page)
                self.publish(page)
            self.translate(page, self.committee_fields(region, committee, "ar"))
            if committee and not RoadmapAction.objects.for_page(page).exists():
                RoadmapAction.objects.bulk_create(
                    RoadmapAction(
                        page=page,
                        title_fr=content.ROADMAP_ACTIONS[number][0],
                        title_ar=content.ROADMAP_ACTIONS[number][1],
                        owner=content.ROADMAP_ACTIONS[number][2],
                        partners=content.ROADMAP_ACTIONS[number][3],
                        due_date=due_date,
                        status=status,
                        percent=percent,
                    )
                    for number, due_date, status, percent in committee["actions"]
                )

    def committee_fields(self, region, committee, language):
        name = getattr(region, f"name_{language}")
        fields = {"title": content.COMMITTEE_TITLE[language] % name}
        if committee is None:
            fields["intro"] = content.COMMITTEE_INTRO_PENDING[language]
            return fields
        offset = 0 if language == "fr" else 1
        president = committee["president"]
        email, phone, address_fr, address_ar = committee["contact"]
        fields.update(
            {
                "intro": content.COMMITTEE_INDEX[language]["intro"],
                "president_name": president[offset],
                "president_organisation": president[2 + offset],
                "members": [CommitteeMember(**member[language]) for member in committee["members"]],
                "partners": [
                    ("partner", {"name": partner[offset], "kind": partner[2], "url": ""})
                    for partner in committee["partners"]
                ],
                "contact_email": email,
                "contact_phone": phone,
                "contact_address": address_fr if language == "fr" else address_ar,
            }
        )
        return fields

    def seed_commissions(self, home):
        """The eight UMAQ thematic commissions (Action 2.4.4), some with a roadmap."""
        spec = content.COMMISSION_INDEX
        index = self.child(HomePage.objects.get(pk=home.pk), spec["slug"])
        if index is None:
            index = CommissionIndexPage(slug=spec["slug"], **spec["fr"])
            HomePage.objects.get(pk=home.pk).add_child(instance=index)
            self.publish(index)
        self.translate(index, spec["ar"])
        for code, texts, members, actions in content.COMMISSIONS:

            def fields(language, texts=texts, members=members):
                return {
                    "title": content.COMMISSION_TITLE[language] % texts[language]["title"],
                    "mission": f"<p>{escape(texts[language]['mission'])}</p>",
                    "members": [CommissionMember(**member[language]) for member in members],
                }

            page = CommissionPage.objects.child_of(index).filter(code=code).first()
            if page is None:
                page = CommissionPage(slug=code, code=code, **fields("fr"))
                CommissionIndexPage.objects.get(pk=index.pk).add_child(instance=page)
                self.publish(page)
            self.translate(page, fields("ar"))
            if actions and not RoadmapAction.objects.for_page(page).exists():
                RoadmapAction.objects.bulk_create(
                    RoadmapAction(
                        page=page,
                        title_fr=title_fr,
                        title_ar=title_ar,
                        owner="UMAQ",
                        due_date=due_date,
                        status=status,
                        percent=percent,
                    )
                    for title_fr, title_ar, due_date, status, percent in actions
                )

    def seed_snippets(self, home):
        for locale in (self.fr, self.ar):
            language = locale.language_code
            localized_home = home.get_translation(locale)
            if not NavigationMenu.objects.filter(locale=locale).exists():
                links = [
                    ("link", {"label": page.title, "page": page})
                    for page in localized_home.get_children().live().in_menu()
                ]
                NavigationMenu.objects.create(locale=locale, links=links)
            if not Footer.objects.filter(locale=locale).exists():
                Footer.objects.create(locale=locale, text=content.FOOTER[language])

    def regional_editors(self, regional_groups):
        """One editor per regional committee group; Casablanca-Settat's works in Arabic."""
        return [
            {
                "email": f"comite-{code}@jawda.ma",
                "password": REGIONAL_EDITOR_PASSWORD,
                "first_name": "Comité",
                "last_name": group.name.removeprefix(REGIONAL_GROUP_PREFIX),
                "role": "regional editor",
                "group": group.name,
                "admin_language": "ar" if code == "casablanca-settat" else "fr",
            }
            for code, group in regional_groups.items()
        ]

    def seed_users(self, specs):
        for spec in specs:
            user = User.objects.filter(email=spec["email"]).first()
            if user is None:
                user = User.objects.create_user(
                    email=spec["email"],
                    password=spec["password"],
                    first_name=spec["first_name"],
                    last_name=spec["last_name"],
                    is_staff=spec.get("is_superuser", False),
                    is_superuser=spec.get("is_superuser", False),
                )
            EmailAddress.objects.update_or_create(
                user=user, email=spec["email"], defaults={"verified": True, "primary": True}
            )
            if "group" in spec:
                user.groups.add(Group.objects.get(name=spec["group"]))
            if "admin_language" in spec:
                profile = UserProfile.get_for_user(user)
                profile.preferred_language = spec["admin_language"]
                profile.save()
