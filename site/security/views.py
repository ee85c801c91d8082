from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from .audit import record
from .models import Action, PrivateFile


@require_safe
@login_required
def download(request, pk):
    """Send a private file to its owner, or to staff allowed to read any member's files.

    Everyone else gets a 404, whether or not the file exists. A file is sent only once the
    virus scan has passed, and always as an attachment, so that the browser never renders it.
    """
    private_file = get_object_or_404(PrivateFile.objects.usable(), pk=pk)
    user = request.user
    if private_file.owner_id != user.pk:
        if not (user.is_staff and user.has_perm("security.view_any_privatefile")):
            raise Http404
        record(Action.FILE_VIEWED_BY_STAFF, target=private_file, request=request)
    response = FileResponse(
        private_file.file.open("rb"),
        as_attachment=True,
        filename=private_file.download_name,
        content_type=private_file.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response
