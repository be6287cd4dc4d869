namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A fourteenth batch of ten team-written English-language local and regional news pages, with
/// invented brands, places and stories: a US TV station on Brightspot (weather bar, video lead, a
/// copyright line as the body's last paragraph), a TownNews BLOX metro daily (in-story ad and
/// newsletter regions), a Patch-like Next.js hyperlocal page (a dateline, a newsletter prompt, a
/// closing line telling residents whom to call), a Reach-like UK daily (ad placeholders between short
/// paragraphs, "Read more:" lines), a BBC-regional-like page (styled-components classes, a contributor
/// block, dated "More on this story" cards), an Australian ACM-like masthead (a paywall teaser), a New
/// Zealand AMP page, a Postmedia-like Canadian daily ("Article content" labels and "This advertisement
/// has not loaded yet" slots between paragraphs), an Irish Arc XP weekly (a pull quote, a council
/// statement in a blockquote) and a Nigerian tagDiv WordPress daily ("ALSO READ:" lines, a
/// correspondent line). Written before clean was run on them: .982 mean page F1 on first contact,
/// the Postmedia-like page .847 (SmartReader .921; see FIRST-CONTACT.txt). Gold follows the fresh
/// pages' convention: no headline, caption, credit, ad label, byline, related links or newsletter
/// box; standfirsts, datelines, subheadings and list items kept.
/// </summary>
public class When_cleaning_the_fourteenth_fresh_probe_pages() : FreshProbeSet("FreshPages14", pages: 10, meanF1Floor: 0.99);
