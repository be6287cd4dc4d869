namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A twentieth batch of ten team-written general news pages of new shapes, in five languages, with invented brands,
/// places and stories: a US chain-CMS regional daily (a paywall meter, "Related:" paragraphs, a contact tagline above
/// a closing correction), a UK tabloid (one-sentence paragraphs, picture credits, X, Instagram and TikTok embeds, a
/// "Do you have a story for …?" tip-off box), an Australian broadcaster (a "Key points:" list without full stops, a
/// listen player, a top-stories rail repeating the standfirst), a Pakistani English daily, an Austrian quality daily's
/// Plus article (free paragraphs, then a blurred aria-hidden veil of scrambled placeholder letters above the offer), a
/// French regional daily, a Spanish national daily, a Korean English-language daily (a br-separated body), a Russian
/// city portal and a Smart-Brevity newsletter site (div soup, an "Editor's note: This story has been updated …" close).
/// Written before clean was run on them: .976 mean page F1 on first contact (SmartReader .932), the Austrian paywall
/// teaser below SmartReader (see FIRST-CONTACT.txt); .992 after the fixes. Gold follows the fresh pages' convention:
/// no headline, kicker, caption, credit, box label, stamp, read-also or most-read item; standfirsts, key points,
/// corrections and update notes kept. The tabloid's embedded social posts stay below their gold (which drops them):
/// the cleaner keeps what an embedded post says, as annotators of real pages do.
/// </summary>
public class When_cleaning_the_twentieth_fresh_probe_pages() : FreshProbeSet("FreshPages20", pages: 10, meanF1Floor: 0.985);
