namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A ninth batch of twenty team-written pages in shapes no earlier set had: a podcast episode with
/// show notes, a chapter list of linked time codes and a transcript with speaker labels, a nonprofit
/// newsroom's story with "This story was originally published by …" and a republish modal holding
/// the story's HTML in a textarea, a food section's WP Recipe Maker card (rating, times, ingredients,
/// steps, notes, nutrition), a fact check with a ClaimReview verdict card and a rating meter, a
/// scrollytelling story in step cards beside a sticky SVG graphic, a parish council's news post
/// pasted from Word (MsoNormal spans, o:p, empty paragraphs, a Word bullet list), a product review
/// with a score, pros and cons lists, a spec table and affiliate buttons, a published Notion page
/// (text, callout and toggle blocks), a by-election results widget above a short story, a police
/// appeal with a Crimestoppers box and "Was this page helpful?", a translated story with an AI
/// summary box and a translator's note; and Hebrew (talkbacks and a news-flash rail), Greek (a
/// photo gallery, a caption and counter per slide), Turkish (a market ticker, "Haberin Devamı" ad
/// breaks, a two-stamp meta line), Indonesian (a ministry's press release), Vietnamese (an
/// eMagazine in full-width sections with a big quote), Swedish (a debate article signed by six
/// doctors under "Detta är en debattartikel"), Czech (an online report of timestamped entries),
/// Romanian (a numbered listicle with "Articolul continuă mai jos" between the points) and
/// Japanese (ruby readings over hard words and a "この記事のポイント" box). Written before clean
/// was run on them: .936 mean page F1 on first contact (SmartReader .883; the Hebrew page, .781
/// against .957, and the AI-summary page, .919 against .938, lost to it), .994 after the fixes
/// for them, no page below SmartReader. Still short: the fact-check card's labels ("What was
/// claimed", "Our verdict", terms of a definition list, which a glossary's terms are too); the
/// recipe card's section labels ("Ingredients", "Instructions", "Notes"), the review's
/// "Wired"/"Tired" list labels,
/// the podcast's "About this episode"/"Transcript" and the visual story's "About this story"
/// headings (box labels by the gold, headings by the markup); the eMagazine's big quote, which
/// repeats no sentence of the story and so is not known as a pull quote. Gold follows the fresh
/// pages' convention: no headline, caption or credit, box label, pull quote, reporter line,
/// translator's or originally-published line, media contact, disclaimer, entry time, chapter list
/// or rating; standfirst, subheadings, lists, a recipe's ingredients, steps and notes, a spec
/// table, pros and cons, a fact check's claim and verdict, a transcript's lines with their
/// speakers, a debate article's signatories and a callout's text kept. A live report's entries
/// are its body, without their times.
/// </summary>
public class When_cleaning_the_ninth_fresh_probe_pages() : FreshProbeSet("FreshPages9", pages: 20, meanF1Floor: 0.99);
