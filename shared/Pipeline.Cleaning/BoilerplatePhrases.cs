using System.Text.RegularExpressions;

namespace Pipeline.Cleaning;

/// <summary>
/// Short blocks whose wording gives them away as page furniture (share bars, promos, bylines,
/// dates, footer lines), in the languages the pipeline sees most. Only short blocks are judged:
/// a paragraph that mentions a newsletter is still a paragraph.
/// </summary>
internal static partial class BoilerplatePhrases
{
    public const int MaxLength = 160;

    /// <summary>The reason code for a boilerplate block, or null when the block may be content.</summary>
    public static string? ReasonFor(string block)
    {
        // A consent notice runs longer than furniture lines do, and opens the same way on every site.
        if (block.Length <= MaxConsentNotice && block.Contains("cookie", StringComparison.OrdinalIgnoreCase) && ConsentNotice().IsMatch(block)) return "cookie";
        if (block.Length > MaxLength) return null;
        if (block.Length <= 100 && BylineOrStamp().IsMatch(block)) return "byline";
        if (block.Length <= 60 && DateOnly().IsMatch(block)) return "date";
        if (block.Length <= 100 && CjkStamp().IsMatch(block)) return "byline";
        if (IsWriterRole(block)) return "byline";
        // Every stamp and update note gives a date or a time: lines without a figure (most of a page's menus) are not tried.
        if (block.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            if (block.Length <= 100 && (UpdateStamp().IsMatch(block) || WordedUpdateStamp().IsMatch(block))) return "byline";
            if (IsUpdateNote(block)) return "byline";
        }
        if (IsKeyPointsLabel(block)) return "label";
        if (block.Length <= MaxResultCount && ResultCount().IsMatch(block)) return "nav";
        // "Select the text and press Ctrl+Enter": the typo-report notice of Ukrainian and Russian sites, in any wording.
        if (block.Contains("ctrl", StringComparison.OrdinalIgnoreCase) && CtrlEnter().IsMatch(block)) return "footer";
        return FurnitureReason(block, searched: SearchedWord().IsMatch(block));
    }

    /// <summary>
    /// The reason of the first furniture branch that takes the line, tried as one pattern
    /// <c>^\W*(?:share|ad|…|nav)</c> would try them: the leading non-word characters taken
    /// greedily, then every branch in order at that position, then one character fewer. The
    /// branches are separate patterns because as one they made a method too large for the JIT to
    /// optimise: it stayed unoptimised code (a heavy page's clean took three times as long) and
    /// took seconds to compile.
    /// </summary>
    private static string? FurnitureReason(string block, bool searched)
    {
        var span = block.AsSpan();
        // The leading run's length without a Match object: this runs on every short block.
        var lead = 0;
        foreach (var run in LeadingNonWord().EnumerateMatches(span)) { lead = run.Length; break; }
        for (var start = lead; start >= 0; start--)
        {
            foreach (var (branch, reason, needsSearchedWord) in Branches)
                if ((searched || !needsSearchedWord) && branch.IsMatch(span, start)) return reason;
        }
        return null;
    }

    private static readonly (Regex Branch, string Reason, bool NeedsSearchedWord)[] Branches =
    [
        (ShareBranch(), "share", false),
        (AdvertisingBranch(), "ad", false),
        (ReadingTimeBranch(), "byline", false),
        (RelatedBranch(), "related", false),
        (PromoBranch(), "promo", true),
        (CookieBranch(), "cookie", true),
        (CreditsBranch(), "credit", false),
        (AgencyBranch(), "credit", true),
        (MediaBranch(), "media", false),
        (CommentsBranch(), "comments", false),
        (FooterBranch(), "footer", false),
        (RightsBranch(), "footer", true),
        (NavigationBranch(), "nav", false),
    ];

    [GeneratedRegex(@"^\W*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNonWord();

    private const int MaxConsentNotice = 600;
    private const int MaxResultCount = 100;

    // A listing's counter above or below its page of results: "Showing 1–12 of 45 results",
    // "Es werden die Artikel 1 bis 10 von insgesamt 19 angezeigt", "Mostrando 1-20 de 312 resultados",
    // "Affichage de 1 à 24 sur 96 produits".
    [GeneratedRegex("""
        ^\W*(?:
          (?:showing|displaying|viewing|mostrando|affichage(?:\s+de)?|visualizzazione|zeige|es\s+werden(?:\s+die)?(?:\s+\p{L}+)?)\s+(?:\p{L}+\s+)?\d+\s*(?:–|-|bis|to|a|à|al)\s*\d+\s+(?:of|von|de|sur|di|z)\s+(?:insgesamt\s+|total\s+|over\s+)?\d[\d.,]*(?:\s+\p{L}+)?(?:\s+angezeigt)?
         |\d+\s*(?:–|-|bis|to|a|à|al)\s*\d+\s+(?:of|von|de|sur|di|z)\s+(?:insgesamt\s+|total\s+|over\s+)?\d[\d.,]*\s+(?:results?|entries|items|products|ergebnisse\w*|einträge\w*|treffer\w*|resultados|entradas|résultats|produits|risultati|wyników)
        )\W*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ResultCount();

    // "We and our partners use cookies and similar technologies to ...", "This website uses cookies
    // to ...", "Wir verwenden Cookies ...", "Nous et nos partenaires utilisons des cookies ...".
    [GeneratedRegex("""
        ^\W*(?:we(?:\s+and\s+our(?:\s+\w+)?\s+partners)?|this\s+(?:web\s*)?site|our\s+(?:web\s*)?site|wir(?:\s+und\s+unsere\s+partner)?|diese\s+(?:web)?seite|nous(?:\s+et\s+nos\s+partenaires)?|ce\s+site|questo\s+sito|deze\s+(?:web)?site)
        ,?\s+(?:\w+\s+)?(?:use|uses|using|verwenden|verwendet|nutzen|nutzt|setzen|utilisons|utilise|utiliza|utilizza|usa|gebruikt)\b[^.]{0,40}?\bcookies?\b
        |^\W*(?:(?:nosotros\s+y\s+nuestros\s+socios\s+)?utilizamos|(?:noi\s+e\s+i\s+nostri\s+partner\s+)?utilizziamo|(?:wij\s+en\s+onze\s+partners\s+)?gebruiken)\b[^.]{0,40}?\bcookies?\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentNotice();

    /// <summary>
    /// Share bars, print and rating prompts. A bar's words and separators are repeated one at a
    /// time: a run of separators repeated inside the repetition would let a line of spaces that
    /// ends in a word be split every possible way before it fails.
    /// </summary>
    private const string Share = """
        (?<share>(share|teilen|tweet|pin\s+it|e-?mail|drucken|print|whatsapp|facebook|twitter|linkedin|xing|pinterest|reddit|telegram|flipboard|copy\s+link|link\s+kopieren|compartir|partager|udostępnij|[\s,|·•/])+$
        |((please|kindly)\s+)?(share|teilen)\s+(this|on|via|auf|diese[nrs]?|artikel|beitrag|seite|article|story|post|full)\b
        |(compartir|partager|condividi|compartilhar|udostępnij)\s+(en|sur|su|no|na|w)\s+\w+\W*$|(copiar|copier\s+le|copia(re)?\s+(il\s+)?)\s*(enlace|lien|link)\W*$
        |gift\s+(this\s+)?(article|story)\b
        |(seite|artikel|beitrag)\s+teilen\W*$
        |(seite|artikel|beitrag)\s+drucken\W*$|druckversion\W*$|print\s+(this\s+)?(page|article|story)\W*$|teile\s+(mich|das|dies)\W*$
        |\W*(rate\s+(me|this(\s+(article|post|story))?)|(beitrag|artikel)\s+bewerten|bewerten\s+sie\s+(diesen|den)\s+(beitrag|artikel))\W.{0,40}$)
        """;

    /// <summary>Advertising labels and "continues below the ad" notes (also "Story continues below" over a native ad).</summary>
    private const string Advertising = """
        (?<ad>(advertising\s+disclosure|advertisement|anzeige|werbung|sponsored(\s+content)?|publicidad|publicité|pubblicità|publicidade|reklama|reklam|reklame|reclame|advertentie|gesponsert|annonse|annons|mainos|hirdetés|oglas|реклама|iklan|publicitat|inzercia|广告|廣告|광고|広告)\W*$
        |(advertisement|anzeige|publicidad|publicidade|reklama)\s+\w+\W*$
        |(advertisement|anzeige|werbung|publicidad|publicidade|publicité)\W+(scroll\s+(down\s+)?to\s+continue(\s+reading)?|(the\s+)?(story|article)\s+continues\s+below)\W*$
        |(this\s+)?(advertisement|ad)\s+(has\s+not|hasn['’]t|did\s+not|didn['’]t)\s+(loaded|load)\b.{0,80}$
        |(this\s+)?(advertisement|ad)\b[^.!?]{0,60}\b(your\s+|the\s+)?(story|article)\s+continues\s+below\W*$
        |((the\s+)?(story|article|text|artikel)\s+)?continues?\s+(below|after)\s+(this\s+|the\s+)?(advertisement|ad)\b.{0,40}$
        |continua\s+(depois\s+d[ao]|após\s+(d?[ao]))\s+publicidade\W*$|(el\s+artículo\s+)?contin[uú]a\s+(después\s+de|tras)\s+la\s+publicidad\W*$|(l['’]articolo\s+)?continua\s+dopo\s+la\s+pubblicità\W*$
        |(l['’]article\s+continue|la\s+suite)\s+(après|sous)\s+(la\s+|cette\s+)?publicité\W*$|(der\s+)?(artikel|text)\s+(geht\s+)?weiter\s+(nach|unter)\s+der\s+(anzeige|werbung)\W*$|weiter\s+nach\s+der\s+(anzeige|werbung)\W*$
        |(a\s+)?cikk\s+a\s+hirdetés\s+után\s+folytatódik\W*$|artikkeli\s+jatkuu\s+mainoksen\s+(jälkeen|alla)\W*$|artikkelen\s+fortsetter\s+(under|etter)\s+annonsen\W*$
        |artikeln\s+fortsätter\s+(under|efter)\s+annonsen\W*$|(članak|tekst)\s+se\s+nastavlja\s+(ispod|nakon)\s+oglasa\W*$|(článok|článek)\s+pokračuje\s+pod\s+reklamou\W*$|articolul\s+continuă\s+(mai\s+jos|după\s+reclamă)\W*$|scroll\s+(down\s+)?to\s+continue(\s+reading)?\W*$
        |(the\s+)?(story|article)\s+continues\s+below\W*$)
        """;

    /// <summary>Reading times and bare byline or date labels (reason byline).</summary>
    private const string ReadingTime = """
        (?<byline>(lesezeit|lesedauer|reading\s+time|read\s+time|tiempo\s+de\s+lectura|temps\s+de\s+lecture)\s*:?\s*((etwa|ca\.?|about|circa)\s*)?(\d+\s*(min\w*|minuten|minutes?))?\.?$
        |\d+\s*(min|minuten|minutes?|mins)\.?\s+(read|lesezeit|lesedauer|de\s+lectura|de\s+lecture)\W*$
        |(autor(in)?|authors?|datum|date|fecha|ein\s+beitrag\s+von|erschienen\s+in)\s*:$|erschienen\s+in$)
        """;

    /// <summary>Labels of related-link boxes.</summary>
    private const string Related = """
        (?<related>(related(\s+(articles?|stories|posts|content|news|topics))?|read\s+(more|also|next)|see\s+also|also\s+(read|see)|don['’]?t\s+miss|more\s+(on|about)\s+this|you\s+may\s+(also\s+)?like|recommended(\s+for\s+you)?|lesen\s+sie\s+(auch|mehr)|mehr\s+zum\s+thema|mehr\s+(dazu|zu(m)?\s+\w+)|das\s+könnte\s+sie\s+auch\s+interessieren|auch\s+interessant|weitere\s+(artikel|beiträge|meldungen|nachrichten)|ähnliche\s+(beiträge|artikel)|zum\s+thema|empfehlungen|meistgelesen|most\s+(read|popular)|leer\s+más|lee\s+también|(también\s+)?te\s+puede\s+interesar|lo\s+más\s+leído|(vous\s+)?(pourriez|aimerez)\s+aussi|les\s+plus\s+lus|ti\s+potrebbe\s+interessare|potrebbe\s+interessarti|i\s+più\s+letti|(à\s+|a\s+)?lire\s+(aussi|également)|voir\s+aussi|czytaj\s+(też|także|więcej)|zobacz\s+(też|także)|leia\s+também|(zum\s+)?weiterlesen|weiterführende?\s+links?|mehr\s+themen|verwandte\s+them\w*|themen:|aktuelle\s+berichte|heute\s+empfehlen\s+wir|\.{3}\s*weiter\s+zu|contenido\s+relacionado|à\s+découvrir|noch\s+mehr\s+(infos|artikel|zum)|themen\s+im\s+artikel)\b.{0,60}$)
        """;

    /// <summary>The words of a promo or subscription prompt, anywhere in its first 60 characters.</summary>
    private const string PromoWords = """
        newsletter|subscribe|suscr[ií]b\w*|abonnieren|abonnement|abo\b|sign\s+(in|up)|log\s*in|anmelden|registrieren|free\s+trial|already\s+a\s+(member|subscriber)|become\s+a\s+member|support\s+us|unterstützen\s+sie|unterstütze|werden\s+sie\s+mitglied|add\s+(the\s+\w+\s+|it\s+)?to\s+(your\s+)?(basket|cart)|in\s+den\s+warenkorb|submit\s+(your\s+)?(letters?|story|stories|news\s+tips?|tips?)|werde\s+mitglied|hazte\s+socio|jetzt\s+(testen|lesen|abonnieren|spenden)|tag\s+us
        |create\s+(a\s+)?(free\s+)?account|delivered\s+(straight\s+|directly\s+|right\s+)?to\s+your\s+inbox|unlimited\s+(digital\s+)?access|cancel\s+(at\s+)?any\s*time|jederzeit\s+kündbar|cancela\s+cuando\s+quieras|sans\s+engagement
        """;

    /// <summary>
    /// Prices per period and introductory offers, near the start of the line or of one of its
    /// sentences: an offer leads with its price ("Only £4.99 a month", "… pay for it. Become a
    /// member for $8 a month"), where a sentence that reports a cost ("… will cost a commuting
    /// family more than £600 a year.") comes to it late.
    /// </summary>
    private const string PromoPrices = """
        
        |(.{0,120}[.!?]\s+)?[^.!?]{0,50}([$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(€|euros?|dollars?))\s*(a|per|/|im|pro|par|al)\s*(month|week|year|monat|woche|jahr|mois|an|semaine|mes|año)\b
        |(.{0,120}[.!?]\s+)?[^.!?]{0,50}\bfor\s+(your\s+|the\s+)?first\s+\d+\s+(months?|weeks?)
        """;

    /// <summary>The words of a cookie or consent notice.</summary>
    private const string CookieWords = """
        cookies?|datenschutzeinstellungen|datenschutz-?übersicht|privacy\s+overview|consent|einwilligung
        """;

    /// <summary>Picture credits and stock-picture labels.</summary>
    private const string Credits = """
        (?<credit>(fotos?|photos?|фото|bild(er)?|image|credits?|crédito|quelle|source|fonte|fuente|źródło|bron|источник|kaynak|източник|джерело|zdroj|izvor|forrás|lähde|kilde|sumber|fotó|kuva|المصدر|مصدر|منبع|снимка|slika|beitragsbild|titelbild|bild(credits?|nachweis|quelle|rechte)|foto(credits?|nachweis|quelle)|(photo|image|picture)\s+credits?|getty\s+images)(\s*/\s*\p{L}+)?\b\s*(via\b|:|©|$).{0,80}$)
        |(?<credit>\(?(symbolbild|symbolfoto|archivbild|archivfoto|themenbild|file\s+photo|stock\s+photo)\)?\W*$)
        |(?<credit>((featured|header|cover|top|lead|main)\s+)?(image|photo|picture|illustration)s?\s+(by|courtesy(\s+of)?)\s.{0,80}$)
        """;

    /// <summary>Picture agencies named in a credit.</summary>
    private const string AgencyWords = """
        getty\s+images|shutterstock|istock(photo)?|alamy|imago(\s+images)?|picture[\s-]alliance|(ap|afp|epa|reuters|dpa)\s+photo|afp\s+via
        """;

    /// <summary>Picture counts, a slideshow's counter ("3 of 12", "2/6", "1 / 6"), media labels and embed notices.</summary>
    private const string Media = """
        (?<media>\+?\d+\s+(bilder|fotos|photos|images|pictures|fotografija|fotografií|fotografie|fotek|fotót|kuvaa|снимки)\W*$)
        |(?<media>((bild|foto|photo|image|slide|imagen|immagine|zdjęcie)\s*)?\d{1,2}\s+(of|von|de|sur|di|z)\s+\d{1,2}$|((bild|foto|photo|image|slide|imagen|immagine|zdjęcie)\s*)?\d{1,2}\s?/\s?[1-3]?\d$)
        |(?<media>((vídeos?|videos?|watch|فيديو|ویدیو|वीडियो|วิดีโอ|видео)(\s+(now|above|below))?|listen|podcast|audio|gallery|photos|bildergalerie|galerie|fotostrecke)\s*[:|].{0,100}$)
        |(?<media>(simak|saksikan|tonton)\s+(juga\s+)?video(nya)?\b.{0,120}$)
        |(?<media>(view\s+(this|the)\s+(photo|video|post|profile)\s+on\s+\w+|sieh\s+dir\s+diese[nsm]?\s+(beitrag|foto|video|profil)\s+auf\s+\w+\s+an|ver\s+esta\s+publicación\s+en\s+\w+|voir\s+(cette|la)\s+publication\s+sur\s+\w+|visa\s+det\s+här\s+inlägget\s+på\s+\w+|bekijk\s+dit\s+bericht\s+op\s+\w+|(a\s+post\s+shared\s+by|ett\s+inlägg\s+delat\s+av|een\s+bericht\s+gedeeld\s+door|ein\s+beitrag\s+geteilt\s+von|una\s+publicación\s+compartida\s+por|une\s+publication\s+partagée\s+par|un\s+post\s+condiviso\s+da|uma\s+publicação\s+compartilhada\s+por)\s|(image|media)\s+(copyright|caption|source)\b).{0,100}$)
        """;

    /// <summary>Comment counters and notices, view counters.</summary>
    private const string Comments = """
        (?<comments>(noch\s+)?keine\s+kommentare.{0,40}$|no\s+comments(\s+yet)?\W*$|be\s+the\s+first\s+to\s+comment.{0,40}$|sin\s+comentarios\W*$
        |(comments?\s+(are|is)\s+closed|join\s+the\s+(discussion|conversation)|diskutieren\s+sie\s+mit|die\s+kommentarfunktion\b|kommentare\s+sind\s+geschlossen|los\s+comentarios\s+están\s+cerrados|les\s+commentaires\s+sont\s+fermés).{0,100}$
        |\d[\d.,]*\s*[km]?\s+(views?|aufrufe|visualizaciones|vues|visualizzazioni|wyświetle\w*|weergaven|visningar|visninger|katselukertaa|görüntülenme|просмотр\w*)(\W*\d[\d.,]*\s*(comments?|kommentare?|comentarios?|commentaires?|commenti|reacties|kommentarer|yorum))?\W*$
        |\d[\d.,]*\s*(x\s+|mal\s+|keer\s+|times\s+|fois\s+|veces\s+|volte\s+|razy\s+|kertaa\s+|gånger\s+|ganger\s+|gange\s+|vezes\s+)?(gelesen|gelezen|read|lu(e|es|s)?|leíd[oa]s?|lett[eoi]|przeczytan\w*|luettu|läst|lest|læst|lid[oa]s?|okundu|прочитан\w*)\W*$
        |(letto|gelesen|gelezen|read|visto|lido|leído|lu)\s+\d[\d.,]*\s*(volte|mal|keer|times|veces|vezes|fois)\W*$
        |\d{1,3}([.,]\d)?(?-i:[KM])\W*$
        |(\d+\s+)?(comments?|kommentare?(\s+(schreiben|geschlossen))?|kommentieren|leave\s+a\s+(reply|comment)|post\s+(a\s+)?comment|start\s+a\s+conversation|schreibe?\s+einen\s+kommentar|kommentar\s+schreiben|add\s+(a\s+)?comment|reply|antworten|comentarios?|commentaires?|komentarze?)\W*(\(\d+\)|\d+)?\W*$)
        """;

    /// <summary>Footer lines that open with their word; a markets page's notice that its quotes are delayed and are no investment advice.</summary>
    private const string Footer = """
        (?<footer>(©|\(c\)|copyright\b|impressum|datenschutz(erklärung)?\W*$|privacy(\s+policy)?\W*$|terms\s+(of\s+(use|service)|and\s+conditions)|agb\W*$|kontakt\W*$|contact(\s+us)?\W*$|(is|was)\s+this\s+(page|article|information)\s+(useful|helpful)\W*$|report\s+a\s+problem(\s+with\s+this\s+page)?\W*$
          |(alle\s+)?(kurse|kursdaten|kursangaben|börsenkurse|marktdaten|quotes|stock\s+quotes|price\s+data|market\s+data)\s+((sind|are|is)\s+)?(um\s+|by\s+)?(mindestens\s+|at\s+least\s+)?(\d+\s*(minuten|min\.?|minutes|mins)\s+)?(verzögert|delayed)\b.{0,100}$
          |(dies\s+ist\s+)?keine\s+anlageberatung\W*$|(this\s+is\s+)?not\s+(financial|investment)\s+advice\W*$))
        """;

    /// <summary>The words of a rights line, anywhere in its first 60 characters.</summary>
    private const string RightsWords = """
        copyrighted|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten
        """;

    /// <summary>Navigation words on a line of their own.</summary>
    private const string Navigation = """
        (?<nav>((page|seite|pagina|página|strona|sivu|sida|side)\s+\d{1,3}\s+(of|von|di|de|z|sur|av|van|/)\s+\d{1,3}|indice\s+(dell['’])?articolo|article\s+index|skip\s+to(\s+main)?\s+content|zum\s+inhalt\s+springen|back\s+to\s+top|listen(\s+to\s+(this\s+)?(article|story))?|follow\s+us(\s+on(\s+social\s+media|\s+\w+)?)?|nach\s+oben|menu|menü|home|startseite|search|suche|next|previous|zurück|weiter|mehr|more|top|(quellen|mehr|weniger|alle)\s+(ausblenden|einblenden|anzeigen)|show\s+(more|less|all)|read\s+less|quick\s*view|loading|(karte\s+|inhalt\s+)?wird\s+geladen(\s*-?\s*bitte\s+warten)?|cargando|chargement(\s+en\s+cours)?)\W*$)
        """;

    // Each branch is tried at the position the caller gives (\G): the words of the promo, cookie,
    // agency and rights branches anywhere in the line's first 40 to 120 characters, trying every
    // position: they cost more than all the others together, so they only run on lines that hold
    // one of their words.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G(?:" + Share + ")", Options)]
    private static partial Regex ShareBranch();

    [GeneratedRegex(@"\G(?:" + Advertising + ")", Options)]
    private static partial Regex AdvertisingBranch();

    [GeneratedRegex(@"\G(?:" + ReadingTime + ")", Options)]
    private static partial Regex ReadingTimeBranch();

    [GeneratedRegex(@"\G(?:" + Related + ")", Options)]
    private static partial Regex RelatedBranch();

    [GeneratedRegex(@"\G(?<promo>.{0,60}\b(" + PromoWords + @")\b" + PromoPrices + ")", Options)]
    private static partial Regex PromoBranch();

    [GeneratedRegex(@"\G(?<cookie>.{0,60}\b(" + CookieWords + @")\b)", Options)]
    private static partial Regex CookieBranch();

    [GeneratedRegex(@"\G(?:" + Credits + ")", Options)]
    private static partial Regex CreditsBranch();

    [GeneratedRegex(@"\G(?<credit>[^.]{0,40}\b(" + AgencyWords + @")\b[^.]{0,40}$)", Options)]
    private static partial Regex AgencyBranch();

    [GeneratedRegex(@"\G(?:" + Media + ")", Options)]
    private static partial Regex MediaBranch();

    [GeneratedRegex(@"\G(?:" + Comments + ")", Options)]
    private static partial Regex CommentsBranch();

    [GeneratedRegex(@"\G(?:" + Footer + ")", Options)]
    private static partial Regex FooterBranch();

    [GeneratedRegex(@"\G(?<footer>.{0,60}\b(" + RightsWords + @")\b)", Options)]
    private static partial Regex RightsBranch();

    [GeneratedRegex(@"\G(?:" + Navigation + ")", Options)]
    private static partial Regex NavigationBranch();

    /// <summary>Whether the line holds a word one of the searched branches needs (a superset: a price needs a currency, an offer "first").</summary>
    [GeneratedRegex(@"\b(" + PromoWords + @")\b|[$€£]|euro|dollar|\bfirst\b|\b(" + CookieWords + @")\b|\b(" + AgencyWords + @")\b|\b(" + RightsWords + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SearchedWord();

    // A byline, or a line that only says when the piece was published or updated.
    [GeneratedRegex(@"^(" + Byline.Opening + @"|โดย|(this\s+entry\s+was\s+)?posted\s+(on|in)|posted\s*:|veröffentlicht(\s+am)?|published(\s+on)?|aktualisiert(\s+am)?|(last\s+)?(updated|modified)(\s+on)?|stand:|erstellt\s+am|zuletzt\s+(überarbeitet|geändert|aktualisiert|bearbeitet)(\s+am)?|mitarbeit\s*:|(editor|edited\s+by|redaktion|redacción)\s*:|(additional|with)\s+reporting\s+by|(publié|modifié|mis\s+à\s+jour)(\s+le)?|(publicado|actualizado)(\s+el)?|(pubblicato|aggiornato)(\s+il)?|(ultimo\s+aggiornamento|última\s+actualización|última\s+atualização|dernière\s+mise\s+à\s+jour|letzte\s+aktualisierung|laatst\s+bijgewerkt|last\s+update)|report(ing|ed)\s+from|berichtet\s+aus|کد\s+خبر|شناسه\s+خبر)\s*:?\s+\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineOrStamp();

    [GeneratedRegex(@"\bctrl\s*\+\s*enter\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CtrlEnter();

    // The writer's role on a line of its own under the name: "Transport reporter", "Senior political correspondent".
    [GeneratedRegex(@"^(?!.*\bto\s+the\s+editor)(\p{L}+\s+){0,3}(reporter|correspondent|editor|writer|columnist|journalist|redakteur(in)?|korrespondent(in)?|reporter(in)?|corresponsal|redactor(a)?|periodista|journaliste|rédact(eur|rice)|correspondant(e)?|giornalista|redattore|inviat[oa]|dziennikarz|dziennikarka|redaktor(ka)?|jornalista|repórter|기자|특파원)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriterRole();

    // A line that says when the piece was published or updated, after the writer's or the desk's
    // name: "Redacción · Actualizado 21/10/2025 14:20", "Claire Dumas · Publié le 14/02/2025 à 18h30",
    // "Haber Merkezi Yayınlanma: 30.11.2026 10:25 Güncelleme: 30.11.2026 11:02".
    [GeneratedRegex(@"^[^.!?]{0,50}\b" + StampWord + StampDate + @"(\W{0,3}" + StampWord + StampDate + @")?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateStamp();

    // A stamp whose date gives the month in words, its word set as a label is, with a capital ("Agencia IBE | Santiago de
    // Chile | 2 dic 2026 Actualizado: 2 dic 2026 20:05 (GMT)", "Päivitetty 2. joulukuuta 2026"): a sentence's
    // "the figures published on 3 March 2025" is not one.
    [GeneratedRegex(@"^[^.!?]{0,50}\b(?=(?-i:\p{Lu}))" + StampWord + WordedStampDate + @"(\W{0,3}" + StampWord + WordedStampDate + @")?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordedUpdateStamp();

    // The word that opens a stamp, and the date and time after it, for UpdateStamp: a meta line may
    // give both stamps ("Yayınlanma: 30.11.2026 10:25 Güncelleme: 30.11.2026 11:02").
    private const string StampWord = @"(updated|published|aktualisiert|veröffentlicht|actualizad[oa]|publicad[oa]|mis\s+à\s+jour|publiée?|aggiornat[oa]|pubblicat[oa]|atualizad[oa]|zaktualizowano|aktualizacja|opublikowano|bijgewerkt|gepubliceerd|aangepast|päivitetty|julkaistu|uppdaterad|publicerad|oppdatert|publisert|opdateret|udgivet|yayınlanma|yayınlandı|güncelleme|güncellendi|yayın\s+tarihi)\b";
    private const string StampDate = @"\W{0,3}((on|am|el|le|il|em|a\s+las|à|at|um|op|o)\s+)?\d[\d./:\-,\s]{3,20}((à|a\s+las|at|um|alle|às|om|o)\s+\d{1,2}[h:.]\d{2})?(\s*(uhr|h|am|pm|cet|cest|gmt|utc|bst|et))?";

    // The same with the month in words ("2 dic 2026 20:05", "Dec. 2, 2026"), the time perhaps after "klo" or "kl." and a
    // zone perhaps in brackets ("(GMT)"), for WordedUpdateStamp.
    private const string WordedStampDate = @"\W{0,3}((on|am|el|le|il|em|a\s+las|à|at|um|op|o)\s+)?(\d{1,2}\.?\s+(de\s+)?\p{L}{3,10}\.?,?\s+(de\s+)?\d{4}[\d./:\-,\s]{0,8}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}[\d./:\-,\s]{0,8}|\d[\d./:\-,\s]{3,20})((à|a\s+las|at|um|alle|às|om|o|klo|kl\.?)\s+\d{1,2}[h:.]\d{2})?(\s*\(?(uhr|h|am|pm|cet|cest|gmt|utc|bst|et)\)?)?";

    /// <summary>
    /// The note an editor sets over or under a story to say when it was updated and what was added
    /// ("Juttua päivitetty 2.12. klo 11.05: Lisätty riistasuunnittelijan kommentit.", "Updated at
    /// 3.15pm: Adds comment from the council.", "Aktualisiert um 11.05 Uhr: Stellungnahme der Polizei
    /// ergänzt."): the stamp, a colon, one short sentence of two words or more (a blog's section
    /// heading "Update vom 15. Mai 2019: Feinschliff" is the post's own). It tells of the story's
    /// versions, not of its events. The stamp holds a date or a time, so a live blog's "Update: police say …" and a
    /// correction ("Correction: …", the story's facts amended) are not such notes.
    /// </summary>
    public static bool IsUpdateNote(string line) => line.Length <= MaxUpdateNote && line.Contains(':') && UpdateNote().IsMatch(line);

    private const int MaxUpdateNote = 160;

    [GeneratedRegex(@"^\W*(\p{L}+\s+){0,3}?" + UpdateWord + @"[^:.!?]{0,12}?\d[\d\s./:hH]{0,6}[^:!?]{0,24}?:\s+\p{L}\S*\s+\S[^:]{0,120}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateNote();

    // "Updated", "päivitetty", "uppdaterad", "oppdatert", "opdateret", "bijgewerkt", "aangepast", "aktualisiert",
    // "mis à jour", "actualizado", "aggiornato", "atualizado", and the nouns ("update", "actualización").
    private const string UpdateWord = @"(updated?|päivitetty|päivitys|uppdaterad|uppdaterat|uppdatering|oppdatert|oppdatering|opdateret|opdatering|bijgewerkt|aangepast|update|aktualisiert|aktualisierung|mis\s+à\s+jour|mise\s+à\s+jour|actualizad[oa]|actualización|aggiornat[oa]|aggiornamento|atualizad[oa]|atualização)\b";

    /// <summary>A time of day on a line of its own, a label perhaps run into it: "11:40", "13:18In evidenza", "9.05 Uhr".</summary>
    public static bool IsClockTime(string block) => block.Length <= 25 && ClockTime().IsMatch(block);

    [GeneratedRegex(@"^\W*\d{1,2}[:.h]\d{2}(\s*(uhr|h|am|pm|a\.m\.|p\.m\.))?(\s*\p{L}+(\s+\p{L}+)?)?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    // The stamps of Chinese, Japanese and Korean news pages: the editor in charge, the original
    // title, the source, when the piece was sent or last updated ("责任编辑：赵敏",
    // "最終更新:9/28(日) 19:05", "기사제공 한빛일보").
    [GeneratedRegex(@"^\W*((责任编辑|責任編輯|编辑|編輯|原标题|原標題|来源|來源|出处|出處|发布时间|發佈時間|发布日期|更新时间|更新時間|最終更新|更新日時|配信日時|配信|提供)\s*[:：]|(기사\s?제공|입력|수정)\s*[:：]?\s)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CjkStamp();

    // The label over a list of key points.
    [GeneratedRegex(@"^\W*(key\s+points|key\s+takeaways|(quick\s+|short\s+|ai\s+)?summary|what\s+you\s+need\s+to\s+know|ce\s+qu['’]il\s+faut\s+(retenir|savoir)|à\s+retenir|lo\s+que\s+(hay\s+que|debes|necesitas)\s+saber|cosa\s+(c['’]è\s+da\s+)?sapere|o\s+que\s+(você\s+precisa|é\s+preciso|precisa)\s+saber|was\s+sie\s+wissen\s+müssen|das\s+müssen\s+sie\s+wissen|wat\s+je\s+moet\s+weten|at\s+a\s+glance|the\s+essentials|das\s+wichtigste\s+(in\s+kürze|im\s+überblick)|auf\s+einen\s+blick|claves(\s+del\s+día)?|lo\s+más\s+importante|l['’]essentiel|en\s+bref|in\s+breve|in\s+sintesi|(i\s+)?punti\s+chiave|najważniejsze(\s+informacje)?|em\s+resumo|pontos[-\s]chave|kľúčové\s+body|klíčové\s+body|v\s+skratke|ve\s+zkratce|kort\s+fortalt|i\s+korthet|ukratko|röviden|pääkohdat|(この記事の)?ポイント|要点)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyPointsLabel();

    /// <summary>The writer's role on a line of its own ("Transport reporter", "Financial Reporter").</summary>
    public static bool IsWriterRole(string line) => line.Length <= 40 && WriterRole().IsMatch(line);

    /// <summary>The label over a story's list of key points ("Key points:", "What you need to know", "Quick summary", "この記事のポイント").</summary>
    public static bool IsKeyPointsLabel(string line) => line.Length <= 40 && KeyPointsLabel().IsMatch(line);

    [GeneratedRegex("""
        ^[\p{L}\s.,:|/-]{0,20}(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.?\s+(de\s+)?\p{L}{3,10}\.?\s+(de\s+)?\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4})([\s,|-]+((um|at|à|a\s+las|alle|o)\s+)?\d{1,2}[:.]\d{2}(\s*(uhr|h|am|pm|a\.m\.|p\.m\.))?)?
          ([\s\p{L}|.]{0,12}|\s*([,|/]\s*((von|by|por|par|di|door)\s+)?|(von|by|por|par|di|door)\s+)\p{L}[\p{L}.'-]*(\s+\p{L}[\p{L}.'-]*){0,3})$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();
}
