"""Where editors may create which page in the Wagtail tree."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.factories import course_with_lessons, site_tree
from courses.models import (
    ArticleIndexPage,
    ArticlePage,
    CatalogPage,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
)


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        for parent in (HomePage, CatalogPage, CoursePage, ArticleIndexPage):
            self.assertCanNotCreateAt(parent, HomePage)

    def test_home_page_holds_the_catalogue_and_the_article_index(self):
        # Other apps may add their own page types under the home page (e.g. the
        # sandbox), so only the course and article rules are asserted here.
        self.assertCanCreateAt(HomePage, CatalogPage)
        self.assertCanCreateAt(HomePage, ArticleIndexPage)
        for child in (CoursePage, ModulePage, LessonPage, ArticlePage, HomePage):
            self.assertCanNotCreateAt(HomePage, child)

    def test_catalogue_holds_courses_only(self):
        self.assertAllowedParentPageTypes(CatalogPage, {HomePage})
        self.assertAllowedSubpageTypes(CatalogPage, {CoursePage})
        self.assertCanNotCreateAt(Page, CatalogPage)
        self.assertCanNotCreateAt(CatalogPage, LessonPage)

    def test_course_holds_modules_and_lessons(self):
        self.assertAllowedParentPageTypes(CoursePage, {CatalogPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage, LessonPage})
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CoursePage, CoursePage)

    def test_module_holds_lessons_inside_a_course(self):
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertCanNotCreateAt(ModulePage, ModulePage)

    def test_lesson_is_a_leaf_under_a_course_or_module(self):
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage, ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanNotCreateAt(CatalogPage, LessonPage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)

    def test_articles_live_under_the_article_index(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(CatalogPage, ArticlePage)


class OneHomePerParentTests(WagtailPageTestCase):
    def test_a_second_home_page_cannot_be_added_to_the_same_parent(self):
        home, _catalogue = site_tree()
        self.assertFalse(HomePage.can_create_at(home.get_parent()))


class ModuleServeTests(WagtailPageTestCase):
    def test_a_module_url_leads_to_its_course(self):
        from courses.factories import LessonPageFactory, ModulePageFactory

        _home, catalogue = site_tree()
        course, _lessons = course_with_lessons(catalogue, lessons=1)
        module = ModulePageFactory(parent=course)
        LessonPageFactory(parent=module)
        response = self.client.get(module.url)
        self.assertRedirects(response, course.url, fetch_redirect_response=False)
