import datetime
import re

from django.utils import translation

from jawda.committees.models import CommitteeNewsLink
from jawda.models import NewsPage

from ..conftest import translate


def test_index_lists_the_12_regions_with_the_national_summary(client, committees):
    page = committees.committee("casablanca-settat")
    committees.actions(page, 100, 50)
    committees.committee("oriental", created_on=None)

    response = client.get("/fr/comites/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert html.count('<th scope="row">') == 12
    assert 'href="/fr/comites/casablanca-settat/"' in html
    assert 'href="/fr/comites/oriental/"' in html
    assert "Dakhla-Oued Ed-Dahab" in html  # a region without any page is listed too
    assert re.search(r"<dd>\s*1 (sur|of) 12\s*</dd>", html)  # committees created
    assert '<meter min="0" max="100" value="75">' in html
    assert "style=" not in html and "<script" not in html


def test_index_in_arabic(client, committees):
    committees.committee("casablanca-settat")

    response = client.get("/ar/comites/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert "الدار البيضاء سطات" in html
    assert 'href="/ar/comites/casablanca-settat/"' in html


def test_committee_page_in_both_languages(client, committees):
    page = committees.committee("casablanca-settat", members=2)
    committees.actions(page, 100, 40)

    french = client.get("/fr/comites/casablanca-settat/").content.decode()
    arabic = client.get("/ar/comites/casablanca-settat/").content.decode()

    assert '<html lang="fr" dir="ltr">' in french
    assert '<html lang="ar" dir="rtl">' in arabic
    for html in (french, arabic):
        assert "Membre 1" in html
        assert '<progress id="roadmap-progress" max="100" value="70">' in html
        assert "Karim Tazi" in html
    assert "الإجراء" in arabic  # the Arabic titles of the actions
    assert "janvier 2025" in french


def test_committee_not_yet_created(client, committees):
    committees.committee("oriental", created_on=None)

    with translation.override("fr"):
        html = client.get("/fr/comites/oriental/").content.decode()

    assert "status-planned" in html
    assert 'id="roadmap-progress"' not in html


def test_late_action_is_shown_late(client, committees):
    page = committees.committee("casablanca-settat")
    committees.actions(page, 30, status="in_progress", due_date=datetime.date(2020, 1, 1))

    html = client.get("/fr/comites/casablanca-settat/").content.decode()

    assert 'class="status status-late"' in html


def test_events_block_says_the_calendar_is_not_online(client, committees):
    committees.committee("casablanca-settat")

    html = client.get("/fr/comites/casablanca-settat/").content.decode()

    section = html[html.index('id="events-title"') :]
    section = section[: section.index("</section>")]
    assert "<ul>" not in section and "<p>" in section


def test_committee_news_are_shown_in_the_readers_language(client, committees):
    tree = committees.tree
    tree.add_news(1)
    article = NewsPage.objects.get(locale=tree.fr)
    for page, title in ((tree.news_fr, "المستجدات"), (article, "خبر اللجنة")):
        alias = page.get_translation_or_none(tree.ar)
        if alias is not None:
            alias.delete()
        translate(page, tree.ar, title=title)
    page = committees.committee("casablanca-settat")
    CommitteeNewsLink.objects.create(page=page, news=article)
    CommitteeNewsLink.objects.create(page=page.arabic, news=article)

    french = client.get("/fr/comites/casablanca-settat/").content.decode()
    arabic = client.get("/ar/comites/casablanca-settat/").content.decode()

    assert article.title in french
    assert "خبر اللجنة" in arabic and article.title not in arabic


def test_commission_pages(client, committees):
    commission = committees.commission("iso-9001", members=2)
    committees.actions(commission, 20, 40)

    index = client.get("/fr/commissions/").content.decode()
    page = client.get("/ar/commissions/iso-9001/")

    assert 'href="/fr/commissions/iso-9001/"' in index
    assert '<meter min="0" max="100" value="30">' in index
    assert page.status_code == 200
    html = page.content.decode()
    assert 'dir="rtl"' in html
    assert '<progress id="roadmap-progress" max="100" value="30">' in html


def test_index_query_count_does_not_grow(client, committees, django_assert_max_num_queries):
    page = committees.committee("casablanca-settat", members=2)
    committees.actions(page, 10, 20)
    client.get("/fr/comites/")  # warm the site root paths cache
    with django_assert_max_num_queries(60) as few:
        assert client.get("/fr/comites/").status_code == 200
    for code in ("rabat-sale-kenitra", "fes-meknes", "souss-massa"):
        committees.actions(committees.committee(code, members=20), *range(20))
    committees.actions(page, *range(18))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/fr/comites/").status_code == 200


def test_committee_page_query_count_does_not_grow(
    client, committees, django_assert_max_num_queries
):
    page = committees.committee("casablanca-settat", members=2)
    committees.actions(page, 10, 20)
    client.get("/fr/comites/casablanca-settat/")
    with django_assert_max_num_queries(60) as few:
        assert client.get("/fr/comites/casablanca-settat/").status_code == 200
    committees.add_members(page, 18)
    committees.actions(page, *range(18))
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/fr/comites/casablanca-settat/").content.decode()
    assert "Extra 17" in html
    assert html.count("<meter") == 20
