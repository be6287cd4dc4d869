using System.Text;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// Class and id values as the vocabularies read them: lower case, with a hyphen where camelCase
/// started a word, so "imageEmbedCaption" and "RichTextStoryBody" show their words
/// ("image-embed-caption", "rich-text-story-body") instead of one run of letters.
/// </summary>
internal static class ClassNames
{
    public static string Lower(string names)
    {
        var split = 0;
        for (var i = 1; i < names.Length; i++)
            if (char.IsUpper(names[i]) && char.IsLower(names[i - 1])) split++;
        if (split == 0) return names.ToLowerInvariant();

        var builder = new StringBuilder(names.Length + split);
        for (var i = 0; i < names.Length; i++)
        {
            var c = names[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(names[i - 1])) builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
