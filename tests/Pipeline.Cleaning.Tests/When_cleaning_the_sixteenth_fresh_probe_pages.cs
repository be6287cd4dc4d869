namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A sixteenth batch of ten team-written story pages in the page shapes of 2005-2018 that the public content-extraction
/// benchmarks hold, in nine languages, with invented brands, places and stories: a table-layout regional daily with font tags
/// and "Page 1 of 2", an XHTML 1.0 Transitional daily with div#storybody and hidden "most read" tabs, an ASP.NET WebForms page
/// whose body is one label split by line breaks, a TypePad blog (entry-body and entry-more, trackbacks, comments), an early
/// WordPress blog on the default theme, a Drupal 6 node, a Joomla 1.5 page of contentpaneopen tables, a story posted as the
/// first post of a vBulletin thread, a Bootstrap 3 city portal with Disqus, Taboola and Outbrain, and an AMP page. Written
/// before clean was run on them: .992 mean page F1 on first contact (SmartReader .967), no page below SmartReader (see
/// FIRST-CONTACT.txt). Gold follows the fresh pages' convention: no headline, caption, credit, read-also item, stamp, comment
/// or sign-off; standfirsts, subheadings, list items and fact-box prose kept.
/// </summary>
public class When_cleaning_the_sixteenth_fresh_probe_pages() : FreshProbeSet("FreshPages16", pages: 10, meanF1Floor: 0.98);
