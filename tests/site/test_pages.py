import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from jawda.models import HomePage, NewsIndexPage, NewsPage, StandardPage


class TestPageTree(WagtailPageTestCase):
    def test_home_page_children(self):
        from awards.models import PrizeIndexPage
        from courses.models import CourseCatalogPage
        from events.models import EventSeriesPage
        from jawda.committees.models import CommissionIndexPage, CommitteeIndexPage

        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NewsIndexPage,
                CommitteeIndexPage,
                CommissionIndexPage,
                EventSeriesPage,
                CourseCatalogPage,
                PrizeIndexPage,
            },
        )

    def test_home_pages_sit_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_news_only_in_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, {})

    def test_standard_pages_nest(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


@pytest.mark.parametrize(
    "path", ["/fr/", "/ar/", "/fr/semaine/", "/ar/semaine/", "/fr/actualites/"]
)
def test_pages_render(client, tree, path):
    assert client.get(path).status_code == 200


def test_home_page_shows_latest_news_of_its_language(client, tree):
    tree.add_news(4)

    content = client.get("/fr/").content.decode()

    assert content.count('class="card"') >= 3
    assert "Nouvelle 3" in content
    assert "Nouvelle 0" not in content  # only the three latest


def test_news_index_query_count_does_not_grow(client, tree, django_assert_max_num_queries):
    tree.add_news(2)
    client.get("/fr/actualites/")
    with django_assert_max_num_queries(40) as few:
        client.get("/fr/actualites/")
    tree.add_news(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/fr/actualites/")
    assert response.content.decode().count('class="card"') == 22


def test_base_template_has_skip_link_and_landmarks(client, tree):
    content = client.get("/fr/").content.decode()

    assert '<a class="skip-link" href="#main">' in content
    assert '<main id="main"' in content
    assert "<header" in content and "<footer" in content and 'role="search"' in content


def test_private_page_asks_for_login(client, tree):
    response = client.get("/fr/prive/")

    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/")


def test_draft_page_is_not_served(client, tree):
    assert client.get("/fr/brouillon/").status_code == 404
