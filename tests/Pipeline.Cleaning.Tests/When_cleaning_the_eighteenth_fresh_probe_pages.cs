namespace Pipeline.Cleaning.Tests;

/// <summary>
/// An eighteenth batch of ten team-written article pages published outside the newsroom CMS, in eight languages, with
/// invented brands, places and stories: a Substack post (subscription widget, a pull quote in a "pullquote" div,
/// footnotes), a Spanish Medium story, a German Ghost newsletter blog (callout card, bookmark card, signup card, an X
/// post), an Italian Blogger post, a GOV.UK-like press release ("Notes to editors", "Media enquiries"), a French
/// think-tank commentary on Drupal (an "encadré" with its label as a bare span), a Dutch university news story (a
/// "Publicatie" box with a DOI), a Polish trade magazine behind a paywall (the last free paragraph named
/// "paywall-fade"), a LinkedIn-style article and a Next.js local news site. Written before clean was run on them: .954
/// mean page F1 on first contact (SmartReader .932), the paywalled page below SmartReader (see FIRST-CONTACT.txt);
/// .979 after the fixes, no page below SmartReader. Gold follows the fresh pages' convention: no headline, caption,
/// credit, box label, stamp, pull quote, signup or series note; standfirsts, lists, quotes and footnote calls kept.
/// What is left disagrees with earlier sets' gold: FreshPages18 drops the Substack footnotes, the notes to editors and
/// the embedded X posts, which FreshPages4, FreshPages6/13 and the development set keep.
/// </summary>
public class When_cleaning_the_eighteenth_fresh_probe_pages() : FreshProbeSet("FreshPages18", pages: 10, meanF1Floor: 0.97);
