namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A twenty-first batch of ten team-written English article pages imitating the templates of the biggest
/// English-language news sites, with invented brands, places and stories: a global wire (an exclusive kicker, a
/// dateline, "Reporting by … Editing by …", trust-principles line), a US national newspaper (advertisement slots, a
/// correction kept at the end), a national paper's local story (story-continues-below-advertisement lines, a photo
/// gallery mid-body), a cable news science story (video components and related-article cards between the paragraphs),
/// a UK national site, an international broadcaster (a "More from News" card list, an embedded X post), a business
/// site (key points, ticker chips), a politics site, a magazine feature (a listen player, read-inline links) and a
/// regional daily on a common CMS. Written before clean was run on them: .985 mean page F1 on first contact
/// (SmartReader .915), the broadcaster's page below SmartReader (see FIRST-CONTACT.txt); .996 after the fixes (the broadcaster .960, all its loss the embedded post; the other nine 1.000)
/// (video components, a player's zero-and-running-time progress, a gallery's title, teaser cards whose headline is a
/// link without a heading). Gold follows the fresh pages' convention: no headline, kicker, caption, credit, box label,
/// stamp, read-also or most-read item; standfirsts, key points and corrections kept. The broadcaster's embedded X post
/// stays below its gold (which drops it): the cleaner keeps what an embedded post says, as annotators of real pages do.
/// </summary>
public class When_cleaning_the_twenty_first_fresh_probe_pages() : FreshProbeSet("FreshPages21", pages: 10, meanF1Floor: 0.99);
