namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A nineteenth batch of ten team-written article pages of specialist and vertical news sites, in eight languages,
/// with invented brands, places and stories: a Spanish match report (a score header above the headline, a "Ficha
/// técnica" at the end of the body), a German markets page (a quote box under the teaser, quote chips inside the
/// sentences, a delay notice), an English consumer-tech review (a score card with pros and cons), a French long-form
/// feature, an Italian science story, a portal showing agency copy ("Story continues below" over native ads), a
/// Brazilian entertainment page (a titled picture carousel), a Swedish car test (a rating card with sub-grades and
/// prices), a Dutch weather page and a British food column with a recipe card. Written before clean was run on them:
/// .977 mean page F1 on first contact (SmartReader .909), the car test below SmartReader (see FIRST-CONTACT.txt);
/// .999 after the fixes. Gold follows the fresh pages' convention: no headline, kicker, caption, credit, box label,
/// stamp, pull quote, rating or shop widget; standfirsts, pros and cons, fact and spec tables, recipe ingredients
/// and steps kept.
/// </summary>
public class When_cleaning_the_nineteenth_fresh_probe_pages() : FreshProbeSet("FreshPages19", pages: 10, meanF1Floor: 0.99);
