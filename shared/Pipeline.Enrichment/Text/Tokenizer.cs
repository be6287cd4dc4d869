namespace Pipeline.Enrichment;

/// <summary>
/// Splits text into tokens the way the NER training data is tokenised (CoNLL / Universal
/// Dependencies): punctuation apart, clitics "'s" and "n't" apart, hyphenated words, numbers with
/// separators, acronyms with dots ("U.S.") and known abbreviations ("Jan.", "Mr.") kept whole.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Capt", "Sgt", "Gov", "Sen", "Rep", "Rev",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "Inc", "Corp",
        "Ltd", "Co", "Bros", "Mt", "Ft", "Ave", "approx", "est", "etc", "Pres", "Adm", "Maj", "Brig", "Cmdr",
        "Hon", "Coun", "Cllr", "Cr", "Engr", "Atty", "Supt", "Insp", "Kft", "Zrt", "Nyrt", "Ltda",
        // "Ald. Keisha Dandridge", "Det. Sgt.", "Cpl. Ruiz": American local offices and police ranks.
        "Ald", "Det", "Cpl", "Lieut", "Asst", "Dept",
        // "Spc. Lena Two Bulls", "Pfc. Dale Hoffmann", "Pvt. Omar Farah": American army ranks.
        "Spc", "Pfc", "Pvt",
        // "Md. Abdur Rahim", "Mohd. Arif Qureshi", "Smt. Kamla Devi": the abbreviated Muhammad and Shrimati of South Asian and Malay names.
        "Md", "Mohd", "Muhd", "Smt",
        // "Av. México", "Avda. de Mayo", "Jl. Sudirman": avenues and roads in Spanish, Portuguese and Indonesian addresses.
        "Av", "Avda", "Jl", "Jln",
        // "Ss. Cyril and Methodius University", "Ss. Peter and Paul Church": the saints, two or more, a church or a school is named after.
        "Ss",
        // "Lumen Services Pte. Ltd.", "Pamukkale Tekstil San. ve Tic. A.Ş.": the abbreviated words of Singaporean and Turkish legal forms.
        "Pte", "San", "Tic",
    };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c)) { i = AddPunctuation(text, i, tokens); continue; }
            var end = WordEnd(text, i);
            AddWord(text, i, end, tokens);
            i = end;
        }
        return tokens;
    }

    private static int AddPunctuation(string text, int i, List<Token> tokens)
    {
        var end = i + 1;
        // Runs of the same mark ("--", "...") are one token, as in the training data.
        while (end < text.Length && text[end] == text[i] && (text[i] is '.' or '-')) end++;
        tokens.Add(new Token(i, end, end == i + 1 && text[i] < (char)Marks.Length ? Marks[text[i]] : text[i..end]));
        return end;
    }

    // A mark alone (",", ".", "(") is the same string every time: one for each ASCII character, not one per token.
    private static readonly string[] Marks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static int WordEnd(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var prev = text[i - 1];
            var joins = c switch
            {
                '-' or '‐' or '&' => char.IsLetterOrDigit(next),
                '\'' or '’' => char.IsLetter(next),
                ',' => char.IsDigit(prev) && char.IsDigit(next) && i + 3 < text.Length + 1 && IsThousands(text, i),
                '.' => char.IsDigit(next) ? char.IsDigit(prev) : char.IsLetter(next) && IsInitialism(text, start, i),
                // Scandinavian legal forms: "A/S", "K/S" are one word, as "GmbH" is.
                '/' => i == start + 1 && char.IsUpper(prev) && char.IsUpper(next) && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])),
                _ => false,
            };
            if (!joins) break;
            i++;
        }
        // Keep the dot of acronyms ("U.S.") and known abbreviations ("Jan.").
        if (i < text.Length && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            if ((word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.') || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsMariaBeforeName(text, word, i)) i++;
        }
        return i;
    }

    // "Ma. Theresa Gomez-Estoesta": Philippine usage writes María as "Ma." before a second given name. "Jack Ma. He said"
    // ends a sentence: after a capitalised word that is not a title, the dot is kept only before a listed first name.
    private static bool IsMariaBeforeName(string text, ReadOnlySpan<char> word, int dot)
    {
        if (word is not "Ma" || dot + 2 >= text.Length || text[dot + 1] != ' ' || !char.IsUpper(text[dot + 2])) return false;
        var previousEnd = dot - 2;
        while (previousEnd > 0 && text[previousEnd - 1] == ' ') previousEnd--;
        var previousStart = previousEnd;
        while (previousStart > 0 && (char.IsLetter(text[previousStart - 1]) || text[previousStart - 1] == '.')) previousStart--;
        var previous = text[previousStart..previousEnd];
        var afterSurname = previous.Length > 0 && char.IsUpper(previous[0])
            && !(Lexicon.Instance.Phrases.Lookup(previous) is { } title && title.Is(GazetteerKind.PersonTitle));
        if (!afterSurname) return true;
        var nextEnd = dot + 2;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
        return Lexicon.Instance.Phrases.Lookup(text[(dot + 2)..nextEnd]) is { } next && next.Is(GazetteerKind.FirstName);
    }

    private static bool IsThousands(string text, int comma)
    {
        var digits = 0;
        for (var j = comma + 1; j < text.Length && char.IsDigit(text[j]); j++) digits++;
        return digits == 3;
    }

    // "U.S", "U.N": single letters separated by dots.
    private static bool IsInitialism(string text, int start, int dot) =>
        dot - start == 1 || (dot >= 2 && text[dot - 2] == '.');

    private static void AddWord(string text, int start, int end, List<Token> tokens)
    {
        var split = CliticStart(text, start, end);
        if (split > start) tokens.Add(new Token(start, split, text[start..split]));
        if (split < end) tokens.Add(new Token(split, end, text[split..end]));
    }

    private static int CliticStart(string text, int start, int end)
    {
        var length = end - start;
        if (length >= 4 && (text[end - 2] is '\'' or '’') && text[end - 3] is 'n' or 'N' && text[end - 1] is 't' or 'T') return end - 3;
        if (length < 3) return end;
        for (var k = 2; k <= 3 && k < length; k++)
        {
            if (text[end - k] is not ('\'' or '’')) continue;
            var clitic = text.AsSpan(end - k + 1, k - 1);
            if (clitic is "s" or "S" or "re" or "ve" or "ll" or "m" or "d") return end - k;
        }
        return end;
    }
}
