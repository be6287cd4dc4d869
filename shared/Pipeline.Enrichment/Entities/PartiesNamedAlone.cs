using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Labour said it would table an amendment", "the Conservatives on the council", "the Greens' spokeswoman": a British, Irish or
/// Australian party named by one word is the party, an organisation, not its people. The word is no party where a name goes on
/// after it ("Labour Minister", "Labour Court", "Labour Party", which the lists know), where it ends a body's name ("Ministry of
/// Labour", "Alliance 90/The Greens", "Ministry of Health, Labour and Welfare"), in a site's menu, or opening a sentence about
/// something else ("Labour groups said").
/// </summary>
internal static class PartiesNamedAlone
{
    // "Labor" and "the Nationals" are Australia's; "Labour", "the Conservatives" and "the Greens" Britain's, Ireland's and others'.
    internal static bool IsPartyWord(string word) => word is "Labour" or "Labor" or "Conservatives" or "Greens" or "Nationals";

    // "Labor and the Nationals traded blame": "and" and another party.
    private static bool BeforeAnotherParty(List<Token> tokens, int and, int end) =>
        tokens[and].Text == "and" && and + 1 < end && (IsPartyWord(tokens[and + 1].Text) || tokens[and + 1].Text == "the" && and + 2 < end && IsPartyWord(tokens[and + 2].Text));

    private static bool IsPartyContext(string word) =>
        word is "said" or "says" or "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "wants" or "want"
            or "called" or "calls" or "voted" or "vote" or "won" or "lost" or "leads" or "led" or "holds" or "held" or "'s" or "’s" or "leader"
            or "MP" or "MPs" or "MSP" or "MSPs" or "TD" or "TDs" or "MLA" or "MLAs" or "councillors" or "councillor" or "candidate" or "candidates"
            or "spokesman" or "spokeswoman" or "spokesperson" or "sources" or "insiders" or "figures" or "members" or "senator" or "senators";

    private static void SplitAtAnd(List<Token> tokens, List<NameSpan> spans, int i)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var (first, last, type, source, _) = spans[k];
            if (first != i || type != "ORG" || last < i + 3 || tokens[i + 1].Text != "and" || !char.IsUpper(tokens[i + 2].Text[0])) continue;
            spans[k] = (i, i + 1, "ORG", source + "+rule:party", null);
            spans.Insert(k + 1, (i + 2, last, "ORG", source + "+rule:party", null));
            return;
        }
    }

    private static bool IsMemberOffice(string word) =>
        word is "MP" or "MPs" or "MSP" or "MSPs" or "TD" or "TDs" or "MLA" or "MLAs" or "MS" or "MEP" or "MEPs" or "MHK" or "MLC" or "MPP" or "MHA";

    // "Labour, which runs the council": a comma and a relative pronoun.
    private static bool BeforeClauseAboutIt(List<Token> tokens, int comma, int end) =>
        tokens[comma].Text == "," && comma + 1 < end && tokens[comma + 1].Text is "which" or "who";

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsPartyWord(tokens[i].Text)) continue;
            // "Alliance 90/The Greens" ends a party's longer name; "The Conservatives" opening a sentence is the party.
            if (i > start && (tokens[i - 1].Text is "of" or "&" or "/" or "for" || tokens[i - 1].Text == "The" && i - 1 > start)) continue;
            // "the Labour MP for Redcar": a member's office after the word is no name going on.
            if (i + 1 < end && (char.IsUpper(tokens[i + 1].Text[0]) && !IsMemberOffice(tokens[i + 1].Text) || char.IsAsciiDigit(tokens[i + 1].Text[0]))) continue;
            // "the Ministry of Health, Labour and Welfare": a word of a list of fields inside a body's name; after "the" it is the party
            // ("the Greens and Reform UK councillors").
            if (i + 2 < end && tokens[i + 1].Text is "and" or "," && char.IsUpper(tokens[i + 2].Text[0]) && !(i > start && tokens[i - 1].Text is "the" or "The")) continue;
            // Opening a sentence or a quotation, the word is capitalised anyway ("Labour groups said", "Greens and browns"): the party only
            // before what a party does or has, or before a clause about it ("Labour, which runs the council, ...").
            var opening = i == start || tokens[i - 1].Text is "\"" or "“" or "(" or "‘" or "'";
            if (opening && !(i + 1 < end && (IsPartyContext(tokens[i + 1].Text) || BeforeAnotherParty(tokens, i + 1, end) || BeforeClauseAboutIt(tokens, i + 1, end)))) continue;
            if (NameSpanChecks.IsMenuItem(tokens, i, i + 1, start, end, NameSpanChecks.IsMenuLine(tokens, start, end))) continue;
            var at = -1;
            var inside = false;
            for (var k = 0; k < spans.Count; k++)
            {
                if (spans[k].Last <= i || spans[k].First > i) continue;
                if (spans[k].First == i && spans[k].Last == i + 1) at = k;
                else inside = true;
            }
            if (inside)
            {
                // "the Greens and Reform UK councillors", read as one body: the party, and the body after "and".
                if (at < 0 && i > start && tokens[i - 1].Text is "the" or "The") SplitAtAnd(tokens, spans, i);
                continue;
            }
            if (at >= 0) spans[at] = (i, i + 1, "ORG", spans[at].Source + "+rule:party", null);
            else spans.Add((i, i + 1, "ORG", "rule:party", null));
        }
    }
}
