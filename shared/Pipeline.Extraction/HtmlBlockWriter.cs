using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Collects HTML character data into blocks: white space inside a block collapses to one space
/// (source line breaks included, as a browser renders them), <c>&lt;br&gt;</c> and the lines of a
/// <c>&lt;pre&gt;</c> stay line breaks, and blocks are separated by one blank line. Writes straight
/// into the output, so no per-block strings pile up on a large page. Given a sink, it hands the
/// output over every few kilobytes instead of keeping it, so a streamed page costs one buffer.
/// </summary>
internal sealed class HtmlBlockWriter(int capacityHint, Utf8TextSink? sink = null)
{
    /// <summary>Output kept before it goes to the sink.</summary>
    private const int FlushCharacters = 1 << 15;

    /// <summary>A streamed first heading longer than this is given up as a title (a heading that long is no title).</summary>
    private const int MaxStreamedHeadingCharacters = 1 << 16;

    private readonly StringBuilder _output = new(Math.Min(capacityHint, 1 << 20));
    private long _flushed;
    private bool _blockHasText, _pendingSpace, _preformatted;
    private int _pendingBreaks;
    private int _headingStart = -1;
    private string? _openBlock;

    /// <summary>The text of the first <c>&lt;h1&gt;</c>, a title of last resort.</summary>
    public string? FirstHeading { get; private set; }

    public void StartBlock(string name, bool preformatted)
    {
        EndBlock();
        _openBlock = name;
        _preformatted = preformatted;
        if (name == "h1" && FirstHeading is null) _headingStart = _output.Length;
    }

    public void EndBlock()
    {
        if (_headingStart >= 0 && _blockHasText)
        {
            var start = _headingStart + (_headingStart == 0 && _flushed == 0 ? 0 : 2);
            FirstHeading = _output.ToString(start, _output.Length - start);
        }
        _headingStart = -1;
        _openBlock = null;
        _blockHasText = _pendingSpace = _preformatted = false;
        _pendingBreaks = 0;
    }

    public void LineBreak()
    {
        if (_blockHasText) _pendingBreaks++;
    }

    public void Append(ReadOnlySpan<char> data)
    {
        while (!data.IsEmpty)
        {
            var c = data[0];
            if (_preformatted && c == '\n') LineBreak();
            else if (char.IsWhiteSpace(c)) _pendingSpace = _blockHasText;
            else if (!char.IsControl(c))
            {
                // Copy the whole run up to the next space or control character at once.
                var run = data.IndexOfAny(CharClasses.SpaceOrControl);
                if (run < 0) run = data.Length;
                WriteSeparator();
                _output.Append(data[..run]);
                data = data[run..];
                continue;
            }
            data = data[1..];
        }
        if (sink is not null && _output.Length >= FlushCharacters) FlushToSink();
    }

    private void WriteSeparator()
    {
        if (!_blockHasText)
        {
            if (_flushed + _output.Length > 0) _output.Append("\n\n");
            _blockHasText = true;
        }
        else if (_pendingBreaks > 0) _output.Append('\n', Math.Min(_pendingBreaks, 2));
        else if (_pendingSpace) _output.Append(' ');
        _pendingSpace = false;
        _pendingBreaks = 0;
    }

    /// <summary>Hands the output to the sink, except an open first heading, which is still to be read back.</summary>
    private void FlushToSink()
    {
        if (_headingStart >= 0)
        {
            if (_output.Length - _headingStart < MaxStreamedHeadingCharacters) return;
            _headingStart = -1;
        }
        foreach (var chunk in _output.GetChunks()) sink!.Write(chunk.Span);
        _flushed += _output.Length;
        _output.Clear();
    }

    /// <summary>The whole text; or, writing to a sink, the empty string once the rest has gone to the sink.</summary>
    public string Finish()
    {
        EndBlock();
        if (sink is null) return _output.ToString();
        FlushToSink();
        return "";
    }

    /// <summary>Collapses white space runs to single spaces and trims.</summary>
    public static string Collapse(string text)
    {
        var writer = new HtmlBlockWriter(text.Length);
        writer.Append(text);
        return writer.Finish();
    }
}
