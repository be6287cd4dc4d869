namespace Pipeline.Extraction;

/// <summary>
/// Normalizes plain text as it streams past: unifies line ends (CR, LF, CRLF, FF, NEL, LS, PS),
/// drops trailing white space on each line, blank lines at the start and end, and runs of blank
/// lines beyond one (so paragraphs stay separated by exactly one blank line), and drops control
/// characters other than tab (they never carry text and trip up terminals and XML writers).
/// One character at a time, so a 50 MB line costs the same as 50 MB of short ones.
/// </summary>
internal sealed class LineNormalizer
{
    private char[] _pending = new char[64];
    private int _pendingLength;
    private int _lineBreaks;
    private bool _started;
    private bool _lastWasCarriageReturn;

    /// <summary>White space held back until it turns out to precede more text; written ahead of the next text.</summary>
    public int HeldCharacters => _pendingLength;

    /// <summary>Normalizes one chunk into <paramref name="output"/> (or only counts, when <paramref name="countOnly"/>); returns the characters produced.</summary>
    public int Write(ReadOnlySpan<char> input, Span<char> output, bool countOnly)
    {
        var n = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                // Copy the whole run of ordinary characters at once: most of any text.
                var run = input[i..].IndexOfAny(CharClasses.SpaceOrControl);
                if (run < 0) run = input.Length - i;
                n = WritePrefix(output, n, countOnly);
                if (!countOnly) input.Slice(i, run).CopyTo(output[n..]);
                n += run;
                i += run - 1;
                _lastWasCarriageReturn = false;
                continue;
            }
            if (_lastWasCarriageReturn && c == '\n') { _lastWasCarriageReturn = false; continue; }
            _lastWasCarriageReturn = c == '\r';
            if (c is '\r' or '\n' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                _lineBreaks++;
                _pendingLength = 0;
            }
            else if (char.IsWhiteSpace(c)) Hold(c);
        }
        return n;
    }

    /// <summary>Writes the line breaks and indentation that turned out to precede more text.</summary>
    private int WritePrefix(Span<char> output, int n, bool countOnly)
    {
        if (_pendingLength == 0 && (_lineBreaks == 0 || !_started))
        {
            _lineBreaks = 0;
            _started = true;
            return n;
        }
        if (_started && _lineBreaks > 0)
        {
            var breaks = _lineBreaks > 1 ? 2 : 1;
            if (!countOnly) output.Slice(n, breaks).Fill('\n');
            n += breaks;
        }
        if (!countOnly) _pending.AsSpan(0, _pendingLength).CopyTo(output[n..]);
        n += _pendingLength;
        _pendingLength = 0;
        _lineBreaks = 0;
        _started = true;
        return n;
    }

    private void Hold(char c)
    {
        if (_pendingLength == _pending.Length) Array.Resize(ref _pending, _pending.Length * 2);
        _pending[_pendingLength++] = c;
    }

    /// <summary>Normalizes a whole string.</summary>
    public static string Normalize(string text)
    {
        var counter = new LineNormalizer();
        var length = counter.Write(text, Span<char>.Empty, countOnly: true);
        return string.Create(length, text, static (destination, source) => new LineNormalizer().Write(source, destination, countOnly: false));
    }
}
