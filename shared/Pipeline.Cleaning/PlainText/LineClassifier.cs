using System.Text.RegularExpressions;

namespace Pipeline.Cleaning.PlainText;

/// <summary>
/// Classifies one line of scraped text: site furniture (by the shared phrase list and the
/// promo vocabulary of membership sites), running text, or a short line.
/// </summary>
internal static partial class LineClassifier
{
    public static (LineKind Kind, string? Reason) Classify(string line)
    {
        if (Pricing().IsMatch(line)) return (LineKind.Boilerplate, "pricing");
        // Menus and newsletter lists name things ("• Morning Tide", "• News in Brief"); an article's
        // list item says something ("- Bus 60 stops running", "- a fixed price for five years").
        var bullet = ListBullet().IsMatch(line);
        if (bullet && Words(line) <= 8 && NamesOnly(line)) return (LineKind.Boilerplate, "link-list");
        if (Navigation().IsMatch(line) || Breadcrumb().IsMatch(line) || IsMenuLine(line)) return (LineKind.Boilerplate, "nav");
        if (StrongPromo().IsMatch(line)) return (LineKind.Boilerplate, "promo");
        if (BoilerplatePhrases.ReasonFor(line) is { } reason) return (LineKind.Boilerplate, reason);
        if (IsDateStamp(line) || IsOutletStamp(line)) return (LineKind.Boilerplate, "date");
        if (RelatedWithMark().IsMatch(line)) return (LineKind.Boilerplate, "related");
        // "Subscribe to X to get access to ..." gives itself away at any length; the others on short lines.
        if ((Words(line) <= 30 || line.StartsWith("Subscribe to ", StringComparison.OrdinalIgnoreCase)) && LocalPromo().IsMatch(line)) return (LineKind.Boilerplate, "prompt");
        if (NewsFurnitureReason(line) is { } furniture) return (LineKind.Boilerplate, furniture);
        if ((Caption().IsMatch(line) && Words(line) <= 60) || IsPictureCredit(line)) return (LineKind.Boilerplate, "caption");
        if (Tags().IsMatch(line)) return (LineKind.Boilerplate, "tags");
        if (MoreFrom().IsMatch(line)) return (LineKind.Boilerplate, "related");
        if (Duration().IsMatch(line)) return (LineKind.Boilerplate, "media");
        if (Counter().IsMatch(line)) return (LineKind.Boilerplate, "counter");
        if (Contact().IsMatch(line)) return (LineKind.Boilerplate, "contact");
        if (IssuedBy().IsMatch(line)) return (LineKind.Boilerplate, "source");
        if (IsAuthorRole(line) || NameWithRole().IsMatch(line) || Desk().IsMatch(line)) return (LineKind.Boilerplate, "byline");
        if (BareLink().IsMatch(line)) return (LineKind.Boilerplate, "link");
        if (IsProse(line)) return (LineKind.Body, null);
        // Words like "membership" or "briefing" also occur in articles; only a short line is given away by them.
        if (WeakPromo().IsMatch(line)) return (LineKind.Boilerplate, "promo");
        return bullet || (Words(line) >= 4 && EndsLikeSentence(line)) ? (LineKind.Sentence, null) : (LineKind.Short, null);
    }

    /// <summary>
    /// A site's menu saved as text: four or more items of one to four words set apart by runs of spaces, bars or dots
    /// ("NEWS  NATION  METRO  REGIONS  BUSINESS", "Daily Sabah Business | Home  Türkiye  Economy  Energy"), or three after a
    /// short label ("Trending: Kadiwa stores | Typhoon Ofel | Flood control probe"), or three of up to three words set apart by bars
    /// ("News releases | Countries | Somalia"). Every item opens with a capital and none
    /// holds a figure or ends a sentence, so a table row of numbers or a list of clauses is no menu.
    /// </summary>
    internal static bool IsMenuLine(string line)
    {
        if (line.Length > 200) return false;
        var body = line;
        var colon = line.IndexOf(':');
        var labelled = colon > 0 && colon <= 24 && Words(line[..colon]) <= 2;
        if (labelled) body = line[(colon + 1)..];
        var parts = MenuSeparator().Split(body.Trim());
        // "News releases | Countries | Somalia": three short items set apart by bars are a trail too.
        var barred = !labelled && parts.Length == 3 && body.Split(" | ").Length == 3;
        if (parts.Length < (labelled || barred ? 3 : 4)) return false;
        foreach (var part in parts)
        {
            var item = part.Trim();
            if (item.Length == 0 || !char.IsUpper(item[0]) || Words(item) > (barred ? 3 : 4) || item[^1] is '.' or '!' or '?' or ',' || item.Any(char.IsDigit)) return false;
        }
        return true;
    }

    [GeneratedRegex(@"\s{2,}|\s+[|·•]\s+")]
    private static partial Regex MenuSeparator();

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "and", "the", "in", "for", "on", "to", "a", "&", "+" };

    /// <summary>After the bullet, every word is capitalised, a number, or a connector inside a name.</summary>
    private static bool NamesOnly(string line) =>
        line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => !char.IsLetter(word[0]) || char.IsUpper(word[0]) || NameConnectors.Contains(word));

    /// <summary>
    /// A line that only says when the piece appeared: a date, perhaps a time and a zone, and at
    /// most two other words ("November 27, 2026 4:12 PM UTC Updated 2 hours ago", "12 March 2026 |
    /// 3 min read"). Stamp words ("updated", "published", "ago", "read") do not count as words.
    /// </summary>
    public static bool IsDateStamp(string line)
    {
        if (line.Length > 90 || DateText.Find(line) is null) return false;
        var rest = StampParts().Replace(ZoneRunIntoWord().Replace(DateText.WithYearApartFromTime(DeliveryNote().Replace(line, " ")), "$1 "), " ");
        // "Transcorp Hilton, Abuja — 19 November 2026": the venue and the city where a speech was given, and when;
        // "Chiefs' Nakamal, Port Vila, Vanuatu, 19 August 2027": a venue, its town and country, set apart by commas.
        return Words(rest.Trim()) <= 2 || (Words(rest) <= (line.Count(c => c == ',') >= 3 ? 6 : 4) && line.AsSpan().IndexOfAny(",—–") >= 0 && VenueAndCity().IsMatch(rest.Trim()));
    }

    // "(as delivered)", "(check against delivery)", "(embargoed until 10:00)": how a speech's text stands to the words spoken.
    [GeneratedRegex(@"\((as\s+delivered|as\s+prepared(\s+for\s+delivery)?|check\s+against\s+delivery|embargoed\b[^)]{0,40})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeliveryNote();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex VenueAndCity();

    /// <summary>
    /// A stamp line that also names the writer or the outlet, the parts set apart by dots, bars or
    /// slashes: "Aline Bouchard · News · Posted: Mar 3, 2026 6:00 AM | Last Updated: 3 hours ago",
    /// "Island Daily Mirror / 06:40 AM March 3, 2026". Every part is a stamp or a few capitalised words.
    /// </summary>
    public static bool IsOutletStamp(string line)
    {
        if (line.Length > 140 || DateText.Find(line) is null) return false;
        var parts = StampSeparator().Split(line).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        if (parts.Count < 2) return false;
        var names = 0;
        var dated = false;
        foreach (var part in parts)
        {
            var rest = StampParts().Replace(ZoneRunIntoWord().Replace(DateText.WithYearApartFromTime(part), "$1 "), " ").Trim();
            if (rest.Length < part.Length && Words(rest) <= 1) { dated |= DateText.Find(part) is not null; continue; }
            if (Words(part) > 4 || !part.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => char.IsUpper(word[0]))) return false;
            names++;
        }
        return dated && names >= 1;
    }

    [GeneratedRegex(@"\s[·|•/]\s|\s?[·|•]\s?")]
    private static partial Regex StampSeparator();

    // Another story's headline behind a marked label: "[READ ALSO] ...", "READ: ...", "Read also: ...".
    [GeneratedRegex(@"^\W*(read(\s+(more|also|next))?|see\s+also|also\s+read|related(\s+(stories|articles|news))?)\s*[:\]|]\s*\S.{0,140}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedWithMark();

    // What local sites set among and under the story: "Follow The Daily Ledger on WhatsApp ...", "Join our
    // WhatsApp channel", "For the latest news, weather ... head to Channel 9", "Subscribe to X to get access
    // to ...", "For feedback, complaints, or inquiries, contact us." Reading prompts: they stand among the paragraphs too, so they do not start the tail.
    [GeneratedRegex("""
        ^(follow|join|find)\s+(\S+\s+){0,5}on\s+(whatsapp|telegram|google\s+news|instagram|facebook|linkedin|youtube|tiktok|threads|x)\b|
        \b(whatsapp|telegram)\s+channel\b|
        ^for\s+(the\s+)?(latest|more)\s+(news|updates|stories)\b.{0,100}\b(head|go|visit|download|follow)\b|
        ^subscribe\s+to\s+\S.{0,60}\bto\s+(get|gain|enjoy|unlock)\b|
        ^for\s+(feedback|complaints|inquiries|enquiries|comments)\b.{0,80}\bcontact\s+us\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex LocalPromo();

    public static bool IsProse(string line) => Words(line) >= 12 && EndsLikeSentence(line);

    /// <summary>A standfirst is a sentence, shorter than body text may be.</summary>
    public static bool IsSentence(string line) => Words(line) >= 8 && EndsLikeSentence(line);

    private static bool EndsLikeSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '“' or '»' or '«' or ':' or ')';

    public static int Words(string line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    // Text taken from markup may also run the zone into the next word ("3:14 PM UTCUpdated").
    [GeneratedRegex(@"\b(UTC|GMT)(?=\p{Lu})")]
    private static partial Regex ZoneRunIntoWord();

    // Dates, times, zones, and the words publication stamps wrap them in; what is left of a stamp line is a few words at most.
    [GeneratedRegex("""
        \b\p{L}{3,10}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(st|nd|rd|th|\.)?\s+\p{L}{3,10}\.?,?\s+\d{4}\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|
        \b\d{1,2}[:.]\d{2}(\s*(am|pm|a\.m\.|p\.m\.|h|uhr))?|\b(utc|gmt|[ecmp][sd]?t|cet|cest|bst|ist)\b|
        \b(updated|published|posted|modified|last|on|at|am|um|ago|hours?|hrs?|minutes?|mins?|days?|min|read|reading|time|aktualisiert|veröffentlicht|stand|vor|stunden?|minuten|lesezeit)\b|
        \b\d+\b|[|·•,:()–—-]
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex StampParts();

    // Lines news sites put among an article's paragraphs (ad labels, reading prompts) and after them
    // (site navigation, print and reporting notes, a sign-up line), the same in every story. One
    // pattern per kind: as one alternation the matcher was a method too large for the JIT to
    // optimise. Every kind but the sign-up line is anchored at the line's start.
    private static string? NewsFurnitureReason(string line)
    {
        if (NewsAd().IsMatch(line)) return "ad";
        if (NewsPrompt().IsMatch(line)) return "prompt";
        if (NewsNavigation().IsMatch(line)) return "nav";
        // The one kind that may match further in: a match at the line's start comes in its place
        // among the anchored kinds, one further in only when none of them takes the line.
        var promo = NewsSignUp().Match(line);
        if (promo.Success && promo.Index == 0) return "promo";
        if (NewsAuthorBox().IsMatch(line)) return "author-box";
        if (NewsEndNote().IsMatch(line)) return "end-note";
        return promo.Success ? "promo" : null;
    }

    private const RegexOptions NewsOptions = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    // An ad label or a "continues below" line.
    [GeneratedRegex("""
        ^(?<ad>skip\s+advertisement|advertisement\s*[·|-]\s*scroll\s+to\s+continue|story\s+continues\s+below(\s+(this\s+)?advertisement)?|sponsor\s+message)\W*$
        """, NewsOptions)]
    private static partial Regex NewsAd();

    // A reading, saving, sharing or app prompt.
    [GeneratedRegex("""
        ^(?<prompt>this\s+article\s+is\s+more\s+than\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|months?)\s+old|why\s+you\s+can\s+trust\s+\S+(\s+\S+)?|\+\s*follow|more|less|save|
            (catch|read)\s+all\s+the\s+.{0,120}\bnews\b.{0,160}|download\s+the\s+.{0,40}\bapp\b.{0,80})\W*$|
        ^(?<prompt>continue\s+reading(\s+the\s+main\s+story)?|share\s+full\s+article|supported\s+by|save\s+(articles|stories|this\s+article)\s+to\s+read\s+later\b.{0,80}|listen\s+to\s+(this\s+)?article(\s*[·|-]?\s*\d+:\d+\s*min)?)\W*$|
        ^(?<prompt>((did\s+you\s+)?(like|enjoy)(ed)?\s+this\s+(article|story|post)\?\s*)?share\s+(it|this(\s+(article|story|post))?)\s+with\s+(your\s+)?(friends|colleagues|network|followers)\W*$)
        """, NewsOptions)]
    private static partial Regex NewsPrompt();

    // Skip links, site index and reprint lines.
    [GeneratedRegex("""
        ^(?<nav>skip\s+to\s+(main\s+)?content\S*(\s*skip\s+to\s+site\s+index)?|site\s+index|site\s+information\s+navigation|réutiliser\s+ce\s+contenu|reuse\s+this\s+content|today[’']s\s+paper|order\s+reprints\b.{0,80})\W*$
        """, NewsOptions)]
    private static partial Regex NewsNavigation();

    // A sign-up or e-mail prompt.
    [GeneratedRegex("""
        (?<promo>\b(sign\s+up|subscribe|register)\s+(here|now|today)\W*$|^(type|enter)\s+your\s+e-?mail(\s+address)?\W*$)
        """, NewsOptions)]
    private static partial Regex NewsSignUp();

    // A writer's box: who the writer is, what they cover.
    [GeneratedRegex("""
        (?<author>^(\p{Lu}[\p{L}.'-]+\s+){1,3}(is|was)\s+((a|an|the)\s+|(\p{Lu}[\p{L}.-]+\s+){0,3}?\p{Lu}[\p{L}.-]+['’]s\s+)([^.]{0,80}\s)?(reporter|correspondent|editor|writer|journalist|columnist|contributor|bureau\s+chief|photographer|fellow)\b[^.]{0,160}\.?(\s+(he|she|they|his|her|their)\s+[^.]{0,100}\.)?$)|
        (?<author>^(?!the\s)(?-i:\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,2})\s+(covers|reports\s+on|writes\s+about)\s[^.]{0,120}\s(for|at|from)\s+(the\s+)?(?-i:\p{Lu})[^.]{0,60}\.?$)
        """, NewsOptions)]
    private static partial Regex NewsAuthorBox();

    // Standards, rights, republishing, agency, opinion, version, comment and contribution notes.
    [GeneratedRegex("""
        ^(?<end>our\s+standards\s*:.{0,100}$|all\s+rights\s+reserved\.?\s.{0,400}\b(reproduced|redistributed|republished|rewritten)\b.{0,200}$|.{0,300}\bto\s+learn\s+more\s+about\s+republishing\b.{0,300}$|(\p{Lu}[\p{L}.' -]{1,40}\s+)?(avec|with|mit|con|com)\s+(l['’])?(afp|ap|reuters|dpa|efe|ansa|agencies|agences|agenturen|agencias)$|the\s+(views|opinions)\s+(and\s+opinions\s+)?expressed\s+.{0,120}\b(are|do\s+not)\b.{0,200}$|a\s+version\s+of\s+this\s+article\s+(first\s+)?appear(s|ed)\s+in\s+print\b|editor['’]s\s+note\s*:.{0,300}$|this\s+(article|story)\s+(was|has\s+been)\s+(originally\s+)?(published|updated|amended|corrected)\b.{0,200}$|
            (reporting|writing)\s+by\s+\p{Lu}.{0,200}(editing|additional\s+reporting)\s+by\b|
            .{0,120}\b(comment\s+on\s+(stories|articles)|before\s+writing\s+your\s+first\s+comment|create\s+a\s+display\s+name)\b.{0,300}$|
            .{0,40}\btranscripts?\s+(are|is)\s+(created|produced)\s+on\s+a\s+rush\s+deadline\b.{0,400}$|
            we\s+acknowledge\s+(the\s+)?(aboriginal|first\s+nations|traditional\s+(owners|custodians))\b.{0,300}$|.{0,300}\b(is|are)\s+copyright\s+and\s+(cannot|may\s+not)\s+be\s+reproduced\b.{0,100}$|(aest|aedt|acst|acdt|awst)\s*=\s*.{0,120}$|
            (\p{L}+\s+){0,4}(writers?|correspondents?|reporters?|journalists?)\s+.{0,160}\bcontributed\s+(to\s+)?(this\s+)?(report|story|article|reporting)\W*$)
        """, NewsOptions)]
    private static partial Regex NewsEndNote();

    /// <summary>
    /// A speaker's salutation on a line of its own, as speeches open ("Your Excellency, the President of
    /// the Commission;", "Honourable Ministers;", "Distinguished Ladies and Gentlemen.", "Dear colleagues,", "Dear Prime Minister Michal, dear Margus,", "Mr Ólafur Ragnar
    /// Grímsson, Chairman of the Arctic Circle,").
    /// </summary>
    public static bool IsSalutation(string line) => Words(line) <= 25 && line[^1] is ';' or ',' or '.' or '!' or ':' && Salutation().IsMatch(line);

    [GeneratedRegex(@"^(Your\s+(Excellenc(y|ies)|Majesty|(Royal\s+)?Highness(es)?|Holiness|Eminence|Honou?r)|Representatives\s+of|Excellenc(y|ies)|(The\s+)?(Right\s+)?Honou?rable|Distinguished|Esteemed|Ladies\s+and\s+[Gg]entlemen|(Mr|Mrs|Ms|Madam|Madame|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){0,4},\s+(the\s+)?\p{Lu}\p{L}*(?=.*[,;]$)|Dear\s+(friends|colleagues|guests|delegates|participants|members|brothers|sisters|citizens|\p{Lu}\p{L}*)|Fellow\s+\p{L}+|Members\s+of\s+the\s+(Diplomatic|Press|Media|Council|Assembly|Parliament|House|Committee|Board|Corps)|Mr\.?\s+(President|Chair(man|person)?|Speaker|Secretary-General)|Madam(e)?\s+(President|Chair(woman|person)?|Speaker|Secretary-General)|Heads\s+of\s+(State|Delegation|Government|Mission)s?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Salutation();

    /// <summary>
    /// A bare name line: two to four capitalised words and nothing else ("Anna Lindqvist", "Selin
    /// Aydın"), as a byline stands above the writer's role or between a standfirst and the story.
    /// </summary>
    public static bool IsBareName(string line) => Words(line) is >= 2 and <= 4 && BareName().IsMatch(line);

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(\s+(\p{Lu}[\p{L}'’.-]+|(al|el|bin|ibn|de|van|von|da|di|le|la)(-\p{L}+)?)){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareName();

    /// <summary>A speaker's office on a line of its own under the name ("Member of the Policy Board", "Deputy Governor", "Minister of Finance").</summary>
    public static bool IsOffice(string line) => Words(line) <= 8 && line[^1] is not ('.' or '?' or '!' or ':') && Office().IsMatch(line);

    [GeneratedRegex(@"^(Member|Governor|Deputy\s+Governor|Deputy|Vice|Chair(man|woman|person)?|President|Minister|Secretary|Director|Commissioner|Ambassador|Chief|Head|Executive|Managing|Professor|Adviser|Advisor|Spokes(person|man|woman)|Permanent\s+Representative)\b(\s+(\p{Lu}[\p{L}'’-]*|of|the|for|and|on|to|General|&))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    /// <summary>The writer's role under a byline ("Political correspondent", "Middle East editor", "Staff Writer").</summary>
    public static bool IsAuthorRole(string line) => Words(line) <= 6 && AuthorRole().IsMatch(line);

    // A label over other stories by the same writer, outlet or topic ("More from Ayman Haddad", "More on Lebanon").
    [GeneratedRegex(@"^((more\s+(from|by|on)|also\s+(from|by)|other\s+stories\s+(from|by)|read\s+more\s+from)\s+\S[^.!?]{0,60}|explore\s+more|(latest|more|top|other)\s+(\p{L}+\s+){0,2}(stories|news|articles|headlines|videos))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreFrom();

    // A bare running time left by an audio player or a reading-time label ("3 min", "4:12").
    [GeneratedRegex(@"^(\d{1,3}\s*(min|mins|minutes?|minuten)\.?|\d{1,2}:\d{2}|\d{1,3}-minute\s+(listen|watch|read)|heard\s+on\s+\p{Lu}[\p{L} ]{2,40})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    // A breadcrumb trail: "Home > Press Room > Statements", "News › World › Africa".
    [GeneratedRegex(@"^((home|startseite|inicio|accueil|start)\s*[>›»/|]\s*\S|[^.!?>›»]{1,40}(\s[>›»]\s[^.!?>›»]{1,40}){2,6}$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    // A bare count left by a like, share or comment button ("34", "1.2k Likes", "6 Restacks").
    [GeneratedRegex(@"^\d[\d.,]*\s*[km]?(\s+(likes?|shares?|restacks?|reactions?|views?))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();

    // A press office's contact lines under a release ("Media enquiries", "Email press@example.org", "Phone 0300 123 4567").
    [GeneratedRegex(@"^((media|press)\s+(enquiries|inquiries|contacts?|office)|(e-?mail|phone|tel(ephone)?|fax|mobile)\s*:?\s*(\S+@\S+\.\S+|\+?[\d()][\d ()./-]{6,}))\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    // The body that issued a release, as government and agency sites set it ("From: Department for Transport").
    [GeneratedRegex(@"^from\s*:\s*\p{Lu}[^.!?]{2,150}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IssuedBy();

    // A tag or topic list under the story ("Topics: Oman, Petronas, Exploration", "Found in: Iraq, China").
    [GeneratedRegex(@"^((tags?|topics?|found\s+in|filed\s+under|keywords|themen|schlagw(ö|o)rte?|categories|kategorien|etiquetas|mots-clés)\s*:\s*[^.!?]{0,200}|(tags|topics|keywords|related\s+topics|themen|schlagwörter|etiquetas|mots-clés)\s*:?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    private const string Role = @"((senior|chief|deputy|staff|political|diplomatic|foreign|economics?|business|security|defen[cs]e|energy|health|science|technology|sports?|legal|investigative|special|regional|international|national|global|contributing|freelance|associate|managing|executive|europe|asia|africa|middle\s+east|gulf|washington|london|brussels)\s+){0,3}(correspondent|reporter|editor|writer|columnist|contributor|journalist|bureau\s+chief)s?";

    [GeneratedRegex("^" + Role + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorRole();

    /// <summary>"KENJI MORIYAMA, Nikkei staff writer", "Lena Park, Seoul correspondent": the writer's name and role on one line.</summary>
    public static string? NameBeforeRole(string line) =>
        NameWithRole().Match(line) is { Success: true } match ? match.Groups["name"].Value : null;

    [GeneratedRegex(@"^((?i:by)\s+)?(?<name>\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(\p{Lu}[\p{L}.&'-]*\s+){0,2}(?i:" + Role + ")$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NameWithRole();

    /// <summary>A newsroom signing for its staff: a byline that names no writer.</summary>
    public static bool IsDesk(string line) => Desk().IsMatch(line);

    // A newsroom signing for its staff ("The Hindu Bureau", "Express News Service", "Metro Desk").
    [GeneratedRegex(@"^((?i:the)\s+)?(\p{Lu}[\p{L}.&'-]*\s+){1,3}(?i:bureau|news\s+service|news\s+desk|desk)$", RegexOptions.CultureInvariant)]
    private static partial Regex Desk();

    // A link on a line of its own ("https://p.dw.com/p/4xYz9"): a share or short link left by the page.
    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareLink();

    // A photo caption with its credit: it opens with "Photo:", carries "Credit..." or "Photo: Agency / Name", or ends
    // with a wire photo credit ("... Atacama Desert. Reuters").
    [GeneratedRegex("""
        ^(photo|picture|image|file\s+photo|foto|bild)\s*[:|]|\bcredit\s*(\.{2,}|…|:)\s*\p{Lu}[^.]{0,80}$|
        \bvia\s+(getty\s+images|shutterstock|reuters|ap|afp)\W*$|
        ((reuters|ap\s+photo|afp|epa(-efe)?|xinhua|anadolu)/[\p{L}.' -]+(/file(\s+photo)?)?|\((photo|picture|image)\s+(by|credit)[^)]*\)|(afp|ap)\s+via\s+getty\s+images)\W*$|
        \((\p{Lu}[\p{L}.&' ]{1,30}:\s*\p{Lu}[\p{L}.'’ -]{1,40}|supplied|file(\s+photo)?)\)\W*$|
        \b(photo|photograph|picture|image)\s*:\s*\p{Lu}[^.]{0,80}$|
        \.\s+(?-i:Reuters|AFP|AP|EPA|EPA-EFE|Getty\s+Images|Bloomberg|AAP|PA|Xinhua|Anadolu|WAM|SPA|Supplied)(/(?-i:File))?\W*$|
        \.\s*\((?-i:Reuters|AFP|AP|EPA|Bloomberg|PTI|ANI|IANS|Xinhua|Getty\s+Images|File(\s+Photo)?|Photo|HT\s+Photo|Mint)\)\W*$|
        \(\p{Lu}[\p{L}.'’ -]{1,40}/\s?\p{Lu}[\p{L}.&' -]{0,30}\)\W*$|
        [—–]\s*((photo|file\s+photo|image)\s+(from|by|courtesy\s+of)\s+[^.]{2,50}|\p{Lu}[\p{L}.&' ]{1,30}/\s?(?-i:File|Files|Photo))\W*$|
        ^(purchase|request|acquire)\s+licensing\s+rights(,\s+opens\s+new\s+tab)?\W*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    /// <summary>A picture credit on a line of its own: "Gallo Images/Thapelo Morebudi", "Reuters / Amr Alfiky".</summary>
    public static bool IsPictureCredit(string line) => PictureCredit().IsMatch(line);

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'-]*(\s\p{Lu}[\p{L}.'-]*){0,3}\s?/\s?\p{Lu}[\p{L}.'-]*(\s\p{Lu}[\p{L}.'-]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PictureCredit();

    /// <summary>A line that ends with whom its picture is from, in brackets: "Hanwha Ocean's shipyard in Geoje (Hanwha Ocean)".</summary>
    public static bool EndsWithCredit(string line) => BracketedCredit().IsMatch(line);

    [GeneratedRegex(@"\(\p{Lu}[\p{L}.&'-]*(\s\p{Lu}[\p{L}.&'-]*){0,3}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedCredit();

    [GeneratedRegex(@"^([$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?[$€£¥]|\d[\d,.]*\s?(usd|eur|gbp))\s*(/|per|a|pro)\s*\p{L}+|^billed\s+(annually|monthly|yearly)|^(monthly|annual|yearly)\s+plan\b|^jährlich\s+abgerechnet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pricing();

    [GeneratedRegex(@"^[•·▪◦‣*–-]\s")]
    internal static partial Regex ListBullet();

    // Site navigation on a line of its own, and the text-size buttons ("A", "AA", "A+", "A-").
    [GeneratedRegex(@"^((skip\s+(to|next)\b.*|learn\s+more|playlist|transcript|copy\s+link|link\s+copied|copied|copy\s+url|menu|menü|search|suche|home|startseite|sign\s+in|log\s*in|anmelden|subscribe|abonnieren|share|teilen|regions|sections|topics|newsletters?)\W*|(?-i:A{1,3}|A[+-]{1,2}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Navigation();

    // Phrases only a membership or newsletter promo uses, whatever the line's length.
    [GeneratedRegex("""
        \b(already\s+a\s+(member|subscriber)|subscribe\s+(now|today)|free\s+trial|try\s+it\s+(for\s+)?free|cancel\s+(at\s+)?any\s*time|
           become\s+(a\s+)?member|delivered\s+straight\s+to\s+your\s+inbox|(stories|news|headlines|briefing|newsletter)\s+(\w+\s+){0,3}in\s+your\s+inbox|join\s+(over\s+)?[\d,.]+\s+(readers|subscribers|members|professionals)|
           join\s+(hundreds|thousands|millions)\s+of|help\s+us\s+keep\s+(going|reporting)|funded\s+(through|by)\s+donations\s+from\s+(our\s+)?readers|
           (can\s*not|can['’]t)\s+do\s+(what\s+we\s+do|this|it)\s+without\s+your\s+support|support\s+us\s+on\s+patreon|support\s+(our|independent)\s+journalism|join\s+the\s+\S+\s+most\s+notable|sign\s+up\s+for\s+(our|the)\s+\w*\s*newsletter|
           have\s+a\s+(confidential\s+)?(news\s+)?tip\b.{0,40}\bget\s+in\s+touch|it['’]s\s+on\s+the\s+bloomberg\s+terminal|
           jetzt\s+abonnieren|kostenlos\s+testen|jederzeit\s+kündbar)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex StrongPromo();

    // Words of promos that articles use too: decisive on short lines only.
    [GeneratedRegex("""
        \b(premium|membership|what'?s\s+included|our\s+expertise|team\s+plans|newsletters?|briefings?|
           live\s+video|special\s+events|trend\s+reports|memos|subscribe|subscription|abo\b|abonnement)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex WeakPromo();

    // "Kingdom of Morocco", "The Hashemite Kingdom of Jordan", "Government of Fiji": a state's name as a letterhead's first line.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:The )?(?:Federal |Islamic |United |People's |Democratic |Socialist |Plurinational |Bolivarian |Hashemite |Arab )?(?:Kingdom|Republic|State|Sultanate|Principality|Emirate|Commonwealth|Grand Duchy)(?: of .+)?|Government of .+|\p{Lu}\w+ Government)$")]
    private static partial System.Text.RegularExpressions.Regex StateName();

    // "Ministry of Foreign Affairs, ...", "Embassy of Japan in Kenya", "Office of the President": the body that sends a release.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:The )?(?:Ministry|Department|Embassy|High Commission|Permanent Mission|Consulate(?: General)?|Office of the|Presidency|Secretariat|Directorate)\b")]
    private static partial System.Text.RegularExpressions.Regex IssuerName();

    // "Press Office | Bogotá, 28 November", "Office of the Spokesperson": the sender's press desk under its name.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Press (?:Office|Service|Section|and Information (?:Office|Department))|Office of the Spokesperson|Spokesperson's Office|Communications? (?:Office|Unit|Department)|Media (?:Office|Centre|Center))\b")]
    private static partial System.Text.RegularExpressions.Regex PressDesk();

    /// <summary>A line of a release's letterhead: a state's name, the sending body's, or (under them) its press desk.</summary>
    public static bool IsLetterhead(string line, bool underLetterhead)
    {
        if (Words(line) > 14 || line[^1] is '.' or '?' or '!' or ':') return false;
        var name = InTitleCase(line);
        return (IsNameLine(name) && (StateName().IsMatch(name) || IssuerName().IsMatch(name))) || (underLetterhead && PressDesk().IsMatch(name));
    }

    /// <summary>The sending body's line of a letterhead ("Ministry for Europe and Foreign Affairs", "MINISTRY OF FOREIGN AFFAIRS").</summary>
    public static bool IsIssuer(string line) => InTitleCase(line) is var name && IsNameLine(name) && IssuerName().IsMatch(name);

    // "REPUBLIC OF ZAMBIA" read as "Republic of Zambia": a letterhead set in capitals, its small words in lower case.
    private static string InTitleCase(string line)
    {
        if (line.Any(char.IsLower) || !line.Any(char.IsLetter)) return line;
        return string.Join(' ', line.Split(' ').Select(w => w.ToLowerInvariant() is var lower && NameLineConnectors.Contains(lower)
            ? lower : w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
    }

    // The small words a name line leaves in lower case (a menu item's are NameConnectors).
    private static readonly HashSet<string> NameLineConnectors = new(StringComparer.Ordinal) { "of", "the", "and", "for", "in", "to", "on", "de", "la", "&" };

    // "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates": a name, every word capitalised but its
    // connectors; "Ministry of Health warns of dengue" is a headline.
    private static bool IsNameLine(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || NameLineConnectors.Contains(w));
}
