from django.core.management.base import BaseCommand

from jawda.webhooks.delivery import deliver_due


class Command(BaseCommand):
    help = "Send the webhook deliveries that are due (first attempts and retries)."

    def handle(self, *args, **options):
        count = deliver_due()
        self.stdout.write(f"{count} webhook deliveries attempted.")
