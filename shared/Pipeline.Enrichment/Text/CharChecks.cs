namespace Pipeline.Enrichment;

/// <summary>Character tests over a whole word, as loops: the LINQ forms box an enumerator per call.</summary>
internal static class CharChecks
{
    /// <summary>Whether every character is upper case (true for an empty word, as Enumerable.All).</summary>
    public static bool AllUpper(string word)
    {
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Whether every character after the first is lower case.</summary>
    public static bool RestLower(string word)
    {
        for (var i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i])) return false;
        return true;
    }

    /// <summary>"W.", "R.": a capital and a full stop, a name's initial.</summary>
    public static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    public static bool AnyLetterOrDigit(string word)
    {
        foreach (var c in word)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>Whether every character is a letter (true for an empty word, as Enumerable.All).</summary>
    public static bool AllLetters(string word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    public static bool AnyLetter(string word)
    {
        foreach (var c in word)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
