using Pipeline.Cleaning;
using Pipeline.Extraction;

namespace Pipeline.Evaluation;

/// <summary>clean-explain FILE [URL]: what clean keeps of one page (HTML, or plain text for a .txt file) and why it removed the rest.</summary>
internal static class CleanExplain
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: clean-explain FILE.html|FILE.txt [URL] [--full]");
            return 2;
        }
        var full = args.Contains("--full");
        args = args.Where(a => a != "--full").ToArray();
        var content = TextDecoder.Decode(File.ReadAllBytes(args[0])).Text;
        var plain = args[0].EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = plain ? content : string.Empty, Html = plain ? null : content, Url = args.Length > 1 ? args[1] : null });
        Console.WriteLine($"title      {cleaned.Title}\nstandfirst {cleaned.Standfirst}\nauthor     {cleaned.Author}\npublished  {cleaned.Published}\ndateline   {cleaned.Dateline}\nsite       {cleaned.SiteName}\ncanonical  {cleaned.CanonicalUrl}\nlanguage   {cleaned.DeclaredLanguage}\n");
        foreach (var block in cleaned.Text.Split("\n\n"))
            Console.WriteLine($"KEEP  {(full ? block.ReplaceLineEndings(" ") : Short(block))}");
        foreach (var removed in cleaned.Removed)
            Console.WriteLine($"{removed.Reason,-22} {(full ? removed.Text.ReplaceLineEndings(" ") : Short(removed.Text))}");
        return 0;
    }

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length > 110 ? line[..110] + "…" : line;
    }
}
