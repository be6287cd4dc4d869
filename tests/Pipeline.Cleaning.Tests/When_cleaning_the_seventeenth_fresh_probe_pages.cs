namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A seventeenth batch of ten team-written story pages of large present-day news sites outside Western Europe and North
/// America, each in its own language and script, with invented brands, places and stories: a Hindi daily on Next.js, a
/// Bengali daily on a Quintype-like stack, a detik-like Indonesian portal ("Baca juga" boxes, a paged story), a
/// VnExpress-like Vietnamese daily (the author as the last right-aligned paragraph), a Thai WordPress site, a Turkish
/// Next.js portal ("Kaynak: AA" as the last paragraph), a right-to-left Arabic Drupal 10 site, a Persian agency page (its
/// "end of message" sign-off), a Swahili daily and a G1-like Brazilian portal ("LEIA TAMBÉM", "VÍDEOS"). Written before
/// clean was run on them: .992 mean page F1 on first contact (SmartReader .915), no page below SmartReader (see
/// FIRST-CONTACT.txt). Gold follows the fresh pages' convention: no headline, caption, credit, read-also item, stamp,
/// messenger prompt, comment or sign-off; standfirsts (also where set as an h2), datelines, lists and body kept.
/// </summary>
public class When_cleaning_the_seventeenth_fresh_probe_pages() : FreshProbeSet("FreshPages17", pages: 10, meanF1Floor: 0.98);
