"""Where a system's data are stored, processed and reached from, told apart.

`hosting_country` stays the storage country. The processing country starts as the storage country
where the data did not leave the EEA: it was the only country the catalogue knew. No country is
invented: a system that said "des données sortent de l'EEE" keeps that flag and no processing
country; its line says « des données sortent de l'EEE », and the admin asks for the countries at
the next edit (AISystem.clean).
"""

from django.db import migrations, models

import content.notices.models.catalogue


def processing_where_stored(apps, schema_editor):
    AISystem = apps.get_model("content", "AISystem")
    AISystem.objects.filter(data_leave_eea=False).update(
        processing_country=models.F("hosting_country")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0007_defects_clinic_name_article"),
    ]

    operations = [
        migrations.AlterField(
            model_name="aisystem",
            name="hosting_country",
            field=models.CharField(
                choices=[
                    ("FR", "France"),
                    ("DE", "Allemagne"),
                    ("AT", "Autriche"),
                    ("BE", "Belgique"),
                    ("BG", "Bulgarie"),
                    ("CY", "Chypre"),
                    ("HR", "Croatie"),
                    ("DK", "Danemark"),
                    ("ES", "Espagne"),
                    ("EE", "Estonie"),
                    ("FI", "Finlande"),
                    ("GR", "Grèce"),
                    ("HU", "Hongrie"),
                    ("IE", "Irlande"),
                    ("IS", "Islande"),
                    ("IT", "Italie"),
                    ("LV", "Lettonie"),
                    ("LI", "Liechtenstein"),
                    ("LT", "Lituanie"),
                    ("LU", "Luxembourg"),
                    ("MT", "Malte"),
                    ("NO", "Norvège"),
                    ("NL", "Pays-Bas"),
                    ("PL", "Pologne"),
                    ("PT", "Portugal"),
                    ("CZ", "République tchèque"),
                    ("RO", "Roumanie"),
                    ("SK", "Slovaquie"),
                    ("SI", "Slovénie"),
                    ("SE", "Suède"),
                    ("CH", "Suisse"),
                    ("GB", "Royaume-Uni"),
                    ("US", "États-Unis"),
                    ("CA", "Canada"),
                    ("IL", "Israël"),
                    ("IN", "Inde"),
                    ("JP", "Japon"),
                    ("KR", "Corée du Sud"),
                    ("CN", "Chine"),
                    ("SG", "Singapour"),
                    ("AU", "Australie"),
                ],
                help_text="Le pays des serveurs où l’éditeur garde les données des patients.",
                max_length=2,
                verbose_name="pays où les données sont stockées",
            ),
        ),
        migrations.AddField(
            model_name="aisystem",
            name="processing_country",
            field=models.CharField(
                choices=[
                    ("FR", "France"),
                    ("DE", "Allemagne"),
                    ("AT", "Autriche"),
                    ("BE", "Belgique"),
                    ("BG", "Bulgarie"),
                    ("CY", "Chypre"),
                    ("HR", "Croatie"),
                    ("DK", "Danemark"),
                    ("ES", "Espagne"),
                    ("EE", "Estonie"),
                    ("FI", "Finlande"),
                    ("GR", "Grèce"),
                    ("HU", "Hongrie"),
                    ("IE", "Irlande"),
                    ("IS", "Islande"),
                    ("IT", "Italie"),
                    ("LV", "Lettonie"),
                    ("LI", "Liechtenstein"),
                    ("LT", "Lituanie"),
                    ("LU", "Luxembourg"),
                    ("MT", "Malte"),
                    ("NO", "Norvège"),
                    ("NL", "Pays-Bas"),
                    ("PL", "Pologne"),
                    ("PT", "Portugal"),
                    ("CZ", "République tchèque"),
                    ("RO", "Roumanie"),
                    ("SK", "Slovaquie"),
                    ("SI", "Slovénie"),
                    ("SE", "Suède"),
                    ("CH", "Suisse"),
                    ("GB", "Royaume-Uni"),
                    ("US", "États-Unis"),
                    ("CA", "Canada"),
                    ("IL", "Israël"),
                    ("IN", "Inde"),
                    ("JP", "Japon"),
                    ("KR", "Corée du Sud"),
                    ("CN", "Chine"),
                    ("SG", "Singapour"),
                    ("AU", "Australie"),
                ],
                default="",
                help_text="Le pays des serveurs où l’IA fait son calcul, par exemple un modèle de langue appelé à distance. Souvent le même pays que le stockage.",
                blank=True,
                max_length=2,
                verbose_name="pays où les données sont traitées",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="aisystem",
            name="outside_eea_access",
            field=content.notices.models.catalogue.CountryListField(
                blank=True,
                default=list,
                help_text="Support de l’éditeur, sous-traitants, fournisseur du modèle\u00a0: cochez chaque pays hors de l’Espace économique européen d’où quelqu’un peut lire les données. Aucune case cochée\u00a0: personne hors de l’EEE ne peut les lire.",
                verbose_name="pays hors de l’EEE d’où l’on peut accéder aux données",
            ),
        ),
        migrations.AlterField(
            model_name="aisystem",
            name="data_leave_eea",
            field=models.BooleanField(
                default=False,
                help_text="À cocher si les données sont stockées ou traitées hors de l’EEE, ou si l’on peut y accéder depuis un pays hors de l’EEE.",
                verbose_name="des données sortent de l’Espace économique européen",
            ),
        ),
        migrations.RunPython(processing_where_stored, migrations.RunPython.noop),
    ]
