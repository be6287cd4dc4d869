using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Pipeline.ServiceDefaults;

/// <summary>Size and count settings (<c>PIPELINE_MAX_DOCUMENT_BYTES</c>, <c>PIPELINE_ENRICH_MAX_CHARACTERS</c>…), read one way in every service.</summary>
public static class NumberSettings
{
    /// <summary>
    /// A whole number above zero and at most <paramref name="max"/>; <paramref name="fallback"/> when
    /// unset or blank. Anything else stops the service at start with what to give instead.
    /// </summary>
    /// <param name="what">What the number counts and an example, e.g. "bytes, e.g. 134217728 for 128 MiB".</param>
    public static long Positive(IConfiguration configuration, string key, long fallback, string what, long max = long.MaxValue)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= max) return number;
        throw new InvalidOperationException($"{key} is '{value}'; give a whole number of {what}.");
    }
}
