using System.Text.RegularExpressions;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// Class and id vocabularies: what page chrome calls itself, and what article bodies call themselves.
/// Matched on word starts, so "relatedArticles" and "main-nav" count but "canvas" does not.
/// </summary>
internal static partial class BoilerplateNames
{
    // Class lists repeat within a page and across a site's pages; the verdicts are pure, so they are
    // remembered (bounded) instead of running the patterns again for every element. Each thread keeps
    // its own: a shared dictionary takes a lock on every new class list.
    [ThreadStatic] private static Dictionary<string, NameVerdict>? _verdicts;
    private const int MaxRemembered = 50_000;

    /// <summary>The removal reason a class/id implies, or null.</summary>
    public static string? ReasonFor(string names) => VerdictOf(names).Reason;

    public static bool IsArticleBody(string names) => VerdictOf(names).ArticleBody;

    /// <summary>Names that mark byline and date boxes: removed only when small (see <see cref="ContentPruner"/>).</summary>
    public static bool IsArticleMeta(string names) => VerdictOf(names).ArticleMeta;

    /// <summary>Names templates give the standfirst: "standfirst", "subheadline", "dek", "lead-paragraph", "article-summary".</summary>
    public static bool IsStandfirst(string names) => names.Length > 0 && Standfirst().IsMatch(names);

    /// <summary>
    /// Names paywall templates give the story's own paragraphs, free or locked: BLOX's
    /// "subscriber-preview" and "subscriber-only", "premium-content", "members-only". They say
    /// "subscri…" and "premium" as a promo does, but wrap the text. So does the last free paragraph
    /// a template fades or blurs out above the wall ("paywall-fade", "premium-blur", "paywall-gradient").
    /// </summary>
    public static bool IsPaywalledText(string names) => names.Length > 0 && PaywalledText().IsMatch(names);

    /// <summary>Names of the box of facts a story sets beside its paragraphs: "fact-box", "factbox", "fakta", "infobox", "key-facts", French "encadré".</summary>
    public static bool IsFactBox(string names) => names.Length > 0 && FactBox().IsMatch(names);

    /// <summary>Names of a review's lists of pros and cons: "pros", "cons", "pros-cons", "sc-pros", "pluspunkte", "fördelar".</summary>
    public static bool IsProsAndCons(string names) => names.Length > 0 && ProsAndCons().IsMatch(names);

    /// <summary>Names a discussion page gives its body: "forum", "thread", "topic", "discussion", "viewtopic", "showthread".</summary>
    public static bool IsDiscussion(string names) => Discussion().IsMatch(names);

    /// <summary>Names of a recipe's ingredient list: "recipe-ingredients", "ingredients", "zutaten", "ingredientes".</summary>
    public static bool IsIngredients(string names) => names.Length > 0 && Ingredients().IsMatch(names);

    /// <summary>Generic words of content containers ("content", "entry", "post"): a weak hint for scoring.</summary>
    public static bool IsGenericContent(string names) => VerdictOf(names).GenericContent;

    private static NameVerdict VerdictOf(string names)
    {
        if (names.Length == 0) return default;
        var verdicts = _verdicts ??= new Dictionary<string, NameVerdict>(StringComparer.Ordinal);
        if (verdicts.TryGetValue(names, out var verdict)) return verdict;
        verdict = new NameVerdict(Judge(names), ArticleBody().IsMatch(names), ArticleMeta().IsMatch(names), GenericContent().IsMatch(names));
        if (verdicts.Count >= MaxRemembered) verdicts.Clear();
        verdicts[names] = verdict;
        return verdict;
    }

    private static string? Judge(string names)
    {
        var match = Chrome().Match(names);
        if (!match.Success) return null;
        foreach (var (group, reason) in ReasonGroups)
            if (match.Groups[group].Success) return reason;
        return null;
    }

    private readonly record struct NameVerdict(string? Reason, bool ArticleBody, bool ArticleMeta, bool GenericContent);

    private static readonly (string Group, string Reason)[] ReasonGroups =
    [
        ("authorbox", "author-box"), ("caption", "caption"), ("media", "media"), ("comments", "comments"), ("cookie", "cookie-banner"), ("promo", "promo"), ("share", "share"),
        ("related", "related"), ("ad", "ad"), ("nav", "nav"), ("footer", "footer"), ("sidebar", "sidebar"), ("hidden", "hidden"), ("tags", "tags"), ("scores", "scores"), ("recipe", "recipe-data"), ("rating", "rating"),
    ];

    // A recipe card's data boxes (WP Recipe Maker's "wprm-recipe-times-container", Tasty Recipes'
    // "tasty-recipes-rating", Mediavine's "mv-create-nutrition") give its times, rating and
    // nutrition; its ingredients, steps and notes are the recipe. A rating drawn as a meter or as
    // stars ("rating-meter", "star-rating"), a review's rating card ("rating-card": stars, sub-grades,
    // prices) and an element named "rating" and nothing more (readers' stars, "4.6 (212 ratings)")
    // show a verdict the story states in words.
    // A BEM element named "comment" and nothing more ("gallery__item__comment", "card__comment--wide")
    // is what the item's block says about it, a gallery's or a listing's text under each picture; a
    // section of readers' comments calls itself "comments", "comment-list" or is a "comment" block.
    // An ad slot named as a BEM block ("ad__section-border", "ad__inner", "ad__placeholder-text") or
    // with an underscore ("ad_slot", "ads_wrapper") is as much an ad as "ad-slot" is.
    // A newsroom CMS's video component set between the paragraphs ("video-resource": the player, a
    // "Video" label, the clip's title, its blurb and source) is the clip's, not the story's.
    // A teaser for another page set between or under the story's paragraphs ("inline-teaser": a
    // linked heading, a line of summary, a button) points away from the story.
    // Page builders call every block of the page a widget ("elementor-widget-text-editor",
    // "so-widget-sow-editor", "panel-widget-style"), the story's text included: only a widget of the
    // site's own theme is a sidebar's. A widget that is a quote ("widget quote") is one a story's
    // editor sets between its paragraphs, as a newsroom CMS inserts a picture or a statement: the
    // quote's words are the story's (one that repeats the text goes as a pull quote later).
    // Old CMSs write a picture's caption as one lower-case word ("photocaption", "imgcaption").
    [GeneratedRegex("""
        (?<![a-z0-9])(?:
          (?<authorbox>author-?(bio|box|info|profile|card|details|about)|about-?(the-?)?author|autoren-?box|autor-?(info|box|profil))
         |(?<caption>caption|(photo|pic|picture|image|img|foto)caption|(img|image|photo|pic|picture|foto|bild)[-_]?desc(r|ription)?\b|bildunterschrift|bildtext|legende?\b|(image|photo|img|media|foto|bild)-?(credit|copyright|source|quelle)|credits?\b)
         |(?<media>(video|audio|podcast)[-_]*(player|embed|title|caption|wrapper|container|teaser|poster|play|duration|source|resource|program(me)?)(?![a-z0-9])|video-?(player|embed|title|caption|wrapper|container|teaser)|inline-?video|media-?player|audio-?player|podcast-?player
           |media[-_]*(audio|video)(?![a-z0-9])|embed[-_]*(audio|video)(?![a-z0-9])|tts(?![a-z0-9])|text-?to-?speech|read-?aloud|listen-?(button|btn|to-?(article|story)))
         |(?<comments>(?<!__)comment|__comment(?=[a-z0-9]|-(?!-))|comentari|comentári|disqus|respond\b|kommentar|reactions?\b|replies\b|guest-?book|condolence|(topic|discussion|forum)-?thread|talk-?backs?)
         |(?<cookie>cookie|consent|gdpr|cmp-|usercentrics|onetrust|privacy-?banner)
         |(?<promo>newsletter|subscri|abonn|signup|sign-up|paywall|promo|membership|donat|spende|cta\b|call-to-action|app-?teaser|memberful|offer\b)
         |(?<share>shar(e|ing)|social|shariff|addthis|sociable|follow-?us|print-?button|teilen)
         |(?<related>related|recommend|more-?(stories|articles|news|from)|read-?(also|more|next)|popular|trending|most-?read|meistgelesen|weitere|also-?read|you-?may|outbrain|taboola|next-?post|prev(ious)?-?post|post-?navigation|teaser-?list|inline-?teaser)
         |(?<ad>ads?(?![a-z0-9])|advert|anzeige|sponsor|banner-?ad|dfp|adsense|adslot|ad-?slot|werbung|commercial|reklam[ae]?\b)
         |(?<nav>nav\b|navbar|navigation|menu|breadcrumb|pagination|pager\b|skip-?link|toolbar|topbar|top-bar|masthead|site-?header|page-?header|header-?(wrap|inner|top)|jump-?link)
         |(?<footer>footer|site-?info|copyright|colophon|imprint|impressum|bottom-?bar)
         |(?<sidebar>sidebar|side-?bar|(?<!(elementor|so|panel)-)(?<!(?<![\w-])(quote|blockquote|zitat|citation)\s+)widget(?!\s+(quote|blockquote|zitat|citation)(?![\w-]))|rail\b|marginal|complementary)
         |(?<hidden>(?<![\w-])hidden(?![-\w])|(is|u|js|state|visually)-hidden(?![-\w])|sr-only|screen-?reader|visually-?hidden|offscreen|is-hidden|modal|popup|overlay|lightbox)
         |(?<tags>tags\b|tag-?list|tag-?cloud|tagcloud|post-?tags|keywords|schlagw|taxonomy)
         |(?<scores>line-?ups?\b|team-?sheets?\b|standings\b|league-?tables?\b|score-?board|fixtures-?(list|table)|aufstellung)
         |(?<recipe>nutrition|(recipes?|create)-(times?|ratings?)\b)
         |(?<rating>rating-?(meter|scale|stars?)\b|star-?ratings?\b|(review|score|rating)-?card\b|(?<![\w-])ratings?(?![\w-]))
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Chrome();

    [GeneratedRegex("""
        (?<![a-z])(?:article-?(body|content|text|inner)|articlebody|entry-?content|post-?(content|body|text|entry)|story-?(body|content|text)
          |content-?body|body-?text|text-?body|rich-?text|main-?content|page-?content|single-?content|blog-?post|news-?(text|body|content)|artikel|beitrag)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBody();

    [GeneratedRegex("""
        (?<![a-z])(?:byline|author|autor|dateline|date\b|datum|time\b|timestamp|published|pubdate|entry-?meta|post-?meta|article-?meta|meta\b|meta-?(info|data)|credit|posted|updated)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleMeta();

    [GeneratedRegex("""
        (?<![a-z])(?:stand-?first|sub-?head(line|ing)?s?\b|dek\b|deck\b|lede\b|lead-?(paragraph|text)\b|(article|story|news|post|entry)-?(lead|summary|intro|teaser|excerpt|spot|sub-?title)\b|sub-?title\b)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Standfirst();

    [GeneratedRegex(@"(?<![a-z])(subscriber|premium|members?|paid)[-_]?(preview|only|content|text|body)(?![-_a-z])|(?<![a-z])(paywall|premium|subscriber|metered)[-_]?(fade|faded|fade-?out|blur|blurred|gradient|truncated?)(?![-_a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PaywalledText();

    [GeneratedRegex(@"(?<![a-z])(fact-?(box|file|sheet)|facts?(?![a-z0-9]|-?check)|key-?facts|fakta(boks|box|ruta)?\b|fakten-?box|info-?box|infokasten|encadr[eé]s?(?![a-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex FactBox();

    [GeneratedRegex(@"(?<![a-z0-9])(pros|cons|pros-?(and-?)?cons|pro-?con(tra)?s?|plus-?minus|pluspunkte|minuspunkte|fördelar|nackdelar|fordeler|ulemper|ventajas|desventajas|vantaggi|svantaggi|avantages|inconvénients|voordelen|nadelen)(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex ProsAndCons();

    [GeneratedRegex(@"(?<![a-z])(forums?|threads?|topics?|discussions?|viewtopic|showthread)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Discussion();

    [GeneratedRegex(@"(?<![a-z])(ingredients?|ingredientes|ingrédients|ingredienti|zutaten|składniki)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ingredients();

    [GeneratedRegex(@"(?<![a-z])(article|content|entry|hentry|post|text|story|body|main|blog|news|inhalt)", RegexOptions.CultureInvariant)]
    private static partial Regex GenericContent();
}
