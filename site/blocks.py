"""StreamField blocks shared by every page type of the site."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .i18n import active_locale_id


class LinkStructValue(blocks.StructValue):
    def href(self):
        """The link's address; a page is replaced by its translation in the reader's language."""
        page = self.get("page")
        if not page:
            return self.get("url")
        locale_id = active_locale_id()
        if locale_id is not None and page.locale_id != locale_id:
            page = page.get_translations().filter(locale_id=locale_id).live().first() or page
        return page.url


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an external address, not both."""

    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or an address, not both."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        template = "jawda/blocks/call_to_action.html"


class HighlightBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "doc-full"
        template = "jawda/blocks/highlight.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        template = "jawda/blocks/document.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class BodyBlock(blocks.StreamBlock):
    """The body of a standard page or an article."""

    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("Image"))
    document = DocumentBlock(label=_("Document"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    embed = EmbedBlock(label=_("Embedded media"), max_width=800)
