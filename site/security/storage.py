"""Where private uploads live: outside MEDIA_ROOT, with no public URL."""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateMediaStorage(FileSystemStorage):
    """Files only the download view reads, after a permission check.

    The location is read from PRIVATE_MEDIA_ROOT at each use (not cached as Django's storage
    does for MEDIA_ROOT), so that tests and deployments can move it.
    """

    @property
    def base_location(self):
        return Path(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        # No URL: FileSystemStorage.url() then refuses instead of pointing under MEDIA_URL.
        return None


private_storage = PrivateMediaStorage()
