"""The feedback report of an applicant once her edition's results are published: a PDF in
her language with her scores by criterion and their bands, the consensus notes, the judges'
strengths and areas for improvement merged without their names, and her position against her
category's average. Rendered at each download from the stored scores; never with a judge's
name.
"""

from .applications import write_pdf

TEMPLATE = "awards/results/feedback_pdf.html"


def render_feedback(context, language):
    """The report's PDF bytes for `context` (see `feedback_context`), in `language`."""
    return write_pdf(TEMPLATE, context, language)
