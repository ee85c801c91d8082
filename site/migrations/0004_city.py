"""Cities where events take place, with their region."""

import django.db.models.deletion
from django.db import migrations, models

CITIES = [
    ("casablanca", "Casablanca", "الدار البيضاء", "casablanca-settat"),
    ("mohammedia", "Mohammedia", "المحمدية", "casablanca-settat"),
    ("el-jadida", "El Jadida", "الجديدة", "casablanca-settat"),
    ("settat", "Settat", "سطات", "casablanca-settat"),
    ("rabat", "Rabat", "الرباط", "rabat-sale-kenitra"),
    ("sale", "Salé", "سلا", "rabat-sale-kenitra"),
    ("kenitra", "Kénitra", "القنيطرة", "rabat-sale-kenitra"),
    ("tanger", "Tanger", "طنجة", "tanger-tetouan-al-hoceima"),
    ("tetouan", "Tétouan", "تطوان", "tanger-tetouan-al-hoceima"),
    ("fes", "Fès", "فاس", "fes-meknes"),
    ("meknes", "Meknès", "مكناس", "fes-meknes"),
    ("marrakech", "Marrakech", "مراكش", "marrakech-safi"),
    ("safi", "Safi", "آسفي", "marrakech-safi"),
    ("agadir", "Agadir", "أكادير", "souss-massa"),
    ("oujda", "Oujda", "وجدة", "oriental"),
    ("nador", "Nador", "الناظور", "oriental"),
    ("beni-mellal", "Béni Mellal", "بني ملال", "beni-mellal-khenifra"),
    ("errachidia", "Errachidia", "الرشيدية", "draa-tafilalet"),
    ("ouarzazate", "Ouarzazate", "ورزازات", "draa-tafilalet"),
    ("guelmim", "Guelmim", "كلميم", "guelmim-oued-noun"),
    ("laayoune", "Laâyoune", "العيون", "laayoune-sakia-el-hamra"),
    ("dakhla", "Dakhla", "الداخلة", "dakhla-oued-ed-dahab"),
]


def load(apps, schema_editor):
    City = apps.get_model("jawda", "City")
    Region = apps.get_model("jawda", "Region")
    regions = {region.code: region for region in Region.objects.all()}
    for order, (code, name_fr, name_ar, region) in enumerate(CITIES):
        City.objects.update_or_create(
            code=code,
            defaults={
                "name_fr": name_fr,
                "name_ar": name_ar,
                "region": regions[region],
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("jawda", "0003_reference_data")]

    operations = [
        migrations.CreateModel(
            name="City",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("code", models.SlugField(max_length=40, unique=True, verbose_name="code")),
                ("name_fr", models.CharField(max_length=120, verbose_name="name in French")),
                ("name_ar", models.CharField(max_length=120, verbose_name="name in Arabic")),
                ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="order")),
                (
                    "region",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="cities",
                        to="jawda.region",
                        verbose_name="region",
                    ),
                ),
            ],
            options={
                "verbose_name": "city",
                "verbose_name_plural": "cities",
                "ordering": ["sort_order", "code"],
                "abstract": False,
            },
        ),
        migrations.RunPython(load, migrations.RunPython.noop),
    ]
