"""Background work of the events app: the confirmed programme import (django-tasks).

With the default immediate backend the task runs inside the request that enqueues it; a
deployment sets `TASKS_BACKEND` to a queue with its worker (docs/deployment.md) so that a long
import never holds a web request.
"""

from django_tasks import task

from django.db import transaction
from django.utils import timezone, translation

from jawda.security import audit

from .models import ProgrammeImport
from .resources import counts, run_import, unpack_rows

# Audit log action (the field is free text; jawda.security.models.Action lists the others).
PROGRAMME_IMPORTED = "events_programme_imported"


@task()
def import_programme(import_id):
    """Run a confirmed import: all its rows or none, then record the outcome for its page."""
    job = ProgrammeImport.objects.select_related("edition", "user").get(pk=import_id)
    if job.status != ProgrammeImport.Status.QUEUED:
        return  # a second delivery of the same task
    ProgrammeImport.objects.filter(pk=job.pk).update(
        status=ProgrammeImport.Status.RUNNING, started_at=timezone.now()
    )
    # Row errors are written once, in the language of the editor who confirmed.
    with translation.override(job.language):
        try:
            dataset = unpack_rows(job.rows)
            # The rows are checked again: events and rights may have changed since the preview.
            result, errors = run_import(dataset, edition=job.edition, user=job.user, dry_run=False)
        except Exception:
            ProgrammeImport.objects.filter(pk=job.pk).update(
                status=ProgrammeImport.Status.FAILED, finished_at=timezone.now()
            )
            raise
    if errors:
        ProgrammeImport.objects.filter(pk=job.pk).update(
            status=ProgrammeImport.Status.FAILED,
            finished_at=timezone.now(),
            errors=[[number, [list(pair) for pair in pairs]] for number, pairs in errors],
        )
        return
    totals = counts(result)
    with transaction.atomic():
        ProgrammeImport.objects.filter(pk=job.pk).update(
            status=ProgrammeImport.Status.DONE, finished_at=timezone.now(), rows="", **totals
        )
        audit.record(
            PROGRAMME_IMPORTED,
            actor=job.user,
            target=job.edition,
            after={
                "format": job.file_format,
                "file_name": job.file_name,
                "rows": job.row_count,
                **totals,
            },
        )
