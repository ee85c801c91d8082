import pytest

from wagtail.models import Page
from wagtail.rich_text import RichText

from courses.models import (
    CompletionRule,
    CourseCatalogPage,
    CoursePage,
    LessonPage,
    ModulePage,
    Question,
    QuizPage,
)

from ..conftest import publish, translate


def add(parent, page):
    Page.objects.get(pk=parent.pk).add_child(instance=page)
    return publish(page)


def arabic(page, locale, **fields):
    alias = page.get_translation_or_none(locale)
    if alias is not None:
        alias.delete()
    return translate(page, locale, **fields)


def question(clause, text, answers, kind="single", bank="iso-9001"):
    """answers: [(text, correct)]"""
    return Question.objects.create(
        bank=bank,
        clause=clause,
        kind=kind,
        text=text,
        choices=[
            ("choice", {"text": label, "correct": correct, "feedback": f"Retour : {label}"})
            for label, correct in answers
        ],
    )


class Courses:
    """A catalogue with "NM ISO 9001 — les fondamentaux": two modules, three lessons (10, 20
    and 30 minutes) and a quiz (40 minutes, 2 questions drawn from a bank of 4, pass mark 50%,
    2 attempts), in French; `translate_all()` adds the Arabic versions."""

    def __init__(self, tree):
        self.tree = tree
        self.catalogue = add(tree.home_fr, CourseCatalogPage(title="Formations", slug="formations"))
        self.course = add(
            self.catalogue,
            CoursePage(
                title="NM ISO 9001 — les fondamentaux",
                slug="iso-9001",
                standard="NM ISO 9001:2015",
                summary="Les exigences de la norme, clause par clause.",
                level="beginner",
                objectives="<ul><li>Comprendre l'approche processus</li></ul>",
            ),
        )
        self.module1 = add(self.course, ModulePage(title="Module 1 : le contexte", slug="module-1"))
        self.module2 = add(
            self.course, ModulePage(title="Module 2 : le leadership", slug="module-2")
        )
        self.lesson1 = self.lesson(self.module1, "Le contexte de l'organisme", 10)
        self.lesson2 = self.lesson(
            self.module1,
            "Les parties intéressées",
            20,
            completion=CompletionRule.ACTIVE_TIME,
            minimum_active_minutes=1,
        )
        self.lesson3 = self.lesson(self.module2, "La politique qualité", 30)
        self.questions = [
            question(
                "4",
                "Qui détermine les enjeux externes ?",
                [("La direction", True), ("Le client", False)],
            ),
            question(
                "4",
                "Le domaine d'application est-il documenté ?",
                [("Vrai", True), ("Faux", False)],
                kind="true_false",
            ),
            question(
                "5",
                "Quels sont les rôles de la direction ?",
                [("Engagement", True), ("Politique", True), ("Achat", False)],
                kind="multiple",
            ),
            question(
                "5", "La politique qualité est-elle communiquée ?", [("Oui", True), ("Non", False)]
            ),
        ]
        self.quiz = add(
            self.module2,
            QuizPage(
                title="Quiz : contexte et leadership",
                slug="quiz-1",
                bank="iso-9001",
                question_count=2,
                random_draw=False,
                pass_mark=50,
                max_attempts=2,
                estimated_minutes=40,
            ),
        )

    def lesson(self, module, title, minutes, **fields):
        return add(
            module,
            LessonPage(
                title=title,
                slug=title.lower().replace(" ", "-").replace("'", ""),
                estimated_minutes=minutes,
                body=[("paragraph", RichText(f"<p>{title}</p>"))],
                **fields,
            ),
        )

    def translate_all(self):
        ar = self.tree.ar
        self.catalogue_ar = arabic(self.catalogue, ar, title="التكوينات")
        self.course_ar = arabic(self.course, ar, title="إيزو 9001 — الأساسيات")
        self.module1_ar = arabic(self.module1, ar, title="الوحدة 1")
        self.module2_ar = arabic(self.module2, ar, title="الوحدة 2")
        self.lesson1_ar = arabic(self.lesson1, ar, title="سياق الهيئة")
        self.lesson2_ar = arabic(self.lesson2, ar, title="الأطراف المعنية")
        self.lesson3_ar = arabic(self.lesson3, ar, title="سياسة الجودة")
        self.quiz_ar = arabic(self.quiz, ar, title="اختبار")
        for q in self.questions:
            q.copy_for_translation(ar).save()


@pytest.fixture
def courses(tree):
    return Courses(tree)
