"""The StreamField vocabulary of patient information."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

# Limited rich text: patients read short paragraphs, lists and links, nothing else.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "components/blocks/heading_block.html"
        description = _("Un intertitre de section (niveau 2).")
        preview_value = _("Ce que l’IA change pour vous")


class ParagraphBlock(blocks.RichTextBlock):
    features = PARAGRAPH_FEATURES

    def __init__(self, **kwargs):
        super().__init__(features=self.features, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraphe")
        template = "components/blocks/paragraph_block.html"
        description = _("Du texte courant : gras, italique, liens et listes.")
        preview_value = _("<p>Votre médecin reste responsable de chaque décision.</p>")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[
            ("info", _("Information")),
            ("warning", _("Attention")),
            ("success", _("Bon à savoir")),
        ],
        default="info",
        label=_("Ton"),
    )
    title = blocks.CharBlock(required=False, label=_("Titre"))
    body = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, label=_("Texte"))

    class Meta:
        icon = "warning"
        label = _("Encadré")
        template = "components/blocks/callout_block.html"
        description = _("Un message mis en avant : information, mise en garde ou conseil.")
        preview_value = {
            "tone": "info",
            "title": _("Vous pouvez refuser"),
            "body": _("<p>Refuser un outil d’IA ne change rien à la qualité de vos soins.</p>"),
        }


class KeyFigureBlock(blocks.StructBlock):
    figure = SnippetChooserBlock("content.BarometerFigure", label=_("Chiffre"))
    comment = blocks.CharBlock(required=False, label=_("Commentaire"))

    class Meta:
        icon = "order"
        label = _("Chiffre clé")
        template = "components/blocks/key_figure_block.html"
        description = _("Un chiffre du baromètre, affiché avec sa source.")


class FigureListValue(blocks.StructValue):
    """What a list of figures shows once under its items: who was asked, and where it comes from."""

    def shown_figures(self) -> list:
        # A figure deleted from the catalogue leaves an empty choice: it is not shown.
        return [figure for figure in self.get("figures") or () if figure is not None]

    def populations(self) -> list[str]:
        """The populations asked, each once, in the order of the list."""
        labels = (figure.get_population_display() for figure in self.shown_figures())
        return list(dict.fromkeys(labels))

    def sources(self) -> list:
        """The sources of the figures, each once, in the order of the list."""
        return list({figure.source_id: figure.source for figure in self.shown_figures()}.values())


class FigureListBlock(blocks.StructBlock):
    """Figures quoted in the text, each read from its record: correcting the record corrects the page."""

    lead = blocks.CharBlock(
        required=False,
        label=_("Phrase d’introduction"),
        help_text=_("Par exemple : « Les professionnels interrogés disent utiliser l’IA pour : »."),
    )
    figures = blocks.ListBlock(
        SnippetChooserBlock("content.BarometerFigure", label=_("Chiffre")), label=_("Chiffres")
    )

    class Meta:
        icon = "list-ol"
        label = _("Liste de chiffres")
        template = "components/blocks/figure_list_block.html"
        value_class = FigureListValue
        description = _(
            "Des chiffres du baromètre cités dans le texte, chacun lu dans sa fiche avec sa "
            "population et sa source."
        )


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, label=_("Réponse"))

    class Meta:
        icon = "help"
        label = _("Question")


class QuestionsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(QuestionBlock(), **kwargs)

    class Meta:
        icon = "help"
        label = _("Questions et réponses")
        template = "components/blocks/questions_block.html"
        description = _("Des questions fréquentes, chacune avec sa réponse.")


class DoDontBlock(blocks.StructBlock):
    do_title = blocks.CharBlock(required=False, label=_("Titre de « À faire »"))
    do_items = blocks.ListBlock(blocks.CharBlock(label=_("Conseil")), label=_("À faire"))
    dont_title = blocks.CharBlock(required=False, label=_("Titre de « À éviter »"))
    dont_items = blocks.ListBlock(blocks.CharBlock(label=_("Conseil")), label=_("À éviter"))

    class Meta:
        icon = "tasks"
        label = _("À faire / à éviter")
        template = "components/blocks/do_dont_block.html"
        description = _("Deux listes de conseils : ce qu’il faut faire et ce qu’il faut éviter.")
        preview_value = {
            "do_items": [_("Demander à quoi sert l’outil")],
            "dont_items": [_("Écrire des détails médicaux dans une appli non vérifiée")],
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        label=_("Texte alternatif"),
        help_text=_("Ce que montre l’image, pour qui ne la voit pas."),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        label=_("Image décorative"),
        help_text=_("Cochez seulement si l’image n’apporte aucune information."),
    )
    caption = blocks.CharBlock(required=False, label=_("Légende"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"
        description = _("Une image avec son texte alternatif, ou marquée décorative.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ErrorList(
                        [ValidationError(_("Décrivez l’image, ou cochez « Image décorative »."))]
                    )
                }
            )
        return value


class GlossaryBlock(blocks.StaticBlock):
    class Meta:
        icon = "list-ul"
        label = _("Glossaire complet")
        admin_text = _("Affiche tous les termes du glossaire, dans la langue de la page.")
        template = "components/blocks/glossary_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    key_figure = KeyFigureBlock()
    figure_list = FigureListBlock()
    questions = QuestionsBlock()
    do_dont = DoDontBlock()
    image = ImageBlock()
    glossary = GlossaryBlock()


# Easy-read (FALC) text: bold and lists only, no link inside a sentence.
EASY_READ_FEATURES = ["bold", "ul"]


class EasyReadParagraphBlock(ParagraphBlock):
    features = EASY_READ_FEATURES

    class Meta:
        label = _("Paragraphe facile à lire")
        description = _("Des phrases courtes : une idée par phrase, des mots de tous les jours.")


class ExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Titre"), default=_("Un exemple"))
    text = blocks.RichTextBlock(features=EASY_READ_FEATURES, label=_("Exemple"))

    class Meta:
        icon = "help"
        label = _("Exemple")
        template = "components/blocks/example_block.html"
        description = _("Un exemple de la vie de tous les jours qui montre l’idée.")


class EasyReadBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = EasyReadParagraphBlock()
    example = ExampleBlock()
