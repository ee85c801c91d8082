from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .translation_status import TranslationState, sections, translation_report


def translation_status(request):
    """Admin report: every page of the default language and its state in the other languages."""
    available = sections()
    chosen = next((page for page in available if str(page.pk) == request.GET.get("section")), None)
    locales, rows = translation_report(section=chosen)
    wanted = request.GET.get("state")
    if wanted in TranslationState.values:
        rows = [row for row in rows if any(state == wanted for _l, state, _t in row[1])]
    return TemplateResponse(
        request,
        "jawda/admin/translation_status.html",
        {
            "page_title": _("Translation status"),
            "locales": locales,
            "rows": rows,
            "sections": available,
            "chosen_section": chosen,
            "states": TranslationState.choices,
            "chosen_state": wanted,
        },
    )
