namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A tenth batch of sixteen team-written pages in shapes and systems no earlier set had: a Wix blog
/// post (data-hook blocks, hashed span classes, view and like counts, a comments widget), a HubSpot
/// blog post (hs_cos_wrapper spans, a table of contents, a CTA image, a subscribe module), a Shopify
/// journal article (an inline product card with "Add to cart", "Shop the story", a cart drawer), a
/// Contao press release (ce_text blocks, an info box, downloads and a press contact), a French
/// university's Drupal 9 page (a chapo field, paragraph entities, a pull quote, an agenda rail), a
/// beehiiv newsletter's web version (a sponsor block, a greeting and a sign-off, a poll), a Brazilian
/// portal republishing a partner agency's story (a partner box, "Continua após a publicidade"), an
/// Italian web story on amp-story pages, a Dutch story whose later paragraphs load lazily and stand
/// in the page only inside noscript, a Polish portal that appends the next article below the first,
/// a Turkish column (an author box above, a bio box below), an Arabic Q&amp;A interview, a Chinese
/// city government's news page (source, editor, print/close links), a Korean Naver blog in
/// SmartEditor ONE components (a sticker, a map card, hashtags), a Hindi cricket report beside a
/// live-score strip, a scorecard widget and ball-by-ball lines, and a Swahili NGO story on Webflow.
/// Written before clean was run on them: .925 mean page F1 on first contact (SmartReader .871), no
/// page below SmartReader; the Dutch noscript page .532 and the Polish two-article page .732 the
/// worst (see FIRST-CONTACT.txt). Since then a script fallback that holds paragraphs is read (the
/// Dutch page 1.000). Gold follows the fresh pages' convention: no headline, caption,
/// credit, box label, pull quote, byline, bio, sponsor block, disclaimer or hashtags; standfirst,
/// subheadings, lists, a newsletter's greeting and sign-off, an interview's questions and a web
/// story's page headings kept. Only the first of two articles on a page is the story.
/// </summary>
public class When_cleaning_the_tenth_fresh_probe_pages() : FreshProbeSet("FreshPages10", pages: 16, meanF1Floor: 0.92);
