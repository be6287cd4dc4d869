namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A seventh batch of twenty team-written pages in shapes no earlier set had: WordPress with a Yoast
/// breadcrumb and Jetpack's share, like and related-posts blocks inside entry-content, a Q&amp;A
/// interview set as a definition list, comments rendered inside the story's own container, page 1
/// of a story split over two pages, a Mailchimp newsletter archive, a UN joint statement with
/// numbered paragraphs and media contacts, a small-town weekly beside obituaries and classifieds, a
/// court report with a timeline list, Squarespace blocks, a MediaWiki news page with its sources; and
/// German Drupal 7, a French live blog, a Spanish opinion column with a bio box, an Italian
/// comune's press release on bootstrap-italia, a Dutch Elementor page, Polish text separated by
/// &lt;br&gt;, a Russian price table, an Indonesian paginated story, a Danish fact box and a
/// Portuguese FAQ explainer. Written before clean was run on them: .921 mean page F1 on first
/// contact (SmartReader .926; the Elementor page scored 0, and the UN statement, the small-town
/// weekly and the newsletter archive were below SmartReader), .987 after the fixes for them. The
/// small-town weekly's gold first left out its deck (an h2 under the headline), against the
/// convention below and the benchmarks' annotators, who keep a deck; with the deck in its gold the
/// page scores 1.000 (SmartReader .984). The newsletter archive stays a little below SmartReader
/// (.962 against .966) though both keep its "Dates for your diary" box after the sign-off:
/// SmartReader runs the box's lines together ("diary6 December"), which leaves fewer 4-grams to
/// count; the box is one of the newsletter's sections, so no rule takes it. Gold follows the fresh pages'
/// convention: no headline, caption, box label, entry time, media contact, source list or sign-up;
/// standfirst, subheadings, tables, lists, a fact box's text and a statement's signatories kept.
/// </summary>
public class When_cleaning_the_seventh_fresh_probe_pages() : FreshProbeSet("FreshPages7", pages: 20, meanF1Floor: 0.98);
