from django.core.management.base import BaseCommand

from ...groups import ensure_groups


class Command(BaseCommand):
    help = (
        "Create the Translators group and one group per regional committee page, with their "
        "page permissions. Run it after adding a committee page; running it again changes nothing."
    )

    def handle(self, *args, **options):
        groups = ensure_groups()
        self.stdout.write(f"{len(groups)} regional committee groups are up to date.")
