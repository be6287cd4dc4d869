using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Pipeline.Extraction;

/// <summary>
/// The text of an HTML page too large to hold, read in one pass through a window of the decoded
/// text and written to a sink, with the same result as <see cref="HtmlTextExtractor"/>.
/// </summary>
/// <remarks>
/// AngleSharp 1.10's <c>TextSource</c> takes only sources that hold the whole text (its bounded
/// streaming source is internal), so each window is tokenized on its own by a fresh tokenizer.
/// A token is read only when the tokenizer returned it before reaching the window's end: one that
/// touches the end may be cut (a tag, a comment, an entity such as <c>&amp;am</c>), so it and what
/// follows are carried to the front of the next window. Between tokens the tokenizer has no memory
/// but its content model (data, raw text, script...), which <see cref="HtmlTokenReader"/> set
/// after a start tag; a window that starts inside such an element begins with a copy of its start
/// tag, which also tells the tokenizer which end tag closes it. A text run longer than the window is
/// cut before its first <c>&lt;</c>, or else away from any <c>&amp;</c>, CR or surrogate pair, where
/// cutting changes nothing. A single tag or comment is kept whole, up to <see cref="MaxTokenCharacters"/>.
/// Raw text (scripts, styles) is cut the same way, but never at a <c>&lt;!--</c> in a script, which
/// changes what ends it: from there on such a script is kept whole, like a tag.
/// </remarks>
internal sealed class StreamedHtmlText
{
    /// <summary>Characters tokenized at a time.</summary>
    public const int DefaultWindowCharacters = 1 << 16;

    /// <summary>The longest tag or comment kept whole; a longer one (e.g. an inline image as a data URI past 8 MB) is refused.</summary>
    public const int MaxTokenCharacters = 1 << 22;

    /// <summary>A streamed page's title is kept to this many characters (a real title has a hundred).</summary>
    private const int MaxTitleCharacters = 1 << 14;

    /// <summary>
    /// Room for what the writer holds between two hand-overs to the sink (it hands over past 32 K):
    /// a StringBuilder that outgrows its first chunk allocates anew each time it is cleared.
    /// </summary>
    private const int WriterCapacity = 1 << 18;

    private readonly DecodedWindow _window;
    private readonly HtmlTokenReader _reader;
    private HtmlParseMode _state = HtmlParseMode.PCData;
    private string _rawTextElement = "";
    private int _prefixLength;

    private StreamedHtmlText(DecodedWindow window, HtmlTokenReader reader) => (_window, _reader) = (window, reader);

    /// <param name="windowCharacters">Characters tokenized at a time; tests make it and <paramref name="chunkBytes"/> tiny so that cuts fall everywhere.</param>
    public static HtmlContent Extract(Stream stream, long start, Encoding encoding, Utf8TextSink sink,
        int windowCharacters = DefaultWindowCharacters, int chunkBytes = ChunkDecoder.DefaultChunkBytes)
    {
        using var window = new DecodedWindow(stream, start, encoding, chunkBytes);
        var reader = new HtmlTokenReader(new HtmlBlockWriter(WriterCapacity, sink), MaxTitleCharacters);
        new StreamedHtmlText(window, reader).Run(windowCharacters);
        return reader.Finish();
    }

    private void Run(int windowCharacters)
    {
        var target = windowCharacters;
        while (true)
        {
            _window.Fill(target);
            if (_window.AtEnd)
            {
                Tokenize(_window.Length, readLast: true, out _);
                return;
            }
            var readTo = Tokenize(_window.Length, readLast: false, out var held);
            if (readTo <= _prefixLength)
            {
                // Nothing read: one token fills the window. Text can be cut; a tag or comment needs a larger window.
                var cut = held == HtmlTokenType.Character ? TextCut(_window.Buffer, _prefixLength, _window.Length, _state, _rawTextElement) : -1;
                if (cut > _prefixLength) readTo = Tokenize(cut, readLast: true, out _);
                else
                {
                    if (_window.Length - _prefixLength >= MaxTokenCharacters)
                        throw new ExtractionException(ExtractionErrorCodes.TooLarge,
                            $"One HTML tag or comment holds more than {MaxTokenCharacters:N0} characters; a page this large is read a window at a time.");
                    // Doubling keeps the re-reading of a growing token linear in its size.
                    target = Math.Min(Math.Max(_window.Length + windowCharacters, 2 * _window.Length), _prefixLength + MaxTokenCharacters);
                    continue;
                }
            }
            var prefix = _state == HtmlParseMode.PCData ? "" : $"<{_rawTextElement}>";
            _window.Carry(readTo, prefix);
            _prefixLength = prefix.Length;
            target = _window.Length + windowCharacters;
        }
    }

    /// <summary>
    /// Tokenizes the window up to <paramref name="limit"/> and reads every token the tokenizer
    /// finished before reaching the limit (all of them when <paramref name="readLast"/>); returns where
    /// the tokens read end, and the type of the first one left unread.
    /// </summary>
    private int Tokenize(int limit, bool readLast, out HtmlTokenType held)
    {
        held = HtmlTokenType.EndOfFile;
        var source = new TextSource(new ReadOnlyMemoryTextSource(_window.Buffer.AsMemory(0, limit)));
        // Disposed, the tokenizer gives back the buffer it rents for the window's length (one per window otherwise).
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var readTo = 0;
        var synthetic = _prefixLength > 0;
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            if (synthetic)
            {
                // The copy of the start tag this window resumes inside: it sets the content model, nothing else.
                HtmlTokenReader.SetTokenizerState(tokenizer, token.Name);
                synthetic = false;
                readTo = source.Index;
                continue;
            }
            if (!readLast && source.Index >= limit)
            {
                held = token.Type;
                return readTo;
            }
            _reader.Read(ref token, tokenizer);
            readTo = source.Index;
            _state = tokenizer.State;
            if (token.Type == HtmlTokenType.StartTag && _state != HtmlParseMode.PCData) _rawTextElement = token.Name.ToString();
        }
        return readLast ? limit : readTo;
    }

    /// <summary>
    /// Where a run of text that starts at <paramref name="from"/> can be cut: before its first
    /// <c>&lt;</c> (text before it is final in every content model), or, without one, near the end
    /// but before an <c>&amp;</c> that may start an entity, and never after a CR or inside a surrogate
    /// pair. -1 when the run starts with what may be a tag the window's end cut (the tokenizer gives
    /// such a tag back as text): only a larger window tells.
    /// </summary>
    internal static int TextCut(ReadOnlySpan<char> window, int from, int limit, HtmlParseMode state, string rawTextElement)
    {
        if (window[from] == '<' && MayOpenTag(window[(from + 1)..limit], state, rawTextElement)) return -1;
        var lessThan = window[(from + 1)..limit].IndexOf('<');
        if (lessThan >= 0) return from + 1 + lessThan;
        var cut = limit;
        var ampersand = window[from..cut].LastIndexOf('&');
        if (ampersand >= 0 && cut - (from + ampersand) <= 64) cut = from + ampersand;
        while (cut > from && (window[cut - 1] == '\r' || char.IsHighSurrogate(window[cut - 1]))) cut--;
        return cut;
    }

    /// <summary>
    /// Whether what follows a <c>&lt;</c> may start a tag, comment or (in raw text) the end tag of the
    /// element, or a script's <c>&lt;!--</c>: then it must be read whole. Inside a script, <c>if (a&lt;b)</c>
    /// or <c>"&lt;/div&gt;"</c> is text.
    /// </summary>
    private static bool MayOpenTag(ReadOnlySpan<char> after, HtmlParseMode state, string rawTextElement)
    {
        if (after.IsEmpty) return true;
        if (state == HtmlParseMode.PCData) return char.IsAsciiLetter(after[0]) || after[0] is '/' or '!' or '?';
        if (state == HtmlParseMode.Plaintext) return false;
        // "<!--" in a script starts an escape that changes what ends the script: the script is then kept whole.
        if (state == HtmlParseMode.Script && after[0] == '!') return true;
        if (after[0] != '/') return false;
        var name = after[1..];
        return name.Length <= rawTextElement.Length
            ? rawTextElement.AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase)
            : name.StartsWith(rawTextElement, StringComparison.OrdinalIgnoreCase);
    }
}
