"""The Arabic locale, the 12 regions of Morocco (2015 division) and the sectors."""

from django.db import migrations

REGIONS = [
    ("tanger-tetouan-al-hoceima", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة"),
    ("oriental", "L'Oriental", "الشرق"),
    ("fes-meknes", "Fès-Meknès", "فاس مكناس"),
    ("rabat-sale-kenitra", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة"),
    ("beni-mellal-khenifra", "Béni Mellal-Khénifra", "بني ملال خنيفرة"),
    ("casablanca-settat", "Casablanca-Settat", "الدار البيضاء سطات"),
    ("marrakech-safi", "Marrakech-Safi", "مراكش آسفي"),
    ("draa-tafilalet", "Drâa-Tafilalet", "درعة تافيلالت"),
    ("souss-massa", "Souss-Massa", "سوس ماسة"),
    ("guelmim-oued-noun", "Guelmim-Oued Noun", "كلميم واد نون"),
    ("laayoune-sakia-el-hamra", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء"),
    ("dakhla-oued-ed-dahab", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب"),
]

SECTORS = [
    ("agroalimentaire", "Agroalimentaire", "الصناعات الغذائية"),
    ("automobile", "Automobile", "صناعة السيارات"),
    ("aeronautique", "Aéronautique", "صناعة الطيران"),
    ("textile-cuir", "Textile et cuir", "النسيج والجلد"),
    ("chimie-parachimie", "Chimie et parachimie", "الكيمياء وشبه الكيمياء"),
    ("btp", "Bâtiment et travaux publics", "البناء والأشغال العمومية"),
    ("energie-mines", "Énergie et mines", "الطاقة والمعادن"),
    ("sante", "Santé", "الصحة"),
    ("tourisme", "Tourisme", "السياحة"),
    ("tic", "Technologies de l'information", "تكنولوجيا المعلومات"),
    ("logistique-transport", "Logistique et transport", "اللوجستيك والنقل"),
    ("agriculture-peche", "Agriculture et pêche", "الفلاحة والصيد البحري"),
    ("services", "Services", "الخدمات"),
    ("education-formation", "Éducation et formation", "التربية والتكوين"),
    ("administration-publique", "Administration publique", "الإدارة العمومية"),
]


def load(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("fr", "ar"):
        Locale.objects.get_or_create(language_code=code)
    for model_name, rows in (("Region", REGIONS), ("Sector", SECTORS)):
        model = apps.get_model("jawda", model_name)
        for order, (code, name_fr, name_ar) in enumerate(rows):
            model.objects.update_or_create(
                code=code, defaults={"name_fr": name_fr, "name_ar": name_ar, "sort_order": order}
            )


def unload(apps, schema_editor):
    apps.get_model("jawda", "Region").objects.filter(code__in=[r[0] for r in REGIONS]).delete()
    apps.get_model("jawda", "Sector").objects.filter(code__in=[s[0] for s in SECTORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("jawda", "0002_site_pages"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(load, unload)]
