namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A twenty-third batch of ten team-written English article pages in the templates of the English-language press of
/// Asia, Africa and the Middle East, with invented brands, places and stories: an Indian national daily (a legal
/// correspondent's place line, an "Also read" box), a Pakistani daily ("ISLAMABAD:" dateline, "Read more:" paragraph
/// links, "Published in ..." line, reader comments), a Nigerian daily (in-body link lists, a WhatsApp follow line and a
/// copyright notice closing the body), a Gulf daily, a Singapore daily (listen player, related cards and a Telegram promo
/// between paragraphs), an Indonesian English daily, a Hong Kong daily on CSS-in-JS (key points kept, a copy hidden by a
/// stylesheet class), a pan-regional news-and-analysis site (pull quote, membership prices), a South African news site
/// ("READ |" links) and a Philippine daily (a newsletter form between paragraphs). Written before clean was run on them:
/// .992 mean page F1 on first contact (SmartReader .953), no page below SmartReader (see FIRST-CONTACT.txt). Gold
/// follows the fresh pages' convention: no headline, kicker, caption, credit, box label, stamp, read-also or most-read
/// item; standfirsts, key points and corrections kept.
/// </summary>
public class When_cleaning_the_twenty_third_fresh_probe_pages() : FreshProbeSet("FreshPages23", pages: 10, meanF1Floor: 0.99);
