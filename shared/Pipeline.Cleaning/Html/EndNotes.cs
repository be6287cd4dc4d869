using System.Text.RegularExpressions;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// The notes editors append below a story: the author's bio, how to reach the newsroom, where the
/// piece appeared in print, disclaimers (details "correct at the time of publication"), republishing terms, "follow us" and app prompts, what is
/// left behind the paywall, the editor's initials. They are set in italics or worded the same way
/// on every site, and they only ever come after the last paragraph of the story, so they are
/// looked for only there, walking back from the end.
/// </summary>
internal static partial class EndNotes
{
    private const int MaxNote = 500;

    public static void Remove(List<ContentBlock> article, PageClues clues)
    {
        RemoveAuthorSection(article);
        RemoveSourceList(article);
        RemoveClosingBox(article, PublicationLabel(), MaxReferenceLines, HasReference);
        RemoveClosingBox(article, PressContactLabel(), MaxContactLines, HasContactDetail);
        RemoveReleaseEndMarkers(article);
        var notes = 0;
        for (var i = article.Count - 1; i >= 0; i--)
        {
            var block = article[i];
            if (block.RemovalReason is not null)
            {
                // A short ask is already gone as a promo line; the box it closes is still looked for.
                if (block.RemovalReason == "promo" && Appeal().IsMatch(block.Text)) RemoveAppealBox(article, i);
                continue;
            }
            // Rules and asterisms ("___", "* * *") set notes apart from the story; they go with them.
            if (!block.Text.Any(char.IsLetterOrDigit)) { block.RemovalReason = "end-note"; continue; }
            // The label of a link list already gone ("Topics" or a "Tag" heading over the tags) is the list's, not the
            // story's: the notes above it are still looked for; the label goes with its list later.
            if (IsListLabel(article, i)) continue;
            if (!IsNote(block, clues))
            {
                // A correction or an update note closes the story below the desk's notes ("Reach … at …"): it
                // stays, and the notes above it are still looked for.
                if (IsAmendment(block.Text)) continue;
                // A heading over nothing but notes is theirs ("For more information, please contact:").
                if (block.Kind != BlockKind.Heading || notes == 0 || block.Text.Length > 80) return;
                block.RemovalReason = "end-note";
                notes = 0;
                continue;
            }
            block.RemovalReason = "end-note";
            notes++;
            if (Appeal().IsMatch(block.Text)) RemoveAppealBox(article, i);
        }
    }

    /// <summary>
    /// "ENDS", "-30-", "# # #": the mark a press release sets where its text ends, before the notes to editors that a
    /// release keeps. It is no word of the story wherever it stands.
    /// </summary>
    private static void RemoveReleaseEndMarkers(List<ContentBlock> article)
    {
        foreach (var block in article)
            if (block.RemovalReason is null && block.Text.Length <= 12 && ReleaseEndMarker().IsMatch(block.Text)) block.RemovalReason = "end-note";
    }

    [GeneratedRegex(@"^[\s\-–—#*]*(?:ends?|[-–—]\s?30\s?[-–—]|# ?# ?#)[\s\-–—#*]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseEndMarker();

    private const int MaxAppealLines = 6;

    /// <summary>
    /// An appeal for support closes a box of its own under the story (the reader-revenue "epic": a
    /// count of articles read, a heading, two or three paragraphs about the paper's independence, then
    /// the ask), and the lines above the ask read as prose. They go with it: the kept blocks before the
    /// appeal that share its nearest box, when that box starts after the story's first block, holds at
    /// most six of them and under half as much text as the story above it.
    /// </summary>
    private static void RemoveAppealBox(List<ContentBlock> article, int appeal)
    {
        for (var box = article[appeal].Owner.Parent; box is not null; box = box.Parent)
        {
            var first = appeal;
            while (first > 0 && (article[first - 1].Owner == box || box.IsAncestorOf(article[first - 1].Owner))) first--;
            if (first == appeal) continue;
            if (first == 0) return;
            int lines = 0, boxChars = 0, storyChars = 0;
            for (var j = first; j < appeal; j++)
                if (article[j].RemovalReason is null) { lines++; boxChars += article[j].Text.Length; }
            for (var j = 0; j < first; j++)
                if (article[j].RemovalReason is null) storyChars += article[j].Text.Length;
            if (lines > MaxAppealLines || boxChars * 2 > storyChars) return;
            for (var j = first; j < appeal; j++) article[j].RemovalReason ??= "end-note";
            return;
        }
    }

    // The ask that ends a reader-revenue appeal: support us, donate, become a member.
    [GeneratedRegex("""
        \b(?:
          support\s+(?:us|our\s+(?:work|journalism))|(?:consider\s+)?supporting\s+us\b|(?:support|fund)\s+(?:independent|quality|local|public[-\s]interest)\s+(?:journalism|reporting|news)
         |we\s+need\s+your\s+(?:support|help)\b|(?:make|making)\s+a\s+(?:donation|contribution)|donate\s+(?:now|today)|become\s+a\s+(?:member|supporter|patron)\b
         |unterstütze\s+(?:uns|unser)|unsere\s+arbeit\s+unterstützen|(?:brauchen|benötigen)\s+wir\s+(?:deine|ihre|eure)\s+unterstützung|(?:unabhängigen|unseren)\s+journalismus\s+(?:unterstützen|fördern|finanzieren)|jetzt\s+spenden
         |apóyanos|apoya\s+(?:el|al|nuestro)\s+periodismo|te\s+necesitamos|hazte\s+(?:socio|miembro)|hágase\s+(?:socio|miembro)|soutenez[-\s]nous|faites\s+un\s+don
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Appeal();

    /// <summary>
    /// A closing section headed "Über den Autor", "Autor:" or "About the author" is the writer's
    /// bio: the label and the few short lines under it (name, role, where to follow) go together.
    /// </summary>
    private static void RemoveAuthorSection(List<ContentBlock> article)
    {
        var after = 0;
        for (var i = article.Count - 1; i >= 0; i--)
        {
            var block = article[i];
            if (block.RemovalReason is not null) continue;
            if (block.Text.Length <= 40 && AuthorLabel().IsMatch(block.Text))
            {
                for (var j = i; j < article.Count; j++) article[j].RemovalReason ??= "author-box";
                return;
            }
            if (++after > 4 || block.Text.Length > MaxNote) return;
        }
    }

    private const int MaxSources = 10;

    /// <summary>
    /// A short list of sources closing a news story or a wiki report, under its own label
    /// ("Sources", "Quellen", "Fuentes", MediaWiki's "Sources[edit]"), is where the facts came from,
    /// not the story: the label and the list go, with whatever notes stand below them. A paper's
    /// long reference list is its own text, so only up to ten lines are taken.
    /// </summary>
    private static void RemoveSourceList(List<ContentBlock> article)
    {
        var after = 0;
        for (var i = article.Count - 1; i >= 0; i--)
        {
            var block = article[i];
            if (block.RemovalReason is not null) continue;
            if (after > 0 && block.Text.Length <= 40 && SourcesLabel().IsMatch(block.Text))
            {
                for (var j = i; j < article.Count; j++) article[j].RemovalReason ??= "end-note";
                return;
            }
            if (++after > MaxSources || block.Text.Length > MaxNote || block.Kind == BlockKind.Heading) return;
        }
    }

    private const int MaxReferenceLines = 3;
    private const int MaxContactLines = 8;
    private const int MaxBoxLabel = 40;

    /// <summary>
    /// A box closing the story under a label of its own, whose few short lines are for a reader who
    /// wants more than the story, not the story: a science story's "Publication" ("Publicatie",
    /// "Originalpublikation") with the paper's reference and DOI, a release's "Media enquiries"
    /// ("Pressekontakt", "Contact presse") with the press office's address, e-mail and phone lines
    /// ("Telephone 0300 555 0100", "Out of hours 0300 555 0199"). The label, at most a few lines under
    /// it and one of them a reference or a contact detail: they all go. The story's own last paragraph
    /// naming the journal or telling the public whom to call has no label over it and stays.
    /// </summary>
    private static void RemoveClosingBox(List<ContentBlock> article, Regex label, int maxLines, Func<string, bool> detail)
    {
        var after = 0;
        var hasDetail = false;
        for (var i = article.Count - 1; i >= 0; i--)
        {
            var block = article[i];
            if (block.RemovalReason is not null) continue;
            if (after > 0 && hasDetail && block.Text.Length <= MaxBoxLabel && label.IsMatch(block.Text))
            {
                for (var j = i; j < article.Count; j++) article[j].RemovalReason ??= "end-note";
                return;
            }
            if (++after > maxLines || block.Text.Length > MaxNote || block.Kind == BlockKind.Heading) return;
            hasDetail = hasDetail || detail(block.Text);
        }
    }

    // A paper's reference: its DOI, or a year in brackets after the journal's name ("Journal of Levee Engineering (2025)").
    private static bool HasReference(string text) => Reference().IsMatch(text);

    // A way to reach a press office: an e-mail address or a phone number.
    private static bool HasContactDetail(string text) => ContactDetail().IsMatch(text);

    [GeneratedRegex(@"\bdoi\b|\b10\.\d{4,}/|\p{L}\s\((?:19|20)\d\d\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.\w{2,}|(?<![\w.,])(?:\+|\(?0)\d[\d ()./-]{6,}\d(?![\w.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ContactDetail();

    [GeneratedRegex(@"^\W*(?:(?:original|scientific|the)\s+)?(?:publications?|publicaties?|publikation(?:en)?|veröffentlichung|originalpublikation|originalveröffentlichung|originalarbeit|fachartikel|publicaci[óo]n(?:\s+original)?|pubblicazione|publica[çc][ãa]o|publikacja|(?:journal\s+)?reference|referentie|paper|(?:the\s+)?study)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicationLabel();

    [GeneratedRegex(@"^\W*(?:(?:for\s+)?(?:media|press)\s+(?:enquiries|inquiries|contacts?|office|relations|information)|(?:media|press)\s+contact\s+(?:information|details)|pressekontakt|pressestelle|medienkontakt|kontakt\s+für\s+(?:medien|journalisten|die\s+presse)|contacts?\s+(?:presse|médias)|service\s+de\s+presse|relations?\s+presse|perscontact|persvoorlichting|mediacontact|contactos?\s+(?:de\s+|para\s+)?(?:prensa|medios)|contatti?\s+(?:stampa|per\s+la\s+stampa)|ufficio\s+stampa|contatos?\s+(?:de\s+|para\s+)?imprensa|assessoria\s+de\s+imprensa|kontakt\s+(?:dla\s+mediów|prasowy)|biuro\s+prasowe|presskontakt)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressContactLabel();

    [GeneratedRegex(@"^\W*(?:sources?|quellen(?:angaben)?|einzelnachweise|fuentes|fontes|źródła|bronnen|fonti|sources\s+et\s+références)\s*:?\s*(?:\[[^\]]{1,40}\])?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourcesLabel();

    [GeneratedRegex(@"^\W*(?:(?:über|zum|zur)\s+(?:den\s+|die\s+)?autor(?:in)?|(?:der|die)\s+autor(?:in)?|autor(?:in)?|autoren|(?:zu\s+den\s+|über\s+die\s+)?autor(?:\*|:)?innen|author|about\s+the\s+authors?|the\s+author|sobre\s+el\s+autor|sobre\s+la\s+autora|l['’]auteur|à\s+propos\s+de\s+l['’]auteur)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLabel();

    private static bool IsListLabel(List<ContentBlock> article, int i)
    {
        var block = article[i];
        return block.Kind is BlockKind.Paragraph or BlockKind.Heading && block.Text.Length <= 40 && block.Text.Count(char.IsWhiteSpace) < 4 && !block.EndsAsSentence
            && i + 1 < article.Count && article[i + 1].RemovalReason is "link-dense" or "related" or "tags";
    }

    private static bool IsNote(ContentBlock block, PageClues clues)
    {
        var text = block.Text;
        if (text.Length > MaxNote || block.Kind is BlockKind.Heading or BlockKind.Preformatted) return false;
        // A correction is set like a note, often in italics, but it amends the story's facts: it is the story's.
        if (IsAmendment(text)) return false;
        return IsItalicLine(block) || clues.IsAboutAuthor(text) || Initials().IsMatch(text) || block.LinkChars == 0 && (BareSignOff().IsMatch(text) || IsAgencySignOff(text) || IsRightAlignedName(block)) || WireSource().IsMatch(text) || IsNoteWording(text) || text.Length <= 200 && IsAddressNote(text) || IsCommentPrompt(text);
    }

    /// <summary>
    /// Whether the line words a publication, contributor or support note. Three patterns, not
    /// one: as one alternation the matcher was a method too large for the JIT to optimise.
    /// </summary>
    private static bool IsNoteWording(string text) => PublicationNote().IsMatch(text) || ContributorNote().IsMatch(text) || SupportNote().IsMatch(text);

    /// <summary>
    /// The closing line that asks readers to answer under the story ("Was meinen Sie? Verraten Sie es
    /// uns in den Kommentaren!", "Let us know in the comments below", "Déjanos tu opinión en los
    /// comentarios"): it speaks to the comment box, not of the story. The ask opens a sentence, so a
    /// story reporting what readers wrote in the comments stays. Only lines that name comments are tried.
    /// </summary>
    private static bool IsCommentPrompt(string text) =>
        text.Length <= 300 && (text.Contains("omment", StringComparison.OrdinalIgnoreCase) || text.Contains("omentar", StringComparison.OrdinalIgnoreCase))
        && CommentPrompt().IsMatch(text);

    [GeneratedRegex("""
        (?:^|[.!?:…]\s+|[¿¡])(?:
          (?:verraten|schreiben|sagen|teilen|erzählen|lassen|hinterlassen)\s+sie\b|(?:verratet|schreibt|sagt|teilt|erzählt|lasst|hinterlasst)\b|(?:verrat|schreib|sag|teil|erzähl|lass)e?\s+(?:uns|mir|es|gerne|doch)\b
         |let\s+(?:us|me)\s+know\b|tell\s+(?:us|me)\b|share\s+(?:your|it\s+with|with)\b|leave\s+(?:us\s+)?(?:a|your)\b|drop\s+(?:us|me|a)\b|sound\s+off\b
         |déj(?:a|e)(?:nos|me)\b|cuént(?:a|e)nos\b|d(?:í|i)(?:nos|ganos)\b|escríb(?:e|a)nos\b|dites[-\s]nous\b|donnez[-\s]nous\b|laissez[-\s]nous\b|partagez\b
        )[^.!?]{0,80}?\b(?:kommentar|comment|comentario)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPrompt();

    /// <summary>
    /// Wording that is furniture wherever it stands: affiliate and advertiser disclosures, the
    /// publisher disowning outside links or a contributor's views ("The views expressed are the
    /// author's own", "Åsikterna som uttrycks är skribentens egna"), a note opening a line to say who
    /// translated the piece ("This article was translated from Spanish by …", "Traducido por …") or
    /// that a summary or transcript was made by machine ("This summary was generated with the help
    /// of artificial intelligence …"), or a note opening a line to say the piece is one of a series
    /// and where the other parts are ("This story is part of our series …", "Dieser Text ist Teil
    /// unserer Serie …", "Cet article fait partie de notre série …").
    /// </summary>
    public static bool IsDisclosure(string text) => text.Length <= MaxNote && (Disclosure().IsMatch(text) || IsAffiliateDisclosure(text) || IsSeriesNote(text));

    // The series note opens on words as common as "this" and "der", so it is tried only on lines that name a series.
    private static bool IsSeriesNote(string text) =>
        (text.Contains("serie", StringComparison.OrdinalIgnoreCase) || text.Contains("série", StringComparison.OrdinalIgnoreCase)
            || text.Contains("reihe", StringComparison.OrdinalIgnoreCase) || text.Contains("reeks", StringComparison.OrdinalIgnoreCase))
        && SeriesNote().IsMatch(text);

    [GeneratedRegex("""
        ^(?:
           (?:this|the)\s+(?:article|story|piece|post|text|report|essay|episode)\s+is\s+(?:part|one)\s+of\s+(?:an?|our|the)\s+(?:[\p{L}-]+\s+){0,3}?series\b
         |(?:dieser|der)\s+(?:text|artikel|beitrag)\s+ist\s+(?:ein\s+)?teil\s+(?:unserer|der|einer)\s+(?:[\p{L}-]+\s+){0,2}?(?:serie|reihe)\b
         |(?:cet\s+article|ce\s+texte|cet\s+épisode|cette\s+enquête)\s+fait\s+partie\s+(?:de\s+(?:notre|la)|d['’]une)\s+(?:[\p{L}-]+\s+){0,2}?série\b
         |(?:este|esta)\s+(?:artículo|texto|reportaje|entrega)\s+(?:forma|es)\s+parte\s+de\s+(?:la|una|nuestra)\s+(?:[\p{L}-]+\s+){0,2}?serie\b
         |(?:dit|dat)\s+(?:artikel|stuk|verhaal)\s+is\s+(?:onderdeel|deel)\s+van\s+(?:de|onze|een)\s+(?:[\p{L}-]+\s+){0,2}?(?:serie|reeks)\b
         |questo\s+(?:articolo|testo|pezzo)\s+fa\s+parte\s+(?:della|di\s+una)\s+(?:nostra\s+)?(?:[\p{L}-]+\s+){0,2}?serie\b
         |este\s+(?:artigo|texto)\s+faz\s+parte\s+d[ae]\s+(?:nossa\s+|uma\s+)?(?:[\p{L}-]+\s+){0,2}?série\b
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex SeriesNote();

    // "If you buy something from a link in this story, the site may earn a commission": the publisher named, not "we". The
    // pattern opens on words as common as "may" and "will", so it runs only on lines that speak of a commission or open on "If you".
    private static bool IsAffiliateDisclosure(string text) =>
        (text.Contains("commission", StringComparison.OrdinalIgnoreCase) || text.Contains("compensation", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("if you", StringComparison.OrdinalIgnoreCase))
        && AffiliateDisclosure().IsMatch(text);

    [GeneratedRegex("""
        \b(?:may|might|could|will)\s+(?:earn|receive|get)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commission|compensation)
        |^if\s+you\s+(?:buy|purchase)\s+(?:something|anything|a\s+product)\s+(?:from|through|via)\s+(?:a|an|one\s+of\s+our)\s+
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex AffiliateDisclosure();

    /// <summary>
    /// A short paragraph in italics, the way notes are set. Italic lists, questions to the reader
    /// and asterisked footnotes are the story's own.
    /// </summary>
    private static bool IsItalicLine(ContentBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length <= 300 && block.IsEmphasised && !block.Text.EndsWith('?') && !block.Text.StartsWith('*')
        && !IsBookDetails(block.Text);

    /// <summary>
    /// The line a book review or a story about a book closes with, set in italics like a note: who
    /// published the book it is about and what it costs ("Das Buch „…" von … ist im … Verlag
    /// erschienen, 22 Euro.", "‘…’ by … is published by … at £20."). It tells the reader where to
    /// find the work the story discusses: the story's own last line. A line saying where the story
    /// itself appeared ("Dieser Artikel erschien zuerst …") is still a note by its wording.
    /// Only lines that speak of publishing are tried.
    /// </summary>
    private static bool IsBookDetails(string text) =>
        (text.Contains("erschien", StringComparison.OrdinalIgnoreCase) || text.Contains("published", StringComparison.OrdinalIgnoreCase)
            || text.Contains("verlag", StringComparison.OrdinalIgnoreCase))
        && BookDetails().IsMatch(text);

    [GeneratedRegex("""
        \b(?:buch|roman|bildband|sachbuch|kinderbuch|kochbuch|book|novel|memoir)\b[^.!?]{0,160}?\b(?:erschienen|erscheint|published\s+by)\b
        |\b(?:ist|sind)\s+(?:im|bei)\s+[^.!?]{1,80}?\bverlag\b[^.!?]{0,40}?\berschienen\b[^.!?]{0,80}?\d+[,.]?\d*\s*(?:euro|€|seiten)
        |\bis\s+published\s+by\b[^.!?]{1,80}?(?:[£$€]\s?\d|\d+\s*pages)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex BookDetails();

    // "Correction: An earlier version of this story gave the wrong distance ...", "Clarification: ...",
    // "Berichtigung: ...", "Rectificación: ...", "Editor's note: This story has been updated with comment from ...":
    // the amendment an editor appends, with its label or its usual opening.
    [GeneratedRegex(@"^(?:(?:correction|clarification|correcci[óo]n|aclaraci[óo]n|rectificaci[óo]n|fe\s+de\s+erratas|korrektur|berichtigung|richtigstellung|rectificatif|correctif|correzione|rettifica|precisazione|corre[çc][ãa]o|errata|sprostowanie|korekta|oprava|rettelse|rättelse|förtydligande|presisering|korrigering|oikaisu|korjaus|correctie|rectificatie|verduidelijking)\s*[:：—–]|an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)\s+(?:incorrectly|misstated|misidentified|wrongly|gave|said|stated|misspelled|reported|included|omitted)|(?:(?:editor['’]?s\s+note|update|updated|note)\s*[:：—–]\s*)?this\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Correction();

    private static bool IsAmendment(string text) => text.Length > 0 && char.IsLetter(text[0]) && Correction().IsMatch(text);

    // "(jbr)", "(dpa/lni)", "(mit Material von AFP)": the desk's sign-off in brackets, full-width
    // ones too on Chinese and Japanese pages ("（共同）").
    [GeneratedRegex(@"^[(（][\p{L}\d/ .,&・-]{1,40}[)）]$", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    // The same sign-off without brackets, in capitals on the story's last line ("RIRM", "KAI/PAP"),
    // or after a dash as Malay and Indonesian papers set it ("- BHR"): an agency's or a desk's code,
    // not a word of the story. A linked one names a source to follow. Spanish-language agencies close
    // with their editors' initials in lower case, joined by slashes ("mlf/jgb/rcf").
    [GeneratedRegex(@"^(?:(?:[-–—]\s*)?\p{Lu}{2,6}(?:/\p{Lu}{2,6})?|\p{Ll}{2,4}(?:/\p{Ll}{2,4}){1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex BareSignOff();

    private const int MaxAgencySignOff = 120;

    /// <summary>
    /// An agency's sign-off in the shapes the wires and their clients print it, on the story's last
    /// line: the client's name and the agency's joined by a slash ("RTC / Lusa", "DN/Lusa"), the
    /// agency's and the desk's code ("sda/kell", "AFP/Reuters"), the agency after the programme and
    /// the time it went on air ("Radio SRGD 4 News, 02.12.2026, 06:30 Uhr; sda/kell"), or "with" it
    /// ("Avec Belga", "Mit dpa", "Com Lusa"). A sentence that names an agency ("… disse à agência
    /// Lusa.") is the story's.
    /// </summary>
    private static bool IsAgencySignOff(string text) => text.Length <= MaxAgencySignOff && AgencySignOff().IsMatch(text);

    [GeneratedRegex(@"^\W*(?:"
        + @"(?:" + Party + @"\s*/\s*){1,3}" + WireAgencies.Names
        + @"|" + WireAgencies.Names + @"(?:\s*/\s*" + Party + @"){0,3}"
        + @"|[^\n]{3,100}?[;|]\s*(?:" + WireAgencies.Names + @"(?:/" + Party + @"){0,3}|\p{Ll}{2,5}(?:/\p{Ll}{2,5}){1,3})"
        + @"|(?:avec|with|mit|con|com|met|z)\s+(?:l['’]|der\s+|la\s+|a\s+)?" + WireAgencies.Names + @"(?:\s*(?:,|et|and|und|y|e|en|i)\s*" + WireAgencies.Names + @")*"
        + @")\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencySignOff();

    // The other party of a sign-off: a client's name of up to three capitalised words ("RTC", "Redação") or a desk's code in lower case ("kell").
    private const string Party = @"(?-i:\p{Lu}[\p{L}\d.&'-]{0,20}(?:\s\p{Lu}[\p{L}\d.&'-]{0,20}){0,2}|\p{Ll}{2,5})";

    private const int MaxSignedName = 40;

    /// <summary>
    /// The writer's name set flush right under the story's last paragraph, as Vietnamese papers
    /// sign their reports ("<c>&lt;p style="text-align:right"&gt;&lt;strong&gt;Trần Hóa&lt;/strong&gt;&lt;/p&gt;</c>"):
    /// two to four capitalised words, no figures and no sentence.
    /// </summary>
    private static bool IsRightAlignedName(ContentBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length <= MaxSignedName && !block.EndsAsSentence && IsRightAligned(block.Owner) && SignedName().IsMatch(block.Text);

    private static bool IsRightAligned(PageNode node) =>
        node.Attribute("align") is { } align && align.Equals("right", StringComparison.OrdinalIgnoreCase)
        || node.Attribute("style") is { } style && style.Contains("right", StringComparison.OrdinalIgnoreCase) && style.Contains("text-align", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex SignedName();

    // The newswire's line naming who issued a release, in its capitals: "SOURCE Halcyon Grid Inc.".
    [GeneratedRegex(@"^SOURCE:?\s+\p{Lu}[^\n]{0,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex WireSource();

    /// <summary>
    /// A short line giving a web or e-mail address: how to reach the desk, where to follow the
    /// coverage. When the address stands inside a paragraph whose sentences go on past it ("…
    /// listed at www.example.org/sites. The list shows the nearest ones and can be shown as a
    /// map."), the paragraph reports on the page it names, as a story does; a phone number or a
    /// second address after it is still the note's.
    /// </summary>
    private static bool IsAddressNote(string text)
    {
        if (Address().Match(text) is not { Success: true } address) return false;
        // A story's closing sentence that tells the public whom to call ("Residents with questions
        // can call the Public Works Department at … or email …", "Anyone with information is asked
        // to contact police at …") is the story's service to its readers, not the desk's note.
        if (PublicToContact().IsMatch(text)) return false;
        // Nor when a statement of the story's opens the paragraph before the sentence that gives the
        // address ("We will be at the hearing and will report back. If you ride ..., write to tips@…"):
        // a newsletter closes its story so. A question ("Have a tip?") or a few words are the note's.
        var opening = SentenceEnd().Match(text);
        if (opening.Success && opening.Index < address.Index && text[opening.Index] == '.' && text.AsSpan(0, opening.Index).Count(' ') + 1 >= MinOpeningWords) return false;
        var end = SentenceEnd().Match(text, address.Index);
        if (!end.Success) return true;
        var rest = text.AsSpan(end.Index + end.Length).Trim();
        return rest.Count(' ') + 1 < MinSentenceWords || rest[^1] is not ('.' or '!' or '?') || Address().IsMatch(rest.ToString());
    }

    // Who in the public is told to get in touch, and how: the subject of a story's service line.
    [GeneratedRegex("""
        ^(?:residents|anyone|those|people|parents|customers|drivers|motorists|homeowners|property\s+owners|tenants|taxpayers|voters|families|patients|businesses|members\s+of\s+the\s+public|the\s+public)\b
        [^.!?]{0,80}?\b(?:can|may|should|are\s+(?:asked|encouraged|urged|invited)\s+to|is\s+(?:asked|encouraged|urged)\s+to)\s+(?:call|contact|phone|e-?mail|visit|reach|write\s+to)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PublicToContact();

    private const int MinSentenceWords = 6;
    private const int MinOpeningWords = 8;

    // The end of a sentence: a full stop, question or exclamation mark before a space and a capital.
    [GeneratedRegex(@"[.!?]\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // A web or e-mail address: how to reach the desk, where to follow the coverage.
    [GeneratedRegex(@"https?://|\bwww\.\w|[\w.+-]+@[\w-]+\.\w{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex("""
        \b(?:
          (?:this|the)\s+(?:post|article|page|story|site|review)\s+(?:contains|may\s+contain|includes)\s+(?:affiliate\s+)?(?:links|references)
         |(?:we|i)\s+(?:may\s+)?(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)
         |not\s+(?:be\s+)?responsible\s+for\s+the\s+(?:content|opinions)
         |views\s+expressed\s+(?:here\s+|in\s+this\s+\w+\s+)?are\s+(?:those\s+of|solely|the\s+(?:author|writer)['’]?s?\s+own)|^this\s+is\s+an?\s+(?:opinion|op-ed|guest|comment)\s+(?:piece|column|article|essay)\b
         |åsikterna\s+(?:som\s+uttrycks\s+)?är\s+(?:skribentens|skribenternas|författarens)\s+egna|^detta\s+är\s+en\s+(?:debatt|opinions|åsikts)(?:artikel|text)
         |(?:gibt|spiegelt)\s+(?:ausschließlich\s+|allein\s+)?die\s+meinung\s+de[rs]\s+(?:autors|autorin|verfasser)|nicht\s+(?:notwendigerweise|zwingend|unbedingt)\s+die\s+(?:meinung|ansicht|position)\s+der\s+redaktion
         |bei\s+diesem\s+(?:beitrag|artikel|text)\s+handelt\s+es\s+sich\s+um|dieser\s+(?:text|artikel|beitrag)\s+(?:entspricht|wurde\s+(?:von|nach))|this\s+(?:article|post|story)\s+(?:is|was)\s+(?:a\s+)?(?:sponsored|paid|guest|written\s+by\s+a\s+guest)
         |(?:affiliate|provisions|werbe)[-\s]?links?\b|partner-?links?\b|(?:erhalten|bekommen)\s+wir\s+(?:eine\s+)?(?:kleine\s+)?provision
         |^(?:this\s+(?:article|story|piece|text)\s+(?:was|has\s+been)\s+)?translated\s+(?:from\s+(?:the\s+)?\p{L}+\s+)?(?:into\s+\p{L}+\s+)?by\s
         |^(?:aus\s+dem\s+\p{L}+\s+)?übersetzt\s+(?:aus\s+dem\s+\p{L}+\s+)?von\s|^(?:traducido|traducción|traduit|traduction|tradotto|traduzione|traduzido|tradução)\s+(?:\p{L}+\s+){0,3}?(?:por|par|di|da)\s
         |^(?:this|the)\s+(?:summary|transcript|transcription|article|story|text|translation)\s+(?:was|has\s+been|is)\s+(?:automatically\s+)?(?:generated|created|produced|written|transcribed|translated)\s+(?:automatically|(?:with\s+(?:the\s+help\s+of\s+)?|using\s+|by\s+)(?:an?\s+)?(?:ai\b|artificial\s+intelligence|machine|generative|speech[-\s]recognition))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Disclosure();

    /// <summary>Notes on where and how the story was published, how to reach or follow its writers, and its rights.</summary>
    [GeneratedRegex("""
        \b(?:
          (?:a\s+)?version\s+of\s+this\s+(?:article|story)|appear(?:s|ed)\s+in\s+(?:the\s+)?print|originally\s+(?:published|appeared)
         |not\s+(?:be\s+)?responsible\s+for\s+the|views\s+expressed|opinions\s+expressed|do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)
         |(?:reach|contact|e-?mail|write\s+to)\s+(?:him|her|them|us|(?:the|our)\s+(?:author|reporter|newsroom|desk|editors?))|story\s+to\s+share|^(?:do\s+you\s+have|have\s+you\s+got|got)\s+a\s+(?:story|(?:news\s+)?tip)\b[^.!?]{0,60}\?|letters?\s+to\s+the\s+editor|send\s+(?:us\s+)?(?:your\s+)?(?:tips|news|letters)
         |follow\s+(?:us|him|her|them|[\p{Lu}][\w'’.]*(?:\s+[\p{Lu}][\w'’.]*){0,3})\s+on\s+(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|whatsapp)
         |(?:follow|folg|urmăr|takip|sig[au]|segu|suiv|simak|ikuti)\w*\b.{0,60}\bgoogle\s+news|(?:google\s+news|গুগল\s+নিউজ).{0,40}(?:follow|ফলো)|\b(?:whatsapp|telegram)\s+channel\b.{0,80}https?://|\b(?:canal|channel|kanal|chaîne)\b.{0,50}\b(?:no|on|en|sur|auf|na|nel)\s+(?:whatsapp|telegram)\b
         |(?:download|get|install|with)\s+(?:the|our)\b.{0,40}\bapp\b|(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\b
         |(?:correct|accurate)\s+at\s+the\s+time\s+of\s+(?:publication|publishing|writing|going\s+to\s+press)|alle\s+angaben\s+ohne\s+gewähr
         |republish|reprint|redistribut|rewritten\s+or|all\s+rights\s+reserved|permission\s+(?:is\s+)?(?:must\s+be\s+)?(?:obtained|required)
         |hakları\s+saklıdır|izin\s+alınmadan\s+(?:kullanılamaz|yayınlanamaz)|免责声明|免責聲明|版权声明|版權聲明|本文仅代表作者(?:个人)?观点|未经(?:本网|本站)?(?:书面)?(?:授权|许可)[^。]{0,10}不得转载
         |(?:contains|may\s+contain)\s+(?:affiliate\s+)?(?:links|references)|affiliate\s+links?
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PublicationNote();

    /// <summary>Notes on who wrote the story (a bio, a wire's credits) and whose views it gives; the follow, paywall and closed-comments lines of European sites.</summary>
    [GeneratedRegex("""
        \b(?:
          \w+\s+is\s+(?:a|an|the)\s+[^.]{0,80}\b(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|fellow|professor|producer|critic)\b
         |^(?:es|é|è|est)\s+(?:\p{L}+\s+){0,2}?(?:corresponsal|periodista|redactora?|reportera?|columnista|correspondente|jornalista|repórter|giornalista|corrispondente|inviat[oa]|journaliste|correspondante?|rédact(?:eur|rice))\b
         |^(?:get|catch)\s+(?:all\s+)?(?:the\s+)?(?:\p{L}+\s+){0,3}?news\b.{0,120}\b(?:along\s+with|updates\s+on|headlines\s+from)\b
         |reporting\s+by\b.{0,200}\bediting\s+by\b|our\s+standards:|trust\s+principles|local\s+democracy\s+reporting\s+service|(?:is|are)\s+a\s+local\s+democracy\s+reporter
         |под(?:писывайтесь|пишитесь)\s+на\s+(?:наш|нас)|читайте\s+нас\s+в
         |görüşleri\b.{0,80}\byansıtma(?:yabilir|z|mamaktadır)|sorumluluğu\s+(?:tamamen\s+)?yazar(?:ın|a|ına)\s+aittir|las\s+opiniones\s+(?:expresadas|vertidas)\s|n['’]engagent\s+que\s+(?:leurs?|son|ses)\s+auteur|les\s+opinions\s+exprimées|le\s+opinioni\s+espresse|as\s+opiniões\s+(?:expressas|emitidas)|de\s+mening\s+van\s+de\s+(?:auteur|schrijver)|^انتهای\s+پیام
         |über\s+dieses\s+thema\s+berichtete|mit\s+material\s+von|dieser\s+(?:artikel|beitrag)\s+erschien|folgen\s+sie\s+uns
         |il\s+vous\s+reste|la\s+suite\s+est\s+réservée|réservée?\s+aux\s+abonnés
         |sigue\s+(?:toda\s+la\s+información|a\s+\w+\s+en)|suscríbete|siga[-\s](?:nos|a\s+gente|o\s+canal|o\s+perfil|a\s+página)
         |kommentare\s+(?:und\s+pings\s+)?sind\s+(?:derzeit\s+)?(?:nicht\s+erlaubt|geschlossen)|comments\s+(?:are\s+)?closed|abgelegt\s+unter|filed\s+under|trackback
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ContributorNote();

    /// <summary>Appeals for readers' support and donations.</summary>
    [GeneratedRegex("""
        \b(?:
          unterstütze\s+(?:uns|unser)|unsere\s+arbeit\s+unterstützen|(?:brauchen|benötigen)\s+wir\s+(?:deine|ihre|eure)\s+unterstützung|folgt?\s+(?:mir|uns)\s+(?:gerne\s+)?(?:auf|bei)\b
         |kennt?\s+(?:ihr|du|sie)\s+schon\s+unser|support\s+(?:us|our\s+(?:work|journalism))|(?:nuestro|nuestra)\s+canal|apóyanos|síguenos|bezahlschranke|paywall
         |apoya\s+(?:el|al|nuestro)\s+periodismo|te\s+necesitamos|hazte\s+(?:socio|miembro)|hágase\s+(?:socio|miembro)|cómo\s+se\s+financia|hacemos\s+periodismo\s+desde
         |(?:support|fund)\s+(?:independent|quality|local|public[-\s]interest)\s+(?:journalism|reporting|news)|we\s+need\s+your\s+(?:support|help)\b
         |(?:make|making)\s+a\s+(?:donation|contribution)|donate\s+(?:now|today)|become\s+a\s+(?:member|supporter|patron)\b
         |(?:unabhängigen|unseren)\s+journalismus\s+(?:unterstützen|fördern|finanzieren)|jetzt\s+spenden|soutenez[-\s]nous|faites\s+un\s+don
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex SupportNote();
}
