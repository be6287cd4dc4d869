namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A twenty-second batch of ten team-written English news pages in shapes where crawled pages trip
/// extractors: an infinitely scrolled page with a second story appended, consent walls in the DOM, a comment
/// thread longer than the story, an old CMS's &lt;br&gt;-separated body, a print view, a paywall declaring the
/// whole story in JSON-LD, a live story's timeline and "What we know" box, a portal's agency story with a
/// sponsored grid, an explainer's FAQ accordion and data table, a gallery obituary. Written blind: .986 mean page
/// F1 on first contact (SmartReader .889; see FIRST-CONTACT.txt); 1.000 on every page after the fixes (an
/// accordion's questions set in buttons inside their headings, a "What we know so far" list of facts in an aside
/// beside the body with its six-word label, a table's "Source:" line naming several bodies, a caption class
/// written as one word, "photocaption"). Gold follows the fresh pages' convention: no headline, kicker, caption,
/// credit, box label, stamp or teaser; standfirsts, fact boxes and the live story's timeline kept. The
/// explainer's gold sets each table row on one line where earlier sets' golds give a line per cell; the cleaner
/// keeps a cell per line, which word shingles read alike.
/// </summary>
public class When_cleaning_the_twenty_second_fresh_probe_pages() : FreshProbeSet("FreshPages22", pages: 10, meanF1Floor: 0.995);
